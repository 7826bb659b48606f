#pragma once

#include "PlatformPaths.h"
#include "payments/FieldError.h"
#include "providers/democrance/DemocranceSite.h"
#include "providers/mykaarma/MyKaarmaSite.h"
#include "providers/paymentassist/PaymentAssistSite.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace paydesk {

/**
 * How to reach the platform: base URL, enterprise, stores, client id, TLS options and the path
 * templates. Stored with QSettings under `connections/<name>/`. The client secret is NEVER part
 * of it: it lives in the keychain (SecretStore) under clientSecretKey(), and the cached access
 * token under tokenCacheKey().
 */
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::ConnectionProfile)

public:
    /// The profile's name; also the QSettings group and part of the keychain keys.
    QString name = QStringLiteral("default");
    /// e.g. https://api.eu.keyloop.io — https required (plain http only to loopback, and only
    /// with localTestPlatform).
    QUrl baseUrl;
    /// Where tokens come from; empty = baseUrl + paths.token.
    QUrl tokenUrl;
    QString enterpriseId;
    QStringList storeIds;
    QString clientId;
    PlatformPaths paths;
    /// A PEM file with the CA certificate(s) the operator trusts in addition to the system's: the
    /// copy in PayDesk's own data folder (TrustedCaStore), not the file the operator picked.
    QString trustedCaFile;
    /// The operator marked this profile as a platform running on this computer for testing: the
    /// only kind of profile (besides the demo's) that may use plain http, and only to loopback.
    bool localTestPlatform = false;
    int transferTimeoutMs = 30000;
    /// Payment Assist, per site (API key and base URL here, the secret in the keychain);
    /// empty = no Payment Assist for this profile. See PaymentAssistSite.
    QList<PaymentAssistSite> paymentAssist;
    /// myKaarma, per site (ServiceSubscriber username, dealer and department here, the password
    /// in the keychain); empty = no myKaarma for this profile. See MyKaarmaSite.
    QList<MyKaarmaSite> myKaarma;
    /// Democrance, per site (user name and base URL here, the password in the keychain);
    /// empty = no Democrance for this profile. See DemocranceSite.
    QList<DemocranceSite> democrance;

    /// Who issues this profile's receipts, where the platform's store details say nothing
    /// (DESIGN "The platform API": `GET /stores`). Not secrets; stored under `receipt/`.
    QString dealerName;
    /// Postal address, one line per entry.
    QStringList dealerAddress;
    QString vatNumber;
    /// An image file printed on receipts; empty for none.
    QString logoFile;

    /// The token URL in effect.
    QUrl effectiveTokenUrl() const;
    /// The origin the client secret and the cached token are bound to (BoundSecret::originOf
    /// of the token URL).
    QString secretOrigin() const;
    /// Keychain key of the client secret (SecretStore::clientSecretKey(name)).
    QString clientSecretKey() const;
    /// Keychain key of the cached access token (SecretStore::accessTokenKey(name)).
    QString tokenCacheKey() const;

    /// Field-level problems (wire names "baseUrl", "tokenUrl", "enterpriseId", "storeIds", "clientId",
    /// "trustedCaFile").
    FieldErrors validate() const;
    /// The certificates in trustedCaFile; empty when none is configured or the file is unreadable.
    QList<QSslCertificate> trustedCaCertificates() const;

    /// Writes every field (never a secret) under `connections/<name>/`.
    void save(QSettings& settings) const;
    /// Reads a profile; fields that are missing keep their defaults.
    static ConnectionProfile load(QSettings& settings, const QString& name = QStringLiteral("default"));
    /// Names of the profiles stored in `settings`.
    static QStringList names(QSettings& settings);

    friend bool operator==(const ConnectionProfile&, const ConnectionProfile&) = default;
};

} // namespace paydesk
