#include "PartnerRegistry.h"

#include "Sandbox.h"
#include "SandboxLogging.h"
#include "util/Clock.h"

#include <QUrl>

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
    Q_EMIT partnerRegistered(p.id);
    return p;
}

bool PartnerRegistry::remove(const QString& partnerId)
{
    for (qsizetype i = 0; i < m_partners.size(); ++i) {
        if (m_partners.at(i).id == partnerId) {
            m_partners.removeAt(i);
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
    }
}

void PartnerRegistry::recordFailedAttempt(const QString& partnerId, const QString& error)
{
    if (RegisteredPartner* p = find(partnerId)) {
        ++p->failedAttempts;
        p->lastError = error;
    }
}

void PartnerRegistry::recordDeadLetter(const QString& partnerId)
{
    if (RegisteredPartner* p = find(partnerId))
        ++p->deadLettered;
}

} // namespace paydesk::sandbox
