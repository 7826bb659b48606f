<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>FieldErrorPresenter</name>
    <message>
        <source>Discard this request?</source>
        <translation>Scartare questa richiesta?</translation>
    </message>
    <message>
        <source>What you typed in this form will be lost.</source>
        <translation>Quanto inserito in questo modulo andrà perso.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start in service-desk kiosk mode: the locked-down, customer-facing self-service screen (staff leave it with the PIN).</source>
        <translation>Avvia in modalità chiosco per l&apos;accettazione: la schermata self-service bloccata per i clienti (il personale esce con il PIN).</translation>
    </message>
    <message>
        <source>Render the dashboard (light and dark), the new-request dialog and the kiosk screens to PNG files in &lt;dir&gt; using demo data, then quit.</source>
        <translation>Salva il pannello (chiaro e scuro), la finestra di nuova richiesta e le schermate del chiosco come file PNG in &lt;dir&gt; con dati dimostrativi, poi esce.</translation>
    </message>
    <message>
        <source>Demo kiosk: the staff PIN is 123456 (hold the top-left corner for 3 seconds, or press Ctrl+Alt+Shift+P).</source>
        <translation>Chiosco demo: il PIN del personale è 123456 (tenere premuto l&apos;angolo in alto a sinistra per 3 secondi o premere Ctrl+Alt+Maiusc+P).</translation>
    </message>
    <message>
        <source>Read a kiosk staff PIN (6 to 12 digits) from standard input and print its hash for the Kiosk/pinHash setting, then quit.</source>
        <translation>Legge dallo standard input un PIN del personale per il chiosco (da 6 a 12 cifre) e ne stampa l&apos;hash per l&apos;impostazione Kiosk/pinHash, poi esce.</translation>
    </message>
    <message>
        <source>A staff PIN has 6 to 12 digits.</source>
        <translation>Un PIN del personale ha da 6 a 12 cifre.</translation>
    </message>
    <message>
        <source>Demo kiosk: try the reference %1 with the surname %2.</source>
        <translation>Chiosco demo: provare il riferimento %1 con il cognome %2.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossibile creare %1</translation>
    </message>
    <message>
        <source>Could not write the screenshots to %1</source>
        <translation>Impossibile scrivere le schermate in %1</translation>
    </message>
    <message>
        <source>Payment manager for car dealerships</source>
        <translation>Gestione dei pagamenti per concessionarie auto</translation>
    </message>
    <message>
        <source>Start the built-in sandbox with demo data and open the dashboard on it.</source>
        <translation>Avvia l&apos;ambiente di prova integrato con dati dimostrativi e apre il pannello su di esso.</translation>
    </message>
    <message>
        <source>Use the connection profile &lt;name&gt;.</source>
        <translation>Usa il profilo di connessione &lt;name&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Service-desk kiosk mode (not available yet).</source>
        <translation>Modalità chiosco per l&apos;accettazione (non ancora disponibile).</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation>Tema colori: system (sistema), light (chiaro) o dark (scuro).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Render the dashboard (light and dark) and the new-request dialog to PNG files in &lt;dir&gt; using demo data, then quit.</source>
        <translation>Salva il pannello (chiaro e scuro) e la finestra di nuova richiesta come file PNG in &lt;dir&gt; con dati dimostrativi, poi esce.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>cartella</translation>
    </message>
    <message>
        <source>Kiosk mode is not available yet. Start PayDesk without --kiosk.</source>
        <translation>La modalità chiosco non è ancora disponibile. Avviare PayDesk senza --kiosk.</translation>
    </message>
    <message>
        <source>PayDesk is already running with the profile “%1”.</source>
        <translation>PayDesk è già in esecuzione con il profilo «%1».</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo.</source>
        <translation>Impossibile creare una cartella temporanea per la demo.</translation>
    </message>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>L&apos;ambiente di prova della demo non si è avviato: %1</translation>
    </message>
    <message>
        <source>This build has no sandbox, so --demo is not available.</source>
        <translation>Questa versione non include l&apos;ambiente di prova, quindi --demo non è disponibile.</translation>
    </message>
</context>
<context>
    <name>paydesk::ApiError</name>
    <message>
        <source>The platform cannot be reached. PayDesk keeps working from its cache and retries.</source>
        <translation>La piattaforma non è raggiungibile. PayDesk continua a lavorare con la cache e riprova.</translation>
    </message>
    <message>
        <source>The platform did not answer in time. PayDesk retries.</source>
        <translation>La piattaforma non ha risposto in tempo. PayDesk riprova.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was not accepted. Check the server address, or trust the company&apos;s CA certificate in the connection settings.</source>
        <translation>Il certificato della piattaforma non è stato accettato. Verificare l&apos;indirizzo del server o considerare attendibile il certificato CA dell&apos;azienda nelle impostazioni di connessione.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate has expired, so PayDesk does not connect. Ask whoever runs the platform to renew it.</source>
        <translation>Il certificato della piattaforma è scaduto, quindi PayDesk non si collega. Chiedere a chi gestisce la piattaforma di rinnovarlo.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not valid yet, so PayDesk does not connect. Check this computer&apos;s date and time.</source>
        <translation>Il certificato della piattaforma non è ancora valido, quindi PayDesk non si collega. Verificare la data e l&apos;ora di questo computer.</translation>
    </message>
    <message>
        <source>The platform sent an answer PayDesk cannot read.</source>
        <translation>La piattaforma ha inviato una risposta che PayDesk non riesce a leggere.</translation>
    </message>
    <message>
        <source>The platform sent a web page instead of data. The server address or the account&apos;s permissions may be wrong.</source>
        <translation>La piattaforma ha inviato una pagina web invece dei dati. L&apos;indirizzo del server o i permessi dell&apos;account potrebbero essere errati.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over %1).</source>
        <translation>La risposta del server era troppo grande (oltre %1).</translation>
    </message>
    <message>
        <source>The platform&apos;s change feed is inconsistent: it does not move forward as it should. PayDesk keeps the cached data, does not store the bad position, and tries again later.</source>
        <translation>Il flusso delle modifiche della piattaforma è incoerente: non avanza come dovrebbe. PayDesk mantiene i dati in cache, non salva la posizione errata e riproverà più tardi.</translation>
    </message>
    <message>
        <source>The platform refused PayDesk&apos;s access token.</source>
        <translation>La piattaforma ha rifiutato il token di accesso di PayDesk.</translation>
    </message>
    <message>
        <source>Sign-in failed: the platform did not accept the client id or secret. Check them in the connection settings.</source>
        <translation>Accesso non riuscito: la piattaforma non ha accettato l&apos;ID client o il segreto. Verificarli nelle impostazioni di connessione.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La richiesta è stata interrotta.</translation>
    </message>
    <message>
        <source>The platform rejected the request.</source>
        <translation>La piattaforma ha respinto la richiesta.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>Questo account non è autorizzato a farlo.</translation>
    </message>
    <message>
        <source>The platform does not know this payment or store.</source>
        <translation>La piattaforma non conosce questo pagamento o questa filiale.</translation>
    </message>
    <message>
        <source>The platform is still processing the same request.</source>
        <translation>La piattaforma sta ancora elaborando la stessa richiesta.</translation>
    </message>
    <message>
        <source>The platform asked PayDesk to slow down.</source>
        <translation>La piattaforma ha chiesto a PayDesk di rallentare.</translation>
    </message>
    <message>
        <source>The platform had a problem (HTTP %1). PayDesk retries.</source>
        <translation>La piattaforma ha avuto un problema (HTTP %1). PayDesk riprova.</translation>
    </message>
    <message>
        <source>The platform answered with HTTP %1.</source>
        <translation>La piattaforma ha risposto con HTTP %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sign-in failed: no client secret is stored for this connection. Enter it in the connection settings.</source>
        <translation>Accesso non riuscito: per questa connessione non è memorizzato alcun segreto client. Inserirlo nelle impostazioni di connessione.</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed for the demo or a local test platform on this computer. Use an https:// address for the platform.</source>
        <translation>L&apos;HTTP non cifrato è consentito solo per la demo o per una piattaforma di prova locale su questo computer. Usare un indirizzo https:// per la piattaforma.</translation>
    </message>
    <message>
        <source>Sign-in failed: the stored client secret was entered for another platform address. Enter it again in the connection settings.</source>
        <translation>Accesso non riuscito: il segreto client memorizzato è stato inserito per un altro indirizzo della piattaforma. Inserirlo di nuovo nelle impostazioni di connessione.</translation>
    </message>
</context>
<context>
    <name>paydesk::ConnectionProfile</name>
    <message>
        <source>Enter the platform&apos;s address, e.g. https://api.example.com.</source>
        <translation>Inserire l&apos;indirizzo della piattaforma, ad es. https://api.example.com.</translation>
    </message>
    <message>
        <source>Enter the enterprise id.</source>
        <translation>Inserire l&apos;ID dell&apos;azienda.</translation>
    </message>
    <message>
        <source>Enter at least one store id.</source>
        <translation>Inserire almeno un ID filiale.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Inserire l&apos;ID client.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read as PEM certificates.</source>
        <translation>Il file del certificato CA non può essere letto come certificati PEM.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (localhost, 127.0.0.1); use https:// for any other address.</source>
        <translation>L&apos;http:// non cifrato è consentito solo verso questo computer (localhost, 127.0.0.1); usare https:// per qualsiasi altro indirizzo.</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is only for a local test platform on this computer: tick “Local test platform”.</source>
        <translation>L&apos;indirizzo deve iniziare con https://. L&apos;http:// non cifrato è solo per una piattaforma di prova locale su questo computer: selezionare «Piattaforma di prova locale».</translation>
    </message>
</context>
<context>
    <name>paydesk::ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Polling — live updates reconnecting</source>
        <translation>Interrogazione periodica — riconnessione degli aggiornamenti in tempo reale</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline da %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <source>%1 — 1 action queued</source>
        <translation>%1 — 1 azione in coda</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n actions queued</source>
        <translation>
            <numerusform>%1 — %n azione in coda</numerusform>
            <numerusform>%1 — %n azioni in coda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::MemorySecretStore</name>
    <message>
        <source>Secrets are kept in memory for this session only.</source>
        <translation>I segreti sono conservati in memoria solo per questa sessione.</translation>
    </message>
</context>
<context>
    <name>paydesk::Money</name>
    <message>
        <source>“%1” is not a currency PayDesk knows.</source>
        <translation>«%1» non è una valuta nota a PayDesk.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Inserire un importo.</translation>
    </message>
    <message>
        <source>The amount must be a number.</source>
        <translation>L&apos;importo deve essere un numero.</translation>
    </message>
    <message>
        <source>The amount must be a number such as 249.99.</source>
        <translation>L&apos;importo deve essere un numero come 249,99.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>L&apos;importo è troppo alto.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation>Gli importi in %1 non hanno decimali.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>Gli importi in %1 hanno al massimo %2 decimali.</translation>
    </message>
    <message>
        <source>The amount is too large to be exact.</source>
        <translation>L&apos;importo è troppo alto per essere esatto.</translation>
    </message>
</context>
<context>
    <name>paydesk::Payment</name>
    <message>
        <source>Awaiting payment — do not release</source>
        <translation>Pagamento in attesa — non consegnare</translation>
    </message>
    <message>
        <source>Paid, awaiting funds clearance — do not release yet</source>
        <translation>Pagato, accredito dei fondi in attesa — non consegnare ancora</translation>
    </message>
    <message>
        <source>Funds cleared — safe to release</source>
        <translation>Fondi accreditati — consegna possibile</translation>
    </message>
    <message>
        <source>Payment failed — do not release</source>
        <translation>Pagamento non riuscito — non consegnare</translation>
    </message>
    <message>
        <source>Cancelled — paid another way or withdrawn</source>
        <translation>Annullato — pagato in altro modo o ritirato</translation>
    </message>
    <message>
        <source>Expired unpaid — do not release</source>
        <translation>Scaduto senza pagamento — non consegnare</translation>
    </message>
    <message>
        <source>Refunded — do not release</source>
        <translation>Rimborsato — non consegnare</translation>
    </message>
    <message>
        <source>Status unknown — check with the platform before releasing</source>
        <translation>Stato sconosciuto — verificare con la piattaforma prima della consegna</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentJson</name>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Manca il campo «%1».</translation>
    </message>
    <message>
        <source>The field “%1” has the wrong type.</source>
        <translation>Il campo «%1» è di tipo errato.</translation>
    </message>
    <message>
        <source>The field “%1” is longer than %2 characters.</source>
        <translation>Il campo «%1» supera i %2 caratteri.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentReference</name>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>Ordine di lavoro</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Vendita veicolo</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polizza</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentStatus</name>
    <message>
        <source>Initiated</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notificato</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Visualizzato</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorizzato</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Rimborsato in parte</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Rimborsato</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Sconosciuto (%1)</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentStore</name>
    <message>
        <source>The local cache is damaged; PayDesk will rebuild it from the platform at the next start.</source>
        <translation>La cache locale è danneggiata; PayDesk la ricostruirà dalla piattaforma al prossimo avvio.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It was set aside (%1) and a fresh cache was started; payments will be downloaded again from the server.</source>
        <translation>La cache locale era danneggiata. È stata messa da parte (%1) ed è stata creata una nuova cache; i pagamenti verranno scaricati di nuovo dal server.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentValidator</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Inserire il nome del cliente.</translation>
    </message>
    <message>
        <source>Do not enter card numbers here. PayDesk keeps at most the last four digits, e.g. “card ending 1111”.</source>
        <translation>Non inserire qui numeri di carta. PayDesk conserva al massimo le ultime quattro cifre, ad es. «carta che termina con 1111».</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Usare al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>Enter an email address to send the pay link by email.</source>
        <translation>Inserire un indirizzo e-mail per inviare il link di pagamento via e-mail.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>«%1» non è un indirizzo e-mail valido.</translation>
    </message>
    <message>
        <source>Enter a mobile number to send the pay link by SMS.</source>
        <translation>Inserire un numero di cellulare per inviare il link di pagamento via SMS.</translation>
    </message>
    <message>
        <source>Enter the number in international form, e.g. +44 7700 900123.</source>
        <translation>Inserire il numero in formato internazionale, ad es. +39 312 345 6789.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Scegliere una valuta.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>L&apos;importo deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>Choose email, SMS or both.</source>
        <translation>Scegliere e-mail, SMS o entrambi.</translation>
    </message>
    <message>
        <source>Enter the invoice, repair order or deal number.</source>
        <translation>Inserire il numero di fattura, di ordine di lavoro o di vendita.</translation>
    </message>
    <message>
        <source>Choose invoice, repair order or deal.</source>
        <translation>Scegliere fattura, ordine di lavoro o vendita veicolo.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>La scadenza deve essere nel futuro.</translation>
    </message>
    <message>
        <source>Choose the site this payment is for.</source>
        <translation>Scegliere la sede a cui si riferisce questo pagamento.</translation>
    </message>
    <message>
        <source>Say why the request is cancelled, e.g. paid in cash.</source>
        <translation>Indicare perché la richiesta viene annullata, ad es. pagato in contanti.</translation>
    </message>
    <message>
        <source>Choose a payment.</source>
        <translation>Scegliere un pagamento.</translation>
    </message>
</context>
<context>
    <name>paydesk::SecretError</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>Nessun portachiavi di sistema disponibile.</translation>
    </message>
    <message>
        <source>The system keychain refused access. It may be locked.</source>
        <translation>Il portachiavi di sistema ha negato l&apos;accesso. Potrebbe essere bloccato.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Il portachiavi di sistema non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Il portachiavi di sistema ha segnalato un errore.</translation>
    </message>
</context>
<context>
    <name>paydesk::SessionSecretStore</name>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Verifica del portachiavi di sistema…</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked): secrets are kept in memory for this session only and you will need to enter them again next time.</source>
        <translation>Il portachiavi di sistema ha negato l&apos;accesso (potrebbe essere bloccato): i segreti sono conservati in memoria solo per questa sessione e andranno inseriti di nuovo la prossima volta.</translation>
    </message>
    <message>
        <source>No system keychain is available: secrets are kept in memory for this session only and you will need to enter them again next time.</source>
        <translation>Nessun portachiavi di sistema disponibile: i segreti sono conservati in memoria solo per questa sessione e andranno inseriti di nuovo la prossima volta.</translation>
    </message>
</context>
<context>
    <name>paydesk::StatusChange</name>
    <message>
        <source>Dealer</source>
        <translation>Concessionario</translation>
    </message>
    <message>
        <source>Payment partner</source>
        <translation>Partner di pagamento</translation>
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
        <translation>Sconosciuto</translation>
    </message>
</context>
<context>
    <name>paydesk::StoreError</name>
    <message>
        <source>The local cache was written by a newer version of PayDesk (format %1; this version reads up to %2). It was left untouched. Please update PayDesk.</source>
        <translation>La cache locale è stata scritta da una versione più recente di PayDesk (formato %1; questa versione legge fino al %2). Non è stata modificata. Aggiornare PayDesk.</translation>
    </message>
    <message>
        <source>The local cache could not be opened.</source>
        <translation>Impossibile aprire la cache locale.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of PayDesk and was left untouched.</source>
        <translation>La cache locale è stata scritta da una versione più recente di PayDesk e non è stata modificata.</translation>
    </message>
    <message>
        <source>The local cache is damaged.</source>
        <translation>La cache locale è danneggiata.</translation>
    </message>
    <message>
        <source>The local cache could not be upgraded; it was left unchanged.</source>
        <translation>Impossibile aggiornare la cache locale; non è stata modificata.</translation>
    </message>
    <message>
        <source>The local cache is busy; please try again.</source>
        <translation>La cache locale è occupata; riprovare.</translation>
    </message>
    <message>
        <source>The item is not in the local cache.</source>
        <translation>L&apos;elemento non è nella cache locale.</translation>
    </message>
    <message>
        <source>The request to the local cache was invalid.</source>
        <translation>La richiesta alla cache locale non era valida.</translation>
    </message>
    <message>
        <source>The local cache reported an error.</source>
        <translation>La cache locale ha segnalato un errore.</translation>
    </message>
</context>
<context>
    <name>paydesk::TrustedCaStore</name>
    <message>
        <source>The CA certificate file cannot be read as PEM certificates.</source>
        <translation>Il file del certificato CA non può essere letto come certificati PEM.</translation>
    </message>
    <message>
        <source>PayDesk cannot create its folder for trusted certificates (%1).</source>
        <translation>PayDesk non riesce a creare la cartella dei certificati attendibili (%1).</translation>
    </message>
    <message>
        <source>PayDesk cannot keep a copy of the CA certificate: %1</source>
        <translation>PayDesk non riesce a conservare una copia del certificato CA: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ActionMessageBar</name>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recent (%1)</source>
        <translation>Recenti (%1)</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>Your actions</source>
        <translation>Le mie azioni</translation>
    </message>
    <message>
        <source>Outcome of your last action</source>
        <translation>Esito dell&apos;ultima azione</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Select this payment in the table, clearing filters that hide it</source>
        <translation>Seleziona questo pagamento nella tabella, azzerando i filtri che lo nascondono</translation>
    </message>
    <message>
        <source>Recent actions</source>
        <translation>Azioni recenti</translation>
    </message>
    <message>
        <source>Your recent actions and what the platform answered</source>
        <translation>Le azioni recenti e le risposte della piattaforma</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Dismiss this message (it stays under Recent)</source>
        <translation>Chiudi questo messaggio (resta in Recenti)</translation>
    </message>
    <message>
        <source>Sent to %1 — confirmed by the platform</source>
        <translation>Inviata a %1 — confermata dalla piattaforma</translation>
    </message>
    <message>
        <source>Cancelled: %1 — confirmed by the platform</source>
        <translation>Annullata: %1 — confermata dalla piattaforma</translation>
    </message>
    <message>
        <source>Notification resent to %1 — confirmed by the platform</source>
        <translation>Notifica reinviata a %1 — confermata dalla piattaforma</translation>
    </message>
    <message>
        <source>%1 — confirmed by the platform</source>
        <translation>%1 — confermato dalla piattaforma</translation>
    </message>
    <message>
        <source>Your new payment request was confirmed by the platform</source>
        <translation>La piattaforma ha confermato la nuova richiesta di pagamento</translation>
    </message>
    <message>
        <source>Your cancellation was confirmed by the platform</source>
        <translation>La piattaforma ha confermato l&apos;annullamento</translation>
    </message>
    <message>
        <source>Your notification resend was confirmed by the platform</source>
        <translation>La piattaforma ha confermato il reinvio della notifica</translation>
    </message>
    <message>
        <source>The platform confirmed your action</source>
        <translation>La piattaforma ha confermato l&apos;azione</translation>
    </message>
    <message>
        <source>Not sent: the request for %1 — the platform refused: %2</source>
        <translation>Non inviata: la richiesta per %1 — la piattaforma ha rifiutato: %2</translation>
    </message>
    <message>
        <source>Not cancelled: %1 — the platform refused: %2</source>
        <translation>Non annullata: %1 — la piattaforma ha rifiutato: %2</translation>
    </message>
    <message>
        <source>Not resent: %1 — the platform refused: %2</source>
        <translation>Non reinviata: %1 — la piattaforma ha rifiutato: %2</translation>
    </message>
    <message>
        <source>%1 — the platform refused: %2</source>
        <translation>%1 — la piattaforma ha rifiutato: %2</translation>
    </message>
    <message>
        <source>Your new payment request was refused by the platform: %1</source>
        <translation>La piattaforma ha rifiutato la nuova richiesta di pagamento: %1</translation>
    </message>
    <message>
        <source>Your cancellation was refused by the platform: %1</source>
        <translation>La piattaforma ha rifiutato l&apos;annullamento: %1</translation>
    </message>
    <message>
        <source>Your notification resend was refused by the platform: %1</source>
        <translation>La piattaforma ha rifiutato il reinvio della notifica: %1</translation>
    </message>
    <message>
        <source>The platform refused your action: %1</source>
        <translation>La piattaforma ha rifiutato l&apos;azione: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CancelDialog</name>
    <message>
        <source>Cancel payment request</source>
        <translation>Annulla richiesta di pagamento</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>The customer&apos;s pay link stops working at once. This cannot be undone; to take the payment later, raise a new request.</source>
        <translation>Il link di pagamento del cliente smette subito di funzionare. L&apos;operazione è irreversibile; per incassare in seguito, creare una nuova richiesta.</translation>
    </message>
    <message>
        <source>This payment is %1 and can no longer be cancelled.</source>
        <translation>Questo pagamento è «%1» e non può più essere annullato.</translation>
    </message>
    <message>
        <source>Warning: this payment is already paid. It can no longer be cancelled; if the money must go back, refund it with the payment partner.</source>
        <translation>Attenzione: questo pagamento è già stato saldato. Non può più essere annullato; se il denaro va restituito, rimborsarlo tramite il partner di pagamento.</translation>
    </message>
    <message>
        <source>Warning: the customer is paying right now (%1). Cancelling stops the pay link and may interrupt their payment. Check with the customer before you cancel.</source>
        <translation>Attenzione: il cliente sta pagando proprio ora (%1). L&apos;annullamento disattiva il link di pagamento e può interrompere il pagamento. Verificare con il cliente prima di annullare.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motivo dell&apos;annullamento</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Scegliere o digitare un motivo</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Pagato in contanti</translation>
    </message>
    <message>
        <source>Paid by card at the desk</source>
        <translation>Pagato con carta allo sportello</translation>
    </message>
    <message>
        <source>Paid by bank transfer</source>
        <translation>Pagato con bonifico</translation>
    </message>
    <message>
        <source>Wrong amount or details; a new request follows</source>
        <translation>Importo o dati errati; seguirà una nuova richiesta</translation>
    </message>
    <message>
        <source>The customer no longer wants to pay</source>
        <translation>Il cliente non vuole più pagare</translation>
    </message>
    <message>
        <source>Reason problem</source>
        <translation>Problema con il motivo</translation>
    </message>
    <message>
        <source>I &amp;understand that the customer can no longer pay with this link</source>
        <translation>&amp;Capisco che il cliente non potrà più pagare con questo link</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>Confermare l&apos;annullamento</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problema con la conferma</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annulla richiesta</translation>
    </message>
    <message>
        <source>Cancel the payment request</source>
        <translation>Annullare la richiesta di pagamento</translation>
    </message>
    <message>
        <source>Keep request</source>
        <translation>Mantieni richiesta</translation>
    </message>
    <message>
        <source>Keep the payment request</source>
        <translation>Mantenere la richiesta di pagamento</translation>
    </message>
    <message>
        <source>Tick the box to confirm the cancellation.</source>
        <translation>Selezionare la casella per confermare l&apos;annullamento.</translation>
    </message>
    <message>
        <source>This payment can no longer be cancelled.</source>
        <translation>Questo pagamento non può più essere annullato.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionIndicator</name>
    <message>
        <source>Connection: %1</source>
        <translation>Connessione: %1</translation>
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
        <translation>Certificato CA attendibile</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificati PEM (*.pem *.crt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>No&amp;me del profilo:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome del profilo</translation>
    </message>
    <message>
        <source>e.g. Head office</source>
        <translation>ad es. Sede centrale</translation>
    </message>
    <message>
        <source>Platform &amp;URL:</source>
        <translation>&amp;URL della piattaforma:</translation>
    </message>
    <message>
        <source>Platform URL</source>
        <translation>URL della piattaforma</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>Local test platform on t&amp;his computer (allows plain http://)</source>
        <translation>Piattaforma di prova &amp;locale su questo computer (consente http:// non cifrato)</translation>
    </message>
    <message>
        <source>Local test platform</source>
        <translation>Piattaforma di prova locale</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>&amp;Azienda:</translation>
    </message>
    <message>
        <source>Enterprise id</source>
        <translation>ID dell&apos;azienda</translation>
    </message>
    <message>
        <source>e.g. E100234</source>
        <translation>ad es. E100234</translation>
    </message>
    <message>
        <source>&amp;Stores:</source>
        <translation>&amp;Filiali:</translation>
    </message>
    <message>
        <source>Store ids</source>
        <translation>ID filiali</translation>
    </message>
    <message>
        <source>Store ids, separated by commas</source>
        <translation>ID filiali, separati da virgole</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;ID client:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Segre&amp;to client:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Segreto client</translation>
    </message>
    <message>
        <source>Trusted &amp;CA:</source>
        <translation>&amp;CA attendibile:</translation>
    </message>
    <message>
        <source>Trusted CA certificate file</source>
        <translation>File del certificato CA attendibile</translation>
    </message>
    <message>
        <source>Optional: a PEM file with your company&apos;s CA</source>
        <translation>Facoltativo: un file PEM con la CA dell&apos;azienda</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Sf&amp;oglia…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Scegliere il file del certificato CA</translation>
    </message>
    <message>
        <source>Fingerprint of the trusted CA</source>
        <translation>Impronta della CA attendibile</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>Pro&amp;va connessione</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Prova connessione</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Esito della prova di connessione</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Problema con il nome del profilo</translation>
    </message>
    <message>
        <source>Platform URL problem</source>
        <translation>Problema con l&apos;URL della piattaforma</translation>
    </message>
    <message>
        <source>Enterprise problem</source>
        <translation>Problema con l&apos;azienda</translation>
    </message>
    <message>
        <source>Stores problem</source>
        <translation>Problema con le filiali</translation>
    </message>
    <message>
        <source>Client id problem</source>
        <translation>Problema con l&apos;ID client</translation>
    </message>
    <message>
        <source>Client secret problem</source>
        <translation>Problema con il segreto client</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Problema con il file CA</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Impronta SHA-256: %1</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Assegnare un nome al profilo.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Inserire il segreto client.</translation>
    </message>
    <message>
        <source>Testing… signing in and reading each store.</source>
        <translation>Prova in corso… accesso e lettura di ogni filiale.</translation>
    </message>
    <message>
        <source>Fill in the marked fields first.</source>
        <translation>Compilare prima i campi evidenziati.</translation>
    </message>
    <message>
        <source>The platform address changed: type the client secret again to use it with the new address.</source>
        <translation>L&apos;indirizzo della piattaforma è cambiato: digitare di nuovo il segreto client per usarlo con il nuovo indirizzo.</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>Impossibile memorizzare il segreto nel portachiavi: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionTester</name>
    <message numerus="yes">
        <source>Connected: signed in and read the payments of %n store(s).</source>
        <translation>
            <numerusform>Connesso: accesso effettuato e pagamenti di %n filiale letti.</numerusform>
            <numerusform>Connesso: accesso effettuato e pagamenti di %n filiali letti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreachable: PayDesk cannot reach %1. Check the address and the network%2.</source>
        <translation>Non raggiungibile: PayDesk non riesce a raggiungere %1. Verificare l&apos;indirizzo e la rete%2.</translation>
    </message>
    <message>
        <source>TLS: the secure connection to %1 was refused%2. If your company uses its own certificate authority, choose its CA file.</source>
        <translation>TLS: la connessione sicura a %1 è stata rifiutata%2. Se l&apos;azienda usa una propria autorità di certificazione, sceglierne il file CA.</translation>
    </message>
    <message>
        <source>Bad credentials: the platform refused the client id or the client secret.</source>
        <translation>Credenziali errate: la piattaforma ha rifiutato l&apos;ID client o il segreto client.</translation>
    </message>
    <message>
        <source>%1 answered, but not like the payments platform. Check the platform URL.</source>
        <translation>%1 ha risposto, ma non come la piattaforma dei pagamenti. Verificare l&apos;URL della piattaforma.</translation>
    </message>
    <message>
        <source>%1 answered, but has no sign-in there. Check the platform URL.</source>
        <translation>%1 ha risposto, ma lì non offre l&apos;accesso. Verificare l&apos;URL della piattaforma.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Accesso non riuscito: %1</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>La prova è stata interrotta.</translation>
    </message>
    <message>
        <source>No such store: “%1” was not found in enterprise “%2”.</source>
        <translation>Filiale inesistente: «%1» non è stata trovata nell&apos;azienda «%2».</translation>
    </message>
    <message>
        <source>Not allowed: this client may not read store “%1”.</source>
        <translation>Non consentito: questo client non può leggere la filiale «%1».</translation>
    </message>
    <message>
        <source>Reading store “%1” failed: %2</source>
        <translation>Lettura della filiale «%1» non riuscita: %2</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CsvExporter</name>
    <message>
        <source>Funds cleared</source>
        <translation>Fondi accreditati</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reference type</source>
        <translation>Tipo di riferimento</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Riferimento del fornitore</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Circuito della carta</translation>
    </message>
    <message>
        <source>Card last 4</source>
        <translation>Ultime 4 cifre della carta</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>Riferimento della transazione</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Impossibile scrivere il file: %1</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>Impossibile aprire %1 in scrittura: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message>
        <source>The payments could not be read: %1</source>
        <translation>Impossibile leggere i pagamenti: %1</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motivo del mancato pagamento</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CustomerContactFields</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nome del cliente</translation>
    </message>
    <message>
        <source>As on the invoice</source>
        <translation>Come in fattura</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-mail del cliente</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Cellulare:</translation>
    </message>
    <message>
        <source>Customer mobile number</source>
        <translation>Numero di cellulare del cliente</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+39 312 345 6789</translation>
    </message>
    <message>
        <source>Send link by:</source>
        <translation>Invia link tramite:</translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation>E-mai&amp;l</translation>
    </message>
    <message>
        <source>Send the pay link by email</source>
        <translation>Inviare il link di pagamento via e-mail</translation>
    </message>
    <message>
        <source>SM&amp;S</source>
        <translation>SM&amp;S</translation>
    </message>
    <message>
        <source>Send the pay link by SMS</source>
        <translation>Inviare il link di pagamento via SMS</translation>
    </message>
    <message>
        <source>Customer name problem</source>
        <translation>Problema con il nome del cliente</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Problema con l&apos;e-mail</translation>
    </message>
    <message>
        <source>Mobile number problem</source>
        <translation>Problema con il numero di cellulare</translation>
    </message>
    <message>
        <source>Channel problem</source>
        <translation>Problema con il canale di invio</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FieldErrorPresenter</name>
    <message>
        <source>Problem with the request</source>
        <translation>Problema con la richiesta</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FilterBar</name>
    <message>
        <source>Search cut to its first %1 characters; the rest was left out. %2</source>
        <translation>Ricerca tagliata ai primi %1 caratteri; il resto è stato tralasciato. %2</translation>
    </message>
    <message>
        <source>Cleared / safe to release</source>
        <translation>Accreditato / consegna possibile</translation>
    </message>
    <message>
        <source>Paid, and the platform reports the funds cleared</source>
        <translation>Pagato, e la piattaforma segnala i fondi accreditati</translation>
    </message>
    <message>
        <source>Awaiting clearance</source>
        <translation>Accredito in attesa</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Ce&amp;rca:</translation>
    </message>
    <message>
        <source>Name, email, phone, reference, last 4 or amount</source>
        <translation>Nome, e-mail, telefono, riferimento, ultime 4 cifre o importo</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Cerca pagamenti</translation>
    </message>
    <message>
        <source>Matches name, email, phone, reference, card last 4 and amount as you type (Ctrl+F)</source>
        <translation>Cerca durante la digitazione in nome, e-mail, telefono, riferimento, ultime 4 cifre della carta e importo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Open requests only</source>
        <translation>Solo richieste aperte</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro stato</translation>
    </message>
    <message>
        <source>Show only payments in these statuses</source>
        <translation>Mostra solo i pagamenti in questi stati</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last update within this range</source>
        <translation>Ultimo aggiornamento in questo periodo</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data iniziale</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data finale</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tutte le filiali</translation>
    </message>
    <message>
        <source>Store filter</source>
        <translation>Filtro filiale</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tutti i fornitori</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Filtro fornitore</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Importo minimo</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Importo massimo</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Qualsiasi valuta</translation>
    </message>
    <message>
        <source>Currency filter</source>
        <translation>Filtro valuta</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Viste salvate</translation>
    </message>
    <message>
        <source>Apply a saved view</source>
        <translation>Applica una vista salvata</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Salva vista…</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>Salva il filtro attuale come vista</translation>
    </message>
    <message>
        <source>Manage views</source>
        <translation>Gestisci viste</translation>
    </message>
    <message>
        <source>Manage saved views</source>
        <translation>Gestisci le viste salvate</translation>
    </message>
    <message>
        <source>Rename view…</source>
        <translation>Rinomina vista…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Elimina vista</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Azzera &amp;filtri</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Azzera tutti i filtri</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>Filtro attuale</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation>Non è un importo</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Richieste aperte</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n stato</numerusform>
            <numerusform>%n stati</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <source>Showing all payments</source>
        <translation>Visualizzazione di tutti i pagamenti</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Filtrato per %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saved views…</source>
        <translation>Viste salvate…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Salva vista</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nome della vista:</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Rinomina vista</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <source>A view called “%1” already exists.</source>
        <translation>Esiste già una vista denominata «%1».</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 pagamento</translation>
    </message>
    <message numerus="yes">
        <source>%n payments</source>
        <translation>
            <numerusform>%n pagamento</numerusform>
            <numerusform>%n pagamenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ payments</source>
        <translation>
            <numerusform>%Ln+ pagamento</numerusform>
            <numerusform>%Ln+ pagamenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FirstRunDialog</name>
    <message>
        <source>Connect PayDesk</source>
        <translation>Connetti PayDesk</translation>
    </message>
    <message>
        <source>Welcome to PayDesk</source>
        <translation>Benvenuti in PayDesk</translation>
    </message>
    <message>
        <source>Connect PayDesk to your payments platform. Your administrator or the platform&apos;s developer portal has these details. The client secret is kept in the system keychain, never in a file.</source>
        <translation>Collegare PayDesk alla piattaforma dei pagamenti. Questi dati sono forniti dall&apos;amministratore o dal portale sviluppatori della piattaforma. Il segreto client è conservato nel portachiavi di sistema, mai in un file.</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Salva e connetti</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::InitiateDialog</name>
    <message>
        <source>Too long: at most %1 characters. Anything beyond that was left out, so check the end of the text.</source>
        <translation>Troppo lungo: al massimo %1 caratteri. Tutto ciò che andava oltre è stato tralasciato, quindi controlli la fine del testo.</translation>
    </message>
    <message>
        <source>New payment request</source>
        <translation>Nuova richiesta di pagamento</translation>
    </message>
    <message>
        <source>The customer receives a link to pay online. PayDesk queues the request and sends it as soon as the platform can be reached.</source>
        <translation>Il cliente riceve un link per pagare online. PayDesk mette la richiesta in coda e la invia appena la piattaforma è raggiungibile.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>Se&amp;de:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Riferimento:</translation>
    </message>
    <message>
        <source>Reference type</source>
        <translation>Tipo di riferimento</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Numero di riferimento</translation>
    </message>
    <message>
        <source>Number in the DMS</source>
        <translation>Numero nel DMS</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;zione:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Shown to the customer, e.g. “Service and MOT”</source>
        <translation>Visibile al cliente, ad es. «Tagliando e revisione»</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Sc&amp;ade il:</translation>
    </message>
    <message>
        <source>The pay link expires</source>
        <translation>Il link di pagamento scade</translation>
    </message>
    <message>
        <source>Untick to use the platform&apos;s default expiry.</source>
        <translation>Deselezionare per usare la scadenza predefinita della piattaforma.</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Data e ora di scadenza</translation>
    </message>
    <message>
        <source>Send pay link</source>
        <translation>Invia link di pagamento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Site problem</source>
        <translation>Problema con la sede</translation>
    </message>
    <message>
        <source>Reference problem</source>
        <translation>Problema con il riferimento</translation>
    </message>
    <message>
        <source>Description problem</source>
        <translation>Problema con la descrizione</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problema con l&apos;importo</translation>
    </message>
    <message>
        <source>Expiry problem</source>
        <translation>Problema con la scadenza</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KpiStrip</name>
    <message>
        <source>Open requests</source>
        <translation>Richieste aperte</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>in attesa del cliente</translation>
    </message>
    <message>
        <source>Paid today</source>
        <translation>Pagato oggi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>customer may try again</source>
        <translation>il cliente può riprovare</translation>
    </message>
    <message>
        <source>Awaiting clearance</source>
        <translation>Accredito in attesa</translation>
    </message>
    <message>
        <source>paid — do not release yet</source>
        <translation>pagato — non consegnare ancora</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Azioni in coda</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>tutto inviato</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>in attesa di invio</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 pagamento</translation>
    </message>
    <message numerus="yes">
        <source>%n payments</source>
        <translation>
            <numerusform>%n pagamento</numerusform>
            <numerusform>%n pagamenti</numerusform>
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
        <translation>%1 — fare clic per mostrare questi pagamenti</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MainWindow</name>
    <message>
        <source>Lower amount</source>
        <translation>Riduci importo</translation>
    </message>
    <message>
        <source>Upload invoice</source>
        <translation>Carica fattura</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Incassa</translation>
    </message>
    <message>
        <source>New &amp;finance application…</source>
        <translation>Nuova richiesta di &amp;finanziamento…</translation>
    </message>
    <message>
        <source>Begin a Payment Assist finance application; the customer gets a link to apply</source>
        <translation>Avviare una richiesta di finanziamento Payment Assist; il cliente riceve un link per fare richiesta</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connesso.</translation>
    </message>
    <message>
        <source>Finance application for %1 queued — the customer gets the link as soon as Payment Assist answers</source>
        <translation>Richiesta di finanziamento di %1 in coda — il cliente riceve il link appena Payment Assist risponde</translation>
    </message>
    <message>
        <source>Show to c&amp;ustomer</source>
        <translation>Mo&amp;stra al cliente</translation>
    </message>
    <message>
        <source>Show the selected payment&apos;s QR code and live status on a customer-facing screen</source>
        <translation>Mostra il codice QR e lo stato in tempo reale del pagamento selezionato su uno schermo rivolto al cliente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read the cache: %1</source>
        <translation>Impossibile leggere la cache: %1</translation>
    </message>
    <message>
        <source>About PayDesk</source>
        <translation>Informazioni su PayDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;PayDesk %1&lt;/b&gt;&lt;p&gt;Payment requests for car dealerships: see every request, act on it, and know when funds have cleared before releasing a vehicle.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PayDesk %1&lt;/b&gt;&lt;p&gt;Richieste di pagamento per concessionarie auto: ogni richiesta sotto controllo, azioni immediate e la certezza dell&apos;accredito dei fondi prima di consegnare un veicolo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pay link copied to the clipboard</source>
        <translation>Link di pagamento copiato negli appunti</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n nuovo — mostra</numerusform>
            <numerusform>%n nuovi — mostra</numerusform>
        </translation>
    </message>
    <message>
        <source>List changed — update</source>
        <translation>Elenco modificato — aggiorna</translation>
    </message>
    <message>
        <source>Payments arrived or changed while you were working in the list. They are shown when you click here or leave the list.</source>
        <translation>Alcuni pagamenti sono arrivati o cambiati mentre si lavorava nell&apos;elenco. Vengono mostrati facendo clic qui o uscendo dall&apos;elenco.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nuova richiesta…</translation>
    </message>
    <message>
        <source>Raise a new payment request; the customer gets a pay link</source>
        <translation>Crea una nuova richiesta di pagamento; il cliente riceve un link di pagamento</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>&amp;Annulla richiesta…</translation>
    </message>
    <message>
        <source>Cancel the selected open request</source>
        <translation>Annulla la richiesta aperta selezionata</translation>
    </message>
    <message>
        <source>&amp;Resend notification…</source>
        <translation>&amp;Reinvia notifica…</translation>
    </message>
    <message>
        <source>Send the pay link again, optionally with corrected details</source>
        <translation>Invia di nuovo il link di pagamento, eventualmente con dati corretti</translation>
    </message>
    <message>
        <source>Copy pay &amp;link</source>
        <translation>Copia &amp;link di pagamento</translation>
    </message>
    <message>
        <source>Copy the selected payment&apos;s pay link</source>
        <translation>Copia il link di pagamento del pagamento selezionato</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the payments in the current view to a CSV file</source>
        <translation>Esporta i pagamenti della vista attuale in un file CSV</translation>
    </message>
    <message>
        <source>Receipt &amp;PDF…</source>
        <translation>Ricevuta &amp;PDF…</translation>
    </message>
    <message>
        <source>Save a receipt for the selected paid payment as PDF</source>
        <translation>Salva in PDF una ricevuta del pagamento saldato selezionato</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Impo&amp;stazioni…</translation>
    </message>
    <message>
        <source>Connection, credentials, stores, language, theme and notifications</source>
        <translation>Connessione, credenziali, filiali, lingua, tema e notifiche</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Quit PayDesk</source>
        <translation>Esci da PayDesk</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Read the cache again</source>
        <translation>Rileggi la cache</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Cerca pagamenti</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Azzera &amp;filtri</translation>
    </message>
    <message>
        <source>Show all payments</source>
        <translation>Mostra tutti i pagamenti</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Azzera filtri</translation>
    </message>
    <message>
        <source>No payments match these filters.</source>
        <translation>Nessun pagamento corrisponde a questi filtri.</translation>
    </message>
    <message>
        <source>No payments match &apos;%1&apos;.</source>
        <translation>Nessun pagamento corrisponde a «%1».</translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>Salva &amp;vista…</translation>
    </message>
    <message>
        <source>Save the current filter as a named view</source>
        <translation>Salva il filtro attuale come vista con nome</translation>
    </message>
    <message>
        <source>Go to &amp;table</source>
        <translation>Vai alla ta&amp;bella</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the payments table</source>
        <translation>Sposta il focus della tastiera sulla tabella dei pagamenti</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>Riquadro &amp;dettagli</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected payment</source>
        <translation>Mostra o nasconde i dettagli del pagamento selezionato</translation>
    </message>
    <message>
        <source>Reset &amp;columns</source>
        <translation>Ripristina &amp;colonne</translation>
    </message>
    <message>
        <source>Restore the default column widths and order</source>
        <translation>Ripristina larghezza e ordine predefiniti delle colonne</translation>
    </message>
    <message>
        <source>&amp;About PayDesk</source>
        <translation>&amp;Informazioni su PayDesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versione e licenza</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Scur&amp;o</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Pagamento</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Payment requests; the selected one is shown in the details pane. Press Menu for actions.</source>
        <translation>Richieste di pagamento; quella selezionata è mostrata nel riquadro dettagli. Premere il tasto Menu per le azioni.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Indicatori chiave</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Dettagli del pagamento</translation>
    </message>
    <message>
        <source>Demo — sandbox data</source>
        <translation>Demo — dati di prova</translation>
    </message>
    <message>
        <source>Demo mode: sandbox data, no real payments</source>
        <translation>Modalità demo: dati di prova, nessun pagamento reale</translation>
    </message>
    <message>
        <source>PayDesk is connected to its built-in sandbox. Nothing here is a real payment.</source>
        <translation>PayDesk è collegato al suo ambiente di prova integrato. Nulla di ciò che è qui è un pagamento reale.</translation>
    </message>
    <message>
        <source>Payments shown</source>
        <translation>Pagamenti mostrati</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indicizzazione…</translation>
    </message>
    <message>
        <source>The cache is building its search indexes after a large download; searching and sorting are slower until it is done.</source>
        <translation>La cache sta creando i suoi indici di ricerca dopo un download di grandi dimensioni; ricerca e ordinamento sono più lenti fino al termine.</translation>
    </message>
    <message>
        <source>PayDesk — Demo (sandbox data)</source>
        <translation>PayDesk — Demo (dati di prova)</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nuova richiesta</translation>
    </message>
    <message>
        <source>Request for %1 queued — it is sent as soon as the platform answers</source>
        <translation>Richiesta per %1 in coda — verrà inviata appena la piattaforma risponde</translation>
    </message>
    <message>
        <source>Cancellation of %1 queued</source>
        <translation>Annullamento di %1 in coda</translation>
    </message>
    <message>
        <source>Notification to %1 queued</source>
        <translation>Notifica a %1 in coda</translation>
    </message>
    <message>
        <source>payments-%1.csv</source>
        <translation>pagamenti-%1.csv</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported, but the audit log could not be written: %1</source>
        <translation>Esportato, ma impossibile scrivere il registro di controllo: %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>ricevuta-%1.pdf</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Salva ricevuta</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Ricevuta salvata in %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Impostazioni salvate</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Azioni in coda</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <source>Every action has reached the platform.</source>
        <translation>Tutte le azioni hanno raggiunto la piattaforma.</translation>
    </message>
    <message>
        <source>These actions are stored safely and are sent (with the same idempotency key) until the platform answers.</source>
        <translation>Queste azioni sono salvate in modo sicuro e vengono inviate (con la stessa chiave di idempotenza) finché la piattaforma non risponde.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reinvia</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nuovo)</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) shown</source>
        <translation>
            <numerusform>%n pagamento mostrato</numerusform>
            <numerusform>%n pagamenti mostrati</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Esportazione in %1…</translation>
    </message>
    <message>
        <source>1 payment exported to %1</source>
        <translation>1 pagamento esportato in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payments exported to %1</source>
        <translation>
            <numerusform>%n pagamento esportato in %1</numerusform>
            <numerusform>%n pagamenti esportati in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>That payment is not in the cache any more</source>
        <translation>Quel pagamento non è più nella cache</translation>
    </message>
    <message>
        <source>&amp;Recent actions</source>
        <translation>Azioni &amp;recenti</translation>
    </message>
    <message>
        <source>Show your recent actions and what the platform answered</source>
        <translation>Mostra le azioni recenti e le risposte della piattaforma</translation>
    </message>
    <message>
        <source>P&amp;rint receipt…</source>
        <translation>S&amp;tampa ricevuta…</translation>
    </message>
    <message>
        <source>Print a receipt for the selected paid payment</source>
        <translation>Stampa una ricevuta del pagamento saldato selezionato</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Scorciatoie da &amp;tastiera</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>Elenca tutte le scorciatoie da tastiera di questa finestra</translation>
    </message>
    <message>
        <source>Receipt for %1 sent to %2</source>
        <translation>Ricevuta per %1 inviata a %2</translation>
    </message>
    <message>
        <source>Payment link for policy %1 queued — sent as soon as Democrance answers</source>
        <translation>Link di pagamento per la polizza %1 in coda: inviato appena Democrance risponde</translation>
    </message>
    <message>
        <source>Prepayment for repair order %1 queued — sent as soon as myKaarma answers</source>
        <translation>Acconto per l&apos;ordine di riparazione %1 in coda: inviato appena myKaarma risponde</translation>
    </message>
    <message>
        <source>%1 Democrance: no payment required, the policy is issued without one.</source>
        <translation>%1 Democrance: nessun pagamento richiesto, la polizza viene emessa senza.</translation>
    </message>
    <message>
        <source>%1 Democrance: payment to be invoiced, the policy is issued and the money follows the invoice.</source>
        <translation>%1 Democrance: pagamento su fattura, la polizza viene emessa e il denaro segue la fattura.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentDetailPane</name>
    <message numerus="yes">
        <source>⚠ Clearance overdue: paid %n day(s) ago and the funds have not cleared. Check with the payment partner before releasing.</source>
        <translation>
            <numerusform>⚠ Accredito in ritardo: pagato %n giorno fa e i fondi non sono stati accreditati. Verificare con il partner di pagamento prima della consegna.</numerusform>
            <numerusform>⚠ Accredito in ritardo: pagato %n giorni fa e i fondi non sono stati accreditati. Verificare con il partner di pagamento prima della consegna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payment to see its details, its timeline and whether the goods may be released.</source>
        <translation>Selezionare un pagamento per vederne i dettagli, la cronologia e se la merce può essere consegnata.</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Riferimento:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Richiesto:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Pagato:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fornitore:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Filiale:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefono:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Inviato tramite:</translation>
    </message>
    <message>
        <source>Pay link:</source>
        <translation>Link di pagamento:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Scade il:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Carta:</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transazione:</translation>
    </message>
    <message>
        <source>Reconciled:</source>
        <translation>Riconciliato:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creato:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aggiornato:</translation>
    </message>
    <message>
        <source>Payment ID:</source>
        <translation>ID pagamento:</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copia link</translation>
    </message>
    <message>
        <source>No longer in this view</source>
        <translation>Non più in questa vista</translation>
    </message>
    <message>
        <source>Show in list</source>
        <translation>Mostra nell&apos;elenco</translation>
    </message>
    <message>
        <source>Show this payment in the list</source>
        <translation>Mostra questo pagamento nell&apos;elenco</translation>
    </message>
    <message>
        <source>Clear the filters and search that hide this payment and select it in the list</source>
        <translation>Azzera i filtri e la ricerca che nascondono questo pagamento e lo seleziona nell&apos;elenco</translation>
    </message>
    <message>
        <source>Copy the pay link</source>
        <translation>Copia il link di pagamento</translation>
    </message>
    <message>
        <source>Copy the pay link to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copia il link di pagamento negli appunti (Ctrl+Maiusc+C)</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Cronologia degli stati</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Release signal</source>
        <translation>Segnale di consegna</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Payment details: nothing selected</source>
        <translation>Dettagli del pagamento: nessuna selezione</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
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
        <translation>ancora niente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation>%1 (scaduto)</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>yes — in the DMS accounts</source>
        <translation>sì — nella contabilità del DMS</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>Full timeline not loaded yet</source>
        <translation>Cronologia completa non ancora caricata</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Dettagli del pagamento</translation>
    </message>
    <message>
        <source>Why it failed: %1</source>
        <translation>Motivo del mancato pagamento: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentFilter</name>
    <message>
        <source>Cleared / safe to release</source>
        <translation>Accreditato / consegna possibile</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Qualsiasi data</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Periodo personalizzato</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperte</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Updated %1 – %2</source>
        <translation>Aggiornato %1 – %2</translation>
    </message>
    <message>
        <source>Created %1 – %2</source>
        <translation>Creato %1 – %2</translation>
    </message>
    <message>
        <source>Paid %1 – %2</source>
        <translation>Pagato %1 – %2</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creato: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Pagato: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Filiale: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Fornitore: %1</translation>
    </message>
    <message>
        <source>Amount %1 – %2</source>
        <translation>Importo %1 – %2</translation>
    </message>
    <message>
        <source>Amount ≥ %1</source>
        <translation>Importo ≥ %1</translation>
    </message>
    <message>
        <source>Amount ≤ %1</source>
        <translation>Importo ≤ %1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Valuta: %1</translation>
    </message>
    <message>
        <source>Funds cleared</source>
        <translation>Fondi accreditati</translation>
    </message>
    <message>
        <source>Funds not cleared</source>
        <translation>Fondi non accreditati</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Ricerca: «%1»</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentNotifier</name>
    <message>
        <source>Funds cleared</source>
        <translation>Fondi accreditati</translation>
    </message>
    <message>
        <source>%1&apos;s payment of %2 (%3) has cleared: safe to release.</source>
        <translation>Il pagamento di %1 di %2 (%3) è accreditato: consegna possibile.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Pagamento ricevuto</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Pagamento non riuscito</translation>
    </message>
    <message>
        <source>%1 paid %2 (%3).</source>
        <translation>%1 ha pagato %2 (%3).</translation>
    </message>
    <message>
        <source>%1 could not pay %2 (%3). They may try again.</source>
        <translation>%1 non è riuscito a pagare %2 (%3). Può riprovare.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentTableModel</name>
    <message>
        <source>Paid — clearing overdue</source>
        <translation>Pagato — accredito in ritardo</translation>
    </message>
    <message numerus="yes">
        <source>Paid %n day(s) ago and the funds have not cleared: overdue, check with the payment partner before releasing</source>
        <translation>
            <numerusform>Pagato %n giorno fa e i fondi non sono accreditati: in ritardo, verificare con il partner di pagamento prima della consegna</numerusform>
            <numerusform>Pagato %n giorni fa e i fondi non sono accreditati: in ritardo, verificare con il partner di pagamento prima della consegna</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Accreditato</translation>
    </message>
    <message>
        <source>Paid — clearing</source>
        <translation>Pagato — accredito in attesa</translation>
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
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h fa</numerusform>
            <numerusform>%n h fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
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
        <translation>Riferimento: %1 %2</translation>
    </message>
    <message>
        <source>Requested %1, paid %2</source>
        <translation>Richiesto %1, pagato %2</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Importo: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Fornitore: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Filiale: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aggiornato: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Last update; hover a cell for the exact time</source>
        <translation>Ultimo aggiornamento; passare il mouse su una cella per l&apos;ora esatta</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Failure reason: none</source>
        <translation>Motivo del mancato pagamento: nessuno</translation>
    </message>
    <message>
        <source>Failure reason: %1</source>
        <translation>Motivo del mancato pagamento: %1</translation>
    </message>
    <message>
        <source>Why a failed payment failed, as the payment partner reported it</source>
        <translation>Perché un pagamento non è riuscito, come riportato dal partner di pagamento</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motivo del mancato pagamento</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReceiptPdf</name>
    <message>
        <source>A receipt is only available once the customer has paid. This payment is: %1.</source>
        <translation>La ricevuta è disponibile solo dopo il pagamento del cliente. Stato di questo pagamento: %1.</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation>%1 che termina con %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Importo pagato</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation>ID pagamento</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Importo richiesto</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Ricevuta di pagamento</translation>
    </message>
    <message>
        <source>Thank you for your payment. Please keep this receipt for your records.</source>
        <translation>Grazie per il pagamento. Conservi questa ricevuta per i suoi archivi.</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>Impossibile aprire %1 in scrittura: %2</translation>
    </message>
    <message>
        <source>Payment receipt %1</source>
        <translation>Ricevuta di pagamento %1</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>receipt date: date, time, time zone</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>Partita IVA: %1</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Riferimento del pagamento</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Pagato con</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Riferimento del fornitore</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagato il</translation>
    </message>
    <message>
        <source>Funds cleared</source>
        <translation>Fondi accreditati</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation>Impossibile stampare la ricevuta.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ResendDialog</name>
    <message>
        <source>Resend notification</source>
        <translation>Reinvia notifica</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Cosa cambia</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reinvia</translation>
    </message>
    <message>
        <source>Resend the notification</source>
        <translation>Reinviare la notifica</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>email and SMS</source>
        <translation>e-mail e SMS</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Nome: %1 → %2</translation>
    </message>
    <message>
        <source>Email: %1 → %2</source>
        <translation>E-mail: %1 → %2</translation>
    </message>
    <message>
        <source>Mobile: %1 → %2</source>
        <translation>Cellulare: %1 → %2</translation>
    </message>
    <message>
        <source>Send by: %1 → %2</source>
        <translation>Invio tramite: %1 → %2</translation>
    </message>
    <message>
        <source>Nothing changes: the customer gets the same pay link again.</source>
        <translation>Non cambia nulla: il cliente riceve di nuovo lo stesso link di pagamento.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::SettingsDialog</name>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Chiosco</translation>
    </message>
    <message>
        <source>Pa&amp;yment Assist</source>
        <translation>Pa&amp;yment Assist</translation>
    </message>
    <message>
        <source>Typed; saved with OK</source>
        <translation>Inserito; salvato con OK</translation>
    </message>
    <message>
        <source>Mark clearance &amp;overdue after (days):</source>
        <translation>Accredito in ri&amp;tardo dopo (giorni):</translation>
    </message>
    <message>
        <source>Days after payment before clearance is overdue</source>
        <translation>Giorni dopo il pagamento prima che l&apos;accredito sia in ritardo</translation>
    </message>
    <message>
        <source>Notify me when a payment&apos;s funds &amp;clear (safe to release)</source>
        <translation>Avvisami quando i fondi di un pagamento sono &amp;accreditati (consegna possibile)</translation>
    </message>
    <message>
        <source>Notify when a payment&apos;s funds clear</source>
        <translation>Avvisa quando i fondi di un pagamento sono accreditati</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuovo profilo</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Nuovo profilo %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generale</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifiche</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sezioni delle impostazioni</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profilo:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profilo di connessione</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add a connection profile</source>
        <translation>Aggiungi un profilo di connessione</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove this connection profile</source>
        <translation>Rimuovi questo profilo di connessione</translation>
    </message>
    <message>
        <source>Connection changes take effect the next time PayDesk starts. Secrets are kept in the system keychain and are never shown again.</source>
        <translation>Le modifiche alla connessione hanno effetto al prossimo avvio di PayDesk. I segreti sono conservati nel portachiavi di sistema e non vengono più mostrati.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Te&amp;ma:</translation>
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
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Notify me when a payment is &amp;paid</source>
        <translation>Avvisami quando un pagamento viene &amp;saldato</translation>
    </message>
    <message>
        <source>Notify when a payment is paid</source>
        <translation>Avvisa quando un pagamento viene saldato</translation>
    </message>
    <message>
        <source>Notify me when a payment &amp;fails</source>
        <translation>Avvisami quando un pagamento non ries&amp;ce</translation>
    </message>
    <message>
        <source>Notify when a payment fails</source>
        <translation>Avvisa quando un pagamento non riesce</translation>
    </message>
    <message>
        <source>Also notify while PayDesk is in f&amp;ront</source>
        <translation>Avvisa anche quando PayDesk è in pr&amp;imo piano</translation>
    </message>
    <message>
        <source>Notify while PayDesk is in front</source>
        <translation>Avvisa quando PayDesk è in primo piano</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Salva le impostazioni</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>A new secret will be saved</source>
        <translation>Verrà salvato un nuovo segreto</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Verifica del portachiavi…</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Memorizzato nel portachiavi; digitare per sostituirlo</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Non ancora memorizzato</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Assegnare un nome al profilo.</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Un altro profilo ha già questo nome.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Inserire il segreto client.</translation>
    </message>
    <message>
        <source>Connec&amp;tion</source>
        <translation>Conn&amp;essione</translation>
    </message>
    <message>
        <source>Enter the client secret to test this profile.</source>
        <translation>Inserire il segreto client per provare questo profilo.</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here.</source>
        <translation>Non è stato salvato nulla; le modifiche sono ancora qui.</translation>
    </message>
    <message>
        <source>The settings could not be saved. Nothing was changed.</source>
        <translation>Impossibile salvare le impostazioni. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Receipt &amp;details</source>
        <translation>&amp;Ricevute</translation>
    </message>
    <message>
        <source>Pa&amp;yment providers</source>
        <translation>&amp;Fornitori di pagamento</translation>
    </message>
    <message>
        <source>Site “%1” already has a %2 account in this profile.</source>
        <translation>La sede «%1» ha già un account %2 in questo profilo.</translation>
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
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Every shortcut of the PayDesk window. Letters such as ? work when the keyboard focus is not in a text field.</source>
        <translation>Tutte le scorciatoie della finestra di PayDesk. I caratteri come ? funzionano quando il focus della tastiera non è in un campo di testo.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
</context>
<context>
    <name>paydesk::ProviderRules</name>
    <message>
        <source>Unknown provider</source>
        <translation>Fornitore sconosciuto</translation>
    </message>
    <message>
        <source>%1 does not support this action.</source>
        <translation>%1 non supporta questa azione.</translation>
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
        <translation>Scegliere la sede a cui si riferisce la richiesta di finanziamento.</translation>
    </message>
    <message>
        <source>This action needs the application&apos;s token.</source>
        <translation>Questa azione richiede il token della richiesta di finanziamento.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Questo campo è obbligatorio.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Usare al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Inserire un importo maggiore di zero.</translation>
    </message>
    <message>
        <source>Enter a mobile number to send the pay link by SMS.</source>
        <translation>Inserire un numero di cellulare per inviare il link di pagamento via SMS.</translation>
    </message>
    <message>
        <source>The link must stay valid for some time.</source>
        <translation>Il link deve restare valido per un certo tempo.</translation>
    </message>
    <message>
        <source>Payment Assist accepts PDF, HTML, TXT, DOC and XLS invoices.</source>
        <translation>Payment Assist accetta fatture in PDF, HTML, TXT, DOC e XLS.</translation>
    </message>
    <message>
        <source>The invoice file is empty.</source>
        <translation>Il file della fattura è vuoto.</translation>
    </message>
    <message>
        <source>The invoice file is too large.</source>
        <translation>Il file della fattura è troppo grande.</translation>
    </message>
    <message>
        <source>Democrance</source>
        <translation>Democrance</translation>
    </message>
    <message>
        <source>Choose the site the policy belongs to.</source>
        <translation>Selezionare la sede a cui appartiene la polizza.</translation>
    </message>
    <message>
        <source>Choose a payment gateway.</source>
        <translation>Selezionare un gateway di pagamento.</translation>
    </message>
    <message>
        <source>Enter the policy number.</source>
        <translation>Inserire il numero di polizza.</translation>
    </message>
    <message>
        <source>This payment is for another policy.</source>
        <translation>Questo pagamento riguarda un&apos;altra polizza.</translation>
    </message>
    <message>
        <source>myKaarma</source>
        <translation>myKaarma</translation>
    </message>
    <message>
        <source>Choose the site the payment is for.</source>
        <translation>Scegliere la sede a cui si riferisce il pagamento.</translation>
    </message>
    <message>
        <source>The order&apos;s amount cannot be less than the prepayment.</source>
        <translation>L&apos;importo dell&apos;ordine non può essere inferiore all&apos;acconto.</translation>
    </message>
    <message>
        <source>Use RO (repair order) or PO (parts order).</source>
        <translation>Usare RO (ordine di riparazione) o PO (ordine di ricambi).</translation>
    </message>
    <message>
        <source>Send the pay link by text, by email or both.</source>
        <translation>Inviare il link di pagamento via SMS, via e-mail o in entrambi i modi.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReceiptIssuerForm</name>
    <message>
        <source>Choose a logo for receipts</source>
        <translation>Scegliere un logo per le ricevute</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Printed on receipts where the platform sends no details of its own for the store.</source>
        <translation>Stampato sulle ricevute quando la piattaforma non invia dati propri per la filiale.</translation>
    </message>
    <message>
        <source>Printed on the receipts of the profile “%1” where the platform sends no details of its own for the store.</source>
        <translation>Stampato sulle ricevute del profilo «%1» quando la piattaforma non invia dati propri per la filiale.</translation>
    </message>
    <message>
        <source>Dealership n&amp;ame:</source>
        <translation>Nome della &amp;concessionaria:</translation>
    </message>
    <message>
        <source>Dealership name</source>
        <translation>Nome della concessionaria</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>In&amp;dirizzo:</translation>
    </message>
    <message>
        <source>Dealership address</source>
        <translation>Indirizzo della concessionaria</translation>
    </message>
    <message>
        <source>One line per row</source>
        <translation>Una riga per ogni riga dell&apos;indirizzo</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Partita &amp;IVA:</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>File del logo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Sf&amp;oglia…</translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation>Scegliere un file di logo</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>Print no logo</source>
        <translation>Non stampare alcun logo</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskWindow</name>
    <message>
        <source>We couldn&apos;t find that — please ask at the desk.</source>
        <translation>Non l&apos;abbiamo trovato — chieda allo sportello.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please try again in %n second(s), or ask at the desk.</source>
        <translation>
            <numerusform>Troppi tentativi. Riprovi tra %n secondo o chieda allo sportello.</numerusform>
            <numerusform>Troppi tentativi. Riprovi tra %n secondi o chieda allo sportello.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set up for this kiosk.</source>
        <translation>Per questo chiosco non è impostato alcun PIN del personale.</translation>
    </message>
    <message>
        <source>PIN entry is locked until %1.</source>
        <translation>L&apos;inserimento del PIN è bloccato fino alle %1.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. PIN entry is locked until %1.</source>
        <translation>Troppi PIN errati. L&apos;inserimento del PIN è bloccato fino alle %1.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN errato.</translation>
    </message>
    <message>
        <source>PayDesk %1, kiosk mode</source>
        <translation>PayDesk %1, modalità chiosco</translation>
    </message>
    <message>
        <source>Pay for your repair, service or order</source>
        <translation>Paghi la riparazione, il tagliando o l&apos;ordine</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>Start: find your payment</source>
        <translation>Inizia: cerchi il suo pagamento</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Lingua: %1</translation>
    </message>
    <message>
        <source>Find your payment</source>
        <translation>Cerchi il suo pagamento</translation>
    </message>
    <message>
        <source>Reference (repair order or invoice number)</source>
        <translation>Riferimento (n. ordine di lavoro o fattura)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Find my payment</source>
        <translation>Trova il mio pagamento</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Torna all&apos;inizio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Done: back to the start</source>
        <translation>Fatto: torna all&apos;inizio</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Esci dalla modalità chiosco</translation>
    </message>
    <message numerus="yes">
        <source>Open the dashboard for %n minute(s)</source>
        <translation>
            <numerusform>Apri il pannello per %n minuto</numerusform>
            <numerusform>Apri il pannello per %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Informazioni su PayDesk</translation>
    </message>
    <message>
        <source>Back to the customer screen</source>
        <translation>Torna alla schermata cliente</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Accesso del personale</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskPaymentView</name>
    <message>
        <source>Payment status</source>
        <translation>Stato del pagamento</translation>
    </message>
    <message>
        <source>QR code of the pay link</source>
        <translation>Codice QR del link di pagamento</translation>
    </message>
    <message>
        <source>Waiting for your payment</source>
        <translation>In attesa del pagamento</translation>
    </message>
    <message>
        <source>Opened on your phone</source>
        <translation>Aperto sul telefono</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>Pagamento in corso…</translation>
    </message>
    <message>
        <source>Paid. Thank you — please see the desk for your keys.</source>
        <translation>Pagato. Grazie — ritiri le chiavi allo sportello.</translation>
    </message>
    <message>
        <source>The payment didn&apos;t go through — you can try again.</source>
        <translation>Il pagamento non è andato a buon fine — può riprovare.</translation>
    </message>
    <message>
        <source>This payment can no longer be made here — please ask at the desk.</source>
        <translation>Questo pagamento non può più essere effettuato qui — chieda allo sportello.</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to pay securely</source>
        <translation>Inquadri il codice con la fotocamera del telefono per pagare in sicurezza</translation>
    </message>
    <message>
        <source>We can&apos;t reach the payment service right now, so this status may be out of date. If in doubt, please ask at the desk.</source>
        <translation>Al momento il servizio di pagamento non è raggiungibile, quindi questo stato potrebbe non essere aggiornato. In caso di dubbio, chieda allo sportello.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personale</translation>
    </message>
    <message>
        <source>Digits entered</source>
        <translation>Cifre inserite</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Cancella l&apos;ultima cifra</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Back to the customer screen</source>
        <translation>Torna alla schermata cliente</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Cancella l&apos;ultimo carattere</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CounterDisplay</name>
    <message>
        <source>PayDesk — customer display</source>
        <translation>PayDesk — display cliente</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskSettingsForm</name>
    <message>
        <source>Set by your administrator</source>
        <translation>Impostato dall&apos;amministratore</translation>
    </message>
    <message>
        <source>Use digits only (0–9).</source>
        <translation>Usare solo cifre (0–9).</translation>
    </message>
    <message>
        <source>A staff PIN has %1 to %2 digits.</source>
        <translation>Un PIN del personale ha da %1 a %2 cifre.</translation>
    </message>
    <message>
        <source>Type the new PIN again to confirm it.</source>
        <translation>Digitare di nuovo il nuovo PIN per confermarlo.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>I due PIN non coincidono.</translation>
    </message>
    <message>
        <source>Kiosk mode turns this computer into a locked-down screen at the service desk, where customers find and pay for their own repair or order.</source>
        <translation>La modalità chiosco trasforma questo computer in uno schermo protetto all&apos;accettazione, dove i clienti trovano e pagano da soli la propria riparazione o il proprio ordine.</translation>
    </message>
    <message>
        <source>&amp;Start PayDesk in kiosk mode</source>
        <translation>&amp;Avviare PayDesk in modalità chiosco</translation>
    </message>
    <message>
        <source>D&amp;ealership name:</source>
        <translation>Nome della conce&amp;ssionaria:</translation>
    </message>
    <message>
        <source>Shown when the platform does not name the store</source>
        <translation>Mostrato quando la piattaforma non dà un nome alla filiale</translation>
    </message>
    <message>
        <source>Back to the start &amp;after (seconds without a touch):</source>
        <translation>Tornare all&apos;inizio &amp;dopo (secondi senza tocco):</translation>
    </message>
    <message>
        <source>New staff &amp;PIN:</source>
        <translation>Nuovo &amp;PIN del personale:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new PIN:</source>
        <translation>Ripe&amp;tere il nuovo PIN:</translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>Da %1 a %2 cifre</translation>
    </message>
    <message>
        <source>Securing the PIN…</source>
        <translation>Protezione del PIN in corso…</translation>
    </message>
    <message>
        <source>A staff PIN is set.</source>
        <translation>È impostato un PIN del personale.</translation>
    </message>
    <message>
        <source>No staff PIN is set yet: staff cannot unlock the kiosk.</source>
        <translation>Nessun PIN del personale ancora impostato: il personale non può sbloccare il chiosco.</translation>
    </message>
</context>
<context>
    <name>paydesk::MyKaarmaClient</name>
    <message>
        <source>myKaarma sent an answer PayDesk cannot read.</source>
        <translation>myKaarma ha inviato una risposta che PayDesk non riesce a leggere.</translation>
    </message>
    <message>
        <source>myKaarma sent an amount PayDesk cannot read exactly (%1).</source>
        <translation>myKaarma ha inviato un importo che PayDesk non riesce a leggere con esattezza (%1).</translation>
    </message>
    <message>
        <source>myKaarma refused the request.</source>
        <translation>myKaarma ha rifiutato la richiesta.</translation>
    </message>
    <message>
        <source>myKaarma refused the request: %1</source>
        <translation>myKaarma ha rifiutato la richiesta: %1</translation>
    </message>
    <message>
        <source>myKaarma answered with its sign-in page instead of data: the ServiceSubscriber lacks the API scope %1. Ask myKaarma to grant it.</source>
        <translation>myKaarma ha risposto con la sua pagina di accesso invece dei dati: al ServiceSubscriber manca lo scope API %1. Chiedere a myKaarma di concederlo.</translation>
    </message>
    <message>
        <source>No myKaarma password is set for this site. Enter it in the connection settings.</source>
        <translation>Per questa sede non è impostata alcuna password myKaarma. Inserirla nelle impostazioni di connessione.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the myKaarma password.</source>
        <translation>Impossibile leggere il portachiavi per la password myKaarma.</translation>
    </message>
    <message>
        <source>The myKaarma password was saved for another address. Enter it again for %1.</source>
        <translation>La password myKaarma è stata salvata per un altro indirizzo. Inserirla di nuovo per %1.</translation>
    </message>
    <message>
        <source>This site has no myKaarma credentials. Add them in the connection settings.</source>
        <translation>Questa sede non ha credenziali myKaarma. Aggiungerle nelle impostazioni di connessione.</translation>
    </message>
    <message>
        <source>myKaarma does not know this order (any more).</source>
        <translation>myKaarma non conosce (più) questo ordine.</translation>
    </message>
    <message>
        <source>This myKaarma payment has no prepayment invoice to send.</source>
        <translation>Questo pagamento myKaarma non ha una fattura di acconto da inviare.</translation>
    </message>
    <message>
        <source>myKaarma tells the fees once the prepayment is made. Make it without sending the link to see them first.</source>
        <translation>myKaarma comunica le commissioni una volta creato l&apos;acconto. Crearlo senza inviare il link per vederle prima.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentAssistClient</name>
    <message>
        <source>Payment Assist refused the request.</source>
        <translation>Payment Assist ha rifiutato la richiesta.</translation>
    </message>
    <message>
        <source>Payment Assist refused the request: %1</source>
        <translation>Payment Assist ha rifiutato la richiesta: %1</translation>
    </message>
    <message>
        <source>Payment Assist sent an answer PayDesk cannot read.</source>
        <translation>Payment Assist ha inviato una risposta che PayDesk non riesce a leggere.</translation>
    </message>
    <message>
        <source>No Payment Assist secret is set for this site. Enter it in the connection settings.</source>
        <translation>Per questa sede non è impostato alcun segreto Payment Assist. Inserirlo nelle impostazioni di connessione.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the Payment Assist secret.</source>
        <translation>Impossibile leggere il portachiavi per il segreto Payment Assist.</translation>
    </message>
    <message>
        <source>The Payment Assist secret was saved for another address. Enter it again for %1.</source>
        <translation>Il segreto Payment Assist è stato salvato per un altro indirizzo. Inserirlo di nuovo per %1.</translation>
    </message>
    <message>
        <source>Payment Assist could not read the invoice file.</source>
        <translation>Payment Assist non è riuscito a leggere il file della fattura.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s token.</source>
        <translation>Inserire il token della richiesta di finanziamento.</translation>
    </message>
    <message>
        <source>This site has no Payment Assist credentials. Add them in the connection settings.</source>
        <translation>Questa sede non ha credenziali Payment Assist. Aggiungerle nelle impostazioni di connessione.</translation>
    </message>
    <message>
        <source>Payment Assist already has an application for order %1. No second one was made. If it was begun just now and its answer was lost, add it by its token to follow it; otherwise use another order reference.</source>
        <translation>Payment Assist ha già una richiesta di finanziamento per l&apos;ordine %1. Non ne è stata creata una seconda. Se è stata appena avviata e la risposta è andata persa, aggiungerla tramite il suo token per seguirla; altrimenti usare un altro riferimento d&apos;ordine.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FinanceApplicationDialog</name>
    <message>
        <source>New finance application</source>
        <translation>Nuova richiesta di finanziamento</translation>
    </message>
    <message>
        <source>The customer applies for point-of-sale finance with Payment Assist: they get a link to sign, and the dealership is paid when the application is completed.</source>
        <translation>Il cliente richiede un finanziamento presso Payment Assist: riceve un link per firmare e la concessionaria viene pagata quando la richiesta è completata.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanziamento</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>&amp;Nome del cliente:</translation>
    </message>
    <message>
        <source>Address &amp;line 1:</source>
        <translation>Indirizzo &amp;riga 1:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>C&amp;AP:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Cellulare:</translation>
    </message>
    <message>
        <source>&amp;Order reference:</source>
        <translation>Riferimento &amp;ordine:</translation>
    </message>
    <message>
        <source>&amp;Vehicle registration:</source>
        <translation>&amp;Targa:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;zione:</translation>
    </message>
    <message>
        <source>&amp;Amount (£):</source>
        <translation>&amp;Importo (£):</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>&amp;Piano:</translation>
    </message>
    <message>
        <source>Send link by:</source>
        <translation>Invia link tramite:</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>&amp;Pre-approval</source>
        <translation>Pre-appro&amp;vazione</translation>
    </message>
    <message>
        <source>Ask Payment Assist whether the customer passes its checks before applying</source>
        <translation>Chiedere a Payment Assist se il cliente supera i controlli prima della richiesta</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Send application</source>
        <translation>Invia richiesta</translation>
    </message>
    <message>
        <source>Loading the plans…</source>
        <translation>Caricamento dei piani…</translation>
    </message>
    <message>
        <source>The plans could not be loaded: %1</source>
        <translation>Impossibile caricare i piani: %1</translation>
    </message>
    <message>
        <source>Enter the amount to see the repayment schedule.</source>
        <translation>Inserire l&apos;importo per vedere il piano di rimborso.</translation>
    </message>
    <message>
        <source>Calculating the repayment schedule…</source>
        <translation>Calcolo del piano di rimborso…</translation>
    </message>
    <message>
        <source>No schedule: %1</source>
        <translation>Nessun piano: %1</translation>
    </message>
    <message>
        <source>%1: %2 interest, %3 to repay in total</source>
        <translation>%1: %2 di interessi, %3 da rimborsare in totale</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name, address line 1 and postcode first.</source>
        <translation>Inserire prima nome, indirizzo riga 1 e CAP del cliente.</translation>
    </message>
    <message>
        <source>Asking Payment Assist…</source>
        <translation>Richiesta a Payment Assist…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Nessuna risposta: %1</translation>
    </message>
    <message>
        <source>Pre-approved: the customer passes Payment Assist&apos;s checks.</source>
        <translation>Pre-approvato: il cliente supera i controlli di Payment Assist.</translation>
    </message>
    <message>
        <source>Not pre-approved: the customer does not pass Payment Assist&apos;s checks. They may still apply.</source>
        <translation>Non pre-approvato: il cliente non supera i controlli di Payment Assist. Può comunque fare richiesta.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s first name and surname.</source>
        <translation>Inserire nome e cognome del cliente.</translation>
    </message>
    <message>
        <source>Enter the amount in pounds, e.g. %1.</source>
        <translation>Inserire l&apos;importo in sterline, ad es. %1.</translation>
    </message>
    <message>
        <source>This plan takes %1 to %2.</source>
        <translation>Questo piano accetta da %1 a %2.</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>Scegliere un piano.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instalment(s), %2% APR</source>
        <translation>
            <numerusform>%1 — %n rata, TAEG %2%</numerusform>
            <numerusform>%1 — %n rate, TAEG %2%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instalment(s), interest free</source>
        <translation>
            <numerusform>%1 — %n rata, senza interessi</numerusform>
            <numerusform>%1 — %n rate, senza interessi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FinanceDetails</name>
    <message>
        <source>Payment Assist confirmed the change.</source>
        <translation>Payment Assist ha confermato la modifica.</translation>
    </message>
    <message>
        <source>Payment Assist refused the change: %1</source>
        <translation>Payment Assist ha rifiutato la modifica: %1</translation>
    </message>
    <message>
        <source>(not yet given)</source>
        <translation>(non ancora assegnato)</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Piano %1</translation>
    </message>
    <message>
        <source>The account&apos;s default plan</source>
        <translation>Piano predefinito dell’account</translation>
    </message>
    <message>
        <source>Outstanding — upload the invoice so Payment Assist pays out</source>
        <translation>In sospeso — caricare la fattura perché Payment Assist paghi</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Caricata</translation>
    </message>
    <message>
        <source>Not needed yet</source>
        <translation>Non ancora necessaria</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Non messo in coda: %1</translation>
    </message>
    <message>
        <source>Queued — it is sent to Payment Assist at once.</source>
        <translation>In coda — viene inviato subito a Payment Assist.</translation>
    </message>
    <message>
        <source>The receipt could not be made: %1</source>
        <translation>Impossibile creare la ricevuta: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
    <message>
        <source>Invoice for Payment Assist</source>
        <translation>Fattura per Payment Assist</translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.html *.txt *.doc *.xls)</source>
        <translation>Fatture (*.pdf *.html *.txt *.doc *.xls)</translation>
    </message>
    <message>
        <source>Lower the amount</source>
        <translation>Ridurre l’importo</translation>
    </message>
    <message>
        <source>New amount (less than %1). The customer&apos;s plan is recalculated.</source>
        <translation>Nuovo importo (meno di %1). Il piano del cliente viene ricalcolato.</translation>
    </message>
    <message>
        <source>Enter an amount below %1.</source>
        <translation>Inserire un importo inferiore a %1.</translation>
    </message>
    <message>
        <source>Expire application</source>
        <translation>Far scadere la richiesta</translation>
    </message>
    <message>
        <source>Expire this finance application now? The customer&apos;s link stops working; this cannot be undone.</source>
        <translation>Far scadere ora questa richiesta di finanziamento? Il link del cliente smette di funzionare; non si può annullare.</translation>
    </message>
    <message>
        <source>Payment Assist finance</source>
        <translation>Finanziamento Payment Assist</translation>
    </message>
    <message>
        <source>PA reference:</source>
        <translation>Riferimento PA:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Piano:</translation>
    </message>
    <message>
        <source>Payment Assist status:</source>
        <translation>Stato Payment Assist:</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Fattura:</translation>
    </message>
    <message>
        <source>Upload receipt as invoice</source>
        <translation>Carica la ricevuta come fattura</translation>
    </message>
    <message>
        <source>Send our receipt PDF to Payment Assist as the invoice</source>
        <translation>Inviare la nostra ricevuta PDF a Payment Assist come fattura</translation>
    </message>
    <message>
        <source>Upload invoice file…</source>
        <translation>Carica file fattura…</translation>
    </message>
    <message>
        <source>Lower amount…</source>
        <translation>Riduci importo…</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Fai scadere</translation>
    </message>
    <message>
        <source>Expire the application now: the customer&apos;s link stops working</source>
        <translation>Far scadere ora la richiesta: il link del cliente smette di funzionare</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Incassa</translation>
    </message>
    <message>
        <source>Take the deposit of an application waiting for capture</source>
        <translation>Incassare l’acconto di una richiesta in attesa di incasso</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentAssistSiteForm</name>
    <message>
        <source>Enter the Payment Assist API address, e.g. https://api.v1.payment-assist.co.uk.</source>
        <translation>Inserire l&apos;indirizzo dell&apos;API di Payment Assist, ad es. https://api.v1.payment-assist.co.uk.</translation>
    </message>
    <message>
        <source>The Payment Assist API address must start with https:// (plain http only for a profile marked as a local test platform).</source>
        <translation>L&apos;indirizzo dell&apos;API di Payment Assist deve iniziare con https:// (l&apos;http non cifrato solo per un profilo contrassegnato come piattaforma di prova locale).</translation>
    </message>
    <message>
        <source>Enter the site (store id) the applications belong to.</source>
        <translation>Inserire la sede (ID filiale) a cui appartengono le richieste di finanziamento.</translation>
    </message>
    <message>
        <source>Enter the Payment Assist API secret (it is kept in the keychain, for this address only).</source>
        <translation>Inserire il segreto dell&apos;API di Payment Assist (viene conservato nel portachiavi, solo per questo indirizzo).</translation>
    </message>
    <message>
        <source>Point-of-sale finance with Payment Assist for this profile. Each dealer or branch has its own API key and secret; leave the key empty for no Payment Assist.</source>
        <translation>Finanziamento al punto vendita con Payment Assist per questo profilo. Ogni concessionaria o sede ha la propria chiave e il proprio segreto API; lasciare vuota la chiave per non usare Payment Assist.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chiave API:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>&amp;Segreto API:</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>In&amp;dirizzo API:</translation>
    </message>
    <message>
        <source>S&amp;ite (store id):</source>
        <translation>Sede (&amp;ID filiale):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>As the dealer calls this branch</source>
        <translation>Come la concessionaria chiama questa sede</translation>
    </message>
    <message>
        <source>Payment Assist API key</source>
        <translation>Chiave API di Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist API secret</source>
        <translation>Segreto API di Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist API address</source>
        <translation>Indirizzo API di Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist site (store id)</source>
        <translation>Sede Payment Assist (ID filiale)</translation>
    </message>
    <message>
        <source>Payment Assist site name</source>
        <translation>Nome della sede Payment Assist</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSite</name>
    <message>
        <source>Enter the site (store id) its payments belong to.</source>
        <translation>Inserire la sede (ID filiale) a cui appartengono i pagamenti.</translation>
    </message>
    <message>
        <source>Enter the %1 API address (https://…).</source>
        <translation>Inserire l&apos;indirizzo API di %1 (https://…).</translation>
    </message>
    <message>
        <source>The %1 API address must start with https:// (plain http only for a profile marked as a local test platform).</source>
        <translation>L&apos;indirizzo API di %1 deve iniziare con https:// (http semplice solo per un profilo contrassegnato come piattaforma di test locale).</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Inserire la chiave API.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Inserire il nome utente.</translation>
    </message>
    <message>
        <source>Enter the dealer UUID myKaarma gave you.</source>
        <translation>Inserire l&apos;UUID concessionaria fornito da myKaarma.</translation>
    </message>
    <message>
        <source>Enter the department UUID myKaarma gave you.</source>
        <translation>Inserire l&apos;UUID reparto fornito da myKaarma.</translation>
    </message>
    <message>
        <source>Enter the API secret (it is kept in the keychain, for this address only).</source>
        <translation>Inserire il segreto API (viene conservato nel portachiavi, solo per questo indirizzo).</translation>
    </message>
    <message>
        <source>Enter the password (it is kept in the keychain, for this address only).</source>
        <translation>Inserire la password (viene conservata nel portachiavi, solo per questo indirizzo).</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSiteTester</name>
    <message>
        <source>Unreachable: PayDesk cannot reach %1. Check the address and the network%2.</source>
        <translation>Non raggiungibile: PayDesk non riesce a raggiungere %1. Verificare l&apos;indirizzo e la rete%2.</translation>
    </message>
    <message>
        <source>TLS: the secure connection to %1 was refused%2. If your company uses its own certificate authority, choose its CA file on the Connection tab.</source>
        <translation>TLS: la connessione sicura a %1 è stata rifiutata%2. Se l&apos;azienda usa una propria autorità di certificazione, sceglierne il file CA nella scheda Connessione.</translation>
    </message>
    <message>
        <source>Bad credentials: %1 refused them (%2).</source>
        <translation>Credenziali errate: %1 le ha rifiutate (%2).</translation>
    </message>
    <message>
        <source>%1 answered, but not like the %2 API. Check the address.</source>
        <translation>%1 ha risposto, ma non come l&apos;API di %2. Verificare l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 ha risposto con un errore: %2</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>La prova è stata interrotta.</translation>
    </message>
    <message>
        <source>Connected: %1 knows this site as “%2”.</source>
        <translation>Connesso: %1 conosce questa sede come «%2».</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation>Connesso: %1 ha accettato le credenziali.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSitesForm</name>
    <message>
        <source>%1 site</source>
        <translation>Sede %1</translation>
    </message>
    <message>
        <source>A&amp;PI key:</source>
        <translation>&amp;Chiave API:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>&amp;Segreto API:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Segreto API</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Typed; saved with OK</source>
        <translation>Inserito; salvato con OK</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Memorizzato nel portachiavi; digitare per sostituirlo</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Prova in corso…</translation>
    </message>
    <message>
        <source>Enter the API secret to test this site.</source>
        <translation>Inserire il segreto API per provare questa sede.</translation>
    </message>
    <message>
        <source>Enter the password to test this site.</source>
        <translation>Inserire la password per provare questa sede.</translation>
    </message>
    <message>
        <source>The payment providers of this profile besides Keyloop, each site with its own credentials. A site may have several providers.</source>
        <translation>I fornitori di pagamento di questo profilo oltre a Keyloop, ogni sede con le proprie credenziali. Una sede può avere più fornitori.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Indirizzo API</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>&amp;Aggiungi sede</translation>
    </message>
    <message>
        <source>Remo&amp;ve site</source>
        <translation>&amp;Rimuovi sede</translation>
    </message>
    <message>
        <source>S&amp;ite (store id):</source>
        <translation>Sede (&amp;ID filiale):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>In&amp;dirizzo API:</translation>
    </message>
    <message>
        <source>Dea&amp;ler UUID:</source>
        <translation>UUID conc&amp;essionaria:</translation>
    </message>
    <message>
        <source>Departm&amp;ent UUID:</source>
        <translation>UUID re&amp;parto:</translation>
    </message>
    <message>
        <source>As the dealer calls this branch</source>
        <translation>Come la concessionaria chiama questa sede</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Pro&amp;va connessione</translation>
    </message>
    <message>
        <source>Provider sites</source>
        <translation>Sedi dei fornitori</translation>
    </message>
    <message>
        <source>Add a provider site</source>
        <translation>Aggiungere una sede di un fornitore</translation>
    </message>
    <message>
        <source>Remove this provider site</source>
        <translation>Rimuovere questa sede del fornitore</translation>
    </message>
    <message>
        <source>Test the connection of this site</source>
        <translation>Provare la connessione di questa sede</translation>
    </message>
    <message>
        <source>Site (store id)</source>
        <translation>Sede (ID filiale)</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nome della sede</translation>
    </message>
    <message>
        <source>Dealer UUID</source>
        <translation>UUID concessionaria</translation>
    </message>
    <message>
        <source>Department UUID</source>
        <translation>UUID reparto</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::NewRequestDialog</name>
    <message>
        <source>&amp;Keyloop: payment request (the customer gets a pay link)</source>
        <translation>&amp;Keyloop: richiesta di pagamento (il cliente riceve un link di pagamento)</translation>
    </message>
    <message>
        <source>&amp;Payment Assist: finance application</source>
        <translation>&amp;Payment Assist: richiesta di finanziamento</translation>
    </message>
    <message>
        <source>&amp;Democrance: payment link for an insurance policy</source>
        <translation>&amp;Democrance: link di pagamento per una polizza assicurativa</translation>
    </message>
    <message>
        <source>&amp;myKaarma: prepayment for a repair order</source>
        <translation>&amp;myKaarma: acconto per un ordine di riparazione</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nuova richiesta</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Which provider?</source>
        <translation>Quale fornitore?</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinua</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Continue to the provider&apos;s form</source>
        <translation>Continuare al modulo del fornitore</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DemocrancePaymentLinkDialog</name>
    <message>
        <source>Asking Democrance which gateways policy %1 may use…</source>
        <translation>Richiesta a Democrance dei gateway utilizzabili per la polizza %1…</translation>
    </message>
    <message>
        <source>No gateways: %1</source>
        <translation>Nessun gateway: %1</translation>
    </message>
    <message>
        <source>Democrance offers no gateway for policy %1.</source>
        <translation>Democrance non offre alcun gateway per la polizza %1.</translation>
    </message>
    <message>
        <source>Pick one of the gateways Democrance offers for policy %1.</source>
        <translation>Scegliere uno dei gateway che Democrance offre per la polizza %1.</translation>
    </message>
    <message>
        <source>Send payment link for policy</source>
        <translation>Invia link di pagamento della polizza</translation>
    </message>
    <message>
        <source>Democrance sends the customer a link to pay the policy&apos;s premium through the gateway you pick.</source>
        <translation>Democrance invia al cliente un link per pagare il premio della polizza tramite il gateway scelto.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>&amp;Policy number:</source>
        <translation>Numero di &amp;polizza:</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Numero di polizza</translation>
    </message>
    <message>
        <source>&amp;Find gateways</source>
        <translation>&amp;Cerca gateway</translation>
    </message>
    <message>
        <source>Find the gateways of this policy</source>
        <translation>Cercare i gateway di questa polizza</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>Gateway di pagamento</translation>
    </message>
    <message>
        <source>Democrance may also answer “No payment required” or “Payment to be invoiced” (the invoice gateway): the policy is then issued without a card payment, and PayDesk shows it so.</source>
        <translation>Democrance può anche rispondere «No payment required» (nessun pagamento richiesto) o «Payment to be invoiced» (pagamento su fattura, gateway invoice): la polizza viene allora emessa senza pagamento con carta, e PayDesk lo mostra così.</translation>
    </message>
    <message>
        <source>&amp;Send link</source>
        <translation>&amp;Invia link</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Send the payment link</source>
        <translation>Inviare il link di pagamento</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MyKaarmaPrepaymentDialog</name>
    <message>
        <source>Enter the amount, e.g. %1.</source>
        <translation>Inserire l&apos;importo, ad esempio %1.</translation>
    </message>
    <message>
        <source>myKaarma adds its card surcharge to what the customer pays; the detail pane shows it once the prepayment is made.</source>
        <translation>myKaarma aggiunge il proprio sovrapprezzo carta a quanto paga il cliente; il pannello dei dettagli lo mostra una volta creato l&apos;acconto.</translation>
    </message>
    <message>
        <source>Nothing goes to the customer yet: the prepayment is made and its surcharge and fees are shown in the detail pane, from where you send the link.</source>
        <translation>Al cliente non viene ancora inviato nulla: l&apos;acconto viene creato e sovrapprezzo e commissioni compaiono nel pannello dei dettagli, da cui si invia il link.</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Acconto</translation>
    </message>
    <message>
        <source>A prepayment for a repair order through myKaarma: the customer pays the amount by the link they get.</source>
        <translation>Un acconto per un ordine di riparazione tramite myKaarma: il cliente paga l&apos;importo con il link che riceve.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>&amp;Repair order:</source>
        <translation>Ordine di &amp;riparazione:</translation>
    </message>
    <message>
        <source>Repair order number</source>
        <translation>Numero dell&apos;ordine di riparazione</translation>
    </message>
    <message>
        <source>&amp;Customer (myKaarma id):</source>
        <translation>&amp;Cliente (ID myKaarma):</translation>
    </message>
    <message>
        <source>myKaarma customer id</source>
        <translation>ID cliente myKaarma</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importo (%1):</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Send the pay link by &amp;text</source>
        <translation>Inviare il link di pagamento per &amp;SMS</translation>
    </message>
    <message>
        <source>Send the pay link by &amp;email</source>
        <translation>Inviare il link di pagamento per &amp;e-mail</translation>
    </message>
    <message>
        <source>&amp;Make prepayment</source>
        <translation>Crea &amp;acconto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Make the prepayment</source>
        <translation>Creare l&apos;acconto</translation>
    </message>
    <message>
        <source>Send the pay link by text</source>
        <translation>Inviare il link di pagamento per SMS</translation>
    </message>
    <message>
        <source>Send the pay link by email</source>
        <translation>Inviare il link di pagamento per e-mail</translation>
    </message>
</context>
<context>
    <name>paydesk::DemocranceClient</name>
    <message>
        <source>Democrance sent an answer PayDesk cannot read.</source>
        <translation>Democrance ha inviato una risposta che PayDesk non riesce a leggere.</translation>
    </message>
    <message>
        <source>Democrance refused the request.</source>
        <translation>Democrance ha rifiutato la richiesta.</translation>
    </message>
    <message>
        <source>Democrance refused the request: %1</source>
        <translation>Democrance ha rifiutato la richiesta: %1</translation>
    </message>
    <message>
        <source>Democrance ended the session.</source>
        <translation>Democrance ha chiuso la sessione.</translation>
    </message>
    <message>
        <source>Democrance sent a web page instead of data. Check the Democrance address in the connection settings.</source>
        <translation>Democrance ha inviato una pagina web invece dei dati. Verificare l&apos;indirizzo di Democrance nelle impostazioni di connessione.</translation>
    </message>
    <message>
        <source>No Democrance password is set for this site. Enter it in the connection settings.</source>
        <translation>Per questa sede non è impostata alcuna password Democrance. Inserirla nelle impostazioni di connessione.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the Democrance password.</source>
        <translation>Impossibile leggere il portachiavi per la password Democrance.</translation>
    </message>
    <message>
        <source>The Democrance password was saved for another address. Enter it again for %1.</source>
        <translation>La password Democrance è stata salvata per un altro indirizzo. Inserirla di nuovo per %1.</translation>
    </message>
    <message>
        <source>Democrance did not accept the user name or password. Check them in the connection settings.</source>
        <translation>Democrance non ha accettato il nome utente o la password. Verificarli nelle impostazioni di connessione.</translation>
    </message>
    <message>
        <source>Democrance refused the new session. Check the user&apos;s access in Democrance.</source>
        <translation>Democrance ha rifiutato la nuova sessione. Verificare gli accessi dell&apos;utente in Democrance.</translation>
    </message>
    <message>
        <source>This policy has no payment to show a tax invoice for.</source>
        <translation>Questa polizza non ha alcun pagamento di cui mostrare una fattura fiscale.</translation>
    </message>
    <message>
        <source>This site has no Democrance sign-in. Add it in the connection settings.</source>
        <translation>Questa sede non ha un accesso Democrance. Aggiungerlo nelle impostazioni di connessione.</translation>
    </message>
    <message>
        <source>Democrance does not know this policy.</source>
        <translation>Democrance non conosce questa polizza.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderDetails</name>
    <message>
        <source>Checked with %1: updated.</source>
        <translation>Verificato con %1: aggiornato.</translation>
    </message>
    <message>
        <source>Checked with %1: nothing newer.</source>
        <translation>Verificato con %1: niente di più recente.</translation>
    </message>
    <message>
        <source>myKaarma sent the payment request again.</source>
        <translation>myKaarma ha inviato di nuovo la richiesta di pagamento.</translation>
    </message>
    <message>
        <source>myKaarma refused: %1</source>
        <translation>myKaarma ha rifiutato: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No payment required: Democrance issues the policy without a payment</source>
        <translation>Nessun pagamento richiesto: Democrance emette la polizza senza pagamento</translation>
    </message>
    <message>
        <source>Payment to be invoiced: the policy is issued and the money follows the invoice</source>
        <translation>Pagamento su fattura: la polizza viene emessa e il denaro segue la fattura</translation>
    </message>
    <message>
        <source>Payment required: the customer pays by the link</source>
        <translation>Pagamento richiesto: il cliente paga tramite il link</translation>
    </message>
    <message>
        <source>⚠ myKaarma marks this payment as suspicious: do not release the vehicle until myKaarma clears it.</source>
        <translation>⚠ myKaarma segnala questo pagamento come sospetto: non consegnare il veicolo finché myKaarma non lo conferma.</translation>
    </message>
    <message>
        <source>Surcharge %1, fee %2; the customer pays %3</source>
        <translation>Sovrapprezzo %1, commissione %2; il cliente paga %3</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>Verifica con %1…</translation>
    </message>
    <message>
        <source>Asking Democrance for the document…</source>
        <translation>Richiesta del documento a Democrance…</translation>
    </message>
    <message>
        <source>Democrance sent no document: %1</source>
        <translation>Democrance non ha inviato alcun documento: %1</translation>
    </message>
    <message>
        <source>not a PDF</source>
        <translation>non è un PDF</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Salva ricevuta</translation>
    </message>
    <message>
        <source>Save tax invoice</source>
        <translation>Salva fattura</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation>Impossibile salvare il documento: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvato in %1</translation>
    </message>
    <message>
        <source>Resend queued — sent as soon as myKaarma answers.</source>
        <translation>Nuovo invio in coda: inviato appena myKaarma risponde.</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Polizza:</translation>
    </message>
    <message>
        <source>Provider status:</source>
        <translation>Stato presso il fornitore:</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Gateway:</translation>
    </message>
    <message>
        <source>Democrance says:</source>
        <translation>Democrance indica:</translation>
    </message>
    <message>
        <source>Payment status:</source>
        <translation>Stato del pagamento:</translation>
    </message>
    <message>
        <source>Repair order:</source>
        <translation>Ordine di riparazione:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Pagato:</translation>
    </message>
    <message>
        <source>Paid online:</source>
        <translation>Pagato online:</translation>
    </message>
    <message>
        <source>Payment request sent:</source>
        <translation>Richiesta di pagamento inviata:</translation>
    </message>
    <message>
        <source>Surcharge and fees:</source>
        <translation>Sovrapprezzo e commissioni:</translation>
    </message>
    <message>
        <source>myKaarma warns:</source>
        <translation>myKaarma avverte:</translation>
    </message>
    <message>
        <source>Check status now</source>
        <translation>Verifica lo stato ora</translation>
    </message>
    <message>
        <source>Download tax invoice…</source>
        <translation>Scarica fattura…</translation>
    </message>
    <message>
        <source>Download receipt…</source>
        <translation>Scarica ricevuta…</translation>
    </message>
    <message>
        <source>Resend payment request</source>
        <translation>Invia di nuovo la richiesta di pagamento</translation>
    </message>
</context>
</TS>
