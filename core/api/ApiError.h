#pragma once

#include <QCoreApplication>
#include <QString>

namespace paydesk {

/**
 * Why a call to the platform did not produce what was asked, as a value (STYLE.md "errors are
 * values"). `message` is translated and fit for the user; `detail` is untranslated text for
 * logs and never contains a token, a secret or customer data.
 */
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::ApiError)

public:
    enum class Kind
    {
        Network,    ///< no connection, connection dropped, DNS, transfer timeout
        Http,       ///< the platform answered with an error status (see httpStatus)
        Auth,       ///< sign-in failed or a token was refused after one renewal
        Parse,      ///< the answer was not the JSON we expect (wrong content type, malformed, missing fields)
        Validation, ///< the request itself is invalid (a 400/422 with field errors, or refused locally)
        Tls,        ///< certificate or transport-security rule refused the connection
        Cancelled,  ///< the caller went away or the client was shut down
        Refused,    ///< the provider received the request and said no (a 4xx, or a 200 whose envelope says
                    ///< "error"): retrying the same request cannot help
    };

    Kind kind = Kind::Network;
    /// HTTP status when the platform answered, else 0.
    int httpStatus = 0;
    /// The platform's errorCode / Apigee errorcode when it sent one.
    QString code;
    /// The field the platform (or validation) blamed, wire name ("customer.email").
    QString field;
    /// Translated, for people. Includes the platform's own errorMessage when it sent one.
    QString message;
    /// Untranslated, for logs.
    QString detail;
    /// Delay the server asked for (Retry-After), already capped; -1 when none.
    qint64 retryAfterMs = -1;

    /// Whether the retry rule allows another attempt: connection errors, 409 (key in flight), 429 and 5xx.
    bool isRetryable() const;
    /// A 4xx other than 429 and the in-flight 409, a Refused answer, or a request refused
    /// before it was sent (Validation without an HTTP status): never retried.
    bool isPermanent() const;
    /// A 409 that means "the first request with this Idempotency-Key is still running" (no code,
    /// or an IDEMPOTENCY… / IN_PROGRESS code), as opposed to a business conflict such as
    /// ILLEGAL_TRANSITION, which is final.
    bool isInFlightConflict() const;
    /// The answer passed the size cap and was aborted (replyTooLarge()).
    bool isReplyTooLarge() const { return kind == Kind::Parse && code == QLatin1StringView(kReplyTooLarge); }

    /// `code` of replyTooLarge() and brokenFeed(): local verdicts, not platform error codes.
    static constexpr const char* kReplyTooLarge = "reply-too-large";
    static constexpr const char* kBrokenFeed = "broken-feed";

    static ApiError network(const QString& detail);
    static ApiError timeout(const QString& detail);
    static ApiError tls(const QString& detail);
    /// The certificate is trusted but its validity period ended: the platform's to renew.
    static ApiError tlsCertificateExpired(const QString& detail);
    /// The certificate is trusted but not valid yet: most often this computer's clock is wrong.
    static ApiError tlsCertificateNotYetValid(const QString& detail);
    static ApiError insecureUrl(const QString& url);
    static ApiError parse(const QString& detail, const QString& field = {});
    static ApiError unexpectedContentType(const QString& contentType, int httpStatus);
    /// The answer (announced or received) was larger than `limitBytes` and was not read to the end.
    static ApiError replyTooLarge(qint64 limitBytes, const QString& detail);
    /// A change-feed page that breaks the feed's rules (no progress, going backwards, past the end).
    static ApiError brokenFeed(const QString& detail);
    static ApiError auth(const QString& detail);
    static ApiError signInFailed(const QString& detail);
    static ApiError cancelled();
    /// An HTTP error answer; `platformMessage` (from the body) is appended to the translated text.
    static ApiError http(int status, const QString& code, const QString& platformMessage,
                         const QString& field = {});

    static QString kindName(Kind kind);
};

} // namespace paydesk
