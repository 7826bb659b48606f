#pragma once

#include "SandboxComponent.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class QTimer;

namespace paydesk {
class Clock;
}

namespace paydesk::sandbox {

class Sandbox;

/// The API scopes the emulation knows (docs.mykaarma.com, "ApiScope" of each endpoint).
namespace MkScope {
inline const QString prepayment = QStringLiteral("payment.prepayment");
inline const QString paymentUrl = QStringLiteral("payment.all");
inline const QString paymentRequestWrite = QStringLiteral("payment.paymentrequest.write");
inline const QString paymentRequestRead = QStringLiteral("payment.paymentrequest.read");
inline const QString payIsland = QStringLiteral("payment.payisland");
inline const QString dealerOrderRead = QStringLiteral("payment.paymentdealerorder.read");
} // namespace MkScope

/// A ServiceSubscriber: HTTP Basic credentials and the scopes granted to it. Scopes of
/// "ServiceSubscriberScope" level are granted for the subscriber's dealers; "DepartmentScope"
/// ones per department.
struct MkSubscriber
{
    QString username;
    QString password;
    QSet<QString> dealerUuids;
    QSet<QString> subscriberScopes;
    QHash<QString, QSet<QString>> departmentScopes;

    bool hasDepartmentScope(const QString& departmentUuid, const QString& scope) const
    {
        return departmentScopes.value(departmentUuid).contains(scope);
    }
};

struct MkDealer
{
    QString dealerUuid;
    QString name;
};

struct MkDepartment
{
    QString departmentUuid;
    QString dealerUuid;
    QString name;
    /// SERVICE, PARTS, SALES.
    QString type = QStringLiteral("SERVICE");
    /// Surcharge on credit cards in basis points (300 = 3.00 %), when feeRequest asks for it.
    int surchargeBasisPoints = 300;
    /// myKaarma's application fee in basis points of the amount (the dealer's cost).
    int applicationFeeBasisPoints = 100;
};

/// A customer of a dealer. Contact details are only used to "send" payment requests; they are
/// never logged and never appear in an API answer (the documented DTOs carry names only).
struct MkCustomer
{
    QString customerUuid;
    QString dealerUuid;
    QString customerKey;
    QString firstName;
    QString middleName;
    QString lastName;
    QString company;
    QString phone;
    QString email;
    bool okToText = true;
    bool okToEmail = true;
};

/// What feeRequest asked for, kept with the invoice so the pay page charges the same.
struct MkFeeRequest
{
    bool fetchSurcharge = false;
    bool fetchApplicationFee = false;
    QString tenderType;
    QString cardType;
    QString transactionDepartment;
    QString paymentType;
};

/// The fees of an amount (cents).
struct MkFees
{
    qint64 surcharge = 0;
    qint64 applicationFee = 0;
    int surchargeBasisPoints = 0;
    int applicationFeeBasisPoints = 0;
};

struct MkTransaction
{
    qint64 id = 0;
    /// SALE (a payment) or AUTH.
    QString shortCode = QStringLiteral("SALE");
    qint64 amount = 0;
    qint64 surcharge = 0;
    QString cardBrand;
    QString last4;
    QString reference;
    QDateTime at;
    bool online = true;
};

struct MkInvoice
{
    qint64 id = 0;
    QString guid;
    QString dealerOrderUuid;
    qint64 amount = 0;
    QString description;
    /// OPEN, PAID.
    QString status = QStringLiteral("OPEN");
    QDateTime invoiceDate;
    QDateTime paidDate;
    qint64 refundedAmount = 0;
    MkFeeRequest fee;
    QString orderType;
    QJsonObject attributes;
    QList<MkTransaction> transactions;
    /// The prepayment body's canonical text, for repeats with the same invoiceGUID.
    QByteArray requestFingerprint;

    qint64 paidAmount() const
    {
        qint64 sum = 0;
        for (const MkTransaction& t : transactions)
            sum += t.amount;
        return sum;
    }
};

struct MkPaymentRequest
{
    enum class Status
    {
        Created,
        Sent,
        Viewed,
        Paid,
        Failed,
        Expired,
    };

    qint64 id = 0;
    qint64 version = 0;
    QString guid;
    QString invoiceGuid;
    QString departmentUuid;
    qint64 amount = 0;
    QString currency = QStringLiteral("USD");
    QDateTime createdAt;
    QDateTime finishedAt;
    /// API (v4 payment request), URL (v3 pay-by-link).
    QString source = QStringLiteral("API");
    QString sourceInfo;
    Status status = Status::Created;
    qint64 ttlMs = 0;
    /// SALE or AUTH (v3 paymentDetails.paymentType auth|sale).
    QString paymentType = QStringLiteral("SALE");
    QString description;
    QString webHookUrl;
    QString clientSideRedirectUrl;
    QString orderRef;
    bool sentAsText = false;
    bool sentAsEmail = false;
    int failedAttempts = 0;
    int maxAttempts = 3;

    bool isOpen() const
    {
        return status == Status::Created || status == Status::Sent || status == Status::Viewed;
    }
    QDateTime expiresAt() const { return ttlMs > 0 ? createdAt.addMSecs(ttlMs) : QDateTime(); }
    static QString statusName(Status status);
};

struct MkOrder
{
    qint64 id = 0;
    QString dealerOrderUuid;
    QString dealerUuid;
    QString departmentUuid;
    QString orderNumber;
    /// RO (repair order) or PO (parts order).
    QString orderType = QStringLiteral("RO");
    /// open, invoiced, closed.
    QString orderStatus = QStringLiteral("open");
    QDateTime orderDate;
    QDateTime syncDate;
    QString description;
    qint64 amount = 0;
    qint64 paidAmount = 0;
    QString customerUuid;
    QString dealerAssociateUuid;
    QString vehicle;
    QStringList invoiceGuids;
    bool paidInKaarma = false;
    bool suspicious = false;
    bool paid = false;
    bool paymentRequestSent = false;
    bool paidOnline = false;
};

/// The result of a successful prepayment.
struct MkPrepaymentResult
{
    QString dealerOrderUuid;
    QString invoiceGuid;
    bool created = true;
};

/**
 * The myKaarma emulation's data: service subscribers and their scopes, dealers, departments,
 * customers, dealer orders, invoices, payment requests and their payments.
 *
 * ```
 * payment request: CREATED (pay-by-link without sending) / SENT ──(customer opens)──▶ VIEWED
 *     ──(card accepted)──▶ PAID        ──(card declined maxAttempts times)──▶ FAILED
 *     ──(ttl passes while open)──▶ EXPIRED
 * ```
 *
 * A payment adds a transaction to the invoice, the invoice becomes PAID, and the dealer order
 * takes the amount: paidAmount, paid (paidAmount ≥ amount), paidOnline, paidInKaarma;
 * suspicious when more than the order's amount was paid. Every change of an order moves its
 * dealerOrderSyncDate. In memory only. Expiry is checked lazily and by a one-second timer.
 */
class MyKaarmaState : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    MyKaarmaState(Sandbox& sandbox, Clock& clock, QObject* parent = nullptr);
    ~MyKaarmaState() override;

    QString name() const override { return QStringLiteral("mykaarma.state"); }
    void start() override;
    void stop() override;

    void addSubscriber(const MkSubscriber& subscriber);
    void addDealer(const MkDealer& dealer);
    void addDepartment(const MkDepartment& department);
    void addCustomer(const MkCustomer& customer);

    const MkSubscriber* subscriber(const QString& username) const;
    const MkDealer* dealer(const QString& dealerUuid) const;
    const MkDepartment* department(const QString& departmentUuid) const;
    const MkCustomer* customer(const QString& customerUuid) const;
    QList<MkDepartment> departments() const { return m_departments.values(); }
    QList<MkCustomer> customers() const { return m_customers.values(); }

    const MkOrder* order(const QString& dealerOrderUuid) const;
    const MkOrder* orderByNumber(const QString& dealerUuid, const QString& orderNumber) const;
    QList<MkOrder> orders() const { return m_orders.values(); }
    int orderCount() const { return int(m_orders.size()); }
    const MkInvoice* invoice(const QString& guid) const;
    const MkPaymentRequest* paymentRequest(const QString& guid);
    QList<MkPaymentRequest> paymentRequests() const { return m_requests.values(); }
    QList<MkPaymentRequest> paymentRequestsOfInvoice(const QString& invoiceGuid) const;

    /// The fees of `amount` cents for a feeRequest in a department (none unless asked for).
    static MkFees fees(qint64 amount, const MkFeeRequest& request, const MkDepartment& department);

    /// A new dealer order (uuid, id and sync date are set here unless given). Returns its uuid.
    QString insertOrder(MkOrder order);
    /// A new invoice on an order (guid made unless given). Returns its guid.
    QString insertInvoice(MkInvoice invoice);
    /// For seeding: stores a payment request as given (guid and id made unless given), without
    /// signals. Returns its guid.
    QString insertPaymentRequest(MkPaymentRequest request);
    /// For seeding: a payment already taken on an invoice (order and invoice updated, no signals).
    void insertTransaction(const QString& invoiceGuid, MkTransaction transaction);

    /**
     * Prepayment: the invoice `invoice.guid` (made when empty) on the dealer order given by
     * uuid or number (created when neither finds one, with `order`'s fields). The same guid
     * again with the same fingerprint answers the same result (created = false); with another
     * fingerprint it is refused.
     */
    Result<MkPrepaymentResult, QString> prepayment(MkOrder order, MkInvoice invoice);

    /**
     * A payment request for an open invoice (`request.invoiceGuid`): the open one is reused
     * (and re-sent) when there is one, else a new one is made. Marks the order
     * paymentRequestSent when it is sent. Returns its guid.
     */
    Result<QString, QString> requestPayment(MkPaymentRequest request, bool sendAsText, bool sendAsEmail,
                                            bool* textSent, bool* emailSent);

    /// The customer opened the pay page: SENT / CREATED → VIEWED.
    void viewed(const QString& guid);
    /// The card was accepted: the invoice is paid with `amount` + `surcharge`.
    Result<Done, QString> pay(const QString& guid, const QString& brand, const QString& last4,
                              qint64 surcharge);
    /// The card was declined; after maxAttempts declines the request is FAILED.
    Result<Done, QString> decline(const QString& guid);
    /// Payment taken at the counter (demo): the order is paid (not online) and closed.
    void paidInStore(const QString& dealerOrderUuid);
    /// The order is marked suspicious (demo, tests).
    void markSuspicious(const QString& dealerOrderUuid);

    void expireDue();
    Clock& clock() const { return m_clock; }
    /// A fresh lower-case UUID from the state's generator (deterministic for a random seed).
    QString newUuid();

Q_SIGNALS:
    void orderChanged(const QString& dealerOrderUuid);
    /// Emitted once when a payment request becomes PAID, FAILED or EXPIRED.
    void paymentRequestFinal(const QString& guid, const QString& status);

private:
    MkOrder* findOrder(const QString& uuid);
    MkInvoice* findInvoice(const QString& guid);
    MkPaymentRequest* findRequest(const QString& guid);
    void touch(MkOrder& order);
    void finish(MkPaymentRequest& request, MkPaymentRequest::Status status);

    Sandbox& m_sandbox;
    Clock& m_clock;
    QHash<QString, MkSubscriber> m_subscribers;
    QHash<QString, MkDealer> m_dealers;
    QHash<QString, MkDepartment> m_departments;
    QHash<QString, MkCustomer> m_customers;
    QHash<QString, MkOrder> m_orders;
    QHash<QString, MkInvoice> m_invoices;
    QHash<QString, MkPaymentRequest> m_requests;
    QRandomGenerator m_random;
    qint64 m_nextId = 1000;
    QTimer* m_expiryTimer = nullptr;
};

} // namespace paydesk::sandbox
