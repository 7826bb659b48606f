#pragma once

#include "SandboxComponent.h"
#include "partner/WebhookRetryPolicy.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSslCertificate>

class QNetworkAccessManager;

namespace paydesk::sandbox {

class MyKaarmaState;

/**
 * The call to a pay-by-link request's `webHookUrl` ("Webhook URL to hit after the payment is
 * complete"): when a payment request made with one becomes PAID, or FAILED after its last
 * declined attempt, a JSON POST
 *
 * ```
 * {"eventType":"PAYMENT_SUCCESS","paymentRequestGuid":"…","invoiceId":"…","orderRef":"…",
 *  "customerId":"…","departmentUuid":"…","status":"PAID","amount":125.4,"surchargeAmount":3.76,
 *  "totalAmount":129.16,"currency":"USD","transactionRefNum":"KP12345678","cardType":"Visa",
 *  "cardLast4":"1111","timeStamp":"2026-03-10T10:05:00.000Z"}
 * ```
 *
 * (`PAYMENT_FAILURE` / `FAILED` without the card fields). The documents name no body and no
 * signature; this is our choice (sandbox/README.md). Any 2xx counts as received; otherwise up to
 * 3 retries with backoff (1 s, 2 s, 4 s with jitter), then given up. The log names the guid's
 * first characters and the outcome only.
 */
class MyKaarmaWebhooks : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    struct Delivery
    {
        QString guid;
        QString eventType;
        QString url;
        QByteArray body;
        int attempts = 0;
        int lastStatus = 0;
        bool delivered = false;
        bool gaveUp = false;
    };

    MyKaarmaWebhooks(Sandbox& sandbox, MyKaarmaState& state, QObject* parent = nullptr);
    ~MyKaarmaWebhooks() override;

    QString name() const override { return QStringLiteral("mykaarma.webhooks"); }
    void start() override;
    void stop() override;

    void setRetryPolicy(const WebhookRetryPolicy& policy) { m_policy = policy; }
    QList<Delivery> deliveries() const { return m_deliveries.values(); }

Q_SIGNALS:
    void delivered(const QString& guid, const QString& eventType, int attempts);
    void gaveUp(const QString& guid, const QString& eventType, int attempts);

private:
    void onFinal(const QString& guid, const QString& status);
    void attempt(int id);

    Sandbox& m_sandbox;
    MyKaarmaState& m_state;
    QNetworkAccessManager* m_nam = nullptr;
    WebhookRetryPolicy m_policy;
    QRandomGenerator m_random;
    QHash<int, Delivery> m_deliveries;
    QList<QSslCertificate> m_extraCas;
    int m_nextId = 1;
    bool m_running = false;
};

} // namespace paydesk::sandbox
