#pragma once

#include "SandboxComponent.h"
#include "http/HttpResponse.h"
#include "util/Result.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

#include <optional>

namespace paydesk::sandbox {

class HttpRequest;
class MyKaarmaState;
struct MkInvoice;
struct MkOrder;
struct MkPaymentRequest;
struct MkSubscriber;

/// One entry of the `errors` list: {errorCode, errorTitle, errorMessage, errorDescription}.
struct MkError
{
    int code = 0;
    QString title;
    QString message;
    QString description;

    static MkError nullCredentials();
    static MkError wrongCredential();
    static MkError notAuthorized(const QString& scope);
    static MkError invalidData(const QString& description);
    static MkError invalidDealer(const QString& dealerUuid);
    static MkError invalidDepartment(const QString& departmentUuid);
};

/// One entry of the `warnings` list: {warningCode, warningTitle, warningMessage, warningDescription}.
struct MkWarning
{
    int code = 0;
    QString title;
    QString message;
    QString description;
};

/**
 * myKaarma's payments API, emulated under `/mykaarma` (base URL `<sandbox>/mykaarma`; the real
 * one is `https://api.mykaarma.com`, paths start with `/payment`). See sandbox/README.md,
 * "myKaarma", for every choice where the public documents stop.
 *
 * - HTTP Basic with a ServiceSubscriber's username and password on every call; each endpoint
 *   needs an ApiScope, at the subscriber's dealer level or per department.
 * - `POST /payment/kpayment/v1/prepayment` (payment.prepayment)
 * - `POST /payment/v3/department/{departmentUuid}/url` (payment.all) — pay by link; its errors
 *   are a single `error` object {errorCode (a string), errorDescription}
 * - `POST /payment/v4/departments/{departmentUuid}/payment-requests` (payment.paymentrequest.write)
 * - `GET  /payment/v4/departments/{departmentUuid}/payment-requests` (payment.paymentrequest.read)
 * - `GET  /payment/v2/payment-requests/{guid}` (payment.payisland) — a payment request's details
 * - `POST /payment/v2/departments/{departmentUuid}/dealer-orders/filter` (payment.paymentdealerorder.read)
 *
 * All others answer errors as `{"errors":[…],"warnings":[…]}`. A missing scope answers JSON 403
 * (100004 REQUEST_NOT_AUTHORIZED) on prepayment, payment requests and the dealer-order filter,
 * and **HTTP 200 with an HTML login page** on the pay-by-link URL and the payment request
 * details, as integrators report. Amounts are JSON numbers read from their text, exactly.
 *
 * Fault switches use the route names `mykaarma.<endpoint>`.
 */
class MyKaarmaApi : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    MyKaarmaApi(Sandbox& sandbox, MyKaarmaState& state, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("mykaarma.api"); }

    /// Everything is mounted under this prefix ("/mykaarma").
    static QString mountPath() { return QStringLiteral("/mykaarma"); }

    /// JSON with every number kept as its text: parses `body`, numbers come back as strings
    /// that numberText() recognises. Nothing on malformed JSON or a non-object.
    static std::optional<QJsonObject> parseKeepingNumbers(const QByteArray& body);
    /// The text of a number from parseKeepingNumbers(); nothing for any other value.
    static std::optional<QString> numberText(const QJsonValue& value);
    /// A JSON number's text as cents: exact, at most two decimals, 0 … 99,999,999.99.
    static Result<qint64, QString> centsOf(const QString& numberText);
    /// Cents as a JSON number in dollars (Money::toJsonNumber).
    static QJsonValue money(qint64 cents);
    /// "2025-03-28T11:34:46.582Z".
    static QJsonValue timeJson(const QDateTime& time);

    static HttpResponse errors(int status, const QList<MkError>& errors,
                               const QList<MkWarning>& warnings = {});
    /// The pay-by-link endpoint's shape: {"error":{"errorCode":"100006","errorDescription":…}}.
    static HttpResponse singleError(int status, const MkError& error);
    /// What a missing scope gets on some routes: a 200 HTML login page.
    static HttpResponse loginPage();

    QJsonObject orderJson(const MkOrder& order) const;
    QJsonObject standardOrderJson(const MkOrder& order) const;
    QJsonObject invoiceJson(const MkInvoice& invoice, bool withOrder) const;
    QJsonObject paymentRequestJson(const MkPaymentRequest& request) const;
    QString payLink(const QString& paymentRequestGuid) const;
    QString invoiceLink(const QString& invoiceGuid) const;

private:
    enum class ScopeAnswer
    {
        Json403,
        HtmlLogin,
    };
    enum class ErrorShape
    {
        List,
        Single,
    };
    struct Call
    {
        const MkSubscriber* subscriber = nullptr;
        QString departmentUuid;
    };
    using Handler = HttpResponse (MyKaarmaApi::*)(HttpRequest&, Call&);

    void addEndpoint(QHttpServerRequest::Method method, const QString& path, const QString& routeName,
                     const QString& scope, bool departmentScope, ScopeAnswer missingScope, ErrorShape shape,
                     Handler handler);
    std::optional<HttpResponse> authenticate(HttpRequest& request, Call& call, const QString& scope,
                                             bool departmentScope, ScopeAnswer missingScope,
                                             ErrorShape shape);

    HttpResponse prepayment(HttpRequest& request, Call& call);
    HttpResponse paymentUrl(HttpRequest& request, Call& call);
    HttpResponse sendPaymentRequest(HttpRequest& request, Call& call);
    HttpResponse searchPaymentRequests(HttpRequest& request, Call& call);
    HttpResponse paymentRequestDetails(HttpRequest& request, Call& call);
    HttpResponse filterDealerOrders(HttpRequest& request, Call& call);

    Sandbox& m_sandbox;
    MyKaarmaState& m_state;
};

} // namespace paydesk::sandbox
