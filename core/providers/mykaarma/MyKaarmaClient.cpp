#include "MyKaarmaClient.h"

#include "Logging.h"
#include "api/HttpClient.h"
#include "secrets/BoundSecret.h"
#include "secrets/SecretStore.h"

#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

bool isJson(const QByteArray& contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

bool isHtml(const QByteArray& contentType, const QByteArray& body)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    if (type == "text/html" || type == "application/xhtml+xml")
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

/// The deprecated fields of the prepayment body (seed 003): never sent.
const QStringList& deprecatedPrepaymentFields()
{
    static const QStringList fields = {u"customerID"_s, u"paymentUserID"_s, u"originalPaymentUserId"_s,
                                       u"dealerID"_s,   u"signatureType"_s, u"signatureData"_s,
                                       u"ipAddress"_s};
    return fields;
}

/// myKaarma's errorCodes about credentials, partners, tokens and scopes (the Payments API's
/// list of warnings and errors).
bool isAccessCode(const QString& code)
{
    static const QStringList codes = {u"100001"_s, u"100002"_s, u"100003"_s, u"100004"_s, u"100008"_s,
                                      u"100009"_s, u"100010"_s, u"100011"_s, u"100013"_s, u"100014"_s};
    return codes.contains(code);
}

QString firstNonEmpty(std::initializer_list<QString> texts)
{
    for (const QString& t : texts) {
        if (!t.trimmed().isEmpty())
            return t.trimmed();
    }
    return QString();
}

} // namespace

MyKaarmaClient::MyKaarmaClient(HttpClient& http, MyKaarmaSite site, QByteArray password, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_site(std::move(site))
    , m_password(std::move(password))
{
}

MyKaarmaClient::MyKaarmaClient(HttpClient& http, MyKaarmaSite site, SecretStore& secrets, QString secretKey,
                               QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_site(std::move(site))
    , m_secrets(&secrets)
    , m_secretKey(std::move(secretKey))
{
}

MyKaarmaClient::~MyKaarmaClient() = default;

// --- Paths -------------------------------------------------------------------------------------

QString MyKaarmaClient::prepaymentPath() const
{
    return u"/payment/kpayment/v1/prepayment"_s;
}

QString MyKaarmaClient::paymentUrlPath() const
{
    return u"/payment/v3/department/%1/url"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(m_site.departmentUuid)));
}

QString MyKaarmaClient::paymentRequestsPath() const
{
    return u"/payment/v4/departments/%1/payment-requests"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(m_site.departmentUuid)));
}

QString MyKaarmaClient::paymentRequestPath(const QString& guid) const
{
    return u"/payment/v2/payment-requests/%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(guid)));
}

QString MyKaarmaClient::dealerOrdersPath() const
{
    return u"/payment/v2/departments/%1/dealer-orders/filter"
           u"?fetchDealerOrderFromRedis=false&fetchInvoicesAndSignatureRequest=true"_s.arg(
               QString::fromLatin1(QUrl::toPercentEncoding(m_site.departmentUuid)));
}

QUrl MyKaarmaClient::urlOf(const QString& path) const
{
    QUrl url = m_site.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    const qsizetype q = path.indexOf(u'?');
    url.setPath(base + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return url;
}

// --- Exact numbers -----------------------------------------------------------------------------

std::optional<QByteArray> MyKaarmaClient::numbersAsText(const QByteArray& json)
{
    static const QRegularExpression number(u"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"_s);
    QByteArray out;
    out.reserve(json.size() + json.size() / 4);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\' && i + 1 < json.size()) {
                // An escaped U+001F would read as our mark: it becomes U+FFFD.
                if (json[i + 1] == 'u' && i + 5 < json.size() && json.mid(i + 2, 4).toLower() == "001f") {
                    out += "\\ufffd";
                    i += 5;
                    continue;
                }
                out += c;
                out += json[++i];
                continue;
            }
            if (c == '"')
                inString = false;
            out += c == '\x1f' ? QByteArray("\\ufffd") : QByteArray(1, c);
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            continue;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype j = i;
            while (j < json.size() && (json[j] == '-' || json[j] == '+' || json[j] == '.' || json[j] == 'e' ||
                                       json[j] == 'E' || (json[j] >= '0' && json[j] <= '9')))
                ++j;
            const QByteArray token = json.mid(i, j - i);
            if (!number.match(QString::fromLatin1(token)).hasMatch())
                return std::nullopt;
            out += "\"\\u001f";
            out += token;
            out += '"';
            i = j - 1;
            continue;
        }
        out += c;
    }
    return out;
}

std::optional<QString> MyKaarmaClient::numberText(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    const QString s = value.toString();
    if (s.isEmpty() || s.front() != QChar(kNumberMark))
        return std::nullopt;
    return s.mid(1);
}

Result<Money, ApiError> MyKaarmaClient::amountOf(const QJsonObject& object, const QString& key,
                                                 const QString& currency, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (!required)
            return Money();
        ApiError e = ApiError::parse(u"myKaarma answer without '%1'"_s.arg(key), key);
        e.message = tr("myKaarma sent an answer PayDesk cannot read.");
        return fail(e);
    }
    const std::optional<QString> text = numberText(value);
    if (!text) {
        ApiError e = ApiError::parse(u"myKaarma '%1' is not a number"_s.arg(key), key);
        e.message = tr("myKaarma sent an answer PayDesk cannot read.");
        return fail(e);
    }
    Money::ParseResult parsed = Money::parse(*text, currency);
    if (!parsed) {
        // More decimals than the currency has (a fraction of a cent) are refused, never rounded.
        ApiError e = ApiError::parse(
            u"myKaarma '%1' is not an exact %2 amount: %3"_s.arg(key, currency, text->left(40)), key);
        e.message = tr("myKaarma sent an amount PayDesk cannot read exactly (%1).").arg(key);
        return fail(e);
    }
    return parsed.value();
}

std::optional<qint64> MyKaarmaClient::integerOf(const QJsonValue& value)
{
    QString text;
    if (const auto n = numberText(value))
        text = *n;
    else if (value.isString())
        text = value.toString().trimmed();
    else
        return std::nullopt;
    bool ok = false;
    const qint64 whole = text.toLongLong(&ok);
    if (ok)
        return whole;
    // 1e3 or 12.0: whole in value, written otherwise.
    if (auto m = Money::parse(text, u"JPY"_s))
        return m->minorUnits();
    return std::nullopt;
}

QString MyKaarmaClient::textOf(const QJsonValue& value)
{
    if (const auto n = numberText(value))
        return *n;
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

QDateTime MyKaarmaClient::timeOf(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    static const QRegularExpression iso(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:?\\d{2})?$"_s);
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch())
        return {};
    // Without an offset the time is UTC (read as such, never through the machine's time zone).
    const QDateTime t =
        QDateTime::fromString(m.capturedLength(2) == 0 ? text + u'Z' : text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonArray MyKaarmaClient::warningsOf(const QJsonObject& answer)
{
    QJsonArray out;
    const QJsonArray warnings = answer.value(u"warnings"_s).toArray();
    for (const QJsonValue& w : warnings) {
        if (!w.isObject())
            continue;
        const QJsonObject o = w.toObject();
        QJsonObject kept;
        kept.insert(u"code"_s, textOf(o.value(u"warningCode"_s)));
        kept.insert(u"title"_s, textOf(o.value(u"warningTitle"_s)));
        kept.insert(u"message"_s, firstNonEmpty({textOf(o.value(u"warningMessage"_s)),
                                                 textOf(o.value(u"warningDescription"_s))}));
        out.append(kept);
    }
    return out;
}

// --- Errors ------------------------------------------------------------------------------------

ApiError MyKaarmaClient::refused(int httpStatus, const QJsonObject& first)
{
    ApiError e;
    e.kind = ApiError::Kind::Refused;
    e.httpStatus = httpStatus;
    e.code = textOf(first.value(u"errorCode"_s));
    const QString title = textOf(first.value(u"errorTitle"_s));
    // The message is often generic ("Incorrect data sent in request"); the description says
    // what was wrong (which field), so the dealer sees both.
    const QString message = textOf(first.value(u"errorMessage"_s));
    const QString description = textOf(first.value(u"errorDescription"_s));
    QString said = firstNonEmpty({message, description, title});
    if (!message.isEmpty() && !description.isEmpty() && description != message)
        said = message + u" — "_s + description;
    e.message = said.isEmpty() ? tr("myKaarma refused the request.")
                               : tr("myKaarma refused the request: %1").arg(said);
    e.detail = u"mykaarma refused (HTTP %1, errorCode '%2' %3)"_s.arg(httpStatus)
                   .arg(e.code.left(40), title.left(60));
    return e;
}

ApiError MyKaarmaClient::invalid(const QString& message, const QString& detail, const QString& field)
{
    ApiError e;
    e.kind = ApiError::Kind::Validation;
    e.httpStatus = 0;
    e.field = field;
    e.message = message;
    e.detail = detail;
    return e;
}

bool MyKaarmaClient::isAccessProblem(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Validation && error.httpStatus == 0)
        return error.field.isEmpty(); // no password, keychain, another origin
    if (error.kind != ApiError::Kind::Refused && error.kind != ApiError::Kind::Auth &&
        error.kind != ApiError::Kind::Http)
        return false;
    return error.httpStatus == 401 || error.httpStatus == 403 ||
           error.code == QLatin1StringView(kMissingScope) ||
           (error.kind == ApiError::Kind::Refused && isAccessCode(error.code));
}

Result<QJsonObject, ApiError> MyKaarmaClient::readAnswer(int httpStatus, const QByteArray& body,
                                                         const QByteArray& contentType, const QString& scope)
{
    const bool serverTrouble = httpStatus >= 500 || httpStatus == 429;
    if (!isJson(contentType)) {
        if (serverTrouble)
            return fail(ApiError::http(httpStatus, QString(), QString()));
        if (isHtml(contentType, body) && httpStatus < 500) {
            // myKaarma's login page instead of data: the subscriber lacks the endpoint's scope.
            ApiError e;
            e.kind = ApiError::Kind::Refused;
            e.httpStatus = httpStatus;
            e.code = QString::fromLatin1(kMissingScope);
            e.field = scope;
            e.message =
                tr("myKaarma answered with its sign-in page instead of data: the ServiceSubscriber lacks "
                   "the API scope %1. Ask myKaarma to grant it.")
                    .arg(scope);
            e.detail = u"mykaarma html answer (HTTP %1): missing scope %2"_s.arg(httpStatus).arg(scope);
            return fail(e);
        }
        return fail(ApiError::unexpectedContentType(QString::fromLatin1(contentType.left(80)), httpStatus));
    }
    const std::optional<QByteArray> exact = numbersAsText(body);
    QJsonParseError parseError;
    const QJsonDocument doc = exact ? QJsonDocument::fromJson(*exact, &parseError) : QJsonDocument();
    if (!exact || parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (serverTrouble)
            return fail(ApiError::http(httpStatus, QString(), QString()));
        ApiError e = ApiError::parse(u"not a myKaarma JSON object (HTTP %1)"_s.arg(httpStatus));
        e.message = tr("myKaarma sent an answer PayDesk cannot read.");
        e.httpStatus = httpStatus;
        return fail(e);
    }
    const QJsonObject o = doc.object();
    // The two documented error shapes: the `errors` list and the single `error` object.
    QJsonObject firstError;
    const QJsonValue errors = o.value(u"errors"_s);
    if (errors.isArray() && !errors.toArray().isEmpty())
        firstError = errors.toArray().first().toObject(QJsonObject{{u"errorCode"_s, u""_s}});
    const QJsonValue error = o.value(u"error"_s);
    if (firstError.isEmpty() && error.isObject()) {
        const QJsonObject eo = error.toObject();
        if (!textOf(eo.value(u"errorCode"_s)).isEmpty() || !textOf(eo.value(u"errorDescription"_s)).isEmpty())
            firstError = eo;
    }
    if ((!errors.isUndefined() && !errors.isNull() && !errors.isArray()) ||
        (!error.isUndefined() && !error.isNull() && !error.isObject())) {
        ApiError e =
            ApiError::parse(u"myKaarma errors of an unknown shape (HTTP %1)"_s.arg(httpStatus), u"errors"_s);
        e.message = tr("myKaarma sent an answer PayDesk cannot read.");
        e.httpStatus = httpStatus;
        return fail(e);
    }
    if (serverTrouble) {
        ApiError e = ApiError::http(httpStatus, textOf(firstError.value(u"errorCode"_s)),
                                    firstNonEmpty({textOf(firstError.value(u"errorMessage"_s)),
                                                   textOf(firstError.value(u"errorDescription"_s))}));
        return fail(e);
    }
    if (httpStatus >= 400 || !firstError.isEmpty())
        return fail(refused(httpStatus, firstError));
    return o;
}

// --- Calls -------------------------------------------------------------------------------------

void MyKaarmaClient::withPassword(QObject* context, std::function<void(Result<QByteArray, ApiError>)> then)
{
    if (m_password) {
        then(*m_password);
        return;
    }
    const auto missing = [] {
        return invalid(tr("No myKaarma password is set for this site. Enter it in the connection settings."),
                       u"no password"_s);
    };
    if (!m_secrets) {
        then(fail(missing()));
        return;
    }
    const QString origin = BoundSecret::originOf(m_site.baseUrl);
    QPointer<QObject> guard(context);
    BoundSecret::read(
        *m_secrets, m_secretKey, origin, this,
        [this, guard, origin, missing, then = std::move(then)](BoundSecret::ReadResult read) {
            if (!guard)
                return;
            if (!read) {
                then(fail(invalid(tr("The keychain could not be read for the myKaarma password."),
                                  u"keychain read failed"_s)));
                return;
            }
            if (!read->has_value() || (*read)->secret.isEmpty()) {
                then(fail(missing()));
                return;
            }
            // The password goes only where it was saved for: a changed address needs
            // it typed again.
            if (!(*read)->mayBeSentTo(m_site.baseUrl)) {
                then(fail(invalid(tr("The myKaarma password was saved for another address. Enter "
                                     "it again for %1.")
                                      .arg(origin),
                                  u"secret origin mismatch"_s)));
                return;
            }
            m_password = (*read)->secret;
            then(*m_password);
        });
}

void MyKaarmaClient::call(const QByteArray& method, const QString& path, const QJsonObject& body,
                          const QString& scope, QObject* context, Callback callback)
{
    QPointer<QObject> guard(context);
    withPassword(context, [this, guard, method, path, body, scope,
                           callback = std::move(callback)](Result<QByteArray, ApiError> password) mutable {
        if (!guard)
            return;
        if (!password) {
            // Answer on the next turn, like every network answer.
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, callback, error = password.error()] {
                    if (guard)
                        callback(fail(error));
                },
                Qt::QueuedConnection);
            return;
        }
        HttpRequest request;
        request.method = method;
        request.url = urlOf(path);
        request.authenticated = false;
        request.expectJson = false; // read here: the HTML login page included
        // Writes are sent once per call (the outbox replays them); reads follow the retry rule.
        request.maxAttempts =
            method == "GET" || path.startsWith(dealerOrdersPath().section(u'?', 0, 0)) ? 0 : 1;
        request.readError = [scope](int status, const QByteArray& answer, const QByteArray& contentType) {
            auto read = readAnswer(status, answer, contentType, scope);
            return read ? ApiError::http(status, QString(), QString()) : read.error();
        };
        const QByteArray credentials = m_site.username.toUtf8() + ':' + password.value();
        request.headers.append({QByteArray("Authorization"), "Basic " + credentials.toBase64()});
        request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
        if (method != "GET") {
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            request.contentType = "application/json";
        }
        m_http.send(std::move(request), guard.data(),
                    [callback = std::move(callback), path, scope](Result<HttpResponse, ApiError> answer) {
                        if (!answer) {
                            qCDebug(lcApi) << "mykaarma" << path.section(u'?', 0, 0)
                                           << "failed:" << answer.error().detail;
                            callback(fail(answer.error()));
                            return;
                        }
                        callback(readAnswer(answer->status, answer->body, answer->contentType, scope));
                    });
    });
}

void MyKaarmaClient::prepayment(const QJsonObject& body, QObject* context, Callback callback)
{
    QJsonObject sent = body;
    for (const QString& key : deprecatedPrepaymentFields())
        sent.remove(key);
    if (sent.value(u"feeRequest"_s).isObject()) {
        QJsonObject fee = sent.value(u"feeRequest"_s).toObject();
        fee.remove(u"dealerId"_s);
        fee.insert(u"dealerUuid"_s, m_site.dealerUuid);
        sent.insert(u"feeRequest"_s, fee);
    }
    sent.insert(u"dealerUuid"_s, m_site.dealerUuid);
    call("POST", prepaymentPath(), sent, Scope::prepayment(), context, std::move(callback));
}

void MyKaarmaClient::paymentUrl(const QJsonObject& body, QObject* context, Callback callback)
{
    call("POST", paymentUrlPath(), body, Scope::paymentUrl(), context, std::move(callback));
}

void MyKaarmaClient::sendPaymentRequest(const QJsonObject& body, QObject* context, Callback callback)
{
    call("POST", paymentRequestsPath(), body, Scope::paymentRequestWrite(), context, std::move(callback));
}

void MyKaarmaClient::paymentRequest(const QString& guid, QObject* context, Callback callback)
{
    call("GET", paymentRequestPath(guid), {}, Scope::payIsland(), context, std::move(callback));
}

void MyKaarmaClient::searchPaymentRequests(const QString& invoiceGuid, QObject* context, Callback callback)
{
    QUrlQuery query;
    query.addQueryItem(u"invoiceGuid"_s, QString::fromLatin1(QUrl::toPercentEncoding(invoiceGuid)));
    call("GET", paymentRequestsPath() + u'?' + query.toString(QUrl::FullyEncoded), {},
         Scope::paymentRequestRead(), context, std::move(callback));
}

void MyKaarmaClient::dealerOrders(const OrderFilter& filter, QObject* context, Callback callback)
{
    QJsonObject body{{u"dealerUUID"_s, m_site.dealerUuid},
                     {u"pageNumber"_s, QString::number(filter.pageNumber)},
                     {u"pageSize"_s, QString::number(filter.pageSize)}};
    if (!filter.startDate.isEmpty())
        body.insert(u"startDate"_s, filter.startDate);
    if (!filter.endDate.isEmpty())
        body.insert(u"endDate"_s, filter.endDate);
    if (!filter.orderStatus.isEmpty())
        body.insert(u"orderStatus"_s, QJsonArray::fromStringList(filter.orderStatus));
    if (!filter.dealerOrderUuids.isEmpty())
        body.insert(u"dealerOrderUuids"_s, QJsonArray::fromStringList(filter.dealerOrderUuids));
    if (!filter.exactOrderNumber.isEmpty())
        body.insert(u"exactOrderNumber"_s, filter.exactOrderNumber);
    call("POST", dealerOrdersPath(), body, Scope::dealerOrderRead(), context, std::move(callback));
}

} // namespace paydesk
