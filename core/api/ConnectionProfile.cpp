#include "ConnectionProfile.h"

#include "HttpClient.h"
#include "TrustedCaStore.h"
#include "secrets/BoundSecret.h"
#include "secrets/SecretStore.h"

#include <QSettings>

namespace paydesk {

namespace {

QString group(const QString& name)
{
    return QStringLiteral("connections/") + name;
}

} // namespace

QUrl ConnectionProfile::effectiveTokenUrl() const
{
    if (!tokenUrl.isEmpty())
        return tokenUrl;
    QUrl url = baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + paths.token);
    return url;
}

QString ConnectionProfile::secretOrigin() const
{
    return BoundSecret::originOf(effectiveTokenUrl());
}

QString ConnectionProfile::clientSecretKey() const
{
    return SecretStore::clientSecretKey(name);
}

QString ConnectionProfile::tokenCacheKey() const
{
    return SecretStore::accessTokenKey(name);
}

FieldErrors ConnectionProfile::validate() const
{
    FieldErrors errors;
    // Why an address is refused: plain http is only for a local test platform, and even then
    // only to this computer.
    const auto urlProblem = [this](const QUrl& url) {
        if (HttpClient::isAllowedUrl(url, localTestPlatform))
            return QString();
        const QString scheme = url.scheme().toLower();
        if ((scheme == u"http" || scheme == u"ws") && localTestPlatform)
            return tr("Plain http:// is only allowed to this computer (localhost, 127.0.0.1); use https:// "
                      "for any other address.");
        return tr("The address must start with https://. Plain http:// is only for a local test platform on "
                  "this computer: tick “Local test platform”.");
    };
    if (baseUrl.isEmpty() || !baseUrl.isValid() || baseUrl.host().isEmpty())
        errors.append(
            {QStringLiteral("baseUrl"), tr("Enter the platform's address, e.g. https://api.example.com.")});
    else if (const QString problem = urlProblem(baseUrl); !problem.isEmpty())
        errors.append({QStringLiteral("baseUrl"), problem});
    if (!tokenUrl.isEmpty()) {
        if (const QString problem = urlProblem(tokenUrl); !problem.isEmpty())
            errors.append({QStringLiteral("tokenUrl"), problem});
    }
    if (enterpriseId.trimmed().isEmpty())
        errors.append({QStringLiteral("enterpriseId"), tr("Enter the enterprise id.")});
    if (storeIds.isEmpty())
        errors.append({QStringLiteral("storeIds"), tr("Enter at least one store id.")});
    if (clientId.trimmed().isEmpty())
        errors.append({QStringLiteral("clientId"), tr("Enter the client id.")});
    if (!trustedCaFile.isEmpty() && trustedCaCertificates().isEmpty())
        errors.append({QStringLiteral("trustedCaFile"),
                       tr("The CA certificate file cannot be read as PEM certificates.")});
    return errors;
}

QList<QSslCertificate> ConnectionProfile::trustedCaCertificates() const
{
    return TrustedCaStore::certificatesIn(trustedCaFile);
}

void ConnectionProfile::save(QSettings& settings) const
{
    settings.beginGroup(group(name));
    settings.setValue(QStringLiteral("baseUrl"), baseUrl.toString());
    settings.setValue(QStringLiteral("tokenUrl"), tokenUrl.toString());
    settings.setValue(QStringLiteral("enterpriseId"), enterpriseId);
    settings.setValue(QStringLiteral("storeIds"), storeIds);
    settings.setValue(QStringLiteral("clientId"), clientId);
    settings.setValue(QStringLiteral("trustedCaFile"), trustedCaFile);
    settings.setValue(QStringLiteral("localTestPlatform"), localTestPlatform);
    settings.setValue(QStringLiteral("transferTimeoutMs"), transferTimeoutMs);
    settings.beginGroup(QStringLiteral("paths"));
    settings.setValue(QStringLiteral("token"), paths.token);
    settings.setValue(QStringLiteral("feed"), paths.feed);
    settings.setValue(QStringLiteral("details"), paths.details);
    settings.setValue(QStringLiteral("initiate"), paths.initiate);
    settings.setValue(QStringLiteral("cancel"), paths.cancel);
    settings.setValue(QStringLiteral("resend"), paths.resend);
    settings.setValue(QStringLiteral("eventStream"), paths.eventStream);
    settings.setValue(QStringLiteral("stores"), paths.stores);
    settings.endGroup();
    PaymentAssistSite::save(settings, paymentAssist);
    MyKaarmaSite::save(settings, myKaarma);
    DemocranceSite::save(settings, democrance);
    settings.beginGroup(QStringLiteral("receipt"));
    settings.setValue(QStringLiteral("dealerName"), dealerName);
    settings.setValue(QStringLiteral("dealerAddress"), dealerAddress);
    settings.setValue(QStringLiteral("vatNumber"), vatNumber);
    settings.setValue(QStringLiteral("logoFile"), logoFile);
    settings.endGroup();
    settings.endGroup();
}

ConnectionProfile ConnectionProfile::load(QSettings& settings, const QString& name)
{
    ConnectionProfile p;
    p.name = name;
    settings.beginGroup(group(name));
    p.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl")).toString());
    p.tokenUrl = QUrl(settings.value(QStringLiteral("tokenUrl")).toString());
    p.enterpriseId = settings.value(QStringLiteral("enterpriseId")).toString();
    p.storeIds = settings.value(QStringLiteral("storeIds")).toStringList();
    p.clientId = settings.value(QStringLiteral("clientId")).toString();
    p.trustedCaFile = settings.value(QStringLiteral("trustedCaFile")).toString();
    p.localTestPlatform = settings.value(QStringLiteral("localTestPlatform"), false).toBool();
    p.transferTimeoutMs = settings.value(QStringLiteral("transferTimeoutMs"), p.transferTimeoutMs).toInt();
    p.dealerName = settings.value(QStringLiteral("receipt/dealerName")).toString();
    p.dealerAddress = settings.value(QStringLiteral("receipt/dealerAddress")).toStringList();
    p.vatNumber = settings.value(QStringLiteral("receipt/vatNumber")).toString();
    p.logoFile = settings.value(QStringLiteral("receipt/logoFile")).toString();
    p.paymentAssist = PaymentAssistSite::load(settings);
    p.myKaarma = MyKaarmaSite::load(settings);
    p.democrance = DemocranceSite::load(settings);
    settings.beginGroup(QStringLiteral("paths"));
    auto read = [&settings](const char* key, QString& target) {
        target = settings.value(QLatin1StringView(key), target).toString();
    };
    read("token", p.paths.token);
    read("feed", p.paths.feed);
    read("details", p.paths.details);
    read("initiate", p.paths.initiate);
    read("cancel", p.paths.cancel);
    read("resend", p.paths.resend);
    read("eventStream", p.paths.eventStream);
    read("stores", p.paths.stores);
    settings.endGroup();
    settings.endGroup();
    return p;
}

QStringList ConnectionProfile::names(QSettings& settings)
{
    settings.beginGroup(QStringLiteral("connections"));
    const QStringList groups = settings.childGroups();
    settings.endGroup();
    return groups;
}

} // namespace paydesk
