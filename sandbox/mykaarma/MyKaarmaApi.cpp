#include "MyKaarmaApi.h"

#include "MyKaarmaState.h"
#include "Sandbox.h"
#include "SandboxLogging.h"
#include "http/HttpServer.h"
#include "money/Money.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

/// Numbers are rewritten to strings that start with this (a private-use character, then '#').
const QString kNumberMark = QString(QChar(0xE000)) + u'#';
constexpr qint64 kMaxCents = 9'999'999'999LL; // $99,999,999.99
constexpr int kMaxString = 255;
constexpr qint64 kDefaultTtlMs = 7LL * 24 * 3600 * 1000;
constexpr qint64 kMaxTtlMs = 30LL * 24 * 3600 * 1000;
constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 500;

const QStringList kDeprecated = {u"customerID"_s, u"paymentUserID"_s, u"originalPaymentUserId"_s,
                                 u"dealerID"_s,   u"signatureType"_s, u"signatureData"_s,
                                 u"ipAddress"_s};
const QStringList kOrderTypes = {u"RO"_s, u"PO"_s};
const QStringList kTenderTypes = {u"CREDIT"_s, u"DEBIT"_s, u"ACH"_s};
const QStringList kCardTypes = {u"VISA"_s, u"MASTERCARD"_s, u"AMEX"_s, u"DISCOVER"_s};
const QStringList kDepartments = {u"SERVICE"_s, u"PARTS"_s, u"SALES"_s};
const QStringList kPaymentTypes = {u"ONLINE"_s, u"IN_STORE"_s};
const QStringList kOrderStatuses = {u"open"_s, u"invoiced"_s, u"closed"_s};

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    // Compare keyed hashes: equal length, and no early exit on the first differing byte.
    const QByteArray key = "mykaarma-sandbox";
    const QByteArray ha = QMessageAuthenticationCode::hash(a, key, QCryptographicHash::Sha256);
    const QByteArray hb = QMessageAuthenticationCode::hash(b, key, QCryptographicHash::Sha256);
    int diff = 0;
    for (int i = 0; i < ha.size(); ++i)
        diff |= ha[i] ^ hb[i];
    return diff == 0;
}

/// Reads typed fields of one request body and collects what is wrong with them.
class Fields
{
public:
    explicit Fields(QJsonObject object, QString prefix = QString())
        : m_o(std::move(object))
        , m_prefix(std::move(prefix))
    {
    }

    bool has(const QString& key) const { return m_o.contains(key) && !m_o.value(key).isNull(); }

    QString string(const QString& key, bool required = false, int maxLength = kMaxString)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(u"%1 is required"_s.arg(name(key)));
            return QString();
        }
        if (!v.isString() || MyKaarmaApi::numberText(v)) {
            problem(u"%1 must be a string"_s.arg(name(key)));
            return QString();
        }
        const QString s = v.toString();
        if (required && s.trimmed().isEmpty())
            problem(u"%1 is required"_s.arg(name(key)));
        if (s.size() > maxLength)
            problem(u"%1 is longer than %2 characters"_s.arg(name(key)).arg(maxLength));
        return s;
    }

    std::optional<qint64> amount(const QString& key, bool required, bool allowZero)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(u"%1 is required"_s.arg(name(key)));
            return std::nullopt;
        }
        const auto text = MyKaarmaApi::numberText(v);
        if (!text) {
            problem(u"%1 must be a number"_s.arg(name(key)));
            return std::nullopt;
        }
        auto cents = MyKaarmaApi::centsOf(*text);
        if (!cents) {
            problem(u"%1 %2"_s.arg(name(key), cents.error()));
            return std::nullopt;
        }
        if (!allowZero && cents.value() == 0) {
            problem(u"%1 must be greater than 0"_s.arg(name(key)));
            return std::nullopt;
        }
        return cents.value();
    }

    std::optional<qint64> integer(const QString& key, qint64 min, qint64 max)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const auto text = MyKaarmaApi::numberText(v);
        static const QRegularExpression whole(u"^-?[0-9]{1,18}$"_s);
        if (!text || !whole.match(*text).hasMatch()) {
            problem(u"%1 must be a whole number"_s.arg(name(key)));
            return std::nullopt;
        }
        const qint64 n = text->toLongLong();
        if (n < min || n > max) {
            problem(u"%1 must be between %2 and %3"_s.arg(name(key)).arg(min).arg(max));
            return std::nullopt;
        }
        return n;
    }

    /// A whole number sent as a string ("0") or a number (the filter's pageNumber / pageSize).
    std::optional<qint64> integerText(const QString& key, qint64 min, qint64 max)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        QString text;
        if (const auto n = MyKaarmaApi::numberText(v))
            text = *n;
        else if (v.isString())
            text = v.toString().trimmed();
        static const QRegularExpression whole(u"^[0-9]{1,9}$"_s);
        if (!whole.match(text).hasMatch() || text.toLongLong() < min || text.toLongLong() > max) {
            problem(u"%1 must be a whole number from %2 to %3"_s.arg(name(key)).arg(min).arg(max));
            return std::nullopt;
        }
        return text.toLongLong();
    }

    bool boolean(const QString& key, bool fallback)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            problem(u"%1 must be true or false"_s.arg(name(key)));
            return fallback;
        }
        return v.toBool();
    }

    QString oneOf(const QString& key, const QStringList& allowed, bool required = false)
    {
        const QString v = string(key, required);
        if (!v.isEmpty() && !allowed.contains(v))
            problem(u"%1 must be one of %2"_s.arg(name(key), allowed.join(u", "_s)));
        return allowed.contains(v) ? v : QString();
    }

    QJsonObject object(const QString& key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return QJsonObject();
        if (!v.isObject())
            problem(u"%1 must be an object"_s.arg(name(key)));
        return v.toObject();
    }

    QJsonArray array(const QString& key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return QJsonArray();
        if (!v.isArray())
            problem(u"%1 must be a list"_s.arg(name(key)));
        return v.toArray();
    }

    QStringList strings(const QString& key)
    {
        QStringList out;
        for (const QJsonValue& v : array(key)) {
            if (!v.isString() || MyKaarmaApi::numberText(v))
                problem(u"%1 must be a list of strings"_s.arg(name(key)));
            else
                out << v.toString();
        }
        return out;
    }

    QString url(const QString& key)
    {
        const QString v = string(key, false, 2048);
        if (v.isEmpty())
            return v;
        const QUrl u(v, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"http"_s && u.scheme() != u"https"_s) || u.host().isEmpty())
            problem(u"%1 must be an absolute http(s) URL"_s.arg(name(key)));
        return v;
    }

    void problem(const QString& text)
    {
        if (!m_problems.contains(text))
            m_problems << text;
    }
    void take(Fields& nested)
    {
        for (const QString& p : std::as_const(nested.m_problems))
            problem(p);
    }
    bool failed() const { return !m_problems.isEmpty(); }
    QStringList problems() const { return m_problems; }
    const QJsonObject& raw() const { return m_o; }

private:
    QString name(const QString& key) const { return m_prefix.isEmpty() ? key : m_prefix + u'.' + key; }

    QJsonObject m_o;
    QString m_prefix;
    QStringList m_problems;
};

QList<MkError> invalid(const QStringList& problems)
{
    QList<MkError> out;
    for (const QString& p : problems)
        out << MkError::invalidData(p);
    return out;
}

QJsonObject errorJson(const MkError& e)
{
    return QJsonObject{{u"errorCode"_s, e.code},
                       {u"errorTitle"_s, e.title},
                       {u"errorMessage"_s, e.message},
                       {u"errorDescription"_s, e.description}};
}

QJsonObject warningJson(const MkWarning& w)
{
    return QJsonObject{{u"warningCode"_s, w.code},
                       {u"warningTitle"_s, w.title},
                       {u"warningMessage"_s, w.message},
                       {u"warningDescription"_s, w.description}};
}

QString canonical(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// "2026-03-10" (the whole day) or an ISO date-time; the end of a date-only range is inclusive.
std::optional<QDateTime> parseDate(const QString& text, bool endOfDay)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid() && text.size() == 10)
        return endOfDay ? QDateTime(d.addDays(1), QTime(0, 0), Qt::UTC).addMSecs(-1)
                        : QDateTime(d, QTime(0, 0), Qt::UTC);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

} // namespace

// ---- error entries ------------------------------------------------------------------------

MkError MkError::nullCredentials()
{
    return {100001, u"NULL_CREDENTIALS"_s, u"Auth credentials are empty or null"_s,
            u"Send an Authorization: Basic header with the ServiceSubscriber's username and password"_s};
}

MkError MkError::wrongCredential()
{
    return {100003, u"WRONG_CREDENTIAL"_s,
            u"Authorization refused for provided credentials. Wrong username and password."_s,
            u"Authorization refused for provided credentials"_s};
}

MkError MkError::notAuthorized(const QString& scope)
{
    return {100004, u"REQUEST_NOT_AUTHORIZED"_s, u"Authentication passed but Authorization failed."_s,
            u"The ServiceSubscriber does not have the ApiScope %1"_s.arg(scope)};
}

MkError MkError::invalidData(const QString& description)
{
    return {100006, u"INVALID_REQUEST_DATA"_s, u"Incorrect data sent in request"_s, description};
}

MkError MkError::invalidDealer(const QString& dealerUuid)
{
    return {100010, u"INVALID_DEALER_TOKEN"_s, u"Invalid dealer token"_s,
            u"Unknown dealerUuid, or not one of this ServiceSubscriber's dealers: %1"_s.arg(dealerUuid)};
}

MkError MkError::invalidDepartment(const QString& departmentUuid)
{
    return {100013, u"INVALID_DEPARTMENT_TOKEN"_s, u"Invalid department token"_s,
            u"Unknown departmentUuid, or not one of this ServiceSubscriber's departments: %1"_s.arg(
                departmentUuid)};
}

// ---- helpers ------------------------------------------------------------------------------

std::optional<QJsonObject> MyKaarmaApi::parseKeepingNumbers(const QByteArray& body)
{
    static const QRegularExpression number(u"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"_s);
    QByteArray out;
    out.reserve(body.size() + 64);
    bool inString = false;
    const qsizetype n = body.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = body[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < n)
                out += body[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            continue;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype j = i;
            while (j < n && QByteArrayView("0123456789+-.eE").contains(body[j]))
                ++j;
            const QByteArray token = body.mid(i, j - i);
            if (!number.match(QString::fromLatin1(token)).hasMatch())
                return std::nullopt;
            out += "\"\\ue000#" + token + '"';
            i = j - 1;
            continue;
        }
        out += c;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<QString> MyKaarmaApi::numberText(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    const QString s = value.toString();
    if (!s.startsWith(kNumberMark))
        return std::nullopt;
    return s.mid(kNumberMark.size());
}

Result<qint64, QString> MyKaarmaApi::centsOf(const QString& text)
{
    const auto parsed = Money::parse(text, u"USD"_s);
    if (!parsed) {
        if (parsed.error().kind == MoneyError::Kind::TooManyDecimals ||
            parsed.error().kind == MoneyError::Kind::Inexact)
            return fail(u"has more than two decimal places (%1)"_s.arg(text));
        return fail(u"is not an amount (%1)"_s.arg(text));
    }
    const qint64 cents = parsed.value().minorUnits();
    if (cents < 0)
        return fail(u"must not be negative (%1)"_s.arg(text));
    if (cents > kMaxCents)
        return fail(u"is more than 99999999.99 (%1)"_s.arg(text));
    return cents;
}

QJsonValue MyKaarmaApi::money(qint64 cents)
{
    const auto m = Money::fromMinor(cents, u"USD"_s);
    return m ? m->toJsonNumber() : QJsonValue(QJsonValue::Null);
}

QJsonValue MyKaarmaApi::timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s))
                          : QJsonValue(QJsonValue::Null);
}

HttpResponse MyKaarmaApi::errors(int status, const QList<MkError>& errors, const QList<MkWarning>& warnings)
{
    QJsonArray e;
    for (const MkError& x : errors)
        e.append(errorJson(x));
    QJsonArray w;
    for (const MkWarning& x : warnings)
        w.append(warningJson(x));
    return HttpResponse::json(QJsonObject{{u"errors"_s, e}, {u"warnings"_s, w}}, status);
}

HttpResponse MyKaarmaApi::singleError(int status, const MkError& error)
{
    return HttpResponse::json(
        QJsonObject{
            {u"error"_s, QJsonObject{{u"errorCode"_s, QString::number(error.code)},
                                     {u"errorDescription"_s, error.title + u": "_s + error.description}}},
            {u"warnings"_s, QJsonArray()}},
        status);
}

HttpResponse MyKaarmaApi::loginPage()
{
    // What the gateway answers when the subscriber lacks the endpoint's scope on these routes:
    // its sign-in page, with 200. Clients must check the content type before parsing.
    HttpResponse r = HttpResponse::html(
        u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>myKaarma | Login</title>"
        "</head><body><main><h1>Sign in to myKaarma</h1><form method=\"post\" action=\"/login\">"
        "<label>Username <input name=\"username\" autocomplete=\"username\"></label>"
        "<label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\">"
        "</label><button type=\"submit\">Sign in</button></form></main></body></html>"_s,
        200);
    r.withHeader("Cache-Control", "no-store");
    r.withHeader("X-Frame-Options", "DENY");
    return r;
}

QString MyKaarmaApi::payLink(const QString& guid) const
{
    return m_sandbox.baseUrl().toString() + mountPath() + u"/payisland/"_s + guid;
}

QString MyKaarmaApi::invoiceLink(const QString& invoiceGuid) const
{
    return m_sandbox.baseUrl().toString() + mountPath() + u"/invoice/"_s + invoiceGuid;
}

QJsonObject MyKaarmaApi::orderJson(const MkOrder& o) const
{
    const MkDealer* dealer = m_state.dealer(o.dealerUuid);
    const MkCustomer* c = m_state.customer(o.customerUuid);
    return QJsonObject{
        {u"orderNumber"_s, o.orderNumber},
        {u"orderType"_s, o.orderType},
        {u"orderDate"_s, timeJson(o.orderDate)},
        {u"paymentDealer"_s,
         QJsonObject{{u"dealerUuid"_s, o.dealerUuid}, {u"name"_s, dealer ? dealer->name : QString()}}},
        {u"paymentCustomer"_s, QJsonObject{{u"customerUuid"_s, o.customerUuid},
                                           {u"firstName"_s, c ? c->firstName : QString()},
                                           {u"middleName"_s, c ? c->middleName : QString()},
                                           {u"lastName"_s, c ? c->lastName : QString()},
                                           {u"company"_s, c ? c->company : QString()}}},
        {u"paymentUser"_s, QJsonObject{{u"id"_s, 0},
                                       {u"dealerAssociateUUID"_s, o.dealerAssociateUuid},
                                       {u"userUUID"_s, o.dealerAssociateUuid},
                                       {u"dealerDepartmentUUID"_s, o.departmentUuid}}},
        {u"signatureRequestId"_s, QJsonValue::Null},
        {u"departmentUuid"_s, o.departmentUuid},
        {u"dealerOrderUuid"_s, o.dealerOrderUuid},
        {u"numberOfInvoices"_s, int(o.invoiceGuids.size())},
        {u"readyROData"_s, QJsonValue::Null},
        {u"paidAmount"_s, money(o.paidAmount)},
        {u"amount"_s, money(o.amount)},
        {u"dealerOrderSyncDate"_s, timeJson(o.syncDate)},
        {u"paidInKaarma"_s, o.paidInKaarma},
        {u"suspicious"_s, o.suspicious},
        {u"paid"_s, o.paid},
        {u"paymentRequestSent"_s, o.paymentRequestSent},
        {u"paidOnline"_s, o.paidOnline},
    };
}

QJsonObject MyKaarmaApi::standardOrderJson(const MkOrder& o) const
{
    return QJsonObject{
        {u"dealerAssociateUuid"_s, o.dealerAssociateUuid},
        {u"dealerUuid"_s, o.dealerUuid},
        {u"dms"_s, u"ADP,0"_s},
        {u"orderNumber"_s, o.orderNumber},
        {u"orderType"_s, o.orderType},
        {u"orderStatus"_s, o.orderStatus},
        {u"orderDate"_s, timeJson(o.orderDate)},
        {u"description"_s, o.description},
        {u"orderAmount"_s, money(o.amount)},
        {u"customerUuid"_s, o.customerUuid},
        {u"departmentUuid"_s, o.departmentUuid},
        {u"dealerOrderUuid"_s, o.dealerOrderUuid},
        {u"vehicle"_s, o.vehicle},
    };
}

QJsonObject MyKaarmaApi::invoiceJson(const MkInvoice& inv, bool withOrder) const
{
    QJsonArray transactions;
    for (const MkTransaction& t : inv.transactions) {
        transactions.append(QJsonObject{
            {u"id"_s, double(t.id)},
            {u"transactionType"_s,
             QJsonObject{{u"id"_s, 1},
                         {u"shortCode"_s, t.shortCode},
                         {u"description"_s, t.online ? u"Online payment"_s : u"Payment at the counter"_s},
                         {u"deposit"_s, 1},
                         {u"fee"_s, 0}}},
            {u"description"_s, u"%1 ending %2"_s.arg(t.cardBrand, t.last4)},
            {u"transDate"_s, timeJson(t.at)},
            {u"transAmount"_s, money(t.amount)},
            {u"surchargeAmount"_s, money(t.surcharge)},
            {u"accountBalance"_s, money(0)},
            {u"transRefNum"_s, t.reference},
            {u"category"_s, t.online ? u"ONLINE"_s : u"IN_STORE"_s},
            {u"source"_s, t.online ? u"PAYISLAND"_s : u"TERMINAL"_s},
            {u"isReconciled"_s, false},
            {u"isSettled"_s, false},
            {u"isVoided"_s, false},
            {u"paymentProvider"_s, u"KPAY"_s},
        });
    }
    QJsonObject out{
        {u"id"_s, double(inv.id)},
        {u"version"_s, double(inv.transactions.size())},
        {u"guid"_s, inv.guid},
        {u"invoiceStatus"_s, inv.status},
        {u"amount"_s, money(inv.amount)},
        {u"invoiceDate"_s, timeJson(inv.invoiceDate)},
        {u"description"_s, inv.description},
        {u"refundedAmount"_s, money(inv.refundedAmount)},
        {u"paidDate"_s, timeJson(inv.paidDate)},
        {u"signatureFileName"_s, QJsonValue::Null},
        {u"transactions"_s, transactions},
    };
    if (withOrder) {
        if (const MkOrder* o = m_state.order(inv.dealerOrderUuid)) {
            out.insert(u"paymentUser"_s, orderJson(*o).value(u"paymentUser"_s));
            out.insert(u"paymentDealerOrderDTO"_s, orderJson(*o));
        }
    }
    return out;
}

QJsonObject MyKaarmaApi::paymentRequestJson(const MkPaymentRequest& r) const
{
    QJsonArray attributes;
    qint64 attr = r.id * 10;
    const auto add = [&](const QString& name, const QString& value) {
        attributes.append(QJsonObject{{u"id"_s, double(++attr)}, {u"name"_s, name}, {u"value"_s, value}});
    };
    add(u"paymentLink"_s, payLink(r.guid));
    add(u"sentAsText"_s, r.sentAsText ? u"true"_s : u"false"_s);
    add(u"sentAsEmail"_s, r.sentAsEmail ? u"true"_s : u"false"_s);
    add(u"failedAttempts"_s, QString::number(r.failedAttempts));
    if (!r.orderRef.isEmpty())
        add(u"orderRef"_s, r.orderRef);
    QJsonObject out{
        {u"id"_s, double(r.id)},
        {u"version"_s, double(r.version)},
        {u"amount"_s, money(r.amount)},
        {u"timeStamp"_s, timeJson(r.createdAt)},
        {u"source"_s, r.source},
        {u"sourceInfo"_s, r.sourceInfo},
        {u"status"_s, MkPaymentRequest::statusName(r.status)},
        {u"ttl"_s, double(r.ttlMs)},
        {u"paymentType"_s, r.paymentType},
        {u"guid"_s, r.guid},
        {u"refundStatus"_s, QJsonValue::Null},
        {u"paymentRequestAttributes"_s, attributes},
    };
    if (const MkInvoice* inv = m_state.invoice(r.invoiceGuid))
        out.insert(u"invoice"_s, invoiceJson(*inv, true));
    return out;
}

// ---- routing and authentication -----------------------------------------------------------

MyKaarmaApi::MyKaarmaApi(Sandbox& sandbox, MyKaarmaState& state, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_state(state)
{
    addEndpoint(Method::Post, u"/payment/kpayment/v1/prepayment"_s, u"mykaarma.prepayment"_s,
                MkScope::prepayment, false, ScopeAnswer::Json403, ErrorShape::List, &MyKaarmaApi::prepayment);
    addEndpoint(Method::Post, u"/payment/v3/department/{departmentUuid}/url"_s, u"mykaarma.url"_s,
                MkScope::paymentUrl, true, ScopeAnswer::HtmlLogin, ErrorShape::Single,
                &MyKaarmaApi::paymentUrl);
    addEndpoint(Method::Post, u"/payment/v4/departments/{departmentUuid}/payment-requests"_s,
                u"mykaarma.paymentrequests.send"_s, MkScope::paymentRequestWrite, true, ScopeAnswer::Json403,
                ErrorShape::List, &MyKaarmaApi::sendPaymentRequest);
    addEndpoint(Method::Get, u"/payment/v4/departments/{departmentUuid}/payment-requests"_s,
                u"mykaarma.paymentrequests.search"_s, MkScope::paymentRequestRead, true, ScopeAnswer::Json403,
                ErrorShape::List, &MyKaarmaApi::searchPaymentRequests);
    addEndpoint(Method::Get, u"/payment/v2/payment-requests/{guid}"_s, u"mykaarma.paymentrequests.details"_s,
                MkScope::payIsland, false, ScopeAnswer::HtmlLogin, ErrorShape::List,
                &MyKaarmaApi::paymentRequestDetails);
    addEndpoint(Method::Post, u"/payment/v2/departments/{departmentUuid}/dealer-orders/filter"_s,
                u"mykaarma.dealerorders.filter"_s, MkScope::dealerOrderRead, true, ScopeAnswer::Json403,
                ErrorShape::List, &MyKaarmaApi::filterDealerOrders);
}

void MyKaarmaApi::addEndpoint(Method method, const QString& path, const QString& routeName,
                              const QString& scope, bool departmentScope, ScopeAnswer missingScope,
                              ErrorShape shape, Handler handler)
{
    m_sandbox.http().addRoute(
        method, mountPath() + path, RouteOptions{routeName, RouteAuth::None, false, true},
        [this, scope, departmentScope, missingScope, shape, handler](HttpRequest& r) {
            Call call;
            if (auto refused = authenticate(r, call, scope, departmentScope, missingScope, shape))
                return *refused;
            m_state.expireDue();
            return (this->*handler)(r, call);
        });
}

std::optional<HttpResponse> MyKaarmaApi::authenticate(HttpRequest& request, Call& call, const QString& scope,
                                                      bool departmentScope, ScopeAnswer missingScope,
                                                      ErrorShape shape)
{
    const auto refuse = [shape](int status, const MkError& e) {
        return shape == ErrorShape::Single ? singleError(status, e) : errors(status, {e});
    };
    const QByteArray header = request.header("Authorization").trimmed();
    QByteArray decoded;
    if (header.size() > 6 && header.first(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const auto b64 =
            QByteArray::fromBase64Encoding(header.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (b64)
            decoded = b64.decoded;
    }
    const qsizetype colon = decoded.indexOf(':');
    const QString username = colon < 0 ? QString() : QString::fromUtf8(decoded.left(colon));
    const QByteArray password = colon < 0 ? QByteArray() : decoded.mid(colon + 1);
    if (username.isEmpty() || password.isEmpty())
        return refuse(401, MkError::nullCredentials());
    const MkSubscriber* s = m_state.subscriber(username);
    // The same answer (and the same work) for an unknown user and a wrong password.
    const bool good = constantTimeEquals(s ? s->password.toUtf8() : QByteArray("\x01unknown"), password);
    if (!s || !good) {
        qCInfo(lcSandbox).noquote() << "mykaarma: refused credentials on" << request.path();
        return refuse(401, MkError::wrongCredential());
    }
    call.subscriber = s;
    if (departmentScope) {
        call.departmentUuid = request.param(u"departmentUuid"_s);
        const MkDepartment* d = m_state.department(call.departmentUuid);
        if (!d || !s->dealerUuids.contains(d->dealerUuid))
            return refuse(401, MkError::invalidDepartment(call.departmentUuid));
        if (!s->hasDepartmentScope(call.departmentUuid, scope)) {
            qCInfo(lcSandbox).noquote() << "mykaarma:" << username << "lacks" << scope << "for department"
                                        << call.departmentUuid.left(8);
            return missingScope == ScopeAnswer::HtmlLogin ? loginPage()
                                                          : refuse(403, MkError::notAuthorized(scope));
        }
    } else if (!s->subscriberScopes.contains(scope)) {
        qCInfo(lcSandbox).noquote() << "mykaarma:" << username << "lacks" << scope;
        return missingScope == ScopeAnswer::HtmlLogin ? loginPage()
                                                      : refuse(403, MkError::notAuthorized(scope));
    }
    return std::nullopt;
}

// ---- endpoints ----------------------------------------------------------------------------

HttpResponse MyKaarmaApi::filterDealerOrders(HttpRequest& request, Call& call)
{
    QStringList problems;
    bool fromRedis = false;
    bool withInvoices = false;
    for (const auto& [key, target] : {std::pair{u"fetchDealerOrderFromRedis"_s, &fromRedis},
                                      std::pair{u"fetchInvoicesAndSignatureRequest"_s, &withInvoices}}) {
        const QString v = request.queryItem(key).toLower();
        if (v.isEmpty())
            problems << u"Required request parameter '%1' for method parameter type boolean is not present"_s
                            .arg(key);
        else if (v != u"true"_s && v != u"false"_s)
            problems << u"%1 must be true or false"_s.arg(key);
        else
            *target = v == u"true"_s;
    }
    Q_UNUSED(fromRedis);
    const auto body = parseKeepingNumbers(request.body());
    if (!body)
        return errors(400, {MkError::invalidData(u"The request body must be a JSON object"_s)});
    Fields f(*body);
    const QStringList uuids = f.strings(u"dealerOrderUuids"_s);
    const QString dealerUuid = f.string(u"dealerUUID"_s);
    const QString start = f.string(u"startDate"_s);
    const QString end = f.string(u"endDate"_s);
    const QString label = f.string(u"orderFilterLabel"_s).toUpper();
    const QString orderType = f.string(u"orderType"_s);
    const QString sortField = f.string(u"sortField"_s);
    const QString sortOrder = f.string(u"sortOrder"_s).toUpper();
    const auto pageNumber = f.integerText(u"pageNumber"_s, 0, 1'000'000);
    const auto pageSize = f.integerText(u"pageSize"_s, 1, kMaxPageSize);
    const QStringList customers = f.strings(u"customerUuidList"_s);
    QStringList statuses = f.strings(u"orderStatus"_s);
    const QString exactNumber = f.string(u"exactOrderNumber"_s);
    problems += f.problems();
    std::optional<QDateTime> from, to;
    if (!start.isEmpty() && !(from = parseDate(start, false)))
        problems << u"startDate must be a date (yyyy-MM-dd) or an ISO 8601 date-time"_s;
    if (!end.isEmpty() && !(to = parseDate(end, true)))
        problems << u"endDate must be a date (yyyy-MM-dd) or an ISO 8601 date-time"_s;
    for (QString& s : statuses) {
        s = s.toLower();
        if (!kOrderStatuses.contains(s))
            problems << u"orderStatus must contain only %1"_s.arg(kOrderStatuses.join(u", "_s));
    }
    static const QStringList sortFields = {u"orderDate"_s, u"orderNumber"_s, u"amount"_s,
                                           u"dealerOrderSyncDate"_s};
    if (!sortField.isEmpty() && !sortFields.contains(sortField))
        problems << u"sortField must be one of %1"_s.arg(sortFields.join(u", "_s));
    if (!sortOrder.isEmpty() && sortOrder != u"ASC"_s && sortOrder != u"DESC"_s)
        problems << u"sortOrder must be ASC or DESC"_s;
    static const QStringList labels = {u"PAID"_s, u"UNPAID"_s, u"PAID_ONLINE"_s, u"PAYMENT_REQUEST_SENT"_s,
                                       u"SUSPICIOUS"_s};
    if (!label.isEmpty() && !labels.contains(label))
        problems << u"orderFilterLabel must be one of %1"_s.arg(labels.join(u", "_s));
    const MkDepartment* dept = m_state.department(call.departmentUuid);
    if (!problems.isEmpty())
        return errors(400, invalid(problems));
    if (!dealerUuid.isEmpty() && dealerUuid != dept->dealerUuid)
        return errors(401, {MkError::invalidDealer(dealerUuid)});

    QList<MkOrder> found;
    for (const MkOrder& o : m_state.orders()) {
        if (o.departmentUuid != call.departmentUuid)
            continue;
        if (!uuids.isEmpty() && !uuids.contains(o.dealerOrderUuid))
            continue;
        if (!customers.isEmpty() && !customers.contains(o.customerUuid))
            continue;
        if (!statuses.isEmpty() && !statuses.contains(o.orderStatus))
            continue;
        if (!orderType.isEmpty() && o.orderType != orderType)
            continue;
        if (!exactNumber.isEmpty() && o.orderNumber != exactNumber)
            continue;
        if ((from && o.orderDate < *from) || (to && o.orderDate > *to))
            continue;
        if ((label == u"PAID"_s && !o.paid) || (label == u"UNPAID"_s && o.paid) ||
            (label == u"PAID_ONLINE"_s && !o.paidOnline) ||
            (label == u"PAYMENT_REQUEST_SENT"_s && !o.paymentRequestSent) ||
            (label == u"SUSPICIOUS"_s && !o.suspicious))
            continue;
        found << o;
    }
    const bool ascending = sortOrder == u"ASC"_s;
    const QString field = sortField.isEmpty() ? u"orderDate"_s : sortField;
    std::sort(found.begin(), found.end(), [&](const MkOrder& a, const MkOrder& b) {
        int c = 0;
        if (field == u"orderNumber"_s)
            c = a.orderNumber.compare(b.orderNumber);
        else if (field == u"amount"_s)
            c = a.amount < b.amount ? -1 : (a.amount > b.amount ? 1 : 0);
        else if (field == u"dealerOrderSyncDate"_s)
            c = a.syncDate < b.syncDate ? -1 : (a.syncDate > b.syncDate ? 1 : 0);
        else
            c = a.orderDate < b.orderDate ? -1 : (a.orderDate > b.orderDate ? 1 : 0);
        if (c == 0)
            c = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
        return ascending ? c < 0 : c > 0;
    });
    const qint64 size = pageSize.value_or(kDefaultPageSize);
    const qint64 first = pageNumber.value_or(0) * size;
    QJsonArray list;
    for (qint64 i = first; i < found.size() && i < first + size; ++i) {
        const MkOrder& o = found.at(i);
        QJsonObject entry{{u"paymentDealerOrderDTO"_s, orderJson(o)},
                          {u"standardOrderDTO"_s, standardOrderJson(o)}};
        if (withInvoices) {
            QJsonArray invoices;
            for (const QString& g : o.invoiceGuids) {
                const MkInvoice* inv = m_state.invoice(g);
                if (!inv)
                    continue;
                QJsonObject ij = invoiceJson(*inv, false);
                QJsonArray requests;
                for (const MkPaymentRequest& r : m_state.paymentRequestsOfInvoice(g))
                    requests.append(QJsonObject{{u"guid"_s, r.guid},
                                                {u"status"_s, MkPaymentRequest::statusName(r.status)},
                                                {u"amount"_s, money(r.amount)},
                                                {u"timeStamp"_s, timeJson(r.createdAt)}});
                ij.insert(u"paymentRequests"_s, requests);
                invoices.append(ij);
            }
            entry.insert(u"invoices"_s, invoices);
        }
        list.append(entry);
    }
    return HttpResponse::json(QJsonObject{{u"mykaarmaDealerOrderList"_s, list}});
}

HttpResponse MyKaarmaApi::paymentRequestDetails(HttpRequest& request, Call& call)
{
    const QString guid = request.param(u"guid"_s);
    const MkPaymentRequest* r = m_state.paymentRequest(guid);
    const MkDepartment* d = r ? m_state.department(r->departmentUuid) : nullptr;
    // Another dealer's request is as unknown as a made-up guid.
    if (!r || !d || !call.subscriber->dealerUuids.contains(d->dealerUuid))
        return errors(400, {MkError::invalidData(u"No payment request with guid %1"_s.arg(guid))});
    return HttpResponse::json(QJsonObject{{u"paymentRequest"_s, paymentRequestJson(*r)}});
}

HttpResponse MyKaarmaApi::searchPaymentRequests(HttpRequest& request, Call& call)
{
    const QUrlQuery q = request.query();
    const auto values = [&q](const QString& key) {
        QStringList out;
        for (const QString& v : q.allQueryItemValues(key, QUrl::FullyDecoded))
            out += v.split(u',', Qt::SkipEmptyParts);
        return out;
    };
    const QStringList orderUuids = values(u"orderUuid"_s);
    const QStringList invoiceGuids = values(u"invoiceGuid"_s);
    QStringList statuses = values(u"status"_s);
    for (QString& s : statuses)
        s = s.toUpper();
    QJsonArray out;
    QList<MkPaymentRequest> all = m_state.paymentRequests();
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    for (const MkPaymentRequest& r : std::as_const(all)) {
        if (r.departmentUuid != call.departmentUuid)
            continue;
        const MkInvoice* inv = m_state.invoice(r.invoiceGuid);
        if (!invoiceGuids.isEmpty() && !invoiceGuids.contains(r.invoiceGuid))
            continue;
        if (!orderUuids.isEmpty() && (!inv || !orderUuids.contains(inv->dealerOrderUuid)))
            continue;
        if (!statuses.isEmpty() && !statuses.contains(MkPaymentRequest::statusName(r.status)))
            continue;
        out.append(paymentRequestJson(r));
    }
    return HttpResponse::json(QJsonObject{{u"paymentRequests"_s, out}});
}

HttpResponse MyKaarmaApi::prepayment(HttpRequest& request, Call& call)
{
    const auto body = parseKeepingNumbers(request.body());
    if (!body)
        return errors(400, {MkError::invalidData(u"The request body must be a JSON object"_s)});
    Fields f(*body);
    QList<MkWarning> warnings;
    for (const QString& key : kDeprecated) {
        if (f.has(key))
            warnings << MkWarning{
                150001, u"DEPRECATED_FIELD"_s, u"%1 is deprecated and was ignored"_s.arg(key),
                u"%1 is deprecated: identify the dealer, customer and users by their UUIDs"_s.arg(key)};
    }
    const QString dealerUuid = f.string(u"dealerUuid"_s, true);
    const QString customerUuid = f.string(u"customerUuid"_s, true);
    const QString dealerOrderUuid = f.string(u"dealerOrderUuid"_s);
    const QString orderNumber = f.string(u"orderNumber"_s, dealerOrderUuid.isEmpty());
    const QString invoiceGuid = f.string(u"invoiceGUID"_s);
    const QString desc = f.string(u"desc"_s, false, 1000);
    const auto amount = f.amount(u"amount"_s, true, false);
    const auto orderAmount = f.amount(u"dealerOrderAmount"_s, false, true);
    QString orderType = f.oneOf(u"orderType"_s, kOrderTypes);
    f.string(u"reminderDate"_s);
    f.integer(u"reminderMileage"_s, 0, 10'000'000);
    for (const QString& key :
         {u"customerID"_s, u"paymentUserID"_s, u"originalPaymentUserId"_s, u"dealerID"_s})
        f.integer(key, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    for (const QString& key :
         {u"isMobilePayment"_s, u"fetchDuplicateTransactionWindow"_s, u"fetchEnforceCvvDso"_s,
          u"fetchEnforceZipDso"_s, u"ignorePaymentAttemptValidation"_s, u"isThirdPartyVendor"_s})
        f.boolean(key, false);
    for (const QString& key : {u"skin"_s, u"locale"_s, u"paymentProvider"_s, u"transactionTypeShortCode"_s,
                               u"signatureType"_s, u"signatureData"_s, u"ipAddress"_s})
        f.string(key, false, key == u"signatureData"_s ? 1'000'000 : kMaxString);
    const QString cardDigits = f.string(u"cardDigits"_s);
    static const QRegularExpression fourDigits(u"^[0-9]{4}$"_s);
    if (!cardDigits.isEmpty() && !fourDigits.match(cardDigits).hasMatch())
        f.problem(u"cardDigits must be the card's last four digits"_s);
    for (const QString& key : {u"currentPaymentUser"_s, u"originalPaymentUser"_s})
        f.object(key);

    // transactionDetailsList: line items whose amounts add up to `amount` when any are sent.
    const QJsonObject detailsList = f.object(u"transactionDetailsList"_s);
    Fields details(detailsList, u"transactionDetailsList"_s);
    const QJsonArray lines = details.array(u"transactionDetails"_s);
    f.take(details);
    qint64 linesTotal = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).isObject()) {
            f.problem(u"transactionDetailsList.transactionDetails[%1] must be an object"_s.arg(i));
            continue;
        }
        Fields line(lines.at(i).toObject(), u"transactionDetailsList.transactionDetails[%1]"_s.arg(i));
        line.string(u"type"_s);
        line.string(u"description"_s);
        for (const QString& key : {u"id"_s, u"transactionId"_s, u"transactionIncompleteId"_s})
            line.integer(key, 0, std::numeric_limits<qint64>::max());
        linesTotal += line.amount(u"amount"_s, true, true).value_or(0);
        f.take(line);
    }

    const QJsonObject feeObject = f.object(u"feeRequest"_s);
    Fields fee(feeObject, u"feeRequest"_s);
    MkFeeRequest feeRequest;
    feeRequest.fetchSurcharge = fee.boolean(u"fetchSurcharge"_s, false);
    feeRequest.fetchApplicationFee = fee.boolean(u"fetchApplicationFee"_s, false);
    feeRequest.tenderType = fee.oneOf(u"tenderType"_s, kTenderTypes);
    feeRequest.cardType = fee.oneOf(u"cardType"_s, kCardTypes);
    feeRequest.transactionDepartment = fee.oneOf(u"transactionDepartment"_s, kDepartments);
    feeRequest.paymentType = fee.oneOf(u"paymentType"_s, kPaymentTypes);
    const QString feeDealer = fee.string(u"dealerUuid"_s);
    fee.integer(u"dealerId"_s, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    if (fee.has(u"dealerId"_s))
        warnings << MkWarning{150001, u"DEPRECATED_FIELD"_s,
                              u"feeRequest.dealerId is deprecated and was ignored"_s,
                              u"feeRequest.dealerId is deprecated: send feeRequest.dealerUuid"_s};
    if (feeRequest.fetchSurcharge && feeRequest.tenderType.isEmpty() && !fee.failed())
        fee.problem(u"feeRequest.tenderType is required when fetchSurcharge is true"_s);
    f.take(fee);
    const QJsonObject attributes = f.object(u"attributes"_s);
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (!it.value().isString() || numberText(it.value()))
            f.problem(u"attributes.%1 must be a string"_s.arg(it.key()));
    }
    if (amount && !lines.isEmpty() && linesTotal != *amount)
        f.problem(
            u"The amounts of transactionDetailsList.transactionDetails add up to %1, not to amount %2"_s.arg(
                money(linesTotal).toVariant().toString(), money(*amount).toVariant().toString()));
    if (f.failed())
        return errors(400, invalid(f.problems()), warnings);

    if (!call.subscriber->dealerUuids.contains(dealerUuid) || !m_state.dealer(dealerUuid))
        return errors(401, {MkError::invalidDealer(dealerUuid)}, warnings);
    if (!feeDealer.isEmpty() && feeDealer != dealerUuid)
        return errors(400, {MkError::invalidData(u"feeRequest.dealerUuid differs from dealerUuid"_s)},
                      warnings);
    const MkCustomer* customer = m_state.customer(customerUuid);
    if (!customer || customer->dealerUuid != dealerUuid)
        return errors(400,
                      {MkError::invalidData(u"Unknown customerUuid %1 for this dealer"_s.arg(customerUuid))},
                      warnings);

    // The department: the existing order's, else the dealer's department for transactionDepartment
    // (SERVICE when not given).
    const MkOrder* existing = !dealerOrderUuid.isEmpty() ? m_state.order(dealerOrderUuid)
                                                         : m_state.orderByNumber(dealerUuid, orderNumber);
    const MkDepartment* department = existing ? m_state.department(existing->departmentUuid) : nullptr;
    if (!department) {
        const QString wanted =
            feeRequest.transactionDepartment.isEmpty() ? u"SERVICE"_s : feeRequest.transactionDepartment;
        QList<MkDepartment> all = m_state.departments();
        std::sort(all.begin(), all.end(),
                  [](const auto& a, const auto& b) { return a.departmentUuid < b.departmentUuid; });
        for (const MkDepartment& d : std::as_const(all)) {
            if (d.dealerUuid == dealerUuid && d.type == wanted) {
                department = m_state.department(d.departmentUuid);
                break;
            }
        }
    }
    if (!department)
        return errors(400,
                      {MkError::invalidData(
                          u"The dealer has no %1 department"_s.arg(feeRequest.transactionDepartment))},
                      warnings);

    MkOrder order;
    order.dealerOrderUuid = dealerOrderUuid;
    order.dealerUuid = dealerUuid;
    order.departmentUuid = department->departmentUuid;
    order.orderNumber = orderNumber;
    order.orderType = orderType.isEmpty() ? u"RO"_s : orderType;
    order.customerUuid = customerUuid;
    order.description = desc;
    order.amount = orderAmount.value_or(*amount);
    MkInvoice invoice;
    invoice.guid = invoiceGuid;
    invoice.amount = *amount;
    invoice.description = desc;
    invoice.fee = feeRequest;
    invoice.orderType = order.orderType;
    invoice.attributes = attributes;
    // Repeats of the same invoiceGUID must carry the same request (deprecated fields aside).
    QJsonObject fingerprint = *body;
    for (const QString& key : kDeprecated)
        fingerprint.remove(key);
    invoice.requestFingerprint = canonical(fingerprint).toUtf8();
    auto done = m_state.prepayment(std::move(order), std::move(invoice));
    if (!done)
        return errors(400, {MkError::invalidData(done.error())}, warnings);
    const MkInvoice* inv = m_state.invoice(done->invoiceGuid);
    const MkOrder* o = m_state.order(done->dealerOrderUuid);
    const MkFees fees = MyKaarmaState::fees(inv->amount, inv->fee, *department);
    QJsonObject feeResponse{
        {u"surchargeAmount"_s, money(fees.surcharge)},
        {u"surchargePercentage"_s, money(fees.surchargeBasisPoints)},
        {u"applicationFeeAmount"_s, money(fees.applicationFee)},
        {u"applicationFeePercentage"_s, money(fees.applicationFeeBasisPoints)},
        {u"totalAmount"_s, money(inv->amount + fees.surcharge)},
    };
    QJsonArray w;
    for (const MkWarning& x : std::as_const(warnings))
        w.append(warningJson(x));
    QJsonObject answer{
        {u"dealerUuid"_s, dealerUuid},
        {u"departmentUuid"_s, department->departmentUuid},
        {u"dealerOrderUuid"_s, o->dealerOrderUuid},
        {u"orderNumber"_s, o->orderNumber},
        {u"invoiceGUID"_s, inv->guid},
        {u"amount"_s, money(inv->amount)},
        {u"currency"_s, u"USD"_s},
        {u"feeResponse"_s, feeResponse},
        {u"created"_s, done->created},
    };
    if (!w.isEmpty())
        answer.insert(u"warnings"_s, w);
    return HttpResponse::json(answer);
}

HttpResponse MyKaarmaApi::sendPaymentRequest(HttpRequest& request, Call& call)
{
    const auto body = parseKeepingNumbers(request.body());
    if (!body)
        return errors(400, {MkError::invalidData(u"The request body must be a JSON object"_s)});
    Fields f(*body);
    const QString invoiceGuid = f.string(u"invoiceGuid"_s, true);
    const bool withoutKpay = f.boolean(u"sendWithoutKpay"_s, false);
    f.boolean(u"attachInvoice"_s, false);
    const bool text = f.boolean(u"sendAsText"_s, false);
    const bool email = f.boolean(u"sendAsEmail"_s, false);
    f.boolean(u"esignRequired"_s, false);
    if (!f.failed() && !text && !email)
        f.problem(u"sendAsText or sendAsEmail must be true"_s);
    if (f.failed())
        return errors(400, invalid(f.problems()));
    const MkInvoice* inv = m_state.invoice(invoiceGuid);
    const MkOrder* order = inv ? m_state.order(inv->dealerOrderUuid) : nullptr;
    if (!inv || !order || order->departmentUuid != call.departmentUuid)
        return errors(400, {MkError::invalidData(u"No invoice %1 in this department"_s.arg(invoiceGuid))});
    if (inv->status != u"OPEN"_s)
        return errors(400, {MkError::invalidData(u"The invoice %1 is already paid"_s.arg(invoiceGuid))});
    MkPaymentRequest pr;
    pr.invoiceGuid = invoiceGuid;
    pr.source = u"API"_s;
    pr.sourceInfo = call.subscriber->username;
    pr.ttlMs = kDefaultTtlMs;
    bool textSent = false;
    bool emailSent = false;
    auto guid = m_state.requestPayment(std::move(pr), text, email, &textSent, &emailSent);
    if (!guid)
        return errors(400, {MkError::invalidData(guid.error())});
    QJsonObject answer{
        {u"paymentLink"_s, withoutKpay ? QJsonValue(QJsonValue::Null) : QJsonValue(payLink(*guid))},
        {u"invoiceLink"_s, invoiceLink(invoiceGuid)}};
    if (text)
        answer.insert(u"textSent"_s, textSent ? u"SUCCESS"_s : u"FAILURE"_s);
    if (email)
        answer.insert(u"emailSent"_s, emailSent ? u"SUCCESS"_s : u"FAILURE"_s);
    if ((text && !textSent) || (email && !emailSent)) {
        QJsonArray w;
        w.append(warningJson(MkWarning{150002, u"NOT_SENT"_s, u"The customer cannot be reached that way"_s,
                                       u"The customer has no phone number or email address that may be "
                                       "used for payment requests"_s}));
        answer.insert(u"warnings"_s, w);
    }
    return HttpResponse::json(answer);
}

HttpResponse MyKaarmaApi::paymentUrl(HttpRequest& request, Call& call)
{
    const auto invalidAnswer = [](const QString& text) {
        return singleError(400, MkError::invalidData(text));
    };
    const auto body = parseKeepingNumbers(request.body());
    if (!body)
        return invalidAnswer(u"The request body must be a JSON object"_s);
    const MkDepartment* dept = m_state.department(call.departmentUuid);
    Fields f(*body);
    const QJsonObject ci = f.object(u"customerIdentifiers"_s);
    const QJsonObject details = f.object(u"paymentDetails"_s);
    const QJsonObject flags = f.object(u"flags"_s);
    f.object(u"dealerAssociateIdentifier"_s);
    f.object(u"address"_s);
    f.string(u"cssRef"_s, false, 2048);
    f.string(u"language"_s);
    const QString redirect = f.url(u"clientSideRedirectUrl"_s);
    const QString webHook = f.url(u"webHookUrl"_s);
    const QString orderRef = f.string(u"orderRef"_s);
    const auto ttl = f.integer(u"ttl"_s, 1, kMaxTtlMs);
    f.boolean(u"saveCard"_s, false);
    f.boolean(u"byPass3DS"_s, false);
    if (!f.has(u"customerIdentifiers"_s))
        f.problem(u"customerIdentifiers is required"_s);
    if (!f.has(u"paymentDetails"_s))
        f.problem(u"paymentDetails is required"_s);

    Fields c(ci, u"customerIdentifiers"_s);
    const QString customerId = c.string(u"customerId"_s);
    const QString customerKey = c.string(u"customerKey"_s);
    const QString firstName = c.string(u"firstName"_s);
    const QString lastName = c.string(u"lastName"_s);
    QString phone, email;
    bool okToText = false, okToEmail = false;
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
    static const QRegularExpression emailShape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const QJsonArray phones = c.array(u"phoneNumbers"_s);
    for (qsizetype i = 0; i < phones.size(); ++i) {
        Fields p(phones.at(i).toObject(), u"customerIdentifiers.phoneNumbers[%1]"_s.arg(i));
        const QString number = p.string(u"phoneNumber"_s, true);
        const bool text = p.boolean(u"okToText"_s, true);
        const bool preferred = p.boolean(u"isPreferred"_s, false);
        p.string(u"label"_s);
        p.boolean(u"okToCall"_s, true);
        if (!number.isEmpty() && !e164.match(number).hasMatch())
            p.problem(
                u"customerIdentifiers.phoneNumbers[%1].phoneNumber must be in E.164 form (+15551234567)"_s
                    .arg(i));
        else if (!number.isEmpty() && (phone.isEmpty() || preferred)) {
            phone = number;
            okToText = text;
        }
        c.take(p);
    }
    const QJsonArray emails = c.array(u"emails"_s);
    for (qsizetype i = 0; i < emails.size(); ++i) {
        Fields e(emails.at(i).toObject(), u"customerIdentifiers.emails[%1]"_s.arg(i));
        const QString address = e.string(u"emailAddress"_s, true);
        const bool ok = e.boolean(u"okToEmail"_s, true);
        const bool preferred = e.boolean(u"isPreferred"_s, false);
        e.string(u"label"_s);
        if (!address.isEmpty() && !emailShape.match(address).hasMatch())
            e.problem(u"customerIdentifiers.emails[%1].emailAddress is not an email address"_s.arg(i));
        else if (!address.isEmpty() && (email.isEmpty() || preferred)) {
            email = address;
            okToEmail = ok;
        }
        c.take(e);
    }
    f.take(c);

    Fields d(details, u"paymentDetails"_s);
    const auto amount = d.amount(u"amount"_s, true, false);
    const QString currency = d.string(u"currency"_s);
    const QString paymentType = d.string(u"paymentType"_s).toLower();
    const QString description = d.string(u"paymentDescription"_s, false, 1000);
    d.url(u"invoiceUrl"_s);
    const auto retries = d.integer(u"retryCount"_s, 0, 5);
    if (!currency.isEmpty() && currency != u"USD"_s)
        d.problem(u"paymentDetails.currency must be USD for this dealer"_s);
    if (!paymentType.isEmpty() && paymentType != u"auth"_s && paymentType != u"sale"_s)
        d.problem(u"paymentDetails.paymentType must be auth or sale"_s);
    qint64 additional = 0;
    const QJsonArray charges = d.array(u"additionalCharges"_s);
    for (qsizetype i = 0; i < charges.size(); ++i) {
        Fields a(charges.at(i).toObject(), u"paymentDetails.additionalCharges[%1]"_s.arg(i));
        additional += a.amount(u"additionalChargeAmount"_s, true, true).value_or(0);
        a.string(u"additionalChargeDescription"_s);
        d.take(a);
    }
    f.take(d);

    Fields fl(flags, u"flags"_s);
    const bool sendText = fl.boolean(u"useMyKaarmaTextPaymentRequest"_s, false);
    const bool sendEmail = fl.boolean(u"useMyKaarmaEmailPaymentRequest"_s, false);
    for (const QString& key :
         {u"footerToAdd"_s, u"useMyKaarmaEmailReceipt"_s, u"useMyKaarmaTextPaymentReceipt"_s})
        fl.boolean(key, false);
    f.take(fl);
    if (f.failed())
        return invalidAnswer(f.problems().join(u"; "_s));
    if (customerId.isEmpty() && customerKey.isEmpty() && firstName.isEmpty() && lastName.isEmpty())
        return invalidAnswer(
            u"customerIdentifiers must name the customer (customerId, customerKey or a name)"_s);

    // The customer: by id, then by key; a new customer of the dealer otherwise.
    const MkCustomer* customer = nullptr;
    if (!customerId.isEmpty()) {
        customer = m_state.customer(customerId);
        if (!customer || customer->dealerUuid != dept->dealerUuid)
            return invalidAnswer(u"Unknown customerIdentifiers.customerId %1"_s.arg(customerId));
    } else if (!customerKey.isEmpty()) {
        for (const MkCustomer& x : m_state.customers()) {
            if (x.dealerUuid == dept->dealerUuid && x.customerKey == customerKey)
                customer = m_state.customer(x.customerUuid);
        }
    }
    QString customerUuid;
    if (customer) {
        customerUuid = customer->customerUuid;
        if (!phone.isEmpty() || !email.isEmpty()) {
            MkCustomer updated = *customer;
            if (!phone.isEmpty()) {
                updated.phone = phone;
                updated.okToText = okToText;
            }
            if (!email.isEmpty()) {
                updated.email = email;
                updated.okToEmail = okToEmail;
            }
            m_state.addCustomer(updated);
        }
    } else {
        MkCustomer n;
        n.customerUuid = m_state.newUuid();
        n.dealerUuid = dept->dealerUuid;
        n.customerKey = customerKey;
        n.firstName = firstName;
        n.lastName = lastName;
        n.phone = phone;
        n.okToText = okToText;
        n.email = email;
        n.okToEmail = okToEmail;
        customerUuid = n.customerUuid;
        m_state.addCustomer(n);
    }

    // Pay by link makes its own dealer order (or adds to the one orderRef names) and invoice.
    const MkOrder* existing =
        orderRef.isEmpty() ? nullptr : m_state.orderByNumber(dept->dealerUuid, orderRef);
    if (existing && (existing->departmentUuid != call.departmentUuid || existing->orderStatus == u"closed"_s))
        return invalidAnswer(
            u"orderRef %1 names a closed order or one of another department"_s.arg(orderRef));
    QString orderUuid;
    if (existing) {
        orderUuid = existing->dealerOrderUuid;
    } else {
        MkOrder o;
        o.dealerUuid = dept->dealerUuid;
        o.departmentUuid = dept->departmentUuid;
        o.orderNumber = orderRef.isEmpty() ? u"PBL-%1"_s.arg(m_state.orderCount() + 70001) : orderRef;
        o.customerUuid = customerUuid;
        o.description = description;
        o.amount = *amount + additional;
        orderUuid = m_state.insertOrder(std::move(o));
    }
    MkInvoice inv;
    inv.dealerOrderUuid = orderUuid;
    inv.amount = *amount + additional;
    inv.description = description;
    inv.fee.fetchSurcharge = true;
    inv.fee.tenderType = u"CREDIT"_s;
    inv.fee.paymentType = u"ONLINE"_s;
    inv.fee.transactionDepartment = dept->type;
    const QString invoiceGuid = m_state.insertInvoice(std::move(inv));
    MkPaymentRequest pr;
    pr.invoiceGuid = invoiceGuid;
    pr.source = u"URL"_s;
    pr.sourceInfo = call.subscriber->username;
    pr.ttlMs = ttl.value_or(kDefaultTtlMs);
    pr.paymentType = paymentType == u"auth"_s ? u"AUTH"_s : u"SALE"_s;
    pr.description = description;
    pr.webHookUrl = webHook;
    pr.clientSideRedirectUrl = redirect;
    pr.orderRef = orderRef;
    pr.maxAttempts = retries && *retries > 0 ? int(*retries) : 3;
    bool textSent = false, emailSent = false;
    auto guid = m_state.requestPayment(std::move(pr), sendText, sendEmail, &textSent, &emailSent);
    if (!guid)
        return invalidAnswer(guid.error());
    QJsonArray warnings;
    if ((sendText && !textSent) || (sendEmail && !emailSent))
        warnings.append(
            QJsonObject{{u"warningCode"_s, u"150002"_s},
                        {u"warningDescription"_s,
                         u"NOT_SENT: the customer has no phone number or email address that may be "
                         "used for payment requests"_s}});
    return HttpResponse::json(QJsonObject{{u"paymentUrl"_s, payLink(*guid)},
                                          {u"invoiceId"_s, invoiceGuid},
                                          {u"customerId"_s, customerUuid},
                                          {u"warnings"_s, warnings}});
}

} // namespace paydesk::sandbox
