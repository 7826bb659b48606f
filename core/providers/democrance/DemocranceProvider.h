#pragma once

#include "DemocrancePoller.h"
#include "DemocranceSite.h"
#include "api/HttpClient.h"
#include "providers/PaymentProvider.h"
#include "providers/SiteSecrets.h"

#include <QHash>

#include <memory>

namespace paydesk {

class DemocranceClient;
class PaymentStore;
class Scheduler;
class SecretStore;

/**
 * Democrance as a PaymentProvider (on the SyncSession's worker): one DemocranceClient per site
 * of the profile (each signs in as its own user; one transport that keeps no cookies, so two
 * sites on the same host never share a session), a DemocrancePoller as its PaymentSource, and:
 *
 * | what                         | call                                   | payload / params            |
 * |------------------------------|----------------------------------------|-----------------------------|
 * | Initiate (outbox)            | POST /api/v3/payment/initiate/         | policy_number, gateway      |
 * | query Gateways               | GET /api/v3/payment/gateways/          | policy_number (optional)    |
 * | query TaxInvoice             | GET /api/v3/payment/<ref>/tax-invoice/ | policy_number or reference; |
 * |                              |                                        | receipt (bool)              |
 * | fetchPayment ("check status now") | POST /api/v3/payment/complete/?token= (no payment yet: the listing) |
 * | | polling (DemocrancePoller)   | the listing; GET /api/v3/payment/status/?token= | —                  |
 *
 * Gateways answers `{"gateways": [{gateway, name, provider}…]}`; TaxInvoice answers
 * `{filename, contentType ("application/pdf"), data (base64), size}`.
 *
 * **Payments.** One per policy: paymentId "democrance:<site>:<policy_number>" (DemocranceRules::
 * paymentIdFor), storeId the site, providerReference and reference (type "POLICY") the
 * policy_number, providerStatus the policy's status word, status per DemocranceRules::statusOf,
 * amount the premium in the policy's currency, customer from the policy. providerData keeps
 * `product`, `gateway`, `action`, `token` (the payment's token at Democrance), `reference` (its
 * payment reference: the tax invoice's), `payment_status`, `initiated_at` and `outbox_key`;
 * never the session or the password. payLink is the initiate's `url`. "No payment required"
 * and "Payment to be invoiced" are outcomes, not errors: `action` says which, statusReason
 * repeats it, and the status follows the rules (Authorised, then Paid).
 *
 * **Exactly once.** The Payment API has no idempotency key. What makes a replay of an initiate
 * safe:
 * - a begun payment is written to the cache at once, with the outbox key in
 *   providerData.outbox_key, before the outbox records the entry as sent; a replay first looks
 *   there and answers with it without sending (the crash between send and answer);
 * - Democrance (and its emulation) answers an initiate for a policy whose payment is still
 *   under way with that same payment (same token and URL), so a replay after a lost answer
 *   never starts a second card payment;
 * - a payment that finished at once (invoiced, not required) or a policy already paid is not
 *   under way, so before sending a replay asks for the policy's latest payment
 *   (`/payment/status/?policy_number=`): if it is invoiced, waived or paid (or the policy is
 *   active), that is the answer and nothing is sent.
 */
class DemocranceProvider final : public PaymentProvider
{
    Q_OBJECT

public:
    struct Config
    {
        /// The profile whose keychain entries hold the sites' passwords.
        QString profileName;
        /// Payment::enterpriseId of the payments (the profile's enterprise).
        QString enterpriseId;
        QList<DemocranceSite> sites;
        /// TLS and plain-http rules of the connection (as for Keyloop).
        HttpClient::Options transport;
        DemocrancePoller::Options polling;
    };

    /// The sites' passwords from the keychain (the worker's CrossThreadSecretStore) or, for
    /// tests, given directly (site id → password).
    DemocranceProvider(Config config, PaymentStore& store, Scheduler& scheduler, SiteSecrets passwords,
                       QObject* parent = nullptr);
    ~DemocranceProvider() override;

    QString id() const override { return ProviderId::democrance(); }
    std::vector<std::unique_ptr<PaymentSource>> takeSources() override;
    void sendAction(const OutboxEntry& entry, QObject* context, ActionCallback callback) override;
    void fetchPayment(const Payment& cached, QObject* context, PaymentCallback callback) override;
    void query(ProviderQuery query, const QString& storeId, const QJsonObject& params, QObject* context,
               QueryCallback callback) override;
    void setWatched(const QStringList& paymentIds) override;

    /// The client of a site (null when the profile has no such site).
    DemocranceClient* client(const QString& siteId) const;
    /// The transport every site's calls go through (tests count its attempts).
    HttpClient& http() const { return *m_http; }
    /// The poller (owned by the session once takeSources() was called).
    DemocrancePoller* poller() const { return m_pollerView; }

    /**
     * `base` (the cached payment, or an empty one) updated from a policy of the listing. A change
     * is dated with Democrance's own time of it, not with when PayDesk first saw it: the policy's
     * `modified` (else `created`) when that is later than the change PayDesk recorded last (or the
     * policy is new to PayDesk), at most `now`; `now` when there is no such time or it is not UTC
     * ISO 8601 (DemocranceClient::timeOf() reads it strictly). createdAt is the policy's `created`.
     */
    static Payment fromPolicy(Payment base, const QJsonObject& policy, const QString& enterpriseId,
                              const QString& siteId, const QDateTime& now);
    /// `base` updated from a payment status answer (`/payment/status/`, `/payment/complete/`); a
    /// change dated as fromPolicy() does, with the payment's `completed` time.
    static Payment fromPaymentStatus(Payment base, const QJsonObject& payment, const QDateTime& now);
    /// `base` updated from an initiate's answer (action, url, token) through `gateway`.
    static Payment fromInitiate(Payment base, const QJsonObject& answer, const QString& gateway,
                                const QString& outboxKey, const QDateTime& now);

private:
    /// One listing step of the poller: the awaiting policies, then those that left the list.
    void listSite(const QString& siteId, QObject* context, std::function<void(Result<int, ApiError>)> done);
    /// One payment-status step: the cached payment's token asked, merged, written, answered.
    void refreshPayment(const QString& siteId, const QString& paymentId, QObject* context,
                        PaymentCallback callback);
    /// Finds one policy in the listing (awaiting ones first, then every status).
    void lookUpPolicy(const QString& siteId, const QString& policyNumber, QObject* context,
                      std::function<void(Result<std::optional<QJsonObject>, ApiError>)> done);
    void initiate(const OutboxEntry& entry, DemocranceClient& client, QObject* context,
                  ActionCallback callback);
    void sendInitiate(const OutboxEntry& entry, DemocranceClient& client, QObject* context,
                      ActionCallback callback);
    /// The cached payment (an empty one with the ids filled in when there is none).
    Payment cachedOrNew(const QString& siteId, const QString& policyNumber, bool* found = nullptr);
    /// Writes `p` when it is new or changed; tells the poller.
    void write(const Payment& p, const Payment& base);
    ApiError noSuchSite(const QString& siteId) const;

    Config m_config;
    PaymentStore& m_store;
    Scheduler& m_scheduler;
    std::unique_ptr<HttpClient> m_http;
    QHash<QString, DemocranceClient*> m_clients;
    std::unique_ptr<DemocrancePoller> m_poller;
    DemocrancePoller* m_pollerView = nullptr;
};

} // namespace paydesk
