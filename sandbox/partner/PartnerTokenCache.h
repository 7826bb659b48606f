#pragma once

#include "RegisteredPartner.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace paydesk {
class Clock;
}

namespace paydesk::sandbox {

/**
 * Access tokens for delivering to partners: the Auth0 client-credentials grant
 * (`POST {authUrl}` with a JSON body `grant_type=client_credentials`, `client_id`,
 * `client_secret`, `audience`; answer `access_token`, `token_type:"Bearer"`, `expires_in`).
 *
 * One token per partner, renewed at three quarters (75 %) of its lifetime — the rule of
 * `../shared/docs/API-NOTES.md` ("Tokens") and of PayDesk's own TokenProvider — and one fetch
 * in flight per partner: callers that ask while a fetch runs wait for it. A registration with
 * different credentials gets a new token; a webhook answered 401 forgets it (invalidate()).
 *
 * `expires_in` is a number or a numeric string. RFC 6749 makes it optional: an answer without
 * it is taken to live kDefaultLifetimeS (five minutes, renewed after 225 s), the same
 * assumption PayDesk makes of a platform token without a lifetime. A present but unreadable or
 * non-positive `expires_in` ("12abc", "-1", 0) makes the answer unusable.
 */
class PartnerTokenCache : public QObject
{
    Q_OBJECT

public:
    /// Lifetime assumed for a token answer without `expires_in`.
    static constexpr qint64 kDefaultLifetimeS = 300;
    /// When a token of `lifetimeS` seconds is renewed, counted from its fetch: 75 % of it.
    static qint64 renewAfterMs(qint64 lifetimeS);

    /// Receives the token, or why there is none (no secrets in the text).
    using Callback = std::function<void(const Result<QString, QString>& token)>;

    PartnerTokenCache(QNetworkAccessManager& nam, Clock& clock, QObject* parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Calls back with a valid token (from the cache or a fresh fetch); `context` guards the callback.
    void withToken(const RegisteredPartner& partner, QObject* context, Callback callback);
    /// Forget a partner's token (its webhook answered 401).
    void invalidate(const QString& partnerId);
    /// Token requests sent so far (tests check caching with it).
    int fetchCount() const { return m_fetchCount; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    struct Entry
    {
        QString credentialsKey;
        QString token;
        qint64 renewAtMs = 0;
        bool fetching = false;
        QList<Waiter> waiters;
    };

    void fetch(const RegisteredPartner& partner);
    void finish(const QString& partnerId, const Result<QString, QString>& token);
    static QString credentialsKey(const PartnerConfig& config);

    QNetworkAccessManager& m_nam;
    Clock& m_clock;
    QHash<QString, Entry> m_entries;
    int m_timeoutMs = 10000;
    int m_fetchCount = 0;
};

} // namespace paydesk::sandbox
