<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>FieldErrorPresenter</name>
    <message>
        <source>Discard this request?</source>
        <translation>Dit verzoek verwerpen?</translation>
    </message>
    <message>
        <source>What you typed in this form will be lost.</source>
        <translation>Wat u in dit formulier hebt ingevuld, gaat verloren.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start in service-desk kiosk mode: the locked-down, customer-facing self-service screen (staff leave it with the PIN).</source>
        <translation>Starten in kioskmodus voor de servicebalie: het vergrendelde selfservicescherm voor klanten (medewerkers verlaten het met de pincode).</translation>
    </message>
    <message>
        <source>Render the dashboard (light and dark), the new-request dialog and the kiosk screens to PNG files in &lt;dir&gt; using demo data, then quit.</source>
        <translation>Het overzicht (licht en donker), het venster voor een nieuw verzoek en de kioskschermen met demogegevens als PNG-bestanden in &lt;dir&gt; opslaan en afsluiten.</translation>
    </message>
    <message>
        <source>Demo kiosk: the staff PIN is 123456 (hold the top-left corner for 3 seconds, or press Ctrl+Alt+Shift+P).</source>
        <translation>Demokiosk: de pincode voor medewerkers is 123456 (houd de linkerbovenhoek 3 seconden vast of druk op Ctrl+Alt+Shift+P).</translation>
    </message>
    <message>
        <source>Read a kiosk staff PIN (6 to 12 digits) from standard input and print its hash for the Kiosk/pinHash setting, then quit.</source>
        <translation>Een pincode voor kioskmedewerkers (6 tot 12 cijfers) van standaardinvoer lezen en de hash ervan voor de instelling Kiosk/pinHash afdrukken en afsluiten.</translation>
    </message>
    <message>
        <source>A staff PIN has 6 to 12 digits.</source>
        <translation>Een pincode voor medewerkers heeft 6 tot 12 cijfers.</translation>
    </message>
    <message>
        <source>Demo kiosk: try the reference %1 with the surname %2.</source>
        <translation>Demokiosk: probeer de referentie %1 met de achternaam %2.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Kan %1 niet aanmaken</translation>
    </message>
    <message>
        <source>Could not write the screenshots to %1</source>
        <translation>Kan de schermafbeeldingen niet naar %1 schrijven</translation>
    </message>
    <message>
        <source>Payment manager for car dealerships</source>
        <translation>Betalingsbeheer voor autodealers</translation>
    </message>
    <message>
        <source>Start the built-in sandbox with demo data and open the dashboard on it.</source>
        <translation>De ingebouwde testomgeving met demogegevens starten en het overzicht daarop openen.</translation>
    </message>
    <message>
        <source>Use the connection profile &lt;name&gt;.</source>
        <translation>Het verbindingsprofiel &lt;name&gt; gebruiken.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Service-desk kiosk mode (not available yet).</source>
        <translation>Kioskmodus voor de servicebalie (nog niet beschikbaar).</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation>Kleurthema: system (systeem), light (licht) of dark (donker).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <source>Render the dashboard (light and dark) and the new-request dialog to PNG files in &lt;dir&gt; using demo data, then quit.</source>
        <translation>Het overzicht (licht en donker) en het venster voor een nieuw verzoek met demogegevens als PNG-bestanden in &lt;dir&gt; opslaan en afsluiten.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>map</translation>
    </message>
    <message>
        <source>Kiosk mode is not available yet. Start PayDesk without --kiosk.</source>
        <translation>De kioskmodus is nog niet beschikbaar. Start PayDesk zonder --kiosk.</translation>
    </message>
    <message>
        <source>PayDesk is already running with the profile “%1”.</source>
        <translation>PayDesk draait al met het profiel ‘%1’.</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo.</source>
        <translation>Kan geen tijdelijke map voor de demo aanmaken.</translation>
    </message>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>De demotestomgeving is niet gestart: %1</translation>
    </message>
    <message>
        <source>This build has no sandbox, so --demo is not available.</source>
        <translation>Deze versie heeft geen testomgeving, dus --demo is niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>paydesk::ApiError</name>
    <message>
        <source>The platform cannot be reached. PayDesk keeps working from its cache and retries.</source>
        <translation>Het platform is niet bereikbaar. PayDesk werkt verder met de cache en probeert het opnieuw.</translation>
    </message>
    <message>
        <source>The platform did not answer in time. PayDesk retries.</source>
        <translation>Het platform heeft niet op tijd geantwoord. PayDesk probeert het opnieuw.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was not accepted. Check the server address, or trust the company&apos;s CA certificate in the connection settings.</source>
        <translation>Het certificaat van het platform is niet geaccepteerd. Controleer het serveradres of vertrouw het CA-certificaat van het bedrijf in de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate has expired, so PayDesk does not connect. Ask whoever runs the platform to renew it.</source>
        <translation>Het certificaat van het platform is verlopen, daarom maakt PayDesk geen verbinding. Vraag de beheerder van het platform het te vernieuwen.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not valid yet, so PayDesk does not connect. Check this computer&apos;s date and time.</source>
        <translation>Het certificaat van het platform is nog niet geldig, daarom maakt PayDesk geen verbinding. Controleer de datum en tijd van deze computer.</translation>
    </message>
    <message>
        <source>The platform sent an answer PayDesk cannot read.</source>
        <translation>Het platform stuurde een antwoord dat PayDesk niet kan lezen.</translation>
    </message>
    <message>
        <source>The platform sent a web page instead of data. The server address or the account&apos;s permissions may be wrong.</source>
        <translation>Het platform stuurde een webpagina in plaats van gegevens. Het serveradres of de rechten van het account kloppen mogelijk niet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over %1).</source>
        <translation>Het antwoord van de server was te groot (meer dan %1).</translation>
    </message>
    <message>
        <source>The platform&apos;s change feed is inconsistent: it does not move forward as it should. PayDesk keeps the cached data, does not store the bad position, and tries again later.</source>
        <translation>De wijzigingsfeed van het platform is inconsistent: hij gaat niet vooruit zoals hoort. PayDesk houdt de gegevens in de cache, slaat de foute positie niet op en probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>The platform refused PayDesk&apos;s access token.</source>
        <translation>Het platform heeft het toegangstoken van PayDesk geweigerd.</translation>
    </message>
    <message>
        <source>Sign-in failed: the platform did not accept the client id or secret. Check them in the connection settings.</source>
        <translation>Aanmelden mislukt: het platform heeft de client-ID of het geheim niet geaccepteerd. Controleer ze in de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Het verzoek is afgebroken.</translation>
    </message>
    <message>
        <source>The platform rejected the request.</source>
        <translation>Het platform heeft het verzoek afgewezen.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>Dit account mag dat niet.</translation>
    </message>
    <message>
        <source>The platform does not know this payment or store.</source>
        <translation>Het platform kent deze betaling of vestiging niet.</translation>
    </message>
    <message>
        <source>The platform is still processing the same request.</source>
        <translation>Het platform verwerkt hetzelfde verzoek nog.</translation>
    </message>
    <message>
        <source>The platform asked PayDesk to slow down.</source>
        <translation>Het platform heeft PayDesk gevraagd het rustiger aan te doen.</translation>
    </message>
    <message>
        <source>The platform had a problem (HTTP %1). PayDesk retries.</source>
        <translation>Het platform had een probleem (HTTP %1). PayDesk probeert het opnieuw.</translation>
    </message>
    <message>
        <source>The platform answered with HTTP %1.</source>
        <translation>Het platform antwoordde met HTTP %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sign-in failed: no client secret is stored for this connection. Enter it in the connection settings.</source>
        <translation>Aanmelden mislukt: voor deze verbinding is geen clientgeheim opgeslagen. Voer het in bij de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed for the demo or a local test platform on this computer. Use an https:// address for the platform.</source>
        <translation>Onversleuteld HTTP is alleen toegestaan voor de demo of een lokaal testplatform op deze computer. Gebruik een https://-adres voor het platform.</translation>
    </message>
    <message>
        <source>Sign-in failed: the stored client secret was entered for another platform address. Enter it again in the connection settings.</source>
        <translation>Aanmelden mislukt: het opgeslagen clientgeheim is voor een ander platformadres ingevoerd. Voer het opnieuw in bij de verbindingsinstellingen.</translation>
    </message>
</context>
<context>
    <name>paydesk::ConnectionProfile</name>
    <message>
        <source>Enter the platform&apos;s address, e.g. https://api.example.com.</source>
        <translation>Voer het adres van het platform in, bijv. https://api.example.com.</translation>
    </message>
    <message>
        <source>Enter the enterprise id.</source>
        <translation>Voer de bedrijfs-ID in.</translation>
    </message>
    <message>
        <source>Enter at least one store id.</source>
        <translation>Voer minstens één vestigings-ID in.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Voer de client-ID in.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read as PEM certificates.</source>
        <translation>Het CA-certificaatbestand kan niet als PEM-certificaten worden gelezen.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (localhost, 127.0.0.1); use https:// for any other address.</source>
        <translation>Onversleuteld http:// is alleen toegestaan naar deze computer (localhost, 127.0.0.1); gebruik https:// voor elk ander adres.</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is only for a local test platform on this computer: tick “Local test platform”.</source>
        <translation>Het adres moet met https:// beginnen. Onversleuteld http:// is alleen voor een lokaal testplatform op deze computer: vink ‘Lokaal testplatform’ aan.</translation>
    </message>
</context>
<context>
    <name>paydesk::ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Polling — live updates reconnecting</source>
        <translation>Periodiek ophalen — live-updates maken opnieuw verbinding</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline sinds %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Aanmelden mislukt</translation>
    </message>
    <message>
        <source>%1 — 1 action queued</source>
        <translation>%1 — 1 actie in de wachtrij</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n actions queued</source>
        <translation>
            <numerusform>%1 — %n actie in de wachtrij</numerusform>
            <numerusform>%1 — %n acties in de wachtrij</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::MemorySecretStore</name>
    <message>
        <source>Secrets are kept in memory for this session only.</source>
        <translation>Geheimen worden alleen voor deze sessie in het geheugen bewaard.</translation>
    </message>
</context>
<context>
    <name>paydesk::Money</name>
    <message>
        <source>“%1” is not a currency PayDesk knows.</source>
        <translation>‘%1’ is geen valuta die PayDesk kent.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Voer een bedrag in.</translation>
    </message>
    <message>
        <source>The amount must be a number.</source>
        <translation>Het bedrag moet een getal zijn.</translation>
    </message>
    <message>
        <source>The amount must be a number such as 249.99.</source>
        <translation>Het bedrag moet een getal zijn, zoals 249,99.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Het bedrag is te hoog.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation>Bedragen in %1 hebben geen decimalen.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>Bedragen in %1 hebben hoogstens %2 decimalen.</translation>
    </message>
    <message>
        <source>The amount is too large to be exact.</source>
        <translation>Het bedrag is te hoog om exact te zijn.</translation>
    </message>
</context>
<context>
    <name>paydesk::Payment</name>
    <message>
        <source>Awaiting payment — do not release</source>
        <translation>Betaling openstaand — niet vrijgeven</translation>
    </message>
    <message>
        <source>Paid, awaiting funds clearance — do not release yet</source>
        <translation>Betaald, bijschrijving nog niet binnen — nog niet vrijgeven</translation>
    </message>
    <message>
        <source>Funds cleared — safe to release</source>
        <translation>Geld bijgeschreven — vrijgeven mogelijk</translation>
    </message>
    <message>
        <source>Payment failed — do not release</source>
        <translation>Betaling mislukt — niet vrijgeven</translation>
    </message>
    <message>
        <source>Cancelled — paid another way or withdrawn</source>
        <translation>Geannuleerd — op een andere manier betaald of ingetrokken</translation>
    </message>
    <message>
        <source>Expired unpaid — do not release</source>
        <translation>Onbetaald verlopen — niet vrijgeven</translation>
    </message>
    <message>
        <source>Refunded — do not release</source>
        <translation>Terugbetaald — niet vrijgeven</translation>
    </message>
    <message>
        <source>Status unknown — check with the platform before releasing</source>
        <translation>Status onbekend — controleer bij het platform voor het vrijgeven</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentJson</name>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Het veld ‘%1’ ontbreekt.</translation>
    </message>
    <message>
        <source>The field “%1” has the wrong type.</source>
        <translation>Het veld ‘%1’ heeft het verkeerde type.</translation>
    </message>
    <message>
        <source>The field “%1” is longer than %2 characters.</source>
        <translation>Het veld ‘%1’ is langer dan %2 tekens.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentReference</name>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>Werkorder</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Autoverkoop</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polis</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentStatus</name>
    <message>
        <source>Initiated</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Bekeken</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Geautoriseerd</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Deels terugbetaald</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Onbekend (%1)</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentStore</name>
    <message>
        <source>The local cache is damaged; PayDesk will rebuild it from the platform at the next start.</source>
        <translation>De lokale cache is beschadigd; PayDesk bouwt hem bij de volgende start opnieuw op vanaf het platform.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It was set aside (%1) and a fresh cache was started; payments will be downloaded again from the server.</source>
        <translation>De lokale cache was beschadigd. Hij is apart gezet (%1) en er is een nieuwe cache begonnen; de betalingen worden opnieuw van de server gedownload.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentValidator</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Voer de naam van de klant in.</translation>
    </message>
    <message>
        <source>Do not enter card numbers here. PayDesk keeps at most the last four digits, e.g. “card ending 1111”.</source>
        <translation>Voer hier geen kaartnummers in. PayDesk bewaart hoogstens de laatste vier cijfers, bijv. ‘kaart eindigend op 1111’.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Gebruik hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Enter an email address to send the pay link by email.</source>
        <translation>Voer een e-mailadres in om de betaallink per e-mail te versturen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>‘%1’ is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>Enter a mobile number to send the pay link by SMS.</source>
        <translation>Voer een mobiel nummer in om de betaallink per sms te versturen.</translation>
    </message>
    <message>
        <source>Enter the number in international form, e.g. +44 7700 900123.</source>
        <translation>Voer het nummer in internationale vorm in, bijv. +31 6 12345678.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Kies een valuta.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Het bedrag moet groter dan nul zijn.</translation>
    </message>
    <message>
        <source>Choose email, SMS or both.</source>
        <translation>Kies e-mail, sms of beide.</translation>
    </message>
    <message>
        <source>Enter the invoice, repair order or deal number.</source>
        <translation>Voer het factuur-, werkorder- of verkoopnummer in.</translation>
    </message>
    <message>
        <source>Choose invoice, repair order or deal.</source>
        <translation>Kies factuur, werkorder of autoverkoop.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>De vervaldatum moet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Choose the site this payment is for.</source>
        <translation>Kies de locatie waarvoor deze betaling is.</translation>
    </message>
    <message>
        <source>Say why the request is cancelled, e.g. paid in cash.</source>
        <translation>Geef aan waarom het verzoek wordt geannuleerd, bijv. contant betaald.</translation>
    </message>
    <message>
        <source>Choose a payment.</source>
        <translation>Kies een betaling.</translation>
    </message>
</context>
<context>
    <name>paydesk::SecretError</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>Er is geen sleutelhanger van het systeem beschikbaar.</translation>
    </message>
    <message>
        <source>The system keychain refused access. It may be locked.</source>
        <translation>De sleutelhanger van het systeem weigerde de toegang. Mogelijk is hij vergrendeld.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>De sleutelhanger van het systeem antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>De sleutelhanger van het systeem meldde een fout.</translation>
    </message>
</context>
<context>
    <name>paydesk::SessionSecretStore</name>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Sleutelhanger van het systeem controleren…</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked): secrets are kept in memory for this session only and you will need to enter them again next time.</source>
        <translation>De sleutelhanger van het systeem weigerde de toegang (mogelijk is hij vergrendeld): geheimen worden alleen voor deze sessie in het geheugen bewaard en u moet ze de volgende keer opnieuw invoeren.</translation>
    </message>
    <message>
        <source>No system keychain is available: secrets are kept in memory for this session only and you will need to enter them again next time.</source>
        <translation>Er is geen sleutelhanger van het systeem beschikbaar: geheimen worden alleen voor deze sessie in het geheugen bewaard en u moet ze de volgende keer opnieuw invoeren.</translation>
    </message>
</context>
<context>
    <name>paydesk::StatusChange</name>
    <message>
        <source>Dealer</source>
        <translation>Dealer</translation>
    </message>
    <message>
        <source>Payment partner</source>
        <translation>Betaalpartner</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>paydesk::StoreError</name>
    <message>
        <source>The local cache was written by a newer version of PayDesk (format %1; this version reads up to %2). It was left untouched. Please update PayDesk.</source>
        <translation>De lokale cache is geschreven door een nieuwere versie van PayDesk (formaat %1; deze versie leest tot en met %2). Hij is ongewijzigd gelaten. Werk PayDesk bij.</translation>
    </message>
    <message>
        <source>The local cache could not be opened.</source>
        <translation>De lokale cache kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of PayDesk and was left untouched.</source>
        <translation>De lokale cache is geschreven door een nieuwere versie van PayDesk en is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>The local cache is damaged.</source>
        <translation>De lokale cache is beschadigd.</translation>
    </message>
    <message>
        <source>The local cache could not be upgraded; it was left unchanged.</source>
        <translation>De lokale cache kon niet worden bijgewerkt; hij is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>The local cache is busy; please try again.</source>
        <translation>De lokale cache is bezet; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The item is not in the local cache.</source>
        <translation>Het item staat niet in de lokale cache.</translation>
    </message>
    <message>
        <source>The request to the local cache was invalid.</source>
        <translation>Het verzoek aan de lokale cache was ongeldig.</translation>
    </message>
    <message>
        <source>The local cache reported an error.</source>
        <translation>De lokale cache meldde een fout.</translation>
    </message>
</context>
<context>
    <name>paydesk::TrustedCaStore</name>
    <message>
        <source>The CA certificate file cannot be read as PEM certificates.</source>
        <translation>Het CA-certificaatbestand kan niet als PEM-certificaten worden gelezen.</translation>
    </message>
    <message>
        <source>PayDesk cannot create its folder for trusted certificates (%1).</source>
        <translation>PayDesk kan zijn map voor vertrouwde certificaten niet aanmaken (%1).</translation>
    </message>
    <message>
        <source>PayDesk cannot keep a copy of the CA certificate: %1</source>
        <translation>PayDesk kan geen kopie van het CA-certificaat bewaren: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ActionMessageBar</name>
    <message>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recent (%1)</source>
        <translation>Recent (%1)</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>Your actions</source>
        <translation>Uw acties</translation>
    </message>
    <message>
        <source>Outcome of your last action</source>
        <translation>Resultaat van uw laatste actie</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Select this payment in the table, clearing filters that hide it</source>
        <translation>Deze betaling in de tabel selecteren en filters wissen die haar verbergen</translation>
    </message>
    <message>
        <source>Recent actions</source>
        <translation>Recente acties</translation>
    </message>
    <message>
        <source>Your recent actions and what the platform answered</source>
        <translation>Uw recente acties en wat het platform antwoordde</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss this message (it stays under Recent)</source>
        <translation>Dit bericht sluiten (het blijft onder Recent)</translation>
    </message>
    <message>
        <source>Sent to %1 — confirmed by the platform</source>
        <translation>Verstuurd naar %1 — bevestigd door het platform</translation>
    </message>
    <message>
        <source>Cancelled: %1 — confirmed by the platform</source>
        <translation>Geannuleerd: %1 — bevestigd door het platform</translation>
    </message>
    <message>
        <source>Notification resent to %1 — confirmed by the platform</source>
        <translation>Melding opnieuw verstuurd naar %1 — bevestigd door het platform</translation>
    </message>
    <message>
        <source>%1 — confirmed by the platform</source>
        <translation>%1 — bevestigd door het platform</translation>
    </message>
    <message>
        <source>Your new payment request was confirmed by the platform</source>
        <translation>Uw nieuwe betaalverzoek is bevestigd door het platform</translation>
    </message>
    <message>
        <source>Your cancellation was confirmed by the platform</source>
        <translation>Uw annulering is bevestigd door het platform</translation>
    </message>
    <message>
        <source>Your notification resend was confirmed by the platform</source>
        <translation>Het opnieuw versturen van uw melding is bevestigd door het platform</translation>
    </message>
    <message>
        <source>The platform confirmed your action</source>
        <translation>Het platform heeft uw actie bevestigd</translation>
    </message>
    <message>
        <source>Not sent: the request for %1 — the platform refused: %2</source>
        <translation>Niet verstuurd: het verzoek voor %1 — het platform weigerde: %2</translation>
    </message>
    <message>
        <source>Not cancelled: %1 — the platform refused: %2</source>
        <translation>Niet geannuleerd: %1 — het platform weigerde: %2</translation>
    </message>
    <message>
        <source>Not resent: %1 — the platform refused: %2</source>
        <translation>Niet opnieuw verstuurd: %1 — het platform weigerde: %2</translation>
    </message>
    <message>
        <source>%1 — the platform refused: %2</source>
        <translation>%1 — het platform weigerde: %2</translation>
    </message>
    <message>
        <source>Your new payment request was refused by the platform: %1</source>
        <translation>Uw nieuwe betaalverzoek is geweigerd door het platform: %1</translation>
    </message>
    <message>
        <source>Your cancellation was refused by the platform: %1</source>
        <translation>Uw annulering is geweigerd door het platform: %1</translation>
    </message>
    <message>
        <source>Your notification resend was refused by the platform: %1</source>
        <translation>Het opnieuw versturen van uw melding is geweigerd door het platform: %1</translation>
    </message>
    <message>
        <source>The platform refused your action: %1</source>
        <translation>Het platform heeft uw actie geweigerd: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CancelDialog</name>
    <message>
        <source>Cancel payment request</source>
        <translation>Betaalverzoek annuleren</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>The customer&apos;s pay link stops working at once. This cannot be undone; to take the payment later, raise a new request.</source>
        <translation>De betaallink van de klant werkt meteen niet meer. Dit kan niet ongedaan worden gemaakt; maak een nieuw verzoek aan om later te laten betalen.</translation>
    </message>
    <message>
        <source>This payment is %1 and can no longer be cancelled.</source>
        <translation>Deze betaling is ‘%1’ en kan niet meer worden geannuleerd.</translation>
    </message>
    <message>
        <source>Warning: this payment is already paid. It can no longer be cancelled; if the money must go back, refund it with the payment partner.</source>
        <translation>Let op: deze betaling is al betaald. Ze kan niet meer worden geannuleerd; moet het geld terug, betaal het dan terug via de betaalpartner.</translation>
    </message>
    <message>
        <source>Warning: the customer is paying right now (%1). Cancelling stops the pay link and may interrupt their payment. Check with the customer before you cancel.</source>
        <translation>Let op: de klant is nu aan het betalen (%1). Annuleren blokkeert de betaallink en kan de betaling onderbreken. Overleg met de klant voordat u annuleert.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Reden van de annulering</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Kies of typ een reden</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Contant betaald</translation>
    </message>
    <message>
        <source>Paid by card at the desk</source>
        <translation>Met kaart aan de balie betaald</translation>
    </message>
    <message>
        <source>Paid by bank transfer</source>
        <translation>Per overschrijving betaald</translation>
    </message>
    <message>
        <source>Wrong amount or details; a new request follows</source>
        <translation>Verkeerd bedrag of verkeerde gegevens; er volgt een nieuw verzoek</translation>
    </message>
    <message>
        <source>The customer no longer wants to pay</source>
        <translation>De klant wil niet meer betalen</translation>
    </message>
    <message>
        <source>Reason problem</source>
        <translation>Probleem met de reden</translation>
    </message>
    <message>
        <source>I &amp;understand that the customer can no longer pay with this link</source>
        <translation>Ik &amp;begrijp dat de klant niet meer met deze link kan betalen</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>De annulering bevestigen</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Probleem met de bevestiging</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Verzoek annuleren</translation>
    </message>
    <message>
        <source>Cancel the payment request</source>
        <translation>Het betaalverzoek annuleren</translation>
    </message>
    <message>
        <source>Keep request</source>
        <translation>Verzoek behouden</translation>
    </message>
    <message>
        <source>Keep the payment request</source>
        <translation>Het betaalverzoek behouden</translation>
    </message>
    <message>
        <source>Tick the box to confirm the cancellation.</source>
        <translation>Vink het vakje aan om de annulering te bevestigen.</translation>
    </message>
    <message>
        <source>This payment can no longer be cancelled.</source>
        <translation>Deze betaling kan niet meer worden geannuleerd.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionIndicator</name>
    <message>
        <source>Connection: %1</source>
        <translation>Verbinding: %1</translation>
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
        <translation>Vertrouwd CA-certificaat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>Profiel&amp;naam:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profielnaam</translation>
    </message>
    <message>
        <source>e.g. Head office</source>
        <translation>bijv. Hoofdkantoor</translation>
    </message>
    <message>
        <source>Platform &amp;URL:</source>
        <translation>Platform-&amp;URL:</translation>
    </message>
    <message>
        <source>Platform URL</source>
        <translation>Platform-URL</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>Local test platform on t&amp;his computer (allows plain http://)</source>
        <translation>&amp;Lokaal testplatform op deze computer (staat onversleuteld http:// toe)</translation>
    </message>
    <message>
        <source>Local test platform</source>
        <translation>Lokaal testplatform</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>B&amp;edrijf:</translation>
    </message>
    <message>
        <source>Enterprise id</source>
        <translation>Bedrijfs-ID</translation>
    </message>
    <message>
        <source>e.g. E100234</source>
        <translation>bijv. E100234</translation>
    </message>
    <message>
        <source>&amp;Stores:</source>
        <translation>Ve&amp;stigingen:</translation>
    </message>
    <message>
        <source>Store ids</source>
        <translation>Vestigings-ID&apos;s</translation>
    </message>
    <message>
        <source>Store ids, separated by commas</source>
        <translation>Vestigings-ID&apos;s, gescheiden door komma&apos;s</translation>
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
        <translation>Client&amp;geheim:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheim</translation>
    </message>
    <message>
        <source>Trusted &amp;CA:</source>
        <translation>Vertrouwde &amp;CA:</translation>
    </message>
    <message>
        <source>Trusted CA certificate file</source>
        <translation>Bestand van het vertrouwde CA-certificaat</translation>
    </message>
    <message>
        <source>Optional: a PEM file with your company&apos;s CA</source>
        <translation>Optioneel: een PEM-bestand met de CA van uw bedrijf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Het CA-certificaatbestand kiezen</translation>
    </message>
    <message>
        <source>Fingerprint of the trusted CA</source>
        <translation>Vingerafdruk van de vertrouwde CA</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultaat van de verbindingstest</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Probleem met de profielnaam</translation>
    </message>
    <message>
        <source>Platform URL problem</source>
        <translation>Probleem met de platform-URL</translation>
    </message>
    <message>
        <source>Enterprise problem</source>
        <translation>Probleem met het bedrijf</translation>
    </message>
    <message>
        <source>Stores problem</source>
        <translation>Probleem met de vestigingen</translation>
    </message>
    <message>
        <source>Client id problem</source>
        <translation>Probleem met de client-ID</translation>
    </message>
    <message>
        <source>Client secret problem</source>
        <translation>Probleem met het clientgeheim</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Probleem met het CA-bestand</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-vingerafdruk: %1</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geef het profiel een naam.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Voer het clientgeheim in.</translation>
    </message>
    <message>
        <source>Testing… signing in and reading each store.</source>
        <translation>Bezig met testen… aanmelden en elke vestiging lezen.</translation>
    </message>
    <message>
        <source>Fill in the marked fields first.</source>
        <translation>Vul eerst de gemarkeerde velden in.</translation>
    </message>
    <message>
        <source>The platform address changed: type the client secret again to use it with the new address.</source>
        <translation>Het platformadres is gewijzigd: typ het clientgeheim opnieuw om het met het nieuwe adres te gebruiken.</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>Het geheim kon niet in de sleutelhanger worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionTester</name>
    <message numerus="yes">
        <source>Connected: signed in and read the payments of %n store(s).</source>
        <translation>
            <numerusform>Verbonden: aangemeld en de betalingen van %n vestiging gelezen.</numerusform>
            <numerusform>Verbonden: aangemeld en de betalingen van %n vestigingen gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreachable: PayDesk cannot reach %1. Check the address and the network%2.</source>
        <translation>Onbereikbaar: PayDesk kan %1 niet bereiken. Controleer het adres en het netwerk%2.</translation>
    </message>
    <message>
        <source>TLS: the secure connection to %1 was refused%2. If your company uses its own certificate authority, choose its CA file.</source>
        <translation>TLS: de beveiligde verbinding met %1 is geweigerd%2. Gebruikt uw bedrijf een eigen certificeringsinstantie, kies dan het CA-bestand daarvan.</translation>
    </message>
    <message>
        <source>Bad credentials: the platform refused the client id or the client secret.</source>
        <translation>Onjuiste inloggegevens: het platform weigerde de client-ID of het clientgeheim.</translation>
    </message>
    <message>
        <source>%1 answered, but not like the payments platform. Check the platform URL.</source>
        <translation>%1 antwoordde, maar niet zoals het betaalplatform. Controleer de platform-URL.</translation>
    </message>
    <message>
        <source>%1 answered, but has no sign-in there. Check the platform URL.</source>
        <translation>%1 antwoordde, maar biedt daar geen aanmelding. Controleer de platform-URL.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Aanmelden mislukt: %1</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>De test is afgebroken.</translation>
    </message>
    <message>
        <source>No such store: “%1” was not found in enterprise “%2”.</source>
        <translation>Vestiging niet gevonden: ‘%1’ bestaat niet in bedrijf ‘%2’.</translation>
    </message>
    <message>
        <source>Not allowed: this client may not read store “%1”.</source>
        <translation>Niet toegestaan: deze client mag vestiging ‘%1’ niet lezen.</translation>
    </message>
    <message>
        <source>Reading store “%1” failed: %2</source>
        <translation>Lezen van vestiging ‘%1’ mislukt: %2</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CsvExporter</name>
    <message>
        <source>Funds cleared</source>
        <translation>Geld bijgeschreven</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Reference type</source>
        <translation>Soort referentie</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Referentie van de aanbieder</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Kaartmerk</translation>
    </message>
    <message>
        <source>Card last 4</source>
        <translation>Laatste 4 cijfers van de kaart</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>Transactiereferentie</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 kon niet worden geopend om te schrijven: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>The payments could not be read: %1</source>
        <translation>De betalingen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Reden van mislukking</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CustomerContactFields</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Naam van de klant</translation>
    </message>
    <message>
        <source>As on the invoice</source>
        <translation>Zoals op de factuur</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-mailadres van de klant</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobiel:</translation>
    </message>
    <message>
        <source>Customer mobile number</source>
        <translation>Mobiel nummer van de klant</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+31 6 12345678</translation>
    </message>
    <message>
        <source>Send link by:</source>
        <translation>Link versturen per:</translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation>E-mai&amp;l</translation>
    </message>
    <message>
        <source>Send the pay link by email</source>
        <translation>De betaallink per e-mail versturen</translation>
    </message>
    <message>
        <source>SM&amp;S</source>
        <translation>SM&amp;S</translation>
    </message>
    <message>
        <source>Send the pay link by SMS</source>
        <translation>De betaallink per sms versturen</translation>
    </message>
    <message>
        <source>Customer name problem</source>
        <translation>Probleem met de naam van de klant</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Probleem met het e-mailadres</translation>
    </message>
    <message>
        <source>Mobile number problem</source>
        <translation>Probleem met het mobiele nummer</translation>
    </message>
    <message>
        <source>Channel problem</source>
        <translation>Probleem met het verzendkanaal</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FieldErrorPresenter</name>
    <message>
        <source>Problem with the request</source>
        <translation>Probleem met het verzoek</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FilterBar</name>
    <message>
        <source>Search cut to its first %1 characters; the rest was left out. %2</source>
        <translation>Zoekopdracht ingekort tot de eerste %1 tekens; de rest is weggelaten. %2</translation>
    </message>
    <message>
        <source>Cleared / safe to release</source>
        <translation>Bijgeschreven / vrijgeven mogelijk</translation>
    </message>
    <message>
        <source>Paid, and the platform reports the funds cleared</source>
        <translation>Betaald, en het platform meldt het geld als bijgeschreven</translation>
    </message>
    <message>
        <source>Awaiting clearance</source>
        <translation>Bijschrijving openstaand</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Name, email, phone, reference, last 4 or amount</source>
        <translation>Naam, e-mail, telefoon, referentie, laatste 4 of bedrag</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Betalingen zoeken</translation>
    </message>
    <message>
        <source>Matches name, email, phone, reference, card last 4 and amount as you type (Ctrl+F)</source>
        <translation>Zoekt tijdens het typen in naam, e-mail, telefoon, referentie, laatste 4 kaartcijfers en bedrag (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Open requests only</source>
        <translation>Alleen openstaande verzoeken</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Show only payments in these statuses</source>
        <translation>Alleen betalingen met deze statussen tonen</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Last update within this range</source>
        <translation>Laatste wijziging binnen deze periode</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle vestigingen</translation>
    </message>
    <message>
        <source>Store filter</source>
        <translation>Vestigingsfilter</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle aanbieders</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Aanbiederfilter</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
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
        <translation>Minimumbedrag</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Maximumbedrag</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Elke valuta</translation>
    </message>
    <message>
        <source>Currency filter</source>
        <translation>Valutafilter</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Opgeslagen weergaven</translation>
    </message>
    <message>
        <source>Apply a saved view</source>
        <translation>Een opgeslagen weergave toepassen</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Weergave opslaan…</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>Het huidige filter als weergave opslaan</translation>
    </message>
    <message>
        <source>Manage views</source>
        <translation>Weergaven beheren</translation>
    </message>
    <message>
        <source>Manage saved views</source>
        <translation>Opgeslagen weergaven beheren</translation>
    </message>
    <message>
        <source>Rename view…</source>
        <translation>Weergave hernoemen…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Weergave verwijderen</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle filters wissen</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>Huidig filter</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation>Geen bedrag</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Openstaande verzoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statussen</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Showing all payments</source>
        <translation>Alle betalingen worden getoond</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Gefilterd op %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saved views…</source>
        <translation>Opgeslagen weergaven…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Weergave opslaan</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Naam van de weergave:</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Weergave hernoemen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <source>A view called “%1” already exists.</source>
        <translation>Er bestaat al een weergave met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 betaling</translation>
    </message>
    <message numerus="yes">
        <source>%n payments</source>
        <translation>
            <numerusform>%n betaling</numerusform>
            <numerusform>%n betalingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ payments</source>
        <translation>
            <numerusform>%Ln+ betaling</numerusform>
            <numerusform>%Ln+ betalingen</numerusform>
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
        <translation>Welkom bij PayDesk</translation>
    </message>
    <message>
        <source>Connect PayDesk to your payments platform. Your administrator or the platform&apos;s developer portal has these details. The client secret is kept in the system keychain, never in a file.</source>
        <translation>Verbind PayDesk met uw betaalplatform. Uw beheerder of het ontwikkelaarsportaal van het platform heeft deze gegevens. Het clientgeheim wordt in de sleutelhanger van het systeem bewaard, nooit in een bestand.</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Opslaan en verbinden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::InitiateDialog</name>
    <message>
        <source>Too long: at most %1 characters. Anything beyond that was left out, so check the end of the text.</source>
        <translation>Te lang: hoogstens %1 tekens. Alles daarna is weggelaten, controleer dus het einde van de tekst.</translation>
    </message>
    <message>
        <source>New payment request</source>
        <translation>Nieuw betaalverzoek</translation>
    </message>
    <message>
        <source>The customer receives a link to pay online. PayDesk queues the request and sends it as soon as the platform can be reached.</source>
        <translation>De klant ontvangt een link om online te betalen. PayDesk zet het verzoek in de wachtrij en verstuurt het zodra het platform bereikbaar is.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>Loca&amp;tie:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referentie:</translation>
    </message>
    <message>
        <source>Reference type</source>
        <translation>Soort referentie</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Referentienummer</translation>
    </message>
    <message>
        <source>Number in the DMS</source>
        <translation>Nummer in het DMS</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Shown to the customer, e.g. “Service and MOT”</source>
        <translation>Zichtbaar voor de klant, bijv. ‘Onderhoudsbeurt en APK’</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Verloopt:</translation>
    </message>
    <message>
        <source>The pay link expires</source>
        <translation>De betaallink verloopt</translation>
    </message>
    <message>
        <source>Untick to use the platform&apos;s default expiry.</source>
        <translation>Vink uit om de standaardlooptijd van het platform te gebruiken.</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Vervaldatum en -tijd</translation>
    </message>
    <message>
        <source>Send pay link</source>
        <translation>Betaallink versturen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Site problem</source>
        <translation>Probleem met de locatie</translation>
    </message>
    <message>
        <source>Reference problem</source>
        <translation>Probleem met de referentie</translation>
    </message>
    <message>
        <source>Description problem</source>
        <translation>Probleem met de omschrijving</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Probleem met het bedrag</translation>
    </message>
    <message>
        <source>Expiry problem</source>
        <translation>Probleem met de vervaldatum</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KpiStrip</name>
    <message>
        <source>Open requests</source>
        <translation>Openstaande verzoeken</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>wacht op de klant</translation>
    </message>
    <message>
        <source>Paid today</source>
        <translation>Vandaag betaald</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>customer may try again</source>
        <translation>klant kan het opnieuw proberen</translation>
    </message>
    <message>
        <source>Awaiting clearance</source>
        <translation>Bijschrijving openstaand</translation>
    </message>
    <message>
        <source>paid — do not release yet</source>
        <translation>betaald — nog niet vrijgeven</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Acties in de wachtrij</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>alles verstuurd</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wacht op verzending</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 betaling</translation>
    </message>
    <message numerus="yes">
        <source>%n payments</source>
        <translation>
            <numerusform>%n betaling</numerusform>
            <numerusform>%n betalingen</numerusform>
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
        <translation>%1 — klik om deze betalingen te tonen</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MainWindow</name>
    <message>
        <source>Lower amount</source>
        <translation>Bedrag verlagen</translation>
    </message>
    <message>
        <source>Upload invoice</source>
        <translation>Factuur uploaden</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Innen</translation>
    </message>
    <message>
        <source>New &amp;finance application…</source>
        <translation>Nieuwe &amp;financieringsaanvraag…</translation>
    </message>
    <message>
        <source>Begin a Payment Assist finance application; the customer gets a link to apply</source>
        <translation>Een financieringsaanvraag bij Payment Assist starten; de klant krijgt een link om aan te vragen</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Niet verbonden.</translation>
    </message>
    <message>
        <source>Finance application for %1 queued — the customer gets the link as soon as Payment Assist answers</source>
        <translation>Financieringsaanvraag van %1 in de wachtrij — de klant krijgt de link zodra Payment Assist antwoordt</translation>
    </message>
    <message>
        <source>Show to c&amp;ustomer</source>
        <translation>Aan klant &amp;tonen</translation>
    </message>
    <message>
        <source>Show the selected payment&apos;s QR code and live status on a customer-facing screen</source>
        <translation>De QR-code en de live-status van de geselecteerde betaling tonen op een scherm voor de klant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read the cache: %1</source>
        <translation>De cache kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>About PayDesk</source>
        <translation>Over PayDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;PayDesk %1&lt;/b&gt;&lt;p&gt;Payment requests for car dealerships: see every request, act on it, and know when funds have cleared before releasing a vehicle.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PayDesk %1&lt;/b&gt;&lt;p&gt;Betaalverzoeken voor autodealers: zie elk verzoek, handel erop en weet wanneer het geld is bijgeschreven voordat u een voertuig vrijgeeft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pay link copied to the clipboard</source>
        <translation>Betaallink gekopieerd naar het klembord</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n nieuw — tonen</numerusform>
            <numerusform>%n nieuw — tonen</numerusform>
        </translation>
    </message>
    <message>
        <source>List changed — update</source>
        <translation>Lijst gewijzigd — bijwerken</translation>
    </message>
    <message>
        <source>Payments arrived or changed while you were working in the list. They are shown when you click here or leave the list.</source>
        <translation>Er zijn betalingen binnengekomen of gewijzigd terwijl u in de lijst werkte. Ze worden getoond als u hier klikt of de lijst verlaat.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nieuw verzoek…</translation>
    </message>
    <message>
        <source>Raise a new payment request; the customer gets a pay link</source>
        <translation>Een nieuw betaalverzoek aanmaken; de klant krijgt een betaallink</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>Verzoek &amp;annuleren…</translation>
    </message>
    <message>
        <source>Cancel the selected open request</source>
        <translation>Het geselecteerde openstaande verzoek annuleren</translation>
    </message>
    <message>
        <source>&amp;Resend notification…</source>
        <translation>Melding opnieuw &amp;versturen…</translation>
    </message>
    <message>
        <source>Send the pay link again, optionally with corrected details</source>
        <translation>De betaallink opnieuw versturen, eventueel met gecorrigeerde gegevens</translation>
    </message>
    <message>
        <source>Copy pay &amp;link</source>
        <translation>Betaal&amp;link kopiëren</translation>
    </message>
    <message>
        <source>Copy the selected payment&apos;s pay link</source>
        <translation>De betaallink van de geselecteerde betaling kopiëren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export the payments in the current view to a CSV file</source>
        <translation>De betalingen in de huidige weergave naar een CSV-bestand exporteren</translation>
    </message>
    <message>
        <source>Receipt &amp;PDF…</source>
        <translation>Betaalbewijs als &amp;PDF…</translation>
    </message>
    <message>
        <source>Save a receipt for the selected paid payment as PDF</source>
        <translation>Een betaalbewijs van de geselecteerde betaalde betaling als PDF opslaan</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <source>Connection, credentials, stores, language, theme and notifications</source>
        <translation>Verbinding, inloggegevens, vestigingen, taal, thema en meldingen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Quit PayDesk</source>
        <translation>PayDesk afsluiten</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>Read the cache again</source>
        <translation>De cache opnieuw lezen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Betalingen zoeken</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <source>Show all payments</source>
        <translation>Alle betalingen tonen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>No payments match these filters.</source>
        <translation>Geen betalingen voldoen aan deze filters.</translation>
    </message>
    <message>
        <source>No payments match &apos;%1&apos;.</source>
        <translation>Geen betalingen gevonden voor ‘%1’.</translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>Weergave &amp;opslaan…</translation>
    </message>
    <message>
        <source>Save the current filter as a named view</source>
        <translation>Het huidige filter als benoemde weergave opslaan</translation>
    </message>
    <message>
        <source>Go to &amp;table</source>
        <translation>Naar de &amp;tabel</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the payments table</source>
        <translation>De toetsenbordfocus naar de betalingentabel verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>&amp;Detailvenster</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected payment</source>
        <translation>De details van de geselecteerde betaling tonen of verbergen</translation>
    </message>
    <message>
        <source>Reset &amp;columns</source>
        <translation>&amp;Kolommen herstellen</translation>
    </message>
    <message>
        <source>Restore the default column widths and order</source>
        <translation>Standaardbreedte en -volgorde van de kolommen herstellen</translation>
    </message>
    <message>
        <source>&amp;About PayDesk</source>
        <translation>&amp;Over PayDesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versie en licentie</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Systeem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>Be&amp;taling</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalingen</translation>
    </message>
    <message>
        <source>Payment requests; the selected one is shown in the details pane. Press Menu for actions.</source>
        <translation>Betaalverzoeken; het geselecteerde wordt in het detailvenster getoond. Druk op de Menu-toets voor acties.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Betalingsdetails</translation>
    </message>
    <message>
        <source>Demo — sandbox data</source>
        <translation>Demo — testgegevens</translation>
    </message>
    <message>
        <source>Demo mode: sandbox data, no real payments</source>
        <translation>Demomodus: testgegevens, geen echte betalingen</translation>
    </message>
    <message>
        <source>PayDesk is connected to its built-in sandbox. Nothing here is a real payment.</source>
        <translation>PayDesk is verbonden met zijn ingebouwde testomgeving. Niets hier is een echte betaling.</translation>
    </message>
    <message>
        <source>Payments shown</source>
        <translation>Getoonde betalingen</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexeren…</translation>
    </message>
    <message>
        <source>The cache is building its search indexes after a large download; searching and sorting are slower until it is done.</source>
        <translation>De cache bouwt na een grote download zijn zoekindexen op; zoeken en sorteren zijn trager tot dat klaar is.</translation>
    </message>
    <message>
        <source>PayDesk — Demo (sandbox data)</source>
        <translation>PayDesk — Demo (testgegevens)</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nieuw verzoek</translation>
    </message>
    <message>
        <source>Request for %1 queued — it is sent as soon as the platform answers</source>
        <translation>Verzoek voor %1 in de wachtrij — het wordt verstuurd zodra het platform antwoordt</translation>
    </message>
    <message>
        <source>Cancellation of %1 queued</source>
        <translation>Annulering van %1 in de wachtrij</translation>
    </message>
    <message>
        <source>Notification to %1 queued</source>
        <translation>Melding aan %1 in de wachtrij</translation>
    </message>
    <message>
        <source>payments-%1.csv</source>
        <translation>betalingen-%1.csv</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Exported, but the audit log could not be written: %1</source>
        <translation>Geëxporteerd, maar het auditlogboek kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Betaalbewijs</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>betaalbewijs-%1.pdf</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Betaalbewijs opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Betaalbewijs opgeslagen in %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Instellingen opgeslagen</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Acties in de wachtrij</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <source>Every action has reached the platform.</source>
        <translation>Alle acties hebben het platform bereikt.</translation>
    </message>
    <message>
        <source>These actions are stored safely and are sent (with the same idempotency key) until the platform answers.</source>
        <translation>Deze acties zijn veilig opgeslagen en worden (met dezelfde idempotentiesleutel) verstuurd totdat het platform antwoordt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In de wachtrij</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wordt verstuurd</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nieuw)</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) shown</source>
        <translation>
            <numerusform>%n betaling getoond</numerusform>
            <numerusform>%n betalingen getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporteren naar %1…</translation>
    </message>
    <message>
        <source>1 payment exported to %1</source>
        <translation>1 betaling geëxporteerd naar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payments exported to %1</source>
        <translation>
            <numerusform>%n betaling geëxporteerd naar %1</numerusform>
            <numerusform>%n betalingen geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>That payment is not in the cache any more</source>
        <translation>Die betaling staat niet meer in de cache</translation>
    </message>
    <message>
        <source>&amp;Recent actions</source>
        <translation>&amp;Recente acties</translation>
    </message>
    <message>
        <source>Show your recent actions and what the platform answered</source>
        <translation>Uw recente acties en de antwoorden van het platform tonen</translation>
    </message>
    <message>
        <source>P&amp;rint receipt…</source>
        <translation>Betaalbewijs af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print a receipt for the selected paid payment</source>
        <translation>Een betaalbewijs van de geselecteerde betaalde betaling afdrukken</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Snel&amp;toetsen</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>Alle sneltoetsen van dit venster tonen</translation>
    </message>
    <message>
        <source>Receipt for %1 sent to %2</source>
        <translation>Betaalbewijs voor %1 verstuurd naar %2</translation>
    </message>
    <message>
        <source>Payment link for policy %1 queued — sent as soon as Democrance answers</source>
        <translation>Betaallink voor polis %1 in de wachtrij — verstuurd zodra Democrance antwoordt</translation>
    </message>
    <message>
        <source>Prepayment for repair order %1 queued — sent as soon as myKaarma answers</source>
        <translation>Vooruitbetaling voor werkorder %1 in de wachtrij — verstuurd zodra myKaarma antwoordt</translation>
    </message>
    <message>
        <source>%1 Democrance: no payment required, the policy is issued without one.</source>
        <translation>%1 Democrance: geen betaling nodig, de polis wordt zonder betaling uitgegeven.</translation>
    </message>
    <message>
        <source>%1 Democrance: payment to be invoiced, the policy is issued and the money follows the invoice.</source>
        <translation>%1 Democrance: betaling op factuur, de polis wordt uitgegeven en het geld volgt de factuur.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentDetailPane</name>
    <message numerus="yes">
        <source>⚠ Clearance overdue: paid %n day(s) ago and the funds have not cleared. Check with the payment partner before releasing.</source>
        <translation>
            <numerusform>⚠ Bijschrijving te laat: %n dag geleden betaald en het geld is nog niet bijgeschreven. Overleg met de betaalpartner voor het vrijgeven.</numerusform>
            <numerusform>⚠ Bijschrijving te laat: %n dagen geleden betaald en het geld is nog niet bijgeschreven. Overleg met de betaalpartner voor het vrijgeven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payment to see its details, its timeline and whether the goods may be released.</source>
        <translation>Selecteer een betaling om de details, de tijdlijn en het vrijgeven van de goederen te zien.</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referentie:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Gevraagd:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Betaald:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Aanbieder:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Vestiging:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Verstuurd per:</translation>
    </message>
    <message>
        <source>Pay link:</source>
        <translation>Betaallink:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Verloopt:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Kaart:</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transactie:</translation>
    </message>
    <message>
        <source>Reconciled:</source>
        <translation>Afgestemd:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Aangemaakt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Gewijzigd:</translation>
    </message>
    <message>
        <source>Payment ID:</source>
        <translation>Betalings-ID:</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopiëren</translation>
    </message>
    <message>
        <source>No longer in this view</source>
        <translation>Niet meer in deze weergave</translation>
    </message>
    <message>
        <source>Show in list</source>
        <translation>In de lijst tonen</translation>
    </message>
    <message>
        <source>Show this payment in the list</source>
        <translation>Deze betaling in de lijst tonen</translation>
    </message>
    <message>
        <source>Clear the filters and search that hide this payment and select it in the list</source>
        <translation>De filters en de zoekopdracht wissen die deze betaling verbergen en haar in de lijst selecteren</translation>
    </message>
    <message>
        <source>Copy the pay link</source>
        <translation>De betaallink kopiëren</translation>
    </message>
    <message>
        <source>Copy the pay link to the clipboard (Ctrl+Shift+C)</source>
        <translation>De betaallink naar het klembord kopiëren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Statustijdlijn</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Release signal</source>
        <translation>Vrijgavesignaal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Payment details: nothing selected</source>
        <translation>Betalingsdetails: niets geselecteerd</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
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
        <translation>nog niets</translation>
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
        <translation>sms</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation>%1 (verstreken)</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>yes — in the DMS accounts</source>
        <translation>ja — in de boekhouding van het DMS</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Full timeline not loaded yet</source>
        <translation>Volledige tijdlijn nog niet geladen</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Betalingsdetails</translation>
    </message>
    <message>
        <source>Why it failed: %1</source>
        <translation>Reden van mislukking: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentFilter</name>
    <message>
        <source>Cleared / safe to release</source>
        <translation>Bijgeschreven / vrijgeven mogelijk</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Elke datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Aangepaste periode</translation>
    </message>
    <message>
        <source>open</source>
        <translation>openstaand</translation>
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
        <translation>Gewijzigd %1 – %2</translation>
    </message>
    <message>
        <source>Created %1 – %2</source>
        <translation>Aangemaakt %1 – %2</translation>
    </message>
    <message>
        <source>Paid %1 – %2</source>
        <translation>Betaald %1 – %2</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Aangemaakt: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Betaald: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Vestiging: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Aanbieder: %1</translation>
    </message>
    <message>
        <source>Amount %1 – %2</source>
        <translation>Bedrag %1 – %2</translation>
    </message>
    <message>
        <source>Amount ≥ %1</source>
        <translation>Bedrag ≥ %1</translation>
    </message>
    <message>
        <source>Amount ≤ %1</source>
        <translation>Bedrag ≤ %1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Valuta: %1</translation>
    </message>
    <message>
        <source>Funds cleared</source>
        <translation>Geld bijgeschreven</translation>
    </message>
    <message>
        <source>Funds not cleared</source>
        <translation>Geld niet bijgeschreven</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Zoeken: ‘%1’</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentNotifier</name>
    <message>
        <source>Funds cleared</source>
        <translation>Geld bijgeschreven</translation>
    </message>
    <message>
        <source>%1&apos;s payment of %2 (%3) has cleared: safe to release.</source>
        <translation>De betaling van %1 van %2 (%3) is bijgeschreven: vrijgeven mogelijk.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Betaling ontvangen</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Betaling mislukt</translation>
    </message>
    <message>
        <source>%1 paid %2 (%3).</source>
        <translation>%1 heeft %2 betaald (%3).</translation>
    </message>
    <message>
        <source>%1 could not pay %2 (%3). They may try again.</source>
        <translation>%1 kon %2 niet betalen (%3). Opnieuw proberen is mogelijk.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentTableModel</name>
    <message>
        <source>Paid — clearing overdue</source>
        <translation>Betaald — bijschrijving te laat</translation>
    </message>
    <message numerus="yes">
        <source>Paid %n day(s) ago and the funds have not cleared: overdue, check with the payment partner before releasing</source>
        <translation>
            <numerusform>%n dag geleden betaald en het geld is niet bijgeschreven: te laat, overleg met de betaalpartner voor het vrijgeven</numerusform>
            <numerusform>%n dagen geleden betaald en het geld is niet bijgeschreven: te laat, overleg met de betaalpartner voor het vrijgeven</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Bijgeschreven</translation>
    </message>
    <message>
        <source>Paid — clearing</source>
        <translation>Betaald — bijschrijving openstaand</translation>
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
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min geleden</numerusform>
            <numerusform>%n min geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n u geleden</numerusform>
            <numerusform>%n u geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
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
        <translation>Klant: %1</translation>
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
        <translation>Referentie: %1 %2</translation>
    </message>
    <message>
        <source>Requested %1, paid %2</source>
        <translation>Gevraagd %1, betaald %2</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Bedrag: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Aanbieder: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Vestiging: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Gewijzigd: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <source>Last update; hover a cell for the exact time</source>
        <translation>Laatste wijziging; wijs een cel aan voor de precieze tijd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Failure reason: none</source>
        <translation>Reden van mislukking: geen</translation>
    </message>
    <message>
        <source>Failure reason: %1</source>
        <translation>Reden van mislukking: %1</translation>
    </message>
    <message>
        <source>Why a failed payment failed, as the payment partner reported it</source>
        <translation>Waarom een betaling is mislukt, zoals de betaalpartner het meldde</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Reden van mislukking</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReceiptPdf</name>
    <message>
        <source>A receipt is only available once the customer has paid. This payment is: %1.</source>
        <translation>Een betaalbewijs is pas beschikbaar als de klant heeft betaald. Status van deze betaling: %1.</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation>%1 eindigend op %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Betaald bedrag</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation>Betalings-ID</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Gevraagd bedrag</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Betaalbewijs</translation>
    </message>
    <message>
        <source>Thank you for your payment. Please keep this receipt for your records.</source>
        <translation>Bedankt voor uw betaling. Bewaar dit betaalbewijs voor uw administratie.</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 kon niet worden geopend om te schrijven: %2</translation>
    </message>
    <message>
        <source>Payment receipt %1</source>
        <translation>Betaalbewijs %1</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>receipt date: date, time, time zone</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>Btw-nummer: %1</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Betalingsreferentie</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Betaald met</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Referentie van de aanbieder</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <source>Funds cleared</source>
        <translation>Geld bijgeschreven</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation>Het betaalbewijs kon niet worden afgedrukt.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ResendDialog</name>
    <message>
        <source>Resend notification</source>
        <translation>Melding opnieuw versturen</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Wat er verandert</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <source>Resend the notification</source>
        <translation>De melding opnieuw versturen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>email and SMS</source>
        <translation>e-mail en sms</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Naam: %1 → %2</translation>
    </message>
    <message>
        <source>Email: %1 → %2</source>
        <translation>E-mail: %1 → %2</translation>
    </message>
    <message>
        <source>Mobile: %1 → %2</source>
        <translation>Mobiel: %1 → %2</translation>
    </message>
    <message>
        <source>Send by: %1 → %2</source>
        <translation>Versturen per: %1 → %2</translation>
    </message>
    <message>
        <source>Nothing changes: the customer gets the same pay link again.</source>
        <translation>Er verandert niets: de klant krijgt dezelfde betaallink opnieuw.</translation>
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
        <translation>Ingevoerd; opgeslagen met OK</translation>
    </message>
    <message>
        <source>Mark clearance &amp;overdue after (days):</source>
        <translation>Bijschrijving &amp;te laat na (dagen):</translation>
    </message>
    <message>
        <source>Days after payment before clearance is overdue</source>
        <translation>Dagen na betaling voordat de bijschrijving te laat is</translation>
    </message>
    <message>
        <source>Notify me when a payment&apos;s funds &amp;clear (safe to release)</source>
        <translation>Melden wanneer het geld van een betaling is bij&amp;geschreven (vrijgeven mogelijk)</translation>
    </message>
    <message>
        <source>Notify when a payment&apos;s funds clear</source>
        <translation>Melden wanneer het geld van een betaling is bijgeschreven</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Nieuw profiel %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Meldingen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Onderdelen van de instellingen</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profiel:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindingsprofiel</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add a connection profile</source>
        <translation>Een verbindingsprofiel toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove this connection profile</source>
        <translation>Dit verbindingsprofiel verwijderen</translation>
    </message>
    <message>
        <source>Connection changes take effect the next time PayDesk starts. Secrets are kept in the system keychain and are never shown again.</source>
        <translation>Wijzigingen in de verbinding gelden vanaf de volgende start van PayDesk. Geheimen worden in de sleutelhanger van het systeem bewaard en nooit meer getoond.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Notify me when a payment is &amp;paid</source>
        <translation>Melden wanneer een betaling is vol&amp;daan</translation>
    </message>
    <message>
        <source>Notify when a payment is paid</source>
        <translation>Melden wanneer een betaling is voldaan</translation>
    </message>
    <message>
        <source>Notify me when a payment &amp;fails</source>
        <translation>Melden wanneer een betaling m&amp;islukt</translation>
    </message>
    <message>
        <source>Notify when a payment fails</source>
        <translation>Melden wanneer een betaling mislukt</translation>
    </message>
    <message>
        <source>Also notify while PayDesk is in f&amp;ront</source>
        <translation>Ook melden wanneer PayDesk op de voorg&amp;rond staat</translation>
    </message>
    <message>
        <source>Notify while PayDesk is in front</source>
        <translation>Melden wanneer PayDesk op de voorgrond staat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>De instellingen opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>A new secret will be saved</source>
        <translation>Er wordt een nieuw geheim opgeslagen</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Sleutelhanger controleren…</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Opgeslagen in de sleutelhanger; typ om te vervangen</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geef het profiel een naam.</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Een ander profiel heeft al deze naam.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Voer het clientgeheim in.</translation>
    </message>
    <message>
        <source>Connec&amp;tion</source>
        <translation>&amp;Verbinding</translation>
    </message>
    <message>
        <source>Enter the client secret to test this profile.</source>
        <translation>Voer het clientgeheim in om dit profiel te testen.</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here.</source>
        <translation>Er is niets opgeslagen; uw wijzigingen zijn er nog.</translation>
    </message>
    <message>
        <source>The settings could not be saved. Nothing was changed.</source>
        <translation>De instellingen konden niet worden opgeslagen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Receipt &amp;details</source>
        <translation>&amp;Betaalbewijzen</translation>
    </message>
    <message>
        <source>Pa&amp;yment providers</source>
        <translation>Betaal&amp;diensten</translation>
    </message>
    <message>
        <source>Site “%1” already has a %2 account in this profile.</source>
        <translation>Locatie ‘%1’ heeft in dit profiel al een account bij %2.</translation>
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
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Every shortcut of the PayDesk window. Letters such as ? work when the keyboard focus is not in a text field.</source>
        <translation>Alle sneltoetsen van het PayDesk-venster. Tekens zoals ? werken als de toetsenbordfocus niet in een tekstveld staat.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>paydesk::ProviderRules</name>
    <message>
        <source>Unknown provider</source>
        <translation>Onbekende aanbieder</translation>
    </message>
    <message>
        <source>%1 does not support this action.</source>
        <translation>%1 ondersteunt deze actie niet.</translation>
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
        <translation>Kies de locatie waarvoor de financieringsaanvraag is.</translation>
    </message>
    <message>
        <source>This action needs the application&apos;s token.</source>
        <translation>Voor deze actie is het token van de financieringsaanvraag nodig.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Gebruik hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Voer een bedrag groter dan nul in.</translation>
    </message>
    <message>
        <source>Enter a mobile number to send the pay link by SMS.</source>
        <translation>Voer een mobiel nummer in om de betaallink per sms te versturen.</translation>
    </message>
    <message>
        <source>The link must stay valid for some time.</source>
        <translation>De link moet een tijd lang geldig blijven.</translation>
    </message>
    <message>
        <source>Payment Assist accepts PDF, HTML, TXT, DOC and XLS invoices.</source>
        <translation>Payment Assist accepteert facturen in PDF, HTML, TXT, DOC en XLS.</translation>
    </message>
    <message>
        <source>The invoice file is empty.</source>
        <translation>Het factuurbestand is leeg.</translation>
    </message>
    <message>
        <source>The invoice file is too large.</source>
        <translation>Het factuurbestand is te groot.</translation>
    </message>
    <message>
        <source>Democrance</source>
        <translation>Democrance</translation>
    </message>
    <message>
        <source>Choose the site the policy belongs to.</source>
        <translation>Kies de locatie waar de polis bij hoort.</translation>
    </message>
    <message>
        <source>Choose a payment gateway.</source>
        <translation>Kies een betaalgateway.</translation>
    </message>
    <message>
        <source>Enter the policy number.</source>
        <translation>Voer het polisnummer in.</translation>
    </message>
    <message>
        <source>This payment is for another policy.</source>
        <translation>Deze betaling hoort bij een andere polis.</translation>
    </message>
    <message>
        <source>myKaarma</source>
        <translation>myKaarma</translation>
    </message>
    <message>
        <source>Choose the site the payment is for.</source>
        <translation>Kies de locatie waarvoor de betaling is.</translation>
    </message>
    <message>
        <source>The order&apos;s amount cannot be less than the prepayment.</source>
        <translation>Het orderbedrag mag niet lager zijn dan de vooruitbetaling.</translation>
    </message>
    <message>
        <source>Use RO (repair order) or PO (parts order).</source>
        <translation>Gebruik RO (werkorder) of PO (onderdelenorder).</translation>
    </message>
    <message>
        <source>Send the pay link by text, by email or both.</source>
        <translation>Verstuur de betaallink per sms, per e-mail of allebei.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReceiptIssuerForm</name>
    <message>
        <source>Choose a logo for receipts</source>
        <translation>Een logo voor betaalbewijzen kiezen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Printed on receipts where the platform sends no details of its own for the store.</source>
        <translation>Wordt op betaalbewijzen afgedrukt als het platform geen eigen gegevens voor de vestiging stuurt.</translation>
    </message>
    <message>
        <source>Printed on the receipts of the profile “%1” where the platform sends no details of its own for the store.</source>
        <translation>Wordt op de betaalbewijzen van het profiel ‘%1’ afgedrukt als het platform geen eigen gegevens voor de vestiging stuurt.</translation>
    </message>
    <message>
        <source>Dealership n&amp;ame:</source>
        <translation>&amp;Naam van de dealer:</translation>
    </message>
    <message>
        <source>Dealership name</source>
        <translation>Naam van de dealer</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Ad&amp;res:</translation>
    </message>
    <message>
        <source>Dealership address</source>
        <translation>Adres van de dealer</translation>
    </message>
    <message>
        <source>One line per row</source>
        <translation>Eén regel per adresregel</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>B&amp;tw-nummer:</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-identificatienummer</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Logobestand</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation>Een logobestand kiezen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Verw&amp;ijderen</translation>
    </message>
    <message>
        <source>Print no logo</source>
        <translation>Geen logo afdrukken</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskWindow</name>
    <message>
        <source>We couldn&apos;t find that — please ask at the desk.</source>
        <translation>We hebben dat niet gevonden — vraag het aan de balie.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please try again in %n second(s), or ask at the desk.</source>
        <translation>
            <numerusform>Te veel pogingen. Probeer het over %n seconde opnieuw of vraag het aan de balie.</numerusform>
            <numerusform>Te veel pogingen. Probeer het over %n seconden opnieuw of vraag het aan de balie.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set up for this kiosk.</source>
        <translation>Voor deze kiosk is geen pincode voor medewerkers ingesteld.</translation>
    </message>
    <message>
        <source>PIN entry is locked until %1.</source>
        <translation>Het invoeren van de pincode is geblokkeerd tot %1.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. PIN entry is locked until %1.</source>
        <translation>Te veel onjuiste pincodes. Het invoeren van de pincode is geblokkeerd tot %1.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Onjuiste pincode.</translation>
    </message>
    <message>
        <source>PayDesk %1, kiosk mode</source>
        <translation>PayDesk %1, kioskmodus</translation>
    </message>
    <message>
        <source>Pay for your repair, service or order</source>
        <translation>Betaal uw reparatie, onderhoud of bestelling</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start: find your payment</source>
        <translation>Starten: uw betaling zoeken</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>Find your payment</source>
        <translation>Zoek uw betaling</translation>
    </message>
    <message>
        <source>Reference (repair order or invoice number)</source>
        <translation>Referentie (werkorder- of factuurnummer)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Find my payment</source>
        <translation>Mijn betaling zoeken</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Terug naar het begin</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Done: back to the start</source>
        <translation>Klaar: terug naar het begin</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus verlaten</translation>
    </message>
    <message numerus="yes">
        <source>Open the dashboard for %n minute(s)</source>
        <translation>
            <numerusform>Het overzicht %n minuut openen</numerusform>
            <numerusform>Het overzicht %n minuten openen</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over PayDesk</translation>
    </message>
    <message>
        <source>Back to the customer screen</source>
        <translation>Terug naar het klantscherm</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Toegang voor medewerkers</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskPaymentView</name>
    <message>
        <source>Payment status</source>
        <translation>Betalingsstatus</translation>
    </message>
    <message>
        <source>QR code of the pay link</source>
        <translation>QR-code van de betaallink</translation>
    </message>
    <message>
        <source>Waiting for your payment</source>
        <translation>Wacht op uw betaling</translation>
    </message>
    <message>
        <source>Opened on your phone</source>
        <translation>Geopend op uw telefoon</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>Bezig met betalen…</translation>
    </message>
    <message>
        <source>Paid. Thank you — please see the desk for your keys.</source>
        <translation>Betaald. Dank u — uw sleutels liggen klaar aan de balie.</translation>
    </message>
    <message>
        <source>The payment didn&apos;t go through — you can try again.</source>
        <translation>De betaling is niet gelukt — u kunt het opnieuw proberen.</translation>
    </message>
    <message>
        <source>This payment can no longer be made here — please ask at the desk.</source>
        <translation>Deze betaling kan hier niet meer worden gedaan — vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to pay securely</source>
        <translation>Scan met de camera van uw telefoon om veilig te betalen</translation>
    </message>
    <message>
        <source>We can&apos;t reach the payment service right now, so this status may be out of date. If in doubt, please ask at the desk.</source>
        <translation>We kunnen de betaaldienst nu niet bereiken, dus deze status is mogelijk niet actueel. Vraag het bij twijfel aan de balie.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>Pincode medewerkers</translation>
    </message>
    <message>
        <source>Digits entered</source>
        <translation>Ingevoerde cijfers</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Het laatste cijfer wissen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Back to the customer screen</source>
        <translation>Terug naar het klantscherm</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Het laatste teken wissen</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CounterDisplay</name>
    <message>
        <source>PayDesk — customer display</source>
        <translation>PayDesk — klantscherm</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskSettingsForm</name>
    <message>
        <source>Set by your administrator</source>
        <translation>Ingesteld door uw beheerder</translation>
    </message>
    <message>
        <source>Use digits only (0–9).</source>
        <translation>Gebruik alleen cijfers (0–9).</translation>
    </message>
    <message>
        <source>A staff PIN has %1 to %2 digits.</source>
        <translation>Een pincode voor medewerkers heeft %1 tot %2 cijfers.</translation>
    </message>
    <message>
        <source>Type the new PIN again to confirm it.</source>
        <translation>Typ de nieuwe pincode nog een keer ter bevestiging.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>De twee pincodes zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Kiosk mode turns this computer into a locked-down screen at the service desk, where customers find and pay for their own repair or order.</source>
        <translation>De kioskmodus maakt van deze computer een afgeschermd scherm bij de servicebalie, waar klanten zelf hun reparatie of bestelling opzoeken en betalen.</translation>
    </message>
    <message>
        <source>&amp;Start PayDesk in kiosk mode</source>
        <translation>PayDesk in kioskmodus &amp;starten</translation>
    </message>
    <message>
        <source>D&amp;ealership name:</source>
        <translation>&amp;Naam van het autobedrijf:</translation>
    </message>
    <message>
        <source>Shown when the platform does not name the store</source>
        <translation>Getoond als het platform de vestiging geen naam geeft</translation>
    </message>
    <message>
        <source>Back to the start &amp;after (seconds without a touch):</source>
        <translation>&amp;Terug naar het begin na (seconden zonder aanraking):</translation>
    </message>
    <message>
        <source>New staff &amp;PIN:</source>
        <translation>Nieuwe &amp;pincode voor medewerkers:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new PIN:</source>
        <translation>Nieuwe pincode &amp;herhalen:</translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>%1 tot %2 cijfers</translation>
    </message>
    <message>
        <source>Securing the PIN…</source>
        <translation>Pincode wordt beveiligd…</translation>
    </message>
    <message>
        <source>A staff PIN is set.</source>
        <translation>Er is een pincode voor medewerkers ingesteld.</translation>
    </message>
    <message>
        <source>No staff PIN is set yet: staff cannot unlock the kiosk.</source>
        <translation>Er is nog geen pincode voor medewerkers ingesteld: medewerkers kunnen de kiosk niet ontgrendelen.</translation>
    </message>
</context>
<context>
    <name>paydesk::MyKaarmaClient</name>
    <message>
        <source>myKaarma sent an answer PayDesk cannot read.</source>
        <translation>myKaarma stuurde een antwoord dat PayDesk niet kan lezen.</translation>
    </message>
    <message>
        <source>myKaarma sent an amount PayDesk cannot read exactly (%1).</source>
        <translation>myKaarma stuurde een bedrag dat PayDesk niet exact kan lezen (%1).</translation>
    </message>
    <message>
        <source>myKaarma refused the request.</source>
        <translation>myKaarma heeft het verzoek geweigerd.</translation>
    </message>
    <message>
        <source>myKaarma refused the request: %1</source>
        <translation>myKaarma heeft het verzoek geweigerd: %1</translation>
    </message>
    <message>
        <source>myKaarma answered with its sign-in page instead of data: the ServiceSubscriber lacks the API scope %1. Ask myKaarma to grant it.</source>
        <translation>myKaarma antwoordde met zijn aanmeldpagina in plaats van gegevens: de ServiceSubscriber mist de API-scope %1. Vraag myKaarma die toe te kennen.</translation>
    </message>
    <message>
        <source>No myKaarma password is set for this site. Enter it in the connection settings.</source>
        <translation>Voor deze locatie is geen myKaarma-wachtwoord ingesteld. Voer het in bij de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the myKaarma password.</source>
        <translation>De sleutelhanger kon niet worden gelezen voor het myKaarma-wachtwoord.</translation>
    </message>
    <message>
        <source>The myKaarma password was saved for another address. Enter it again for %1.</source>
        <translation>Het myKaarma-wachtwoord is voor een ander adres opgeslagen. Voer het opnieuw in voor %1.</translation>
    </message>
    <message>
        <source>This site has no myKaarma credentials. Add them in the connection settings.</source>
        <translation>Deze locatie heeft geen inloggegevens voor myKaarma. Voeg ze toe bij de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>myKaarma does not know this order (any more).</source>
        <translation>myKaarma kent deze order niet (meer).</translation>
    </message>
    <message>
        <source>This myKaarma payment has no prepayment invoice to send.</source>
        <translation>Deze myKaarma-betaling heeft geen vooruitbetalingsfactuur om te versturen.</translation>
    </message>
    <message>
        <source>myKaarma tells the fees once the prepayment is made. Make it without sending the link to see them first.</source>
        <translation>myKaarma noemt de kosten zodra de vooruitbetaling is aangemaakt. Maak die aan zonder de link te versturen om ze eerst te zien.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentAssistClient</name>
    <message>
        <source>Payment Assist refused the request.</source>
        <translation>Payment Assist heeft het verzoek geweigerd.</translation>
    </message>
    <message>
        <source>Payment Assist refused the request: %1</source>
        <translation>Payment Assist heeft het verzoek geweigerd: %1</translation>
    </message>
    <message>
        <source>Payment Assist sent an answer PayDesk cannot read.</source>
        <translation>Payment Assist stuurde een antwoord dat PayDesk niet kan lezen.</translation>
    </message>
    <message>
        <source>No Payment Assist secret is set for this site. Enter it in the connection settings.</source>
        <translation>Voor deze locatie is geen Payment Assist-geheim ingesteld. Voer het in bij de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the Payment Assist secret.</source>
        <translation>De sleutelhanger kon niet worden gelezen voor het Payment Assist-geheim.</translation>
    </message>
    <message>
        <source>The Payment Assist secret was saved for another address. Enter it again for %1.</source>
        <translation>Het Payment Assist-geheim is voor een ander adres opgeslagen. Voer het opnieuw in voor %1.</translation>
    </message>
    <message>
        <source>Payment Assist could not read the invoice file.</source>
        <translation>Payment Assist kon het factuurbestand niet lezen.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s token.</source>
        <translation>Voer het token van de financieringsaanvraag in.</translation>
    </message>
    <message>
        <source>This site has no Payment Assist credentials. Add them in the connection settings.</source>
        <translation>Deze locatie heeft geen inloggegevens voor Payment Assist. Voeg ze toe bij de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>Payment Assist already has an application for order %1. No second one was made. If it was begun just now and its answer was lost, add it by its token to follow it; otherwise use another order reference.</source>
        <translation>Payment Assist heeft al een financieringsaanvraag voor order %1. Er is geen tweede aangemaakt. Is die net begonnen en ging het antwoord verloren, voeg hem dan toe via zijn token om hem te volgen; gebruik anders een andere orderreferentie.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FinanceApplicationDialog</name>
    <message>
        <source>New finance application</source>
        <translation>Nieuwe financieringsaanvraag</translation>
    </message>
    <message>
        <source>The customer applies for point-of-sale finance with Payment Assist: they get a link to sign, and the dealership is paid when the application is completed.</source>
        <translation>De klant vraagt financiering aan bij Payment Assist: hij krijgt een link om te ondertekenen, en het autobedrijf wordt betaald zodra de aanvraag is afgerond.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>&amp;Naam klant:</translation>
    </message>
    <message>
        <source>Address &amp;line 1:</source>
        <translation>Adres&amp;regel 1:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobiel:</translation>
    </message>
    <message>
        <source>&amp;Order reference:</source>
        <translation>Or&amp;derreferentie:</translation>
    </message>
    <message>
        <source>&amp;Vehicle registration:</source>
        <translation>&amp;Kenteken:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>&amp;Amount (£):</source>
        <translation>&amp;Bedrag (£):</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>Pl&amp;an:</translation>
    </message>
    <message>
        <source>Send link by:</source>
        <translation>Link versturen per:</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Voornaam en achternaam</translation>
    </message>
    <message>
        <source>&amp;Pre-approval</source>
        <translation>&amp;Voorafgoedkeuring</translation>
    </message>
    <message>
        <source>Ask Payment Assist whether the customer passes its checks before applying</source>
        <translation>Payment Assist vóór de aanvraag vragen of de klant door de controles komt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>Send application</source>
        <translation>Aanvraag versturen</translation>
    </message>
    <message>
        <source>Loading the plans…</source>
        <translation>Plannen worden geladen…</translation>
    </message>
    <message>
        <source>The plans could not be loaded: %1</source>
        <translation>De plannen konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Enter the amount to see the repayment schedule.</source>
        <translation>Voer het bedrag in om het aflossingsschema te zien.</translation>
    </message>
    <message>
        <source>Calculating the repayment schedule…</source>
        <translation>Aflossingsschema wordt berekend…</translation>
    </message>
    <message>
        <source>No schedule: %1</source>
        <translation>Geen schema: %1</translation>
    </message>
    <message>
        <source>%1: %2 interest, %3 to repay in total</source>
        <translation>%1: %2 rente, in totaal %3 terug te betalen</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name, address line 1 and postcode first.</source>
        <translation>Voer eerst naam, adresregel 1 en postcode van de klant in.</translation>
    </message>
    <message>
        <source>Asking Payment Assist…</source>
        <translation>Payment Assist wordt gevraagd…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Geen antwoord: %1</translation>
    </message>
    <message>
        <source>Pre-approved: the customer passes Payment Assist&apos;s checks.</source>
        <translation>Vooraf goedgekeurd: de klant komt door de controles van Payment Assist.</translation>
    </message>
    <message>
        <source>Not pre-approved: the customer does not pass Payment Assist&apos;s checks. They may still apply.</source>
        <translation>Niet vooraf goedgekeurd: de klant komt niet door de controles van Payment Assist. Aanvragen kan nog steeds.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s first name and surname.</source>
        <translation>Voer de voornaam en achternaam van de klant in.</translation>
    </message>
    <message>
        <source>Enter the amount in pounds, e.g. %1.</source>
        <translation>Voer het bedrag in ponden in, bijv. %1.</translation>
    </message>
    <message>
        <source>This plan takes %1 to %2.</source>
        <translation>Dit plan geldt voor %1 tot %2.</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>Kies een plan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instalment(s), %2% APR</source>
        <translation>
            <numerusform>%1 — %n termijn, %2% JKP</numerusform>
            <numerusform>%1 — %n termijnen, %2% JKP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instalment(s), interest free</source>
        <translation>
            <numerusform>%1 — %n termijn, renteloos</numerusform>
            <numerusform>%1 — %n termijnen, renteloos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FinanceDetails</name>
    <message>
        <source>Payment Assist confirmed the change.</source>
        <translation>Payment Assist heeft de wijziging bevestigd.</translation>
    </message>
    <message>
        <source>Payment Assist refused the change: %1</source>
        <translation>Payment Assist heeft de wijziging geweigerd: %1</translation>
    </message>
    <message>
        <source>(not yet given)</source>
        <translation>(nog niet toegekend)</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>The account&apos;s default plan</source>
        <translation>Standaardplan van het account</translation>
    </message>
    <message>
        <source>Outstanding — upload the invoice so Payment Assist pays out</source>
        <translation>Openstaand — upload de factuur zodat Payment Assist uitbetaalt</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Geüpload</translation>
    </message>
    <message>
        <source>Not needed yet</source>
        <translation>Nog niet nodig</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Niet in de wachtrij gezet: %1</translation>
    </message>
    <message>
        <source>Queued — it is sent to Payment Assist at once.</source>
        <translation>In de wachtrij — wordt meteen naar Payment Assist verstuurd.</translation>
    </message>
    <message>
        <source>The receipt could not be made: %1</source>
        <translation>Het betaalbewijs kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Invoice for Payment Assist</source>
        <translation>Factuur voor Payment Assist</translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.html *.txt *.doc *.xls)</source>
        <translation>Facturen (*.pdf *.html *.txt *.doc *.xls)</translation>
    </message>
    <message>
        <source>Lower the amount</source>
        <translation>Bedrag verlagen</translation>
    </message>
    <message>
        <source>New amount (less than %1). The customer&apos;s plan is recalculated.</source>
        <translation>Nieuw bedrag (minder dan %1). Het plan van de klant wordt opnieuw berekend.</translation>
    </message>
    <message>
        <source>Enter an amount below %1.</source>
        <translation>Voer een bedrag onder %1 in.</translation>
    </message>
    <message>
        <source>Expire application</source>
        <translation>Aanvraag laten verlopen</translation>
    </message>
    <message>
        <source>Expire this finance application now? The customer&apos;s link stops working; this cannot be undone.</source>
        <translation>Deze financieringsaanvraag nu laten verlopen? De link van de klant werkt dan niet meer; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Payment Assist finance</source>
        <translation>Financiering via Payment Assist</translation>
    </message>
    <message>
        <source>PA reference:</source>
        <translation>PA-referentie:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Payment Assist status:</source>
        <translation>Status bij Payment Assist:</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Factuur:</translation>
    </message>
    <message>
        <source>Upload receipt as invoice</source>
        <translation>Betaalbewijs als factuur uploaden</translation>
    </message>
    <message>
        <source>Send our receipt PDF to Payment Assist as the invoice</source>
        <translation>Ons betaalbewijs als PDF naar Payment Assist sturen als factuur</translation>
    </message>
    <message>
        <source>Upload invoice file…</source>
        <translation>Factuurbestand uploaden…</translation>
    </message>
    <message>
        <source>Lower amount…</source>
        <translation>Bedrag verlagen…</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Laten verlopen</translation>
    </message>
    <message>
        <source>Expire the application now: the customer&apos;s link stops working</source>
        <translation>De aanvraag nu laten verlopen: de link van de klant werkt niet meer</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Innen</translation>
    </message>
    <message>
        <source>Take the deposit of an application waiting for capture</source>
        <translation>De aanbetaling innen van een aanvraag die op inning wacht</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentAssistSiteForm</name>
    <message>
        <source>Enter the Payment Assist API address, e.g. https://api.v1.payment-assist.co.uk.</source>
        <translation>Voer het API-adres van Payment Assist in, bijv. https://api.v1.payment-assist.co.uk.</translation>
    </message>
    <message>
        <source>The Payment Assist API address must start with https:// (plain http only for a profile marked as a local test platform).</source>
        <translation>Het API-adres van Payment Assist moet met https:// beginnen (onversleuteld http alleen voor een profiel dat als lokaal testplatform is gemarkeerd).</translation>
    </message>
    <message>
        <source>Enter the site (store id) the applications belong to.</source>
        <translation>Voer de locatie (vestigings-ID) in waar de financieringsaanvragen bij horen.</translation>
    </message>
    <message>
        <source>Enter the Payment Assist API secret (it is kept in the keychain, for this address only).</source>
        <translation>Voer het API-geheim van Payment Assist in (het wordt in de sleutelhanger bewaard, alleen voor dit adres).</translation>
    </message>
    <message>
        <source>Point-of-sale finance with Payment Assist for this profile. Each dealer or branch has its own API key and secret; leave the key empty for no Payment Assist.</source>
        <translation>Financiering aan de balie met Payment Assist voor dit profiel. Elke dealer of locatie heeft een eigen API-sleutel en -geheim; laat de sleutel leeg om Payment Assist niet te gebruiken.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;sleutel:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>API-&amp;geheim:</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>API-ad&amp;res:</translation>
    </message>
    <message>
        <source>S&amp;ite (store id):</source>
        <translation>Loca&amp;tie (vestigings-ID):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>As the dealer calls this branch</source>
        <translation>Zoals de dealer deze locatie noemt</translation>
    </message>
    <message>
        <source>Payment Assist API key</source>
        <translation>API-sleutel van Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist API secret</source>
        <translation>API-geheim van Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist API address</source>
        <translation>API-adres van Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist site (store id)</source>
        <translation>Payment Assist-locatie (vestigings-ID)</translation>
    </message>
    <message>
        <source>Payment Assist site name</source>
        <translation>Naam van de Payment Assist-locatie</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSite</name>
    <message>
        <source>Enter the site (store id) its payments belong to.</source>
        <translation>Voer de locatie (vestigings-ID) in waartoe de betalingen behoren.</translation>
    </message>
    <message>
        <source>Enter the %1 API address (https://…).</source>
        <translation>Voer het API-adres van %1 in (https://…).</translation>
    </message>
    <message>
        <source>The %1 API address must start with https:// (plain http only for a profile marked as a local test platform).</source>
        <translation>Het API-adres van %1 moet met https:// beginnen (gewoon http alleen voor een profiel dat als lokaal testplatform is gemarkeerd).</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Voer de API-sleutel in.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Voer de gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Enter the dealer UUID myKaarma gave you.</source>
        <translation>Voer de dealer-UUID in die u van myKaarma hebt gekregen.</translation>
    </message>
    <message>
        <source>Enter the department UUID myKaarma gave you.</source>
        <translation>Voer de afdelings-UUID in die u van myKaarma hebt gekregen.</translation>
    </message>
    <message>
        <source>Enter the API secret (it is kept in the keychain, for this address only).</source>
        <translation>Voer het API-geheim in (het wordt in de sleutelhanger bewaard, alleen voor dit adres).</translation>
    </message>
    <message>
        <source>Enter the password (it is kept in the keychain, for this address only).</source>
        <translation>Voer het wachtwoord in (het wordt in de sleutelhanger bewaard, alleen voor dit adres).</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSiteTester</name>
    <message>
        <source>Unreachable: PayDesk cannot reach %1. Check the address and the network%2.</source>
        <translation>Onbereikbaar: PayDesk kan %1 niet bereiken. Controleer het adres en het netwerk%2.</translation>
    </message>
    <message>
        <source>TLS: the secure connection to %1 was refused%2. If your company uses its own certificate authority, choose its CA file on the Connection tab.</source>
        <translation>TLS: de beveiligde verbinding met %1 is geweigerd%2. Gebruikt uw bedrijf een eigen certificeringsinstantie, kies dan het CA-bestand daarvan op het tabblad Verbinding.</translation>
    </message>
    <message>
        <source>Bad credentials: %1 refused them (%2).</source>
        <translation>Onjuiste inloggegevens: %1 weigerde ze (%2).</translation>
    </message>
    <message>
        <source>%1 answered, but not like the %2 API. Check the address.</source>
        <translation>%1 antwoordde, maar niet zoals de API van %2. Controleer het adres.</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 antwoordde met een fout: %2</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>De test is afgebroken.</translation>
    </message>
    <message>
        <source>Connected: %1 knows this site as “%2”.</source>
        <translation>Verbonden: %1 kent deze locatie als ‘%2’.</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation>Verbonden: %1 heeft de inloggegevens geaccepteerd.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSitesForm</name>
    <message>
        <source>%1 site</source>
        <translation>Locatie bij %1</translation>
    </message>
    <message>
        <source>A&amp;PI key:</source>
        <translation>API-&amp;sleutel:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>API-&amp;geheim:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-geheim</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Typed; saved with OK</source>
        <translation>Ingevoerd; opgeslagen met OK</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Opgeslagen in de sleutelhanger; typ om te vervangen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Bezig met testen…</translation>
    </message>
    <message>
        <source>Enter the API secret to test this site.</source>
        <translation>Voer het API-geheim in om deze locatie te testen.</translation>
    </message>
    <message>
        <source>Enter the password to test this site.</source>
        <translation>Voer het wachtwoord in om deze locatie te testen.</translation>
    </message>
    <message>
        <source>The payment providers of this profile besides Keyloop, each site with its own credentials. A site may have several providers.</source>
        <translation>De betaalaanbieders van dit profiel naast Keyloop, elke locatie met eigen inloggegevens. Een locatie kan meerdere aanbieders hebben.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-adres</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>Locatie &amp;toevoegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve site</source>
        <translation>Locatie &amp;verwijderen</translation>
    </message>
    <message>
        <source>S&amp;ite (store id):</source>
        <translation>Loca&amp;tie (vestigings-ID):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>API-ad&amp;res:</translation>
    </message>
    <message>
        <source>Dea&amp;ler UUID:</source>
        <translation>Dea&amp;ler-UUID:</translation>
    </message>
    <message>
        <source>Departm&amp;ent UUID:</source>
        <translation>Afdelings-&amp;UUID:</translation>
    </message>
    <message>
        <source>As the dealer calls this branch</source>
        <translation>Zoals de dealer deze locatie noemt</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbinding test&amp;en</translation>
    </message>
    <message>
        <source>Provider sites</source>
        <translation>Locaties van aanbieders</translation>
    </message>
    <message>
        <source>Add a provider site</source>
        <translation>Een locatie bij een aanbieder toevoegen</translation>
    </message>
    <message>
        <source>Remove this provider site</source>
        <translation>Deze locatie bij de aanbieder verwijderen</translation>
    </message>
    <message>
        <source>Test the connection of this site</source>
        <translation>De verbinding van deze locatie testen</translation>
    </message>
    <message>
        <source>Site (store id)</source>
        <translation>Locatie (vestigings-ID)</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Naam van de locatie</translation>
    </message>
    <message>
        <source>Dealer UUID</source>
        <translation>Dealer-UUID</translation>
    </message>
    <message>
        <source>Department UUID</source>
        <translation>Afdelings-UUID</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::NewRequestDialog</name>
    <message>
        <source>&amp;Keyloop: payment request (the customer gets a pay link)</source>
        <translation>&amp;Keyloop: betaalverzoek (de klant krijgt een betaallink)</translation>
    </message>
    <message>
        <source>&amp;Payment Assist: finance application</source>
        <translation>&amp;Payment Assist: financieringsaanvraag</translation>
    </message>
    <message>
        <source>&amp;Democrance: payment link for an insurance policy</source>
        <translation>&amp;Democrance: betaallink voor een verzekeringspolis</translation>
    </message>
    <message>
        <source>&amp;myKaarma: prepayment for a repair order</source>
        <translation>&amp;myKaarma: vooruitbetaling voor een werkorder</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nieuw verzoek</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Which provider?</source>
        <translation>Welke aanbieder?</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Verd&amp;er</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Continue to the provider&apos;s form</source>
        <translation>Verder naar het formulier van de aanbieder</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DemocrancePaymentLinkDialog</name>
    <message>
        <source>Asking Democrance which gateways policy %1 may use…</source>
        <translation>Democrance wordt gevraagd welke gateways polis %1 kan gebruiken…</translation>
    </message>
    <message>
        <source>No gateways: %1</source>
        <translation>Geen gateways: %1</translation>
    </message>
    <message>
        <source>Democrance offers no gateway for policy %1.</source>
        <translation>Democrance biedt geen gateway voor polis %1.</translation>
    </message>
    <message>
        <source>Pick one of the gateways Democrance offers for policy %1.</source>
        <translation>Kies een van de gateways die Democrance voor polis %1 biedt.</translation>
    </message>
    <message>
        <source>Send payment link for policy</source>
        <translation>Betaallink voor polis versturen</translation>
    </message>
    <message>
        <source>Democrance sends the customer a link to pay the policy&apos;s premium through the gateway you pick.</source>
        <translation>Democrance stuurt de klant een link om de premie van de polis te betalen via de gekozen gateway.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <source>&amp;Policy number:</source>
        <translation>&amp;Polisnummer:</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Polisnummer</translation>
    </message>
    <message>
        <source>&amp;Find gateways</source>
        <translation>Gateways &amp;zoeken</translation>
    </message>
    <message>
        <source>Find the gateways of this policy</source>
        <translation>De gateways van deze polis zoeken</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>Betaalgateway</translation>
    </message>
    <message>
        <source>Democrance may also answer “No payment required” or “Payment to be invoiced” (the invoice gateway): the policy is then issued without a card payment, and PayDesk shows it so.</source>
        <translation>Democrance kan ook ‘No payment required’ (geen betaling nodig) of ‘Payment to be invoiced’ (betaling op factuur, gateway invoice) antwoorden: de polis wordt dan zonder kaartbetaling uitgegeven, en PayDesk toont dat zo.</translation>
    </message>
    <message>
        <source>&amp;Send link</source>
        <translation>Link &amp;versturen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Send the payment link</source>
        <translation>De betaallink versturen</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MyKaarmaPrepaymentDialog</name>
    <message>
        <source>Enter the amount, e.g. %1.</source>
        <translation>Voer het bedrag in, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>myKaarma adds its card surcharge to what the customer pays; the detail pane shows it once the prepayment is made.</source>
        <translation>myKaarma telt zijn kaarttoeslag op bij wat de klant betaalt; het detailvenster toont die zodra de vooruitbetaling is aangemaakt.</translation>
    </message>
    <message>
        <source>Nothing goes to the customer yet: the prepayment is made and its surcharge and fees are shown in the detail pane, from where you send the link.</source>
        <translation>Er gaat nog niets naar de klant: de vooruitbetaling wordt aangemaakt en de toeslag en kosten verschijnen in het detailvenster, van waaruit u de link verstuurt.</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Vooruitbetaling</translation>
    </message>
    <message>
        <source>A prepayment for a repair order through myKaarma: the customer pays the amount by the link they get.</source>
        <translation>Een vooruitbetaling voor een werkorder via myKaarma: de klant betaalt het bedrag via de link die hij krijgt.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <source>&amp;Repair order:</source>
        <translation>&amp;Werkorder:</translation>
    </message>
    <message>
        <source>Repair order number</source>
        <translation>Werkordernummer</translation>
    </message>
    <message>
        <source>&amp;Customer (myKaarma id):</source>
        <translation>&amp;Klant (myKaarma-ID):</translation>
    </message>
    <message>
        <source>myKaarma customer id</source>
        <translation>myKaarma-klant-ID</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Bedrag (%1):</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Send the pay link by &amp;text</source>
        <translation>Betaallink per &amp;sms versturen</translation>
    </message>
    <message>
        <source>Send the pay link by &amp;email</source>
        <translation>Betaallink per &amp;e-mail versturen</translation>
    </message>
    <message>
        <source>&amp;Make prepayment</source>
        <translation>Vooruitbetaling &amp;aanmaken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Make the prepayment</source>
        <translation>De vooruitbetaling aanmaken</translation>
    </message>
    <message>
        <source>Send the pay link by text</source>
        <translation>Betaallink per sms versturen</translation>
    </message>
    <message>
        <source>Send the pay link by email</source>
        <translation>Betaallink per e-mail versturen</translation>
    </message>
</context>
<context>
    <name>paydesk::DemocranceClient</name>
    <message>
        <source>Democrance sent an answer PayDesk cannot read.</source>
        <translation>Democrance stuurde een antwoord dat PayDesk niet kan lezen.</translation>
    </message>
    <message>
        <source>Democrance refused the request.</source>
        <translation>Democrance heeft het verzoek geweigerd.</translation>
    </message>
    <message>
        <source>Democrance refused the request: %1</source>
        <translation>Democrance heeft het verzoek geweigerd: %1</translation>
    </message>
    <message>
        <source>Democrance ended the session.</source>
        <translation>Democrance heeft de sessie beëindigd.</translation>
    </message>
    <message>
        <source>Democrance sent a web page instead of data. Check the Democrance address in the connection settings.</source>
        <translation>Democrance stuurde een webpagina in plaats van gegevens. Controleer het Democrance-adres bij de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>No Democrance password is set for this site. Enter it in the connection settings.</source>
        <translation>Voor deze locatie is geen Democrance-wachtwoord ingesteld. Voer het in bij de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the Democrance password.</source>
        <translation>De sleutelhanger kon niet worden gelezen voor het Democrance-wachtwoord.</translation>
    </message>
    <message>
        <source>The Democrance password was saved for another address. Enter it again for %1.</source>
        <translation>Het Democrance-wachtwoord is voor een ander adres opgeslagen. Voer het opnieuw in voor %1.</translation>
    </message>
    <message>
        <source>Democrance did not accept the user name or password. Check them in the connection settings.</source>
        <translation>Democrance heeft de gebruikersnaam of het wachtwoord niet geaccepteerd. Controleer ze bij de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>Democrance refused the new session. Check the user&apos;s access in Democrance.</source>
        <translation>Democrance heeft de nieuwe sessie geweigerd. Controleer de toegang van de gebruiker in Democrance.</translation>
    </message>
    <message>
        <source>This policy has no payment to show a tax invoice for.</source>
        <translation>Deze polis heeft geen betaling waarvoor een belastingfactuur kan worden getoond.</translation>
    </message>
    <message>
        <source>This site has no Democrance sign-in. Add it in the connection settings.</source>
        <translation>Deze locatie heeft geen Democrance-aanmelding. Voeg die toe bij de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>Democrance does not know this policy.</source>
        <translation>Democrance kent deze polis niet.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderDetails</name>
    <message>
        <source>Checked with %1: updated.</source>
        <translation>Gecontroleerd bij %1: bijgewerkt.</translation>
    </message>
    <message>
        <source>Checked with %1: nothing newer.</source>
        <translation>Gecontroleerd bij %1: niets nieuwers.</translation>
    </message>
    <message>
        <source>myKaarma sent the payment request again.</source>
        <translation>myKaarma heeft het betaalverzoek opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>myKaarma refused: %1</source>
        <translation>myKaarma weigerde: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>No payment required: Democrance issues the policy without a payment</source>
        <translation>Geen betaling nodig: Democrance geeft de polis uit zonder betaling</translation>
    </message>
    <message>
        <source>Payment to be invoiced: the policy is issued and the money follows the invoice</source>
        <translation>Betaling op factuur: de polis wordt uitgegeven en het geld volgt de factuur</translation>
    </message>
    <message>
        <source>Payment required: the customer pays by the link</source>
        <translation>Betaling nodig: de klant betaalt via de link</translation>
    </message>
    <message>
        <source>⚠ myKaarma marks this payment as suspicious: do not release the vehicle until myKaarma clears it.</source>
        <translation>⚠ myKaarma markeert deze betaling als verdacht: geef het voertuig niet mee voordat myKaarma haar vrijgeeft.</translation>
    </message>
    <message>
        <source>Surcharge %1, fee %2; the customer pays %3</source>
        <translation>Toeslag %1, kosten %2; de klant betaalt %3</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>Controleren bij %1…</translation>
    </message>
    <message>
        <source>Asking Democrance for the document…</source>
        <translation>Het document wordt bij Democrance opgevraagd…</translation>
    </message>
    <message>
        <source>Democrance sent no document: %1</source>
        <translation>Democrance stuurde geen document: %1</translation>
    </message>
    <message>
        <source>not a PDF</source>
        <translation>geen pdf</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Betaalbewijs opslaan</translation>
    </message>
    <message>
        <source>Save tax invoice</source>
        <translation>Factuur opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation>Het document kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>Resend queued — sent as soon as myKaarma answers.</source>
        <translation>Opnieuw versturen in de wachtrij — verstuurd zodra myKaarma antwoordt.</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Polis:</translation>
    </message>
    <message>
        <source>Provider status:</source>
        <translation>Status bij de aanbieder:</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Gateway:</translation>
    </message>
    <message>
        <source>Democrance says:</source>
        <translation>Democrance meldt:</translation>
    </message>
    <message>
        <source>Payment status:</source>
        <translation>Betaalstatus:</translation>
    </message>
    <message>
        <source>Repair order:</source>
        <translation>Werkorder:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Betaald:</translation>
    </message>
    <message>
        <source>Paid online:</source>
        <translation>Online betaald:</translation>
    </message>
    <message>
        <source>Payment request sent:</source>
        <translation>Betaalverzoek verstuurd:</translation>
    </message>
    <message>
        <source>Surcharge and fees:</source>
        <translation>Toeslag en kosten:</translation>
    </message>
    <message>
        <source>myKaarma warns:</source>
        <translation>myKaarma waarschuwt:</translation>
    </message>
    <message>
        <source>Check status now</source>
        <translation>Status nu controleren</translation>
    </message>
    <message>
        <source>Download tax invoice…</source>
        <translation>Factuur downloaden…</translation>
    </message>
    <message>
        <source>Download receipt…</source>
        <translation>Betaalbewijs downloaden…</translation>
    </message>
    <message>
        <source>Resend payment request</source>
        <translation>Betaalverzoek opnieuw versturen</translation>
    </message>
</context>
</TS>
