#include "DemocranceClient.h"

#include "Logging.h"
#include "api/HttpClient.h"
#include "providers/AnswerLater.h"
#include "providers/ProviderRules.h"
#include "secrets/BoundSecret.h"
#include "secrets/SecretStore.h"

#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

/// Most pages PayDesk follows in one listing (1000 × 1000 policies): a server that keeps
/// announcing more is broken.
constexpr int kMaxPages = 1000;

bool isJson(const QByteArray& contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/// What Democrance said in an error body: `detail`, or the first field's first message.
std::pair<QString, QString> saidIn(const QJsonObject& o)
{
    if (o.value(u"detail"_s).isString())
        return {o.value(u"detail"_s).toString().trimmed(), QString()};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isArray() && !v.toArray().isEmpty())
            text = v.toArray().first().toString();
        else if (v.isString())
            text = v.toString();
        if (!text.trimmed().isEmpty()) {
            // non_field_errors is Django's name for "the request as a whole".
            const QString field = it.key() == u"non_field_errors" ? QString() : it.key();
            return {text.trimmed(), field};
        }
    }
    return {};
}

/// The cap on text from Democrance put into a message for people.
QString clipped(const QString& text)
{
    return text.size() > 300 ? text.left(300) + u'…' : text;
}

} // namespace

DemocranceClient::DemocranceClient(HttpClient& http, QUrl baseUrl, QString username, QByteArray password,
                                   QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_username(std::move(username))
    , m_password(std::move(password))
{
}

DemocranceClient::DemocranceClient(HttpClient& http, QUrl baseUrl, QString username, SecretStore& secrets,
                                   QString secretKey, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_username(std::move(username))
    , m_secrets(&secrets)
    , m_secretKey(std::move(secretKey))
{
}

DemocranceClient::~DemocranceClient() = default;

void DemocranceClient::dropSession()
{
    m_session.clear();
    m_sessionExpires = QDateTime();
}

// ---- errors ----------------------------------------------------------------------------------

ApiError DemocranceClient::malformed(const QString& detail, const QString& field)
{
    ApiError e = ApiError::parse(detail, field);
    e.message = tr("Democrance sent an answer PayDesk cannot read.");
    return e;
}

ApiError DemocranceClient::refused(int httpStatus, const QString& said, const QString& field)
{
    ApiError e;
    e.kind = ApiError::Kind::Refused;
    e.httpStatus = httpStatus;
    e.field = field;
    e.code = field;
    e.message = said.isEmpty() ? tr("Democrance refused the request.")
                               : tr("Democrance refused the request: %1").arg(clipped(said));
    e.detail = u"democrance refused (HTTP %1, field '%2')"_s.arg(httpStatus).arg(field);
    return e;
}

ApiError DemocranceClient::invalid(const QString& message, const QString& detail, const QString& field)
{
    ApiError e;
    e.kind = ApiError::Kind::Validation;
    e.httpStatus = 0;
    e.field = field;
    e.message = message;
    e.detail = detail;
    return e;
}

DemocranceClient::Failure DemocranceClient::failureOf(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Auth)
        return Failure::SignIn;
    if (error.kind == ApiError::Kind::Refused)
        return Failure::Refused;
    if (error.kind == ApiError::Kind::Validation && error.httpStatus == 0)
        return Failure::Validation;
    if (error.isPermanent())
        return Failure::Refused;
    return Failure::Unexpected;
}

ApiError DemocranceClient::readError(int httpStatus, const QByteArray& body, const QByteArray& contentType)
{
    QString said;
    QString field;
    if (isJson(contentType)) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isObject())
            std::tie(said, field) = saidIn(doc.object());
    }
    if (httpStatus >= 500 || httpStatus == 429) {
        // Worth another attempt later (Retry-After is added by the HttpClient).
        return ApiError::http(httpStatus, QString(), clipped(said));
    }
    if (httpStatus == 401) {
        ApiError e = ApiError::auth(u"democrance answered 401"_s);
        e.message = tr("Democrance ended the session.");
        return e;
    }
    if (!isJson(contentType)) {
        // A web page (a proxy's login, a wrong address) is never an answer.
        ApiError e = ApiError::unexpectedContentType(QString::fromLatin1(contentType.left(60)), httpStatus);
        e.message = tr("Democrance sent a web page instead of data. Check the Democrance address in the "
                       "connection settings.");
        return e;
    }
    return refused(httpStatus, said, field);
}

Result<QJsonValue, ApiError> DemocranceClient::readJson(int httpStatus, const QByteArray& body,
                                                        const QByteArray& contentType)
{
    if (!isJson(contentType)) {
        ApiError e = ApiError::unexpectedContentType(QString::fromLatin1(contentType.left(60)), httpStatus);
        e.message = tr("Democrance sent a web page instead of data. Check the Democrance address in the "
                       "connection settings.");
        return fail(e);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ApiError e =
            malformed(u"malformed JSON at offset %1 (HTTP %2)"_s.arg(parseError.offset).arg(httpStatus));
        e.httpStatus = httpStatus;
        return fail(e);
    }
    if (doc.isObject())
        return QJsonValue(doc.object());
    if (doc.isArray())
        return QJsonValue(doc.array());
    return fail(malformed(u"neither an object nor an array"_s));
}

QDateTime DemocranceClient::timeOf(const QJsonValue& value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    // ISO 8601 as Democrance (Django REST framework) writes it, and nothing else: a date, or a
    // date and a time with seconds, an optional fraction (DRF writes microseconds) and an optional
    // offset. Qt's own reader also takes a blank for the T and other forms a server never sends.
    static const QRegularExpression iso(
        u"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:?\\d{2})?)?$"_s);
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch())
        return {};
    if (m.capturedLength(1) == 0) { // a date alone is midnight UTC
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? QDateTime(d, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    // "Times are always reported in UTC": a time without an offset is UTC (read as such, never
    // through the machine's time zone).
    const QDateTime t =
        QDateTime::fromString(m.capturedLength(3) == 0 ? text + u'Z' : text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// ---- session ---------------------------------------------------------------------------------

QUrl DemocranceClient::urlOf(const QString& path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    if (!base.endsWith(u'/'))
        base += u'/';
    url.setPath(base + path);
    return url;
}

void DemocranceClient::withPassword(QObject* context, std::function<void(Result<QByteArray, ApiError>)> then)
{
    if (m_password) {
        then(*m_password);
        return;
    }
    const ApiError noPassword =
        invalid(tr("No Democrance password is set for this site. Enter it in the connection settings."),
                u"no password"_s, u"password"_s);
    if (!m_secrets) {
        then(fail(noPassword));
        return;
    }
    const QString origin = BoundSecret::originOf(m_baseUrl);
    QPointer<QObject> guard(context);
    BoundSecret::read(
        *m_secrets, m_secretKey, origin, this,
        [this, guard, origin, noPassword, then = std::move(then)](BoundSecret::ReadResult read) {
            if (!guard)
                return;
            if (!read) {
                then(fail(invalid(tr("The keychain could not be read for the Democrance password."),
                                  u"keychain read failed"_s)));
                return;
            }
            if (!read->has_value() || (*read)->secret.isEmpty()) {
                then(fail(noPassword));
                return;
            }
            // The password goes only where it was saved for: a changed address needs it
            // typed again.
            if (!(*read)->mayBeSentTo(m_baseUrl)) {
                then(fail(invalid(tr("The Democrance password was saved for another address. Enter it again "
                                     "for %1.")
                                      .arg(origin),
                                  u"password origin mismatch"_s, u"password"_s)));
                return;
            }
            m_password = (*read)->secret;
            then(*m_password);
        });
}

void DemocranceClient::withSession(QObject* context, std::function<void(Result<QString, ApiError>)> then)
{
    const QDateTime now = m_http.scheduler().clock().now();
    if (!m_session.isEmpty() && m_sessionExpires.isValid() && now.secsTo(m_sessionExpires) < 30)
        dropSession(); // about to end: sign in again rather than meet a 401
    if (!m_session.isEmpty()) {
        then(m_session);
        return;
    }
    QPointer<QObject> guard(context);
    m_waiting.append([guard, then = std::move(then)](Result<QString, ApiError> session) {
        if (guard)
            then(std::move(session));
    });
    if (!m_signingIn)
        signIn();
}

void DemocranceClient::signIn()
{
    m_signingIn = true;
    withPassword(this, [this](Result<QByteArray, ApiError> password) {
        if (!password) {
            // Answer on the next turn, like every network answer.
            QMetaObject::invokeMethod(
                this, [this, error = password.error()] { finishSignIn(fail(error)); }, Qt::QueuedConnection);
            return;
        }
        HttpRequest request;
        request.method = "POST";
        request.url = urlOf(u"api/v3/login/"_s);
        request.authenticated = false;
        request.expectJson = false;
        request.body = QJsonDocument(QJsonObject{{u"username"_s, m_username},
                                                 {u"password"_s, QString::fromUtf8(password.value())}})
                           .toJson(QJsonDocument::Compact);
        request.contentType = "application/json";
        request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
        request.readError = &DemocranceClient::readError;
        ++m_signIns;
        m_http.send(std::move(request), this, [this](Result<HttpResponse, ApiError> answer) {
            if (!answer) {
                ApiError e = answer.error();
                if (e.kind == ApiError::Kind::Auth || e.kind == ApiError::Kind::Refused) {
                    // 400 (a field missing), 401/403 (wrong user name or password, a locked user).
                    const int status = e.httpStatus;
                    e = ApiError::signInFailed(u"democrance login refused (HTTP %1)"_s.arg(status));
                    e.httpStatus = status;
                    e.message = tr("Democrance did not accept the user name or password. Check them in the "
                                   "connection settings.");
                }
                finishSignIn(fail(e));
                return;
            }
            auto json = readJson(answer->status, answer->body, answer->contentType);
            if (!json) {
                finishSignIn(fail(json.error()));
                return;
            }
            auto session = readLogin(*json);
            if (!session) {
                finishSignIn(fail(session.error()));
                return;
            }
            m_session = session->token;
            m_sessionExpires = session->expires;
            finishSignIn(session->token);
        });
    });
}

void DemocranceClient::finishSignIn(Result<QString, ApiError> result)
{
    m_signingIn = false;
    if (!result)
        qCInfo(lcApi) << "democrance: sign-in failed:" << result.error().detail;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& then : waiting)
        then(result);
}

void DemocranceClient::login(QObject* context, Callback callback)
{
    dropSession();
    withSession(context, [this, callback](Result<QString, ApiError> session) {
        if (!session) {
            callback(fail(session.error()));
            return;
        }
        QJsonObject answer{{u"username"_s, m_username}};
        if (m_sessionExpires.isValid())
            answer.insert(u"expires"_s, m_sessionExpires.toString(Qt::ISODate));
        callback(answer);
    });
}

// ---- calls -----------------------------------------------------------------------------------

void DemocranceClient::send(Request request, QObject* context, RawCallback callback, bool renewed)
{
    QPointer<QObject> guard(context);
    withSession(context, [this, guard, request, callback,
                          renewed](Result<QString, ApiError> session) mutable {
        if (!guard)
            return;
        if (!session) {
            callback(fail(session.error()));
            return;
        }
        HttpRequest http;
        http.method = request.method;
        QUrl url = urlOf(request.path);
        if (!request.query.isEmpty())
            url.setQuery(request.query);
        http.url = url;
        http.authenticated = false; // Democrance's own session, below
        http.expectJson = false;    // read here: a web page is Democrance's error too
        http.maxAttempts = request.write ? 1 : 0;
        if (request.body) {
            http.body = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
            http.contentType = "application/json";
        } else if (request.method != "GET") {
            http.body = "{}";
            http.contentType = "application/json";
        }
        http.headers.append({QByteArray("Accept"), request.expectPdf ? QByteArray("application/pdf")
                                                                     : QByteArray("application/json")});
        http.headers.append({QByteArray("Authorization"), "Token " + session.value().toLatin1()});
        http.readError = &DemocranceClient::readError;
        const QString usedSession = session.value();
        m_http.send(
            std::move(http), guard.data(),
            [this, guard, request, callback, renewed, usedSession](Result<HttpResponse, ApiError> answer) {
                if (!guard)
                    return;
                if (!answer && answer.error().kind == ApiError::Kind::Auth && !renewed) {
                    // The session ended (expired, or the server restarted): exactly one new
                    // sign-in and one more attempt.
                    if (m_session == usedSession)
                        dropSession();
                    send(request, guard.data(), callback, true);
                    return;
                }
                if (!answer) {
                    qCDebug(lcApi) << "democrance" << request.path << "failed:" << answer.error().detail;
                    ApiError e = answer.error();
                    if (e.kind == ApiError::Kind::Auth) {
                        e.code = u"session-refused"_s;
                        e.message = tr("Democrance refused the new session. Check the user's access "
                                       "in Democrance.");
                    }
                    callback(fail(e));
                    return;
                }
                callback(std::move(answer));
            });
    });
}

void DemocranceClient::sendJson(Request request, QObject* context,
                                std::function<void(Result<QJsonValue, ApiError>)> callback)
{
    send(std::move(request), context,
         [callback = std::move(callback)](Result<HttpResponse, ApiError> answer) {
             if (!answer) {
                 callback(fail(answer.error()));
                 return;
             }
             callback(readJson(answer->status, answer->body, answer->contentType));
         });
}

void DemocranceClient::sendObject(Request request, QObject* context, Callback callback,
                                  const QStringList& required)
{
    const QString path = request.path;
    sendJson(std::move(request), context,
             [callback = std::move(callback), required, path](Result<QJsonValue, ApiError> json) {
                 if (!json) {
                     callback(fail(json.error()));
                     return;
                 }
                 callback(readObject(*json, path, required));
             });
}

Result<DemocranceClient::Session, ApiError> DemocranceClient::readLogin(const QJsonValue& json)
{
    const QJsonObject o = json.toObject();
    const QString token = o.value(u"token"_s).toString();
    if (token.isEmpty())
        return fail(malformed(u"login answered without a token"_s, u"token"_s));
    return Session{token, timeOf(o.value(u"expires"_s))};
}

Result<QJsonObject, ApiError> DemocranceClient::readObject(const QJsonValue& json, const QString& path,
                                                           const QStringList& required)
{
    if (!json.isObject())
        return fail(malformed(u"%1 answered without an object"_s.arg(path)));
    const QJsonObject o = json.toObject();
    for (const QString& key : required) {
        if (!o.value(key).isString() || o.value(key).toString().isEmpty())
            return fail(malformed(u"%1 answered without '%2'"_s.arg(path, key), key));
    }
    return o;
}

Result<QJsonObject, ApiError> DemocranceClient::readPolicyPage(const QJsonValue& json)
{
    const QJsonObject o = json.toObject();
    if (!json.isObject() || !o.value(u"results"_s).isArray())
        return fail(malformed(u"policy listing without results"_s, u"results"_s));
    const QJsonArray results = o.value(u"results"_s).toArray();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject policy = results.at(i).toObject();
        for (const QString& key : {u"policy_number"_s, u"status"_s}) {
            if (!policy.value(key).isString() || policy.value(key).toString().trimmed().isEmpty())
                return fail(malformed(u"policy %1 of the page without '%2'"_s.arg(i).arg(key),
                                      u"results[%1].%2"_s.arg(i).arg(key)));
        }
        const QJsonValue payment = policy.value(u"payment"_s);
        if (!payment.isUndefined() && !payment.isNull() && !payment.isObject())
            return fail(malformed(u"policy %1 of the page with a payment that is not an object"_s.arg(i),
                                  u"results[%1].payment"_s.arg(i)));
    }
    for (const QString& key : {u"num_pages"_s, u"count"_s}) {
        if (o.contains(key) && !o.value(key).isDouble())
            return fail(malformed(u"policy listing with a '%1' that is not a number"_s.arg(key), key));
    }
    return o;
}

Result<QJsonArray, ApiError> DemocranceClient::readGateways(const QJsonValue& json)
{
    // "a list of gateways, even if there is only a single gateway available"
    if (!json.isArray())
        return fail(malformed(u"gateways answered without a list"_s));
    const QJsonArray list = json.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject g = list.at(i).toObject();
        if (!g.value(u"gateway"_s).isString() || g.value(u"gateway"_s).toString().isEmpty())
            return fail(malformed(u"gateway %1 without its key"_s.arg(i), u"[%1].gateway"_s.arg(i)));
    }
    return list;
}

Result<QJsonObject, ApiError> DemocranceClient::readTokenAnswer(const QJsonObject& answer)
{
    // "status": "OK or a different message indicating an error".
    const QString status = answer.value(u"status"_s).toString().trimmed();
    if (status.compare(u"OK"_s, Qt::CaseInsensitive) != 0)
        return fail(refused(200, status, u"status"_s));
    if (answer.value(u"token"_s).toString().isEmpty())
        return fail(malformed(u"token answered OK without a token"_s, u"token"_s));
    return answer;
}

Result<QJsonObject, ApiError> DemocranceClient::readInitiateAnswer(const QJsonObject& answer)
{
    const QJsonValue url = answer.value(u"url"_s);
    if (!url.isString() && !url.isNull() && !url.isUndefined())
        return fail(malformed(u"initiate answered a url that is not text"_s, u"url"_s));
    return answer;
}

void DemocranceClient::policies(const QStringList& statuses, int page, int perPage, QObject* context,
                                Callback callback)
{
    Request r;
    r.path = u"api/v3/policy/all/"_s;
    if (!statuses.isEmpty())
        r.query.addQueryItem(u"status"_s, statuses.join(u','));
    r.query.addQueryItem(u"page"_s, QString::number(std::max(1, page)));
    r.query.addQueryItem(u"per_page"_s, QString::number(std::clamp(perPage, 1, kMaxPerPage)));
    sendJson(std::move(r), context, [callback = std::move(callback)](Result<QJsonValue, ApiError> json) {
        if (!json) {
            callback(fail(json.error()));
            return;
        }
        callback(readPolicyPage(*json));
    });
}

void DemocranceClient::allPolicies(const QStringList& statuses, QObject* context, ArrayCallback callback)
{
    nextPage(statuses, 1, QJsonArray(), context, std::move(callback));
}

void DemocranceClient::nextPage(const QStringList& statuses, int page, QJsonArray collected, QObject* context,
                                ArrayCallback callback)
{
    QPointer<QObject> guard(context);
    policies(
        statuses, page, kMaxPerPage, context,
        [this, guard, statuses, page, collected, callback](Result<QJsonObject, ApiError> answer) mutable {
            if (!guard)
                return;
            if (!answer) {
                callback(fail(answer.error()));
                return;
            }
            const QJsonArray results = answer->value(u"results"_s).toArray();
            for (const QJsonValue& v : results)
                collected.append(v);
            // More pages: num_pages when given, else a `next` link.
            const QJsonValue pages = answer->value(u"num_pages"_s);
            const bool more =
                pages.isDouble() ? page < pages.toInt() : !answer->value(u"next"_s).toString().isEmpty();
            if (!more || results.isEmpty()) {
                callback(collected);
                return;
            }
            if (page >= kMaxPages) {
                callback(fail(malformed(u"policy listing beyond %1 pages"_s.arg(kMaxPages), u"num_pages"_s)));
                return;
            }
            nextPage(statuses, page + 1, collected, guard.data(), callback);
        });
}

void DemocranceClient::gateways(const QString& policyNumber, QObject* context, ArrayCallback callback)
{
    Request r;
    r.path = u"api/v3/payment/gateways/"_s;
    if (!policyNumber.trimmed().isEmpty())
        r.query.addQueryItem(u"policy_number"_s, policyNumber.trimmed());
    sendJson(std::move(r), context, [callback = std::move(callback)](Result<QJsonValue, ApiError> json) {
        if (!json) {
            callback(fail(json.error()));
            return;
        }
        callback(readGateways(*json));
    });
}

void DemocranceClient::paymentToken(const QUrl& returnUrl, const QString& policyNumber, QObject* context,
                                    Callback callback)
{
    if (policyNumber.trimmed().isEmpty()) {
        answerLater<QJsonObject>(context, std::move(callback),
                                 fail(invalid(paydesk::ProviderRules::tr("Enter the policy number."),
                                              u"no policy number"_s, u"policy_number"_s)));
        return;
    }
    Request r;
    r.path = u"api/v3/payment/token/"_s;
    r.query.addQueryItem(u"url"_s, QString::fromUtf8(returnUrl.toEncoded()));
    r.query.addQueryItem(u"policy_number"_s, policyNumber.trimmed());
    sendObject(std::move(r), context, [callback = std::move(callback)](Result<QJsonObject, ApiError> answer) {
        if (!answer) {
            callback(std::move(answer));
            return;
        }
        callback(readTokenAnswer(*answer));
    });
}

void DemocranceClient::initiate(const QString& policyNumber, const QString& gateway, QObject* context,
                                Callback callback)
{
    if (policyNumber.trimmed().isEmpty() || gateway.trimmed().isEmpty()) {
        answerLater<QJsonObject>(
            context, std::move(callback),
            fail(invalid(policyNumber.trimmed().isEmpty()
                             ? paydesk::ProviderRules::tr("Enter the policy number.")
                             : paydesk::ProviderRules::tr("Choose a payment gateway."),
                         u"initiate without policy number or gateway"_s,
                         policyNumber.trimmed().isEmpty() ? u"policy_number"_s : u"gateway"_s)));
        return;
    }
    Request r;
    r.method = "POST";
    r.path = u"api/v3/payment/initiate/"_s;
    r.body = QJsonObject{{u"policy_number"_s, policyNumber.trimmed()}, {u"gateway"_s, gateway.trimmed()}};
    r.write = true;
    sendObject(std::move(r), context,
               [callback = std::move(callback)](Result<QJsonObject, ApiError> answer) {
                   if (!answer) {
                       callback(std::move(answer));
                       return;
                   }
                   callback(readInitiateAnswer(*answer));
               },
               {u"action"_s, u"token"_s});
}

void DemocranceClient::validateSession(const QString& token, const QString& policyNumber,
                                       const QString& gateway, QObject* context, Callback callback)
{
    Request r;
    r.method = "POST";
    r.path = u"api/v3/payment/validate-session/"_s;
    r.query.addQueryItem(u"token"_s, token);
    r.body = QJsonObject{{u"policy_number"_s, policyNumber}, {u"gateway"_s, gateway}};
    r.write = true;
    sendObject(std::move(r), context, std::move(callback));
}

void DemocranceClient::paymentStatus(const QString& token, QObject* context, Callback callback)
{
    Request r;
    r.path = u"api/v3/payment/status/"_s;
    r.query.addQueryItem(u"token"_s, token);
    sendObject(std::move(r), context, std::move(callback), {u"status"_s});
}

void DemocranceClient::latestPayment(const QString& policyNumber, QObject* context, Callback callback)
{
    if (policyNumber.trimmed().isEmpty()) {
        answerLater<QJsonObject>(context, std::move(callback),
                                 fail(invalid(paydesk::ProviderRules::tr("Enter the policy number."),
                                              u"no policy number"_s, u"policy_number"_s)));
        return;
    }
    Request r;
    r.path = u"api/v3/payment/status/"_s;
    r.query.addQueryItem(u"policy_number"_s, policyNumber.trimmed());
    sendObject(std::move(r), context, std::move(callback), {u"status"_s});
}

void DemocranceClient::complete(const QString& token, QObject* context, Callback callback)
{
    Request r;
    r.method = "POST";
    r.path = u"api/v3/payment/complete/"_s;
    r.query.addQueryItem(u"token"_s, token);
    r.write = true;
    sendObject(std::move(r), context, std::move(callback), {u"status"_s});
}

void DemocranceClient::taxInvoice(const QString& reference, bool receipt, QObject* context, Callback callback)
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty() || ref.contains(u'/') || ref.contains(u'?') || ref.contains(u'#')) {
        answerLater<QJsonObject>(context, std::move(callback),
                                 fail(invalid(tr("This policy has no payment to show a tax invoice for."),
                                              u"no payment reference"_s, u"reference"_s)));
        return;
    }
    Request r;
    r.path = u"api/v3/payment/%1/tax-invoice/"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(ref)));
    r.expectPdf = true;
    send(std::move(r), context,
         [callback = std::move(callback), ref, receipt](Result<HttpResponse, ApiError> answer) {
             if (!answer) {
                 callback(fail(answer.error()));
                 return;
             }
             const QByteArray type = answer->contentType.split(';').constFirst().trimmed().toLower();
             if (type != "application/pdf" || !answer->body.startsWith("%PDF-")) {
                 ApiError e = malformed(u"tax invoice answered '%1' (%2 bytes), not a PDF"_s
                                            .arg(QString::fromLatin1(type.left(60)))
                                            .arg(answer->body.size()));
                 e.httpStatus = answer->status;
                 callback(fail(e));
                 return;
             }
             QString safe = ref;
             safe.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
             callback(QJsonObject{
                 {u"filename"_s, u"%1-%2.pdf"_s.arg(safe, receipt ? u"receipt"_s : u"tax-invoice"_s)},
                 {u"contentType"_s, u"application/pdf"_s},
                 {u"data"_s, QString::fromLatin1(answer->body.toBase64())},
                 {u"size"_s, double(answer->body.size())},
             });
         });
}

} // namespace paydesk
