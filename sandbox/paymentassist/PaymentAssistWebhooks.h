#pragma once

#include "SandboxComponent.h"
#include "partner/WebhookRetryPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSslCertificate>

class QNetworkAccessManager;

namespace paydesk::sandbox {

class PaymentAssistState;

/**
 * Payment Assist's webhooks ("preview" in their documentation): when an application that was
 * begun with a `webhook_url` reaches a final state, a JSON POST
 *
 * ```
 * {"event_name":"application.completed","event_data":{"token":"…"},
 *  "event_time":"2020-09-10 14:31:05 UTC","signature":"…"}
 * ```
 *
 * `event_name` is `application.completed`, `application.failed` or `application.expired`.
 * The signature is PaymentAssistSignature over `event_name`, `event_time` and the fields of
 * `event_data` (here `token`), with the account's secret — the documentation only says "in
 * the same way you generate signatures for inbound requests"; this is that reading.
 *
 * Only HTTP 200 counts as received. Anything else is retried up to 3 times (4 attempts in
 * all) with backoff (WebhookRetryPolicy: 1 s, 2 s, 4 s by default, with jitter), then given up.
 * Asynchronous on its own QNetworkAccessManager; the log names the token's first characters,
 * the event and the outcome, never the URL's query or the signature.
 */
class PaymentAssistWebhooks : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    struct Delivery
    {
        QString token;
        QString eventName;
        QString url;
        QByteArray body;
        int attempts = 0;
        int lastStatus = 0;
        bool delivered = false;
        bool gaveUp = false;
    };

    PaymentAssistWebhooks(Sandbox& sandbox, PaymentAssistState& state, QObject* parent = nullptr);
    ~PaymentAssistWebhooks() override;

    QString name() const override { return QStringLiteral("paymentassist.webhooks"); }
    void start() override;
    void stop() override;

    void setRetryPolicy(const WebhookRetryPolicy& policy) { m_policy = policy; }
    const WebhookRetryPolicy& retryPolicy() const { return m_policy; }
    /// Trust this CA for https webhook URLs (the sandbox's own, under --tls).
    void addCaCertificate(const QSslCertificate& ca) { m_extraCas << ca; }

    /// Every delivery so far, oldest first.
    QList<Delivery> deliveries() const { return m_deliveries.values(); }

    /// The webhook body for a final state (with its signature).
    static QByteArray payload(const QString& eventName, const QString& token, const QDateTime& at,
                              const QByteArray& secret);

Q_SIGNALS:
    void delivered(const QString& token, const QString& eventName, int attempts);
    void attemptFailed(const QString& token, const QString& eventName, int attempt, int status);
    void gaveUp(const QString& token, const QString& eventName, int attempts);

private:
    void onFinalState(const QString& token, const QString& status);
    void attempt(int id);

    Sandbox& m_sandbox;
    PaymentAssistState& m_state;
    QNetworkAccessManager* m_nam = nullptr;
    WebhookRetryPolicy m_policy;
    QRandomGenerator m_random;
    QHash<int, Delivery> m_deliveries;
    QList<QSslCertificate> m_extraCas;
    int m_nextId = 1;
    bool m_running = false;
};

} // namespace paydesk::sandbox
