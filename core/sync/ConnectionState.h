#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace paydesk {

/**
 * How a payment source is connected (DESIGN.md "The window"): live / polling / offline
 * since … / signing in / sign-in failed. One source has one (PaymentSource::state()); a
 * SyncSession combines those of all its sources into one with worstOf(), and that is what the
 * status bar's connection indicator shows, next to the outbox's queued-action count.
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
    /// The last error's translated message (Offline, SignInFailed), else empty.
    QString errorMessage;

    /**
     * The one text for a connection state: "Live", "Polling — live updates reconnecting",
     * "Offline since 14:02", "Sign-in failed", followed by " — 3 actions queued" when
     * `queuedActions` (Outbox::queuedCount()) is not 0. Translated.
     */
    QString text(int queuedActions = 0) const;
    static QString kindName(Kind kind);

    /**
     * How bad a kind is for the dealer, to combine several sources into one figure: Live <
     * Stopped < Syncing < SigningIn < Polling < Offline < SignInFailed.
     */
    static int severity(Kind kind);
    /// The worst of `states` (the first of equally bad ones); Stopped when there are none.
    static ConnectionState worstOf(const QList<ConnectionState>& states);

    friend bool operator==(const ConnectionState&, const ConnectionState&) = default;
};

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::ConnectionState)
