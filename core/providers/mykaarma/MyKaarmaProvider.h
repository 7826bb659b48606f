#pragma once

#include "MyKaarmaPoller.h"
#include "MyKaarmaSite.h"
#include "api/HttpClient.h"
#include "providers/PaymentProvider.h"
#include "providers/SiteSecrets.h"

#include <QHash>

#include <memory>
#include <optional>

namespace paydesk {

class MyKaarmaClient;
class PaymentStore;
class Scheduler;
class SecretStore;

/**
 * myKaarma as a PaymentProvider (on the SyncSession's worker): one MyKaarmaClient per site of
 * the profile, a MyKaarmaPoller over the dealer-orders filter as its PaymentSource, and:
 *
 * | outbox kind | calls                                                            | payload (MyKaarmaRules)
 * |
 * |-------------|------------------------------------------------------------------|-------------------------|
 * | Initiate    | POST /payment/kpayment/v1/prepayment, then (sendAsText or        | orderNumber, amount, |
 * |             | sendAsEmail) POST /payment/v4/departments/{d}/payment-requests   | customerUuid, … | |
 * Resend      | POST /payment/v4/departments/{d}/payment-requests (invoiceGuid)  | sendAsText, sendAsEmail |
 *
 * An Initiate with prepaymentOnly (neither sendAsText nor sendAsEmail) makes the prepayment only: the invoice
 * and its fees (myKaarma's feeResponse) are there, nothing goes to the customer until the dealer sends it
 * (Resend). ProviderQuery::FeePreview (params: paymentId) answers those fees in minor units: {currency,
 * amount, surcharge, applicationFee, total, surchargePercentage, applicationFeePercentage} — myKaarma has no
 * fee call of its own; its fees come with the prepayment.
 *
 * **Exactly once.** myKaarma has no idempotency key, but the prepayment's `invoiceGUID` is
 * ours to choose and unique: it is derived from the outbox key (a UUID v5 of it), so every
 * replay of an entry sends the same invoiceGUID with the same body, and myKaarma answers the
 * invoice it already made instead of a second one. The prepaid payment is written to the cache
 * (with the outbox key, the invoiceGUID and whether the pay link went out) before the request
 * is sent and again before the outbox records the entry as sent. A replay first looks in the
 * cache: a payment whose link went out is the answer without sending anything; one whose link
 * did not go out yet is sent only after searching the invoice's payment requests — one already
 * SENT or VIEWED is taken as sent, so the customer never gets the link twice. A Resend is sent
 * again when replayed (myKaarma reuses the open request; the customer may get the same link
 * twice, never a second request).
 *
 * Payments: paymentId "mykaarma:<siteId>:<dealerOrderUuid>", storeId the site, provider
 * "mykaarma", providerStatus the order's orderStatus (open, invoiced, closed), providerReference
 * the orderNumber; providerData keeps dealerOrderUuid, invoiceGUID, paymentRequestUuid,
 * paymentRequestStatus, paid, paidOnline, paidInKaarma, paymentRequestSent, suspicious,
 * orderAmount and paidAmount (minor units), fees, textSent, emailSent and the last answer's
 * warnings [{code, title, message}]. Status per MyKaarmaRules::statusFor(); a prepayment is
 * paid when its invoice is PAID (or the order is paid); fundsCleared = paid && !suspicious.
 * Orders PayDesk did not begin are listed once something happened on them (a request sent or a
 * payment made). Never a password, card number or customer contact detail in providerData.
 */
class MyKaarmaProvider final : public PaymentProvider
{
    Q_OBJECT

public:
    struct Config
    {
        /// The profile whose keychain entries hold the sites' passwords.
        QString profileName;
        /// Payment::enterpriseId of the payments (the profile's enterprise).
        QString enterpriseId;
        QList<MyKaarmaSite> sites;
        /// TLS and plain-http rules of the connection (as for Keyloop).
        HttpClient::Options transport;
        MyKaarmaPoller::Options polling;
        /// How far back the listing looks (orderDate).
        int lookbackDays = 30;
        /// The currency of the dealers' amounts (myKaarma serves US dealers).
        QString currency = QStringLiteral("USD");
    };

    /// The sites' passwords from the keychain (the worker's CrossThreadSecretStore) or, for
    /// tests, given directly (site id → password).
    MyKaarmaProvider(Config config, PaymentStore& store, Scheduler& scheduler, SiteSecrets passwords,
                     QObject* parent = nullptr);
    ~MyKaarmaProvider() override;

    QString id() const override { return ProviderId::myKaarma(); }
    std::vector<std::unique_ptr<PaymentSource>> takeSources() override;
    void sendAction(const OutboxEntry& entry, QObject* context, ActionCallback callback) override;
    void fetchPayment(const Payment& cached, QObject* context, PaymentCallback callback) override;
    void query(ProviderQuery query, const QString& storeId, const QJsonObject& params, QObject* context,
               QueryCallback callback) override;
    void setWatched(const QStringList& paymentIds) override;

    MyKaarmaClient* client(const QString& siteId) const;
    HttpClient& http() const { return *m_http; }
    MyKaarmaPoller* poller() const { return m_pollerView; }

    /// "mykaarma:<siteId>:<dealerOrderUuid>".
    static QString paymentIdOf(const QString& siteId, const QString& dealerOrderUuid);
    /// The invoiceGUID of an outbox entry's prepayment (a UUID v5 of the key; the same on every replay).
    static QString invoiceGuidFor(const QString& outboxKey);
    /// The prepayment body sent for an Initiate payload (amounts as exact decimals).
    static Result<QJsonObject, ApiError> prepaymentBody(const QJsonObject& payload,
                                                        const QString& invoiceGuid, const QString& currency);

    /**
     * `base` updated from one entry of the dealer-orders list ({paymentDealerOrderDTO,
     * standardOrderDTO, invoices[]}); version and updatedAt move on only when something changed,
     * with a timeline step for a new status. A change is dated with myKaarma's own time of it, not
     * with when PayDesk saw it: the order's `dealerOrderSyncDate` (else its `orderDate`) when that
     * is later than the change PayDesk recorded last (or the order is new to PayDesk), at most
     * `now`; `now` when there is no such time or it is not UTC ISO 8601 (MyKaarmaClient::timeOf()).
     * createdAt is the order's `orderDate`. A Parse error for an amount that is not exact.
     */
    static Result<Payment, ApiError> merged(Payment base, const QJsonObject& entry, const QString& currency,
                                            const QDateTime& now);
    /// A new prepayment's payment from the Initiate payload and the prepayment answer.
    static Result<Payment, ApiError> prepaid(const QString& enterpriseId, const QString& siteId,
                                             const QJsonObject& payload, const QJsonObject& answer,
                                             const QString& outboxKey, const QString& currency,
                                             const QDateTime& now);

private:
    void listPage(const QString& siteId, int pageNumber, int pageSize, QObject* context,
                  MyKaarmaPoller::PageDone done);
    /// The order of `paymentId` fetched through the filter, merged, written, answered.
    void refresh(const QString& paymentId, QObject* context, PaymentCallback callback);
    void initiate(const OutboxEntry& entry, MyKaarmaClient& client, QObject* context,
                  ActionCallback callback);
    /// Sends the pay link of the cached prepayment `p` (unless a search shows it went out).
    void sendLink(Payment p, const QJsonObject& flags, bool checkFirst, MyKaarmaClient& client,
                  QObject* context, ActionCallback callback);
    /// Writes `p` (version moved on) and answers it.
    void write(const Payment& p);
    ApiError noSuchSite(const QString& siteId) const;

    Config m_config;
    PaymentStore& m_store;
    Scheduler& m_scheduler;
    std::unique_ptr<HttpClient> m_http;
    QHash<QString, MyKaarmaClient*> m_clients;
    std::unique_ptr<MyKaarmaPoller> m_poller;
    MyKaarmaPoller* m_pollerView = nullptr;
};

} // namespace paydesk
