#pragma once

#include "CloudEvent.h"
#include "PartnerScenario.h"
#include "SandboxComponent.h"
#include "http/HttpResponse.h"
#include "payments/Payment.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

#include <deque>
#include <functional>

class QNetworkAccessManager;

namespace paydesk::sandbox {

class HttpRequest;
class PartnerRegistry;

/**
 * A payment partner living in the sandbox, reached over real loopback HTTP like any other:
 *
 * - `POST /partner/oauth/token` — its Auth0-style token endpoint (JSON or form body;
 *   checks grant type, client id, secret and audience; 401 otherwise).
 * - `POST /partner/webhook` — receives the platform's CloudEvents; 401 without a valid
 *   bearer token from that endpoint, 400 for a malformed event, 204 otherwise; dedupes on
 *   source + id (events are not ordered and may come twice).
 * - On `epayment.initiated` it does what the seed describes: gets a platform token with
 *   the partner credentials (`POST /oauth/client_credential/accesstoken`), calls GET payment
 *   details, then moves the payment with `PATCH …/payments/{id}/status` (an Idempotency-Key
 *   per step, reused on retries) following its scenario (PartnerScenario). Only card brand
 *   and last four digits are ever sent. `epayment.cancelled` stops the script.
 *
 * Registered as a partner at start unless the scenario is "off". Delays are multiplied by
 * the time scale (setTimeScale), so tests run the same scripts in milliseconds.
 */
class SimulatedPartner : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    SimulatedPartner(Sandbox& sandbox, PartnerRegistry& registry, QObject* parent = nullptr);
    ~SimulatedPartner() override;

    QString name() const override { return QStringLiteral("partner.simulated"); }
    void start() override;
    void stop() override;

    /// Multiplies every scenario delay (1.0 = demo pace; tests use 0.01 or less).
    void setTimeScale(double scale) { m_timeScale = scale; }
    double timeScale() const { return m_timeScale; }
    /// Overrides SandboxOptions::scenario (before start, or for payments initiated afterwards).
    void setScenario(PartnerScenario::Kind kind) { m_scenario = kind; }
    PartnerScenario::Kind scenario() const { return m_scenario; }
    /// Lifetime of the tokens its own token endpoint issues (default 86400 s, as Auth0).
    void setTokenLifetimeSeconds(int seconds) { m_tokenLifetimeS = seconds; }

    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    QString audience() const { return m_audience; }
    /// Its id in the PartnerRegistry (empty when not registered).
    QString partnerId() const { return m_partnerId; }

    int tokensIssued() const { return m_tokensIssued; }
    int eventsReceived() const { return m_eventsReceived; }
    int duplicatesIgnored() const { return m_duplicates; }
    int unauthorizedRejected() const { return m_unauthorized; }
    int activeScripts() const { return int(m_runs.size()); }

Q_SIGNALS:
    /// A new (not duplicate) event was accepted.
    void eventReceived(const QString& type, const QString& eventId, const QString& subject);
    /// A payment's script ended: every step sent, or stopped (cancelled, final, refused).
    void scriptFinished(const QString& paymentId, const QString& lastStatus);

private:
    struct Run
    {
        QString enterpriseId;
        QString storeId;
        QString paymentId;
        PartnerScenario::Kind kind = PartnerScenario::Kind::Pay;
        QList<PartnerScenario::Step> steps;
        int next = 0;
        int polls = 0;
        int retries = 0;
        QString stepKey;
        Payment payment;
    };
    using PlatformReply = std::function<void(int status, const QByteArray& body, const QString& error)>;

    HttpResponse handleToken(const HttpRequest& request);
    HttpResponse handleWebhook(const HttpRequest& request);
    void onEvent(const CloudEvent& event);
    void startRun(const QString& enterpriseId, const QString& storeId, const QString& paymentId,
                  int firstDelayMs);
    void fetchDetails(const QString& paymentId);
    void scheduleNextStep(const QString& paymentId);
    void sendStep(const QString& paymentId);
    void finishRun(const QString& paymentId, const QString& why);
    void pickUpOpenPayments();

    void withPlatformToken(std::function<void(const Result<QString, QString>&)> callback);
    void callPlatform(const QByteArray& method, const QString& path, const QByteArray& body,
                      const QString& idempotencyKey, PlatformReply callback, bool renewed = false);
    int scaled(int ms) const;
    QString randomToken(int bytes);

    Sandbox& m_sandbox;
    PartnerRegistry& m_registry;
    QNetworkAccessManager* m_nam = nullptr;
    PartnerScenario::Kind m_scenario = PartnerScenario::Kind::Lively;
    double m_timeScale = 1.0;
    bool m_running = false;
    QRandomGenerator m_random;

    QString m_clientId = QStringLiteral("simulated-partner");
    QString m_clientSecret;
    QString m_audience = QStringLiteral("https://partner.sandbox.paydesk.local/webhooks");
    QString m_partnerId;
    int m_tokenLifetimeS = 86400;
    /// Issued webhook tokens → expiry (monotonic ms).
    QHash<QString, qint64> m_issued;
    int m_tokensIssued = 0;

    QSet<QString> m_seen;
    std::deque<QString> m_seenOrder;
    int m_eventsReceived = 0;
    int m_duplicates = 0;
    int m_unauthorized = 0;

    QHash<QString, Run> m_runs;

    // The partner's own platform token (partner credentials at the platform's token endpoint).
    QString m_platformToken;
    qint64 m_platformTokenRenewAtMs = 0;
    bool m_fetchingPlatformToken = false;
    QList<std::function<void(const Result<QString, QString>&)>> m_platformTokenWaiters;
};

} // namespace paydesk::sandbox
