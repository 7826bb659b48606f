<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>FieldErrorPresenter</name>
    <message>
        <source>Discard this request?</source>
        <translation>Abandonner cette demande ?</translation>
    </message>
    <message>
        <source>What you typed in this form will be lost.</source>
        <translation>Ce que vous avez saisi dans ce formulaire sera perdu.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start in service-desk kiosk mode: the locked-down, customer-facing self-service screen (staff leave it with the PIN).</source>
        <translation>Démarrer en mode borne d&apos;accueil : l&apos;écran verrouillé en libre-service pour les clients (le personnel le quitte avec le code PIN).</translation>
    </message>
    <message>
        <source>Render the dashboard (light and dark), the new-request dialog and the kiosk screens to PNG files in &lt;dir&gt; using demo data, then quit.</source>
        <translation>Enregistrer le tableau de bord (clair et sombre), la fenêtre de nouvelle demande et les écrans de la borne en fichiers PNG dans &lt;dir&gt; avec des données de démonstration, puis quitter.</translation>
    </message>
    <message>
        <source>Demo kiosk: the staff PIN is 123456 (hold the top-left corner for 3 seconds, or press Ctrl+Alt+Shift+P).</source>
        <translation>Borne de démonstration : le code PIN du personnel est 123456 (maintenez le coin supérieur gauche pendant 3 secondes ou appuyez sur Ctrl+Alt+Maj+P).</translation>
    </message>
    <message>
        <source>Read a kiosk staff PIN (6 to 12 digits) from standard input and print its hash for the Kiosk/pinHash setting, then quit.</source>
        <translation>Lire un code PIN du personnel pour la borne (6 à 12 chiffres) sur l&apos;entrée standard et afficher son empreinte pour le paramètre Kiosk/pinHash, puis quitter.</translation>
    </message>
    <message>
        <source>A staff PIN has 6 to 12 digits.</source>
        <translation>Un code PIN du personnel comporte de 6 à 12 chiffres.</translation>
    </message>
    <message>
        <source>Demo kiosk: try the reference %1 with the surname %2.</source>
        <translation>Borne de démonstration : essayez la référence %1 avec le nom %2.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Could not write the screenshots to %1</source>
        <translation>Impossible d&apos;écrire les captures d&apos;écran dans %1</translation>
    </message>
    <message>
        <source>Payment manager for car dealerships</source>
        <translation>Gestion des paiements pour concessions automobiles</translation>
    </message>
    <message>
        <source>Start the built-in sandbox with demo data and open the dashboard on it.</source>
        <translation>Démarrer le bac à sable intégré avec des données de démonstration et y ouvrir le tableau de bord.</translation>
    </message>
    <message>
        <source>Use the connection profile &lt;name&gt;.</source>
        <translation>Utiliser le profil de connexion &lt;name&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Service-desk kiosk mode (not available yet).</source>
        <translation>Mode borne pour l&apos;accueil atelier (pas encore disponible).</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation>Thème de couleurs : system (système), light (clair) ou dark (sombre).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>Render the dashboard (light and dark) and the new-request dialog to PNG files in &lt;dir&gt; using demo data, then quit.</source>
        <translation>Enregistrer le tableau de bord (clair et sombre) et la fenêtre de nouvelle demande en fichiers PNG dans &lt;dir&gt; avec des données de démonstration, puis quitter.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Kiosk mode is not available yet. Start PayDesk without --kiosk.</source>
        <translation>Le mode borne n&apos;est pas encore disponible. Démarrez PayDesk sans --kiosk.</translation>
    </message>
    <message>
        <source>PayDesk is already running with the profile “%1”.</source>
        <translation>PayDesk est déjà ouvert avec le profil « %1 ».</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo.</source>
        <translation>Impossible de créer un dossier temporaire pour la démonstration.</translation>
    </message>
    <message>
        <source>The demo sandbox did not start: %1</source>
        <translation>Le bac à sable de démonstration n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>This build has no sandbox, so --demo is not available.</source>
        <translation>Cette version ne contient pas de bac à sable ; --demo n&apos;est donc pas disponible.</translation>
    </message>
</context>
<context>
    <name>paydesk::ApiError</name>
    <message>
        <source>The platform cannot be reached. PayDesk keeps working from its cache and retries.</source>
        <translation>La plateforme est injoignable. PayDesk continue avec son cache et réessaie.</translation>
    </message>
    <message>
        <source>The platform did not answer in time. PayDesk retries.</source>
        <translation>La plateforme n&apos;a pas répondu à temps. PayDesk réessaie.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was not accepted. Check the server address, or trust the company&apos;s CA certificate in the connection settings.</source>
        <translation>Le certificat de la plateforme n&apos;a pas été accepté. Vérifiez l&apos;adresse du serveur ou faites confiance au certificat CA de l&apos;entreprise dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate has expired, so PayDesk does not connect. Ask whoever runs the platform to renew it.</source>
        <translation>Le certificat de la plateforme a expiré, PayDesk ne se connecte donc pas. Demandez à l&apos;exploitant de la plateforme de le renouveler.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not valid yet, so PayDesk does not connect. Check this computer&apos;s date and time.</source>
        <translation>Le certificat de la plateforme n&apos;est pas encore valide, PayDesk ne se connecte donc pas. Vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>The platform sent an answer PayDesk cannot read.</source>
        <translation>La plateforme a envoyé une réponse que PayDesk ne peut pas lire.</translation>
    </message>
    <message>
        <source>The platform sent a web page instead of data. The server address or the account&apos;s permissions may be wrong.</source>
        <translation>La plateforme a envoyé une page web au lieu de données. L&apos;adresse du serveur ou les droits du compte sont peut-être incorrects.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over %1).</source>
        <translation>La réponse du serveur était trop volumineuse (plus de %1).</translation>
    </message>
    <message>
        <source>The platform&apos;s change feed is inconsistent: it does not move forward as it should. PayDesk keeps the cached data, does not store the bad position, and tries again later.</source>
        <translation>Le flux de modifications de la plateforme est incohérent : il n&apos;avance pas comme prévu. PayDesk conserve les données en cache, n&apos;enregistre pas la position erronée et réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The platform refused PayDesk&apos;s access token.</source>
        <translation>La plateforme a refusé le jeton d&apos;accès de PayDesk.</translation>
    </message>
    <message>
        <source>Sign-in failed: the platform did not accept the client id or secret. Check them in the connection settings.</source>
        <translation>Échec de la connexion : la plateforme n&apos;a pas accepté l&apos;ID client ou le secret. Vérifiez-les dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été interrompue.</translation>
    </message>
    <message>
        <source>The platform rejected the request.</source>
        <translation>La plateforme a rejeté la requête.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>Ce compte n&apos;est pas autorisé à le faire.</translation>
    </message>
    <message>
        <source>The platform does not know this payment or store.</source>
        <translation>La plateforme ne connaît pas ce paiement ou ce point de vente.</translation>
    </message>
    <message>
        <source>The platform is still processing the same request.</source>
        <translation>La plateforme traite encore la même requête.</translation>
    </message>
    <message>
        <source>The platform asked PayDesk to slow down.</source>
        <translation>La plateforme a demandé à PayDesk de ralentir.</translation>
    </message>
    <message>
        <source>The platform had a problem (HTTP %1). PayDesk retries.</source>
        <translation>La plateforme a rencontré un problème (HTTP %1). PayDesk réessaie.</translation>
    </message>
    <message>
        <source>The platform answered with HTTP %1.</source>
        <translation>La plateforme a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sign-in failed: no client secret is stored for this connection. Enter it in the connection settings.</source>
        <translation>Échec de la connexion : aucun secret client n&apos;est enregistré pour cette connexion. Saisissez-le dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed for the demo or a local test platform on this computer. Use an https:// address for the platform.</source>
        <translation>Le HTTP non chiffré n&apos;est autorisé que pour la démonstration ou une plateforme de test locale sur cet ordinateur. Utilisez une adresse https:// pour la plateforme.</translation>
    </message>
    <message>
        <source>Sign-in failed: the stored client secret was entered for another platform address. Enter it again in the connection settings.</source>
        <translation>Échec de la connexion : le secret client enregistré a été saisi pour une autre adresse de plateforme. Saisissez-le de nouveau dans les paramètres de connexion.</translation>
    </message>
</context>
<context>
    <name>paydesk::ConnectionProfile</name>
    <message>
        <source>Enter the platform&apos;s address, e.g. https://api.example.com.</source>
        <translation>Saisissez l&apos;adresse de la plateforme, par ex. https://api.example.com.</translation>
    </message>
    <message>
        <source>Enter the enterprise id.</source>
        <translation>Saisissez l&apos;ID de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Enter at least one store id.</source>
        <translation>Saisissez au moins un ID de point de vente.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Saisissez l&apos;ID client.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read as PEM certificates.</source>
        <translation>Le fichier de certificat CA ne peut pas être lu comme certificats PEM.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (localhost, 127.0.0.1); use https:// for any other address.</source>
        <translation>Le http:// non chiffré n&apos;est autorisé que vers cet ordinateur (localhost, 127.0.0.1) ; utilisez https:// pour toute autre adresse.</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is only for a local test platform on this computer: tick “Local test platform”.</source>
        <translation>L&apos;adresse doit commencer par https://. Le http:// non chiffré est réservé à une plateforme de test locale sur cet ordinateur : cochez « Plateforme de test locale ».</translation>
    </message>
</context>
<context>
    <name>paydesk::ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Polling — live updates reconnecting</source>
        <translation>Interrogation périodique — reconnexion du direct</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>%1 — 1 action queued</source>
        <translation>%1 — 1 action en attente</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n actions queued</source>
        <translation>
            <numerusform>%1 — %n action en attente</numerusform>
            <numerusform>%1 — %n actions en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::MemorySecretStore</name>
    <message>
        <source>Secrets are kept in memory for this session only.</source>
        <translation>Les secrets sont conservés en mémoire pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>paydesk::Money</name>
    <message>
        <source>“%1” is not a currency PayDesk knows.</source>
        <translation>« %1 » n&apos;est pas une devise connue de PayDesk.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>The amount must be a number.</source>
        <translation>Le montant doit être un nombre.</translation>
    </message>
    <message>
        <source>The amount must be a number such as 249.99.</source>
        <translation>Le montant doit être un nombre tel que 249,99.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation>Les montants en %1 n&apos;ont pas de décimales.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>Les montants en %1 ont au plus %2 décimales.</translation>
    </message>
    <message>
        <source>The amount is too large to be exact.</source>
        <translation>Le montant est trop élevé pour être exact.</translation>
    </message>
</context>
<context>
    <name>paydesk::Payment</name>
    <message>
        <source>Awaiting payment — do not release</source>
        <translation>Paiement en attente — ne pas remettre</translation>
    </message>
    <message>
        <source>Paid, awaiting funds clearance — do not release yet</source>
        <translation>Payé, fonds pas encore crédités — ne pas encore remettre</translation>
    </message>
    <message>
        <source>Funds cleared — safe to release</source>
        <translation>Fonds crédités — remise possible</translation>
    </message>
    <message>
        <source>Payment failed — do not release</source>
        <translation>Paiement échoué — ne pas remettre</translation>
    </message>
    <message>
        <source>Cancelled — paid another way or withdrawn</source>
        <translation>Annulé — payé autrement ou retiré</translation>
    </message>
    <message>
        <source>Expired unpaid — do not release</source>
        <translation>Expiré sans paiement — ne pas remettre</translation>
    </message>
    <message>
        <source>Refunded — do not release</source>
        <translation>Remboursé — ne pas remettre</translation>
    </message>
    <message>
        <source>Status unknown — check with the platform before releasing</source>
        <translation>Statut inconnu — vérifier auprès de la plateforme avant la remise</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentJson</name>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Le champ « %1 » est manquant.</translation>
    </message>
    <message>
        <source>The field “%1” has the wrong type.</source>
        <translation>Le champ « %1 » n&apos;a pas le bon type.</translation>
    </message>
    <message>
        <source>The field “%1” is longer than %2 characters.</source>
        <translation>Le champ « %1 » dépasse %2 caractères.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentReference</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>Ordre de réparation</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Vente de véhicule</translation>
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
        <translation>Créé</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notifié</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Remboursé en partie</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Inconnu (%1)</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentStore</name>
    <message>
        <source>The local cache is damaged; PayDesk will rebuild it from the platform at the next start.</source>
        <translation>Le cache local est endommagé ; PayDesk le reconstruira depuis la plateforme au prochain démarrage.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It was set aside (%1) and a fresh cache was started; payments will be downloaded again from the server.</source>
        <translation>Le cache local était endommagé. Il a été mis de côté (%1) et un nouveau cache a été créé ; les paiements seront de nouveau téléchargés depuis le serveur.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentValidator</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Saisissez le nom du client.</translation>
    </message>
    <message>
        <source>Do not enter card numbers here. PayDesk keeps at most the last four digits, e.g. “card ending 1111”.</source>
        <translation>Ne saisissez pas de numéros de carte ici. PayDesk conserve au plus les quatre derniers chiffres, par ex. « carte se terminant par 1111 ».</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Utilisez au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Enter an email address to send the pay link by email.</source>
        <translation>Saisissez une adresse e-mail pour envoyer le lien de paiement par e-mail.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Enter a mobile number to send the pay link by SMS.</source>
        <translation>Saisissez un numéro de mobile pour envoyer le lien de paiement par SMS.</translation>
    </message>
    <message>
        <source>Enter the number in international form, e.g. +44 7700 900123.</source>
        <translation>Saisissez le numéro au format international, par ex. +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Choisissez une devise.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Choose email, SMS or both.</source>
        <translation>Choisissez e-mail, SMS ou les deux.</translation>
    </message>
    <message>
        <source>Enter the invoice, repair order or deal number.</source>
        <translation>Saisissez le numéro de facture, d&apos;ordre de réparation ou de vente.</translation>
    </message>
    <message>
        <source>Choose invoice, repair order or deal.</source>
        <translation>Choisissez facture, ordre de réparation ou vente de véhicule.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>La date d&apos;expiration doit être dans le futur.</translation>
    </message>
    <message>
        <source>Choose the site this payment is for.</source>
        <translation>Choisissez le site concerné par ce paiement.</translation>
    </message>
    <message>
        <source>Say why the request is cancelled, e.g. paid in cash.</source>
        <translation>Indiquez pourquoi la demande est annulée, par ex. payé en espèces.</translation>
    </message>
    <message>
        <source>Choose a payment.</source>
        <translation>Choisissez un paiement.</translation>
    </message>
</context>
<context>
    <name>paydesk::SecretError</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>Aucun trousseau système n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The system keychain refused access. It may be locked.</source>
        <translation>Le trousseau système a refusé l&apos;accès. Il est peut-être verrouillé.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Le trousseau système n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Le trousseau système a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>paydesk::SessionSecretStore</name>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau système…</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked): secrets are kept in memory for this session only and you will need to enter them again next time.</source>
        <translation>Le trousseau système a refusé l&apos;accès (il est peut-être verrouillé) : les secrets sont conservés en mémoire pour cette session uniquement et vous devrez les saisir de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>No system keychain is available: secrets are kept in memory for this session only and you will need to enter them again next time.</source>
        <translation>Aucun trousseau système n&apos;est disponible : les secrets sont conservés en mémoire pour cette session uniquement et vous devrez les saisir de nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>paydesk::StatusChange</name>
    <message>
        <source>Dealer</source>
        <translation>Concessionnaire</translation>
    </message>
    <message>
        <source>Payment partner</source>
        <translation>Partenaire de paiement</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>paydesk::StoreError</name>
    <message>
        <source>The local cache was written by a newer version of PayDesk (format %1; this version reads up to %2). It was left untouched. Please update PayDesk.</source>
        <translation>Le cache local a été écrit par une version plus récente de PayDesk (format %1 ; cette version lit jusqu&apos;au format %2). Il n&apos;a pas été modifié. Veuillez mettre à jour PayDesk.</translation>
    </message>
    <message>
        <source>The local cache could not be opened.</source>
        <translation>Impossible d&apos;ouvrir le cache local.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of PayDesk and was left untouched.</source>
        <translation>Le cache local a été écrit par une version plus récente de PayDesk et n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The local cache is damaged.</source>
        <translation>Le cache local est endommagé.</translation>
    </message>
    <message>
        <source>The local cache could not be upgraded; it was left unchanged.</source>
        <translation>Impossible de mettre à niveau le cache local ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The local cache is busy; please try again.</source>
        <translation>Le cache local est occupé ; veuillez réessayer.</translation>
    </message>
    <message>
        <source>The item is not in the local cache.</source>
        <translation>L&apos;élément n&apos;est pas dans le cache local.</translation>
    </message>
    <message>
        <source>The request to the local cache was invalid.</source>
        <translation>La requête au cache local n&apos;était pas valide.</translation>
    </message>
    <message>
        <source>The local cache reported an error.</source>
        <translation>Le cache local a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>paydesk::TrustedCaStore</name>
    <message>
        <source>The CA certificate file cannot be read as PEM certificates.</source>
        <translation>Le fichier de certificat CA ne peut pas être lu comme certificats PEM.</translation>
    </message>
    <message>
        <source>PayDesk cannot create its folder for trusted certificates (%1).</source>
        <translation>PayDesk ne peut pas créer son dossier de certificats de confiance (%1).</translation>
    </message>
    <message>
        <source>PayDesk cannot keep a copy of the CA certificate: %1</source>
        <translation>PayDesk ne peut pas conserver une copie du certificat CA : %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ActionMessageBar</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recent (%1)</source>
        <translation>Récentes (%1)</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>Your actions</source>
        <translation>Vos actions</translation>
    </message>
    <message>
        <source>Outcome of your last action</source>
        <translation>Résultat de votre dernière action</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Select this payment in the table, clearing filters that hide it</source>
        <translation>Sélectionner ce paiement dans le tableau en effaçant les filtres qui le masquent</translation>
    </message>
    <message>
        <source>Recent actions</source>
        <translation>Actions récentes</translation>
    </message>
    <message>
        <source>Your recent actions and what the platform answered</source>
        <translation>Vos actions récentes et les réponses de la plateforme</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss this message (it stays under Recent)</source>
        <translation>Fermer ce message (il reste dans Récentes)</translation>
    </message>
    <message>
        <source>Sent to %1 — confirmed by the platform</source>
        <translation>Envoyée à %1 — confirmée par la plateforme</translation>
    </message>
    <message>
        <source>Cancelled: %1 — confirmed by the platform</source>
        <translation>Annulée : %1 — confirmée par la plateforme</translation>
    </message>
    <message>
        <source>Notification resent to %1 — confirmed by the platform</source>
        <translation>Notification renvoyée à %1 — confirmée par la plateforme</translation>
    </message>
    <message>
        <source>%1 — confirmed by the platform</source>
        <translation>%1 — confirmé par la plateforme</translation>
    </message>
    <message>
        <source>Your new payment request was confirmed by the platform</source>
        <translation>Votre nouvelle demande de paiement a été confirmée par la plateforme</translation>
    </message>
    <message>
        <source>Your cancellation was confirmed by the platform</source>
        <translation>Votre annulation a été confirmée par la plateforme</translation>
    </message>
    <message>
        <source>Your notification resend was confirmed by the platform</source>
        <translation>Le renvoi de votre notification a été confirmé par la plateforme</translation>
    </message>
    <message>
        <source>The platform confirmed your action</source>
        <translation>La plateforme a confirmé votre action</translation>
    </message>
    <message>
        <source>Not sent: the request for %1 — the platform refused: %2</source>
        <translation>Non envoyée : la demande pour %1 — la plateforme a refusé : %2</translation>
    </message>
    <message>
        <source>Not cancelled: %1 — the platform refused: %2</source>
        <translation>Non annulée : %1 — la plateforme a refusé : %2</translation>
    </message>
    <message>
        <source>Not resent: %1 — the platform refused: %2</source>
        <translation>Non renvoyée : %1 — la plateforme a refusé : %2</translation>
    </message>
    <message>
        <source>%1 — the platform refused: %2</source>
        <translation>%1 — la plateforme a refusé : %2</translation>
    </message>
    <message>
        <source>Your new payment request was refused by the platform: %1</source>
        <translation>Votre nouvelle demande de paiement a été refusée par la plateforme : %1</translation>
    </message>
    <message>
        <source>Your cancellation was refused by the platform: %1</source>
        <translation>Votre annulation a été refusée par la plateforme : %1</translation>
    </message>
    <message>
        <source>Your notification resend was refused by the platform: %1</source>
        <translation>Le renvoi de votre notification a été refusé par la plateforme : %1</translation>
    </message>
    <message>
        <source>The platform refused your action: %1</source>
        <translation>La plateforme a refusé votre action : %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CancelDialog</name>
    <message>
        <source>Cancel payment request</source>
        <translation>Annuler la demande de paiement</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>The customer&apos;s pay link stops working at once. This cannot be undone; to take the payment later, raise a new request.</source>
        <translation>Le lien de paiement du client cesse aussitôt de fonctionner. C&apos;est irréversible ; pour encaisser plus tard, créez une nouvelle demande.</translation>
    </message>
    <message>
        <source>This payment is %1 and can no longer be cancelled.</source>
        <translation>Ce paiement est « %1 » et ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>Warning: this payment is already paid. It can no longer be cancelled; if the money must go back, refund it with the payment partner.</source>
        <translation>Attention : ce paiement est déjà payé. Il ne peut plus être annulé ; si l&apos;argent doit être rendu, remboursez-le auprès du partenaire de paiement.</translation>
    </message>
    <message>
        <source>Warning: the customer is paying right now (%1). Cancelling stops the pay link and may interrupt their payment. Check with the customer before you cancel.</source>
        <translation>Attention : le client est en train de payer (%1). L&apos;annulation désactive le lien de paiement et peut interrompre son paiement. Vérifiez auprès du client avant d&apos;annuler.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Choisissez ou saisissez un motif</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Payé en espèces</translation>
    </message>
    <message>
        <source>Paid by card at the desk</source>
        <translation>Payé par carte au comptoir</translation>
    </message>
    <message>
        <source>Paid by bank transfer</source>
        <translation>Payé par virement</translation>
    </message>
    <message>
        <source>Wrong amount or details; a new request follows</source>
        <translation>Montant ou informations erronés ; une nouvelle demande suit</translation>
    </message>
    <message>
        <source>The customer no longer wants to pay</source>
        <translation>Le client ne souhaite plus payer</translation>
    </message>
    <message>
        <source>Reason problem</source>
        <translation>Problème de motif</translation>
    </message>
    <message>
        <source>I &amp;understand that the customer can no longer pay with this link</source>
        <translation>Je &amp;comprends que le client ne pourra plus payer avec ce lien</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>Confirmer l&apos;annulation</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problème de confirmation</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Cancel the payment request</source>
        <translation>Annuler la demande de paiement</translation>
    </message>
    <message>
        <source>Keep request</source>
        <translation>Conserver la demande</translation>
    </message>
    <message>
        <source>Keep the payment request</source>
        <translation>Conserver la demande de paiement</translation>
    </message>
    <message>
        <source>Tick the box to confirm the cancellation.</source>
        <translation>Cochez la case pour confirmer l&apos;annulation.</translation>
    </message>
    <message>
        <source>This payment can no longer be cancelled.</source>
        <translation>Ce paiement ne peut plus être annulé.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionIndicator</name>
    <message>
        <source>Connection: %1</source>
        <translation>Connexion : %1</translation>
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
        <translation>Certificat CA de confiance</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>Nom du pro&amp;fil :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. Head office</source>
        <translation>par ex. Siège</translation>
    </message>
    <message>
        <source>Platform &amp;URL:</source>
        <translation>&amp;URL de la plateforme :</translation>
    </message>
    <message>
        <source>Platform URL</source>
        <translation>URL de la plateforme</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>Local test platform on t&amp;his computer (allows plain http://)</source>
        <translation>Plateforme de test &amp;locale sur cet ordinateur (autorise le http:// non chiffré)</translation>
    </message>
    <message>
        <source>Local test platform</source>
        <translation>Plateforme de test locale</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <source>Enterprise id</source>
        <translation>ID de l&apos;entreprise</translation>
    </message>
    <message>
        <source>e.g. E100234</source>
        <translation>par ex. E100234</translation>
    </message>
    <message>
        <source>&amp;Stores:</source>
        <translation>Points de &amp;vente :</translation>
    </message>
    <message>
        <source>Store ids</source>
        <translation>ID des points de vente</translation>
    </message>
    <message>
        <source>Store ids, separated by commas</source>
        <translation>ID des points de vente, séparés par des virgules</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Trusted &amp;CA:</source>
        <translation>&amp;CA de confiance :</translation>
    </message>
    <message>
        <source>Trusted CA certificate file</source>
        <translation>Fichier du certificat CA de confiance</translation>
    </message>
    <message>
        <source>Optional: a PEM file with your company&apos;s CA</source>
        <translation>Facultatif : un fichier PEM avec la CA de votre entreprise</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier du certificat CA</translation>
    </message>
    <message>
        <source>Fingerprint of the trusted CA</source>
        <translation>Empreinte de la CA de confiance</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Problème de nom de profil</translation>
    </message>
    <message>
        <source>Platform URL problem</source>
        <translation>Problème d&apos;URL de la plateforme</translation>
    </message>
    <message>
        <source>Enterprise problem</source>
        <translation>Problème d&apos;entreprise</translation>
    </message>
    <message>
        <source>Stores problem</source>
        <translation>Problème de points de vente</translation>
    </message>
    <message>
        <source>Client id problem</source>
        <translation>Problème d&apos;ID client</translation>
    </message>
    <message>
        <source>Client secret problem</source>
        <translation>Problème de secret client</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Problème de fichier CA</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <source>Testing… signing in and reading each store.</source>
        <translation>Test en cours… connexion et lecture de chaque point de vente.</translation>
    </message>
    <message>
        <source>Fill in the marked fields first.</source>
        <translation>Remplissez d&apos;abord les champs signalés.</translation>
    </message>
    <message>
        <source>The platform address changed: type the client secret again to use it with the new address.</source>
        <translation>L&apos;adresse de la plateforme a changé : saisissez de nouveau le secret client pour l&apos;utiliser avec la nouvelle adresse.</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>Impossible d&apos;enregistrer le secret dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionTester</name>
    <message numerus="yes">
        <source>Connected: signed in and read the payments of %n store(s).</source>
        <translation>
            <numerusform>Connecté : connexion réussie et paiements de %n point de vente lus.</numerusform>
            <numerusform>Connecté : connexion réussie et paiements de %n points de vente lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreachable: PayDesk cannot reach %1. Check the address and the network%2.</source>
        <translation>Injoignable : PayDesk ne parvient pas à joindre %1. Vérifiez l&apos;adresse et le réseau%2.</translation>
    </message>
    <message>
        <source>TLS: the secure connection to %1 was refused%2. If your company uses its own certificate authority, choose its CA file.</source>
        <translation>TLS : la connexion sécurisée à %1 a été refusée%2. Si votre entreprise utilise sa propre autorité de certification, choisissez son fichier CA.</translation>
    </message>
    <message>
        <source>Bad credentials: the platform refused the client id or the client secret.</source>
        <translation>Identifiants incorrects : la plateforme a refusé l&apos;ID client ou le secret client.</translation>
    </message>
    <message>
        <source>%1 answered, but not like the payments platform. Check the platform URL.</source>
        <translation>%1 a répondu, mais pas comme la plateforme de paiement. Vérifiez l&apos;URL de la plateforme.</translation>
    </message>
    <message>
        <source>%1 answered, but has no sign-in there. Check the platform URL.</source>
        <translation>%1 a répondu, mais n&apos;y propose pas de connexion. Vérifiez l&apos;URL de la plateforme.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été interrompu.</translation>
    </message>
    <message>
        <source>No such store: “%1” was not found in enterprise “%2”.</source>
        <translation>Point de vente introuvable : « %1 » n&apos;existe pas dans l&apos;entreprise « %2 ».</translation>
    </message>
    <message>
        <source>Not allowed: this client may not read store “%1”.</source>
        <translation>Non autorisé : ce client ne peut pas lire le point de vente « %1 ».</translation>
    </message>
    <message>
        <source>Reading store “%1” failed: %2</source>
        <translation>Échec de la lecture du point de vente « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CsvExporter</name>
    <message>
        <source>Funds cleared</source>
        <translation>Fonds crédités</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reference type</source>
        <translation>Type de référence</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Référence du prestataire</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Point de vente</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Marque de la carte</translation>
    </message>
    <message>
        <source>Card last 4</source>
        <translation>4 derniers chiffres de la carte</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>Référence de transaction</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Impossible d&apos;écrire le fichier : %1</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>Impossible d&apos;ouvrir %1 en écriture : %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>The payments could not be read: %1</source>
        <translation>Impossible de lire les paiements : %1</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motif de l&apos;échec</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CustomerContactFields</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>As on the invoice</source>
        <translation>Comme sur la facture</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>Mo&amp;bile :</translation>
    </message>
    <message>
        <source>Customer mobile number</source>
        <translation>Numéro de mobile du client</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>Send link by:</source>
        <translation>Envoyer le lien par :</translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation>E-mai&amp;l</translation>
    </message>
    <message>
        <source>Send the pay link by email</source>
        <translation>Envoyer le lien de paiement par e-mail</translation>
    </message>
    <message>
        <source>SM&amp;S</source>
        <translation>SM&amp;S</translation>
    </message>
    <message>
        <source>Send the pay link by SMS</source>
        <translation>Envoyer le lien de paiement par SMS</translation>
    </message>
    <message>
        <source>Customer name problem</source>
        <translation>Problème de nom du client</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Problème d&apos;e-mail</translation>
    </message>
    <message>
        <source>Mobile number problem</source>
        <translation>Problème de numéro de mobile</translation>
    </message>
    <message>
        <source>Channel problem</source>
        <translation>Problème de canal d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FieldErrorPresenter</name>
    <message>
        <source>Problem with the request</source>
        <translation>Problème dans la demande</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FilterBar</name>
    <message>
        <source>Search cut to its first %1 characters; the rest was left out. %2</source>
        <translation>Recherche coupée à ses %1 premiers caractères ; le reste a été laissé de côté. %2</translation>
    </message>
    <message>
        <source>Cleared / safe to release</source>
        <translation>Crédité / remise possible</translation>
    </message>
    <message>
        <source>Paid, and the platform reports the funds cleared</source>
        <translation>Payé, et la plateforme signale les fonds crédités</translation>
    </message>
    <message>
        <source>Awaiting clearance</source>
        <translation>Crédit en attente</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Name, email, phone, reference, last 4 or amount</source>
        <translation>Nom, e-mail, téléphone, référence, 4 derniers chiffres ou montant</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Rechercher des paiements</translation>
    </message>
    <message>
        <source>Matches name, email, phone, reference, card last 4 and amount as you type (Ctrl+F)</source>
        <translation>Recherche pendant la saisie dans le nom, l&apos;e-mail, le téléphone, la référence, les 4 derniers chiffres de la carte et le montant (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open requests only</source>
        <translation>Demandes ouvertes uniquement</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Show only payments in these statuses</source>
        <translation>Afficher uniquement les paiements ayant ces statuts</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last update within this range</source>
        <translation>Dernière modification dans cette période</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les points de vente</translation>
    </message>
    <message>
        <source>Store filter</source>
        <translation>Filtre de point de vente</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les prestataires</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Filtre de prestataire</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
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
        <translation>Montant minimum</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Montant maximum</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Toutes les devises</translation>
    </message>
    <message>
        <source>Currency filter</source>
        <translation>Filtre de devise</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Apply a saved view</source>
        <translation>Appliquer une vue enregistrée</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>Enregistrer le filtre actuel comme vue</translation>
    </message>
    <message>
        <source>Manage views</source>
        <translation>Gérer les vues</translation>
    </message>
    <message>
        <source>Manage saved views</source>
        <translation>Gérer les vues enregistrées</translation>
    </message>
    <message>
        <source>Rename view…</source>
        <translation>Renommer la vue…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Current filter</source>
        <translation>Filtre actuel</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation>Pas un montant</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n statut</numerusform>
            <numerusform>%n statuts</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Showing all payments</source>
        <translation>Tous les paiements sont affichés</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Filtré par %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saved views…</source>
        <translation>Vues enregistrées…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>A view called “%1” already exists.</source>
        <translation>Une vue nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 paiement</translation>
    </message>
    <message numerus="yes">
        <source>%n payments</source>
        <translation>
            <numerusform>%n paiement</numerusform>
            <numerusform>%n paiements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ payments</source>
        <translation>
            <numerusform>%Ln+ paiement</numerusform>
            <numerusform>%Ln+ paiements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FirstRunDialog</name>
    <message>
        <source>Connect PayDesk</source>
        <translation>Connecter PayDesk</translation>
    </message>
    <message>
        <source>Welcome to PayDesk</source>
        <translation>Bienvenue dans PayDesk</translation>
    </message>
    <message>
        <source>Connect PayDesk to your payments platform. Your administrator or the platform&apos;s developer portal has these details. The client secret is kept in the system keychain, never in a file.</source>
        <translation>Connectez PayDesk à votre plateforme de paiement. Votre administrateur ou le portail développeur de la plateforme vous fournit ces informations. Le secret client est conservé dans le trousseau système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Enregistrer et connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::InitiateDialog</name>
    <message>
        <source>Too long: at most %1 characters. Anything beyond that was left out, so check the end of the text.</source>
        <translation>Trop long : %1 caractères au maximum. Tout ce qui dépassait a été laissé de côté, vérifiez donc la fin du texte.</translation>
    </message>
    <message>
        <source>New payment request</source>
        <translation>Nouvelle demande de paiement</translation>
    </message>
    <message>
        <source>The customer receives a link to pay online. PayDesk queues the request and sends it as soon as the platform can be reached.</source>
        <translation>Le client reçoit un lien pour payer en ligne. PayDesk met la demande en file d&apos;attente et l&apos;envoie dès que la plateforme est joignable.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite :</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Reference type</source>
        <translation>Type de référence</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <source>Number in the DMS</source>
        <translation>Numéro dans le DMS</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Shown to the customer, e.g. “Service and MOT”</source>
        <translation>Visible par le client, par ex. « Révision et contrôle technique »</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpire le :</translation>
    </message>
    <message>
        <source>The pay link expires</source>
        <translation>Le lien de paiement expire</translation>
    </message>
    <message>
        <source>Untick to use the platform&apos;s default expiry.</source>
        <translation>Décochez pour utiliser la durée de validité par défaut de la plateforme.</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Date et heure d&apos;expiration</translation>
    </message>
    <message>
        <source>Send pay link</source>
        <translation>Envoyer le lien de paiement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Site problem</source>
        <translation>Problème de site</translation>
    </message>
    <message>
        <source>Reference problem</source>
        <translation>Problème de référence</translation>
    </message>
    <message>
        <source>Description problem</source>
        <translation>Problème de description</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problème de montant</translation>
    </message>
    <message>
        <source>Expiry problem</source>
        <translation>Problème d&apos;expiration</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KpiStrip</name>
    <message>
        <source>Open requests</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>en attente du client</translation>
    </message>
    <message>
        <source>Paid today</source>
        <translation>Payé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>customer may try again</source>
        <translation>le client peut réessayer</translation>
    </message>
    <message>
        <source>Awaiting clearance</source>
        <translation>Crédit en attente</translation>
    </message>
    <message>
        <source>paid — do not release yet</source>
        <translation>payé — ne pas encore remettre</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Actions en attente</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>tout est envoyé</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 paiement</translation>
    </message>
    <message numerus="yes">
        <source>%n payments</source>
        <translation>
            <numerusform>%n paiement</numerusform>
            <numerusform>%n paiements</numerusform>
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
        <translation>%1 — cliquez pour afficher ces paiements</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MainWindow</name>
    <message>
        <source>Lower amount</source>
        <translation>Réduire le montant</translation>
    </message>
    <message>
        <source>Upload invoice</source>
        <translation>Envoyer la facture</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>New &amp;finance application…</source>
        <translation>Nouvelle demande de &amp;financement…</translation>
    </message>
    <message>
        <source>Begin a Payment Assist finance application; the customer gets a link to apply</source>
        <translation>Commencer une demande de financement Payment Assist ; le client reçoit un lien pour faire sa demande</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Finance application for %1 queued — the customer gets the link as soon as Payment Assist answers</source>
        <translation>Demande de financement de %1 en file d&apos;attente — le client reçoit le lien dès que Payment Assist répond</translation>
    </message>
    <message>
        <source>Show to c&amp;ustomer</source>
        <translation>Afficher au &amp;client</translation>
    </message>
    <message>
        <source>Show the selected payment&apos;s QR code and live status on a customer-facing screen</source>
        <translation>Afficher le QR code et le statut en direct du paiement sélectionné sur un écran tourné vers le client</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read the cache: %1</source>
        <translation>Impossible de lire le cache : %1</translation>
    </message>
    <message>
        <source>About PayDesk</source>
        <translation>À propos de PayDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;PayDesk %1&lt;/b&gt;&lt;p&gt;Payment requests for car dealerships: see every request, act on it, and know when funds have cleared before releasing a vehicle.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PayDesk %1&lt;/b&gt;&lt;p&gt;Demandes de paiement pour concessions automobiles : voir chaque demande, agir dessus et savoir quand les fonds sont crédités avant de remettre un véhicule.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pay link copied to the clipboard</source>
        <translation>Lien de paiement copié dans le presse-papiers</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n nouveau — afficher</numerusform>
            <numerusform>%n nouveaux — afficher</numerusform>
        </translation>
    </message>
    <message>
        <source>List changed — update</source>
        <translation>Liste modifiée — actualiser</translation>
    </message>
    <message>
        <source>Payments arrived or changed while you were working in the list. They are shown when you click here or leave the list.</source>
        <translation>Des paiements sont arrivés ou ont changé pendant que vous travailliez dans la liste. Ils s&apos;affichent quand vous cliquez ici ou quittez la liste.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>Raise a new payment request; the customer gets a pay link</source>
        <translation>Créer une demande de paiement ; le client reçoit un lien de paiement</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>&amp;Annuler la demande…</translation>
    </message>
    <message>
        <source>Cancel the selected open request</source>
        <translation>Annuler la demande ouverte sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Resend notification…</source>
        <translation>&amp;Renvoyer la notification…</translation>
    </message>
    <message>
        <source>Send the pay link again, optionally with corrected details</source>
        <translation>Renvoyer le lien de paiement, éventuellement avec des informations corrigées</translation>
    </message>
    <message>
        <source>Copy pay &amp;link</source>
        <translation>Copier le &amp;lien de paiement</translation>
    </message>
    <message>
        <source>Copy the selected payment&apos;s pay link</source>
        <translation>Copier le lien de paiement du paiement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the payments in the current view to a CSV file</source>
        <translation>Exporter les paiements de la vue actuelle dans un fichier CSV</translation>
    </message>
    <message>
        <source>Receipt &amp;PDF…</source>
        <translation>Reçu en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save a receipt for the selected paid payment as PDF</source>
        <translation>Enregistrer un reçu du paiement payé sélectionné en PDF</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>Connection, credentials, stores, language, theme and notifications</source>
        <translation>Connexion, identifiants, points de vente, langue, thème et notifications</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit PayDesk</source>
        <translation>Quitter PayDesk</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Read the cache again</source>
        <translation>Relire le cache</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Rechercher des paiements</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Show all payments</source>
        <translation>Afficher tous les paiements</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No payments match these filters.</source>
        <translation>Aucun paiement ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No payments match &apos;%1&apos;.</source>
        <translation>Aucun paiement ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>Enregistrer la &amp;vue…</translation>
    </message>
    <message>
        <source>Save the current filter as a named view</source>
        <translation>Enregistrer le filtre actuel comme vue nommée</translation>
    </message>
    <message>
        <source>Go to &amp;table</source>
        <translation>Aller au ta&amp;bleau</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the payments table</source>
        <translation>Placer le focus clavier dans le tableau des paiements</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>Panneau de &amp;détails</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected payment</source>
        <translation>Afficher ou masquer les détails du paiement sélectionné</translation>
    </message>
    <message>
        <source>Reset &amp;columns</source>
        <translation>Réinitialiser les &amp;colonnes</translation>
    </message>
    <message>
        <source>Restore the default column widths and order</source>
        <translation>Rétablir la largeur et l&apos;ordre par défaut des colonnes</translation>
    </message>
    <message>
        <source>&amp;About PayDesk</source>
        <translation>À &amp;propos de PayDesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Paiement</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Payment requests; the selected one is shown in the details pane. Press Menu for actions.</source>
        <translation>Demandes de paiement ; celle sélectionnée s&apos;affiche dans le panneau de détails. Touche Menu pour les actions.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Détails du paiement</translation>
    </message>
    <message>
        <source>Demo — sandbox data</source>
        <translation>Démo — données de test</translation>
    </message>
    <message>
        <source>Demo mode: sandbox data, no real payments</source>
        <translation>Mode démo : données de test, aucun paiement réel</translation>
    </message>
    <message>
        <source>PayDesk is connected to its built-in sandbox. Nothing here is a real payment.</source>
        <translation>PayDesk est connecté à son bac à sable intégré. Rien ici n&apos;est un paiement réel.</translation>
    </message>
    <message>
        <source>Payments shown</source>
        <translation>Paiements affichés</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexation…</translation>
    </message>
    <message>
        <source>The cache is building its search indexes after a large download; searching and sorting are slower until it is done.</source>
        <translation>Le cache construit ses index de recherche après un téléchargement important ; la recherche et le tri sont plus lents jusqu’à la fin.</translation>
    </message>
    <message>
        <source>PayDesk — Demo (sandbox data)</source>
        <translation>PayDesk — Démo (données de test)</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Request for %1 queued — it is sent as soon as the platform answers</source>
        <translation>Demande pour %1 en file d&apos;attente — elle sera envoyée dès que la plateforme répondra</translation>
    </message>
    <message>
        <source>Cancellation of %1 queued</source>
        <translation>Annulation de %1 en file d&apos;attente</translation>
    </message>
    <message>
        <source>Notification to %1 queued</source>
        <translation>Notification à %1 en file d&apos;attente</translation>
    </message>
    <message>
        <source>payments-%1.csv</source>
        <translation>paiements-%1.csv</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported, but the audit log could not be written: %1</source>
        <translation>Exporté, mais impossible d&apos;écrire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>recu-%1.pdf</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Reçu enregistré dans %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Actions en attente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Every action has reached the platform.</source>
        <translation>Toutes les actions ont atteint la plateforme.</translation>
    </message>
    <message>
        <source>These actions are stored safely and are sent (with the same idempotency key) until the platform answers.</source>
        <translation>Ces actions sont enregistrées en sécurité et envoyées (avec la même clé d&apos;idempotence) jusqu&apos;à ce que la plateforme réponde.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) shown</source>
        <translation>
            <numerusform>%n paiement affiché</numerusform>
            <numerusform>%n paiements affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>1 payment exported to %1</source>
        <translation>1 paiement exporté vers %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payments exported to %1</source>
        <translation>
            <numerusform>%n paiement exporté vers %1</numerusform>
            <numerusform>%n paiements exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>That payment is not in the cache any more</source>
        <translation>Ce paiement n&apos;est plus dans le cache</translation>
    </message>
    <message>
        <source>&amp;Recent actions</source>
        <translation>Actions &amp;récentes</translation>
    </message>
    <message>
        <source>Show your recent actions and what the platform answered</source>
        <translation>Afficher vos actions récentes et les réponses de la plateforme</translation>
    </message>
    <message>
        <source>P&amp;rint receipt…</source>
        <translation>&amp;Imprimer le reçu…</translation>
    </message>
    <message>
        <source>Print a receipt for the selected paid payment</source>
        <translation>Imprimer un reçu du paiement payé sélectionné</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis c&amp;lavier</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>Lister tous les raccourcis clavier de cette fenêtre</translation>
    </message>
    <message>
        <source>Receipt for %1 sent to %2</source>
        <translation>Reçu pour %1 envoyé à %2</translation>
    </message>
    <message>
        <source>Payment link for policy %1 queued — sent as soon as Democrance answers</source>
        <translation>Lien de paiement pour la police %1 en file d&apos;attente — envoyé dès que Democrance répond</translation>
    </message>
    <message>
        <source>Prepayment for repair order %1 queued — sent as soon as myKaarma answers</source>
        <translation>Acompte pour l&apos;ordre de réparation %1 en file d&apos;attente — envoyé dès que myKaarma répond</translation>
    </message>
    <message>
        <source>%1 Democrance: no payment required, the policy is issued without one.</source>
        <translation>%1 Democrance : aucun paiement requis, la police est émise sans paiement.</translation>
    </message>
    <message>
        <source>%1 Democrance: payment to be invoiced, the policy is issued and the money follows the invoice.</source>
        <translation>%1 Democrance : paiement sur facture, la police est émise et l&apos;argent suit la facture.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentDetailPane</name>
    <message numerus="yes">
        <source>⚠ Clearance overdue: paid %n day(s) ago and the funds have not cleared. Check with the payment partner before releasing.</source>
        <translation>
            <numerusform>⚠ Crédit en retard : payé il y a %n jour et les fonds ne sont pas crédités. Vérifiez auprès du partenaire de paiement avant la remise.</numerusform>
            <numerusform>⚠ Crédit en retard : payé il y a %n jours et les fonds ne sont pas crédités. Vérifiez auprès du partenaire de paiement avant la remise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payment to see its details, its timeline and whether the goods may be released.</source>
        <translation>Sélectionnez un paiement pour voir ses détails, son historique et si la marchandise peut être remise.</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Demandé :</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Payé :</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Prestataire :</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Point de vente :</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Envoyé par :</translation>
    </message>
    <message>
        <source>Pay link:</source>
        <translation>Lien de paiement :</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire le :</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Carte :</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transaction :</translation>
    </message>
    <message>
        <source>Reconciled:</source>
        <translation>Rapproché :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Modifié :</translation>
    </message>
    <message>
        <source>Payment ID:</source>
        <translation>ID du paiement :</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>No longer in this view</source>
        <translation>N&apos;est plus dans cette vue</translation>
    </message>
    <message>
        <source>Show in list</source>
        <translation>Afficher dans la liste</translation>
    </message>
    <message>
        <source>Show this payment in the list</source>
        <translation>Afficher ce paiement dans la liste</translation>
    </message>
    <message>
        <source>Clear the filters and search that hide this payment and select it in the list</source>
        <translation>Effacer les filtres et la recherche qui masquent ce paiement et le sélectionner dans la liste</translation>
    </message>
    <message>
        <source>Copy the pay link</source>
        <translation>Copier le lien de paiement</translation>
    </message>
    <message>
        <source>Copy the pay link to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copier le lien de paiement dans le presse-papiers (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Release signal</source>
        <translation>Signal de remise</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Payment details: nothing selected</source>
        <translation>Détails du paiement : aucune sélection</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
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
        <translation>rien pour l&apos;instant</translation>
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
        <translation>%1 (dépassé)</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>yes — in the DMS accounts</source>
        <translation>oui — dans la comptabilité du DMS</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Full timeline not loaded yet</source>
        <translation>Historique complet pas encore chargé</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Détails du paiement</translation>
    </message>
    <message>
        <source>Why it failed: %1</source>
        <translation>Motif de l&apos;échec : %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentFilter</name>
    <message>
        <source>Cleared / safe to release</source>
        <translation>Crédité / remise possible</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvertes</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Updated %1 – %2</source>
        <translation>Modifié du %1 au %2</translation>
    </message>
    <message>
        <source>Created %1 – %2</source>
        <translation>Créé du %1 au %2</translation>
    </message>
    <message>
        <source>Paid %1 – %2</source>
        <translation>Payé du %1 au %2</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créé : %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Payé : %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Point de vente : %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Prestataire : %1</translation>
    </message>
    <message>
        <source>Amount %1 – %2</source>
        <translation>Montant %1 – %2</translation>
    </message>
    <message>
        <source>Amount ≥ %1</source>
        <translation>Montant ≥ %1</translation>
    </message>
    <message>
        <source>Amount ≤ %1</source>
        <translation>Montant ≤ %1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Devise : %1</translation>
    </message>
    <message>
        <source>Funds cleared</source>
        <translation>Fonds crédités</translation>
    </message>
    <message>
        <source>Funds not cleared</source>
        <translation>Fonds non crédités</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Recherche : « %1 »</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentNotifier</name>
    <message>
        <source>Funds cleared</source>
        <translation>Fonds crédités</translation>
    </message>
    <message>
        <source>%1&apos;s payment of %2 (%3) has cleared: safe to release.</source>
        <translation>Le paiement de %1 de %2 (%3) est crédité : remise possible.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Paiement échoué</translation>
    </message>
    <message>
        <source>%1 paid %2 (%3).</source>
        <translation>%1 a payé %2 (%3).</translation>
    </message>
    <message>
        <source>%1 could not pay %2 (%3). They may try again.</source>
        <translation>%1 n&apos;a pas pu payer %2 (%3). Une nouvelle tentative est possible.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentTableModel</name>
    <message>
        <source>Paid — clearing overdue</source>
        <translation>Payé — crédit en retard</translation>
    </message>
    <message numerus="yes">
        <source>Paid %n day(s) ago and the funds have not cleared: overdue, check with the payment partner before releasing</source>
        <translation>
            <numerusform>Payé il y a %n jour et fonds non crédités : en retard, vérifiez auprès du partenaire de paiement avant la remise</numerusform>
            <numerusform>Payé il y a %n jours et fonds non crédités : en retard, vérifiez auprès du partenaire de paiement avant la remise</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Crédité</translation>
    </message>
    <message>
        <source>Paid — clearing</source>
        <translation>Payé — crédit en attente</translation>
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
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
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
        <translation>Référence : %1 %2</translation>
    </message>
    <message>
        <source>Requested %1, paid %2</source>
        <translation>Demandé %1, payé %2</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Prestataire : %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Point de vente : %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Point de vente</translation>
    </message>
    <message>
        <source>Last update; hover a cell for the exact time</source>
        <translation>Dernière modification ; survolez une cellule pour l&apos;heure exacte</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Failure reason: none</source>
        <translation>Motif de l&apos;échec : aucun</translation>
    </message>
    <message>
        <source>Failure reason: %1</source>
        <translation>Motif de l&apos;échec : %1</translation>
    </message>
    <message>
        <source>Why a failed payment failed, as the payment partner reported it</source>
        <translation>Pourquoi un paiement a échoué, selon le partenaire de paiement</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motif de l&apos;échec</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReceiptPdf</name>
    <message>
        <source>A receipt is only available once the customer has paid. This payment is: %1.</source>
        <translation>Un reçu n&apos;est disponible qu&apos;une fois que le client a payé. Statut de ce paiement : %1.</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation>%1 se terminant par %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation>ID du paiement</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Reçu de paiement</translation>
    </message>
    <message>
        <source>Thank you for your payment. Please keep this receipt for your records.</source>
        <translation>Merci pour votre paiement. Veuillez conserver ce reçu.</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>Impossible d&apos;ouvrir %1 en écriture : %2</translation>
    </message>
    <message>
        <source>Payment receipt %1</source>
        <translation>Reçu de paiement %1</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>receipt date: date, time, time zone</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>N° de TVA : %1</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Référence du paiement</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Référence du prestataire</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Funds cleared</source>
        <translation>Fonds crédités</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation>Impossible d&apos;imprimer le reçu.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ResendDialog</name>
    <message>
        <source>Resend notification</source>
        <translation>Renvoyer la notification</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Resend the notification</source>
        <translation>Renvoyer la notification</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>email and SMS</source>
        <translation>e-mail et SMS</translation>
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
        <translation>Nom : %1 → %2</translation>
    </message>
    <message>
        <source>Email: %1 → %2</source>
        <translation>E-mail : %1 → %2</translation>
    </message>
    <message>
        <source>Mobile: %1 → %2</source>
        <translation>Mobile : %1 → %2</translation>
    </message>
    <message>
        <source>Send by: %1 → %2</source>
        <translation>Envoi par : %1 → %2</translation>
    </message>
    <message>
        <source>Nothing changes: the customer gets the same pay link again.</source>
        <translation>Rien ne change : le client reçoit de nouveau le même lien de paiement.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::SettingsDialog</name>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Borne</translation>
    </message>
    <message>
        <source>Pa&amp;yment Assist</source>
        <translation>Pa&amp;yment Assist</translation>
    </message>
    <message>
        <source>Typed; saved with OK</source>
        <translation>Saisi ; enregistré avec OK</translation>
    </message>
    <message>
        <source>Mark clearance &amp;overdue after (days):</source>
        <translation>Crédit en re&amp;tard après (jours) :</translation>
    </message>
    <message>
        <source>Days after payment before clearance is overdue</source>
        <translation>Jours après le paiement avant que le crédit soit en retard</translation>
    </message>
    <message>
        <source>Notify me when a payment&apos;s funds &amp;clear (safe to release)</source>
        <translation>M&apos;avertir quand les fonds d&apos;un paiement sont &amp;crédités (remise possible)</translation>
    </message>
    <message>
        <source>Notify when a payment&apos;s funds clear</source>
        <translation>Avertir quand les fonds d&apos;un paiement sont crédités</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Nouveau profil %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a connection profile</source>
        <translation>Ajouter un profil de connexion</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this connection profile</source>
        <translation>Supprimer ce profil de connexion</translation>
    </message>
    <message>
        <source>Connection changes take effect the next time PayDesk starts. Secrets are kept in the system keychain and are never shown again.</source>
        <translation>Les modifications de connexion prennent effet au prochain démarrage de PayDesk. Les secrets sont conservés dans le trousseau système et ne sont plus jamais affichés.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Notify me when a payment is &amp;paid</source>
        <translation>M&apos;avertir quand un paiement est &amp;effectué</translation>
    </message>
    <message>
        <source>Notify when a payment is paid</source>
        <translation>Avertir quand un paiement est effectué</translation>
    </message>
    <message>
        <source>Notify me when a payment &amp;fails</source>
        <translation>M&apos;avertir quand un paiement &amp;échoue</translation>
    </message>
    <message>
        <source>Notify when a payment fails</source>
        <translation>Avertir quand un paiement échoue</translation>
    </message>
    <message>
        <source>Also notify while PayDesk is in f&amp;ront</source>
        <translation>Avertir aussi quand PayDesk est au premier pl&amp;an</translation>
    </message>
    <message>
        <source>Notify while PayDesk is in front</source>
        <translation>Avertir quand PayDesk est au premier plan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A new secret will be saved</source>
        <translation>Un nouveau secret sera enregistré</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Enregistré dans le trousseau ; saisissez pour le remplacer</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Un autre profil porte déjà ce nom.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <source>Connec&amp;tion</source>
        <translation>Conne&amp;xion</translation>
    </message>
    <message>
        <source>Enter the client secret to test this profile.</source>
        <translation>Saisissez le secret client pour tester ce profil.</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here.</source>
        <translation>Rien n&apos;a été enregistré ; vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>The settings could not be saved. Nothing was changed.</source>
        <translation>Impossible d&apos;enregistrer les paramètres. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Receipt &amp;details</source>
        <translation>&amp;Reçus</translation>
    </message>
    <message>
        <source>Pa&amp;yment providers</source>
        <translation>&amp;Prestataires de paiement</translation>
    </message>
    <message>
        <source>Site “%1” already has a %2 account in this profile.</source>
        <translation>Le site « %1 » a déjà un compte %2 dans ce profil.</translation>
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
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut of the PayDesk window. Letters such as ? work when the keyboard focus is not in a text field.</source>
        <translation>Tous les raccourcis de la fenêtre PayDesk. Les caractères comme ? fonctionnent quand le focus clavier n&apos;est pas dans un champ de texte.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>paydesk::ProviderRules</name>
    <message>
        <source>Unknown provider</source>
        <translation>Prestataire inconnu</translation>
    </message>
    <message>
        <source>%1 does not support this action.</source>
        <translation>%1 ne prend pas en charge cette action.</translation>
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
        <translation>Choisissez le site concerné par la demande de financement.</translation>
    </message>
    <message>
        <source>This action needs the application&apos;s token.</source>
        <translation>Cette action nécessite le jeton de la demande de financement.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Utilisez au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Enter a mobile number to send the pay link by SMS.</source>
        <translation>Saisissez un numéro de mobile pour envoyer le lien de paiement par SMS.</translation>
    </message>
    <message>
        <source>The link must stay valid for some time.</source>
        <translation>Le lien doit rester valide un certain temps.</translation>
    </message>
    <message>
        <source>Payment Assist accepts PDF, HTML, TXT, DOC and XLS invoices.</source>
        <translation>Payment Assist accepte les factures PDF, HTML, TXT, DOC et XLS.</translation>
    </message>
    <message>
        <source>The invoice file is empty.</source>
        <translation>Le fichier de la facture est vide.</translation>
    </message>
    <message>
        <source>The invoice file is too large.</source>
        <translation>Le fichier de la facture est trop volumineux.</translation>
    </message>
    <message>
        <source>Democrance</source>
        <translation>Democrance</translation>
    </message>
    <message>
        <source>Choose the site the policy belongs to.</source>
        <translation>Choisissez le site auquel appartient la police.</translation>
    </message>
    <message>
        <source>Choose a payment gateway.</source>
        <translation>Choisissez une passerelle de paiement.</translation>
    </message>
    <message>
        <source>Enter the policy number.</source>
        <translation>Saisissez le numéro de police.</translation>
    </message>
    <message>
        <source>This payment is for another policy.</source>
        <translation>Ce paiement concerne une autre police.</translation>
    </message>
    <message>
        <source>myKaarma</source>
        <translation>myKaarma</translation>
    </message>
    <message>
        <source>Choose the site the payment is for.</source>
        <translation>Choisissez le site concerné par le paiement.</translation>
    </message>
    <message>
        <source>The order&apos;s amount cannot be less than the prepayment.</source>
        <translation>Le montant de l&apos;ordre ne peut pas être inférieur à l&apos;acompte.</translation>
    </message>
    <message>
        <source>Use RO (repair order) or PO (parts order).</source>
        <translation>Utilisez RO (ordre de réparation) ou PO (commande de pièces).</translation>
    </message>
    <message>
        <source>Send the pay link by text, by email or both.</source>
        <translation>Envoyez le lien de paiement par SMS, par e-mail ou les deux.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReceiptIssuerForm</name>
    <message>
        <source>Choose a logo for receipts</source>
        <translation>Choisir un logo pour les reçus</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Printed on receipts where the platform sends no details of its own for the store.</source>
        <translation>Imprimé sur les reçus quand la plateforme n&apos;envoie pas ses propres informations pour le point de vente.</translation>
    </message>
    <message>
        <source>Printed on the receipts of the profile “%1” where the platform sends no details of its own for the store.</source>
        <translation>Imprimé sur les reçus du profil « %1 » quand la plateforme n&apos;envoie pas ses propres informations pour le point de vente.</translation>
    </message>
    <message>
        <source>Dealership n&amp;ame:</source>
        <translation>Nom de la con&amp;cession :</translation>
    </message>
    <message>
        <source>Dealership name</source>
        <translation>Nom de la concession</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>Dealership address</source>
        <translation>Adresse de la concession</translation>
    </message>
    <message>
        <source>One line per row</source>
        <translation>Une ligne par ligne d&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>N° de &amp;TVA :</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA intracommunautaire</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation>Choisir un fichier de logo</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Print no logo</source>
        <translation>N&apos;imprimer aucun logo</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskWindow</name>
    <message>
        <source>We couldn&apos;t find that — please ask at the desk.</source>
        <translation>Nous ne l&apos;avons pas trouvé — adressez-vous à l&apos;accueil.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please try again in %n second(s), or ask at the desk.</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde ou adressez-vous à l&apos;accueil.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes ou adressez-vous à l&apos;accueil.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set up for this kiosk.</source>
        <translation>Aucun code PIN du personnel n&apos;est configuré pour cette borne.</translation>
    </message>
    <message>
        <source>PIN entry is locked until %1.</source>
        <translation>La saisie du code PIN est bloquée jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. PIN entry is locked until %1.</source>
        <translation>Trop de codes PIN erronés. La saisie du code PIN est bloquée jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN erroné.</translation>
    </message>
    <message>
        <source>PayDesk %1, kiosk mode</source>
        <translation>PayDesk %1, mode borne</translation>
    </message>
    <message>
        <source>Pay for your repair, service or order</source>
        <translation>Réglez votre réparation, votre entretien ou votre commande</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start: find your payment</source>
        <translation>Commencer : trouver votre paiement</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>Find your payment</source>
        <translation>Trouvez votre paiement</translation>
    </message>
    <message>
        <source>Reference (repair order or invoice number)</source>
        <translation>Référence (n° d&apos;ordre de réparation ou de facture)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find my payment</source>
        <translation>Trouver mon paiement</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Retour au début</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done: back to the start</source>
        <translation>Terminé : retour au début</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode borne</translation>
    </message>
    <message numerus="yes">
        <source>Open the dashboard for %n minute(s)</source>
        <translation>
            <numerusform>Ouvrir le tableau de bord pour %n minute</numerusform>
            <numerusform>Ouvrir le tableau de bord pour %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos de PayDesk</translation>
    </message>
    <message>
        <source>Back to the customer screen</source>
        <translation>Retour à l&apos;écran client</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Accès du personnel</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskPaymentView</name>
    <message>
        <source>Payment status</source>
        <translation>Statut du paiement</translation>
    </message>
    <message>
        <source>QR code of the pay link</source>
        <translation>QR code du lien de paiement</translation>
    </message>
    <message>
        <source>Waiting for your payment</source>
        <translation>En attente de votre paiement</translation>
    </message>
    <message>
        <source>Opened on your phone</source>
        <translation>Ouvert sur votre téléphone</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>Paiement en cours…</translation>
    </message>
    <message>
        <source>Paid. Thank you — please see the desk for your keys.</source>
        <translation>Payé. Merci — vos clés vous attendent à l&apos;accueil.</translation>
    </message>
    <message>
        <source>The payment didn&apos;t go through — you can try again.</source>
        <translation>Le paiement n&apos;a pas abouti — vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>This payment can no longer be made here — please ask at the desk.</source>
        <translation>Ce paiement ne peut plus être effectué ici — adressez-vous à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to pay securely</source>
        <translation>Scannez avec l&apos;appareil photo de votre téléphone pour payer en toute sécurité</translation>
    </message>
    <message>
        <source>We can&apos;t reach the payment service right now, so this status may be out of date. If in doubt, please ask at the desk.</source>
        <translation>Le service de paiement est injoignable pour le moment ; ce statut n&apos;est peut-être pas à jour. En cas de doute, adressez-vous à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>Code PIN du personnel</translation>
    </message>
    <message>
        <source>Digits entered</source>
        <translation>Chiffres saisis</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back to the customer screen</source>
        <translation>Retour à l&apos;écran client</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CounterDisplay</name>
    <message>
        <source>PayDesk — customer display</source>
        <translation>PayDesk — écran client</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::KioskSettingsForm</name>
    <message>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message>
        <source>Use digits only (0–9).</source>
        <translation>Utilisez uniquement des chiffres (0–9).</translation>
    </message>
    <message>
        <source>A staff PIN has %1 to %2 digits.</source>
        <translation>Un code PIN du personnel comporte de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>Type the new PIN again to confirm it.</source>
        <translation>Saisissez une seconde fois le nouveau code PIN pour le confirmer.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes PIN ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Kiosk mode turns this computer into a locked-down screen at the service desk, where customers find and pay for their own repair or order.</source>
        <translation>Le mode borne fait de cet ordinateur un écran verrouillé à l&apos;accueil atelier, où les clients retrouvent et paient eux-mêmes leur réparation ou leur commande.</translation>
    </message>
    <message>
        <source>&amp;Start PayDesk in kiosk mode</source>
        <translation>&amp;Démarrer PayDesk en mode borne</translation>
    </message>
    <message>
        <source>D&amp;ealership name:</source>
        <translation>Nom de la &amp;concession :</translation>
    </message>
    <message>
        <source>Shown when the platform does not name the store</source>
        <translation>Affiché quand la plateforme ne donne pas de nom au point de vente</translation>
    </message>
    <message>
        <source>Back to the start &amp;after (seconds without a touch):</source>
        <translation>Retour à l&apos;accueil &amp;après (secondes sans contact) :</translation>
    </message>
    <message>
        <source>New staff &amp;PIN:</source>
        <translation>Nouveau code P&amp;IN du personnel :</translation>
    </message>
    <message>
        <source>&amp;Repeat the new PIN:</source>
        <translation>Confir&amp;mer le nouveau code PIN :</translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>%1 à %2 chiffres</translation>
    </message>
    <message>
        <source>Securing the PIN…</source>
        <translation>Sécurisation du code PIN…</translation>
    </message>
    <message>
        <source>A staff PIN is set.</source>
        <translation>Un code PIN du personnel est défini.</translation>
    </message>
    <message>
        <source>No staff PIN is set yet: staff cannot unlock the kiosk.</source>
        <translation>Aucun code PIN du personnel n&apos;est encore défini : le personnel ne peut pas déverrouiller la borne.</translation>
    </message>
</context>
<context>
    <name>paydesk::MyKaarmaClient</name>
    <message>
        <source>myKaarma sent an answer PayDesk cannot read.</source>
        <translation>myKaarma a envoyé une réponse que PayDesk ne peut pas lire.</translation>
    </message>
    <message>
        <source>myKaarma sent an amount PayDesk cannot read exactly (%1).</source>
        <translation>myKaarma a envoyé un montant que PayDesk ne peut pas lire exactement (%1).</translation>
    </message>
    <message>
        <source>myKaarma refused the request.</source>
        <translation>myKaarma a refusé la demande.</translation>
    </message>
    <message>
        <source>myKaarma refused the request: %1</source>
        <translation>myKaarma a refusé la demande : %1</translation>
    </message>
    <message>
        <source>myKaarma answered with its sign-in page instead of data: the ServiceSubscriber lacks the API scope %1. Ask myKaarma to grant it.</source>
        <translation>myKaarma a répondu par sa page de connexion au lieu de données : il manque au ServiceSubscriber le scope d&apos;API %1. Demandez à myKaarma de l&apos;accorder.</translation>
    </message>
    <message>
        <source>No myKaarma password is set for this site. Enter it in the connection settings.</source>
        <translation>Aucun mot de passe myKaarma n&apos;est défini pour ce site. Saisissez-le dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the myKaarma password.</source>
        <translation>Impossible de lire le trousseau pour le mot de passe myKaarma.</translation>
    </message>
    <message>
        <source>The myKaarma password was saved for another address. Enter it again for %1.</source>
        <translation>Le mot de passe myKaarma a été enregistré pour une autre adresse. Saisissez-le de nouveau pour %1.</translation>
    </message>
    <message>
        <source>This site has no myKaarma credentials. Add them in the connection settings.</source>
        <translation>Ce site n&apos;a pas d&apos;identifiants myKaarma. Ajoutez-les dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>myKaarma does not know this order (any more).</source>
        <translation>myKaarma ne connaît pas (ou plus) cet ordre.</translation>
    </message>
    <message>
        <source>This myKaarma payment has no prepayment invoice to send.</source>
        <translation>Ce paiement myKaarma n&apos;a pas de facture d&apos;acompte à envoyer.</translation>
    </message>
    <message>
        <source>myKaarma tells the fees once the prepayment is made. Make it without sending the link to see them first.</source>
        <translation>myKaarma indique les frais une fois l&apos;acompte créé. Créez-le sans envoyer le lien pour les voir d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentAssistClient</name>
    <message>
        <source>Payment Assist refused the request.</source>
        <translation>Payment Assist a refusé la requête.</translation>
    </message>
    <message>
        <source>Payment Assist refused the request: %1</source>
        <translation>Payment Assist a refusé la requête : %1</translation>
    </message>
    <message>
        <source>Payment Assist sent an answer PayDesk cannot read.</source>
        <translation>Payment Assist a envoyé une réponse que PayDesk ne peut pas lire.</translation>
    </message>
    <message>
        <source>No Payment Assist secret is set for this site. Enter it in the connection settings.</source>
        <translation>Aucun secret Payment Assist n&apos;est défini pour ce site. Saisissez-le dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the Payment Assist secret.</source>
        <translation>Impossible de lire le trousseau pour le secret Payment Assist.</translation>
    </message>
    <message>
        <source>The Payment Assist secret was saved for another address. Enter it again for %1.</source>
        <translation>Le secret Payment Assist a été enregistré pour une autre adresse. Saisissez-le de nouveau pour %1.</translation>
    </message>
    <message>
        <source>Payment Assist could not read the invoice file.</source>
        <translation>Payment Assist n&apos;a pas pu lire le fichier de la facture.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s token.</source>
        <translation>Saisissez le jeton de la demande de financement.</translation>
    </message>
    <message>
        <source>This site has no Payment Assist credentials. Add them in the connection settings.</source>
        <translation>Ce site n&apos;a pas d&apos;identifiants Payment Assist. Ajoutez-les dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Payment Assist already has an application for order %1. No second one was made. If it was begun just now and its answer was lost, add it by its token to follow it; otherwise use another order reference.</source>
        <translation>Payment Assist a déjà une demande de financement pour la commande %1. Aucune seconde n&apos;a été créée. Si elle vient d&apos;être commencée et que sa réponse s&apos;est perdue, ajoutez-la par son jeton pour la suivre ; sinon, utilisez une autre référence de commande.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FinanceApplicationDialog</name>
    <message>
        <source>New finance application</source>
        <translation>Nouvelle demande de financement</translation>
    </message>
    <message>
        <source>The customer applies for point-of-sale finance with Payment Assist: they get a link to sign, and the dealership is paid when the application is completed.</source>
        <translation>Le client demande un financement au point de vente auprès de Payment Assist : il reçoit un lien pour signer, et la concession est payée une fois la demande finalisée.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>&amp;Nom du client :</translation>
    </message>
    <message>
        <source>Address &amp;line 1:</source>
        <translation>Adresse &amp;ligne 1 :</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>Mo&amp;bile :</translation>
    </message>
    <message>
        <source>&amp;Order reference:</source>
        <translation>Référence de &amp;commande :</translation>
    </message>
    <message>
        <source>&amp;Vehicle registration:</source>
        <translation>&amp;Immatriculation :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Amount (£):</source>
        <translation>&amp;Montant (£) :</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>Pl&amp;an :</translation>
    </message>
    <message>
        <source>Send link by:</source>
        <translation>Envoyer le lien par :</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>&amp;Pre-approval</source>
        <translation>Pré-app&amp;robation</translation>
    </message>
    <message>
        <source>Ask Payment Assist whether the customer passes its checks before applying</source>
        <translation>Demander à Payment Assist si le client passe ses contrôles avant la demande</translation>
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
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <source>Loading the plans…</source>
        <translation>Chargement des plans…</translation>
    </message>
    <message>
        <source>The plans could not be loaded: %1</source>
        <translation>Les plans n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Enter the amount to see the repayment schedule.</source>
        <translation>Saisissez le montant pour voir l&apos;échéancier.</translation>
    </message>
    <message>
        <source>Calculating the repayment schedule…</source>
        <translation>Calcul de l’échéancier…</translation>
    </message>
    <message>
        <source>No schedule: %1</source>
        <translation>Pas d’échéancier : %1</translation>
    </message>
    <message>
        <source>%1: %2 interest, %3 to repay in total</source>
        <translation>%1 : %2 d’intérêts, %3 à rembourser au total</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name, address line 1 and postcode first.</source>
        <translation>Saisissez d&apos;abord le nom, la ligne d&apos;adresse 1 et le code postal du client.</translation>
    </message>
    <message>
        <source>Asking Payment Assist…</source>
        <translation>Interrogation de Payment Assist…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Pas de réponse : %1</translation>
    </message>
    <message>
        <source>Pre-approved: the customer passes Payment Assist&apos;s checks.</source>
        <translation>Pré-approuvé : le client passe les contrôles de Payment Assist.</translation>
    </message>
    <message>
        <source>Not pre-approved: the customer does not pass Payment Assist&apos;s checks. They may still apply.</source>
        <translation>Non pré-approuvé : le client ne passe pas les contrôles de Payment Assist. Il peut quand même faire une demande.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s first name and surname.</source>
        <translation>Saisissez le prénom et le nom du client.</translation>
    </message>
    <message>
        <source>Enter the amount in pounds, e.g. %1.</source>
        <translation>Saisissez le montant en livres, par ex. %1.</translation>
    </message>
    <message>
        <source>This plan takes %1 to %2.</source>
        <translation>Ce plan accepte de %1 à %2.</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>Choisissez un plan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instalment(s), %2% APR</source>
        <translation>
            <numerusform>%1 — %n échéance, TAEG %2 %</numerusform>
            <numerusform>%1 — %n échéances, TAEG %2 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instalment(s), interest free</source>
        <translation>
            <numerusform>%1 — %n échéance, sans intérêts</numerusform>
            <numerusform>%1 — %n échéances, sans intérêts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FinanceDetails</name>
    <message>
        <source>Payment Assist confirmed the change.</source>
        <translation>Payment Assist a confirmé la modification.</translation>
    </message>
    <message>
        <source>Payment Assist refused the change: %1</source>
        <translation>Payment Assist a refusé la modification : %1</translation>
    </message>
    <message>
        <source>(not yet given)</source>
        <translation>(pas encore attribuée)</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>The account&apos;s default plan</source>
        <translation>Plan par défaut du compte</translation>
    </message>
    <message>
        <source>Outstanding — upload the invoice so Payment Assist pays out</source>
        <translation>En attente — envoyez la facture pour que Payment Assist verse les fonds</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Not needed yet</source>
        <translation>Pas encore nécessaire</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Non mis en file d&apos;attente : %1</translation>
    </message>
    <message>
        <source>Queued — it is sent to Payment Assist at once.</source>
        <translation>En file d&apos;attente — envoyé immédiatement à Payment Assist.</translation>
    </message>
    <message>
        <source>The receipt could not be made: %1</source>
        <translation>Le reçu n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Invoice for Payment Assist</source>
        <translation>Facture pour Payment Assist</translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.html *.txt *.doc *.xls)</source>
        <translation>Factures (*.pdf *.html *.txt *.doc *.xls)</translation>
    </message>
    <message>
        <source>Lower the amount</source>
        <translation>Réduire le montant</translation>
    </message>
    <message>
        <source>New amount (less than %1). The customer&apos;s plan is recalculated.</source>
        <translation>Nouveau montant (inférieur à %1). Le plan du client est recalculé.</translation>
    </message>
    <message>
        <source>Enter an amount below %1.</source>
        <translation>Saisissez un montant inférieur à %1.</translation>
    </message>
    <message>
        <source>Expire application</source>
        <translation>Faire expirer la demande</translation>
    </message>
    <message>
        <source>Expire this finance application now? The customer&apos;s link stops working; this cannot be undone.</source>
        <translation>Faire expirer cette demande de financement maintenant ? Le lien du client ne fonctionnera plus ; c’est irréversible.</translation>
    </message>
    <message>
        <source>Payment Assist finance</source>
        <translation>Financement Payment Assist</translation>
    </message>
    <message>
        <source>PA reference:</source>
        <translation>Référence PA :</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan :</translation>
    </message>
    <message>
        <source>Payment Assist status:</source>
        <translation>Statut Payment Assist :</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Facture :</translation>
    </message>
    <message>
        <source>Upload receipt as invoice</source>
        <translation>Envoyer le reçu comme facture</translation>
    </message>
    <message>
        <source>Send our receipt PDF to Payment Assist as the invoice</source>
        <translation>Envoyer notre reçu PDF à Payment Assist comme facture</translation>
    </message>
    <message>
        <source>Upload invoice file…</source>
        <translation>Envoyer un fichier de facture…</translation>
    </message>
    <message>
        <source>Lower amount…</source>
        <translation>Réduire le montant…</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Faire expirer</translation>
    </message>
    <message>
        <source>Expire the application now: the customer&apos;s link stops working</source>
        <translation>Faire expirer la demande maintenant : le lien du client ne fonctionne plus</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>Take the deposit of an application waiting for capture</source>
        <translation>Encaisser l’acompte d’une demande en attente d’encaissement</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentAssistSiteForm</name>
    <message>
        <source>Enter the Payment Assist API address, e.g. https://api.v1.payment-assist.co.uk.</source>
        <translation>Saisissez l&apos;adresse de l&apos;API Payment Assist, par ex. https://api.v1.payment-assist.co.uk.</translation>
    </message>
    <message>
        <source>The Payment Assist API address must start with https:// (plain http only for a profile marked as a local test platform).</source>
        <translation>L&apos;adresse de l&apos;API Payment Assist doit commencer par https:// (le http non chiffré est réservé à un profil marqué comme plateforme de test locale).</translation>
    </message>
    <message>
        <source>Enter the site (store id) the applications belong to.</source>
        <translation>Saisissez le site (ID du point de vente) auquel appartiennent les demandes de financement.</translation>
    </message>
    <message>
        <source>Enter the Payment Assist API secret (it is kept in the keychain, for this address only).</source>
        <translation>Saisissez le secret de l&apos;API Payment Assist (il est conservé dans le trousseau, pour cette adresse uniquement).</translation>
    </message>
    <message>
        <source>Point-of-sale finance with Payment Assist for this profile. Each dealer or branch has its own API key and secret; leave the key empty for no Payment Assist.</source>
        <translation>Financement au point de vente avec Payment Assist pour ce profil. Chaque concession ou site a sa propre clé et son propre secret d&apos;API ; laissez la clé vide pour ne pas utiliser Payment Assist.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>S&amp;ecret d&apos;API :</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>A&amp;dresse de l&apos;API :</translation>
    </message>
    <message>
        <source>S&amp;ite (store id):</source>
        <translation>S&amp;ite (ID du point de vente) :</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>As the dealer calls this branch</source>
        <translation>Comme la concession appelle ce site</translation>
    </message>
    <message>
        <source>Payment Assist API key</source>
        <translation>Clé d&apos;API Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist API secret</source>
        <translation>Secret d&apos;API Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist API address</source>
        <translation>Adresse de l&apos;API Payment Assist</translation>
    </message>
    <message>
        <source>Payment Assist site (store id)</source>
        <translation>Site Payment Assist (ID du point de vente)</translation>
    </message>
    <message>
        <source>Payment Assist site name</source>
        <translation>Nom du site Payment Assist</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSite</name>
    <message>
        <source>Enter the site (store id) its payments belong to.</source>
        <translation>Saisissez le site (ID du point de vente) auquel appartiennent ses paiements.</translation>
    </message>
    <message>
        <source>Enter the %1 API address (https://…).</source>
        <translation>Saisissez l&apos;adresse de l&apos;API %1 (https://…).</translation>
    </message>
    <message>
        <source>The %1 API address must start with https:// (plain http only for a profile marked as a local test platform).</source>
        <translation>L&apos;adresse de l&apos;API %1 doit commencer par https:// (http simple uniquement pour un profil marqué comme plateforme de test locale).</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d&apos;API.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter the dealer UUID myKaarma gave you.</source>
        <translation>Saisissez l&apos;UUID de concession que myKaarma vous a fourni.</translation>
    </message>
    <message>
        <source>Enter the department UUID myKaarma gave you.</source>
        <translation>Saisissez l&apos;UUID de service que myKaarma vous a fourni.</translation>
    </message>
    <message>
        <source>Enter the API secret (it is kept in the keychain, for this address only).</source>
        <translation>Saisissez le secret d&apos;API (il est conservé dans le trousseau, pour cette adresse uniquement).</translation>
    </message>
    <message>
        <source>Enter the password (it is kept in the keychain, for this address only).</source>
        <translation>Saisissez le mot de passe (il est conservé dans le trousseau, pour cette adresse uniquement).</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSiteTester</name>
    <message>
        <source>Unreachable: PayDesk cannot reach %1. Check the address and the network%2.</source>
        <translation>Injoignable : PayDesk ne parvient pas à joindre %1. Vérifiez l&apos;adresse et le réseau%2.</translation>
    </message>
    <message>
        <source>TLS: the secure connection to %1 was refused%2. If your company uses its own certificate authority, choose its CA file on the Connection tab.</source>
        <translation>TLS : la connexion sécurisée à %1 a été refusée%2. Si votre entreprise utilise sa propre autorité de certification, choisissez son fichier CA dans l&apos;onglet Connexion.</translation>
    </message>
    <message>
        <source>Bad credentials: %1 refused them (%2).</source>
        <translation>Identifiants incorrects : %1 les a refusés (%2).</translation>
    </message>
    <message>
        <source>%1 answered, but not like the %2 API. Check the address.</source>
        <translation>%1 a répondu, mais pas comme l&apos;API %2. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 a répondu par une erreur : %2</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été interrompu.</translation>
    </message>
    <message>
        <source>Connected: %1 knows this site as “%2”.</source>
        <translation>Connecté : %1 connaît ce site sous le nom « %2 ».</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation>Connecté : %1 a accepté les identifiants.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderSitesForm</name>
    <message>
        <source>%1 site</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>A&amp;PI key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>S&amp;ecret d&apos;API :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secret d&apos;API</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Typed; saved with OK</source>
        <translation>Saisi ; enregistré avec OK</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Enregistré dans le trousseau ; saisissez pour le remplacer</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Enter the API secret to test this site.</source>
        <translation>Saisissez le secret d&apos;API pour tester ce site.</translation>
    </message>
    <message>
        <source>Enter the password to test this site.</source>
        <translation>Saisissez le mot de passe pour tester ce site.</translation>
    </message>
    <message>
        <source>The payment providers of this profile besides Keyloop, each site with its own credentials. A site may have several providers.</source>
        <translation>Les prestataires de paiement de ce profil en plus de Keyloop, chaque site avec ses propres identifiants. Un site peut avoir plusieurs prestataires.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>&amp;Ajouter un site</translation>
    </message>
    <message>
        <source>Remo&amp;ve site</source>
        <translation>Supprimer le si&amp;te</translation>
    </message>
    <message>
        <source>S&amp;ite (store id):</source>
        <translation>S&amp;ite (ID du point de vente) :</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>A&amp;dresse de l&apos;API :</translation>
    </message>
    <message>
        <source>Dea&amp;ler UUID:</source>
        <translation>UUID de conc&amp;ession :</translation>
    </message>
    <message>
        <source>Departm&amp;ent UUID:</source>
        <translation>UUID de ser&amp;vice :</translation>
    </message>
    <message>
        <source>As the dealer calls this branch</source>
        <translation>Comme la concession appelle ce site</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Provider sites</source>
        <translation>Sites des prestataires</translation>
    </message>
    <message>
        <source>Add a provider site</source>
        <translation>Ajouter un site chez un prestataire</translation>
    </message>
    <message>
        <source>Remove this provider site</source>
        <translation>Supprimer ce site du prestataire</translation>
    </message>
    <message>
        <source>Test the connection of this site</source>
        <translation>Tester la connexion de ce site</translation>
    </message>
    <message>
        <source>Site (store id)</source>
        <translation>Site (ID du point de vente)</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>Dealer UUID</source>
        <translation>UUID de concession</translation>
    </message>
    <message>
        <source>Department UUID</source>
        <translation>UUID de service</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::NewRequestDialog</name>
    <message>
        <source>&amp;Keyloop: payment request (the customer gets a pay link)</source>
        <translation>&amp;Keyloop : demande de paiement (le client reçoit un lien de paiement)</translation>
    </message>
    <message>
        <source>&amp;Payment Assist: finance application</source>
        <translation>&amp;Payment Assist : demande de financement</translation>
    </message>
    <message>
        <source>&amp;Democrance: payment link for an insurance policy</source>
        <translation>&amp;Democrance : lien de paiement pour une police d&apos;assurance</translation>
    </message>
    <message>
        <source>&amp;myKaarma: prepayment for a repair order</source>
        <translation>&amp;myKaarma : acompte pour un ordre de réparation</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Which provider?</source>
        <translation>Quel prestataire ?</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Continue to the provider&apos;s form</source>
        <translation>Continuer vers le formulaire du prestataire</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DemocrancePaymentLinkDialog</name>
    <message>
        <source>Asking Democrance which gateways policy %1 may use…</source>
        <translation>Demande à Democrance des passerelles possibles pour la police %1…</translation>
    </message>
    <message>
        <source>No gateways: %1</source>
        <translation>Aucune passerelle : %1</translation>
    </message>
    <message>
        <source>Democrance offers no gateway for policy %1.</source>
        <translation>Democrance ne propose aucune passerelle pour la police %1.</translation>
    </message>
    <message>
        <source>Pick one of the gateways Democrance offers for policy %1.</source>
        <translation>Choisissez l&apos;une des passerelles que Democrance propose pour la police %1.</translation>
    </message>
    <message>
        <source>Send payment link for policy</source>
        <translation>Envoyer le lien de paiement de la police</translation>
    </message>
    <message>
        <source>Democrance sends the customer a link to pay the policy&apos;s premium through the gateway you pick.</source>
        <translation>Democrance envoie au client un lien pour payer la prime de la police par la passerelle choisie.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>&amp;Policy number:</source>
        <translation>Numéro de &amp;police :</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Numéro de police</translation>
    </message>
    <message>
        <source>&amp;Find gateways</source>
        <translation>&amp;Chercher les passerelles</translation>
    </message>
    <message>
        <source>Find the gateways of this policy</source>
        <translation>Chercher les passerelles de cette police</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>Pa&amp;sserelle :</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>Passerelle de paiement</translation>
    </message>
    <message>
        <source>Democrance may also answer “No payment required” or “Payment to be invoiced” (the invoice gateway): the policy is then issued without a card payment, and PayDesk shows it so.</source>
        <translation>Democrance peut aussi répondre « No payment required » (aucun paiement requis) ou « Payment to be invoiced » (paiement sur facture, passerelle invoice) : la police est alors émise sans paiement par carte, et PayDesk l&apos;affiche ainsi.</translation>
    </message>
    <message>
        <source>&amp;Send link</source>
        <translation>&amp;Envoyer le lien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send the payment link</source>
        <translation>Envoyer le lien de paiement</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MyKaarmaPrepaymentDialog</name>
    <message>
        <source>Enter the amount, e.g. %1.</source>
        <translation>Saisissez le montant, par exemple %1.</translation>
    </message>
    <message>
        <source>myKaarma adds its card surcharge to what the customer pays; the detail pane shows it once the prepayment is made.</source>
        <translation>myKaarma ajoute sa surcharge carte à ce que paie le client ; le volet de détail l&apos;affiche une fois l&apos;acompte créé.</translation>
    </message>
    <message>
        <source>Nothing goes to the customer yet: the prepayment is made and its surcharge and fees are shown in the detail pane, from where you send the link.</source>
        <translation>Rien n&apos;est encore envoyé au client : l&apos;acompte est créé, sa surcharge et ses frais s&apos;affichent dans le volet de détail, d&apos;où vous envoyez le lien.</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>A prepayment for a repair order through myKaarma: the customer pays the amount by the link they get.</source>
        <translation>Un acompte pour un ordre de réparation via myKaarma : le client paie le montant par le lien qu&apos;il reçoit.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>&amp;Repair order:</source>
        <translation>Ordre de &amp;réparation :</translation>
    </message>
    <message>
        <source>Repair order number</source>
        <translation>Numéro de l&apos;ordre de réparation</translation>
    </message>
    <message>
        <source>&amp;Customer (myKaarma id):</source>
        <translation>&amp;Client (ID myKaarma) :</translation>
    </message>
    <message>
        <source>myKaarma customer id</source>
        <translation>ID client myKaarma</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1) :</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Send the pay link by &amp;text</source>
        <translation>Envoyer le lien de paiement par &amp;SMS</translation>
    </message>
    <message>
        <source>Send the pay link by &amp;email</source>
        <translation>Envoyer le lien de paiement par &amp;e-mail</translation>
    </message>
    <message>
        <source>&amp;Make prepayment</source>
        <translation>&amp;Créer l&apos;acompte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Make the prepayment</source>
        <translation>Créer l&apos;acompte</translation>
    </message>
    <message>
        <source>Send the pay link by text</source>
        <translation>Envoyer le lien de paiement par SMS</translation>
    </message>
    <message>
        <source>Send the pay link by email</source>
        <translation>Envoyer le lien de paiement par e-mail</translation>
    </message>
</context>
<context>
    <name>paydesk::DemocranceClient</name>
    <message>
        <source>Democrance sent an answer PayDesk cannot read.</source>
        <translation>Democrance a envoyé une réponse que PayDesk ne peut pas lire.</translation>
    </message>
    <message>
        <source>Democrance refused the request.</source>
        <translation>Democrance a refusé la requête.</translation>
    </message>
    <message>
        <source>Democrance refused the request: %1</source>
        <translation>Democrance a refusé la requête : %1</translation>
    </message>
    <message>
        <source>Democrance ended the session.</source>
        <translation>Democrance a mis fin à la session.</translation>
    </message>
    <message>
        <source>Democrance sent a web page instead of data. Check the Democrance address in the connection settings.</source>
        <translation>Democrance a envoyé une page web au lieu de données. Vérifiez l&apos;adresse Democrance dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>No Democrance password is set for this site. Enter it in the connection settings.</source>
        <translation>Aucun mot de passe Democrance n&apos;est défini pour ce site. Saisissez-le dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The keychain could not be read for the Democrance password.</source>
        <translation>Impossible de lire le trousseau pour le mot de passe Democrance.</translation>
    </message>
    <message>
        <source>The Democrance password was saved for another address. Enter it again for %1.</source>
        <translation>Le mot de passe Democrance a été enregistré pour une autre adresse. Saisissez-le de nouveau pour %1.</translation>
    </message>
    <message>
        <source>Democrance did not accept the user name or password. Check them in the connection settings.</source>
        <translation>Democrance n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe. Vérifiez-les dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Democrance refused the new session. Check the user&apos;s access in Democrance.</source>
        <translation>Democrance a refusé la nouvelle session. Vérifiez les accès de l&apos;utilisateur dans Democrance.</translation>
    </message>
    <message>
        <source>This policy has no payment to show a tax invoice for.</source>
        <translation>Cette police n&apos;a aucun paiement pour lequel afficher une facture fiscale.</translation>
    </message>
    <message>
        <source>This site has no Democrance sign-in. Add it in the connection settings.</source>
        <translation>Ce site n&apos;a pas d&apos;identifiants Democrance. Ajoutez-les dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Democrance does not know this policy.</source>
        <translation>Democrance ne connaît pas cette police.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProviderDetails</name>
    <message>
        <source>Checked with %1: updated.</source>
        <translation>Vérifié auprès de %1 : mis à jour.</translation>
    </message>
    <message>
        <source>Checked with %1: nothing newer.</source>
        <translation>Vérifié auprès de %1 : rien de plus récent.</translation>
    </message>
    <message>
        <source>myKaarma sent the payment request again.</source>
        <translation>myKaarma a renvoyé la demande de paiement.</translation>
    </message>
    <message>
        <source>myKaarma refused: %1</source>
        <translation>myKaarma a refusé : %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No payment required: Democrance issues the policy without a payment</source>
        <translation>Aucun paiement requis : Democrance émet la police sans paiement</translation>
    </message>
    <message>
        <source>Payment to be invoiced: the policy is issued and the money follows the invoice</source>
        <translation>Paiement sur facture : la police est émise et l&apos;argent suit la facture</translation>
    </message>
    <message>
        <source>Payment required: the customer pays by the link</source>
        <translation>Paiement requis : le client paie par le lien</translation>
    </message>
    <message>
        <source>⚠ myKaarma marks this payment as suspicious: do not release the vehicle until myKaarma clears it.</source>
        <translation>⚠ myKaarma signale ce paiement comme suspect : ne remettez pas le véhicule avant que myKaarma l&apos;ait validé.</translation>
    </message>
    <message>
        <source>Surcharge %1, fee %2; the customer pays %3</source>
        <translation>Surcharge %1, frais %2 ; le client paie %3</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>Vérification auprès de %1…</translation>
    </message>
    <message>
        <source>Asking Democrance for the document…</source>
        <translation>Demande du document à Democrance…</translation>
    </message>
    <message>
        <source>Democrance sent no document: %1</source>
        <translation>Democrance n&apos;a envoyé aucun document : %1</translation>
    </message>
    <message>
        <source>not a PDF</source>
        <translation>pas un PDF</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>Save tax invoice</source>
        <translation>Enregistrer la facture</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation>Le document n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Resend queued — sent as soon as myKaarma answers.</source>
        <translation>Renvoi en file d&apos;attente — envoyé dès que myKaarma répond.</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Police :</translation>
    </message>
    <message>
        <source>Provider status:</source>
        <translation>Statut chez le prestataire :</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Passerelle :</translation>
    </message>
    <message>
        <source>Democrance says:</source>
        <translation>Democrance indique :</translation>
    </message>
    <message>
        <source>Payment status:</source>
        <translation>Statut du paiement :</translation>
    </message>
    <message>
        <source>Repair order:</source>
        <translation>Ordre de réparation :</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Payé :</translation>
    </message>
    <message>
        <source>Paid online:</source>
        <translation>Payé en ligne :</translation>
    </message>
    <message>
        <source>Payment request sent:</source>
        <translation>Demande de paiement envoyée :</translation>
    </message>
    <message>
        <source>Surcharge and fees:</source>
        <translation>Surcharge et frais :</translation>
    </message>
    <message>
        <source>myKaarma warns:</source>
        <translation>myKaarma avertit :</translation>
    </message>
    <message>
        <source>Check status now</source>
        <translation>Vérifier le statut maintenant</translation>
    </message>
    <message>
        <source>Download tax invoice…</source>
        <translation>Télécharger la facture…</translation>
    </message>
    <message>
        <source>Download receipt…</source>
        <translation>Télécharger le reçu…</translation>
    </message>
    <message>
        <source>Resend payment request</source>
        <translation>Renvoyer la demande de paiement</translation>
    </message>
</context>
</TS>
