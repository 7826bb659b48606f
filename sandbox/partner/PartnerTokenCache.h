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
 * One token per partner, cached until shortly before it expires (the last quarter of its
 * life, at most one minute early), and one fetch in flight per partner: callers that ask
 * while a fetch runs wait for it. A registration with different credentials gets a new token.
 */
class PartnerTokenCache : public QObject
{
    Q_OBJECT

public:
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
