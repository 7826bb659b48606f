#pragma once

#include "api/ApiError.h"
#include "paymentassist/PaymentAssistSignature.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace paydesk {

class HttpClient;
class SecretStore;

/**
 * Payment Assist's Partner API v1 for ONE site (its key and secret), exactly as documented
 * (API-NOTES "Payment Assist", the public docs and the official SDKs):
 *
 * - every request carries `api_key` and `signature` (PaymentAssistSignature over the other
 *   parameters, empty ones left out, booleans `true`/`false`);
 * - POSTs are form-encoded (`application/x-www-form-urlencoded`), GETs carry a query;
 *   amounts are integer pence;
 * - every answer is `{"status","msg","data"}`: `data` of a `status:"ok"` answer is what the
 *   callback gets.
 *
 * Failures are ApiErrors of three kinds, as the SDKs name them (failureOf()):
 * - **refused** (Kind::Refused): Payment Assist received the request and said no — a 4xx, or
 *   a 200 whose status is "error"; `message` carries its `msg`, `field`/`code` the first field
 *   its `data` blames. Never retried (ApiError::isPermanent()).
 * - **validation**: refused here before anything was sent (a missing token, no secret, a
 *   secret bound to another address): Kind::Validation without an HTTP status. Never retried.
 * - **unexpected**: no connection, a 5xx, an HTML page, JSON that is not the envelope. The
 *   only kind worth retrying: reads (GET /account, /status; /plan, /preapproval) are retried by
 *   the HttpClient's RetryPolicy (Retry-After honoured); writes (/begin, /update, /invoice,
 *   /capture) are sent once per call, and the outbox replays them (PaymentAssistProvider
 *   makes a replay safe).
 *
 * The secret is read from the keychain on first use (BoundSecret under the site's key, bound
 * to the origin of the base URL: it is never sent anywhere else) and kept in memory.
 *
 * @code
 * PaymentAssistClient pa(http, baseUrl, apiKey, secret);
 * pa.status(token, this, [](Result<QJsonObject, ApiError> r) { … r->value("status") … });
 * @endcode
 */
class PaymentAssistClient : public QObject
{
    Q_OBJECT

public:
    using Params = PaymentAssistSignature::Params;
    using Callback = std::function<void(Result<QJsonObject, ApiError>)>;

    enum class Failure
    {
        Refused,
        Validation,
        Unexpected,
    };

    /// With the secret at hand (tests, the sandbox's own tools).
    PaymentAssistClient(HttpClient& http, QUrl baseUrl, QString apiKey, QByteArray secret,
                        QObject* parent = nullptr);
    /// The secret is read from `secrets` under `secretKey` on first use; `secrets` must
    /// outlive the client and live on its thread (or be a CrossThreadSecretStore).
    PaymentAssistClient(HttpClient& http, QUrl baseUrl, QString apiKey, SecretStore& secrets,
                        QString secretKey, QObject* parent = nullptr);
    ~PaymentAssistClient() override;

    const QUrl& baseUrl() const { return m_baseUrl; }
    const QString& apiKey() const { return m_apiKey; }

    /// `GET /account`: legal_name, display_name, plans[] (plan_id, name, instalments, deposit,
    /// apr, frequency, min_amount, max_amount, commission_rate, commission_fixed_fee).
    void account(QObject* context, Callback callback);
    /// `POST /plan`: plan, amount, interest, repayable, schedule[{date, amount}].
    void plan(qint64 amountPence, std::optional<int> planId, std::optional<int> planLength, QObject* context,
              Callback callback);
    /// `POST /preapproval`: approved.
    void preapproval(const QString& firstName, const QString& lastName, const QString& addr1,
                     const QString& postcode, QObject* context, Callback callback);
    /// `POST /begin` with the application's fields (order_id, amount, f_name, s_name, addr1,
    /// postcode, email, … as wire names; booleans and integers as JSON): token, url.
    void begin(const QJsonObject& fields, QObject* context, Callback callback);
    /// `GET /status?token=`: token, status, pa_ref, requires_invoice, has_invoice, amount,
    /// expires_at, last_accessed_at.
    void status(const QString& token, QObject* context, Callback callback);
    /// `POST /update` (amount — only lower —, expiry in seconds — 0 expires now —, order_id).
    void update(const QString& token, const QJsonObject& changes, QObject* context, Callback callback);
    /// `POST /invoice` (filetype pdf/html/txt/doc/xls, filedata base64): token, upload_status.
    void invoice(const QString& token, const QString& fileType, const QString& base64Data, QObject* context,
                 Callback callback);
    /// `POST /capture` of a pending_capture application: token, status, deposit_captured.
    void capture(const QString& token, QObject* context, Callback callback);

    /// Any endpoint: `params` without api_key and signature (added here).
    void call(const QByteArray& method, const QString& endpoint, const Params& params, QObject* context,
              Callback callback);

    /// The parameters as sent: `params` (empty values left out) plus api_key and signature.
    static Params signedParams(const Params& params, const QString& apiKey, const QByteArray& secret);
    /// `a=1&b=x%20y`: every value percent-encoded (UTF-8).
    static QByteArray formEncode(const Params& params);
    /// A JSON field as Payment Assist's parameter text: true/false, integers without ".0".
    static QString paramText(const QJsonValue& value);
    /// The fields of a JSON object as parameters (null and empty values left out).
    static Params paramsOf(const QJsonObject& fields);

    /**
     * Checks a success/failure return URL (API-NOTES: "Return URLs get token, status
     * (success / failed) and signature appended; verify over just those"): our own query
     * parameters are ignored. True only when token, status and signature are all there and
     * the signature is Payment Assist's over token and status with `secret`.
     */
    static bool verifyReturnUrl(const QUrl& url, const QByteArray& secret);
    static bool verifyReturn(const QString& token, const QString& status, const QString& signature,
                             const QByteArray& secret);

    /// Which of the three kinds an error is.
    static Failure failureOf(const ApiError& error);
    /// Reads an answer of Payment Assist (the envelope); `httpStatus` as received.
    static Result<QJsonObject, ApiError> readEnvelope(int httpStatus, const QByteArray& body,
                                                      const QByteArray& contentType);
    /// The ApiError of a refusal with Payment Assist's `msg` and `data`.
    static ApiError refused(int httpStatus, const QString& msg, const QJsonValue& data);
    /// The ApiError of a request refused before sending.
    static ApiError invalid(const QString& message, const QString& detail, const QString& field = {});

private:
    void withSecret(QObject* context, std::function<void(Result<QByteArray, ApiError>)> then);

    HttpClient& m_http;
    QUrl m_baseUrl;
    QString m_apiKey;
    SecretStore* m_secrets = nullptr;
    QString m_secretKey;
    std::optional<QByteArray> m_secret;
};

} // namespace paydesk
