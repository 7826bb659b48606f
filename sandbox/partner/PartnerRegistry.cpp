#include "PartnerRegistry.h"

#include "Sandbox.h"
#include "SandboxLogging.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace paydesk::sandbox {

namespace {

bool isHttpUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"http" || url.scheme() == u"https");
}

} // namespace

PartnerRegistry::PartnerRegistry(Sandbox& sandbox, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
{
}

void PartnerRegistry::start()
{
    for (const PartnerConfig& config : m_sandbox.options().partners) {
        // Registered by an earlier run on the same data file: kept, not registered twice.
        const bool known =
            std::any_of(m_partners.cbegin(), m_partners.cend(), [&](const RegisteredPartner& p) {
                return !p.simulated && p.config.webhookUrl == config.webhookUrl.trimmed() &&
                       p.config.authUrl == config.authUrl.trimmed() &&
                       p.config.clientId == config.clientId.trimmed() &&
                       p.config.clientSecret == config.clientSecret &&
                       p.config.audience == config.audience.trimmed();
            });
        if (known)
            continue;
        if (auto added = add(config); !added)
            qCWarning(lcSandboxPartner) << "partner from the command line refused:" << added.error();
    }
}

Result<PartnerConfig, QString> PartnerRegistry::validate(PartnerConfig c)
{
    c.webhookUrl = c.webhookUrl.trimmed();
    c.authUrl = c.authUrl.trimmed();
    c.clientId = c.clientId.trimmed();
    c.audience = c.audience.trimmed();
    if (!isHttpUrl(c.webhookUrl))
        return fail(QStringLiteral("webhookUrl must be an http(s) URL"));
    if (!isHttpUrl(c.authUrl))
        return fail(QStringLiteral("authUrl must be an http(s) URL"));
    if (c.clientId.isEmpty())
        return fail(QStringLiteral("clientId is required"));
    if (c.clientSecret.isEmpty())
        return fail(QStringLiteral("clientSecret is required"));
    for (const QString* field : {&c.webhookUrl, &c.authUrl, &c.clientId, &c.clientSecret, &c.audience}) {
        if (field->size() > 2048)
            return fail(QStringLiteral("fields are limited to 2048 characters"));
    }
    return c;
}

Result<RegisteredPartner, QString> PartnerRegistry::add(const PartnerConfig& config, bool simulated)
{
    auto checked = validate(config);
    if (!checked)
        return fail(checked.error());
    RegisteredPartner p;
    p.id = QStringLiteral("partner-%1").arg(m_nextId++);
    p.config = checked.value();
    p.registeredAt = m_sandbox.clock().now();
    p.simulated = simulated;
    m_partners.append(p);
    // The URL is not secret; the client id is an identifier, the secret never leaves the registry.
    // Only scheme, host and path: a query or user info could carry a secret.
    const QString where = QUrl(p.config.webhookUrl)
                              .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                              .toString();
    qCInfo(lcSandboxPartner) << "partner registered" << p.id << "webhook" << where
                             << (simulated ? "(simulated)" : "");
    if (!simulated)
        m_sandbox.persistentStateChanged();
    Q_EMIT partnerRegistered(p.id);
    return p;
}

QJsonValue PartnerRegistry::persistentState() const
{
    // The sandbox's own simulated partner registers itself again at every start (at this run's
    // address); every other registration is kept, with its secret, in the sandbox's data file.
    QJsonArray partners;
    for (const RegisteredPartner& p : m_partners) {
        if (p.simulated)
            continue;
        QJsonObject o = p.toJson();
        o.insert(QLatin1StringView("clientSecret"), p.config.clientSecret);
        partners.append(o);
    }
    return QJsonObject{{QLatin1StringView("nextId"), m_nextId}, {QLatin1StringView("partners"), partners}};
}

void PartnerRegistry::restoreState(const QJsonValue& state)
{
    const QJsonObject o = state.toObject();
    for (const QJsonValue& v : o.value(QLatin1StringView("partners")).toArray()) {
        const QJsonObject j = v.toObject();
        RegisteredPartner p;
        p.id = j.value(QLatin1StringView("id")).toString();
        p.config.webhookUrl = j.value(QLatin1StringView("webhookUrl")).toString();
        p.config.authUrl = j.value(QLatin1StringView("authUrl")).toString();
        p.config.clientId = j.value(QLatin1StringView("clientId")).toString();
        p.config.clientSecret = j.value(QLatin1StringView("clientSecret")).toString();
        p.config.audience = j.value(QLatin1StringView("audience")).toString();
        if (p.id.isEmpty() || !validate(p.config) || find(p.id))
            continue;
        p.registeredAt =
            QDateTime::fromString(j.value(QLatin1StringView("registeredAt")).toString(), Qt::ISODateWithMs);
        p.delivered = j.value(QLatin1StringView("delivered")).toInt();
        p.failedAttempts = j.value(QLatin1StringView("failedAttempts")).toInt();
        p.deadLettered = j.value(QLatin1StringView("deadLettered")).toInt();
        p.lastError = j.value(QLatin1StringView("lastError")).toString();
        p.lastDeliveredAt = QDateTime::fromString(j.value(QLatin1StringView("lastDeliveredAt")).toString(),
                                                  Qt::ISODateWithMs);
        m_partners.append(p);
    }
    m_nextId = std::max(m_nextId, o.value(QLatin1StringView("nextId")).toInt());
}

bool PartnerRegistry::remove(const QString& partnerId)
{
    for (qsizetype i = 0; i < m_partners.size(); ++i) {
        if (m_partners.at(i).id == partnerId) {
            m_partners.removeAt(i);
            m_sandbox.persistentStateChanged();
            qCInfo(lcSandboxPartner) << "partner removed" << partnerId;
            Q_EMIT partnerRemoved(partnerId);
            return true;
        }
    }
    return false;
}

RegisteredPartner* PartnerRegistry::find(const QString& partnerId)
{
    for (RegisteredPartner& p : m_partners) {
        if (p.id == partnerId)
            return &p;
    }
    return nullptr;
}

std::optional<RegisteredPartner> PartnerRegistry::partner(const QString& partnerId) const
{
    for (const RegisteredPartner& p : m_partners) {
        if (p.id == partnerId)
            return p;
    }
    return std::nullopt;
}

void PartnerRegistry::recordDelivered(const QString& partnerId)
{
    if (RegisteredPartner* p = find(partnerId)) {
        ++p->delivered;
        p->lastDeliveredAt = m_sandbox.clock().now();
        m_sandbox.persistentStateChanged();
    }
}

void PartnerRegistry::recordFailedAttempt(const QString& partnerId, const QString& error)
{
    if (RegisteredPartner* p = find(partnerId)) {
        ++p->failedAttempts;
        p->lastError = error;
        m_sandbox.persistentStateChanged();
    }
}

void PartnerRegistry::recordDeadLetter(const QString& partnerId)
{
    if (RegisteredPartner* p = find(partnerId)) {
        ++p->deadLettered;
        m_sandbox.persistentStateChanged();
    }
}

} // namespace paydesk::sandbox
