#pragma once

#include "ApiError.h"
#include "RetryPolicy.h"
#include "Scheduler.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

namespace paydesk {

class Authenticator;

/// One call to send. Writes (POST, PUT, PATCH, DELETE) always carry an Idempotency-Key.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    /// Content type of `body`.
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    /// Sent on every attempt of a write. Empty: the client makes a fresh UUID for this call.
    QString idempotencyKey;
    /// Adds `Authorization: Bearer` from the Authenticator, with one renewal + retry on 401.
    bool authenticated = true;
    /// The answer must be JSON (checked by content type before parsing); an empty 204 is fine.
    bool expectJson = true;
    /// With expectJson: false leaves the JSON answer unread (its content type is still checked;
    /// HttpResponse::json stays empty) for the caller to read elsewhere, e.g. on another thread.
    bool parseJson = true;
    /// Attempts allowed for this call; 0 = the retry policy's default, 1 = never retry.
    int maxAttempts = 0;
    /// Reads an error answer (non-2xx) in the provider's own shape; empty = errorFromAnswer()
    /// (Keyloop's). A 401 is still handled by the Authenticator first when `authenticated`.
    std::function<ApiError(int status, const QByteArray& body, const QByteArray& contentType)> readError;
};

/// A successful (2xx) answer.
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    /// The Link header (RFC 8288) as sent, empty when there was none.
    QByteArray link;
    /// Parsed when the request expected JSON and there was a body.
    QJsonDocument json;
    /// How many attempts it took (1 = first try).
    int attempts = 0;
    /// The key the write carried (empty for reads).
    QString idempotencyKey;
};

/**
 * The transport to the platform: one QNetworkAccessManager, and the rules every call follows
 * (DESIGN.md "The platform API", RELIABILITY.md, API-NOTES.md "Conventions"):
 *
 * - a transfer timeout on every request;
 * - retries only for connection errors, 409, 429 and 5xx, on the RetryPolicy schedule (delays
 *   run on the injected Scheduler, so tests see the schedule without sleeping);
 * - every write carries an Idempotency-Key, the same on every attempt;
 * - TLS verification always on; plain http only to loopback and only when the client allows it
 *   (Options::allowPlainHttpToLoopback: the demo or a profile marked "local test platform"); a
 *   private CA is accepted only when the operator trusted its certificate
 *   (Options::trustedCaCertificates) — SSL errors are never ignored;
 * - the content type is checked before parsing: an HTML page with 200 is an error;
 * - an answer over Options::maxReplyBytes (announced or as it streams in) is aborted early;
 * - failures come back as typed ApiError values with translated messages.
 *
 * Callbacks are bound to a context object: when it is destroyed first, the callback is dropped.
 */
class HttpClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int transferTimeoutMs = 30000;
        /// Largest answer body read, announced (Content-Length) or received; a larger one is
        /// aborted and fails with ApiError::replyTooLarge(). Keeps a hostile or broken server
        /// from filling memory (a feed page of 1000 payments is well under 1 MiB).
        qint64 maxReplyBytes = qint64(16) * 1024 * 1024;
        /// CA certificates the operator explicitly trusted (e.g. the company's private CA).
        QList<QSslCertificate> trustedCaCertificates;
        /// Plain http:// and ws:// to loopback; off = https only. Only for the demo's in-process
        /// sandbox or a profile marked "local test platform" (ConnectionProfile::localTestPlatform).
        bool allowPlainHttpToLoopback = false;
        RetryPolicy::Options retry;
        /// Jitter source for the retry policy; empty = random.
        RetryPolicy::JitterSource jitter;
    };

    using Callback = std::function<void(Result<HttpResponse, ApiError>)>;

    HttpClient();
    explicit HttpClient(Options options, Scheduler& scheduler = Scheduler::system(),
                        QObject* parent = nullptr);
    ~HttpClient() override;

    /// Not owned; must outlive the client or be reset with nullptr.
    void setAuthenticator(Authenticator* authenticator) { m_authenticator = authenticator; }

    void send(HttpRequest request, QObject* context, Callback callback);

    const RetryPolicy& retryPolicy() const { return m_policy; }
    Scheduler& scheduler() const { return m_scheduler; }
    const Options& options() const { return m_options; }
    QNetworkAccessManager* networkAccessManager() { return &m_nam; }

    /// Whether `url` may be used: https (wss) anywhere; http (ws) only to a loopback host, and
    /// only when `allowPlainHttpToLoopback`.
    static bool isAllowedUrl(const QUrl& url, bool allowPlainHttpToLoopback);
    /// isAllowedUrl() under this client's options.
    bool allows(const QUrl& url) const { return isAllowedUrl(url, m_options.allowPlainHttpToLoopback); }
    static bool isLoopbackHost(const QString& host);
    static bool isWriteMethod(const QByteArray& method);
    /// The TLS configuration every request uses (system CAs plus the operator-trusted ones, verify peer).
    QSslConfiguration sslConfiguration() const { return sslConfiguration(m_options.trustedCaCertificates); }
    /// The same rule for any transport of the connection (the push channel: PushChannel).
    static QSslConfiguration sslConfiguration(const QList<QSslCertificate>& trustedCaCertificates);

    /// Reads the platform's error body: {"errors":[{errorCode, errorMessage, field}]} or Apigee {"fault":…}.
    static ApiError errorFromAnswer(int status, const QByteArray& body, const QByteArray& contentType);
    /// A 2xx answer's JSON as send() reads it (a malformed one is ApiError::parse); any thread.
    static Result<QJsonDocument, ApiError> readJson(const QByteArray& body);

Q_SIGNALS:
    /// After each attempt: the HTTP status, or 0 with a network error.
    void attemptFinished(const QByteArray& method, const QUrl& url, int attempt, int status);
    /// A retry of `url` is scheduled in `delayMs`.
    void retryScheduled(const QUrl& url, int retry, qint64 delayMs);

private:
    struct Call;
    void start(const std::shared_ptr<Call>& call);
    void sendAttempt(const std::shared_ptr<Call>& call, const QString& token);
    void handleReply(const std::shared_ptr<Call>& call, QNetworkReply* reply, const QString& token);
    void watchReplySize(const std::shared_ptr<Call>& call, QNetworkReply* reply);
    void handleFailure(const std::shared_ptr<Call>& call, ApiError error);
    void finish(const std::shared_ptr<Call>& call, Result<HttpResponse, ApiError> result);

    Options m_options;
    RetryPolicy m_policy;
    Scheduler& m_scheduler;
    QNetworkAccessManager m_nam;
    Authenticator* m_authenticator = nullptr;
};

} // namespace paydesk
