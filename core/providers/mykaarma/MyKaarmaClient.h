#pragma once

#include "MyKaarmaSite.h"
#include "api/ApiError.h"
#include "money/Money.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace paydesk {

class HttpClient;
class SecretStore;

/**
 * myKaarma's payments API (kpayment) for ONE site: a ServiceSubscriber's username and password
 * (HTTP Basic) and the dealerUuid / departmentUuid every call needs (API-NOTES "myKaarma",
 * seed 003, docs.mykaarma.com "Payments API"). Paths below the site's base URL:
 *
 * | call                 | method and path                                               | ApiScope |
 * |----------------------|---------------------------------------------------------------|---------------------------------|
 * | prepayment()         | POST /payment/kpayment/v1/prepayment                          | payment.prepayment
 * | | paymentUrl()         | POST /payment/v3/department/{departmentUuid}/url              | payment.all | |
 * sendPaymentRequest() | POST /payment/v4/departments/{departmentUuid}/payment-requests |
 * payment.paymentrequest.write    | | searchPaymentRequests() | GET
 * /payment/v4/departments/{departmentUuid}/payment-requests?invoiceGuid= | payment.paymentrequest.read | |
 * paymentRequest()     | GET  /payment/v2/payment-requests/{guid}                      | payment.payisland |
 * | dealerOrders()       | POST /payment/v2/departments/{departmentUuid}/dealer-orders/filter |
 * payment.paymentdealerorder.read |
 *
 * **Answers.** Bodies are JSON objects. Every JSON number in an answer is kept as its exact
 * text (never a double): in the object the callback gets, a number is a string beginning with
 * kNumberMark; read amounts with amountOf() (exact minor units, Money::parse's rule: more
 * decimals than the currency has are refused unless they are zeros) and whole numbers with
 * integerOf(). Warnings (`warnings`) are part of a successful answer: warningsOf() reads both
 * shapes.
 *
 * **Failures** (all typed ApiErrors, never a crash):
 * - the `errors` list (`errorCode`, `errorTitle`, `errorMessage`, `errorDescription`) — on a
 *   4xx, or on a 200 that carries one — is Kind::Refused with `code` = the first errorCode and
 *   the message naming myKaarma's words; never retried;
 * - the single `error` object (`errorCode`, `errorDescription`) of the pay-by-link endpoint,
 *   the same way;
 * - an HTML page (a 200 with myKaarma's login page is how a missing API scope is reported on
 *   some routes) is Kind::Refused, `code` kMissingScope and `field` the scope the endpoint
 *   needs, named in the message;
 * - 5xx and 429 are Kind::Http (retryable; reads are retried by the HttpClient, writes are
 *   sent once per call and replayed by the outbox);
 * - JSON that is not an object, an amount that is not an exact decimal: Kind::Parse.
 *
 * The password is read from the keychain on first use (BoundSecret under the site's key, bound
 * to the origin of the base URL: it is never sent anywhere else) and kept in memory.
 */
class MyKaarmaClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<QJsonObject, ApiError>)>;

    /// `code` of the error made from an HTML answer (the scope is in ApiError::field).
    static constexpr const char* kMissingScope = "MISSING_SCOPE";
    /// The first character of a number's text in an answer.
    static constexpr char16_t kNumberMark = u'\u001F';

    /// The documented API scopes.
    struct Scope
    {
        static QString prepayment() { return QStringLiteral("payment.prepayment"); }
        static QString paymentUrl() { return QStringLiteral("payment.all"); }
        static QString paymentRequestWrite() { return QStringLiteral("payment.paymentrequest.write"); }
        static QString paymentRequestRead() { return QStringLiteral("payment.paymentrequest.read"); }
        static QString payIsland() { return QStringLiteral("payment.payisland"); }
        static QString dealerOrderRead() { return QStringLiteral("payment.paymentdealerorder.read"); }
    };

    /// The dealer-orders filter's body fields PayDesk uses.
    struct OrderFilter
    {
        /// yyyy-MM-dd, inclusive; empty = not sent.
        QString startDate;
        QString endDate;
        /// e.g. open, invoiced, closed; empty = all.
        QStringList orderStatus;
        QStringList dealerOrderUuids;
        QString exactOrderNumber;
        /// Zero-based (pages to skip, as the orders API documents pageNo).
        int pageNumber = 0;
        int pageSize = 100;
    };

    /// With the password at hand (tests, the sandbox's own tools).
    MyKaarmaClient(HttpClient& http, MyKaarmaSite site, QByteArray password, QObject* parent = nullptr);
    /// The password is read from `secrets` under `secretKey` on first use; `secrets` must outlive
    /// the client and live on its thread (or be a CrossThreadSecretStore).
    MyKaarmaClient(HttpClient& http, MyKaarmaSite site, SecretStore& secrets, QString secretKey,
                   QObject* parent = nullptr);
    ~MyKaarmaClient() override;

    const MyKaarmaSite& site() const { return m_site; }

    /**
     * POST /payment/kpayment/v1/prepayment with `body` in the seed's fields (customerUuid,
     * orderNumber, invoiceGUID, desc, amount, dealerOrderAmount, dealerOrderUuid, orderType,
     * transactionDetailsList, feeRequest{…}, attributes…). dealerUuid is set to the site's; the
     * deprecated fields (customerID, paymentUserID, originalPaymentUserId, dealerID,
     * signatureType, signatureData, ipAddress, feeRequest.dealerId) are never sent.
     */
    void prepayment(const QJsonObject& body, QObject* context, Callback callback);
    /// POST /payment/v3/department/{departmentUuid}/url: customerIdentifiers, paymentDetails
    /// {amount, currency, paymentType auth|sale, paymentDescription}, ttl (ms), optional
    /// webHookUrl → paymentUrl, invoiceId, customerId.
    void paymentUrl(const QJsonObject& body, QObject* context, Callback callback);
    /// POST /payment/v4/departments/{departmentUuid}/payment-requests: invoiceGuid, sendAsText,
    /// sendAsEmail (…) → paymentLink, invoiceLink, textSent, emailSent.
    void sendPaymentRequest(const QJsonObject& body, QObject* context, Callback callback);
    /// GET the payment request `guid` → paymentRequest{status, amount, ttl, guid, invoice{…,
    /// paymentDealerOrderDTO{…}}}.
    void paymentRequest(const QString& guid, QObject* context, Callback callback);
    /// GET /payment/v4/departments/{departmentUuid}/payment-requests?invoiceGuid= (Search Payment
    /// Requests, payment.paymentrequest.read) → paymentRequests[…].
    void searchPaymentRequests(const QString& invoiceGuid, QObject* context, Callback callback);
    /// POST the dealer-orders filter (dealerUUID is the site's) → mykaarmaDealerOrderList[
    /// {paymentDealerOrderDTO{…}, standardOrderDTO{…}}].
    void dealerOrders(const OrderFilter& filter, QObject* context, Callback callback);

    /// Any call: `path` below the base URL (with its query), `body` for POST.
    void call(const QByteArray& method, const QString& path, const QJsonObject& body, const QString& scope,
              QObject* context, Callback callback);

    /// The path of each endpoint for this site (for tests and the sandbox's routes).
    QString prepaymentPath() const;
    QString paymentUrlPath() const;
    QString paymentRequestsPath() const;
    QString paymentRequestPath(const QString& guid) const;
    QString dealerOrdersPath() const;

    // --- Reading answers --------------------------------------------------------------------
    /// Reads an answer (`httpStatus` as received) of an endpoint needing `scope`.
    static Result<QJsonObject, ApiError> readAnswer(int httpStatus, const QByteArray& body,
                                                    const QByteArray& contentType, const QString& scope);
    /// `json` with every number outside strings turned into a string kNumberMark + its text
    /// (a control character U+001F inside a string becomes U+FFFD first); nothing when the text
    /// holds something that is not a JSON number where a number stands.
    static std::optional<QByteArray> numbersAsText(const QByteArray& json);
    /// The exact text of a number read by numbersAsText(); nothing for any other value.
    static std::optional<QString> numberText(const QJsonValue& value);
    /// The amount at `key` of `object` in major units, exactly, as Money of `currency`.
    /// Missing or null: an invalid Money when `required` is false, else a Parse error.
    static Result<Money, ApiError> amountOf(const QJsonObject& object, const QString& key,
                                            const QString& currency, bool required = true);
    /// A whole number (errorCode, ttl, ids); nothing when absent or not whole.
    static std::optional<qint64> integerOf(const QJsonValue& value);
    /// A value as plain text for people and providerData: a number's text, a string as is.
    static QString textOf(const QJsonValue& value);
    /**
     * A time as myKaarma writes it (`2026-03-10T10:00:00.000Z`: UTC ISO 8601 with a `T`,
     * seconds, an optional fraction and an optional `Z` or offset; without one it is UTC), in UTC.
     * Anything else — a date alone, another format, an impossible date, a number, null — is an
     * invalid QDateTime, which every caller treats as "no time given".
     */
    static QDateTime timeOf(const QJsonValue& value);
    /// The warnings of an answer as {code, title, message} objects (both documented shapes:
    /// warningCode/Title/Message/Description and warningCode/Description), in order.
    static QJsonArray warningsOf(const QJsonObject& answer);
    /// The ApiError of myKaarma's `errors` list or `error` object (Kind::Refused).
    static ApiError refused(int httpStatus, const QJsonObject& firstError);
    /// The ApiError of a request refused before sending.
    static ApiError invalid(const QString& message, const QString& detail, const QString& field = {});
    /// Whether `error` says the subscriber's credentials or scopes do not allow the call
    /// (401, 403, the HTML login page, a credential or scope errorCode, no password here).
    static bool isAccessProblem(const ApiError& error);

private:
    void withPassword(QObject* context, std::function<void(Result<QByteArray, ApiError>)> then);
    QUrl urlOf(const QString& path) const;

    HttpClient& m_http;
    MyKaarmaSite m_site;
    SecretStore* m_secrets = nullptr;
    QString m_secretKey;
    std::optional<QByteArray> m_password;
};

} // namespace paydesk
