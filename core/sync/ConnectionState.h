#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace paydesk {

/**
 * What the status bar's connection indicator shows for one store (DESIGN.md "The window"):
 * live / polling / offline since … / signing in / sign-in failed, plus the number of dealer
 * actions still waiting in the outbox.
 */
struct ConnectionState
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::ConnectionState)

public:
    enum class Kind
    {
        Stopped,      ///< sync not started (or stopped)
        SigningIn,    ///< waiting for an access token
        Syncing,      ///< the full sync is paging through the change feed
        Live,         ///< the push channel is open: changes arrive as they happen
        Polling,      ///< the push channel is down; the change feed is polled meanwhile
        Offline,      ///< the platform cannot be reached; working from the cache
        SignInFailed, ///< the credentials were refused; nothing is retried until they change
    };

    Kind kind = Kind::Stopped;
    /// When this kind began (UTC); "offline since …".
    QDateTime since;
    /// Dealer actions queued or being sent.
    int queuedActions = 0;
    /// The last error's translated message (Offline, SignInFailed), else empty.
    QString errorMessage;

    /// "Live", "Polling — live updates reconnecting", "Offline since 14:02", "Sign-in failed", and
    /// ", 3 actions queued" when there are any. Translated.
    QString text() const;
    static QString kindName(Kind kind);

    friend bool operator==(const ConnectionState&, const ConnectionState&) = default;
};

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::ConnectionState)
