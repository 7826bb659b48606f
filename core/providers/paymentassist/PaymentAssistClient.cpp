#include "PaymentAssistClient.h"

#include "Logging.h"
#include "api/HttpClient.h"
#include "secrets/BoundSecret.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

bool isJson(const QByteArray& contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

QUrl endpointUrl(QUrl base, const QString& endpoint)
{
    QString path = base.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    base.setPath(path + endpoint);
    return base;
}

/// Writes change something at Payment Assist: one HTTP attempt per call, the outbox replays.
bool isWrite(const QString& endpoint)
{
    return endpoint == u"begin" || endpoint == u"update" || endpoint == u"invoice" || endpoint == u"capture";
}

} // namespace

PaymentAssistClient::PaymentAssistClient(HttpClient& http, QUrl baseUrl, QString apiKey, QByteArray secret,
                                         QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_secret(std::move(secret))
{
}

PaymentAssistClient::PaymentAssistClient(HttpClient& http, QUrl baseUrl, QString apiKey, SecretStore& secrets,
                                         QString secretKey, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_secrets(&secrets)
    , m_secretKey(std::move(secretKey))
{
}

PaymentAssistClient::~PaymentAssistClient() = default;

QString PaymentAssistClient::paramText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 whole = value.toInteger();
        return double(whole) == d ? QString::number(whole) : QString::number(d, 'f', -1);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return QString();
    }
}

PaymentAssistClient::Params PaymentAssistClient::paramsOf(const QJsonObject& fields)
{
    Params params;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString text = paramText(it.value());
        if (!text.isEmpty())
            params.append({it.key(), text});
    }
    return params;
}

PaymentAssistClient::Params PaymentAssistClient::signedParams(const Params& params, const QString& apiKey,
                                                              const QByteArray& secret)
{
    Params sent;
    for (const auto& p : params) {
        // Empty values are neither signed nor sent (as the official Go client does).
        if (!p.second.isEmpty() && p.first != u"api_key" && p.first != u"signature")
            sent.append(p);
    }
    const QString signature = PaymentAssistSignature::compute(sent, secret);
    sent.append({u"api_key"_s, apiKey});
    sent.append({u"signature"_s, signature});
    return sent;
}

QByteArray PaymentAssistClient::formEncode(const Params& params)
{
    QByteArray out;
    for (const auto& [key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

ApiError PaymentAssistClient::refused(int httpStatus, const QString& msg, const QJsonValue& data)
{
    ApiError e;
    e.kind = ApiError::Kind::Refused;
    e.httpStatus = httpStatus;
    // The first field Payment Assist blames, with its own words.
    QString fieldText;
    if (data.isObject() && !data.toObject().isEmpty()) {
        const QJsonObject fields = data.toObject();
        e.field = fields.constBegin().key();
        e.code = e.field;
        const QJsonValue first = fields.constBegin().value();
        fieldText = first.isArray() ? first.toArray().first().toString() : first.toString();
    }
    const QString said = msg.trimmed().isEmpty() ? fieldText : msg.trimmed();
    e.message = said.isEmpty() ? tr("Payment Assist refused the request.")
                               : tr("Payment Assist refused the request: %1").arg(said);
    e.detail = u"payment assist refused (HTTP %1, field '%2')"_s.arg(httpStatus).arg(e.field);
    return e;
}

ApiError PaymentAssistClient::invalid(const QString& message, const QString& detail, const QString& field)
{
    ApiError e;
    e.kind = ApiError::Kind::Validation;
    e.httpStatus = 0;
    e.field = field;
    e.message = message;
    e.detail = detail;
    return e;
}

PaymentAssistClient::Failure PaymentAssistClient::failureOf(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Refused)
        return Failure::Refused;
    if (error.kind == ApiError::Kind::Validation && error.httpStatus == 0)
        return Failure::Validation;
    if (error.isPermanent())
        return Failure::Refused;
    return Failure::Unexpected;
}

Result<QJsonObject, ApiError> PaymentAssistClient::readEnvelope(int httpStatus, const QByteArray& body,
                                                                const QByteArray& contentType)
{
    if (!isJson(contentType)) {
        // A web page (a proxy's login, a wrong base URL) is never an answer.
        if (httpStatus >= 500 || httpStatus == 429)
            return fail(ApiError::http(httpStatus, QString(), QString()));
        return fail(ApiError::unexpectedContentType(QString::fromLatin1(contentType), httpStatus));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (httpStatus >= 500 || httpStatus == 429)
            return fail(ApiError::http(httpStatus, QString(), QString()));
        ApiError e = ApiError::parse(u"not a Payment Assist envelope (HTTP %1)"_s.arg(httpStatus));
        e.message = tr("Payment Assist sent an answer PayDesk cannot read.");
        e.httpStatus = httpStatus;
        return fail(e);
    }
    const QJsonObject o = doc.object();
    const QString status = o.value(u"status"_s).toString();
    const QString msg = o.value(u"msg"_s).toString();
    // A 5xx, or 429 (slow down, with Retry-After): unexpected, worth another attempt later.
    if (httpStatus >= 500 || httpStatus == 429)
        return fail(ApiError::http(httpStatus, QString(), msg));
    if (httpStatus >= 400 || status == u"error")
        return fail(refused(httpStatus, msg, o.value(u"data"_s)));
    if (status != u"ok") {
        ApiError e = ApiError::parse(u"envelope status '%1'"_s.arg(status.left(40)), u"status"_s);
        e.message = tr("Payment Assist sent an answer PayDesk cannot read.");
        e.httpStatus = httpStatus;
        return fail(e);
    }
    const QJsonValue data = o.value(u"data"_s);
    return data.isObject() ? data.toObject() : QJsonObject();
}

void PaymentAssistClient::withSecret(QObject* context, std::function<void(Result<QByteArray, ApiError>)> then)
{
    if (m_secret) {
        then(*m_secret);
        return;
    }
    if (!m_secrets) {
        then(fail(
            invalid(tr("No Payment Assist secret is set for this site. Enter it in the connection settings."),
                    u"no secret"_s)));
        return;
    }
    const QString origin = BoundSecret::originOf(m_baseUrl);
    QPointer<QObject> guard(context);
    BoundSecret::read(
        *m_secrets, m_secretKey, origin, this,
        [this, guard, origin, then = std::move(then)](BoundSecret::ReadResult read) {
            if (!guard)
                return;
            if (!read) {
                then(fail(invalid(tr("The keychain could not be read for the Payment Assist secret."),
                                  u"keychain read failed"_s)));
                return;
            }
            if (!read->has_value() || (*read)->secret.isEmpty()) {
                then(fail(
                    invalid(tr("No Payment Assist secret is set for this site. Enter it in the connection "
                               "settings."),
                            u"no secret"_s)));
                return;
            }
            // The secret goes only where it was saved for (issue 13): a changed address needs it
            // typed again.
            if (!(*read)->mayBeSentTo(m_baseUrl)) {
                then(
                    fail(invalid(tr("The Payment Assist secret was saved for another address. Enter it again "
                                    "for %1.")
                                     .arg(origin),
                                 u"secret origin mismatch"_s)));
                return;
            }
            m_secret = (*read)->secret;
            then(*m_secret);
        });
}

void PaymentAssistClient::call(const QByteArray& method, const QString& endpoint, const Params& params,
                               QObject* context, Callback callback)
{
    QPointer<QObject> guard(context);
    withSecret(context, [this, guard, method, endpoint, params,
                         callback = std::move(callback)](Result<QByteArray, ApiError> secret) mutable {
        if (!guard)
            return;
        if (!secret) {
            // Answer on the next turn, like every network answer.
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, callback, error = secret.error()] {
                    if (guard)
                        callback(fail(error));
                },
                Qt::QueuedConnection);
            return;
        }
        const Params sent = signedParams(params, m_apiKey, secret.value());
        HttpRequest request;
        request.method = method;
        request.url = endpointUrl(m_baseUrl, endpoint);
        request.authenticated = false;
        request.expectJson = false; // the envelope is read here, HTML included
        request.maxAttempts = isWrite(endpoint) ? 1 : 0;
        request.readError = [](int status, const QByteArray& body, const QByteArray& contentType) {
            auto read = readEnvelope(status, body, contentType);
            return read ? ApiError::http(status, QString(), QString()) : read.error();
        };
        if (method == "GET") {
            QUrl url = request.url;
            url.setQuery(QString::fromLatin1(formEncode(sent)), QUrl::StrictMode);
            request.url = url;
        } else {
            request.body = formEncode(sent);
            request.contentType = "application/x-www-form-urlencoded";
        }
        request.headers.append(std::make_pair(QByteArray("X-Origin"), QByteArray("paydesk")));
        m_http.send(std::move(request), guard.data(),
                    [callback = std::move(callback), endpoint](Result<HttpResponse, ApiError> answer) {
                        if (!answer) {
                            qCDebug(lcApi)
                                << "payment assist" << endpoint << "failed:" << answer.error().detail;
                            callback(fail(answer.error()));
                            return;
                        }
                        callback(readEnvelope(answer->status, answer->body, answer->contentType));
                    });
    });
}

void PaymentAssistClient::account(QObject* context, Callback callback)
{
    call("GET", u"account"_s, {}, context, std::move(callback));
}

void PaymentAssistClient::plan(qint64 amountPence, std::optional<int> planId, std::optional<int> planLength,
                               QObject* context, Callback callback)
{
    Params p{{u"amount"_s, QString::number(amountPence)}};
    if (planId)
        p.append({u"plan_id"_s, QString::number(*planId)});
    if (planLength)
        p.append({u"plan_length"_s, QString::number(*planLength)});
    call("POST", u"plan"_s, p, context, std::move(callback));
}

void PaymentAssistClient::preapproval(const QString& firstName, const QString& lastName, const QString& addr1,
                                      const QString& postcode, QObject* context, Callback callback)
{
    call("POST", u"preapproval"_s,
         {{u"f_name"_s, firstName}, {u"s_name"_s, lastName}, {u"addr1"_s, addr1}, {u"postcode"_s, postcode}},
         context, std::move(callback));
}

void PaymentAssistClient::begin(const QJsonObject& fields, QObject* context, Callback callback)
{
    call("POST", u"begin"_s, paramsOf(fields), context, std::move(callback));
}

void PaymentAssistClient::status(const QString& token, QObject* context, Callback callback)
{
    call("GET", u"status"_s, {{u"token"_s, token}}, context, std::move(callback));
}

void PaymentAssistClient::update(const QString& token, const QJsonObject& changes, QObject* context,
                                 Callback callback)
{
    Params p = paramsOf(changes);
    // expiry=0 (expire now) is a value, not an empty one: keep it.
    if (changes.contains(u"expiry"_s) && changes.value(u"expiry"_s).toInteger(-1) == 0) {
        bool present = false;
        for (const auto& kv : p)
            present = present || kv.first == u"expiry";
        if (!present)
            p.append(qMakePair(u"expiry"_s, u"0"_s));
    }
    p.append(qMakePair(u"token"_s, token));
    call("POST", u"update"_s, p, context, std::move(callback));
}

void PaymentAssistClient::invoice(const QString& token, const QString& fileType, const QString& base64Data,
                                  QObject* context, Callback callback)
{
    call("POST", u"invoice"_s, {{u"token"_s, token}, {u"filetype"_s, fileType}, {u"filedata"_s, base64Data}},
         context, std::move(callback));
}

void PaymentAssistClient::capture(const QString& token, QObject* context, Callback callback)
{
    call("POST", u"capture"_s, {{u"token"_s, token}}, context, std::move(callback));
}

bool PaymentAssistClient::verifyReturn(const QString& token, const QString& status, const QString& signature,
                                       const QByteArray& secret)
{
    if (token.isEmpty() || status.isEmpty() || signature.isEmpty())
        return false;
    return PaymentAssistSignature::matches({{u"token"_s, token}, {u"status"_s, status}}, secret, signature);
}

bool PaymentAssistClient::verifyReturnUrl(const QUrl& url, const QByteArray& secret)
{
    const QUrlQuery query(url);
    // Only what Payment Assist appended is signed; our own parameters are left out.
    return verifyReturn(query.queryItemValue(u"token"_s, QUrl::FullyDecoded),
                        query.queryItemValue(u"status"_s, QUrl::FullyDecoded),
                        query.queryItemValue(u"signature"_s, QUrl::FullyDecoded), secret);
}

} // namespace paydesk
