#include "WebhookDispatcher.h"

#include "PartnerRegistry.h"
#include "PartnerTokenCache.h"
#include "Sandbox.h"
#include "SandboxLogging.h"
#include "payments/PaymentJson.h"
#include "platform/PlatformState.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace paydesk::sandbox {

namespace {

constexpr size_t kRecentLimit = 200;
constexpr qsizetype kDeadLetterLimit = 1000;

} // namespace

WebhookDispatcher::WebhookDispatcher(Sandbox& sandbox, PartnerRegistry& registry, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_registry(registry)
    , m_nam(new QNetworkAccessManager(this))
    , m_tokens(new PartnerTokenCache(*m_nam, sandbox.clock(), this))
    , m_random(sandbox.options().randomSeed ^ 0x5eb400u)
{
    // Loopback partners must be reached directly, whatever proxy the environment sets.
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_tokens->setTimeoutMs(m_policy.timeoutMs);
    connect(&sandbox.state(), &PlatformState::paymentChanged, this, &WebhookDispatcher::onPaymentChanged);
    connect(&registry, &PartnerRegistry::partnerRegistered, this,
            [this](const QString& partnerId) { sendTestEvent(partnerId); });
    connect(&registry, &PartnerRegistry::partnerRemoved, this, [this](const QString& partnerId) {
        m_tokens->invalidate(partnerId);
        m_lastTestEvent.remove(partnerId);
    });
}

WebhookDispatcher::~WebhookDispatcher() = default;

void WebhookDispatcher::start()
{
    m_running = true;
    // Deliveries queued before the server listened (partners registered at start) or parked
    // by stop() (an outage) go now.
    const QStringList parked = std::exchange(m_parked, {}).values();
    for (const QString& id : parked)
        attempt(id);
}

void WebhookDispatcher::stop()
{
    m_running = false;
    // Pending deliveries stay pending; replies in flight are aborted with the manager's children.
    const auto replies = m_nam->findChildren<QNetworkReply*>();
    for (QNetworkReply* r : replies)
        r->abort();
}

void WebhookDispatcher::setRetryPolicy(const WebhookRetryPolicy& policy)
{
    m_policy = policy;
    m_tokens->setTimeoutMs(policy.timeoutMs);
}

int WebhookDispatcher::tokenFetchCount() const
{
    return m_tokens->fetchCount();
}

QString WebhookDispatcher::sourceFor(const QString& enterpriseId, const QString& storeId) const
{
    return m_sandbox.baseUrl().toString() + u'/' + enterpriseId + u'/' + storeId +
           QStringLiteral("/v1/payments");
}

std::optional<CloudEvent> WebhookDispatcher::eventFor(const ChangeEvent& change) const
{
    CloudEvent e;
    switch (change.kind) {
    case ChangeEvent::Kind::Initiated:
        e.type = CloudEvent::kInitiated;
        break;
    case ChangeEvent::Kind::Cancelled:
        e.type = CloudEvent::kCancelled;
        break;
    case ChangeEvent::Kind::CustomerUpdated:
        e.type = CloudEvent::kUpdated;
        break;
    default:
        return std::nullopt;
    }
    const Payment& p = change.payment;
    const auto store = m_sandbox.state().store(p.enterpriseId, p.storeId);
    e.id = CloudEvent::newId();
    e.source = sourceFor(p.enterpriseId, p.storeId);
    e.time = m_sandbox.clock().now();
    e.subject = p.paymentId;
    e.data = QJsonObject{
        {QLatin1StringView("context"),
         QJsonObject{{QLatin1StringView("enterpriseId"), p.enterpriseId},
                     {QLatin1StringView("storeId"), p.storeId},
                     {QLatin1StringView("dealerCode"), store ? store->dealerCode : QString()},
                     {QLatin1StringView("provider"), p.provider}}},
        {QLatin1StringView("origin"),
         QJsonObject{{QLatin1StringView("system"), QStringLiteral("DMS")},
                     {QLatin1StringView("application"), QStringLiteral("paydesk-sandbox")}}},
        {QLatin1StringView("payment"), PaymentJson::paymentToJson(p, false)},
    };
    return e;
}

void WebhookDispatcher::onPaymentChanged(const ChangeEvent& change)
{
    if (m_registry.count() == 0)
        return;
    if (auto event = eventFor(change))
        publish(*event);
}

void WebhookDispatcher::publish(const CloudEvent& event)
{
    const QByteArray body = event.toBytes();
    for (const RegisteredPartner& p : m_registry.partners())
        enqueue(p.id, event, body);
}

QString WebhookDispatcher::sendTestEvent(const QString& partnerId)
{
    const auto partner = m_registry.partner(partnerId);
    if (!partner)
        return QString();
    CloudEvent e;
    e.id = CloudEvent::newId();
    e.type = CloudEvent::kTestEvent;
    e.source = m_sandbox.baseUrl().isValid()
                   ? m_sandbox.baseUrl().toString() + QStringLiteral("/admin/partners")
                   : QStringLiteral("urn:paydesk:sandbox");
    e.time = m_sandbox.clock().now();
    e.subject = partnerId;
    e.data = QJsonObject{
        {QLatin1StringView("context"), QJsonObject{{QLatin1StringView("provider"), QStringLiteral("keyloop")},
                                                   {QLatin1StringView("partnerId"), partnerId}}},
        {QLatin1StringView("message"),
         QStringLiteral("Test event: validates your credentials and the connection.")}};
    m_lastTestEvent.insert(partnerId, e.id);
    enqueue(partnerId, e, e.toBytes());
    return e.id;
}

void WebhookDispatcher::enqueue(const QString& partnerId, const CloudEvent& event, const QByteArray& body)
{
    WebhookDelivery d;
    d.deliveryId = QStringLiteral("dlv-%1").arg(m_nextDelivery++);
    d.partnerId = partnerId;
    d.eventId = event.id;
    d.type = event.type;
    d.subject = event.type == CloudEvent::kTestEvent ? QString() : event.subject;
    d.createdAt = m_sandbox.clock().now();
    d.body = body;
    const QString id = d.deliveryId;
    m_pending.insert(id, std::move(d));
    // Never from inside the change that caused it: the state is mid-commit, and the webhook
    // may point at this very server.
    QTimer::singleShot(0, this, [this, id]() { attempt(id); });
}

void WebhookDispatcher::attempt(const QString& deliveryId)
{
    auto it = m_pending.find(deliveryId);
    if (it == m_pending.end())
        return;
    if (!m_running) {
        m_parked.insert(deliveryId);
        return;
    }
    const auto partner = m_registry.partner(it->partnerId);
    if (!partner) {
        qCInfo(lcSandboxPartner) << "webhook" << it->type << it->eventId << "dropped: partner"
                                 << it->partnerId << "was removed";
        m_pending.erase(it);
        return;
    }
    it->attempts += 1;
    it->lastAttemptAt = m_sandbox.clock().now();
    m_tokens->withToken(*partner, this, [this, deliveryId](const Result<QString, QString>& token) {
        if (!m_pending.contains(deliveryId))
            return;
        if (!token) {
            attemptFinished(deliveryId, 0, token.error());
            return;
        }
        post(deliveryId, token.value());
    });
}

void WebhookDispatcher::post(const QString& deliveryId, const QString& token)
{
    const auto it = m_pending.constFind(deliveryId);
    if (it == m_pending.cend())
        return;
    if (!m_running) {
        m_parked.insert(deliveryId);
        return;
    }
    const auto partner = m_registry.partner(it->partnerId);
    if (!partner)
        return;
    QNetworkRequest request{QUrl(partner->config.webhookUrl)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, CloudEvent::kContentType);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("User-Agent", "paydesk-sandbox-webhooks/1");
    request.setTransferTimeout(m_policy.timeoutMs);
    QNetworkReply* reply = m_nam->post(request, it->body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, deliveryId]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status <= 299) {
            attemptFinished(deliveryId, status, QString());
            return;
        }
        if (status == 0) {
            attemptFinished(deliveryId, 0, QStringLiteral("no answer: %1").arg(reply->errorString()));
            return;
        }
        if (status == 401 || status == 403) {
            // The partner did not accept our token: the next attempt fetches a new one.
            auto it = m_pending.constFind(deliveryId);
            if (it != m_pending.cend())
                m_tokens->invalidate(it->partnerId);
        }
        attemptFinished(deliveryId, status, QStringLiteral("webhook answered HTTP %1").arg(status));
    });
}

void WebhookDispatcher::attemptFinished(const QString& deliveryId, int status, const QString& error)
{
    auto it = m_pending.find(deliveryId);
    if (it == m_pending.end())
        return;
    WebhookDelivery& d = it.value();
    d.lastStatus = status;
    if (error.isEmpty()) {
        d.state = WebhookDelivery::State::Delivered;
        d.lastError.clear();
        qCInfo(lcSandboxPartner) << "webhook" << d.type << d.eventId << "to" << d.partnerId
                                 << "delivered, attempt" << d.attempts << "HTTP" << status;
        m_registry.recordDelivered(d.partnerId);
        ++m_deliveredCount;
        const WebhookDelivery done = d;
        m_pending.erase(it);
        remember(done);
        Q_EMIT delivered(done.partnerId, done.eventId, done.type);
        return;
    }

    d.lastError = error;
    m_registry.recordFailedAttempt(d.partnerId, error);
    if (d.attempts >= std::max(1, m_policy.maxAttempts)) {
        d.state = WebhookDelivery::State::DeadLettered;
        qCWarning(lcSandboxPartner) << "webhook" << d.type << d.eventId << "to" << d.partnerId
                                    << "dead-lettered after" << d.attempts << "attempts:" << error;
        m_registry.recordDeadLetter(d.partnerId);
        const WebhookDelivery dead = d;
        m_pending.erase(it);
        m_deadLetters.append(dead);
        if (m_deadLetters.size() > kDeadLetterLimit)
            m_deadLetters.removeFirst();
        m_sandbox.persistentStateChanged();
        remember(dead);
        Q_EMIT attemptFailed(dead.partnerId, dead.eventId, dead.attempts, error);
        Q_EMIT deadLettered(dead.partnerId, dead.eventId, dead.type);
        return;
    }
    const int delay = m_policy.delayBeforeAttempt(d.attempts + 1, m_random);
    qCInfo(lcSandboxPartner) << "webhook" << d.type << d.eventId << "to" << d.partnerId << "attempt"
                             << d.attempts << "failed:" << error << "- retry in" << delay << "ms";
    Q_EMIT attemptFailed(d.partnerId, d.eventId, d.attempts, error);
    QTimer::singleShot(delay, this, [this, deliveryId]() { attempt(deliveryId); });
}

void WebhookDispatcher::remember(const WebhookDelivery& delivery)
{
    WebhookDelivery light = delivery;
    light.body.clear();
    m_recent.push_back(std::move(light));
    while (m_recent.size() > kRecentLimit)
        m_recent.pop_front();
}

bool WebhookDispatcher::redeliver(const QString& deliveryId)
{
    for (qsizetype i = 0; i < m_deadLetters.size(); ++i) {
        if (m_deadLetters.at(i).deliveryId != deliveryId)
            continue;
        WebhookDelivery d = m_deadLetters.takeAt(i);
        m_sandbox.persistentStateChanged();
        d.state = WebhookDelivery::State::Pending;
        d.attempts = 0;
        d.lastError.clear();
        d.lastStatus = 0;
        m_pending.insert(d.deliveryId, d);
        QTimer::singleShot(0, this, [this, deliveryId]() { attempt(deliveryId); });
        return true;
    }
    return false;
}

QList<WebhookDelivery> WebhookDispatcher::deadLetters() const
{
    return m_deadLetters;
}

QJsonValue WebhookDispatcher::persistentState() const
{
    QJsonArray dead;
    for (const WebhookDelivery& d : m_deadLetters) {
        QJsonObject o = d.toJson(false);
        o.insert(QLatin1StringView("body"), QString::fromUtf8(d.body)); // byte for byte, for a redelivery
        dead.append(o);
    }
    return QJsonObject{{QLatin1StringView("deadLetters"), dead}};
}

void WebhookDispatcher::restoreState(const QJsonValue& state)
{
    for (const QJsonValue& v : state.toObject().value(QLatin1StringView("deadLetters")).toArray()) {
        const QJsonObject o = v.toObject();
        WebhookDelivery d;
        d.deliveryId = o.value(QLatin1StringView("deliveryId")).toString();
        if (d.deliveryId.isEmpty())
            continue;
        d.partnerId = o.value(QLatin1StringView("partnerId")).toString();
        d.eventId = o.value(QLatin1StringView("eventId")).toString();
        d.type = o.value(QLatin1StringView("type")).toString();
        d.subject = o.value(QLatin1StringView("subject")).toString();
        d.state = WebhookDelivery::State::DeadLettered;
        d.attempts = o.value(QLatin1StringView("attempts")).toInt();
        d.lastStatus = o.value(QLatin1StringView("lastStatus")).toInt();
        d.lastError = o.value(QLatin1StringView("lastError")).toString();
        d.createdAt =
            QDateTime::fromString(o.value(QLatin1StringView("createdAt")).toString(), Qt::ISODateWithMs);
        d.lastAttemptAt =
            QDateTime::fromString(o.value(QLatin1StringView("lastAttemptAt")).toString(), Qt::ISODateWithMs);
        d.body = o.value(QLatin1StringView("body")).toString().toUtf8();
        m_deadLetters.append(d);
    }
    while (m_deadLetters.size() > kDeadLetterLimit)
        m_deadLetters.removeFirst();
}

QList<WebhookDelivery> WebhookDispatcher::recentDeliveries() const
{
    return QList<WebhookDelivery>(m_recent.begin(), m_recent.end());
}

} // namespace paydesk::sandbox
