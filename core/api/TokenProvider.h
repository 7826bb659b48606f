#pragma once

#include "ApiError.h"
#include "Authenticator.h"
#include "HttpClient.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace paydesk {

class SecretStore;

/**
 * OAuth2 client-credentials tokens for the platform (Apigee-style, API-NOTES.md "Keyloop").
 *
 * - Asks `POST tokenUrl` with grant_type=client_credentials, client_id and the client secret
 *   read from the SecretStore; accepts `expires_in` as a number or a numeric string (strictly:
 *   "12abc" is not 12). Without a readable positive `expires_in` (RFC 6749 makes it optional)
 *   the token is taken to live kDefaultLifetimeS.
 * - Caches the token with its expiry in the SecretStore (never a file) and reuses it across
 *   restarts; renews when about 75 % of its lifetime has passed (measured on the injected clock).
 * - Only one renewal is in flight; every caller that needs a token meanwhile waits for it.
 * - A 401 from the platform (tokenRejected()) forces exactly one renewal, however many calls saw it.
 * - Bad credentials (401/400/403 from the token endpoint, or no secret stored) are a
 *   "sign-in failed" state: every call fails at once with that error, without asking the
 *   server again, until resetSignIn() (e.g. after the user saved a new secret).
 * - The secret is sent only to the origin it is bound to (BoundSecret): a secret stored for
 *   another scheme, host or port is a "sign-in failed" (ApiError code
 *   "secret-origin-mismatch") and never leaves the machine. The cached token carries the same
 *   origin and is adopted only for it.
 */
class TokenProvider : public QObject, public Authenticator
{
    Q_OBJECT

public:
    enum class State
    {
        SignedOut,    ///< no token yet
        SigningIn,    ///< a token request is in flight
        SignedIn,     ///< a usable token is held
        SignInFailed, ///< the credentials were refused; see lastError()
    };
    Q_ENUM(State)

    struct Options
    {
        QUrl tokenUrl;
        QString clientId;
        /// SecretStore key of the client secret.
        QString clientSecretKey;
        /// SecretStore key under which the token is cached; empty = no caching.
        QString tokenCacheKey;
        /// A secret stored before secrets were bound to an origin is bound to tokenUrl's origin
        /// on first read (then tokenUrl must be the profile's saved one). False: it is refused.
        bool bindUnboundSecret = true;
        /// Share of the lifetime after which the token is renewed.
        double renewAtFraction = 0.75;
    };

    /// Lifetime assumed for a token answer without a usable `expires_in`: five minutes.
    static constexpr qint64 kDefaultLifetimeS = 300;
    /// The longest lifetime believed: a day. A server's claim beyond it is not trusted to keep
    /// a token unrenewed for longer (a revoked one still meets the 401 renewal).
    static constexpr qint64 kMaxLifetimeS = 24 * 60 * 60;

    /// A token endpoint's answer as read (Apigee and Auth0 shapes).
    struct TokenAnswer
    {
        QString accessToken;
        /// Seconds, in [1, kMaxLifetimeS].
        qint64 lifetimeS = kDefaultLifetimeS;
    };
    /**
     * Reads `access_token` and `expires_in` (a number or a numeric string, optional per
     * RFC 6749: kDefaultLifetimeS without a usable one). An answer without a token is a parse
     * error naming `access_token`.
     */
    static Result<TokenAnswer, ApiError> readTokenAnswer(const QJsonObject& answer);

    TokenProvider(HttpClient& http, SecretStore& secrets, Options options, QObject* parent = nullptr);
    ~TokenProvider() override;

    void accessToken(QObject* context, TokenCallback callback) override;
    void tokenRejected(const QString& token) override;

    State state() const { return m_state; }
    /// The sign-in error while state() is SignInFailed (or the last renewal error).
    const ApiError& lastError() const { return m_lastError; }
    /// How many token requests were sent to the token endpoint.
    int renewalCount() const { return m_renewals; }
    /// When the held token is renewed (invalid without a token).
    QDateTime renewAt() const { return m_renewAt; }
    QDateTime expiresAt() const { return m_expiresAt; }

    /// Leaves SignInFailed so that the next call signs in again.
    void resetSignIn();
    /// Forgets the token, in memory and in the cache.
    void signOut();

Q_SIGNALS:
    void stateChanged(paydesk::TokenProvider::State state);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback callback;
    };

    bool hasUsableToken() const;
    QString tokenOrigin() const;
    void beginRenewal();
    void requestToken(const QByteArray& secret);
    void onTokenAnswer(Result<HttpResponse, ApiError> answer);
    void deliver(const Result<QString, ApiError>& result);
    void setState(State state);
    void storeInCache();
    void adoptCached(const QByteArray& cached);

    HttpClient& m_http;
    SecretStore& m_secrets;
    Options m_options;
    State m_state = State::SignedOut;
    ApiError m_lastError;
    QString m_token;
    QDateTime m_renewAt;
    QDateTime m_expiresAt;
    bool m_cacheLoaded = false;
    bool m_renewing = false;
    int m_renewals = 0;
    QList<Waiter> m_waiters;
};

} // namespace paydesk
