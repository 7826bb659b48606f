<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>FieldErrorPresenter</name>
    <message>
        <source>Discard this request?</source>
        <translation>¿Descartar esta solicitud?</translation>
    </message>
    <message>
        <source>What you typed in this form will be lost.</source>
        <translation>Se perderá lo que ha escrito en este formulario.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start in service-desk kiosk mode: the locked-down, customer-facing self-service screen (staff leave it with the PIN).</source>
        <translation>Iniciar en modo quiosco del mostrador: la pantalla bloqueada de autoservicio para clientes (el personal sale con el PIN).</translation>
    </message>
    <message>
        <source>Render the dashboard (light and dark), the new-request dialog and the kiosk screens to PNG files in &lt;dir&gt; using demo data, then quit.</source>
        <translation>Guardar el panel (claro y oscuro), el diálogo de nueva solicitud y las pantallas del quiosco como archivos PNG en &lt;dir&gt; con datos de demostración y salir.</translation>
    </message>
    <message>
        <source>Demo kiosk: the staff PIN is 123456 (hold the top-left corner for 3 seconds, or press Ctrl+Alt+Shift+P).</source>
        <translation>Quiosco de demostración: el PIN del personal es 123456 (mantenga pulsada la esquina superior izquierda 3 segundos o pulse Ctrl+Alt+Mayús+P).</translation>
    </message>
    <message>
        <source>Read a kiosk staff PIN (6 to 12 digits) from standard input and print its hash for the Kiosk/pinHash setting, then quit.</source>
        <translation>Leer un PIN del personal para el quiosco (de 6 a 12 dígitos) de la entrada estándar e imprimir su hash para el ajuste Kiosk/pinHash y salir.</translation>
    </message>
    <message>
        <source>A staff PIN has 6 to 12 digits.</source>
        <translation>Un PIN del personal tiene de 6 a 12 dígitos.</translation>
    </message>
    <message>
        <source>Demo kiosk: try the reference %1 with the surname %2.</source>
        <translation>Quiosco de demostración: pruebe la referencia %1 con el apellido %2.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message>
        <source>Could not write the screenshots to %1</source>
        <translation>No se pudieron guardar las capturas de pantalla en %1</translation>
    </message>
    <message>
        <source>Payment manager for car dealerships</source>
        <translation>Gestión de pagos para concesionarios de automóviles</translation>
    </message>
    <message>
        <source>Start the built-in sandbox with demo data and open the dashboard on it.</source>
        <translation>Iniciar el entorno de pruebas integrado con datos de demostración y abrir el panel con él.</translation>
    </message>
    <message>
        <source>Use the connection profile &lt;name&gt;.</source>
        <translation>Usar el perfil de conexión &lt;name&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Service-desk kiosk mode (not available yet).</source>
        <translation>Modo quiosco para el mostrador de taller (aún no disponible).</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation>Tema de color: system (sistema), light (claro) o dark (oscuro).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Render the dashboard (light and dark) and the new-request dialog to PNG files in &lt;dir&gt; using demo data, then quit.</source>
        <translation>Guardar el panel (claro y oscuro) y el diálogo de nueva solicitud como archivos PNG en &lt;dir&gt; con datos de demostración y salir.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Kiosk mode is not available yet. Start PayDesk without --kiosk.</source>
        <translation>El modo quiosco aún no está disponible. Inicie PayDesk sin --kiosk.</translation>
    </message>
    <message>
        <source>PayDesk is already running with the profile “%1”.</source>
        <translation>PayDesk ya se está ejecutando con el perfil «%1».</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo.</source>
        <translation>No se puede crear una carpeta temporal para la demostración.</translation>
    </message>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>El entorno de pruebas de la demostración no se inició: %1</translation>
    </message>
    <message>
        <source>This build has no sandbox, so --demo is not available.</source>
        <translation>Esta versión no incluye entorno de pruebas, por lo que --demo no está disponible.</translation>
    </message>
</context>
<context>
    <name>paydesk::ApiError</name>
    <message>
        <source>The platform cannot be reached. PayDesk keeps working from its cache and retries.</source>
        <translation>No se puede acceder a la plataforma. PayDesk sigue trabajando con su caché y lo vuelve a intentar.</translation>
    </message>
    <message>
        <source>The platform did not answer in time. PayDesk retries.</source>
        <translation>La plataforma no respondió a tiempo. PayDesk lo vuelve a intentar.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was not accepted. Check the server address, or trust the company&apos;s CA certificate in the connection settings.</source>
        <translation>No se aceptó el certificado de la plataforma. Compruebe la dirección del servidor o confíe en el certificado CA de la empresa en la configuración de conexión.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate has expired, so PayDesk does not connect. Ask whoever runs the platform to renew it.</source>
        <translation>El certificado de la plataforma ha caducado, así que PayDesk no se conecta. Pida a quien gestiona la plataforma que lo renueve.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not valid yet, so PayDesk does not connect. Check this computer&apos;s date and time.</source>
        <translation>El certificado de la plataforma aún no es válido, así que PayDesk no se conecta. Compruebe la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <source>The platform sent an answer PayDesk cannot read.</source>
        <translation>La plataforma envió una respuesta que PayDesk no puede leer.</translation>
    </message>
    <message>
        <source>The platform sent a web page instead of data. The server address or the account&apos;s permissions may be wrong.</source>
        <translation>La plataforma envió una página web en lugar de datos. Puede que la dirección del servidor o los permisos de la cuenta sean incorrectos.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over %1).</source>
        <translation>La respuesta del servidor era demasiado grande (más de %1).</translation>
    </message>
    <message>
        <source>The platform&apos;s change feed is inconsistent: it does not move forward as it should. PayDesk keeps the cached data, does not store the bad position, and tries again later.</source>
        <translation>El flujo de cambios de la plataforma es incoherente: no avanza como debería. PayDesk conserva los datos en caché, no guarda la posición errónea y lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The platform refused PayDesk&apos;s access token.</source>
        <translation>La plataforma rechazó el token de acceso de PayDesk.</translation>
    </message>
    <message>
        <source>Sign-in failed: the platform did not accept the client id or secret. Check them in the connection settings.</source>
        <translation>Error al iniciar sesión: la plataforma no aceptó el ID de cliente o el secreto. Compruébelos en la configuración de conexión.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se interrumpió.</translation>
    </message>
    <message>
        <source>The platform rejected the request.</source>
        <translation>La plataforma rechazó la solicitud.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>Esta cuenta no tiene permiso para hacerlo.</translation>
    </message>
    <message>
        <source>The platform does not know this payment or store.</source>
        <translation>La plataforma no conoce este pago o esta sucursal.</translation>
    </message>
    <message>
        <source>The platform is still processing the same request.</source>
        <translation>La plataforma aún está procesando la misma solicitud.</translation>
    </message>
    <message>
        <source>The platform asked PayDesk to slow down.</source>
        <translation>La plataforma pidió a PayDesk que redujera el ritmo.</translation>
    </message>
    <message>
        <source>The platform had a problem (HTTP %1). PayDesk retries.</source>
        <translation>La plataforma tuvo un problema (HTTP %1). PayDesk lo vuelve a intentar.</translation>
    </message>
    <message>
        <source>The platform answered with HTTP %1.</source>
        <translation>La plataforma respondió con HTTP %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sign-in failed: no client secret is stored for this connection. Enter it in the connection settings.</source>
        <translation>Error al iniciar sesión: no hay ningún secreto de cliente guardado para esta conexión. Introdúzcalo en la configuración de conexión.</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed for the demo or a local test platform on this computer. Use an https:// address for the platform.</source>
        <translation>El HTTP sin cifrar solo se permite para la demostración o una plataforma de pruebas local en este equipo. Use una dirección https:// para la plataforma.</translation>
    </message>
    <message>
        <source>Sign-in failed: the stored client secret was entered for another platform address. Enter it again in the connection settings.</source>
        <translation>Error al iniciar sesión: el secreto de cliente guardado se introdujo para otra dirección de plataforma. Vuelva a introducirlo en la configuración de conexión.</translation>
    </message>
</context>
<context>
    <name>paydesk::ConnectionProfile</name>
    <message>
        <source>Enter the platform&apos;s address, e.g. https://api.example.com.</source>
        <translation>Introduzca la dirección de la plataforma, p. ej. https://api.example.com.</translation>
    </message>
    <message>
        <source>Enter the enterprise id.</source>
        <translation>Introduzca el ID de la empresa.</translation>
    </message>
    <message>
        <source>Enter at least one store id.</source>
        <translation>Introduzca al menos un ID de sucursal.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Introduzca el ID de cliente.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read as PEM certificates.</source>
        <translation>El archivo de certificado CA no se puede leer como certificados PEM.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (localhost, 127.0.0.1); use https:// for any other address.</source>
        <translation>El http:// sin cifrar solo se permite hacia este equipo (localhost, 127.0.0.1); use https:// para cualquier otra dirección.</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is only for a local test platform on this computer: tick “Local test platform”.</source>
        <translation>La dirección debe empezar por https://. El http:// sin cifrar es solo para una plataforma de pruebas local en este equipo: marque «Plataforma de pruebas local».</translation>
    </message>
</context>
<context>
    <name>paydesk::ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Polling — live updates reconnecting</source>
        <translation>Consulta periódica — reconectando las actualizaciones en directo</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Sin conexión desde %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>%1 — 1 action queued</source>
        <translation>%1 — 1 acción en cola</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n actions queued</source>
        <translation>
            <numerusform>%1 — %n acción en cola</numerusform>
            <numerusform>%1 — %n acciones en cola</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::MemorySecretStore</name>
    <message>
        <source>Secrets are kept in memory for this session only.</source>
        <translation>Los secretos se guardan en memoria solo durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>paydesk::Money</name>
    <message>
        <source>“%1” is not a currency PayDesk knows.</source>
        <translation>«%1» no es una moneda que PayDesk conozca.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Introduzca un importe.</translation>
    </message>
    <message>
        <source>The amount must be a number.</source>
        <translation>El importe debe ser un número.</translation>
    </message>
    <message>
        <source>The amount must be a number such as 249.99.</source>
        <translation>El importe debe ser un número como 249,99.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado alto.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation>Los importes en %1 no tienen decimales.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>Los importes en %1 tienen como máximo %2 decimales.</translation>
    </message>
    <message>
        <source>The amount is too large to be exact.</source>
        <translation>El importe es demasiado alto para ser exacto.</translation>
    </message>
</context>
<context>
    <name>paydesk::Payment</name>
    <message>
        <source>Awaiting payment — do not release</source>
        <translation>Pago pendiente — no entregar</translation>
    </message>
    <message>
        <source>Paid, awaiting funds clearance — do not release yet</source>
        <translation>Pagado, fondos aún sin abonar — no entregar todavía</translation>
    </message>
    <message>
        <source>Funds cleared — safe to release</source>
        <translation>Fondos abonados — se puede entregar</translation>
    </message>
    <message>
        <source>Payment failed — do not release</source>
        <translation>Pago fallido — no entregar</translation>
    </message>
    <message>
        <source>Cancelled — paid another way or withdrawn</source>
        <translation>Anulado — pagado de otra forma o retirado</translation>
    </message>
    <message>
        <source>Expired unpaid — do not release</source>
        <translation>Caducado sin pagar — no entregar</translation>
    </message>
    <message>
        <source>Refunded — do not release</source>
        <translation>Reembolsado — no entregar</translation>
    </message>
    <message>
        <source>Status unknown — check with the platform before releasing</source>
        <translation>Estado desconocido — compruébelo con la plataforma antes de entregar</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentJson</name>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Falta el campo «%1».</translation>
    </message>
    <message>
        <source>The field “%1” has the wrong type.</source>
        <translation>El campo «%1» tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>The field “%1” is longer than %2 characters.</source>
        <translation>El campo «%1» tiene más de %2 caracteres.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentReference</name>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>Orden de reparación</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Venta de vehículo</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Póliza</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentStatus</name>
    <message>
        <source>Initiated</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notificado</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Reembolsado en parte</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Desconocido (%1)</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentStore</name>
    <message>
        <source>The local cache is damaged; PayDesk will rebuild it from the platform at the next start.</source>
        <translation>La caché local está dañada; PayDesk la reconstruirá desde la plataforma en el próximo inicio.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It was set aside (%1) and a fresh cache was started; payments will be downloaded again from the server.</source>
        <translation>La caché local estaba dañada. Se apartó (%1) y se creó una caché nueva; los pagos se descargarán de nuevo del servidor.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentValidator</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Introduzca el nombre del cliente.</translation>
    </message>
    <message>
        <source>Do not enter card numbers here. PayDesk keeps at most the last four digits, e.g. “card ending 1111”.</source>
        <translation>No introduzca números de tarjeta aquí. PayDesk guarda como máximo los cuatro últimos dígitos, p. ej. «tarjeta terminada en 1111».</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Use como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter an email address to send the pay link by email.</source>
        <translation>Introduzca una dirección de correo electrónico para enviar el enlace de pago por correo.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>«%1» no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>Enter a mobile number to send the pay link by SMS.</source>
        <translation>Introduzca un número de móvil para enviar el enlace de pago por SMS.</translation>
    </message>
    <message>
        <source>Enter the number in international form, e.g. +44 7700 900123.</source>
        <translation>Introduzca el número en formato internacional, p. ej. +34 612 345 678.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Elija una moneda.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Choose email, SMS or both.</source>
        <translation>Elija correo electrónico, SMS o ambos.</translation>
    </message>
    <message>
        <source>Enter the invoice, repair order or deal number.</source>
        <translation>Introduzca el número de factura, de orden de reparación o de venta.</translation>
    </message>
    <message>
        <source>Choose invoice, repair order or deal.</source>
        <translation>Elija factura, orden de reparación o venta de vehículo.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>La fecha de caducidad debe ser futura.</translation>
    </message>
    <message>
        <source>Choose the site this payment is for.</source>
        <translation>Elija el centro al que corresponde este pago.</translation>
    </message>
    <message>
        <source>Say why the request is cancelled, e.g. paid in cash.</source>
        <translation>Indique por qué se anula la solicitud, p. ej. pagado en efectivo.</translation>
    </message>
    <message>
        <source>Choose a payment.</source>
        <translation>Elija un pago.</translation>
    </message>
</context>
<context>
    <name>paydesk::SecretError</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>No hay ningún llavero del sistema disponible.</translation>
    </message>
    <message>
        <source>The system keychain refused access. It may be locked.</source>
        <translation>El llavero del sistema denegó el acceso. Puede que esté bloqueado.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>El llavero del sistema no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>El llavero del sistema notificó un error.</translation>
    </message>
</context>
<context>
    <name>paydesk::SessionSecretStore</name>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Comprobando el llavero del sistema…</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked): secrets are kept in memory for this session only and you will need to enter them again next time.</source>
        <translation>El llavero del sistema denegó el acceso (puede que esté bloqueado): los secretos se guardan en memoria solo durante esta sesión y tendrá que volver a introducirlos la próxima vez.</translation>
    </message>
    <message>
        <source>No system keychain is available: secrets are kept in memory for this session only and you will need to enter them again next time.</source>
        <translation>No hay ningún llavero del sistema disponible: los secretos se guardan en memoria solo durante esta sesión y tendrá que volver a introducirlos la próxima vez.</translation>
    </message>
</context>
<context>
    <name>paydesk::StatusChange</name>
    <message>
        <source>Dealer</source>
        <translation>Concesionario</translation>
    </message>
    <message>
        <source>Payment partner</source>
        <translation>Entidad de pago</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>paydesk::StoreError</name>
    <message>
        <source>The local cache was written by a newer version of PayDesk (format %1; this version reads up to %2). It was left untouched. Please update PayDesk.</source>
        <translation>La caché local la escribió una versión más reciente de PayDesk (formato %1; esta versión lee hasta el %2). No se ha modificado. Actualice PayDesk.</translation>
    </message>
    <message>
        <source>The local cache could not be opened.</source>
        <translation>No se pudo abrir la caché local.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of PayDesk and was left untouched.</source>
        <translation>La caché local la escribió una versión más reciente de PayDesk y no se ha modificado.</translation>
    </message>
    <message>
        <source>The local cache is damaged.</source>
        <translation>La caché local está dañada.</translation>
    </message>
    <message>
        <source>The local cache could not be upgraded; it was left unchanged.</source>
        <translation>No se pudo actualizar la caché local; no se ha modificado.</translation>
    </message>
    <message>
        <source>The local cache is busy; please try again.</source>
        <translation>La caché local está ocupada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The item is not in the local cache.</source>
        <translation>El elemento no está en la caché local.</translation>
    </message>
    <message>
        <source>The request to the local cache was invalid.</source>
        <translation>La solicitud a la caché local no era válida.</translation>
    </message>
    <message>
        <source>The local cache reported an error.</source>
        <translation>La caché local notificó un error.</translation>
    </message>
</context>
<context>
    <name>paydesk::TrustedCaStore</name>
    <message>
        <source>The CA certificate file cannot be read as PEM certificates.</source>
        <translation>El archivo de certificado CA no se puede leer como certificados PEM.</translation>
    </message>
    <message>
        <source>PayDesk cannot create its folder for trusted certificates (%1).</source>
        <translation>PayDesk no puede crear su carpeta de certificados de confianza (%1).</translation>
    </message>
    <message>
        <source>PayDesk cannot keep a copy of the CA certificate: %1</source>
        <translation>PayDesk no puede guardar una copia del certificado CA: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ActionMessageBar</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recent (%1)</source>
        <translation>Recientes (%1)</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>Your actions</source>
        <translation>Sus acciones</translation>
    </message>
    <message>
        <source>Outcome of your last action</source>
        <translation>Resultado de su última acción</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Select this payment in the table, clearing filters that hide it</source>
        <translation>Seleccionar este pago en la tabla, quitando los filtros que lo ocultan</translation>
    </message>
    <message>
        <source>Recent actions</source>
        <translation>Acciones recientes</translation>
    </message>
    <message>
        <source>Your recent actions and what the platform answered</source>
        <translation>Sus acciones recientes y lo que respondió la plataforma</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss this message (it stays under Recent)</source>
        <translation>Cerrar este mensaje (se conserva en Recientes)</translation>
    </message>
    <message>
        <source>Sent to %1 — confirmed by the platform</source>
        <translation>Enviada a %1 — confirmada por la plataforma</translation>
    </message>
    <message>
        <source>Cancelled: %1 — confirmed by the platform</source>
        <translation>Anulada: %1 — confirmada por la plataforma</translation>
    </message>
    <message>
        <source>Notification resent to %1 — confirmed by the platform</source>
        <translation>Notificación reenviada a %1 — confirmada por la plataforma</translation>
    </message>
    <message>
        <source>%1 — confirmed by the platform</source>
        <translation>%1 — confirmado por la plataforma</translation>
    </message>
    <message>
        <source>Your new payment request was confirmed by the platform</source>
        <translation>La plataforma confirmó su nueva solicitud de pago</translation>
    </message>
    <message>
        <source>Your cancellation was confirmed by the platform</source>
        <translation>La plataforma confirmó su anulación</translation>
    </message>
    <message>
        <source>Your notification resend was confirmed by the platform</source>
        <translation>La plataforma confirmó el reenvío de su notificación</translation>
    </message>
    <message>
        <source>The platform confirmed your action</source>
        <translation>La plataforma confirmó su acción</translation>
    </message>
    <message>
        <source>Not sent: the request for %1 — the platform refused: %2</source>
        <translation>No enviada: la solicitud para %1 — la plataforma la rechazó: %2</translation>
    </message>
    <message>
        <source>Not cancelled: %1 — the platform refused: %2</source>
        <translation>No anulada: %1 — la plataforma la rechazó: %2</translation>
    </message>
    <message>
        <source>Not resent: %1 — the platform refused: %2</source>
        <translation>No reenviada: %1 — la plataforma la rechazó: %2</translation>
    </message>
    <message>
        <source>%1 — the platform refused: %2</source>
        <translation>%1 — la plataforma lo rechazó: %2</translation>
    </message>
    <message>
        <source>Your new payment request was refused by the platform: %1</source>
        <translation>La plataforma rechazó su nueva solicitud de pago: %1</translation>
    </message>
    <message>
        <source>Your cancellation was refused by the platform: %1</source>
        <translation>La plataforma rechazó su anulación: %1</translation>
    </message>
    <message>
        <source>Your notification resend was refused by the platform: %1</source>
        <translation>La plataforma rechazó el reenvío de su notificación: %1</translation>
    </message>
    <message>
        <source>The platform refused your action: %1</source>
        <translation>La plataforma rechazó su acción: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CancelDialog</name>
    <message>
        <source>Cancel payment request</source>
        <translation>Anular la solicitud de pago</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>The customer&apos;s pay link stops working at once. This cannot be undone; to take the payment later, raise a new request.</source>
        <translation>El enlace de pago del cliente deja de funcionar al instante. No se puede deshacer; para cobrar más tarde, cree una nueva solicitud.</translation>
    </message>
    <message>
        <source>This payment is %1 and can no longer be cancelled.</source>
        <translation>Este pago está «%1» y ya no se puede anular.</translation>
    </message>
    <message>
        <source>Warning: this payment is already paid. It can no longer be cancelled; if the money must go back, refund it with the payment partner.</source>
        <translation>Atención: este pago ya está pagado. Ya no se puede anular; si hay que devolver el dinero, reembólselo a través de la entidad de pago.</translation>
    </message>
    <message>
        <source>Warning: the customer is paying right now (%1). Cancelling stops the pay link and may interrupt their payment. Check with the customer before you cancel.</source>
        <translation>Atención: el cliente está pagando ahora mismo (%1). Anular desactiva el enlace de pago y puede interrumpir su pago. Consulte con el cliente antes de anular.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motivo de la anulación</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Elija o escriba un motivo</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Pagado en efectivo</translation>
    </message>
    <message>
        <source>Paid by card at the desk</source>
        <translation>Pagado con tarjeta en el mostrador</translation>
    </message>
    <message>
        <source>Paid by bank transfer</source>
        <translation>Pagado por transferencia</translation>
    </message>
    <message>
        <source>Wrong amount or details; a new request follows</source>
        <translation>Importe o datos incorrectos; se enviará una nueva solicitud</translation>
    </message>
    <message>
        <source>The customer no longer wants to pay</source>
        <translation>El cliente ya no quiere pagar</translation>
    </message>
    <message>
        <source>Reason problem</source>
        <translation>Problema con el motivo</translation>
    </message>
    <message>
        <source>I &amp;understand that the customer can no longer pay with this link</source>
        <translation>&amp;Entiendo que el cliente ya no podrá pagar con este enlace</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>Confirmar la anulación</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problema con la confirmación</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anular solicitud</translation>
    </message>
    <message>
        <source>Cancel the payment request</source>
        <translation>Anular la solicitud de pago</translation>
    </message>
    <message>
        <source>Keep request</source>
        <translation>Mantener solicitud</translation>
    </message>
    <message>
        <source>Keep the payment request</source>
        <translation>Mantener la solicitud de pago</translation>
    </message>
    <message>
        <source>Tick the box to confirm the cancellation.</source>
        <translation>Marque la casilla para confirmar la anulación.</translation>
    </message>
    <message>
        <source>This payment can no longer be cancelled.</source>
        <translation>Este pago ya no se puede anular.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionIndicator</name>
    <message>
        <source>Connection: %1</source>
        <translation>Conexión: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionProfileForm</name>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Certificado CA de confianza</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>No&amp;mbre del perfil:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>e.g. Head office</source>
        <translation>p. ej. Sede central</translation>
    </message>
    <message>
        <source>Platform &amp;URL:</source>
        <translation>&amp;URL de la plataforma:</translation>
    </message>
    <message>
        <source>Platform URL</source>
        <translation>URL de la plataforma</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>Local test platform on t&amp;his computer (allows plain http://)</source>
        <translation>Plataforma de pruebas &amp;local en este equipo (permite http:// sin cifrar)</translation>
    </message>
    <message>
        <source>Local test platform</source>
        <translation>Plataforma de pruebas local</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Enterprise id</source>
        <translation>ID de la empresa</translation>
    </message>
    <message>
        <source>e.g. E100234</source>
        <translation>p. ej. E100234</translation>
    </message>
    <message>
        <source>&amp;Stores:</source>
        <translation>&amp;Sucursales:</translation>
    </message>
    <message>
        <source>Store ids</source>
        <translation>ID de sucursal</translation>
    </message>
    <message>
        <source>Store ids, separated by commas</source>
        <translation>ID de sucursal, separados por comas</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Secre&amp;to de cliente:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Trusted &amp;CA:</source>
        <translation>&amp;CA de confianza:</translation>
    </message>
    <message>
        <source>Trusted CA certificate file</source>
        <translation>Archivo del certificado CA de confianza</translation>
    </message>
    <message>
        <source>Optional: a PEM file with your company&apos;s CA</source>
        <translation>Opcional: un archivo PEM con la CA de su empresa</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Ex&amp;aminar…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Elegir el archivo del certificado CA</translation>
    </message>
    <message>
        <source>Fingerprint of the trusted CA</source>
        <translation>Huella digital de la CA de confianza</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>Pr&amp;obar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Problema con el nombre del perfil</translation>
    </message>
    <message>
        <source>Platform URL problem</source>
        <translation>Problema con la URL de la plataforma</translation>
    </message>
    <message>
        <source>Enterprise problem</source>
        <translation>Problema con la empresa</translation>
    </message>
    <message>
        <source>Stores problem</source>
        <translation>Problema con las sucursales</translation>
    </message>
    <message>
        <source>Client id problem</source>
        <translation>Problema con el ID de cliente</translation>
    </message>
    <message>
        <source>Client secret problem</source>
        <translation>Problema con el secreto de cliente</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Problema con el archivo CA</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella digital SHA-256: %1</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Asigne un nombre al perfil.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Introduzca el secreto de cliente.</translation>
    </message>
    <message>
        <source>Testing… signing in and reading each store.</source>
        <translation>Probando… iniciando sesión y leyendo cada sucursal.</translation>
    </message>
    <message>
        <source>Fill in the marked fields first.</source>
        <translation>Rellene primero los campos marcados.</translation>
    </message>
    <message>
        <source>The platform address changed: type the client secret again to use it with the new address.</source>
        <translation>La dirección de la plataforma ha cambiado: vuelva a escribir el secreto de cliente para usarlo con la nueva dirección.</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>No se pudo guardar el secreto en el llavero: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionTester</name>
    <message numerus="yes">
        <source>Connected: signed in and read the payments of %n store(s).</source>
        <translation>
            <numerusform>Conectado: sesión iniciada y pagos de %n sucursal leídos.</numerusform>
            <numerusform>Conectado: sesión iniciada y pagos de %n sucursales leídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreachable: PayDesk cannot reach %1. Check the address and the network%2.</source>
        <translation>Inaccesible: PayDesk no puede acceder a %1. Compruebe la dirección y la red%2.</translation>
    </message>
    <message>
        <source>TLS: the secure connection to %1 was refused%2. If your company uses its own certificate authority, choose its CA file.</source>
        <translation>TLS: se rechazó la conexión segura con %1%2. Si su empresa usa su propia autoridad de certificación, elija su archivo CA.</translation>
    </message>
    <message>
        <source>Bad credentials: the platform refused the client id or the client secret.</source>
        <translation>Credenciales incorrectas: la plataforma rechazó el ID de cliente o el secreto de cliente.</translation>
    </message>
    <message>
        <source>%1 answered, but not like the payments platform. Check the platform URL.</source>
        <translation>%1 respondió, pero no como la plataforma de pagos. Compruebe la URL de la plataforma.</translation>
    </message>
    <message>
        <source>%1 answered, but has no sign-in there. Check the platform URL.</source>
        <translation>%1 respondió, pero no ofrece inicio de sesión ahí. Compruebe la URL de la plataforma.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>La prueba se interrumpió.</translation>
    </message>
    <message>
        <source>No such store: “%1” was not found in enterprise “%2”.</source>
        <translation>Sucursal inexistente: «%1» no se encontró en la empresa «%2».</translation>
    </message>
    <message>
        <source>Not allowed: this client may not read store “%1”.</source>
        <translation>No permitido: este cliente no puede leer la sucursal «%1».</translation>
    </message>
    <message>
        <source>Reading store “%1” failed: %2</source>
        <translation>Error al leer la sucursal «%1»: %2</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CsvExporter</name>
    <message>
        <source>Funds cleared</source>
        <translation>Fondos abonados</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reference type</source>
        <translation>Tipo de referencia</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Referencia del proveedor</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Sucursal</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Marca de la tarjeta</translation>
    </message>
    <message>
        <source>Card last 4</source>
        <translation>Últimos 4 dígitos de la tarjeta</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>Referencia de la transacción</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>No se pudo abrir %1 para escritura: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>The payments could not be read: %1</source>
        <translation>No se pudieron leer los pagos: %1</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motivo del fallo</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CustomerContactFields</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>As on the invoice</source>
        <translation>Como en la factura</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Correo electrónico del cliente</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Móvil:</translation>
    </message>
    <message>
        <source>Customer mobile number</source>
        <translation>Número de móvil del cliente</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+34 612 345 678</translation>
    </message>
    <message>
        <source>Send link by:</source>
        <translation>Enviar enlace por:</translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation>Corr&amp;eo</translation>
    </message>
    <message>
        <source>Send the pay link by email</source>
        <translation>Enviar el enlace de pago por correo electrónico</translation>
    </message>
    <message>
        <source>SM&amp;S</source>
        <translation>SM&amp;S</translation>
    </message>
    <message>
        <source>Send the pay link by SMS</source>
        <translation>Enviar el enlace de pago por SMS</translation>
    </message>
    <message>
        <source>Customer name problem</source>
        <translation>Problema con el nombre del cliente</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Problema con el correo electrónico</translation>
    </message>
    <message>
        <source>Mobile number problem</source>
        <translation>Problema con el número de móvil</translation>
    </message>
    <message>
        <source>Channel problem</source>
        <translation>Problema con el canal de envío</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FieldErrorPresenter</name>
    <message>
        <source>Problem with the request</source>
        <translation>Problema con la solicitud</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FilterBar</name>
    <message>
        <source>Search cut to its first %1 characters; the rest was left out. %2</source>
        <translation>Búsqueda recortada a sus primeros %1 caracteres; el resto se ha omitido. %2</translation>
    </message>
    <message>
        <source>Cleared / safe to release</source>
        <translation>Abonado / se puede entregar</translation>
    </message>
    <message>
        <source>Paid, and the platform reports the funds cleared</source>
        <translation>Pagado, y la plataforma informa de que los fondos están abonados</translation>
    </message>
    <message>
        <source>Awaiting clearance</source>
        <translation>Abono pendiente</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Name, email, phone, reference, last 4 or amount</source>
        <translation>Nombre, correo, teléfono, referencia, últimos 4 o importe</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Buscar pagos</translation>
    </message>
    <message>
        <source>Matches name, email, phone, reference, card last 4 and amount as you type (Ctrl+F)</source>
        <translation>Busca mientras escribe en nombre, correo, teléfono, referencia, últimos 4 dígitos de la tarjeta e importe (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Open requests only</source>
        <translation>Solo solicitudes abiertas</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Show only payments in these statuses</source>
        <translation>Mostrar solo los pagos con estos estados</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last update within this range</source>
        <translation>Última actualización dentro de este periodo</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Todas las sucursales</translation>
    </message>
    <message>
        <source>Store filter</source>
        <translation>Filtro de sucursal</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Filtro de proveedor</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>mín.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Importe mínimo</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Importe máximo</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Cualquier moneda</translation>
    </message>
    <message>
        <source>Currency filter</source>
        <translation>Filtro de moneda</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Apply a saved view</source>
        <translation>Aplicar una vista guardada</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>Guardar el filtro actual como vista</translation>
    </message>
    <message>
        <source>Manage views</source>
        <translation>Gestionar vistas</translation>
    </message>
    <message>
        <source>Manage saved views</source>
        <translation>Gestionar las vistas guardadas</translation>
    </message>
    <message>
        <source>Rename view…</source>
        <translation>Cambiar nombre de la vista…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>Filtro actual</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation>No es un importe</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Solicitudes abiertas</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n estado</numerusform>
            <numerusform>%n estados</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Showing all payments</source>
        <translation>Se muestran todos los pagos</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Filtrado por %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saved views…</source>
        <translation>Vistas guardadas…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Cambiar nombre de la vista</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>A view called “%1” already exists.</source>
        <translation>Ya existe una vista llamada «%1».</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 pago</translation>
    </message>
    <message numerus="yes">
        <source>%n payments</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ payments</source>
        <translation>
            <numerusform>%Ln+ pago</numerusform>
            <numerusform>%Ln+ pagos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FirstRunDialog</name>
    <message>
        <source>Connect PayDesk</source>
        <translation>Conectar PayDesk</translation>
    </message>
    <message>
        <source>Welcome to PayDesk</source>
        <translation>Le damos la bienvenida a PayDesk</translation>
    </message>
    <message>
        <source>Connect PayDesk to your payments platform. Your administrator or the platform&apos;s developer portal has these details. The client secret is kept in the system keychain, never in a file.</source>
        <translation>Conecte PayDesk a su plataforma de pagos. Su administrador o el portal para desarrolladores de la plataforma le facilitará estos datos. El secreto de cliente se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Guardar y conectar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::InitiateDialog</name>
    <message>
        <source>Too long: at most %1 characters. Anything beyond that was left out, so check the end of the text.</source>
        <translation>Demasiado largo: como máximo %1 caracteres. Todo lo que pasaba de ahí se ha omitido, así que revise el final del texto.</translation>
    </message>
    <message>
        <source>New payment request</source>
        <translation>Nueva solicitud de pago</translation>
    </message>
    <message>
        <source>The customer receives a link to pay online. PayDesk queues the request and sends it as soon as the platform can be reached.</source>
        <translation>El cliente recibe un enlace para pagar en línea. PayDesk pone la solicitud en cola y la envía en cuanto la plataforma esté accesible.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>Cen&amp;tro:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>Reference type</source>
        <translation>Tipo de referencia</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>Number in the DMS</source>
        <translation>Número en el DMS</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Shown to the customer, e.g. “Service and MOT”</source>
        <translation>Visible para el cliente, p. ej. «Revisión e ITV»</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>C&amp;aduca:</translation>
    </message>
    <message>
        <source>The pay link expires</source>
        <translation>El enlace de pago caduca</translation>
    </message>
    <message>
        <source>Untick to use the platform&apos;s default expiry.</source>
        <translation>Desmarque para usar la caducidad predeterminada de la plataforma.</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Fecha y hora de caducidad</translation>
    </message>
    <message>
        <source>Send pay link</source>
        <translation>Enviar enlace de pago</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Site problem</source>
        <translation>Problema con el centro</translation>
    </message>
    <message>
        <source>Reference problem</source>
        <translation>Problema con la referencia</translation>
    </message>
    <message>
        <source>Description problem</source>
        <translation>Problema con la descripción</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problema con el importe</translation>
    </message>
    <message>
        <source>Expiry problem</source>
        <translation>Problema con la caducidad</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KpiStrip</name>
    <message>
        <source>Open requests</source>
        <translation>Solicitudes abiertas</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>esperando al cliente</translation>
    </message>
    <message>
        <source>Paid today</source>
        <translation>Pagado hoy</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>customer may try again</source>
        <translation>el cliente puede volver a intentarlo</translation>
    </message>
    <message>
        <source>Awaiting clearance</source>
        <translation>Abono pendiente</translation>
    </message>
    <message>
        <source>paid — do not release yet</source>
        <translation>pagado — no entregar todavía</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Acciones en cola</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>todo enviado</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>pendiente de envío</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 pago</translation>
    </message>
    <message numerus="yes">
        <source>%n payments</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KpiTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 — click to show these payments</source>
        <translation>%1 — haga clic para mostrar estos pagos</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MainWindow</name>
    <message>
        <source>Lower amount</source>
        <translation>Reducir importe</translation>
    </message>
    <message>
        <source>Upload invoice</source>
        <translation>Subir factura</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capturar</translation>
    </message>
    <message>
        <source>New &amp;finance application…</source>
        <translation>Nueva solicitud de &amp;financiación…</translation>
    </message>
    <message>
        <source>Begin a Payment Assist finance application; the customer gets a link to apply</source>
        <translation>Iniciar una solicitud de financiación de Payment Assist; el cliente recibe un enlace para solicitarla</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Finance application for %1 queued — the customer gets the link as soon as Payment Assist answers</source>
        <translation>Solicitud de financiación de %1 en cola: el cliente recibe el enlace en cuanto responda Payment Assist</translation>
    </message>
    <message>
        <source>Show to c&amp;ustomer</source>
        <translation>Mostrar al &amp;cliente</translation>
    </message>
    <message>
        <source>Show the selected payment&apos;s QR code and live status on a customer-facing screen</source>
        <translation>Mostrar el código QR y el estado en directo del pago seleccionado en una pantalla orientada al cliente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read the cache: %1</source>
        <translation>No se pudo leer la caché: %1</translation>
    </message>
    <message>
        <source>About PayDesk</source>
        <translation>Acerca de PayDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;PayDesk %1&lt;/b&gt;&lt;p&gt;Payment requests for car dealerships: see every request, act on it, and know when funds have cleared before releasing a vehicle.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PayDesk %1&lt;/b&gt;&lt;p&gt;Solicitudes de pago para concesionarios de automóviles: vea cada solicitud, actúe sobre ella y sepa cuándo están abonados los fondos antes de entregar un vehículo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pay link copied to the clipboard</source>
        <translation>Enlace de pago copiado en el portapapeles</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n nuevo — mostrar</numerusform>
            <numerusform>%n nuevos — mostrar</numerusform>
        </translation>
    </message>
    <message>
        <source>List changed — update</source>
        <translation>Lista modificada — actualizar</translation>
    </message>
    <message>
        <source>Payments arrived or changed while you were working in the list. They are shown when you click here or leave the list.</source>
        <translation>Llegaron o cambiaron pagos mientras trabajaba en la lista. Se muestran al hacer clic aquí o al salir de la lista.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <source>Raise a new payment request; the customer gets a pay link</source>
        <translation>Crear una solicitud de pago; el cliente recibe un enlace de pago</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>&amp;Anular solicitud…</translation>
    </message>
    <message>
        <source>Cancel the selected open request</source>
        <translation>Anular la solicitud abierta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Resend notification…</source>
        <translation>&amp;Reenviar notificación…</translation>
    </message>
    <message>
        <source>Send the pay link again, optionally with corrected details</source>
        <translation>Enviar de nuevo el enlace de pago, opcionalmente con datos corregidos</translation>
    </message>
    <message>
        <source>Copy pay &amp;link</source>
        <translation>Copiar en&amp;lace de pago</translation>
    </message>
    <message>
        <source>Copy the selected payment&apos;s pay link</source>
        <translation>Copiar el enlace de pago del pago seleccionado</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the payments in the current view to a CSV file</source>
        <translation>Exportar los pagos de la vista actual a un archivo CSV</translation>
    </message>
    <message>
        <source>Receipt &amp;PDF…</source>
        <translation>Recibo en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save a receipt for the selected paid payment as PDF</source>
        <translation>Guardar un recibo del pago pagado seleccionado como PDF</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Connection, credentials, stores, language, theme and notifications</source>
        <translation>Conexión, credenciales, sucursales, idioma, tema y notificaciones</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit PayDesk</source>
        <translation>Salir de PayDesk</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Read the cache again</source>
        <translation>Volver a leer la caché</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Buscar pagos</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Show all payments</source>
        <translation>Mostrar todos los pagos</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>No payments match these filters.</source>
        <translation>Ningún pago coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No payments match &apos;%1&apos;.</source>
        <translation>Ningún pago coincide con «%1».</translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>Guardar &amp;vista…</translation>
    </message>
    <message>
        <source>Save the current filter as a named view</source>
        <translation>Guardar el filtro actual como vista con nombre</translation>
    </message>
    <message>
        <source>Go to &amp;table</source>
        <translation>Ir a la &amp;tabla</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the payments table</source>
        <translation>Mover el foco del teclado a la tabla de pagos</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>Panel de &amp;detalles</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected payment</source>
        <translation>Mostrar u ocultar los detalles del pago seleccionado</translation>
    </message>
    <message>
        <source>Reset &amp;columns</source>
        <translation>Restablecer &amp;columnas</translation>
    </message>
    <message>
        <source>Restore the default column widths and order</source>
        <translation>Restablecer el ancho y el orden predeterminados de las columnas</translation>
    </message>
    <message>
        <source>&amp;About PayDesk</source>
        <translation>&amp;Acerca de PayDesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versión y licencia</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Pago</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Payment requests; the selected one is shown in the details pane. Press Menu for actions.</source>
        <translation>Solicitudes de pago; la seleccionada se muestra en el panel de detalles. Pulse la tecla Menú para ver las acciones.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Detalles del pago</translation>
    </message>
    <message>
        <source>Demo — sandbox data</source>
        <translation>Demo — datos de prueba</translation>
    </message>
    <message>
        <source>Demo mode: sandbox data, no real payments</source>
        <translation>Modo demo: datos de prueba, ningún pago real</translation>
    </message>
    <message>
        <source>PayDesk is connected to its built-in sandbox. Nothing here is a real payment.</source>
        <translation>PayDesk está conectado a su entorno de pruebas integrado. Nada de lo que aparece aquí es un pago real.</translation>
    </message>
    <message>
        <source>Payments shown</source>
        <translation>Pagos mostrados</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexando…</translation>
    </message>
    <message>
        <source>The cache is building its search indexes after a large download; searching and sorting are slower until it is done.</source>
        <translation>La caché está creando sus índices de búsqueda tras una descarga grande; buscar y ordenar es más lento hasta que termine.</translation>
    </message>
    <message>
        <source>PayDesk — Demo (sandbox data)</source>
        <translation>PayDesk — Demo (datos de prueba)</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>Request for %1 queued — it is sent as soon as the platform answers</source>
        <translation>Solicitud para %1 en cola — se enviará en cuanto responda la plataforma</translation>
    </message>
    <message>
        <source>Cancellation of %1 queued</source>
        <translation>Anulación de %1 en cola</translation>
    </message>
    <message>
        <source>Notification to %1 queued</source>
        <translation>Notificación a %1 en cola</translation>
    </message>
    <message>
        <source>payments-%1.csv</source>
        <translation>pagos-%1.csv</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported, but the audit log could not be written: %1</source>
        <translation>Exportado, pero no se pudo escribir el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>recibo-%1.pdf</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Guardar recibo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Recibo guardado en %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Configuración guardada</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Acciones en cola</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Every action has reached the platform.</source>
        <translation>Todas las acciones han llegado a la plataforma.</translation>
    </message>
    <message>
        <source>These actions are stored safely and are sent (with the same idempotency key) until the platform answers.</source>
        <translation>Estas acciones están guardadas de forma segura y se envían (con la misma clave de idempotencia) hasta que la plataforma responda.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) shown</source>
        <translation>
            <numerusform>%n pago mostrado</numerusform>
            <numerusform>%n pagos mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>1 payment exported to %1</source>
        <translation>1 pago exportado a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payments exported to %1</source>
        <translation>
            <numerusform>%n pago exportado a %1</numerusform>
            <numerusform>%n pagos exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>That payment is not in the cache any more</source>
        <translation>Ese pago ya no está en la caché</translation>
    </message>
    <message>
        <source>&amp;Recent actions</source>
        <translation>Acciones &amp;recientes</translation>
    </message>
    <message>
        <source>Show your recent actions and what the platform answered</source>
        <translation>Mostrar sus acciones recientes y lo que respondió la plataforma</translation>
    </message>
    <message>
        <source>P&amp;rint receipt…</source>
        <translation>&amp;Imprimir recibo…</translation>
    </message>
    <message>
        <source>Print a receipt for the selected paid payment</source>
        <translation>Imprimir un recibo del pago pagado seleccionado</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>Mostrar todos los atajos de teclado de esta ventana</translation>
    </message>
    <message>
        <source>Receipt for %1 sent to %2</source>
        <translation>Recibo de %1 enviado a %2</translation>
    </message>
    <message>
        <source>Payment link for policy %1 queued — sent as soon as Democrance answers</source>
        <translation>Enlace de pago de la póliza %1 en cola: se envía en cuanto Democrance responda</translation>
    </message>
    <message>
        <source>Prepayment for repair order %1 queued — sent as soon as myKaarma answers</source>
        <translation>Pago anticipado de la orden de reparación %1 en cola: se envía en cuanto myKaarma responda</translation>
    </message>
    <message>
        <source>%1 Democrance: no payment required, the policy is issued without one.</source>
        <translation>%1 Democrance: no se requiere pago, la póliza se emite sin él.</translation>
    </message>
    <message>
        <source>%1 Democrance: payment to be invoiced, the policy is issued and the money follows the invoice.</source>
        <translation>%1 Democrance: pago por factura, la póliza se emite y el dinero llega con la factura.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentDetailPane</name>
    <message numerus="yes">
        <source>⚠ Clearance overdue: paid %n day(s) ago and the funds have not cleared. Check with the payment partner before releasing.</source>
        <translation>
            <numerusform>⚠ Abono atrasado: pagado hace %n día y los fondos no se han abonado. Consulte con la entidad de pago antes de entregar.</numerusform>
            <numerusform>⚠ Abono atrasado: pagado hace %n días y los fondos no se han abonado. Consulte con la entidad de pago antes de entregar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payment to see its details, its timeline and whether the goods may be released.</source>
        <translation>Seleccione un pago para ver sus detalles, su historial y si se puede entregar la mercancía.</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Solicitado:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Pagado:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Sucursal:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Enviado por:</translation>
    </message>
    <message>
        <source>Pay link:</source>
        <translation>Enlace de pago:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Caduca:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Tarjeta:</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transacción:</translation>
    </message>
    <message>
        <source>Reconciled:</source>
        <translation>Conciliado:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualizado:</translation>
    </message>
    <message>
        <source>Payment ID:</source>
        <translation>ID del pago:</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>No longer in this view</source>
        <translation>Ya no está en esta vista</translation>
    </message>
    <message>
        <source>Show in list</source>
        <translation>Mostrar en la lista</translation>
    </message>
    <message>
        <source>Show this payment in the list</source>
        <translation>Mostrar este pago en la lista</translation>
    </message>
    <message>
        <source>Clear the filters and search that hide this payment and select it in the list</source>
        <translation>Quitar los filtros y la búsqueda que ocultan este pago y seleccionarlo en la lista</translation>
    </message>
    <message>
        <source>Copy the pay link</source>
        <translation>Copiar el enlace de pago</translation>
    </message>
    <message>
        <source>Copy the pay link to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiar el enlace de pago en el portapapeles (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Release signal</source>
        <translation>Señal de entrega</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Payment details: nothing selected</source>
        <translation>Detalles del pago: nada seleccionado</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>yes — in the DMS accounts</source>
        <translation>sí — en la contabilidad del DMS</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Full timeline not loaded yet</source>
        <translation>Historial completo aún no cargado</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Detalles del pago</translation>
    </message>
    <message>
        <source>Why it failed: %1</source>
        <translation>Motivo del fallo: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentFilter</name>
    <message>
        <source>Cleared / safe to release</source>
        <translation>Abonado / se puede entregar</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abiertas</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Updated %1 – %2</source>
        <translation>Actualizado %1 – %2</translation>
    </message>
    <message>
        <source>Created %1 – %2</source>
        <translation>Creado %1 – %2</translation>
    </message>
    <message>
        <source>Paid %1 – %2</source>
        <translation>Pagado %1 – %2</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Pagado: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Sucursal: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Proveedor: %1</translation>
    </message>
    <message>
        <source>Amount %1 – %2</source>
        <translation>Importe %1 – %2</translation>
    </message>
    <message>
        <source>Amount ≥ %1</source>
        <translation>Importe ≥ %1</translation>
    </message>
    <message>
        <source>Amount ≤ %1</source>
        <translation>Importe ≤ %1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Moneda: %1</translation>
    </message>
    <message>
        <source>Funds cleared</source>
        <translation>Fondos abonados</translation>
    </message>
    <message>
        <source>Funds not cleared</source>
        <translation>Fondos sin abonar</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Búsqueda: «%1»</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentNotifier</name>
    <message>
        <source>Funds cleared</source>
        <translation>Fondos abonados</translation>
    </message>
    <message>
        <source>%1&apos;s payment of %2 (%3) has cleared: safe to release.</source>
        <translation>El pago de %1 por %2 (%3) está abonado: se puede entregar.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Pago recibido</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Pago fallido</translation>
    </message>
    <message>
        <source>%1 paid %2 (%3).</source>
        <translation>%1 pagó %2 (%3).</translation>
    </message>
    <message>
        <source>%1 could not pay %2 (%3). They may try again.</source>
        <translation>%1 no pudo pagar %2 (%3). Puede volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentTableModel</name>
    <message>
        <source>Paid — clearing overdue</source>
        <translation>Pagado — abono atrasado</translation>
    </message>
    <message numerus="yes">
        <source>Paid %n day(s) ago and the funds have not cleared: overdue, check with the payment partner before releasing</source>
        <translation>
            <numerusform>Pagado hace %n día y los fondos no se han abonado: atrasado, consulte con la entidad de pago antes de entregar</numerusform>
            <numerusform>Pagado hace %n días y los fondos no se han abonado: atrasado, consulte con la entidad de pago antes de entregar</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <source>Paid — clearing</source>
        <translation>Pagado — abono pendiente</translation>
    </message>
    <message>
        <source>Keyloop</source>
        <translation>Keyloop</translation>
    </message>
    <message>
        <source>Payment Assist</source>
        <translation>Payment Assist</translation>
    </message>
    <message>
        <source>Democrance</source>
        <translation>Democrance</translation>
    </message>
    <message>
        <source>myKaarma</source>
        <translation>myKaarma</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Reference: %1 %2</source>
        <translation>Referencia: %1 %2</translation>
    </message>
    <message>
        <source>Requested %1, paid %2</source>
        <translation>Solicitado %1, pagado %2</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Importe: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Proveedor: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Sucursal: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Sucursal</translation>
    </message>
    <message>
        <source>Last update; hover a cell for the exact time</source>
        <translation>Última actualización; pase el ratón sobre una celda para ver la hora exacta</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Failure reason: none</source>
        <translation>Motivo del fallo: ninguno</translation>
    </message>
    <message>
        <source>Failure reason: %1</source>
        <translation>Motivo del fallo: %1</translation>
    </message>
    <message>
        <source>Why a failed payment failed, as the payment partner reported it</source>
        <translation>Por qué falló un pago, según lo notificó la entidad de pago</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motivo del fallo</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReceiptPdf</name>
    <message>
        <source>A receipt is only available once the customer has paid. This payment is: %1.</source>
        <translation>Solo hay recibo cuando el cliente ha pagado. Estado de este pago: %1.</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation>%1 terminada en %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Importe pagado</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation>ID del pago</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Importe solicitado</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Recibo de pago</translation>
    </message>
    <message>
        <source>Thank you for your payment. Please keep this receipt for your records.</source>
        <translation>Gracias por su pago. Conserve este recibo para sus registros.</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>No se pudo abrir %1 para escritura: %2</translation>
    </message>
    <message>
        <source>Payment receipt %1</source>
        <translation>Recibo de pago %1</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>receipt date: date, time, time zone</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>NIF-IVA: %1</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Referencia del pago</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Pagado con</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Referencia del proveedor</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Funds cleared</source>
        <translation>Fondos abonados</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation>No se pudo imprimir el recibo.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ResendDialog</name>
    <message>
        <source>Resend notification</source>
        <translation>Reenviar notificación</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Resend the notification</source>
        <translation>Reenviar la notificación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>email and SMS</source>
        <translation>correo electrónico y SMS</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Nombre: %1 → %2</translation>
    </message>
    <message>
        <source>Email: %1 → %2</source>
        <translation>Correo: %1 → %2</translation>
    </message>
    <message>
        <source>Mobile: %1 → %2</source>
        <translation>Móvil: %1 → %2</translation>
    </message>
    <message>
        <source>Send by: %1 → %2</source>
        <translation>Enviar por: %1 → %2</translation>
    </message>
    <message>
        <source>Nothing changes: the customer gets the same pay link again.</source>
        <translation>No cambia nada: el cliente recibe de nuevo el mismo enlace de pago.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::SettingsDialog</name>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Quiosco</translation>
    </message>
    <message>
        <source>Pa&amp;yment Assist</source>
        <translation>Pa&amp;yment Assist</translation>
    </message>
    <message>
        <source>Typed; saved with OK</source>
        <translation>Introducido; se guarda con Aceptar</translation>
    </message>
    <message>
        <source>Mark clearance &amp;overdue after (days):</source>
        <translation>Abono &amp;atrasado tras (días):</translation>
    </message>
    <message>
        <source>Days after payment before clearance is overdue</source>
        <translation>Días tras el pago antes de que el abono se considere atrasado</translation>
    </message>
    <message>
        <source>Notify me when a payment&apos;s funds &amp;clear (safe to release)</source>
        <translation>Avisarme cuando los fondos de un pago estén a&amp;bonados (se puede entregar)</translation>
    </message>
    <message>
        <source>Notify when a payment&apos;s funds clear</source>
        <translation>Avisar cuando los fondos de un pago estén abonados</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Nuevo perfil %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Perfil de conexión</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a connection profile</source>
        <translation>Añadir un perfil de conexión</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this connection profile</source>
        <translation>Quitar este perfil de conexión</translation>
    </message>
    <message>
        <source>Connection changes take effect the next time PayDesk starts. Secrets are kept in the system keychain and are never shown again.</source>
        <translation>Los cambios de conexión se aplican la próxima vez que se inicie PayDesk. Los secretos se guardan en el llavero del sistema y no se vuelven a mostrar.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Notify me when a payment is &amp;paid</source>
        <translation>Avisarme cuando se &amp;efectúe un pago</translation>
    </message>
    <message>
        <source>Notify when a payment is paid</source>
        <translation>Avisar cuando se efectúe un pago</translation>
    </message>
    <message>
        <source>Notify me when a payment &amp;fails</source>
        <translation>Avisarme cuando un pago &amp;falle</translation>
    </message>
    <message>
        <source>Notify when a payment fails</source>
        <translation>Avisar cuando un pago falle</translation>
    </message>
    <message>
        <source>Also notify while PayDesk is in f&amp;ront</source>
        <translation>Avisar también cuando PayDesk esté en pr&amp;imer plano</translation>
    </message>
    <message>
        <source>Notify while PayDesk is in front</source>
        <translation>Avisar cuando PayDesk esté en primer plano</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A new secret will be saved</source>
        <translation>Se guardará un nuevo secreto</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Guardado en el llavero; escriba para sustituirlo</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Asigne un nombre al perfil.</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Otro perfil ya tiene este nombre.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Introduzca el secreto de cliente.</translation>
    </message>
    <message>
        <source>Connec&amp;tion</source>
        <translation>Cone&amp;xión</translation>
    </message>
    <message>
        <source>Enter the client secret to test this profile.</source>
        <translation>Introduzca el secreto de cliente para probar este perfil.</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here.</source>
        <translation>No se guardó nada; sus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>The settings could not be saved. Nothing was changed.</source>
        <translation>No se pudo guardar la configuración. No se cambió nada.</translation>
    </message>
    <message>
        <source>Receipt &amp;details</source>
        <translation>&amp;Recibos</translation>
    </message>
    <message>
        <source>Pa&amp;yment providers</source>
        <translation>Pro&amp;veedores de pago</translation>
    </message>
    <message>
        <source>Site “%1” already has a %2 account in this profile.</source>
        <translation>El centro «%1» ya tiene una cuenta de %2 en este perfil.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ShortcutsDialog</name>
    <message>
        <source>, </source>
        <comment>between two shortcuts of one action</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every shortcut of the PayDesk window. Letters such as ? work when the keyboard focus is not in a text field.</source>
        <translation>Todos los atajos de la ventana de PayDesk. Los caracteres como ? funcionan cuando el foco del teclado no está en un campo de texto.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>paydesk::ProviderRules</name>
    <message>
        <source>Unknown provider</source>
        <translation>Proveedor desconocido</translation>
    </message>
    <message>
        <source>%1 does not support this action.</source>
        <translation>%1 no admite esta acción.</translation>
    </message>
    <message>
        <source>Keyloop</source>
        <translation>Keyloop</translation>
    </message>
    <message>
        <source>Payment Assist</source>
        <translation>Payment Assist</translation>
    </message>
    <message>
        <source>Choose the site the application is for.</source>
        <translation>Elija el centro al que corresponde la solicitud de financiación.</translation>
    </message>
    <message>
        <source>This action needs the application&apos;s token.</source>
        <translation>Esta acción necesita el token de la solicitud de financiación.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Use como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Introduzca un importe mayor que cero.</translation>
    </message>
    <message>
        <source>Enter a mobile number to send the pay link by SMS.</source>
        <translation>Introduzca un número de móvil para enviar el enlace de pago por SMS.</translation>
    </message>
    <message>
        <source>The link must stay valid for some time.</source>
        <translation>El enlace debe seguir siendo válido durante un tiempo.</translation>
    </message>
    <message>
        <source>Payment Assist accepts PDF, HTML, TXT, DOC and XLS invoices.</source>
        <translation>Payment Assist acepta facturas en PDF, HTML, TXT, DOC y XLS.</translation>
    </message>
    <message>
        <source>The invoice file is empty.</source>
        <translation>El archivo de la factura está vacío.</translation>
    </message>
    <message>
        <source>The invoice file is too large.</source>
        <translation>El archivo de la factura es demasiado grande.</translation>
    </message>
    <message>
        <source>Democrance</source>
        <translation>Democrance</translation>
    </message>
    <message>
        <source>Choose the site the policy belongs to.</source>
        <translation>Elija el centro al que pertenece la póliza.</translation>
    </message>
    <message>
        <source>Choose a payment gateway.</source>
        <translation>Elija una pasarela de pago.</translation>
    </message>
    <message>
        <source>Enter the policy number.</source>
        <translation>Introduzca el número de póliza.</translation>
    </message>
    <message>
        <source>This payment is for another policy.</source>
        <translation>Este pago corresponde a otra póliza.</translation>
    </message>
    <message>
        <source>myKaarma</source>
        <translation>myKaarma</translation>
    </message>
    <message>
        <source>Choose the site the payment is for.</source>
        <translation>Elija el centro al que corresponde el pago.</translation>
    </message>
    <message>
        <source>The order&apos;s amount cannot be less than the prepayment.</source>
        <translation>El importe de la orden no puede ser inferior al anticipo.</translation>
    </message>
    <message>
        <source>Use RO (repair order) or PO (parts order).</source>
        <translation>Use RO (orden de reparación) o PO (pedido de piezas).</translation>
    </message>
    <message>
        <source>Send the pay link by text, by email or both.</source>
        <translation>Envíe el enlace de pago por SMS, por correo electrónico o por ambos.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReceiptIssuerForm</name>
    <message>
        <source>Choose a logo for receipts</source>
        <translation>Elegir un logotipo para los recibos</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Printed on receipts where the platform sends no details of its own for the store.</source>
        <translation>Se imprime en los recibos cuando la plataforma no envía datos propios de la sucursal.</translation>
    </message>
    <message>
        <source>Printed on the receipts of the profile “%1” where the platform sends no details of its own for the store.</source>
        <translation>Se imprime en los recibos del perfil «%1» cuando la plataforma no envía datos propios de la sucursal.</translation>
    </message>
    <message>
        <source>Dealership n&amp;ame:</source>
        <translation>Nombre del &amp;concesionario:</translation>
    </message>
    <message>
        <source>Dealership name</source>
        <translation>Nombre del concesionario</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Dealership address</source>
        <translation>Dirección del concesionario</translation>
    </message>
    <message>
        <source>One line per row</source>
        <translation>Una línea por cada fila</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>NIF-&amp;IVA:</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Número de identificación a efectos del IVA</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Archivo del logotipo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Ex&amp;aminar…</translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation>Elegir un archivo de logotipo</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Print no logo</source>
        <translation>No imprimir ningún logotipo</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskWindow</name>
    <message>
        <source>We couldn&apos;t find that — please ask at the desk.</source>
        <translation>No lo hemos encontrado — pregunte en el mostrador.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please try again in %n second(s), or ask at the desk.</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelva a intentarlo dentro de %n segundo o pregunte en el mostrador.</numerusform>
            <numerusform>Demasiados intentos. Vuelva a intentarlo dentro de %n segundos o pregunte en el mostrador.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set up for this kiosk.</source>
        <translation>No hay ningún PIN del personal configurado para este quiosco.</translation>
    </message>
    <message>
        <source>PIN entry is locked until %1.</source>
        <translation>La introducción del PIN está bloqueada hasta las %1.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. PIN entry is locked until %1.</source>
        <translation>Demasiados PIN incorrectos. La introducción del PIN está bloqueada hasta las %1.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>PayDesk %1, kiosk mode</source>
        <translation>PayDesk %1, modo quiosco</translation>
    </message>
    <message>
        <source>Pay for your repair, service or order</source>
        <translation>Pague su reparación, su revisión o su pedido</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start: find your payment</source>
        <translation>Empezar: buscar su pago</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Find your payment</source>
        <translation>Busque su pago</translation>
    </message>
    <message>
        <source>Reference (repair order or invoice number)</source>
        <translation>Referencia (n.º de orden de reparación o de factura)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find my payment</source>
        <translation>Buscar mi pago</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Done: back to the start</source>
        <translation>Listo: volver al inicio</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message numerus="yes">
        <source>Open the dashboard for %n minute(s)</source>
        <translation>
            <numerusform>Abrir el panel durante %n minuto</numerusform>
            <numerusform>Abrir el panel durante %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de PayDesk</translation>
    </message>
    <message>
        <source>Back to the customer screen</source>
        <translation>Volver a la pantalla del cliente</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Acceso del personal</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskPaymentView</name>
    <message>
        <source>Payment status</source>
        <translation>Estado del pago</translation>
    </message>
    <message>
        <source>QR code of the pay link</source>
        <translation>Código QR del enlace de pago</translation>
    </message>
    <message>
        <source>Waiting for your payment</source>
        <translation>Esperando su pago</translation>
    </message>
    <message>
        <source>Opened on your phone</source>
        <translation>Abierto en su teléfono</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>Pagando…</translation>
    </message>
    <message>
        <source>Paid. Thank you — please see the desk for your keys.</source>
        <translation>Pagado. Gracias — recoja sus llaves en el mostrador.</translation>
    </message>
    <message>
        <source>The payment didn&apos;t go through — you can try again.</source>
        <translation>El pago no se ha completado — puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>This payment can no longer be made here — please ask at the desk.</source>
        <translation>Este pago ya no se puede realizar aquí — pregunte en el mostrador.</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to pay securely</source>
        <translation>Escanee con la cámara de su teléfono para pagar de forma segura</translation>
    </message>
    <message>
        <source>We can&apos;t reach the payment service right now, so this status may be out of date. If in doubt, please ask at the desk.</source>
        <translation>Ahora mismo no podemos acceder al servicio de pago, así que este estado puede no estar actualizado. Si tiene dudas, pregunte en el mostrador.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Digits entered</source>
        <translation>Dígitos introducidos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back to the customer screen</source>
        <translation>Volver a la pantalla del cliente</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Borrar el último carácter</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CounterDisplay</name>
    <message>
        <source>PayDesk — customer display</source>
        <translation>PayDesk — pantalla del cliente</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskSettingsForm</name>
    <message>
        <source>Set by your administrator</source>
        <translation>Establecido por su administrador</translation>
    </message>
    <message>
        <source>Use digits only (0–9).</source>
        <translation>Use solo dígitos (0–9).</translation>
    </message>
    <message>
        <source>A staff PIN has %1 to %2 digits.</source>
        <translation>Un PIN del personal tiene de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>Type the new PIN again to confirm it.</source>
        <translation>Escriba otra vez el nuevo PIN para confirmarlo.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <source>Kiosk mode turns this computer into a locked-down screen at the service desk, where customers find and pay for their own repair or order.</source>
        <translation>El modo quiosco convierte este ordenador en una pantalla bloqueada en la recepción del taller, donde los clientes encuentran y pagan ellos mismos su reparación o pedido.</translation>
    </message>
    <message>
        <source>&amp;Start PayDesk in kiosk mode</source>
        <translation>&amp;Iniciar PayDesk en modo quiosco</translation>
    </message>
    <message>
        <source>D&amp;ealership name:</source>
        <translation>Nombre del &amp;concesionario:</translation>
    </message>
    <message>
        <source>Shown when the platform does not name the store</source>
        <translation>Se muestra cuando la plataforma no da nombre a la sucursal</translation>
    </message>
    <message>
        <source>Back to the start &amp;after (seconds without a touch):</source>
        <translation>Volver al inicio &amp;tras (segundos sin tocar):</translation>
    </message>
    <message>
        <source>New staff &amp;PIN:</source>
        <translation>Nuevo &amp;PIN del personal:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new PIN:</source>
        <translation>Confir&amp;mar el nuevo PIN:</translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>De %1 a %2 dígitos</translation>
    </message>
    <message>
        <source>Securing the PIN…</source>
        <translation>Protegiendo el PIN…</translation>
    </message>
    <message>
        <source>A staff PIN is set.</source>
        <translation>Hay un PIN del personal configurado.</translation>
    </message>
    <message>
        <source>No staff PIN is set yet: staff cannot unlock the kiosk.</source>
        <translation>Todavía no hay un PIN del personal: el personal no puede desbloquear el quiosco.</translation>
    </message>
</context>
<context>
    <name>paydesk::MyKaarmaClient</name>
    <message>
        <source>myKaarma sent an answer PayDesk cannot read.</source>
        <translation>myKaarma envió una respuesta que PayDesk no puede leer.</translation>
    </message>
    <message>
        <source>myKaarma sent an amount PayDesk cannot read exactly (%1).</source>
        <translation>myKaarma envió un importe que PayDesk no puede leer con exactitud (%1).</translation>
    </message>
    <message>
        <source>myKaarma refused the request.</source>
        <translation>myKaarma rechazó la solicitud.</translation>
    </message>
    <message>
        <source>myKaarma refused the request: %1</source>
        <translation>myKaarma rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>myKaarma answered with its sign-in page instead of data: the ServiceSubscriber lacks the API scope %1. Ask myKaarma to grant it.</source>
        <translation>myKaarma respondió con su página de inicio de sesión en lugar de datos: al ServiceSubscriber le falta el ámbito de API %1. Pida a myKaarma que lo conceda.</translation>
    </message>
    <message>
        <source>No myKaarma password is set for this site. Enter it in the connection settings.</source>
        <translation>No hay ninguna contraseña de myKaarma definida para este centro. Introdúzcala en la configuración de conexión.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the myKaarma password.</source>
        <translation>No se pudo leer el llavero para la contraseña de myKaarma.</translation>
    </message>
    <message>
        <source>The myKaarma password was saved for another address. Enter it again for %1.</source>
        <translation>La contraseña de myKaarma se guardó para otra dirección. Vuelva a introducirla para %1.</translation>
    </message>
    <message>
        <source>This site has no myKaarma credentials. Add them in the connection settings.</source>
        <translation>Este centro no tiene credenciales de myKaarma. Añádalas en la configuración de conexión.</translation>
    </message>
    <message>
        <source>myKaarma does not know this order (any more).</source>
        <translation>myKaarma no conoce (o ya no conoce) esta orden.</translation>
    </message>
    <message>
        <source>This myKaarma payment has no prepayment invoice to send.</source>
        <translation>Este pago de myKaarma no tiene factura de anticipo que enviar.</translation>
    </message>
    <message>
        <source>myKaarma tells the fees once the prepayment is made. Make it without sending the link to see them first.</source>
        <translation>myKaarma indica las comisiones una vez creado el anticipo. Créelo sin enviar el enlace para verlas primero.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentAssistClient</name>
    <message>
        <source>Payment Assist refused the request.</source>
        <translation>Payment Assist rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Payment Assist refused the request: %1</source>
        <translation>Payment Assist rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>Payment Assist sent an answer PayDesk cannot read.</source>
        <translation>Payment Assist envió una respuesta que PayDesk no puede leer.</translation>
    </message>
    <message>
        <source>No Payment Assist secret is set for this site. Enter it in the connection settings.</source>
        <translation>No hay ningún secreto de Payment Assist definido para este centro. Introdúzcalo en la configuración de conexión.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the Payment Assist secret.</source>
        <translation>No se pudo leer el llavero para el secreto de Payment Assist.</translation>
    </message>
    <message>
        <source>The Payment Assist secret was saved for another address. Enter it again for %1.</source>
        <translation>El secreto de Payment Assist se guardó para otra dirección. Vuelva a introducirlo para %1.</translation>
    </message>
    <message>
        <source>Payment Assist could not read the invoice file.</source>
        <translation>Payment Assist no pudo leer el archivo de la factura.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s token.</source>
        <translation>Introduzca el token de la solicitud de financiación.</translation>
    </message>
    <message>
        <source>This site has no Payment Assist credentials. Add them in the connection settings.</source>
        <translation>Este centro no tiene credenciales de Payment Assist. Añádalas en la configuración de conexión.</translation>
    </message>
    <message>
        <source>Payment Assist already has an application for order %1. No second one was made. If it was begun just now and its answer was lost, add it by its token to follow it; otherwise use another order reference.</source>
        <translation>Payment Assist ya tiene una solicitud de financiación para el pedido %1. No se creó una segunda. Si se acaba de iniciar y se perdió su respuesta, añádala con su token para seguirla; si no, use otra referencia de pedido.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FinanceApplicationDialog</name>
    <message>
        <source>New finance application</source>
        <translation>Nueva solicitud de financiación</translation>
    </message>
    <message>
        <source>The customer applies for point-of-sale finance with Payment Assist: they get a link to sign, and the dealership is paid when the application is completed.</source>
        <translation>El cliente solicita financiación en el punto de venta con Payment Assist: recibe un enlace para firmar y el concesionario cobra cuando la solicitud se completa.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Centro:</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>&amp;Nombre del cliente:</translation>
    </message>
    <message>
        <source>Address &amp;line 1:</source>
        <translation>&amp;Línea de dirección 1:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Código pos&amp;tal:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Móvil:</translation>
    </message>
    <message>
        <source>&amp;Order reference:</source>
        <translation>Referencia del &amp;pedido:</translation>
    </message>
    <message>
        <source>&amp;Vehicle registration:</source>
        <translation>Matríc&amp;ula:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Amount (£):</source>
        <translation>&amp;Importe (£):</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>Pl&amp;an:</translation>
    </message>
    <message>
        <source>Send link by:</source>
        <translation>Enviar enlace por:</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Nombre y apellido</translation>
    </message>
    <message>
        <source>&amp;Pre-approval</source>
        <translation>Preap&amp;robación</translation>
    </message>
    <message>
        <source>Ask Payment Assist whether the customer passes its checks before applying</source>
        <translation>Preguntar a Payment Assist si el cliente supera sus comprobaciones antes de solicitar</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Send application</source>
        <translation>Enviar solicitud</translation>
    </message>
    <message>
        <source>Loading the plans…</source>
        <translation>Cargando los planes…</translation>
    </message>
    <message>
        <source>The plans could not be loaded: %1</source>
        <translation>No se pudieron cargar los planes: %1</translation>
    </message>
    <message>
        <source>Enter the amount to see the repayment schedule.</source>
        <translation>Introduzca el importe para ver el calendario de pagos.</translation>
    </message>
    <message>
        <source>Calculating the repayment schedule…</source>
        <translation>Calculando el calendario de pagos…</translation>
    </message>
    <message>
        <source>No schedule: %1</source>
        <translation>Sin calendario: %1</translation>
    </message>
    <message>
        <source>%1: %2 interest, %3 to repay in total</source>
        <translation>%1: %2 de intereses, %3 a devolver en total</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name, address line 1 and postcode first.</source>
        <translation>Introduzca primero el nombre, la línea de dirección 1 y el código postal del cliente.</translation>
    </message>
    <message>
        <source>Asking Payment Assist…</source>
        <translation>Consultando a Payment Assist…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <source>Pre-approved: the customer passes Payment Assist&apos;s checks.</source>
        <translation>Preaprobado: el cliente supera las comprobaciones de Payment Assist.</translation>
    </message>
    <message>
        <source>Not pre-approved: the customer does not pass Payment Assist&apos;s checks. They may still apply.</source>
        <translation>No preaprobado: el cliente no supera las comprobaciones de Payment Assist. Aun así puede solicitarlo.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s first name and surname.</source>
        <translation>Introduzca el nombre y el apellido del cliente.</translation>
    </message>
    <message>
        <source>Enter the amount in pounds, e.g. %1.</source>
        <translation>Introduzca el importe en libras, p. ej. %1.</translation>
    </message>
    <message>
        <source>This plan takes %1 to %2.</source>
        <translation>Este plan admite de %1 a %2.</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>Elija un plan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instalment(s), %2% APR</source>
        <translation>
            <numerusform>%1 — %n cuota, TAE %2 %</numerusform>
            <numerusform>%1 — %n cuotas, TAE %2 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instalment(s), interest free</source>
        <translation>
            <numerusform>%1 — %n cuota, sin intereses</numerusform>
            <numerusform>%1 — %n cuotas, sin intereses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FinanceDetails</name>
    <message>
        <source>Payment Assist confirmed the change.</source>
        <translation>Payment Assist ha confirmado el cambio.</translation>
    </message>
    <message>
        <source>Payment Assist refused the change: %1</source>
        <translation>Payment Assist ha rechazado el cambio: %1</translation>
    </message>
    <message>
        <source>(not yet given)</source>
        <translation>(aún no asignada)</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>The account&apos;s default plan</source>
        <translation>Plan predeterminado de la cuenta</translation>
    </message>
    <message>
        <source>Outstanding — upload the invoice so Payment Assist pays out</source>
        <translation>Pendiente: suba la factura para que Payment Assist pague</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Not needed yet</source>
        <translation>Aún no necesaria</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>No se ha puesto en cola: %1</translation>
    </message>
    <message>
        <source>Queued — it is sent to Payment Assist at once.</source>
        <translation>En cola: se envía a Payment Assist de inmediato.</translation>
    </message>
    <message>
        <source>The receipt could not be made: %1</source>
        <translation>No se pudo crear el recibo: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Invoice for Payment Assist</source>
        <translation>Factura para Payment Assist</translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.html *.txt *.doc *.xls)</source>
        <translation>Facturas (*.pdf *.html *.txt *.doc *.xls)</translation>
    </message>
    <message>
        <source>Lower the amount</source>
        <translation>Reducir el importe</translation>
    </message>
    <message>
        <source>New amount (less than %1). The customer&apos;s plan is recalculated.</source>
        <translation>Nuevo importe (menos de %1). El plan del cliente se recalcula.</translation>
    </message>
    <message>
        <source>Enter an amount below %1.</source>
        <translation>Introduzca un importe inferior a %1.</translation>
    </message>
    <message>
        <source>Expire application</source>
        <translation>Hacer caducar la solicitud</translation>
    </message>
    <message>
        <source>Expire this finance application now? The customer&apos;s link stops working; this cannot be undone.</source>
        <translation>¿Hacer caducar ahora esta solicitud de financiación? El enlace del cliente dejará de funcionar; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Payment Assist finance</source>
        <translation>Financiación de Payment Assist</translation>
    </message>
    <message>
        <source>PA reference:</source>
        <translation>Referencia PA:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Payment Assist status:</source>
        <translation>Estado en Payment Assist:</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Factura:</translation>
    </message>
    <message>
        <source>Upload receipt as invoice</source>
        <translation>Subir el recibo como factura</translation>
    </message>
    <message>
        <source>Send our receipt PDF to Payment Assist as the invoice</source>
        <translation>Enviar nuestro recibo PDF a Payment Assist como factura</translation>
    </message>
    <message>
        <source>Upload invoice file…</source>
        <translation>Subir archivo de factura…</translation>
    </message>
    <message>
        <source>Lower amount…</source>
        <translation>Reducir importe…</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Hacer caducar</translation>
    </message>
    <message>
        <source>Expire the application now: the customer&apos;s link stops working</source>
        <translation>Hacer caducar la solicitud ahora: el enlace del cliente deja de funcionar</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capturar</translation>
    </message>
    <message>
        <source>Take the deposit of an application waiting for capture</source>
        <translation>Cobrar el depósito de una solicitud pendiente de captura</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentAssistSiteForm</name>
    <message>
        <source>Enter the Payment Assist API address, e.g. https://api.v1.payment-assist.co.uk.</source>
        <translation>Introduzca la dirección de la API de Payment Assist, p. ej. https://api.v1.payment-assist.co.uk.</translation>
    </message>
    <message>
        <source>The Payment Assist API address must start with https:// (plain http only for a profile marked as a local test platform).</source>
        <translation>La dirección de la API de Payment Assist debe empezar por https:// (el http sin cifrar solo para un perfil marcado como plataforma de pruebas local).</translation>
    </message>
    <message>
        <source>Enter the site (store id) the applications belong to.</source>
        <translation>Introduzca el centro (ID de sucursal) al que pertenecen las solicitudes de financiación.</translation>
    </message>
    <message>
        <source>Enter the Payment Assist API secret (it is kept in the keychain, for this address only).</source>
        <translation>Introduzca el secreto de la API de Payment Assist (se guarda en el llavero, solo para esta dirección).</translation>
    </message>
    <message>
        <source>Point-of-sale finance with Payment Assist for this profile. Each dealer or branch has its own API key and secret; leave the key empty for no Payment Assist.</source>
        <translation>Financiación en el punto de venta con Payment Assist para este perfil. Cada concesionario o centro tiene su propia clave y secreto de API; deje la clave vacía para no usar Payment Assist.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>&amp;Secreto de API:</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>S&amp;ite (store id):</source>
        <translation>Centro (&amp;ID de sucursal):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>As the dealer calls this branch</source>
        <translation>Como el concesionario llama a este centro</translation>
    </message>
    <message>
        <source>Payment Assist API key</source>
        <translation>Clave de API de Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist API secret</source>
        <translation>Secreto de API de Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist API address</source>
        <translation>Dirección de la API de Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist site (store id)</source>
        <translation>Centro de Payment Assist (ID de sucursal)</translation>
    </message>
    <message>
        <source>Payment Assist site name</source>
        <translation>Nombre del centro de Payment Assist</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSite</name>
    <message>
        <source>Enter the site (store id) its payments belong to.</source>
        <translation>Introduzca el centro (ID de sucursal) al que pertenecen sus pagos.</translation>
    </message>
    <message>
        <source>Enter the %1 API address (https://…).</source>
        <translation>Introduzca la dirección de la API de %1 (https://…).</translation>
    </message>
    <message>
        <source>The %1 API address must start with https:// (plain http only for a profile marked as a local test platform).</source>
        <translation>La dirección de la API de %1 debe empezar por https:// (http sin cifrar solo para un perfil marcado como plataforma de pruebas local).</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Introduzca la clave de API.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Introduzca el nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter the dealer UUID myKaarma gave you.</source>
        <translation>Introduzca el UUID de concesionario que le dio myKaarma.</translation>
    </message>
    <message>
        <source>Enter the department UUID myKaarma gave you.</source>
        <translation>Introduzca el UUID de departamento que le dio myKaarma.</translation>
    </message>
    <message>
        <source>Enter the API secret (it is kept in the keychain, for this address only).</source>
        <translation>Introduzca el secreto de API (se guarda en el llavero, solo para esta dirección).</translation>
    </message>
    <message>
        <source>Enter the password (it is kept in the keychain, for this address only).</source>
        <translation>Introduzca la contraseña (se guarda en el llavero, solo para esta dirección).</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSiteTester</name>
    <message>
        <source>Unreachable: PayDesk cannot reach %1. Check the address and the network%2.</source>
        <translation>Inaccesible: PayDesk no puede acceder a %1. Compruebe la dirección y la red%2.</translation>
    </message>
    <message>
        <source>TLS: the secure connection to %1 was refused%2. If your company uses its own certificate authority, choose its CA file on the Connection tab.</source>
        <translation>TLS: se rechazó la conexión segura con %1%2. Si su empresa usa su propia autoridad de certificación, elija su archivo CA en la pestaña Conexión.</translation>
    </message>
    <message>
        <source>Bad credentials: %1 refused them (%2).</source>
        <translation>Credenciales incorrectas: %1 las rechazó (%2).</translation>
    </message>
    <message>
        <source>%1 answered, but not like the %2 API. Check the address.</source>
        <translation>%1 respondió, pero no como la API de %2. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 respondió con un error: %2</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>La prueba se interrumpió.</translation>
    </message>
    <message>
        <source>Connected: %1 knows this site as “%2”.</source>
        <translation>Conectado: %1 conoce este centro como «%2».</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation>Conectado: %1 aceptó las credenciales.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSitesForm</name>
    <message>
        <source>%1 site</source>
        <translation>Centro de %1</translation>
    </message>
    <message>
        <source>A&amp;PI key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>&amp;Secreto de API:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secreto de API</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Typed; saved with OK</source>
        <translation>Introducido; se guarda con Aceptar</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Guardado en el llavero; escriba para sustituirlo</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Enter the API secret to test this site.</source>
        <translation>Introduzca el secreto de API para probar este centro.</translation>
    </message>
    <message>
        <source>Enter the password to test this site.</source>
        <translation>Introduzca la contraseña para probar este centro.</translation>
    </message>
    <message>
        <source>The payment providers of this profile besides Keyloop, each site with its own credentials. A site may have several providers.</source>
        <translation>Los proveedores de pago de este perfil además de Keyloop, cada centro con sus propias credenciales. Un centro puede tener varios proveedores.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>&amp;Añadir centro</translation>
    </message>
    <message>
        <source>Remo&amp;ve site</source>
        <translation>&amp;Quitar centro</translation>
    </message>
    <message>
        <source>S&amp;ite (store id):</source>
        <translation>Centro (&amp;ID de sucursal):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>Dea&amp;ler UUID:</source>
        <translation>UUID de conces&amp;ionario:</translation>
    </message>
    <message>
        <source>Departm&amp;ent UUID:</source>
        <translation>UUID de depar&amp;tamento:</translation>
    </message>
    <message>
        <source>As the dealer calls this branch</source>
        <translation>Como el concesionario llama a este centro</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Provider sites</source>
        <translation>Centros de los proveedores</translation>
    </message>
    <message>
        <source>Add a provider site</source>
        <translation>Añadir un centro de un proveedor</translation>
    </message>
    <message>
        <source>Remove this provider site</source>
        <translation>Quitar este centro del proveedor</translation>
    </message>
    <message>
        <source>Test the connection of this site</source>
        <translation>Probar la conexión de este centro</translation>
    </message>
    <message>
        <source>Site (store id)</source>
        <translation>Centro (ID de sucursal)</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>Dealer UUID</source>
        <translation>UUID de concesionario</translation>
    </message>
    <message>
        <source>Department UUID</source>
        <translation>UUID de departamento</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::NewRequestDialog</name>
    <message>
        <source>&amp;Keyloop: payment request (the customer gets a pay link)</source>
        <translation>&amp;Keyloop: solicitud de pago (el cliente recibe un enlace de pago)</translation>
    </message>
    <message>
        <source>&amp;Payment Assist: finance application</source>
        <translation>&amp;Payment Assist: solicitud de financiación</translation>
    </message>
    <message>
        <source>&amp;Democrance: payment link for an insurance policy</source>
        <translation>&amp;Democrance: enlace de pago para una póliza de seguro</translation>
    </message>
    <message>
        <source>&amp;myKaarma: prepayment for a repair order</source>
        <translation>&amp;myKaarma: pago anticipado de una orden de reparación</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Centro:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Which provider?</source>
        <translation>¿Qué proveedor?</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Continue to the provider&apos;s form</source>
        <translation>Continuar al formulario del proveedor</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DemocrancePaymentLinkDialog</name>
    <message>
        <source>Asking Democrance which gateways policy %1 may use…</source>
        <translation>Preguntando a Democrance qué pasarelas puede usar la póliza %1…</translation>
    </message>
    <message>
        <source>No gateways: %1</source>
        <translation>Sin pasarelas: %1</translation>
    </message>
    <message>
        <source>Democrance offers no gateway for policy %1.</source>
        <translation>Democrance no ofrece ninguna pasarela para la póliza %1.</translation>
    </message>
    <message>
        <source>Pick one of the gateways Democrance offers for policy %1.</source>
        <translation>Elija una de las pasarelas que Democrance ofrece para la póliza %1.</translation>
    </message>
    <message>
        <source>Send payment link for policy</source>
        <translation>Enviar enlace de pago de la póliza</translation>
    </message>
    <message>
        <source>Democrance sends the customer a link to pay the policy&apos;s premium through the gateway you pick.</source>
        <translation>Democrance envía al cliente un enlace para pagar la prima de la póliza por la pasarela elegida.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Centro:</translation>
    </message>
    <message>
        <source>&amp;Policy number:</source>
        <translation>Número de &amp;póliza:</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Número de póliza</translation>
    </message>
    <message>
        <source>&amp;Find gateways</source>
        <translation>&amp;Buscar pasarelas</translation>
    </message>
    <message>
        <source>Find the gateways of this policy</source>
        <translation>Buscar las pasarelas de esta póliza</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>Pa&amp;sarela:</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>Pasarela de pago</translation>
    </message>
    <message>
        <source>Democrance may also answer “No payment required” or “Payment to be invoiced” (the invoice gateway): the policy is then issued without a card payment, and PayDesk shows it so.</source>
        <translation>Democrance también puede responder «No payment required» (no se requiere pago) o «Payment to be invoiced» (pago por factura, pasarela invoice): la póliza se emite entonces sin pago con tarjeta, y PayDesk lo muestra así.</translation>
    </message>
    <message>
        <source>&amp;Send link</source>
        <translation>&amp;Enviar enlace</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send the payment link</source>
        <translation>Enviar el enlace de pago</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MyKaarmaPrepaymentDialog</name>
    <message>
        <source>Enter the amount, e.g. %1.</source>
        <translation>Introduzca el importe, por ejemplo %1.</translation>
    </message>
    <message>
        <source>myKaarma adds its card surcharge to what the customer pays; the detail pane shows it once the prepayment is made.</source>
        <translation>myKaarma añade su recargo por tarjeta a lo que paga el cliente; el panel de detalle lo muestra una vez creado el pago anticipado.</translation>
    </message>
    <message>
        <source>Nothing goes to the customer yet: the prepayment is made and its surcharge and fees are shown in the detail pane, from where you send the link.</source>
        <translation>Todavía no se envía nada al cliente: se crea el pago anticipado y su recargo y comisiones se muestran en el panel de detalle, desde donde envía el enlace.</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Pago anticipado</translation>
    </message>
    <message>
        <source>A prepayment for a repair order through myKaarma: the customer pays the amount by the link they get.</source>
        <translation>Un pago anticipado de una orden de reparación a través de myKaarma: el cliente paga el importe con el enlace que recibe.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Centro:</translation>
    </message>
    <message>
        <source>&amp;Repair order:</source>
        <translation>Orden de &amp;reparación:</translation>
    </message>
    <message>
        <source>Repair order number</source>
        <translation>Número de la orden de reparación</translation>
    </message>
    <message>
        <source>&amp;Customer (myKaarma id):</source>
        <translation>&amp;Cliente (ID de myKaarma):</translation>
    </message>
    <message>
        <source>myKaarma customer id</source>
        <translation>ID de cliente de myKaarma</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importe (%1):</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Send the pay link by &amp;text</source>
        <translation>Enviar el enlace de pago por &amp;SMS</translation>
    </message>
    <message>
        <source>Send the pay link by &amp;email</source>
        <translation>Enviar el enlace de pago por c&amp;orreo electrónico</translation>
    </message>
    <message>
        <source>&amp;Make prepayment</source>
        <translation>Crear &amp;pago anticipado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Make the prepayment</source>
        <translation>Crear el pago anticipado</translation>
    </message>
    <message>
        <source>Send the pay link by text</source>
        <translation>Enviar el enlace de pago por SMS</translation>
    </message>
    <message>
        <source>Send the pay link by email</source>
        <translation>Enviar el enlace de pago por correo electrónico</translation>
    </message>
</context>
<context>
    <name>paydesk::DemocranceClient</name>
    <message>
        <source>Democrance sent an answer PayDesk cannot read.</source>
        <translation>Democrance envió una respuesta que PayDesk no puede leer.</translation>
    </message>
    <message>
        <source>Democrance refused the request.</source>
        <translation>Democrance rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Democrance refused the request: %1</source>
        <translation>Democrance rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>Democrance ended the session.</source>
        <translation>Democrance cerró la sesión.</translation>
    </message>
    <message>
        <source>Democrance sent a web page instead of data. Check the Democrance address in the connection settings.</source>
        <translation>Democrance envió una página web en lugar de datos. Compruebe la dirección de Democrance en la configuración de conexión.</translation>
    </message>
    <message>
        <source>No Democrance password is set for this site. Enter it in the connection settings.</source>
        <translation>No hay ninguna contraseña de Democrance definida para este centro. Introdúzcala en la configuración de conexión.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the Democrance password.</source>
        <translation>No se pudo leer el llavero para la contraseña de Democrance.</translation>
    </message>
    <message>
        <source>The Democrance password was saved for another address. Enter it again for %1.</source>
        <translation>La contraseña de Democrance se guardó para otra dirección. Vuelva a introducirla para %1.</translation>
    </message>
    <message>
        <source>Democrance did not accept the user name or password. Check them in the connection settings.</source>
        <translation>Democrance no aceptó el nombre de usuario o la contraseña. Compruébelos en la configuración de conexión.</translation>
    </message>
    <message>
        <source>Democrance refused the new session. Check the user&apos;s access in Democrance.</source>
        <translation>Democrance rechazó la nueva sesión. Compruebe los accesos del usuario en Democrance.</translation>
    </message>
    <message>
        <source>This policy has no payment to show a tax invoice for.</source>
        <translation>Esta póliza no tiene ningún pago del que mostrar una factura fiscal.</translation>
    </message>
    <message>
        <source>This site has no Democrance sign-in. Add it in the connection settings.</source>
        <translation>Este centro no tiene acceso a Democrance. Añádalo en la configuración de conexión.</translation>
    </message>
    <message>
        <source>Democrance does not know this policy.</source>
        <translation>Democrance no conoce esta póliza.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderDetails</name>
    <message>
        <source>Checked with %1: updated.</source>
        <translation>Comprobado con %1: actualizado.</translation>
    </message>
    <message>
        <source>Checked with %1: nothing newer.</source>
        <translation>Comprobado con %1: nada más reciente.</translation>
    </message>
    <message>
        <source>myKaarma sent the payment request again.</source>
        <translation>myKaarma ha vuelto a enviar la solicitud de pago.</translation>
    </message>
    <message>
        <source>myKaarma refused: %1</source>
        <translation>myKaarma lo rechazó: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No payment required: Democrance issues the policy without a payment</source>
        <translation>No se requiere pago: Democrance emite la póliza sin pago</translation>
    </message>
    <message>
        <source>Payment to be invoiced: the policy is issued and the money follows the invoice</source>
        <translation>Pago por factura: la póliza se emite y el dinero llega con la factura</translation>
    </message>
    <message>
        <source>Payment required: the customer pays by the link</source>
        <translation>Pago requerido: el cliente paga con el enlace</translation>
    </message>
    <message>
        <source>⚠ myKaarma marks this payment as suspicious: do not release the vehicle until myKaarma clears it.</source>
        <translation>⚠ myKaarma marca este pago como sospechoso: no entregue el vehículo hasta que myKaarma lo valide.</translation>
    </message>
    <message>
        <source>Surcharge %1, fee %2; the customer pays %3</source>
        <translation>Recargo %1, comisión %2; el cliente paga %3</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>Comprobando con %1…</translation>
    </message>
    <message>
        <source>Asking Democrance for the document…</source>
        <translation>Pidiendo el documento a Democrance…</translation>
    </message>
    <message>
        <source>Democrance sent no document: %1</source>
        <translation>Democrance no envió ningún documento: %1</translation>
    </message>
    <message>
        <source>not a PDF</source>
        <translation>no es un PDF</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Guardar el recibo</translation>
    </message>
    <message>
        <source>Save tax invoice</source>
        <translation>Guardar la factura</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation>No se pudo guardar el documento: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Resend queued — sent as soon as myKaarma answers.</source>
        <translation>Reenvío en cola: se envía en cuanto myKaarma responda.</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Póliza:</translation>
    </message>
    <message>
        <source>Provider status:</source>
        <translation>Estado en el proveedor:</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Pasarela:</translation>
    </message>
    <message>
        <source>Democrance says:</source>
        <translation>Democrance indica:</translation>
    </message>
    <message>
        <source>Payment status:</source>
        <translation>Estado del pago:</translation>
    </message>
    <message>
        <source>Repair order:</source>
        <translation>Orden de reparación:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Pagado:</translation>
    </message>
    <message>
        <source>Paid online:</source>
        <translation>Pagado en línea:</translation>
    </message>
    <message>
        <source>Payment request sent:</source>
        <translation>Solicitud de pago enviada:</translation>
    </message>
    <message>
        <source>Surcharge and fees:</source>
        <translation>Recargo y comisiones:</translation>
    </message>
    <message>
        <source>myKaarma warns:</source>
        <translation>myKaarma advierte:</translation>
    </message>
    <message>
        <source>Check status now</source>
        <translation>Comprobar el estado ahora</translation>
    </message>
    <message>
        <source>Download tax invoice…</source>
        <translation>Descargar la factura…</translation>
    </message>
    <message>
        <source>Download receipt…</source>
        <translation>Descargar el recibo…</translation>
    </message>
    <message>
        <source>Resend payment request</source>
        <translation>Reenviar la solicitud de pago</translation>
    </message>
</context>
</TS>
