#pragma once

#include "PaymentAssistPoller.h"
#include "PaymentAssistSite.h"
#include "api/HttpClient.h"
#include "providers/PaymentProvider.h"
#include "providers/SiteSecrets.h"

#include <QHash>

#include <memory>

namespace paydesk {

class PaymentAssistClient;
class PaymentStore;
class Scheduler;
class SecretStore;

/**
 * Payment Assist as a PaymentProvider (on the SyncSession's worker): one PaymentAssistClient
 * per site of the profile, a PaymentAssistPoller as its PaymentSource, and its actions:
 *
 * | outbox kind   | call                          | ProviderActionRequest payload           |
 * |---------------|-------------------------------|-----------------------------------------|
 * | Initiate      | POST /begin                   | /begin's fields (order_id, amount, …)   |
 * | Cancel        | POST /update expiry=0         | —                                       |
 * | AmendAmount   | POST /update amount (lower)   | amount                                  |
 * | UploadInvoice | POST /invoice                 | filetype, filedata (base64)             |
 * | Capture       | POST /capture                 | —                                       |
 *
 * and queries: Plans → GET /account, QuotePlan → POST /plan (amount, plan_id, plan_length),
 * PreApprove → POST /preapproval (f_name, s_name, addr1, postcode); each answers with the
 * envelope's `data` as Payment Assist sends it.
 *
 * **Exactly once.** Payment Assist has no idempotency key; its `order_id` is unique per
 * dealer, so a second /begin with the same order_id never makes a second application. A begun
 * application is written to the cache at once with the outbox key and the order_id in
 * Payment::providerData, before the outbox records the entry as sent. A replay (the entry was
 * attempted before: its answer was lost, or PayDesk stopped between send and answer) first
 * looks for the application of that key in the cache and answers with it without sending; if
 * Payment Assist refuses the order_id as already used, a replay looks in the cache for that
 * order_id of the site. When nothing there knows it (the answer was lost for good), the action
 * fails with a message that names the order and says to add the application by its token
 * (track()). Qt may send a POST again by itself when a connection drops before the answer;
 * order_id makes that harmless too. Every other action, when refused, looks at /status: if
 * the change is already there (expired, amount lowered, invoice attached, captured), that is
 * the answer.
 *
 * Payments: paymentId is the application's token, storeId the site, provider
 * "paymentassist", status per PaymentAssistRules::statusFor() with the raw word in
 * providerStatus, pa_ref in providerReference; invoiceOutstanding = completed &&
 * requires_invoice && !has_invoice; fundsCleared once completed and nothing is outstanding.
 */
class PaymentAssistProvider final : public PaymentProvider
{
    Q_OBJECT

public:
    struct Config
    {
        /// The profile whose keychain entries hold the sites' secrets.
        QString profileName;
        /// Payment::enterpriseId of the payments (the profile's enterprise).
        QString enterpriseId;
        QList<PaymentAssistSite> sites;
        /// TLS and plain-http rules of the connection (as for Keyloop).
        HttpClient::Options transport;
        PaymentAssistPoller::Options polling;
    };

    /// The sites' secrets from the keychain (the worker's CrossThreadSecretStore) or, for tests,
    /// given directly (site id → secret).
    PaymentAssistProvider(Config config, PaymentStore& store, Scheduler& scheduler, SiteSecrets secrets,
                          QObject* parent = nullptr);
    ~PaymentAssistProvider() override;

    QString id() const override { return ProviderId::paymentAssist(); }
    std::vector<std::unique_ptr<PaymentSource>> takeSources() override;
    void sendAction(const OutboxEntry& entry, QObject* context, ActionCallback callback) override;
    void fetchPayment(const Payment& cached, QObject* context, PaymentCallback callback) override;
    void query(ProviderQuery query, const QString& storeId, const QJsonObject& params, QObject* context,
               QueryCallback callback) override;
    void setWatched(const QStringList& paymentIds) override;
    void track(const QString& storeId, const QString& token, QObject* context,
               PaymentCallback callback) override;

    /// The client of a site (null when the profile has no such site).
    PaymentAssistClient* client(const QString& siteId) const;
    /// The transport every site's calls go through (tests count its attempts).
    HttpClient& http() const { return *m_http; }
    /// The poller (owned by the session once takeSources() was called).
    PaymentAssistPoller* poller() const { return m_pollerView; }

    /**
     * `base` updated from a /status answer: status and raw word, pa_ref, amount, expiry,
     * invoice flags; version and updatedAt move on only when something changed (so an
     * unchanged poll writes nothing), with a timeline step for a new status. The change is dated
     * with Payment Assist's own time where /status has one (`expires_at` of an expired
     * application, else `last_accessed_at`) when it is later than the change PayDesk recorded
     * last or the application is new to PayDesk (added by token), at most `now`; else `now`.
     */
    static Payment merged(Payment base, const QJsonObject& status, const QDateTime& now);
    /// A new application's payment from /begin's fields and answer.
    static Payment begun(const QString& enterpriseId, const QString& siteId, const QJsonObject& fields,
                         const QJsonObject& answer, const QString& outboxKey, const QDateTime& now);

private:
    /// /status of `token`, merged into the cached payment (or a new one), written, answered.
    void refresh(const QString& siteId, const QString& token, QObject* context, PaymentCallback callback);
    void begin(const OutboxEntry& entry, PaymentAssistClient& client, QObject* context,
               ActionCallback callback);
    void change(const OutboxEntry& entry, PaymentAssistClient& client, QObject* context,
                ActionCallback callback);
    ApiError noSuchSite(const QString& siteId) const;

    Config m_config;
    PaymentStore& m_store;
    Scheduler& m_scheduler;
    std::unique_ptr<HttpClient> m_http;
    QHash<QString, PaymentAssistClient*> m_clients;
    std::unique_ptr<PaymentAssistPoller> m_poller;
    PaymentAssistPoller* m_pollerView = nullptr;
};

} // namespace paydesk
