<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>FieldErrorPresenter</name>
    <message>
        <source>Discard this request?</source>
        <translation>Diese Anfrage verwerfen?</translation>
    </message>
    <message>
        <source>What you typed in this form will be lost.</source>
        <translation>Was Sie in dieses Formular eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start in service-desk kiosk mode: the locked-down, customer-facing self-service screen (staff leave it with the PIN).</source>
        <translation>Im Kioskmodus für den Serviceschalter starten: die gesperrte Selbstbedienungsansicht für Kunden (Mitarbeiter verlassen sie mit der PIN).</translation>
    </message>
    <message>
        <source>Render the dashboard (light and dark), the new-request dialog and the kiosk screens to PNG files in &lt;dir&gt; using demo data, then quit.</source>
        <translation>Übersicht (hell und dunkel), den Dialog für neue Anfragen und die Kioskansichten mit Demodaten als PNG-Dateien in &lt;dir&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Demo kiosk: the staff PIN is 123456 (hold the top-left corner for 3 seconds, or press Ctrl+Alt+Shift+P).</source>
        <translation>Demo-Kiosk: Die Mitarbeiter-PIN ist 123456 (die linke obere Ecke 3 Sekunden lang halten oder Strg+Alt+Umschalt+P drücken).</translation>
    </message>
    <message>
        <source>Read a kiosk staff PIN (6 to 12 digits) from standard input and print its hash for the Kiosk/pinHash setting, then quit.</source>
        <translation>Eine Kiosk-Mitarbeiter-PIN (6 bis 12 Ziffern) von der Standardeingabe lesen, ihren Hash für die Einstellung Kiosk/pinHash ausgeben und beenden.</translation>
    </message>
    <message>
        <source>A staff PIN has 6 to 12 digits.</source>
        <translation>Eine Mitarbeiter-PIN hat 6 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>Demo kiosk: try the reference %1 with the surname %2.</source>
        <translation>Demo-Kiosk: Versuchen Sie die Referenz %1 mit dem Nachnamen %2.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not write the screenshots to %1</source>
        <translation>Die Bildschirmfotos konnten nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Payment manager for car dealerships</source>
        <translation>Zahlungsverwaltung für Autohäuser</translation>
    </message>
    <message>
        <source>Start the built-in sandbox with demo data and open the dashboard on it.</source>
        <translation>Die eingebaute Sandbox mit Demodaten starten und die Übersicht darauf öffnen.</translation>
    </message>
    <message>
        <source>Use the connection profile &lt;name&gt;.</source>
        <translation>Das Verbindungsprofil &lt;name&gt; verwenden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Service-desk kiosk mode (not available yet).</source>
        <translation>Kioskmodus für den Serviceschalter (noch nicht verfügbar).</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation>Farbschema: system, light (hell) oder dark (dunkel).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>Render the dashboard (light and dark) and the new-request dialog to PNG files in &lt;dir&gt; using demo data, then quit.</source>
        <translation>Die Übersicht (hell und dunkel) und den Dialog für neue Zahlungsanforderungen mit Demodaten als PNG-Dateien in &lt;dir&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Kiosk mode is not available yet. Start PayDesk without --kiosk.</source>
        <translation>Der Kioskmodus ist noch nicht verfügbar. Starten Sie PayDesk ohne --kiosk.</translation>
    </message>
    <message>
        <source>PayDesk is already running with the profile “%1”.</source>
        <translation>PayDesk läuft bereits mit dem Profil „%1“.</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo.</source>
        <translation>Für die Demo kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>Die Demo-Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>This build has no sandbox, so --demo is not available.</source>
        <translation>Diese Version enthält keine Sandbox, daher ist --demo nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>paydesk::ApiError</name>
    <message>
        <source>The platform cannot be reached. PayDesk keeps working from its cache and retries.</source>
        <translation>Die Plattform ist nicht erreichbar. PayDesk arbeitet mit dem Cache weiter und versucht es erneut.</translation>
    </message>
    <message>
        <source>The platform did not answer in time. PayDesk retries.</source>
        <translation>Die Plattform hat nicht rechtzeitig geantwortet. PayDesk versucht es erneut.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was not accepted. Check the server address, or trust the company&apos;s CA certificate in the connection settings.</source>
        <translation>Das Zertifikat der Plattform wurde nicht akzeptiert. Prüfen Sie die Serveradresse oder vertrauen Sie dem CA-Zertifikat des Unternehmens in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate has expired, so PayDesk does not connect. Ask whoever runs the platform to renew it.</source>
        <translation>Das Zertifikat der Plattform ist abgelaufen, daher verbindet sich PayDesk nicht. Bitten Sie den Betreiber der Plattform, es zu erneuern.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not valid yet, so PayDesk does not connect. Check this computer&apos;s date and time.</source>
        <translation>Das Zertifikat der Plattform ist noch nicht gültig, daher verbindet sich PayDesk nicht. Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The platform sent an answer PayDesk cannot read.</source>
        <translation>Die Plattform hat eine Antwort gesendet, die PayDesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>The platform sent a web page instead of data. The server address or the account&apos;s permissions may be wrong.</source>
        <translation>Die Plattform hat eine Webseite statt Daten gesendet. Die Serveradresse oder die Berechtigungen des Kontos sind möglicherweise falsch.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over %1).</source>
        <translation>Die Antwort des Servers war zu groß (über %1).</translation>
    </message>
    <message>
        <source>The platform&apos;s change feed is inconsistent: it does not move forward as it should. PayDesk keeps the cached data, does not store the bad position, and tries again later.</source>
        <translation>Der Änderungs-Feed der Plattform ist widersprüchlich: Er kommt nicht wie vorgesehen voran. PayDesk behält die Daten im Cache, speichert die fehlerhafte Position nicht und versucht es später erneut.</translation>
    </message>
    <message>
        <source>The platform refused PayDesk&apos;s access token.</source>
        <translation>Die Plattform hat das Zugriffstoken von PayDesk abgelehnt.</translation>
    </message>
    <message>
        <source>Sign-in failed: the platform did not accept the client id or secret. Check them in the connection settings.</source>
        <translation>Anmeldung fehlgeschlagen: Die Plattform hat Client-ID oder Geheimnis nicht akzeptiert. Prüfen Sie beides in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The platform rejected the request.</source>
        <translation>Die Plattform hat die Anfrage zurückgewiesen.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>Dieses Konto darf das nicht.</translation>
    </message>
    <message>
        <source>The platform does not know this payment or store.</source>
        <translation>Die Plattform kennt diese Zahlung oder Filiale nicht.</translation>
    </message>
    <message>
        <source>The platform is still processing the same request.</source>
        <translation>Die Plattform bearbeitet dieselbe Anfrage noch.</translation>
    </message>
    <message>
        <source>The platform asked PayDesk to slow down.</source>
        <translation>Die Plattform hat PayDesk gebeten, langsamer zu machen.</translation>
    </message>
    <message>
        <source>The platform had a problem (HTTP %1). PayDesk retries.</source>
        <translation>Die Plattform hatte ein Problem (HTTP %1). PayDesk versucht es erneut.</translation>
    </message>
    <message>
        <source>The platform answered with HTTP %1.</source>
        <translation>Die Plattform antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sign-in failed: no client secret is stored for this connection. Enter it in the connection settings.</source>
        <translation>Anmeldung fehlgeschlagen: Für diese Verbindung ist kein Client-Geheimnis gespeichert. Geben Sie es in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed for the demo or a local test platform on this computer. Use an https:// address for the platform.</source>
        <translation>Unverschlüsseltes HTTP ist nur für die Demo oder eine lokale Testplattform auf diesem Computer erlaubt. Verwenden Sie eine https://-Adresse für die Plattform.</translation>
    </message>
    <message>
        <source>Sign-in failed: the stored client secret was entered for another platform address. Enter it again in the connection settings.</source>
        <translation>Anmeldung fehlgeschlagen: Das gespeicherte Client-Geheimnis wurde für eine andere Plattformadresse eingegeben. Geben Sie es in den Verbindungseinstellungen erneut ein.</translation>
    </message>
</context>
<context>
    <name>paydesk::ConnectionProfile</name>
    <message>
        <source>Enter the platform&apos;s address, e.g. https://api.example.com.</source>
        <translation>Geben Sie die Adresse der Plattform ein, z. B. https://api.example.com.</translation>
    </message>
    <message>
        <source>Enter the enterprise id.</source>
        <translation>Geben Sie die Unternehmens-ID ein.</translation>
    </message>
    <message>
        <source>Enter at least one store id.</source>
        <translation>Geben Sie mindestens eine Filial-ID ein.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read as PEM certificates.</source>
        <translation>Die CA-Zertifikatsdatei lässt sich nicht als PEM-Zertifikate lesen.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (localhost, 127.0.0.1); use https:// for any other address.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt (localhost, 127.0.0.1); verwenden Sie https:// für jede andere Adresse.</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is only for a local test platform on this computer: tick “Local test platform”.</source>
        <translation>Die Adresse muss mit https:// beginnen. Unverschlüsseltes http:// ist nur für eine lokale Testplattform auf diesem Computer: Kreuzen Sie „Lokale Testplattform“ an.</translation>
    </message>
</context>
<context>
    <name>paydesk::ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Polling — live updates reconnecting</source>
        <translation>Abfrage — Live-Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — 1 action queued</source>
        <translation>%1 — 1 Aktion wartet</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n actions queued</source>
        <translation>
            <numerusform>%1 — %n Aktion wartet</numerusform>
            <numerusform>%1 — %n Aktionen warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::MemorySecretStore</name>
    <message>
        <source>Secrets are kept in memory for this session only.</source>
        <translation>Geheimnisse werden nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
</context>
<context>
    <name>paydesk::Money</name>
    <message>
        <source>“%1” is not a currency PayDesk knows.</source>
        <translation>„%1“ ist keine Währung, die PayDesk kennt.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>The amount must be a number.</source>
        <translation>Der Betrag muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The amount must be a number such as 249.99.</source>
        <translation>Der Betrag muss eine Zahl wie 249,99 sein.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation>Beträge in %1 haben keine Nachkommastellen.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>Beträge in %1 haben höchstens %2 Nachkommastellen.</translation>
    </message>
    <message>
        <source>The amount is too large to be exact.</source>
        <translation>Der Betrag ist zu groß, um exakt zu sein.</translation>
    </message>
</context>
<context>
    <name>paydesk::Payment</name>
    <message>
        <source>Awaiting payment — do not release</source>
        <translation>Zahlung ausstehend — nicht herausgeben</translation>
    </message>
    <message>
        <source>Paid, awaiting funds clearance — do not release yet</source>
        <translation>Bezahlt, Gutschrift steht aus — noch nicht herausgeben</translation>
    </message>
    <message>
        <source>Funds cleared — safe to release</source>
        <translation>Geld gutgeschrieben — Herausgabe möglich</translation>
    </message>
    <message>
        <source>Payment failed — do not release</source>
        <translation>Zahlung fehlgeschlagen — nicht herausgeben</translation>
    </message>
    <message>
        <source>Cancelled — paid another way or withdrawn</source>
        <translation>Storniert — anders bezahlt oder zurückgezogen</translation>
    </message>
    <message>
        <source>Expired unpaid — do not release</source>
        <translation>Unbezahlt abgelaufen — nicht herausgeben</translation>
    </message>
    <message>
        <source>Refunded — do not release</source>
        <translation>Erstattet — nicht herausgeben</translation>
    </message>
    <message>
        <source>Status unknown — check with the platform before releasing</source>
        <translation>Status unbekannt — vor der Herausgabe bei der Plattform prüfen</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentJson</name>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Das Feld „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The field “%1” has the wrong type.</source>
        <translation>Das Feld „%1“ hat den falschen Typ.</translation>
    </message>
    <message>
        <source>The field “%1” is longer than %2 characters.</source>
        <translation>Das Feld „%1“ ist länger als %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentReference</name>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>Werkstattauftrag</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Fahrzeugverkauf</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Police</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentStatus</name>
    <message>
        <source>Initiated</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Benachrichtigt</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Angesehen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentStore</name>
    <message>
        <source>The local cache is damaged; PayDesk will rebuild it from the platform at the next start.</source>
        <translation>Der lokale Cache ist beschädigt; PayDesk baut ihn beim nächsten Start von der Plattform neu auf.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It was set aside (%1) and a fresh cache was started; payments will be downloaded again from the server.</source>
        <translation>Der lokale Cache war beschädigt. Er wurde beiseitegelegt (%1) und ein neuer Cache angelegt; die Zahlungen werden erneut vom Server geladen.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentValidator</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Geben Sie den Namen des Kunden ein.</translation>
    </message>
    <message>
        <source>Do not enter card numbers here. PayDesk keeps at most the last four digits, e.g. “card ending 1111”.</source>
        <translation>Geben Sie hier keine Kartennummern ein. PayDesk speichert höchstens die letzten vier Ziffern, z. B. „Karte endet auf 1111“.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Enter an email address to send the pay link by email.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, um den Zahlungslink per E-Mail zu senden.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter a mobile number to send the pay link by SMS.</source>
        <translation>Geben Sie eine Mobilnummer ein, um den Zahlungslink per SMS zu senden.</translation>
    </message>
    <message>
        <source>Enter the number in international form, e.g. +44 7700 900123.</source>
        <translation>Geben Sie die Nummer im internationalen Format ein, z. B. +49 151 23456789.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Wählen Sie eine Währung.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>Choose email, SMS or both.</source>
        <translation>Wählen Sie E-Mail, SMS oder beides.</translation>
    </message>
    <message>
        <source>Enter the invoice, repair order or deal number.</source>
        <translation>Geben Sie die Rechnungs-, Werkstattauftrags- oder Verkaufsnummer ein.</translation>
    </message>
    <message>
        <source>Choose invoice, repair order or deal.</source>
        <translation>Wählen Sie Rechnung, Werkstattauftrag oder Fahrzeugverkauf.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Choose the site this payment is for.</source>
        <translation>Wählen Sie den Standort, für den diese Zahlung ist.</translation>
    </message>
    <message>
        <source>Say why the request is cancelled, e.g. paid in cash.</source>
        <translation>Geben Sie an, warum die Anfrage storniert wird, z. B. bar bezahlt.</translation>
    </message>
    <message>
        <source>Choose a payment.</source>
        <translation>Wählen Sie eine Zahlung.</translation>
    </message>
</context>
<context>
    <name>paydesk::SecretError</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>Kein Systemschlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The system keychain refused access. It may be locked.</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert. Er ist eventuell gesperrt.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Der Systemschlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>paydesk::SessionSecretStore</name>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Systemschlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked): secrets are kept in memory for this session only and you will need to enter them again next time.</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert (er ist eventuell gesperrt): Geheimnisse werden nur für diese Sitzung im Speicher gehalten und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>No system keychain is available: secrets are kept in memory for this session only and you will need to enter them again next time.</source>
        <translation>Kein Systemschlüsselbund verfügbar: Geheimnisse werden nur für diese Sitzung im Speicher gehalten und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>paydesk::StatusChange</name>
    <message>
        <source>Dealer</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Payment partner</source>
        <translation>Zahlungspartner</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>paydesk::StoreError</name>
    <message>
        <source>The local cache was written by a newer version of PayDesk (format %1; this version reads up to %2). It was left untouched. Please update PayDesk.</source>
        <translation>Der lokale Cache stammt von einer neueren PayDesk-Version (Format %1; diese Version liest bis %2). Er blieb unverändert. Bitte aktualisieren Sie PayDesk.</translation>
    </message>
    <message>
        <source>The local cache could not be opened.</source>
        <translation>Der lokale Cache konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of PayDesk and was left untouched.</source>
        <translation>Der lokale Cache stammt von einer neueren PayDesk-Version und blieb unverändert.</translation>
    </message>
    <message>
        <source>The local cache is damaged.</source>
        <translation>Der lokale Cache ist beschädigt.</translation>
    </message>
    <message>
        <source>The local cache could not be upgraded; it was left unchanged.</source>
        <translation>Der lokale Cache konnte nicht aktualisiert werden; er blieb unverändert.</translation>
    </message>
    <message>
        <source>The local cache is busy; please try again.</source>
        <translation>Der lokale Cache ist belegt; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The item is not in the local cache.</source>
        <translation>Der Eintrag ist nicht im lokalen Cache.</translation>
    </message>
    <message>
        <source>The request to the local cache was invalid.</source>
        <translation>Die Anfrage an den lokalen Cache war ungültig.</translation>
    </message>
    <message>
        <source>The local cache reported an error.</source>
        <translation>Der lokale Cache hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>paydesk::TrustedCaStore</name>
    <message>
        <source>The CA certificate file cannot be read as PEM certificates.</source>
        <translation>Die CA-Zertifikatsdatei lässt sich nicht als PEM-Zertifikate lesen.</translation>
    </message>
    <message>
        <source>PayDesk cannot create its folder for trusted certificates (%1).</source>
        <translation>PayDesk kann seinen Ordner für vertrauenswürdige Zertifikate nicht anlegen (%1).</translation>
    </message>
    <message>
        <source>PayDesk cannot keep a copy of the CA certificate: %1</source>
        <translation>PayDesk kann keine Kopie des CA-Zertifikats ablegen: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ActionMessageBar</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recent (%1)</source>
        <translation>Zuletzt (%1)</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>Your actions</source>
        <translation>Ihre Aktionen</translation>
    </message>
    <message>
        <source>Outcome of your last action</source>
        <translation>Ergebnis Ihrer letzten Aktion</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Select this payment in the table, clearing filters that hide it</source>
        <translation>Diese Zahlung in der Tabelle auswählen; Filter, die sie ausblenden, werden zurückgesetzt</translation>
    </message>
    <message>
        <source>Recent actions</source>
        <translation>Letzte Aktionen</translation>
    </message>
    <message>
        <source>Your recent actions and what the platform answered</source>
        <translation>Ihre letzten Aktionen und die Antworten der Plattform</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss this message (it stays under Recent)</source>
        <translation>Meldung schließen (sie bleibt unter „Zuletzt“)</translation>
    </message>
    <message>
        <source>Sent to %1 — confirmed by the platform</source>
        <translation>Gesendet an %1 — von der Plattform bestätigt</translation>
    </message>
    <message>
        <source>Cancelled: %1 — confirmed by the platform</source>
        <translation>Storniert: %1 — von der Plattform bestätigt</translation>
    </message>
    <message>
        <source>Notification resent to %1 — confirmed by the platform</source>
        <translation>Benachrichtigung erneut an %1 gesendet — von der Plattform bestätigt</translation>
    </message>
    <message>
        <source>%1 — confirmed by the platform</source>
        <translation>%1 — von der Plattform bestätigt</translation>
    </message>
    <message>
        <source>Your new payment request was confirmed by the platform</source>
        <translation>Ihre neue Zahlungsanfrage wurde von der Plattform bestätigt</translation>
    </message>
    <message>
        <source>Your cancellation was confirmed by the platform</source>
        <translation>Ihre Stornierung wurde von der Plattform bestätigt</translation>
    </message>
    <message>
        <source>Your notification resend was confirmed by the platform</source>
        <translation>Der erneute Versand Ihrer Benachrichtigung wurde von der Plattform bestätigt</translation>
    </message>
    <message>
        <source>The platform confirmed your action</source>
        <translation>Die Plattform hat Ihre Aktion bestätigt</translation>
    </message>
    <message>
        <source>Not sent: the request for %1 — the platform refused: %2</source>
        <translation>Nicht gesendet: die Anfrage für %1 — die Plattform hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>Not cancelled: %1 — the platform refused: %2</source>
        <translation>Nicht storniert: %1 — die Plattform hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>Not resent: %1 — the platform refused: %2</source>
        <translation>Nicht erneut gesendet: %1 — die Plattform hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 — the platform refused: %2</source>
        <translation>%1 — die Plattform hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>Your new payment request was refused by the platform: %1</source>
        <translation>Ihre neue Zahlungsanfrage wurde von der Plattform abgelehnt: %1</translation>
    </message>
    <message>
        <source>Your cancellation was refused by the platform: %1</source>
        <translation>Ihre Stornierung wurde von der Plattform abgelehnt: %1</translation>
    </message>
    <message>
        <source>Your notification resend was refused by the platform: %1</source>
        <translation>Der erneute Versand Ihrer Benachrichtigung wurde von der Plattform abgelehnt: %1</translation>
    </message>
    <message>
        <source>The platform refused your action: %1</source>
        <translation>Die Plattform hat Ihre Aktion abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CancelDialog</name>
    <message>
        <source>Cancel payment request</source>
        <translation>Zahlungsanfrage stornieren</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>The customer&apos;s pay link stops working at once. This cannot be undone; to take the payment later, raise a new request.</source>
        <translation>Der Zahlungslink des Kunden funktioniert sofort nicht mehr. Das lässt sich nicht rückgängig machen; für eine spätere Zahlung legen Sie eine neue Anfrage an.</translation>
    </message>
    <message>
        <source>This payment is %1 and can no longer be cancelled.</source>
        <translation>Diese Zahlung ist %1 und kann nicht mehr storniert werden.</translation>
    </message>
    <message>
        <source>Warning: this payment is already paid. It can no longer be cancelled; if the money must go back, refund it with the payment partner.</source>
        <translation>Achtung: Diese Zahlung ist bereits bezahlt. Sie kann nicht mehr storniert werden; muss das Geld zurück, erstatten Sie es über den Zahlungspartner.</translation>
    </message>
    <message>
        <source>Warning: the customer is paying right now (%1). Cancelling stops the pay link and may interrupt their payment. Check with the customer before you cancel.</source>
        <translation>Achtung: Der Kunde bezahlt gerade (%1). Eine Stornierung sperrt den Zahlungslink und kann die laufende Zahlung unterbrechen. Sprechen Sie vor dem Stornieren mit dem Kunden.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Grund der Stornierung</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Grund wählen oder eingeben</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Bar bezahlt</translation>
    </message>
    <message>
        <source>Paid by card at the desk</source>
        <translation>Am Schalter mit Karte bezahlt</translation>
    </message>
    <message>
        <source>Paid by bank transfer</source>
        <translation>Per Überweisung bezahlt</translation>
    </message>
    <message>
        <source>Wrong amount or details; a new request follows</source>
        <translation>Falscher Betrag oder falsche Angaben; eine neue Anfrage folgt</translation>
    </message>
    <message>
        <source>The customer no longer wants to pay</source>
        <translation>Der Kunde möchte nicht mehr zahlen</translation>
    </message>
    <message>
        <source>Reason problem</source>
        <translation>Problem beim Grund</translation>
    </message>
    <message>
        <source>I &amp;understand that the customer can no longer pay with this link</source>
        <translation>Mir ist &amp;klar, dass der Kunde mit diesem Link nicht mehr bezahlen kann</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>Stornierung bestätigen</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problem bei der Bestätigung</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage stornieren</translation>
    </message>
    <message>
        <source>Cancel the payment request</source>
        <translation>Die Zahlungsanfrage stornieren</translation>
    </message>
    <message>
        <source>Keep request</source>
        <translation>Anfrage behalten</translation>
    </message>
    <message>
        <source>Keep the payment request</source>
        <translation>Die Zahlungsanfrage behalten</translation>
    </message>
    <message>
        <source>Tick the box to confirm the cancellation.</source>
        <translation>Setzen Sie das Häkchen, um die Stornierung zu bestätigen.</translation>
    </message>
    <message>
        <source>This payment can no longer be cancelled.</source>
        <translation>Diese Zahlung kann nicht mehr storniert werden.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionIndicator</name>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
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
        <translation>Vertrauenswürdiges CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>Profilna&amp;me:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Head office</source>
        <translation>z. B. Zentrale</translation>
    </message>
    <message>
        <source>Platform &amp;URL:</source>
        <translation>Plattform-&amp;URL:</translation>
    </message>
    <message>
        <source>Platform URL</source>
        <translation>Plattform-URL</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>Local test platform on t&amp;his computer (allows plain http://)</source>
        <translation>&amp;Lokale Testplattform auf diesem Computer (erlaubt unverschlüsseltes http://)</translation>
    </message>
    <message>
        <source>Local test platform</source>
        <translation>Lokale Testplattform</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>U&amp;nternehmen:</translation>
    </message>
    <message>
        <source>Enterprise id</source>
        <translation>Unternehmens-ID</translation>
    </message>
    <message>
        <source>e.g. E100234</source>
        <translation>z. B. E100234</translation>
    </message>
    <message>
        <source>&amp;Stores:</source>
        <translation>&amp;Filialen:</translation>
    </message>
    <message>
        <source>Store ids</source>
        <translation>Filial-IDs</translation>
    </message>
    <message>
        <source>Store ids, separated by commas</source>
        <translation>Filial-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Trusted &amp;CA:</source>
        <translation>Vertrauenswürdige &amp;CA:</translation>
    </message>
    <message>
        <source>Trusted CA certificate file</source>
        <translation>Datei des vertrauenswürdigen CA-Zertifikats</translation>
    </message>
    <message>
        <source>Optional: a PEM file with your company&apos;s CA</source>
        <translation>Optional: eine PEM-Datei mit der CA Ihres Unternehmens</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Fingerprint of the trusted CA</source>
        <translation>Fingerabdruck der vertrauenswürdigen CA</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Problem beim Profilnamen</translation>
    </message>
    <message>
        <source>Platform URL problem</source>
        <translation>Problem bei der Plattform-URL</translation>
    </message>
    <message>
        <source>Enterprise problem</source>
        <translation>Problem beim Unternehmen</translation>
    </message>
    <message>
        <source>Stores problem</source>
        <translation>Problem bei den Filialen</translation>
    </message>
    <message>
        <source>Client id problem</source>
        <translation>Problem bei der Client-ID</translation>
    </message>
    <message>
        <source>Client secret problem</source>
        <translation>Problem beim Client-Geheimnis</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Problem mit der CA-Datei</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Geheimnis ein.</translation>
    </message>
    <message>
        <source>Testing… signing in and reading each store.</source>
        <translation>Test läuft… Anmeldung und Lesen jeder Filiale.</translation>
    </message>
    <message>
        <source>Fill in the marked fields first.</source>
        <translation>Füllen Sie zuerst die markierten Felder aus.</translation>
    </message>
    <message>
        <source>The platform address changed: type the client secret again to use it with the new address.</source>
        <translation>Die Plattformadresse hat sich geändert: Geben Sie das Client-Geheimnis erneut ein, um es mit der neuen Adresse zu verwenden.</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionTester</name>
    <message numerus="yes">
        <source>Connected: signed in and read the payments of %n store(s).</source>
        <translation>
            <numerusform>Verbunden: angemeldet und die Zahlungen von %n Filiale gelesen.</numerusform>
            <numerusform>Verbunden: angemeldet und die Zahlungen von %n Filialen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreachable: PayDesk cannot reach %1. Check the address and the network%2.</source>
        <translation>Nicht erreichbar: PayDesk erreicht %1 nicht. Prüfen Sie die Adresse und das Netzwerk%2.</translation>
    </message>
    <message>
        <source>TLS: the secure connection to %1 was refused%2. If your company uses its own certificate authority, choose its CA file.</source>
        <translation>TLS: Die sichere Verbindung zu %1 wurde abgelehnt%2. Wenn Ihr Unternehmen eine eigene Zertifizierungsstelle nutzt, wählen Sie deren CA-Datei.</translation>
    </message>
    <message>
        <source>Bad credentials: the platform refused the client id or the client secret.</source>
        <translation>Falsche Zugangsdaten: Die Plattform hat die Client-ID oder das Client-Geheimnis abgelehnt.</translation>
    </message>
    <message>
        <source>%1 answered, but not like the payments platform. Check the platform URL.</source>
        <translation>%1 hat geantwortet, aber nicht wie die Zahlungsplattform. Prüfen Sie die Plattform-URL.</translation>
    </message>
    <message>
        <source>%1 answered, but has no sign-in there. Check the platform URL.</source>
        <translation>%1 hat geantwortet, bietet dort aber keine Anmeldung. Prüfen Sie die Plattform-URL.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No such store: “%1” was not found in enterprise “%2”.</source>
        <translation>Filiale nicht gefunden: „%1“ gibt es im Unternehmen „%2“ nicht.</translation>
    </message>
    <message>
        <source>Not allowed: this client may not read store “%1”.</source>
        <translation>Nicht erlaubt: Dieser Client darf die Filiale „%1“ nicht lesen.</translation>
    </message>
    <message>
        <source>Reading store “%1” failed: %2</source>
        <translation>Lesen der Filiale „%1“ fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CsvExporter</name>
    <message>
        <source>Funds cleared</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Reference type</source>
        <translation>Referenzart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Referenz des Anbieters</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Kartenmarke</translation>
    </message>
    <message>
        <source>Card last 4</source>
        <translation>Letzte 4 Kartenziffern</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>Transaktionsreferenz</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The payments could not be read: %1</source>
        <translation>Die Zahlungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Fehlergrund</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CustomerContactFields</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>As on the invoice</source>
        <translation>Wie auf der Rechnung</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobil:</translation>
    </message>
    <message>
        <source>Customer mobile number</source>
        <translation>Mobilnummer des Kunden</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+49 151 23456789</translation>
    </message>
    <message>
        <source>Send link by:</source>
        <translation>Link senden per:</translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation>E-Mai&amp;l</translation>
    </message>
    <message>
        <source>Send the pay link by email</source>
        <translation>Den Zahlungslink per E-Mail senden</translation>
    </message>
    <message>
        <source>SM&amp;S</source>
        <translation>SM&amp;S</translation>
    </message>
    <message>
        <source>Send the pay link by SMS</source>
        <translation>Den Zahlungslink per SMS senden</translation>
    </message>
    <message>
        <source>Customer name problem</source>
        <translation>Problem beim Kundennamen</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Problem bei der E-Mail</translation>
    </message>
    <message>
        <source>Mobile number problem</source>
        <translation>Problem bei der Mobilnummer</translation>
    </message>
    <message>
        <source>Channel problem</source>
        <translation>Problem beim Versandweg</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FieldErrorPresenter</name>
    <message>
        <source>Problem with the request</source>
        <translation>Problem mit der Anfrage</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FilterBar</name>
    <message>
        <source>Search cut to its first %1 characters; the rest was left out. %2</source>
        <translation>Suche auf die ersten %1 Zeichen gekürzt; der Rest wurde weggelassen. %2</translation>
    </message>
    <message>
        <source>Cleared / safe to release</source>
        <translation>Gutgeschrieben / Freigabe möglich</translation>
    </message>
    <message>
        <source>Paid, and the platform reports the funds cleared</source>
        <translation>Bezahlt, und die Plattform meldet die Gutschrift</translation>
    </message>
    <message>
        <source>Awaiting clearance</source>
        <translation>Gutschrift ausstehend</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Name, email, phone, reference, last 4 or amount</source>
        <translation>Name, E-Mail, Telefon, Referenz, letzte 4 oder Betrag</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Zahlungen durchsuchen</translation>
    </message>
    <message>
        <source>Matches name, email, phone, reference, card last 4 and amount as you type (Ctrl+F)</source>
        <translation>Sucht beim Tippen in Name, E-Mail, Telefon, Referenz, letzten 4 Kartenziffern und Betrag (Strg+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Open requests only</source>
        <translation>Nur offene Anfragen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Show only payments in these statuses</source>
        <translation>Nur Zahlungen mit diesen Status anzeigen</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last update within this range</source>
        <translation>Letzte Änderung in diesem Zeitraum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Filialen</translation>
    </message>
    <message>
        <source>Store filter</source>
        <translation>Filialfilter</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Anbieterfilter</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Höchstbetrag</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Jede Währung</translation>
    </message>
    <message>
        <source>Currency filter</source>
        <translation>Währungsfilter</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Apply a saved view</source>
        <translation>Gespeicherte Ansicht anwenden</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>Den aktuellen Filter als Ansicht speichern</translation>
    </message>
    <message>
        <source>Manage views</source>
        <translation>Ansichten verwalten</translation>
    </message>
    <message>
        <source>Manage saved views</source>
        <translation>Gespeicherte Ansichten verwalten</translation>
    </message>
    <message>
        <source>Rename view…</source>
        <translation>Ansicht umbenennen…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>Aktueller Filter</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation>Kein Betrag</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n Status</numerusform>
            <numerusform>%n Status</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Showing all payments</source>
        <translation>Alle Zahlungen werden angezeigt</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Gefiltert nach %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saved views…</source>
        <translation>Gespeicherte Ansichten…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>A view called “%1” already exists.</source>
        <translation>Eine Ansicht namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 Zahlung</translation>
    </message>
    <message numerus="yes">
        <source>%n payments</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ payments</source>
        <translation>
            <numerusform>%Ln+ Zahlung</numerusform>
            <numerusform>%Ln+ Zahlungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FirstRunDialog</name>
    <message>
        <source>Connect PayDesk</source>
        <translation>PayDesk verbinden</translation>
    </message>
    <message>
        <source>Welcome to PayDesk</source>
        <translation>Willkommen bei PayDesk</translation>
    </message>
    <message>
        <source>Connect PayDesk to your payments platform. Your administrator or the platform&apos;s developer portal has these details. The client secret is kept in the system keychain, never in a file.</source>
        <translation>Verbinden Sie PayDesk mit Ihrer Zahlungsplattform. Die Angaben erhalten Sie von Ihrer Administration oder aus dem Entwicklerportal der Plattform. Das Client-Geheimnis wird im Systemschlüsselbund gespeichert, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Speichern und verbinden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::InitiateDialog</name>
    <message>
        <source>Too long: at most %1 characters. Anything beyond that was left out, so check the end of the text.</source>
        <translation>Zu lang: höchstens %1 Zeichen. Alles darüber hinaus wurde weggelassen, prüfen Sie daher das Ende des Textes.</translation>
    </message>
    <message>
        <source>New payment request</source>
        <translation>Neue Zahlungsanfrage</translation>
    </message>
    <message>
        <source>The customer receives a link to pay online. PayDesk queues the request and sends it as soon as the platform can be reached.</source>
        <translation>Der Kunde erhält einen Link, um online zu bezahlen. PayDesk stellt die Anfrage in die Warteschlange und sendet sie, sobald die Plattform erreichbar ist.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;tandort:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Reference type</source>
        <translation>Referenzart</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Referenznummer</translation>
    </message>
    <message>
        <source>Number in the DMS</source>
        <translation>Nummer im DMS</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Shown to the customer, e.g. “Service and MOT”</source>
        <translation>Für den Kunden sichtbar, z. B. „Inspektion und HU“</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <source>The pay link expires</source>
        <translation>Der Zahlungslink läuft ab</translation>
    </message>
    <message>
        <source>Untick to use the platform&apos;s default expiry.</source>
        <translation>Häkchen entfernen, um die Standardlaufzeit der Plattform zu verwenden.</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Ablaufdatum und -uhrzeit</translation>
    </message>
    <message>
        <source>Send pay link</source>
        <translation>Zahlungslink senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Site problem</source>
        <translation>Problem beim Standort</translation>
    </message>
    <message>
        <source>Reference problem</source>
        <translation>Problem bei der Referenz</translation>
    </message>
    <message>
        <source>Description problem</source>
        <translation>Problem bei der Beschreibung</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problem beim Betrag</translation>
    </message>
    <message>
        <source>Expiry problem</source>
        <translation>Problem beim Ablaufdatum</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KpiStrip</name>
    <message>
        <source>Open requests</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>wartet auf den Kunden</translation>
    </message>
    <message>
        <source>Paid today</source>
        <translation>Heute bezahlt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>customer may try again</source>
        <translation>Kunde kann es erneut versuchen</translation>
    </message>
    <message>
        <source>Awaiting clearance</source>
        <translation>Wartet auf Gutschrift</translation>
    </message>
    <message>
        <source>paid — do not release yet</source>
        <translation>bezahlt — noch nicht herausgeben</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Wartende Aktionen</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>alles gesendet</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf den Versand</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 Zahlung</translation>
    </message>
    <message numerus="yes">
        <source>%n payments</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
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
        <translation>%1 — klicken, um diese Zahlungen anzuzeigen</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MainWindow</name>
    <message>
        <source>Lower amount</source>
        <translation>Betrag senken</translation>
    </message>
    <message>
        <source>Upload invoice</source>
        <translation>Rechnung hochladen</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Einziehen</translation>
    </message>
    <message>
        <source>New &amp;finance application…</source>
        <translation>Neuer &amp;Finanzierungsantrag …</translation>
    </message>
    <message>
        <source>Begin a Payment Assist finance application; the customer gets a link to apply</source>
        <translation>Einen Finanzierungsantrag bei Payment Assist beginnen; der Kunde erhält einen Link zum Antrag</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Finance application for %1 queued — the customer gets the link as soon as Payment Assist answers</source>
        <translation>Finanzierungsantrag über %1 eingereiht — der Kunde erhält den Link, sobald Payment Assist antwortet</translation>
    </message>
    <message>
        <source>Show to c&amp;ustomer</source>
        <translation>Dem &amp;Kunden zeigen</translation>
    </message>
    <message>
        <source>Show the selected payment&apos;s QR code and live status on a customer-facing screen</source>
        <translation>QR-Code und aktuellen Status der ausgewählten Zahlung auf einem Bildschirm für den Kunden zeigen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read the cache: %1</source>
        <translation>Der Cache konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>About PayDesk</source>
        <translation>Über PayDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;PayDesk %1&lt;/b&gt;&lt;p&gt;Payment requests for car dealerships: see every request, act on it, and know when funds have cleared before releasing a vehicle.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PayDesk %1&lt;/b&gt;&lt;p&gt;Zahlungsanfragen für Autohäuser: jede Anfrage im Blick, direkt handeln und wissen, wann das Geld gutgeschrieben ist, bevor ein Fahrzeug herausgegeben wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pay link copied to the clipboard</source>
        <translation>Zahlungslink in die Zwischenablage kopiert</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n neue Zahlung — anzeigen</numerusform>
            <numerusform>%n neue Zahlungen — anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>List changed — update</source>
        <translation>Liste geändert — aktualisieren</translation>
    </message>
    <message>
        <source>Payments arrived or changed while you were working in the list. They are shown when you click here or leave the list.</source>
        <translation>Während Sie in der Liste gearbeitet haben, sind Zahlungen eingegangen oder haben sich geändert. Sie werden angezeigt, wenn Sie hier klicken oder die Liste verlassen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <source>Raise a new payment request; the customer gets a pay link</source>
        <translation>Neue Zahlungsanfrage anlegen; der Kunde erhält einen Zahlungslink</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>Anfrage &amp;stornieren…</translation>
    </message>
    <message>
        <source>Cancel the selected open request</source>
        <translation>Die ausgewählte offene Anfrage stornieren</translation>
    </message>
    <message>
        <source>&amp;Resend notification…</source>
        <translation>Benachrichtigung erneut &amp;senden…</translation>
    </message>
    <message>
        <source>Send the pay link again, optionally with corrected details</source>
        <translation>Den Zahlungslink erneut senden, wahlweise mit korrigierten Angaben</translation>
    </message>
    <message>
        <source>Copy pay &amp;link</source>
        <translation>Zahlungs&amp;link kopieren</translation>
    </message>
    <message>
        <source>Copy the selected payment&apos;s pay link</source>
        <translation>Den Zahlungslink der ausgewählten Zahlung kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the payments in the current view to a CSV file</source>
        <translation>Die Zahlungen der aktuellen Ansicht in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Receipt &amp;PDF…</source>
        <translation>&amp;Quittung als PDF…</translation>
    </message>
    <message>
        <source>Save a receipt for the selected paid payment as PDF</source>
        <translation>Eine Quittung für die ausgewählte bezahlte Zahlung als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Connection, credentials, stores, language, theme and notifications</source>
        <translation>Verbindung, Zugangsdaten, Filialen, Sprache, Farbschema und Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit PayDesk</source>
        <translation>PayDesk beenden</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the cache again</source>
        <translation>Den Cache neu lesen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Zahlungen durchsuchen</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show all payments</source>
        <translation>Alle Zahlungen anzeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No payments match these filters.</source>
        <translation>Keine Zahlungen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>No payments match &apos;%1&apos;.</source>
        <translation>Keine Zahlungen zu „%1“.</translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the current filter as a named view</source>
        <translation>Den aktuellen Filter als benannte Ansicht speichern</translation>
    </message>
    <message>
        <source>Go to &amp;table</source>
        <translation>Zur &amp;Tabelle</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the payments table</source>
        <translation>Den Tastaturfokus in die Zahlungstabelle setzen</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected payment</source>
        <translation>Details der ausgewählten Zahlung ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Reset &amp;columns</source>
        <translation>&amp;Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>Restore the default column widths and order</source>
        <translation>Standardbreite und -reihenfolge der Spalten wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;About PayDesk</source>
        <translation>Ü&amp;ber PayDesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Zahlung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Payment requests; the selected one is shown in the details pane. Press Menu for actions.</source>
        <translation>Zahlungsanfragen; die ausgewählte wird im Detailbereich angezeigt. Menütaste für Aktionen.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Zahlungsdetails</translation>
    </message>
    <message>
        <source>Demo — sandbox data</source>
        <translation>Demo — Testdaten</translation>
    </message>
    <message>
        <source>Demo mode: sandbox data, no real payments</source>
        <translation>Demomodus: Testdaten, keine echten Zahlungen</translation>
    </message>
    <message>
        <source>PayDesk is connected to its built-in sandbox. Nothing here is a real payment.</source>
        <translation>PayDesk ist mit der eingebauten Sandbox verbunden. Nichts hier ist eine echte Zahlung.</translation>
    </message>
    <message>
        <source>Payments shown</source>
        <translation>Angezeigte Zahlungen</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indizierung…</translation>
    </message>
    <message>
        <source>The cache is building its search indexes after a large download; searching and sorting are slower until it is done.</source>
        <translation>Der Cache baut nach einem großen Download seine Suchindizes auf; Suchen und Sortieren sind bis dahin langsamer.</translation>
    </message>
    <message>
        <source>PayDesk — Demo (sandbox data)</source>
        <translation>PayDesk — Demo (Testdaten)</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>Request for %1 queued — it is sent as soon as the platform answers</source>
        <translation>Anfrage für %1 in der Warteschlange — sie wird gesendet, sobald die Plattform antwortet</translation>
    </message>
    <message>
        <source>Cancellation of %1 queued</source>
        <translation>Stornierung von %1 in der Warteschlange</translation>
    </message>
    <message>
        <source>Notification to %1 queued</source>
        <translation>Benachrichtigung an %1 in der Warteschlange</translation>
    </message>
    <message>
        <source>payments-%1.csv</source>
        <translation>zahlungen-%1.csv</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported, but the audit log could not be written: %1</source>
        <translation>Exportiert, aber das Prüfprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>quittung-%1.pdf</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Quittung speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Quittung gespeichert unter %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Wartende Aktionen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Every action has reached the platform.</source>
        <translation>Alle Aktionen haben die Plattform erreicht.</translation>
    </message>
    <message>
        <source>These actions are stored safely and are sent (with the same idempotency key) until the platform answers.</source>
        <translation>Diese Aktionen sind sicher gespeichert und werden (mit demselben Idempotenzschlüssel) gesendet, bis die Plattform antwortet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) shown</source>
        <translation>
            <numerusform>%n Zahlung angezeigt</numerusform>
            <numerusform>%n Zahlungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 läuft …</translation>
    </message>
    <message>
        <source>1 payment exported to %1</source>
        <translation>1 Zahlung nach %1 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n payments exported to %1</source>
        <translation>
            <numerusform>%n Zahlung nach %1 exportiert</numerusform>
            <numerusform>%n Zahlungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>That payment is not in the cache any more</source>
        <translation>Diese Zahlung ist nicht mehr im Cache</translation>
    </message>
    <message>
        <source>&amp;Recent actions</source>
        <translation>&amp;Letzte Aktionen</translation>
    </message>
    <message>
        <source>Show your recent actions and what the platform answered</source>
        <translation>Ihre letzten Aktionen und die Antworten der Plattform anzeigen</translation>
    </message>
    <message>
        <source>P&amp;rint receipt…</source>
        <translation>Quittung &amp;drucken…</translation>
    </message>
    <message>
        <source>Print a receipt for the selected paid payment</source>
        <translation>Eine Quittung für die ausgewählte bezahlte Zahlung drucken</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>Alle Tastenkürzel dieses Fensters anzeigen</translation>
    </message>
    <message>
        <source>Receipt for %1 sent to %2</source>
        <translation>Quittung für %1 an %2 gesendet</translation>
    </message>
    <message>
        <source>Payment link for policy %1 queued — sent as soon as Democrance answers</source>
        <translation>Zahlungslink für Police %1 in der Warteschlange — wird gesendet, sobald Democrance antwortet</translation>
    </message>
    <message>
        <source>Prepayment for repair order %1 queued — sent as soon as myKaarma answers</source>
        <translation>Vorauszahlung für Werkstattauftrag %1 in der Warteschlange — wird gesendet, sobald myKaarma antwortet</translation>
    </message>
    <message>
        <source>%1 Democrance: no payment required, the policy is issued without one.</source>
        <translation>%1 Democrance: keine Zahlung nötig, die Police wird ohne Zahlung ausgestellt.</translation>
    </message>
    <message>
        <source>%1 Democrance: payment to be invoiced, the policy is issued and the money follows the invoice.</source>
        <translation>%1 Democrance: Zahlung per Rechnung, die Police wird ausgestellt, das Geld folgt mit der Rechnung.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentDetailPane</name>
    <message numerus="yes">
        <source>⚠ Clearance overdue: paid %n day(s) ago and the funds have not cleared. Check with the payment partner before releasing.</source>
        <translation>
            <numerusform>⚠ Gutschrift überfällig: vor %n Tag bezahlt und noch nicht gutgeschrieben. Vor der Freigabe beim Zahlungspartner nachfragen.</numerusform>
            <numerusform>⚠ Gutschrift überfällig: vor %n Tagen bezahlt und noch nicht gutgeschrieben. Vor der Freigabe beim Zahlungspartner nachfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payment to see its details, its timeline and whether the goods may be released.</source>
        <translation>Wählen Sie eine Zahlung, um Details, Verlauf und die Freigabe der Ware zu sehen.</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Angefordert:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Bezahlt:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Filiale:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Gesendet per:</translation>
    </message>
    <message>
        <source>Pay link:</source>
        <translation>Zahlungslink:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Karte:</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transaktion:</translation>
    </message>
    <message>
        <source>Reconciled:</source>
        <translation>Abgeglichen:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Payment ID:</source>
        <translation>Zahlungs-ID:</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>No longer in this view</source>
        <translation>Nicht mehr in dieser Ansicht</translation>
    </message>
    <message>
        <source>Show in list</source>
        <translation>In der Liste zeigen</translation>
    </message>
    <message>
        <source>Show this payment in the list</source>
        <translation>Diese Zahlung in der Liste zeigen</translation>
    </message>
    <message>
        <source>Clear the filters and search that hide this payment and select it in the list</source>
        <translation>Die Filter und die Suche zurücksetzen, die diese Zahlung ausblenden, und sie in der Liste auswählen</translation>
    </message>
    <message>
        <source>Copy the pay link</source>
        <translation>Den Zahlungslink kopieren</translation>
    </message>
    <message>
        <source>Copy the pay link to the clipboard (Ctrl+Shift+C)</source>
        <translation>Den Zahlungslink in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Release signal</source>
        <translation>Freigabesignal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Payment details: nothing selected</source>
        <translation>Zahlungsdetails: nichts ausgewählt</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
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
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>yes — in the DMS accounts</source>
        <translation>ja — in der DMS-Buchhaltung</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Full timeline not loaded yet</source>
        <translation>Vollständiger Verlauf noch nicht geladen</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Zahlungsdetails</translation>
    </message>
    <message>
        <source>Why it failed: %1</source>
        <translation>Grund des Fehlschlags: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentFilter</name>
    <message>
        <source>Cleared / safe to release</source>
        <translation>Gutgeschrieben / Freigabe möglich</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Updated %1 – %2</source>
        <translation>Geändert %1 – %2</translation>
    </message>
    <message>
        <source>Created %1 – %2</source>
        <translation>Erstellt %1 – %2</translation>
    </message>
    <message>
        <source>Paid %1 – %2</source>
        <translation>Bezahlt %1 – %2</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Bezahlt: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Filiale: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>Amount %1 – %2</source>
        <translation>Betrag %1 – %2</translation>
    </message>
    <message>
        <source>Amount ≥ %1</source>
        <translation>Betrag ≥ %1</translation>
    </message>
    <message>
        <source>Amount ≤ %1</source>
        <translation>Betrag ≤ %1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Währung: %1</translation>
    </message>
    <message>
        <source>Funds cleared</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Funds not cleared</source>
        <translation>Noch nicht gutgeschrieben</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Suche: „%1“</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentNotifier</name>
    <message>
        <source>Funds cleared</source>
        <translation>Gutschrift erfolgt</translation>
    </message>
    <message>
        <source>%1's payment of %2 (%3) has cleared: safe to release.</source>
        <translation>Die Zahlung von %1 über %2 (%3) ist gutgeschrieben: Freigabe möglich.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Zahlung eingegangen</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 paid %2 (%3).</source>
        <translation>%1 hat %2 bezahlt (%3).</translation>
    </message>
    <message>
        <source>%1 could not pay %2 (%3). They may try again.</source>
        <translation>%1 konnte %2 nicht bezahlen (%3). Ein neuer Versuch ist möglich.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentTableModel</name>
    <message>
        <source>Paid — clearing overdue</source>
        <translation>Bezahlt — Gutschrift überfällig</translation>
    </message>
    <message numerus="yes">
        <source>Paid %n day(s) ago and the funds have not cleared: overdue, check with the payment partner before releasing</source>
        <translation>
            <numerusform>Vor %n Tag bezahlt und noch nicht gutgeschrieben: überfällig, vor der Freigabe beim Zahlungspartner nachfragen</numerusform>
            <numerusform>Vor %n Tagen bezahlt und noch nicht gutgeschrieben: überfällig, vor der Freigabe beim Zahlungspartner nachfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Paid — clearing</source>
        <translation>Bezahlt — Gutschrift ausstehend</translation>
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
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
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
        <translation>Referenz: %1 %2</translation>
    </message>
    <message>
        <source>Requested %1, paid %2</source>
        <translation>Angefordert %1, bezahlt %2</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Betrag: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Filiale: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Last update; hover a cell for the exact time</source>
        <translation>Letzte Änderung; für die genaue Zeit mit der Maus auf die Zelle zeigen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Failure reason: none</source>
        <translation>Fehlergrund: keiner</translation>
    </message>
    <message>
        <source>Failure reason: %1</source>
        <translation>Fehlergrund: %1</translation>
    </message>
    <message>
        <source>Why a failed payment failed, as the payment partner reported it</source>
        <translation>Warum eine Zahlung fehlgeschlagen ist, wie der Zahlungspartner es gemeldet hat</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Fehlergrund</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReceiptPdf</name>
    <message>
        <source>A receipt is only available once the customer has paid. This payment is: %1.</source>
        <translation>Eine Quittung gibt es erst, wenn der Kunde bezahlt hat. Status dieser Zahlung: %1.</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation>%1 mit Endziffern %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Bezahlter Betrag</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation>Zahlungs-ID</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Angeforderter Betrag</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Zahlungsquittung</translation>
    </message>
    <message>
        <source>Thank you for your payment. Please keep this receipt for your records.</source>
        <translation>Vielen Dank für Ihre Zahlung. Bitte bewahren Sie diese Quittung für Ihre Unterlagen auf.</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Payment receipt %1</source>
        <translation>Zahlungsquittung %1</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>receipt date: date, time, time zone</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>USt-IdNr.: %1</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Zahlungsreferenz</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bezahlt über</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Referenz des Anbieters</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>Funds cleared</source>
        <translation>Geld gutgeschrieben</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation>Die Quittung konnte nicht gedruckt werden.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ResendDialog</name>
    <message>
        <source>Resend notification</source>
        <translation>Benachrichtigung erneut senden</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Resend the notification</source>
        <translation>Die Benachrichtigung erneut senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>email and SMS</source>
        <translation>E-Mail und SMS</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <source>Email: %1 → %2</source>
        <translation>E-Mail: %1 → %2</translation>
    </message>
    <message>
        <source>Mobile: %1 → %2</source>
        <translation>Mobil: %1 → %2</translation>
    </message>
    <message>
        <source>Send by: %1 → %2</source>
        <translation>Senden per: %1 → %2</translation>
    </message>
    <message>
        <source>Nothing changes: the customer gets the same pay link again.</source>
        <translation>Keine Änderungen: Der Kunde erhält denselben Zahlungslink erneut.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::SettingsDialog</name>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Kiosk</translation>
    </message>
    <message>
        <source>Pa&amp;yment Assist</source>
        <translation>Pa&amp;yment Assist</translation>
    </message>
    <message>
        <source>Typed; saved with OK</source>
        <translation>Eingegeben; wird mit OK gespeichert</translation>
    </message>
    <message>
        <source>Mark clearance &amp;overdue after (days):</source>
        <translation>Gutschrift als &amp;überfällig markieren nach (Tagen):</translation>
    </message>
    <message>
        <source>Days after payment before clearance is overdue</source>
        <translation>Tage nach Zahlung, bis die Gutschrift überfällig ist</translation>
    </message>
    <message>
        <source>Notify me when a payment's funds &amp;clear (safe to release)</source>
        <translation>Benachrichtigen, wenn eine Zahlung &amp;gutgeschrieben ist (Freigabe möglich)</translation>
    </message>
    <message>
        <source>Notify when a payment's funds clear</source>
        <translation>Benachrichtigen, wenn eine Zahlung gutgeschrieben ist</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Neues Profil %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a connection profile</source>
        <translation>Verbindungsprofil hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this connection profile</source>
        <translation>Dieses Verbindungsprofil entfernen</translation>
    </message>
    <message>
        <source>Connection changes take effect the next time PayDesk starts. Secrets are kept in the system keychain and are never shown again.</source>
        <translation>Änderungen an der Verbindung gelten ab dem nächsten Start von PayDesk. Geheimnisse liegen im Systemschlüsselbund und werden nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Notify me when a payment is &amp;paid</source>
        <translation>Benachrichtigen, wenn eine Zahlung &amp;bezahlt ist</translation>
    </message>
    <message>
        <source>Notify when a payment is paid</source>
        <translation>Benachrichtigen, wenn eine Zahlung bezahlt ist</translation>
    </message>
    <message>
        <source>Notify me when a payment &amp;fails</source>
        <translation>Benachrichtigen, wenn eine Zahlung &amp;fehlschlägt</translation>
    </message>
    <message>
        <source>Notify when a payment fails</source>
        <translation>Benachrichtigen, wenn eine Zahlung fehlschlägt</translation>
    </message>
    <message>
        <source>Also notify while PayDesk is in f&amp;ront</source>
        <translation>Auch benachrichtigen, wenn PayDesk im &amp;Vordergrund ist</translation>
    </message>
    <message>
        <source>Notify while PayDesk is in front</source>
        <translation>Benachrichtigen, wenn PayDesk im Vordergrund ist</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Die Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A new secret will be saved</source>
        <translation>Ein neues Geheimnis wird gespeichert</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Ein anderes Profil hat bereits diesen Namen.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Geheimnis ein.</translation>
    </message>
    <message>
        <source>Connec&amp;tion</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>Enter the client secret to test this profile.</source>
        <translation>Geben Sie das Client-Geheimnis ein, um dieses Profil zu testen.</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here.</source>
        <translation>Nichts wurde gespeichert; Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>The settings could not be saved. Nothing was changed.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Receipt &amp;details</source>
        <translation>&amp;Quittungen</translation>
    </message>
    <message>
        <source>Pa&amp;yment providers</source>
        <translation>&amp;Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Site “%1” already has a %2 account in this profile.</source>
        <translation>Die Filiale „%1“ hat in diesem Profil bereits ein Konto bei %2.</translation>
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
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut of the PayDesk window. Letters such as ? work when the keyboard focus is not in a text field.</source>
        <translation>Alle Tastenkürzel des PayDesk-Fensters. Zeichen wie ? wirken, wenn der Tastaturfokus nicht in einem Textfeld steht.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>paydesk::ProviderRules</name>
    <message>
        <source>Unknown provider</source>
        <translation>Unbekannter Anbieter</translation>
    </message>
    <message>
        <source>%1 does not support this action.</source>
        <translation>%1 unterstützt diese Aktion nicht.</translation>
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
        <translation>Wählen Sie den Standort, für den der Antrag gilt.</translation>
    </message>
    <message>
        <source>This action needs the application&apos;s token.</source>
        <translation>Diese Aktion braucht das Token des Antrags.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Geben Sie einen Betrag größer als null ein.</translation>
    </message>
    <message>
        <source>Enter a mobile number to send the pay link by SMS.</source>
        <translation>Geben Sie eine Mobilnummer ein, um den Zahlungslink per SMS zu senden.</translation>
    </message>
    <message>
        <source>The link must stay valid for some time.</source>
        <translation>Der Link muss eine Zeit lang gültig bleiben.</translation>
    </message>
    <message>
        <source>Payment Assist accepts PDF, HTML, TXT, DOC and XLS invoices.</source>
        <translation>Payment Assist akzeptiert Rechnungen als PDF, HTML, TXT, DOC und XLS.</translation>
    </message>
    <message>
        <source>The invoice file is empty.</source>
        <translation>Die Rechnungsdatei ist leer.</translation>
    </message>
    <message>
        <source>The invoice file is too large.</source>
        <translation>Die Rechnungsdatei ist zu groß.</translation>
    </message>
    <message>
        <source>Democrance</source>
        <translation>Democrance</translation>
    </message>
    <message>
        <source>Choose the site the policy belongs to.</source>
        <translation>Wählen Sie den Standort, zu dem die Police gehört.</translation>
    </message>
    <message>
        <source>Choose a payment gateway.</source>
        <translation>Wählen Sie ein Zahlungs-Gateway.</translation>
    </message>
    <message>
        <source>Enter the policy number.</source>
        <translation>Geben Sie die Policennummer ein.</translation>
    </message>
    <message>
        <source>This payment is for another policy.</source>
        <translation>Diese Zahlung gehört zu einer anderen Police.</translation>
    </message>
    <message>
        <source>myKaarma</source>
        <translation>myKaarma</translation>
    </message>
    <message>
        <source>Choose the site the payment is for.</source>
        <translation>Wählen Sie den Standort, für den die Zahlung gilt.</translation>
    </message>
    <message>
        <source>The order&apos;s amount cannot be less than the prepayment.</source>
        <translation>Der Auftragsbetrag darf nicht kleiner als die Vorauszahlung sein.</translation>
    </message>
    <message>
        <source>Use RO (repair order) or PO (parts order).</source>
        <translation>Verwenden Sie RO (Werkstattauftrag) oder PO (Teileauftrag).</translation>
    </message>
    <message>
        <source>Send the pay link by text, by email or both.</source>
        <translation>Senden Sie den Zahlungslink per SMS, per E-Mail oder beides.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReceiptIssuerForm</name>
    <message>
        <source>Choose a logo for receipts</source>
        <translation>Logo für Quittungen wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Printed on receipts where the platform sends no details of its own for the store.</source>
        <translation>Wird auf Quittungen gedruckt, wenn die Plattform für die Filiale keine eigenen Angaben sendet.</translation>
    </message>
    <message>
        <source>Printed on the receipts of the profile “%1” where the platform sends no details of its own for the store.</source>
        <translation>Wird auf die Quittungen des Profils „%1“ gedruckt, wenn die Plattform für die Filiale keine eigenen Angaben sendet.</translation>
    </message>
    <message>
        <source>Dealership n&amp;ame:</source>
        <translation>&amp;Name des Autohauses:</translation>
    </message>
    <message>
        <source>Dealership name</source>
        <translation>Name des Autohauses</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Ans&amp;chrift:</translation>
    </message>
    <message>
        <source>Dealership address</source>
        <translation>Anschrift des Autohauses</translation>
    </message>
    <message>
        <source>One line per row</source>
        <translation>Eine Zeile je Adresszeile</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Umsatzsteuer-Identifikationsnummer</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Logodatei</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation>Eine Logodatei wählen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Print no logo</source>
        <translation>Kein Logo drucken</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskWindow</name>
    <message>
        <source>We couldn&apos;t find that — please ask at the desk.</source>
        <translation>Das haben wir nicht gefunden – bitte fragen Sie am Schalter.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please try again in %n second(s), or ask at the desk.</source>
        <translation>
            <numerusform>Zu viele Versuche. Bitte versuchen Sie es in %n Sekunde erneut oder fragen Sie am Schalter.</numerusform>
            <numerusform>Zu viele Versuche. Bitte versuchen Sie es in %n Sekunden erneut oder fragen Sie am Schalter.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set up for this kiosk.</source>
        <translation>Für diesen Kiosk ist keine Mitarbeiter-PIN eingerichtet.</translation>
    </message>
    <message>
        <source>PIN entry is locked until %1.</source>
        <translation>Die PIN-Eingabe ist bis %1 gesperrt.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Too many wrong PINs. PIN entry is locked until %1.</source>
        <translation>Zu viele falsche PINs. Die PIN-Eingabe ist bis %1 gesperrt.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>PayDesk %1, kiosk mode</source>
        <translation>PayDesk %1, Kioskmodus</translation>
    </message>
    <message>
        <source>Pay for your repair, service or order</source>
        <translation>Bezahlen Sie Ihre Reparatur, Ihren Service oder Ihre Bestellung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start: find your payment</source>
        <translation>Start: Ihre Zahlung suchen</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Find your payment</source>
        <translation>Ihre Zahlung suchen</translation>
    </message>
    <message>
        <source>Reference (repair order or invoice number)</source>
        <translation>Referenz (Auftrags- oder Rechnungsnummer)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find my payment</source>
        <translation>Meine Zahlung suchen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done: back to the start</source>
        <translation>Fertig: zurück zum Anfang</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus verlassen</translation>
    </message>
    <message numerus="yes">
        <source>Open the dashboard for %n minute(s)</source>
        <translation>
            <numerusform>Übersicht für %n Minute öffnen</numerusform>
            <numerusform>Übersicht für %n Minuten öffnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über PayDesk</translation>
    </message>
    <message>
        <source>Back to the customer screen</source>
        <translation>Zurück zur Kundenansicht</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Mitarbeiterzugang</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskPaymentView</name>
    <message>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <source>QR code of the pay link</source>
        <translation>QR-Code des Zahlungslinks</translation>
    </message>
    <message>
        <source>Waiting for your payment</source>
        <translation>Wartet auf Ihre Zahlung</translation>
    </message>
    <message>
        <source>Opened on your phone</source>
        <translation>Auf Ihrem Telefon geöffnet</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>Zahlung läuft …</translation>
    </message>
    <message>
        <source>Paid. Thank you — please see the desk for your keys.</source>
        <translation>Bezahlt. Vielen Dank – Ihre Schlüssel erhalten Sie am Schalter.</translation>
    </message>
    <message>
        <source>The payment didn&apos;t go through — you can try again.</source>
        <translation>Die Zahlung ist nicht durchgegangen – Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>This payment can no longer be made here — please ask at the desk.</source>
        <translation>Diese Zahlung ist hier nicht mehr möglich – bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to pay securely</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Telefons, um sicher zu bezahlen</translation>
    </message>
    <message>
        <source>We can&apos;t reach the payment service right now, so this status may be out of date. If in doubt, please ask at the desk.</source>
        <translation>Der Zahlungsdienst ist gerade nicht erreichbar, daher ist dieser Status vielleicht nicht aktuell. Im Zweifel fragen Sie bitte am Schalter.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>Mitarbeiter-PIN</translation>
    </message>
    <message>
        <source>Digits entered</source>
        <translation>Eingegebene Ziffern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back to the customer screen</source>
        <translation>Zurück zur Kundenansicht</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CounterDisplay</name>
    <message>
        <source>PayDesk — customer display</source>
        <translation>PayDesk – Kundenanzeige</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskSettingsForm</name>
    <message>
        <source>Set by your administrator</source>
        <translation>Vom Administrator festgelegt</translation>
    </message>
    <message>
        <source>Use digits only (0–9).</source>
        <translation>Verwenden Sie nur Ziffern (0–9).</translation>
    </message>
    <message>
        <source>A staff PIN has %1 to %2 digits.</source>
        <translation>Eine Mitarbeiter-PIN hat %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <source>Type the new PIN again to confirm it.</source>
        <translation>Geben Sie die neue PIN zur Bestätigung noch einmal ein.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Kiosk mode turns this computer into a locked-down screen at the service desk, where customers find and pay for their own repair or order.</source>
        <translation>Im Kiosk-Modus wird dieser Computer zu einem abgesicherten Bildschirm an der Serviceannahme, an dem Kunden ihre Reparatur oder Bestellung selbst finden und bezahlen.</translation>
    </message>
    <message>
        <source>&amp;Start PayDesk in kiosk mode</source>
        <translation>PayDesk im Kiosk-Modus &amp;starten</translation>
    </message>
    <message>
        <source>D&amp;ealership name:</source>
        <translation>Autohaus-&amp;Name:</translation>
    </message>
    <message>
        <source>Shown when the platform does not name the store</source>
        <translation>Wird angezeigt, wenn die Plattform der Filiale keinen Namen gibt</translation>
    </message>
    <message>
        <source>Back to the start &amp;after (seconds without a touch):</source>
        <translation>Zurück zum Start nach (Sekunden &amp;ohne Berührung):</translation>
    </message>
    <message>
        <source>New staff &amp;PIN:</source>
        <translation>Neue Mitarbeiter-&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new PIN:</source>
        <translation>Neue PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>%1 bis %2 Ziffern</translation>
    </message>
    <message>
        <source>Securing the PIN…</source>
        <translation>PIN wird gesichert …</translation>
    </message>
    <message>
        <source>A staff PIN is set.</source>
        <translation>Eine Mitarbeiter-PIN ist festgelegt.</translation>
    </message>
    <message>
        <source>No staff PIN is set yet: staff cannot unlock the kiosk.</source>
        <translation>Noch keine Mitarbeiter-PIN festgelegt: Mitarbeiter können den Kiosk nicht entsperren.</translation>
    </message>
</context>
<context>
    <name>paydesk::MyKaarmaClient</name>
    <message>
        <source>myKaarma sent an answer PayDesk cannot read.</source>
        <translation>myKaarma hat eine Antwort gesendet, die PayDesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>myKaarma sent an amount PayDesk cannot read exactly (%1).</source>
        <translation>myKaarma hat einen Betrag gesendet, den PayDesk nicht genau lesen kann (%1).</translation>
    </message>
    <message>
        <source>myKaarma refused the request.</source>
        <translation>myKaarma hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>myKaarma refused the request: %1</source>
        <translation>myKaarma hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>myKaarma answered with its sign-in page instead of data: the ServiceSubscriber lacks the API scope %1. Ask myKaarma to grant it.</source>
        <translation>myKaarma hat statt Daten seine Anmeldeseite gesendet: Dem ServiceSubscriber fehlt der API-Scope %1. Bitten Sie myKaarma, ihn freizugeben.</translation>
    </message>
    <message>
        <source>No myKaarma password is set for this site. Enter it in the connection settings.</source>
        <translation>Für diesen Standort ist kein myKaarma-Passwort hinterlegt. Geben Sie es in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the myKaarma password.</source>
        <translation>Der Schlüsselbund konnte für das myKaarma-Passwort nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The myKaarma password was saved for another address. Enter it again for %1.</source>
        <translation>Das myKaarma-Passwort wurde für eine andere Adresse gespeichert. Geben Sie es für %1 erneut ein.</translation>
    </message>
    <message>
        <source>This site has no myKaarma credentials. Add them in the connection settings.</source>
        <translation>Dieser Standort hat keine Zugangsdaten für myKaarma. Fügen Sie sie in den Verbindungseinstellungen hinzu.</translation>
    </message>
    <message>
        <source>myKaarma does not know this order (any more).</source>
        <translation>myKaarma kennt diesen Auftrag nicht (mehr).</translation>
    </message>
    <message>
        <source>This myKaarma payment has no prepayment invoice to send.</source>
        <translation>Diese myKaarma-Zahlung hat keine Vorauszahlungsrechnung, die gesendet werden kann.</translation>
    </message>
    <message>
        <source>myKaarma tells the fees once the prepayment is made. Make it without sending the link to see them first.</source>
        <translation>myKaarma nennt die Gebühren, sobald die Vorauszahlung angelegt ist. Legen Sie sie ohne Versand des Links an, um sie vorher zu sehen.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentAssistClient</name>
    <message>
        <source>Payment Assist refused the request.</source>
        <translation>Payment Assist hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Payment Assist refused the request: %1</source>
        <translation>Payment Assist hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Payment Assist sent an answer PayDesk cannot read.</source>
        <translation>Payment Assist hat eine Antwort gesendet, die PayDesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>No Payment Assist secret is set for this site. Enter it in the connection settings.</source>
        <translation>Für diesen Standort ist kein Payment-Assist-Secret hinterlegt. Geben Sie es in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the Payment Assist secret.</source>
        <translation>Der Schlüsselbund konnte für das Payment-Assist-Secret nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The Payment Assist secret was saved for another address. Enter it again for %1.</source>
        <translation>Das Payment-Assist-Secret wurde für eine andere Adresse gespeichert. Geben Sie es für %1 erneut ein.</translation>
    </message>
    <message>
        <source>Payment Assist could not read the invoice file.</source>
        <translation>Payment Assist konnte die Rechnungsdatei nicht lesen.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s token.</source>
        <translation>Geben Sie das Token des Antrags ein.</translation>
    </message>
    <message>
        <source>This site has no Payment Assist credentials. Add them in the connection settings.</source>
        <translation>Dieser Standort hat keine Zugangsdaten für Payment Assist. Fügen Sie sie in den Verbindungseinstellungen hinzu.</translation>
    </message>
    <message>
        <source>Payment Assist already has an application for order %1. No second one was made. If it was begun just now and its answer was lost, add it by its token to follow it; otherwise use another order reference.</source>
        <translation>Payment Assist hat bereits einen Antrag für den Auftrag %1. Es wurde kein zweiter angelegt. Wenn er gerade eben begonnen wurde und seine Antwort verloren ging, fügen Sie ihn über sein Token hinzu, um ihn zu verfolgen; andernfalls verwenden Sie eine andere Auftragsreferenz.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FinanceApplicationDialog</name>
    <message>
        <source>New finance application</source>
        <translation>Neuer Finanzierungsantrag</translation>
    </message>
    <message>
        <source>The customer applies for point-of-sale finance with Payment Assist: they get a link to sign, and the dealership is paid when the application is completed.</source>
        <translation>Der Kunde beantragt eine Finanzierung bei Payment Assist: Er erhält einen Link zum Unterschreiben, und das Autohaus wird bezahlt, sobald der Antrag abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>&amp;Name des Kunden:</translation>
    </message>
    <message>
        <source>Address &amp;line 1:</source>
        <translation>Adress&amp;zeile 1:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobil:</translation>
    </message>
    <message>
        <source>&amp;Order reference:</source>
        <translation>Auftrags&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Vehicle registration:</source>
        <translation>&amp;Kennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Amount (£):</source>
        <translation>&amp;Betrag (£):</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <source>Send link by:</source>
        <translation>Link senden per:</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Vorname und Nachname</translation>
    </message>
    <message>
        <source>&amp;Pre-approval</source>
        <translation>&amp;Vorabprüfung</translation>
    </message>
    <message>
        <source>Ask Payment Assist whether the customer passes its checks before applying</source>
        <translation>Payment Assist vor dem Antrag fragen, ob der Kunde die Prüfungen besteht</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Send application</source>
        <translation>Antrag senden</translation>
    </message>
    <message>
        <source>Loading the plans…</source>
        <translation>Pläne werden geladen …</translation>
    </message>
    <message>
        <source>The plans could not be loaded: %1</source>
        <translation>Die Pläne konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Enter the amount to see the repayment schedule.</source>
        <translation>Geben Sie den Betrag ein, um den Tilgungsplan zu sehen.</translation>
    </message>
    <message>
        <source>Calculating the repayment schedule…</source>
        <translation>Tilgungsplan wird berechnet …</translation>
    </message>
    <message>
        <source>No schedule: %1</source>
        <translation>Kein Tilgungsplan: %1</translation>
    </message>
    <message>
        <source>%1: %2 interest, %3 to repay in total</source>
        <translation>%1: %2 Zinsen, insgesamt %3 zurückzuzahlen</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name, address line 1 and postcode first.</source>
        <translation>Geben Sie zuerst Name, Adresszeile 1 und Postleitzahl des Kunden ein.</translation>
    </message>
    <message>
        <source>Asking Payment Assist…</source>
        <translation>Payment Assist wird gefragt …</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Pre-approved: the customer passes Payment Assist&apos;s checks.</source>
        <translation>Vorab genehmigt: Der Kunde besteht die Prüfungen von Payment Assist.</translation>
    </message>
    <message>
        <source>Not pre-approved: the customer does not pass Payment Assist&apos;s checks. They may still apply.</source>
        <translation>Nicht vorab genehmigt: Der Kunde besteht die Prüfungen von Payment Assist nicht. Ein Antrag ist trotzdem möglich.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s first name and surname.</source>
        <translation>Geben Sie Vor- und Nachnamen des Kunden ein.</translation>
    </message>
    <message>
        <source>Enter the amount in pounds, e.g. %1.</source>
        <translation>Geben Sie den Betrag in Pfund ein, z. B. %1.</translation>
    </message>
    <message>
        <source>This plan takes %1 to %2.</source>
        <translation>Dieser Plan gilt für %1 bis %2.</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>Wählen Sie einen Plan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instalment(s), %2% APR</source>
        <translation>
            <numerusform>%1 — %n Rate, %2 % eff. Jahreszins</numerusform>
            <numerusform>%1 — %n Raten, %2 % eff. Jahreszins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instalment(s), interest free</source>
        <translation>
            <numerusform>%1 — %n Rate, zinsfrei</numerusform>
            <numerusform>%1 — %n Raten, zinsfrei</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FinanceDetails</name>
    <message>
        <source>Payment Assist confirmed the change.</source>
        <translation>Payment Assist hat die Änderung bestätigt.</translation>
    </message>
    <message>
        <source>Payment Assist refused the change: %1</source>
        <translation>Payment Assist hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>(not yet given)</source>
        <translation>(noch nicht vergeben)</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>The account&apos;s default plan</source>
        <translation>Standardplan des Kontos</translation>
    </message>
    <message>
        <source>Outstanding — upload the invoice so Payment Assist pays out</source>
        <translation>Ausstehend — laden Sie die Rechnung hoch, damit Payment Assist auszahlt</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Not needed yet</source>
        <translation>Noch nicht nötig</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Nicht eingereiht: %1</translation>
    </message>
    <message>
        <source>Queued — it is sent to Payment Assist at once.</source>
        <translation>Eingereiht — wird sofort an Payment Assist gesendet.</translation>
    </message>
    <message>
        <source>The receipt could not be made: %1</source>
        <translation>Der Beleg konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Invoice for Payment Assist</source>
        <translation>Rechnung für Payment Assist</translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.html *.txt *.doc *.xls)</source>
        <translation>Rechnungen (*.pdf *.html *.txt *.doc *.xls)</translation>
    </message>
    <message>
        <source>Lower the amount</source>
        <translation>Betrag senken</translation>
    </message>
    <message>
        <source>New amount (less than %1). The customer&apos;s plan is recalculated.</source>
        <translation>Neuer Betrag (weniger als %1). Der Plan des Kunden wird neu berechnet.</translation>
    </message>
    <message>
        <source>Enter an amount below %1.</source>
        <translation>Geben Sie einen Betrag unter %1 ein.</translation>
    </message>
    <message>
        <source>Expire application</source>
        <translation>Antrag ablaufen lassen</translation>
    </message>
    <message>
        <source>Expire this finance application now? The customer&apos;s link stops working; this cannot be undone.</source>
        <translation>Diesen Finanzierungsantrag jetzt ablaufen lassen? Der Link des Kunden funktioniert dann nicht mehr; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Payment Assist finance</source>
        <translation>Finanzierung über Payment Assist</translation>
    </message>
    <message>
        <source>PA reference:</source>
        <translation>PA-Referenz:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Payment Assist status:</source>
        <translation>Status bei Payment Assist:</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Rechnung:</translation>
    </message>
    <message>
        <source>Upload receipt as invoice</source>
        <translation>Beleg als Rechnung hochladen</translation>
    </message>
    <message>
        <source>Send our receipt PDF to Payment Assist as the invoice</source>
        <translation>Unseren Beleg als PDF an Payment Assist als Rechnung senden</translation>
    </message>
    <message>
        <source>Upload invoice file…</source>
        <translation>Rechnungsdatei hochladen …</translation>
    </message>
    <message>
        <source>Lower amount…</source>
        <translation>Betrag senken …</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Ablaufen lassen</translation>
    </message>
    <message>
        <source>Expire the application now: the customer&apos;s link stops working</source>
        <translation>Antrag jetzt ablaufen lassen: Der Link des Kunden funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Einziehen</translation>
    </message>
    <message>
        <source>Take the deposit of an application waiting for capture</source>
        <translation>Die Anzahlung eines Antrags einziehen, der auf den Einzug wartet</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentAssistSiteForm</name>
    <message>
        <source>Enter the Payment Assist API address, e.g. https://api.v1.payment-assist.co.uk.</source>
        <translation>Geben Sie die API-Adresse von Payment Assist ein, z. B. https://api.v1.payment-assist.co.uk.</translation>
    </message>
    <message>
        <source>The Payment Assist API address must start with https:// (plain http only for a profile marked as a local test platform).</source>
        <translation>Die API-Adresse von Payment Assist muss mit https:// beginnen (unverschlüsseltes http nur bei einem als lokale Testplattform markierten Profil).</translation>
    </message>
    <message>
        <source>Enter the site (store id) the applications belong to.</source>
        <translation>Geben Sie die Filiale (Store-ID) ein, zu der die Anträge gehören.</translation>
    </message>
    <message>
        <source>Enter the Payment Assist API secret (it is kept in the keychain, for this address only).</source>
        <translation>Geben Sie das API-Secret von Payment Assist ein (es wird im Schlüsselbund gespeichert, nur für diese Adresse).</translation>
    </message>
    <message>
        <source>Point-of-sale finance with Payment Assist for this profile. Each dealer or branch has its own API key and secret; leave the key empty for no Payment Assist.</source>
        <translation>Finanzierung am Point of Sale mit Payment Assist für dieses Profil. Jedes Autohaus und jede Filiale hat einen eigenen API-Key und ein eigenes Secret; ohne Key kein Payment Assist.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Key:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>API-&amp;Secret:</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>API-Ad&amp;resse:</translation>
    </message>
    <message>
        <source>S&amp;ite (store id):</source>
        <translation>F&amp;iliale (Store-ID):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>As the dealer calls this branch</source>
        <translation>Wie das Autohaus diese Filiale nennt</translation>
    </message>
    <message>
        <source>Payment Assist API key</source>
        <translation>API-Key von Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist API secret</source>
        <translation>API-Secret von Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist API address</source>
        <translation>API-Adresse von Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist site (store id)</source>
        <translation>Payment-Assist-Filiale (Store-ID)</translation>
    </message>
    <message>
        <source>Payment Assist site name</source>
        <translation>Name der Payment-Assist-Filiale</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSite</name>
    <message>
        <source>Enter the site (store id) its payments belong to.</source>
        <translation>Geben Sie die Filiale (Store-ID) ein, zu der die Zahlungen gehören.</translation>
    </message>
    <message>
        <source>Enter the %1 API address (https://…).</source>
        <translation>Geben Sie die API-Adresse von %1 ein (https://…).</translation>
    </message>
    <message>
        <source>The %1 API address must start with https:// (plain http only for a profile marked as a local test platform).</source>
        <translation>Die API-Adresse von %1 muss mit https:// beginnen (unverschlüsseltes http nur bei einem als lokale Testplattform markierten Profil).</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Key ein.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the dealer UUID myKaarma gave you.</source>
        <translation>Geben Sie die Händler-UUID ein, die Sie von myKaarma erhalten haben.</translation>
    </message>
    <message>
        <source>Enter the department UUID myKaarma gave you.</source>
        <translation>Geben Sie die Abteilungs-UUID ein, die Sie von myKaarma erhalten haben.</translation>
    </message>
    <message>
        <source>Enter the API secret (it is kept in the keychain, for this address only).</source>
        <translation>Geben Sie das API-Secret ein (es wird im Schlüsselbund aufbewahrt, nur für diese Adresse).</translation>
    </message>
    <message>
        <source>Enter the password (it is kept in the keychain, for this address only).</source>
        <translation>Geben Sie das Passwort ein (es wird im Schlüsselbund aufbewahrt, nur für diese Adresse).</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSiteTester</name>
    <message>
        <source>Unreachable: PayDesk cannot reach %1. Check the address and the network%2.</source>
        <translation>Nicht erreichbar: PayDesk erreicht %1 nicht. Prüfen Sie die Adresse und das Netzwerk%2.</translation>
    </message>
    <message>
        <source>TLS: the secure connection to %1 was refused%2. If your company uses its own certificate authority, choose its CA file on the Connection tab.</source>
        <translation>TLS: Die sichere Verbindung zu %1 wurde abgelehnt%2. Wenn Ihr Unternehmen eine eigene Zertifizierungsstelle nutzt, wählen Sie deren CA-Datei auf der Registerkarte Verbindung.</translation>
    </message>
    <message>
        <source>Bad credentials: %1 refused them (%2).</source>
        <translation>Falsche Zugangsdaten: %1 hat sie abgelehnt (%2).</translation>
    </message>
    <message>
        <source>%1 answered, but not like the %2 API. Check the address.</source>
        <translation>%1 hat geantwortet, aber nicht wie die API von %2. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 hat mit einem Fehler geantwortet: %2</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Connected: %1 knows this site as “%2”.</source>
        <translation>Verbunden: %1 kennt diese Filiale als „%2“.</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation>Verbunden: %1 hat die Zugangsdaten angenommen.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSitesForm</name>
    <message>
        <source>%1 site</source>
        <translation>Filiale bei %1</translation>
    </message>
    <message>
        <source>A&amp;PI key:</source>
        <translation>API-&amp;Key:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>API-&amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Key</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-Secret</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Typed; saved with OK</source>
        <translation>Eingegeben; wird mit OK gespeichert</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Enter the API secret to test this site.</source>
        <translation>Geben Sie das API-Secret ein, um diese Filiale zu testen.</translation>
    </message>
    <message>
        <source>Enter the password to test this site.</source>
        <translation>Geben Sie das Passwort ein, um diese Filiale zu testen.</translation>
    </message>
    <message>
        <source>The payment providers of this profile besides Keyloop, each site with its own credentials. A site may have several providers.</source>
        <translation>Die Zahlungsanbieter dieses Profils neben Keyloop, jede Filiale mit eigenen Zugangsdaten. Eine Filiale kann mehrere Anbieter haben.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>Filiale &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve site</source>
        <translation>Filiale ent&amp;fernen</translation>
    </message>
    <message>
        <source>S&amp;ite (store id):</source>
        <translation>F&amp;iliale (Store-ID):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>API-Ad&amp;resse:</translation>
    </message>
    <message>
        <source>Dea&amp;ler UUID:</source>
        <translation>&amp;Händler-UUID:</translation>
    </message>
    <message>
        <source>Departm&amp;ent UUID:</source>
        <translation>A&amp;bteilungs-UUID:</translation>
    </message>
    <message>
        <source>As the dealer calls this branch</source>
        <translation>Wie das Autohaus diese Filiale nennt</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung tes&amp;ten</translation>
    </message>
    <message>
        <source>Provider sites</source>
        <translation>Filialen der Anbieter</translation>
    </message>
    <message>
        <source>Add a provider site</source>
        <translation>Eine Filiale bei einem Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Remove this provider site</source>
        <translation>Diese Filiale beim Anbieter entfernen</translation>
    </message>
    <message>
        <source>Test the connection of this site</source>
        <translation>Die Verbindung dieser Filiale testen</translation>
    </message>
    <message>
        <source>Site (store id)</source>
        <translation>Filiale (Store-ID)</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Name der Filiale</translation>
    </message>
    <message>
        <source>Dealer UUID</source>
        <translation>Händler-UUID</translation>
    </message>
    <message>
        <source>Department UUID</source>
        <translation>Abteilungs-UUID</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::NewRequestDialog</name>
    <message>
        <source>&amp;Keyloop: payment request (the customer gets a pay link)</source>
        <translation>&amp;Keyloop: Zahlungsanforderung (die Kundin oder der Kunde erhält einen Zahlungslink)</translation>
    </message>
    <message>
        <source>&amp;Payment Assist: finance application</source>
        <translation>&amp;Payment Assist: Finanzierungsantrag</translation>
    </message>
    <message>
        <source>&amp;Democrance: payment link for an insurance policy</source>
        <translation>&amp;Democrance: Zahlungslink für eine Versicherungspolice</translation>
    </message>
    <message>
        <source>&amp;myKaarma: prepayment for a repair order</source>
        <translation>&amp;myKaarma: Vorauszahlung für einen Werkstattauftrag</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Filiale:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Which provider?</source>
        <translation>Welcher Anbieter?</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Continue to the provider&apos;s form</source>
        <translation>Weiter zum Formular des Anbieters</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DemocrancePaymentLinkDialog</name>
    <message>
        <source>Asking Democrance which gateways policy %1 may use…</source>
        <translation>Democrance wird gefragt, welche Gateways die Police %1 nutzen kann…</translation>
    </message>
    <message>
        <source>No gateways: %1</source>
        <translation>Keine Gateways: %1</translation>
    </message>
    <message>
        <source>Democrance offers no gateway for policy %1.</source>
        <translation>Democrance bietet für die Police %1 kein Gateway an.</translation>
    </message>
    <message>
        <source>Pick one of the gateways Democrance offers for policy %1.</source>
        <translation>Wählen Sie eines der Gateways, die Democrance für die Police %1 anbietet.</translation>
    </message>
    <message>
        <source>Send payment link for policy</source>
        <translation>Zahlungslink für Police senden</translation>
    </message>
    <message>
        <source>Democrance sends the customer a link to pay the policy&apos;s premium through the gateway you pick.</source>
        <translation>Democrance sendet der Kundin oder dem Kunden einen Link, um die Prämie der Police über das gewählte Gateway zu bezahlen.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Filiale:</translation>
    </message>
    <message>
        <source>&amp;Policy number:</source>
        <translation>&amp;Policennummer:</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policennummer</translation>
    </message>
    <message>
        <source>&amp;Find gateways</source>
        <translation>Gateways &amp;suchen</translation>
    </message>
    <message>
        <source>Find the gateways of this policy</source>
        <translation>Die Gateways dieser Police suchen</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>Zahlungs-Gateway</translation>
    </message>
    <message>
        <source>Democrance may also answer “No payment required” or “Payment to be invoiced” (the invoice gateway): the policy is then issued without a card payment, and PayDesk shows it so.</source>
        <translation>Democrance kann auch „No payment required“ (keine Zahlung nötig) oder „Payment to be invoiced“ (Zahlung per Rechnung, Gateway invoice) antworten: Die Police wird dann ohne Kartenzahlung ausgestellt, und PayDesk zeigt das so an.</translation>
    </message>
    <message>
        <source>&amp;Send link</source>
        <translation>Link &amp;senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send the payment link</source>
        <translation>Den Zahlungslink senden</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MyKaarmaPrepaymentDialog</name>
    <message>
        <source>Enter the amount, e.g. %1.</source>
        <translation>Geben Sie den Betrag ein, z. B. %1.</translation>
    </message>
    <message>
        <source>myKaarma adds its card surcharge to what the customer pays; the detail pane shows it once the prepayment is made.</source>
        <translation>myKaarma schlägt seinen Kartenzuschlag auf den zu zahlenden Betrag auf; der Detailbereich zeigt ihn, sobald die Vorauszahlung angelegt ist.</translation>
    </message>
    <message>
        <source>Nothing goes to the customer yet: the prepayment is made and its surcharge and fees are shown in the detail pane, from where you send the link.</source>
        <translation>Noch geht nichts an die Kundin oder den Kunden: Die Vorauszahlung wird angelegt, Zuschlag und Gebühren erscheinen im Detailbereich, von wo aus Sie den Link senden.</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Vorauszahlung</translation>
    </message>
    <message>
        <source>A prepayment for a repair order through myKaarma: the customer pays the amount by the link they get.</source>
        <translation>Eine Vorauszahlung für einen Werkstattauftrag über myKaarma: Die Kundin oder der Kunde zahlt den Betrag über den erhaltenen Link.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Filiale:</translation>
    </message>
    <message>
        <source>&amp;Repair order:</source>
        <translation>&amp;Werkstattauftrag:</translation>
    </message>
    <message>
        <source>Repair order number</source>
        <translation>Nummer des Werkstattauftrags</translation>
    </message>
    <message>
        <source>&amp;Customer (myKaarma id):</source>
        <translation>&amp;Kunde (myKaarma-ID):</translation>
    </message>
    <message>
        <source>myKaarma customer id</source>
        <translation>myKaarma-Kunden-ID</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Send the pay link by &amp;text</source>
        <translation>Zahlungslink per &amp;SMS senden</translation>
    </message>
    <message>
        <source>Send the pay link by &amp;email</source>
        <translation>Zahlungslink per &amp;E-Mail senden</translation>
    </message>
    <message>
        <source>&amp;Make prepayment</source>
        <translation>Vorauszahlung &amp;anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Make the prepayment</source>
        <translation>Die Vorauszahlung anlegen</translation>
    </message>
    <message>
        <source>Send the pay link by text</source>
        <translation>Zahlungslink per SMS senden</translation>
    </message>
    <message>
        <source>Send the pay link by email</source>
        <translation>Zahlungslink per E-Mail senden</translation>
    </message>
</context>
<context>
    <name>paydesk::DemocranceClient</name>
    <message>
        <source>Democrance sent an answer PayDesk cannot read.</source>
        <translation>Democrance hat eine Antwort gesendet, die PayDesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>Democrance refused the request.</source>
        <translation>Democrance hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Democrance refused the request: %1</source>
        <translation>Democrance hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Democrance ended the session.</source>
        <translation>Democrance hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>Democrance sent a web page instead of data. Check the Democrance address in the connection settings.</source>
        <translation>Democrance hat statt Daten eine Webseite gesendet. Prüfen Sie die Democrance-Adresse in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>No Democrance password is set for this site. Enter it in the connection settings.</source>
        <translation>Für diesen Standort ist kein Democrance-Passwort hinterlegt. Geben Sie es in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the Democrance password.</source>
        <translation>Der Schlüsselbund konnte für das Democrance-Passwort nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The Democrance password was saved for another address. Enter it again for %1.</source>
        <translation>Das Democrance-Passwort wurde für eine andere Adresse gespeichert. Geben Sie es für %1 erneut ein.</translation>
    </message>
    <message>
        <source>Democrance did not accept the user name or password. Check them in the connection settings.</source>
        <translation>Democrance hat den Benutzernamen oder das Passwort nicht akzeptiert. Prüfen Sie beides in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>Democrance refused the new session. Check the user&apos;s access in Democrance.</source>
        <translation>Democrance hat die neue Sitzung abgelehnt. Prüfen Sie die Zugriffsrechte des Benutzers in Democrance.</translation>
    </message>
    <message>
        <source>This policy has no payment to show a tax invoice for.</source>
        <translation>Zu dieser Police gibt es keine Zahlung, für die eine Steuerrechnung angezeigt werden kann.</translation>
    </message>
    <message>
        <source>This site has no Democrance sign-in. Add it in the connection settings.</source>
        <translation>Für diesen Standort ist keine Democrance-Anmeldung hinterlegt. Fügen Sie sie in den Verbindungseinstellungen hinzu.</translation>
    </message>
    <message>
        <source>Democrance does not know this policy.</source>
        <translation>Democrance kennt diese Police nicht.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderDetails</name>
    <message>
        <source>Checked with %1: updated.</source>
        <translation>Bei %1 geprüft: aktualisiert.</translation>
    </message>
    <message>
        <source>Checked with %1: nothing newer.</source>
        <translation>Bei %1 geprüft: nichts Neueres.</translation>
    </message>
    <message>
        <source>myKaarma sent the payment request again.</source>
        <translation>myKaarma hat die Zahlungsanforderung erneut gesendet.</translation>
    </message>
    <message>
        <source>myKaarma refused: %1</source>
        <translation>myKaarma hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No payment required: Democrance issues the policy without a payment</source>
        <translation>Keine Zahlung nötig: Democrance stellt die Police ohne Zahlung aus</translation>
    </message>
    <message>
        <source>Payment to be invoiced: the policy is issued and the money follows the invoice</source>
        <translation>Zahlung per Rechnung: Die Police wird ausgestellt, das Geld folgt mit der Rechnung</translation>
    </message>
    <message>
        <source>Payment required: the customer pays by the link</source>
        <translation>Zahlung nötig: Die Kundin oder der Kunde zahlt über den Link</translation>
    </message>
    <message>
        <source>⚠ myKaarma marks this payment as suspicious: do not release the vehicle until myKaarma clears it.</source>
        <translation>⚠ myKaarma stuft diese Zahlung als verdächtig ein: Geben Sie das Fahrzeug nicht heraus, bis myKaarma sie freigibt.</translation>
    </message>
    <message>
        <source>Surcharge %1, fee %2; the customer pays %3</source>
        <translation>Zuschlag %1, Gebühr %2; die Kundin oder der Kunde zahlt %3</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>Wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>Asking Democrance for the document…</source>
        <translation>Das Dokument wird bei Democrance angefordert…</translation>
    </message>
    <message>
        <source>Democrance sent no document: %1</source>
        <translation>Democrance hat kein Dokument gesendet: %1</translation>
    </message>
    <message>
        <source>not a PDF</source>
        <translation>kein PDF</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Quittung speichern</translation>
    </message>
    <message>
        <source>Save tax invoice</source>
        <translation>Steuerrechnung speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation>Das Dokument konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Resend queued — sent as soon as myKaarma answers.</source>
        <translation>Erneutes Senden in der Warteschlange — wird gesendet, sobald myKaarma antwortet.</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Police:</translation>
    </message>
    <message>
        <source>Provider status:</source>
        <translation>Status beim Anbieter:</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Gateway:</translation>
    </message>
    <message>
        <source>Democrance says:</source>
        <translation>Democrance meldet:</translation>
    </message>
    <message>
        <source>Payment status:</source>
        <translation>Zahlungsstatus:</translation>
    </message>
    <message>
        <source>Repair order:</source>
        <translation>Werkstattauftrag:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Bezahlt:</translation>
    </message>
    <message>
        <source>Paid online:</source>
        <translation>Online bezahlt:</translation>
    </message>
    <message>
        <source>Payment request sent:</source>
        <translation>Zahlungsanforderung gesendet:</translation>
    </message>
    <message>
        <source>Surcharge and fees:</source>
        <translation>Zuschlag und Gebühren:</translation>
    </message>
    <message>
        <source>myKaarma warns:</source>
        <translation>myKaarma warnt:</translation>
    </message>
    <message>
        <source>Check status now</source>
        <translation>Status jetzt prüfen</translation>
    </message>
    <message>
        <source>Download tax invoice…</source>
        <translation>Steuerrechnung herunterladen…</translation>
    </message>
    <message>
        <source>Download receipt…</source>
        <translation>Quittung herunterladen…</translation>
    </message>
    <message>
        <source>Resend payment request</source>
        <translation>Zahlungsanforderung erneut senden</translation>
    </message>
</context>
</TS>
