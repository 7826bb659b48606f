#pragma once

#include "CloudEvent.h"
#include "SandboxComponent.h"
#include "WebhookDelivery.h"
#include "WebhookRetryPolicy.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

#include <deque>
#include <optional>

class QNetworkAccessManager;

namespace paydesk::sandbox {

class PartnerRegistry;
class PartnerTokenCache;
struct ChangeEvent;

/**
 * Sends the seed's events to every registered partner ("Webhooks to partners" in DESIGN.md).
 *
 * - PlatformState::paymentChanged → `epayment.initiated` (dealer raised a request),
 *   `epayment.cancelled`, `epayment.updated` (resend with changed customer details);
 *   `testEvent` when a partner registers and on demand.
 * - Each event is a CloudEvents 1.0 structured JSON POST (`application/cloudevents+json`)
 *   with `Authorization: Bearer` from the partner's Auth0 token URL (PartnerTokenCache).
 * - 2xx is delivered (partners answer 204). Anything else — no answer, a token failure,
 *   4xx, 5xx — is retried with exponential backoff and jitter (WebhookRetryPolicy); after
 *   the last attempt the delivery is dead-lettered with its last error
 *   (`GET /admin/deadletters`). A 401 from the webhook also drops the cached token.
 * - Fully asynchronous on its own QNetworkAccessManager: nothing here ever blocks the
 *   server, which may be the very server the webhook points at (the simulated partner).
 *
 * The log says which event went to which partner, the attempt and the outcome; never the
 * token, the secret or the payload.
 */
class WebhookDispatcher : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    WebhookDispatcher(Sandbox& sandbox, PartnerRegistry& registry, QObject* parent = nullptr);
    ~WebhookDispatcher() override;

    QString name() const override { return QStringLiteral("partner.webhooks"); }
    void start() override;
    void stop() override;

    void setRetryPolicy(const WebhookRetryPolicy& policy);
    const WebhookRetryPolicy& retryPolicy() const { return m_policy; }

    /// Queues an event for every registered partner.
    void publish(const CloudEvent& event);
    /// Queues a testEvent for one partner; returns its event id (empty: no such partner).
    QString sendTestEvent(const QString& partnerId);
    /// The id of the last testEvent sent to a partner (on registration or on demand).
    QString lastTestEventId(const QString& partnerId) const { return m_lastTestEvent.value(partnerId); }
    /// Sends a dead letter again from its first attempt; false when there is no such dead letter.
    bool redeliver(const QString& deliveryId);

    /// The event for a payment change, or nothing for changes partners are not told about.
    std::optional<CloudEvent> eventFor(const ChangeEvent& change) const;

    QList<WebhookDelivery> deadLetters() const;
    /// The dead letters (with their events), kept across a restart with `--data`.
    QJsonValue persistentState() const override;
    void restoreState(const QJsonValue& state) override;
    /// The latest finished deliveries (delivered or dead-lettered), newest last, at most 200.
    QList<WebhookDelivery> recentDeliveries() const;
    int pendingCount() const { return int(m_pending.size()); }
    int tokenFetchCount() const;
    int deliveredCount() const { return m_deliveredCount; }

Q_SIGNALS:
    void delivered(const QString& partnerId, const QString& eventId, const QString& type);
    void attemptFailed(const QString& partnerId, const QString& eventId, int attempt, const QString& error);
    void deadLettered(const QString& partnerId, const QString& eventId, const QString& type);

private:
    void onPaymentChanged(const ChangeEvent& change);
    void enqueue(const QString& partnerId, const CloudEvent& event, const QByteArray& body);
    void attempt(const QString& deliveryId);
    void post(const QString& deliveryId, const QString& token);
    void attemptFinished(const QString& deliveryId, int status, const QString& error);
    void remember(const WebhookDelivery& delivery);
    QString sourceFor(const QString& enterpriseId, const QString& storeId) const;

    Sandbox& m_sandbox;
    PartnerRegistry& m_registry;
    QNetworkAccessManager* m_nam = nullptr;
    PartnerTokenCache* m_tokens = nullptr;
    WebhookRetryPolicy m_policy;
    QRandomGenerator m_random;
    bool m_running = false;
    int m_nextDelivery = 1;
    int m_deliveredCount = 0;
    QHash<QString, WebhookDelivery> m_pending;
    /// Pending deliveries waiting for start() (queued before it, or during an outage).
    QSet<QString> m_parked;
    QList<WebhookDelivery> m_deadLetters;
    std::deque<WebhookDelivery> m_recent;
    QHash<QString, QString> m_lastTestEvent;
};

} // namespace paydesk::sandbox
