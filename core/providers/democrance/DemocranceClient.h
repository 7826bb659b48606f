#pragma once

#include "api/ApiError.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace paydesk {

class HttpClient;
struct HttpResponse;
class SecretStore;

/**
 * Democrance's API v3 for ONE site (one dealer's user), as its public documents describe it
 * (docs.democrance.com: login, policy, payment; API-NOTES "Democrance"; the choices where they
 * are silent are the sandbox README's "Democrance"):
 *
 * - **Session.** `POST /api/v3/login/` with `username` and `password` (JSON) answers a session
 *   `token`; every other call carries it as `Authorization: Token <token>`. The session is kept
 *   in memory only (never in the keychain, the settings or a log), made on first use, made
 *   again when its `expires` time has passed, and renewed exactly once when a call is answered
 *   401 (the call is then sent once more). One sign-in at a time; calls wait for it. The
 *   password is read from the keychain on first use (BoundSecret under the site's key, bound to
 *   the origin of the base URL: it is sent nowhere else) and kept in memory.
 * - **Times** are UTC ISO 8601 ("YYYY-MM-DDTHH:MM:SSZ"), read with timeOf().
 * - **Errors** are Django REST framework's shapes, `{"detail": "…"}` or
 *   `{"<field>": ["…"]}` (readError()). Every answer is checked before use: one that is not
 *   JSON (a web page), malformed JSON, or JSON without the fields a route promises becomes an
 *   ApiError (Kind::Parse), never a crash. Failures come in the same three kinds as Payment
 *   Assist's (failureOf()):
 *   - **refused** (Kind::Refused; 400, 403, 404, 405, 409, 422…, or a token answer whose
 *     `status` is not "OK"): Democrance said no; `message` carries its words, `field` the field
 *     it blames. Never retried. A refused sign-in (wrong user name or password) is Kind::Auth
 *     with code "sign-in-failed": kept for later, not retried by itself.
 *   - **validation** (Kind::Validation without an HTTP status): refused here before sending
 *     (no password, a password saved for another address, a missing policy number).
 *   - **unexpected**: no connection, 5xx, 429 (Retry-After honoured), an unreadable answer.
 *     Reads are retried by the HttpClient's RetryPolicy; writes (initiate, validate-session,
 *     complete) are sent once per call: the caller decides (DemocranceProvider).
 *
 * @code
 * DemocranceClient dem(http, site.baseUrl, site.username, secrets, site.secretKey(profile));
 * dem.allPolicies({u"S_NEW"_s, u"S_PENDING_APPROVAL"_s}, this, [](Result<QJsonArray, ApiError> r) { … });
 * @endcode
 */
class DemocranceClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<QJsonObject, ApiError>)>;
    using ArrayCallback = std::function<void(Result<QJsonArray, ApiError>)>;

    enum class Failure
    {
        Refused,
        Validation,
        Unexpected,
        SignIn,
    };

    /// Largest page the listing serves (`per_page` up to 1000).
    static constexpr int kMaxPerPage = 1000;

    /// With the password at hand (tests, the sandbox's own tools).
    DemocranceClient(HttpClient& http, QUrl baseUrl, QString username, QByteArray password,
                     QObject* parent = nullptr);
    /// The password is read from `secrets` under `secretKey` on first use; `secrets` must
    /// outlive the client and live on its thread (or be a CrossThreadSecretStore).
    DemocranceClient(HttpClient& http, QUrl baseUrl, QString username, SecretStore& secrets,
                     QString secretKey, QObject* parent = nullptr);
    ~DemocranceClient() override;

    const QUrl& baseUrl() const { return m_baseUrl; }
    const QString& username() const { return m_username; }
    /// Whether a session is held now (the token itself never leaves this class).
    bool hasSession() const { return !m_session.isEmpty(); }
    /// Forgets the session (the next call signs in again).
    void dropSession();
    /// How many sign-ins were made (tests and diagnostics).
    int signIns() const { return m_signIns; }

    /// `POST /api/v3/login/` now (a new session): username, broker, expires — never the token.
    /// The cheapest authenticated check a "Test connection" can make.
    void login(QObject* context, Callback callback);

    /// One page of `GET /api/v3/policy/all/` (`status` comma-separated, `page` from 1,
    /// `per_page` 1…1000): count, page, per_page, num_pages, next, previous, results[]. Each
    /// result has a policy_number and a status (checked).
    void policies(const QStringList& statuses, int page, int perPage, QObject* context, Callback callback);
    /// Every page of the listing with `statuses` (per_page 1000), results in order.
    void allPolicies(const QStringList& statuses, QObject* context, ArrayCallback callback);

    /// `GET /api/v3/payment/gateways/?policy_number=`: [{gateway, name, provider}…].
    void gateways(const QString& policyNumber, QObject* context, ArrayCallback callback);
    /// `GET /api/v3/payment/token/?url=&policy_number=`: url, token, form, status ("OK").
    void paymentToken(const QUrl& returnUrl, const QString& policyNumber, QObject* context,
                      Callback callback);
    /// `POST /api/v3/payment/initiate/` {policy_number, gateway}: action, url (null when no
    /// redirect is needed), token.
    void initiate(const QString& policyNumber, const QString& gateway, QObject* context, Callback callback);
    /// `POST /api/v3/payment/validate-session/?token=` {policy_number, gateway}: the gateway's
    /// merchant session as it sent it (single use).
    void validateSession(const QString& token, const QString& policyNumber, const QString& gateway,
                         QObject* context, Callback callback);
    /// `GET /api/v3/payment/status/?token=`: the payment (token, reference, policy_number,
    /// policy_status, gateway, action, status, amount, currency, created, expires, completed).
    void paymentStatus(const QString& token, QObject* context, Callback callback);
    /// `GET /api/v3/payment/status/?policy_number=`: the policy's latest payment, as
    /// paymentStatus(); a 404 (Refused) when the policy has none.
    void latestPayment(const QString& policyNumber, QObject* context, Callback callback);
    /// `POST /api/v3/payment/complete/?token=`: asks Democrance to check the payment with its
    /// gateway now (rather than at its next background re-check); answers like paymentStatus().
    void complete(const QString& token, QObject* context, Callback callback);
    /// `GET /api/v3/payment/<reference>/tax-invoice/` — the tax invoice, or the receipt once
    /// paid (the same route): {filename, contentType, data (base64), size}, the file named as
    /// `receipt` says. The answer must be a PDF.
    void taxInvoice(const QString& reference, bool receipt, QObject* context, Callback callback);

    /// Which kind an error is.
    static Failure failureOf(const ApiError& error);
    /// A non-2xx answer of Democrance as an ApiError.
    static ApiError readError(int httpStatus, const QByteArray& body, const QByteArray& contentType);
    /// A 2xx answer's JSON (object or array), or why it is not usable.
    static Result<QJsonValue, ApiError> readJson(int httpStatus, const QByteArray& body,
                                                 const QByteArray& contentType);
    /// A time as Democrance writes it (UTC ISO 8601: `YYYY-MM-DD`, midnight UTC, or
    /// `YYYY-MM-DDTHH:MM:SS`, an optional fraction and an optional `Z` or offset; without one it
    /// is UTC). Anything else — another format, an impossible date, not a string — is an invalid
    /// QDateTime, which every caller treats as "no time given".
    static QDateTime timeOf(const QJsonValue& value);

    // --- Reading answers (after readJson) ---------------------------------------------------
    /// A login answer's session.
    struct Session
    {
        QString token;
        QDateTime expires; ///< invalid when the answer has none
    };
    /// The session of a login answer; a Parse error without a token.
    static Result<Session, ApiError> readLogin(const QJsonValue& json);
    /// An object answer of `path` with a non-empty text at each of `required`.
    static Result<QJsonObject, ApiError> readObject(const QJsonValue& json, const QString& path,
                                                    const QStringList& required = {});
    /// A page of the policy listing: results[] each with a policy_number and a status (text),
    /// a payment that is an object or null, num_pages and count numbers when present.
    static Result<QJsonObject, ApiError> readPolicyPage(const QJsonValue& json);
    /// The gateways answer: a list whose every entry has its `gateway` key.
    static Result<QJsonArray, ApiError> readGateways(const QJsonValue& json);
    /// The token answer (an object): status "OK" and a token, else refused / malformed.
    static Result<QJsonObject, ApiError> readTokenAnswer(const QJsonObject& answer);
    /// The initiate answer (an object with action and token): a url that is text or null.
    static Result<QJsonObject, ApiError> readInitiateAnswer(const QJsonObject& answer);

    /// The ApiError of an answer without what the route promises.
    static ApiError malformed(const QString& detail, const QString& field = {});
    /// The ApiError of a refusal with Democrance's own words.
    static ApiError refused(int httpStatus, const QString& said, const QString& field = {});
    /// The ApiError of a request refused before sending.
    static ApiError invalid(const QString& message, const QString& detail, const QString& field = {});

private:
    struct Request
    {
        QByteArray method = "GET";
        QString path; ///< below the base URL, e.g. "api/v3/payment/status/"
        QUrlQuery query;
        std::optional<QJsonObject> body;
        bool write = false;
        bool expectPdf = false;
    };
    using RawCallback = std::function<void(Result<HttpResponse, ApiError>)>;

    void withPassword(QObject* context, std::function<void(Result<QByteArray, ApiError>)> then);
    /// The session (signing in first when there is none or it has expired).
    void withSession(QObject* context, std::function<void(Result<QString, ApiError>)> then);
    void signIn();
    void finishSignIn(Result<QString, ApiError> result);
    /// Sends `request` with the session; on 401 renews it once and sends again.
    void send(Request request, QObject* context, RawCallback callback, bool renewed = false);
    void sendJson(Request request, QObject* context,
                  std::function<void(Result<QJsonValue, ApiError>)> callback);
    void sendObject(Request request, QObject* context, Callback callback, const QStringList& required = {});
    void nextPage(const QStringList& statuses, int page, QJsonArray collected, QObject* context,
                  ArrayCallback callback);
    QUrl urlOf(const QString& path) const;

    HttpClient& m_http;
    QUrl m_baseUrl;
    QString m_username;
    SecretStore* m_secrets = nullptr;
    QString m_secretKey;
    std::optional<QByteArray> m_password;
    QString m_session;
    QDateTime m_sessionExpires;
    bool m_signingIn = false;
    int m_signIns = 0;
    QList<std::function<void(Result<QString, ApiError>)>> m_waiting;
};

} // namespace paydesk
