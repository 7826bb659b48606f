#include "HttpClient.h"

#include "Authenticator.h"
#include "Logging.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QUuid>

namespace paydesk {

struct HttpClient::Call
{
    HttpRequest request;
    QPointer<QObject> context;
    Callback callback;
    int attempts = 0;
    int maxAttempts = 1;
    bool renewedAfter401 = false;
    /// Bytes announced or received when the current attempt was aborted for its size; -1 = not.
    qint64 oversizeBytes = -1;
    /// Why the current attempt's TLS handshake was refused (never ignored: verification stays on).
    QList<QSslError> sslErrors;
};

namespace {

bool isJsonContentType(const QByteArray& contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

ApiError networkError(QNetworkReply* reply, const QList<QSslError>& sslErrors)
{
    const QString detail = QStringLiteral("%1 (%2)").arg(reply->errorString()).arg(int(reply->error()));
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // A transfer timeout aborts the reply with OperationCanceledError.
        return ApiError::timeout(detail);
    case QNetworkReply::SslHandshakeFailedError:
        // A certificate past or before its validity period gets its own message: the operator's
        // trust settings cannot fix it, the platform's owner (or this computer's clock) can.
        for (const QSslError& e : sslErrors) {
            if (e.error() == QSslError::CertificateExpired)
                return ApiError::tlsCertificateExpired(detail);
            if (e.error() == QSslError::CertificateNotYetValid)
                return ApiError::tlsCertificateNotYetValid(detail);
        }
        return ApiError::tls(detail);
    default:
        return ApiError::network(detail);
    }
}

} // namespace

HttpClient::HttpClient()
    : HttpClient(Options{})
{
}

HttpClient::HttpClient(Options options, Scheduler& scheduler, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_policy(m_options.retry, m_options.jitter)
    , m_scheduler(scheduler)
{
    // Redirects are not followed: the platform has no reason to send one, and following it
    // could carry the bearer token somewhere else.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

bool HttpClient::isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool HttpClient::isAllowedUrl(const QUrl& url, bool allowPlainHttpToLoopback)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https" || scheme == u"wss")
        return true;
    if (scheme == u"http" || scheme == u"ws")
        return allowPlainHttpToLoopback && isLoopbackHost(url.host());
    return false;
}

bool HttpClient::isWriteMethod(const QByteArray& method)
{
    const QByteArray m = method.toUpper();
    return m == "POST" || m == "PUT" || m == "PATCH" || m == "DELETE";
}

QSslConfiguration HttpClient::sslConfiguration(const QList<QSslCertificate>& trustedCaCertificates)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!trustedCaCertificates.isEmpty())
        config.addCaCertificates(trustedCaCertificates);
    return config;
}

void HttpClient::send(HttpRequest request, QObject* context, Callback callback)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->context = context;
    call->callback = std::move(callback);
    call->maxAttempts =
        call->request.maxAttempts > 0 ? call->request.maxAttempts : m_policy.options().maxAttempts;
    if (isWriteMethod(call->request.method) && call->request.idempotencyKey.isEmpty())
        call->request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (!allows(call->request.url)) {
        qCWarning(lcApi) << "refusing URL" << call->request.url.toDisplayString(QUrl::RemoveQuery);
        // Answer asynchronously like every other outcome, so callers see one calling convention.
        QMetaObject::invokeMethod(
            this,
            [this, call] { finish(call, fail(ApiError::insecureUrl(call->request.url.toDisplayString()))); },
            Qt::QueuedConnection);
        return;
    }
    start(call);
}

void HttpClient::start(const std::shared_ptr<Call>& call)
{
    if (!call->context) {
        return; // the caller went away: stop retrying
    }
    if (!call->request.authenticated || !m_authenticator) {
        sendAttempt(call, QString());
        return;
    }
    m_authenticator->accessToken(this, [this, call](Result<QString, ApiError> token) {
        if (!token) {
            finish(call, fail(token.error()));
            return;
        }
        sendAttempt(call, token.value());
    });
}

void HttpClient::sendAttempt(const std::shared_ptr<Call>& call, const QString& token)
{
    if (!call->context)
        return;
    ++call->attempts;
    const HttpRequest& r = call->request;
    QNetworkRequest request(r.url);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setSslConfiguration(sslConfiguration());
    request.setRawHeader("Accept", "application/json");
    if (!r.body.isEmpty() || isWriteMethod(r.method))
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (isWriteMethod(r.method))
        request.setRawHeader("Idempotency-Key", r.idempotencyKey.toUtf8());
    for (const auto& [name, value] : r.headers)
        request.setRawHeader(name, value);

    QNetworkReply* reply = m_nam.sendCustomRequest(request, r.method.toUpper(), r.body);
    call->oversizeBytes = -1;
    call->sslErrors.clear();
    connect(reply, &QNetworkReply::sslErrors, this,
            [call](const QList<QSslError>& errors) { call->sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply, token] { handleReply(call, reply, token); });
    watchReplySize(call, reply);
}

void HttpClient::watchReplySize(const std::shared_ptr<Call>& call, QNetworkReply* reply)
{
    const qint64 limit = m_options.maxReplyBytes;
    if (limit <= 0)
        return;
    // Aborting makes the reply finish at once; handleReply() then reports the size, not the abort.
    auto check = [call, reply, limit](qint64 bytes) {
        if (bytes > limit && call->oversizeBytes < 0 && reply->isRunning()) {
            call->oversizeBytes = bytes;
            reply->abort();
        }
    };
    // An announced size is refused before any of the body is read.
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, check] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            check(length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [check](qint64 received, qint64 total) { check(std::max(received, total)); });
    // downloadProgress is throttled by Qt; readyRead comes with every arrival, so a streamed
    // (chunked or unannounced) body is stopped within one network read of the cap. Nothing is
    // read before finished(), so bytesAvailable() is everything received so far.
    connect(reply, &QNetworkReply::readyRead, this, [reply, check] { check(reply->bytesAvailable()); });
}

ApiError HttpClient::errorFromAnswer(int status, const QByteArray& body, const QByteArray& contentType)
{
    QString code;
    QString message;
    QString field;
    if (isJsonContentType(contentType)) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const QJsonArray errors = o.value(QLatin1StringView("errors")).toArray();
        if (!errors.isEmpty()) {
            const QJsonObject first = errors.first().toObject();
            code = first.value(QLatin1StringView("errorCode")).toVariant().toString();
            message = first.value(QLatin1StringView("errorMessage")).toString();
            if (message.isEmpty())
                message = first.value(QLatin1StringView("errorTitle")).toString();
            field = first.value(QLatin1StringView("field")).toString();
        } else if (o.contains(QLatin1StringView("fault"))) {
            const QJsonObject fault = o.value(QLatin1StringView("fault")).toObject();
            message = fault.value(QLatin1StringView("faultstring")).toString();
            code = fault.value(QLatin1StringView("detail"))
                       .toObject()
                       .value(QLatin1StringView("errorcode"))
                       .toString();
        }
    }
    if (status == 401)
        return ApiError::auth(QStringLiteral("HTTP 401 %1").arg(code));
    return ApiError::http(status, code, message, field);
}

Result<QJsonDocument, ApiError> HttpClient::readJson(const QByteArray& body)
{
    QJsonParseError parseError;
    QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ApiError::parse(QStringLiteral("malformed JSON at offset %1: %2")
                                        .arg(parseError.offset)
                                        .arg(parseError.errorString())));
    return json;
}

void HttpClient::handleReply(const std::shared_ptr<Call>& call, QNetworkReply* reply, const QString& token)
{
    reply->deleteLater();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    Q_EMIT attemptFinished(call->request.method, call->request.url, call->attempts, status);

    if (call->oversizeBytes >= 0) {
        handleFailure(call, ApiError::replyTooLarge(m_options.maxReplyBytes,
                                                    QStringLiteral("answer larger than %1 bytes (%2 seen)")
                                                        .arg(m_options.maxReplyBytes)
                                                        .arg(call->oversizeBytes)));
        return;
    }
    if (status == 0) {
        handleFailure(call, networkError(reply, call->sslErrors));
        return;
    }

    const QByteArray body = reply->readAll();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();

    if (status == 401 && call->request.authenticated && m_authenticator) {
        if (!call->renewedAfter401) {
            // Exactly one renewal and one retry; a second 401 is an auth error.
            call->renewedAfter401 = true;
            m_authenticator->tokenRejected(token);
            --call->attempts; // the retry after a renewal does not use up the retry budget
            start(call);
            return;
        }
        finish(call, fail(errorFromAnswer(401, body, contentType)));
        return;
    }

    if (status >= 200 && status < 300) {
        HttpResponse response;
        response.status = status;
        response.contentType = contentType;
        response.link = reply->rawHeader("Link");
        response.attempts = call->attempts;
        response.idempotencyKey =
            isWriteMethod(call->request.method) ? call->request.idempotencyKey : QString();
        if (call->request.expectJson && !(body.trimmed().isEmpty() && status == 204)) {
            if (!isJsonContentType(contentType)) {
                finish(call, fail(ApiError::unexpectedContentType(QString::fromLatin1(contentType), status)));
                return;
            }
            if (call->request.parseJson) {
                auto json = readJson(body);
                if (!json) {
                    finish(call, fail(json.error()));
                    return;
                }
                response.json = std::move(json).value();
            }
        }
        response.body = body;
        finish(call, std::move(response));
        return;
    }

    ApiError error = call->request.readError ? call->request.readError(status, body, contentType)
                                             : errorFromAnswer(status, body, contentType);
    if (status == 429 || status == 503 || status == 409) {
        if (auto after =
                RetryPolicy::parseRetryAfterMs(reply->rawHeader("Retry-After"), m_scheduler.clock().now(),
                                               m_policy.options().retryAfterCapMs))
            error.retryAfterMs = *after;
    }
    handleFailure(call, std::move(error));
}

void HttpClient::handleFailure(const std::shared_ptr<Call>& call, ApiError error)
{
    if (call->context && m_policy.shouldRetry(error, call->attempts) && call->attempts < call->maxAttempts) {
        const qint64 delay = m_policy.delayMs(call->attempts, error);
        qCDebug(lcApi) << "retry" << call->attempts << "of" << call->request.method
                       << call->request.url.path() << "in" << delay << "ms:" << error.detail;
        Q_EMIT retryScheduled(call->request.url, call->attempts, delay);
        m_scheduler.callAfter(delay, this, [this, call] { start(call); });
        return;
    }
    finish(call, fail(std::move(error)));
}

void HttpClient::finish(const std::shared_ptr<Call>& call, Result<HttpResponse, ApiError> result)
{
    if (!result)
        qCDebug(lcApi) << "call failed:" << call->request.method << call->request.url.path()
                       << ApiError::kindName(result.error().kind) << result.error().detail;
    if (call->context && call->callback) {
        auto callback = std::move(call->callback);
        call->callback = nullptr;
        callback(std::move(result));
    }
}

} // namespace paydesk
