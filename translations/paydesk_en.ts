<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Start in service-desk kiosk mode: the locked-down, customer-facing self-service screen (staff leave it with the PIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the dashboard (light and dark), the new-request dialog and the kiosk screens to PNG files in &lt;dir&gt; using demo data, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo kiosk: the staff PIN is 123456 (hold the top-left corner for 3 seconds, or press Ctrl+Alt+Shift+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a kiosk staff PIN (6 to 12 digits) from standard input and print its hash for the Kiosk/pinHash setting, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff PIN has 6 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo kiosk: try the reference %1 with the surname %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshots to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment manager for car dealerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in sandbox with demo data and open the dashboard on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the connection profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-desk kiosk mode (not available yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the dashboard (light and dark) and the new-request dialog to PNG files in &lt;dir&gt; using demo data, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk mode is not available yet. Start PayDesk without --kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk is already running with the profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no sandbox, so --demo is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ApiError</name>
    <message>
        <source>The platform cannot be reached. PayDesk keeps working from its cache and retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not answer in time. PayDesk retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was not accepted. Check the server address, or trust the company&apos;s CA certificate in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s certificate has expired, so PayDesk does not connect. Ask whoever runs the platform to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not valid yet, so PayDesk does not connect. Check this computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sent an answer PayDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sent a web page instead of data. The server address or the account&apos;s permissions may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s change feed is inconsistent: it does not move forward as it should. PayDesk keeps the cached data, does not store the bad position, and tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused PayDesk&apos;s access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: the platform did not accept the client id or secret. Check them in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not know this payment or store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform is still processing the same request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform asked PayDesk to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform had a problem (HTTP %1). PayDesk retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: no client secret is stored for this connection. Enter it in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed for the demo or a local test platform on this computer. Use an https:// address for the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: the stored client secret was entered for another platform address. Enter it again in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ConnectionProfile</name>
    <message>
        <source>Enter the platform&apos;s address, e.g. https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the enterprise id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one store id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read as PEM certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (localhost, 127.0.0.1); use https:// for any other address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is only for a local test platform on this computer: tick “Local test platform”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling — live updates reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — 1 action queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n actions queued</source>
        <translation>
            <numerusform>%1 — %n action queued</numerusform>
            <numerusform>%1 — %n actions queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::MemorySecretStore</name>
    <message>
        <source>Secrets are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::Money</name>
    <message>
        <source>“%1” is not a currency PayDesk knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be a number such as 249.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large to be exact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::Payment</name>
    <message>
        <source>Awaiting payment — do not release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, awaiting funds clearance — do not release yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds cleared — safe to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed — do not release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled — paid another way or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired unpaid — do not release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded — do not release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status unknown — check with the platform before releasing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentJson</name>
    <message>
        <source>The field “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentReference</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentStatus</name>
    <message>
        <source>Initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentStore</name>
    <message>
        <source>The local cache is damaged; PayDesk will rebuild it from the platform at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache was damaged. It was set aside (%1) and a fresh cache was started; payments will be downloaded again from the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentValidator</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not enter card numbers here. PayDesk keeps at most the last four digits, e.g. “card ending 1111”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address to send the pay link by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a mobile number to send the pay link by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number in international form, e.g. +44 7700 900123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose email, SMS or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the invoice, repair order or deal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose invoice, repair order or deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site this payment is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is cancelled, e.g. paid in cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a payment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::SecretError</name>
    <message>
        <source>No system keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access. It may be locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::SessionSecretStore</name>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked): secrets are kept in memory for this session only and you will need to enter them again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: secrets are kept in memory for this session only and you will need to enter them again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::StatusChange</name>
    <message>
        <source>Dealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::StoreError</name>
    <message>
        <source>The local cache was written by a newer version of PayDesk (format %1; this version reads up to %2). It was left untouched. Please update PayDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of PayDesk and was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be upgraded; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is busy; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to the local cache was invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::TrustedCaStore</name>
    <message>
        <source>The CA certificate file cannot be read as PEM certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk cannot create its folder for trusted certificates (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk cannot keep a copy of the CA certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ActionMessageBar</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of your last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this payment in the table, clearing filters that hide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recent actions and what the platform answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message (it stays under Recent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1 — confirmed by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 — confirmed by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification resent to %1 — confirmed by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — confirmed by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new payment request was confirmed by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cancellation was confirmed by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notification resend was confirmed by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform confirmed your action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the request for %1 — the platform refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cancelled: %1 — the platform refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resent: %1 — the platform refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the platform refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new payment request was refused by the platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cancellation was refused by the platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notification resend was refused by the platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused your action: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CancelDialog</name>
    <message>
        <source>Cancel payment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s pay link stops working at once. This cannot be undone; to take the payment later, raise a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is %1 and can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this payment is already paid. It can no longer be cancelled; if the money must go back, refund it with the payment partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the customer is paying right now (%1). Cancelling stops the pay link and may interrupt their payment. Check with the customer before you cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by card at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong amount or details; a new request follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer wants to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;understand that the customer can no longer pay with this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the payment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the payment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box to confirm the cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionIndicator</name>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionProfileForm</name>
    <message>
        <source>Trusted CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local test platform on t&amp;his computer (allows plain http://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local test platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. E100234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store ids, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a PEM file with your company&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform URL problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing… signing in and reading each store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform address changed: type the client secret again to use it with the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionTester</name>
    <message numerus="yes">
        <source>Connected: signed in and read the payments of %n store(s).</source>
        <translation>
            <numerusform>Connected: signed in and read the payments of %n store.</numerusform>
            <numerusform>Connected: signed in and read the payments of %n stores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreachable: PayDesk cannot reach %1. Check the address and the network%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the secure connection to %1 was refused%2. If your company uses its own certificate authority, choose its CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad credentials: the platform refused the client id or the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not like the payments platform. Check the platform URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but has no sign-in there. Check the platform URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such store: “%1” was not found in enterprise “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: this client may not read store “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading store “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CsvExporter</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card last 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CustomerContactFields</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send link by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the pay link by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM&amp;S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the pay link by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FieldErrorPresenter</name>
    <message>
        <source>Problem with the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FilterBar</name>
    <message>
        <source>Search cut to its first %1 characters; the rest was left out. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email, phone, reference, last 4 or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches name, email, phone, reference, card last 4 and amount as you type (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only payments in these statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update within this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing all payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view called “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payments</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ payments</source>
        <translation>
            <numerusform>%Ln+ payment</numerusform>
            <numerusform>%Ln+ payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FirstRunDialog</name>
    <message>
        <source>Connect PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect PayDesk to your payments platform. Your administrator or the platform&apos;s developer portal has these details. The client secret is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::InitiateDialog</name>
    <message>
        <source>Too long: at most %1 characters. Anything beyond that was left out, so check the end of the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New payment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer receives a link to pay online. PayDesk queues the request and sends it as soon as the platform can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in the DMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to the customer, e.g. “Service and MOT”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pay link expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to use the platform&apos;s default expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send pay link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KpiStrip</name>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer may try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid — do not release yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payments</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KpiTile</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — click to show these payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MainWindow</name>
    <message>
        <source>Lower amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;finance application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin a Payment Assist finance application; the customer gets a link to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance application for %1 queued — the customer gets the link as soon as Payment Assist answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show to c&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected payment&apos;s QR code and live status on a customer-facing screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PayDesk %1&lt;/b&gt;&lt;p&gt;Payment requests for car dealerships: see every request, act on it, and know when funds have cleared before releasing a vehicle.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay link copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n new — show</numerusform>
            <numerusform>%n new — show</numerusform>
        </translation>
    </message>
    <message>
        <source>List changed — update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments arrived or changed while you were working in the list. They are shown when you click here or leave the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a new payment request; the customer gets a pay link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend notification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the pay link again, optionally with corrected details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy pay &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected payment&apos;s pay link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the payments in the current view to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a receipt for the selected paid payment as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection, credentials, stores, language, theme and notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cache again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments match &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filter as a named view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the payments table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the details of the selected payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default column widths and order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment requests; the selected one is shown in the details pane. Press Menu for actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo — sandbox data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: sandbox data, no real payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk is connected to its built-in sandbox. Nothing here is a real payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is building its search indexes after a large download; searching and sorting are slower until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk — Demo (sandbox data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for %1 queued — it is sent as soon as the platform answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation of %1 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification to %1 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported, but the audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action has reached the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These actions are stored safely and are sent (with the same idempotency key) until the platform answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) shown</source>
        <translation>
            <numerusform>%n payment shown</numerusform>
            <numerusform>%n payments shown</numerusform>
        </translation>
    </message>
    <message>
        <source>1 payment exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payments exported to %1</source>
        <translation>
            <numerusform>%n payment exported to %1</numerusform>
            <numerusform>%n payments exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>That payment is not in the cache any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your recent actions and what the platform answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a receipt for the selected paid payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt for %1 sent to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link for policy %1 queued — sent as soon as Democrance answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepayment for repair order %1 queued — sent as soon as myKaarma answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Democrance: no payment required, the policy is issued without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Democrance: payment to be invoiced, the policy is issued and the money follows the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentDetailPane</name>
    <message numerus="yes">
        <source>⚠ Clearance overdue: paid %n day(s) ago and the funds have not cleared. Check with the payment partner before releasing.</source>
        <translation>
            <numerusform>⚠ Clearance overdue: paid %n day ago and the funds have not cleared. Check with the payment partner before releasing.</numerusform>
            <numerusform>⚠ Clearance overdue: paid %n days ago and the funds have not cleared. Check with the payment partner before releasing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payment to see its details, its timeline and whether the goods may be released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this payment in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters and search that hide this payment and select it in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the pay link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the pay link to the clipboard (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment details: nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes — in the DMS accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full timeline not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentFilter</name>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentNotifier</name>
    <message>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not pay %2 (%3). They may try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentTableModel</name>
    <message numerus="yes">
        <source>Paid %n day(s) ago and the funds have not cleared: overdue, check with the payment partner before releasing</source>
        <translation>
            <numerusform>Paid %n day ago and the funds have not cleared: overdue, check with the payment partner before releasing</numerusform>
            <numerusform>Paid %n days ago and the funds have not cleared: overdue, check with the payment partner before releasing</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myKaarma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested %1, paid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update; hover a cell for the exact time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reason: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a failed payment failed, as the payment partner reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReceiptPdf</name>
    <message>
        <source>A receipt is only available once the customer has paid. This payment is: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your payment. Please keep this receipt for your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>receipt date: date, time, time zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ResendDialog</name>
    <message>
        <source>Resend notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email and SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes: the customer gets the same pay link again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::SettingsDialog</name>
    <message>
        <source>&amp;Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment Assist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed; saved with OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection changes take effect the next time PayDesk starts. Secrets are kept in the system keychain and are never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when a payment is &amp;paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when a payment is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when a payment &amp;fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when a payment fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also notify while PayDesk is in &amp;front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify while PayDesk is in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new secret will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connec&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret to test this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site “%1” already has a %2 account in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ShortcutsDialog</name>
    <message>
        <source>, </source>
        <comment>between two shortcuts of one action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut of the PayDesk window. Letters such as ? work when the keyboard focus is not in a text field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ProviderRules</name>
    <message>
        <source>Unknown provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site the application is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action needs the application&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a mobile number to send the pay link by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must stay valid for some time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist accepts PDF, HTML, TXT, DOC and XLS invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site the policy belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a payment gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the policy number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is for another policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myKaarma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site the payment is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s amount cannot be less than the prepayment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use RO (repair order) or PO (parts order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the pay link by text, by email or both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReceiptIssuerForm</name>
    <message>
        <source>Choose a logo for receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on receipts where the platform sends no details of its own for the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the receipts of the profile “%1” where the platform sends no details of its own for the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealership n&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealership name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealership address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print no logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskWindow</name>
    <message>
        <source>We couldn&apos;t find that — please ask at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please try again in %n second(s), or ask at the desk.</source>
        <translation>
            <numerusform>Too many attempts. Please try again in %n second, or ask at the desk.</numerusform>
            <numerusform>Too many attempts. Please try again in %n seconds, or ask at the desk.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set up for this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN entry is locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. PIN entry is locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk %1, kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay for your repair, service or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: find your payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find your payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (repair order or invoice number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find my payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open the dashboard for %n minute(s)</source>
        <translation>
            <numerusform>Open the dashboard for %n minute</numerusform>
            <numerusform>Open the dashboard for %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the customer screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskPaymentView</name>
    <message>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the pay link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid. Thank you — please see the desk for your keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment didn&apos;t go through — you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment can no longer be made here — please ask at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to pay securely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can&apos;t reach the payment service right now, so this status may be out of date. If in doubt, please ask at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the customer screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CounterDisplay</name>
    <message>
        <source>PayDesk — customer display</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskSettingsForm</name>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits only (0–9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff PIN has %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new PIN again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk mode turns this computer into a locked-down screen at the service desk, where customers find and pay for their own repair or order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start PayDesk in kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ealership name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown when the platform does not name the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start &amp;after (seconds without a touch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the new PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securing the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff PIN is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff PIN is set yet: staff cannot unlock the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::MyKaarmaClient</name>
    <message>
        <source>myKaarma sent an answer PayDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myKaarma sent an amount PayDesk cannot read exactly (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myKaarma refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myKaarma refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myKaarma answered with its sign-in page instead of data: the ServiceSubscriber lacks the API scope %1. Ask myKaarma to grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No myKaarma password is set for this site. Enter it in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read for the myKaarma password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The myKaarma password was saved for another address. Enter it again for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no myKaarma credentials. Add them in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myKaarma does not know this order (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This myKaarma payment has no prepayment invoice to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myKaarma tells the fees once the prepayment is made. Make it without sending the link to see them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentAssistClient</name>
    <message>
        <source>Payment Assist refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist sent an answer PayDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Payment Assist secret is set for this site. Enter it in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read for the Payment Assist secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Payment Assist secret was saved for another address. Enter it again for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist could not read the invoice file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no Payment Assist credentials. Add them in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist already has an application for order %1. No second one was made. If it was begun just now and its answer was lost, add it by its token to follow it; otherwise use another order reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FinanceApplicationDialog</name>
    <message>
        <source>New finance application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer applies for point-of-sale finance with Payment Assist: they get a link to sign, and the dealership is paid when the application is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;line 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicle registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send link by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pre-approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Payment Assist whether the customer passes its checks before applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to see the repayment schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating the repayment schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 interest, %3 to repay in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name, address line 1 and postcode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Payment Assist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-approved: the customer passes Payment Assist&apos;s checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pre-approved: the customer does not pass Payment Assist&apos;s checks. They may still apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s first name and surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount in pounds, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan takes %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instalment(s), %2% APR</source>
        <translation>
            <numerusform>%1 — %n instalment, %2% APR</numerusform>
            <numerusform>%1 — %n instalments, %2% APR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instalment(s), interest free</source>
        <translation>
            <numerusform>%1 — %n instalment, interest free</numerusform>
            <numerusform>%1 — %n instalments, interest free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FinanceDetails</name>
    <message>
        <source>Payment Assist confirmed the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s default plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding — upload the invoice so Payment Assist pays out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued — it is sent to Payment Assist at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice for Payment Assist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.html *.txt *.doc *.xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New amount (less than %1). The customer&apos;s plan is recalculated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount below %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire this finance application now? The customer&apos;s link stops working; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload receipt as invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send our receipt PDF to Payment Assist as the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload invoice file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower amount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire the application now: the customer&apos;s link stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the deposit of an application waiting for capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentAssistSiteForm</name>
    <message>
        <source>Enter the Payment Assist API address, e.g. https://api.v1.payment-assist.co.uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Payment Assist API address must start with https:// (plain http only for a profile marked as a local test platform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the site (store id) the applications belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Payment Assist API secret (it is kept in the keychain, for this address only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-of-sale finance with Payment Assist for this profile. Each dealer or branch has its own API key and secret; leave the key empty for no Payment Assist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite (store id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the dealer calls this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist site (store id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Assist site name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSite</name>
    <message>
        <source>Enter the site (store id) its payments belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1 API address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 API address must start with https:// (plain http only for a profile marked as a local test platform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the dealer UUID myKaarma gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the department UUID myKaarma gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API secret (it is kept in the keychain, for this address only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password (it is kept in the keychain, for this address only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSiteTester</name>
    <message>
        <source>Unreachable: PayDesk cannot reach %1. Check the address and the network%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the secure connection to %1 was refused%2. If your company uses its own certificate authority, choose its CA file on the Connection tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad credentials: %1 refused them (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not like the %2 API. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 knows this site as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSitesForm</name>
    <message>
        <source>%1 site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;PI key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed; saved with OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API secret to test this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password to test this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment providers of this profile besides Keyloop, each site with its own credentials. A site may have several providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite (store id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dea&amp;ler UUID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departm&amp;ent UUID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the dealer calls this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this provider site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection of this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site (store id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealer UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department UUID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::NewRequestDialog</name>
    <message>
        <source>&amp;Keyloop: payment request (the customer gets a pay link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment Assist: finance application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Democrance: payment link for an insurance policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;myKaarma: prepayment for a repair order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which provider?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to the provider&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DemocrancePaymentLinkDialog</name>
    <message>
        <source>Asking Democrance which gateways policy %1 may use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateways: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrance offers no gateway for policy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the gateways Democrance offers for policy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send payment link for policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrance sends the customer a link to pay the policy&apos;s premium through the gateway you pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the gateways of this policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrance may also answer “No payment required” or “Payment to be invoiced” (the invoice gateway): the policy is then issued without a card payment, and PayDesk shows it so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the payment link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MyKaarmaPrepaymentDialog</name>
    <message>
        <source>Enter the amount, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myKaarma adds its card surcharge to what the customer pays; the detail pane shows it once the prepayment is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing goes to the customer yet: the prepayment is made and its surcharge and fees are shown in the detail pane, from where you send the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prepayment for a repair order through myKaarma: the customer pays the amount by the link they get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer (myKaarma id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myKaarma customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the pay link by &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the pay link by &amp;email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make prepayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the prepayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the pay link by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the pay link by email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::DemocranceClient</name>
    <message>
        <source>Democrance sent an answer PayDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrance refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrance refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrance ended the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrance sent a web page instead of data. Check the Democrance address in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Democrance password is set for this site. Enter it in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read for the Democrance password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Democrance password was saved for another address. Enter it again for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrance did not accept the user name or password. Check them in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrance refused the new session. Check the user&apos;s access in Democrance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This policy has no payment to show a tax invoice for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no Democrance sign-in. Add it in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrance does not know this policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderDetails</name>
    <message>
        <source>Checked with %1: updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked with %1: nothing newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myKaarma sent the payment request again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myKaarma refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment required: Democrance issues the policy without a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment to be invoiced: the policy is issued and the money follows the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment required: the customer pays by the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ myKaarma marks this payment as suspicious: do not release the vehicle until myKaarma clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surcharge %1, fee %2; the customer pays %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Democrance for the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrance sent no document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tax invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend queued — sent as soon as myKaarma answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democrance says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid online:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment request sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surcharge and fees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myKaarma warns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check status now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download tax invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend payment request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
