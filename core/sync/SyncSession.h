#pragma once

#include "ConnectionState.h"
#include "SyncEngine.h"
#include "api/ConnectionProfile.h"
#include "api/PushChannel.h"
#include "api/Scheduler.h"
#include "util/Result.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace paydesk {

class HttpClient;
class Outbox;
class PaymentSource;
class PaymentStore;
class PlatformClient;
class SecretStore;
class TokenProvider;

/**
 * One working connection for one profile, and the owner of everything it takes (DESIGN.md
 * "Data flow", "Threads"):
 *
 * @verbatim
 * ConnectionProfile ─► HttpClient ◄── TokenProvider (client secret from SecretStore)
 *                      PushChannel    (the same TLS and URL rules as the HttpClient)
 *                      PlatformClient ─┬─► SyncEngine, one per store (a PaymentSource) ─┬─► PaymentStore
 *                                      └─► Outbox (dealer actions) ─────────────────────┘   (the cache)
 * @endverbatim
 *
 * Payments come from PaymentSources: open() adds one SyncEngine per store of the profile (the
 * Keyloop feed and push channel); other providers add theirs with addSource(). The session
 * combines their states into one (state(), ConnectionState::worstOf) and says when all of them
 * have finished their first full sync (synced()).
 *
 * The UI only observes: it reads the store, listens to stateChanged(), the store's
 * paymentsChanged() and the outbox's queuedCountChanged(), and submits actions to the outbox.
 * The session holds no widget and makes no GUI call, so its parts can move to a worker thread.
 *
 * @code
 * SyncSession session({profile, cachePath, user}, secrets);
 * if (auto opened = session.open(); !opened) return showError(opened.error());
 * window.setSession(&session);   // the window connects to the session's signals
 * session.start();
 * @endcode
 */
class SyncSession : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        ConnectionProfile profile;
        /// The SQLite cache; empty = PaymentStore::defaultPath().
        QString cachePath;
        /// Who acts, for the audit log.
        QString user = QStringLiteral("dealer");
        /// Options of every store's SyncEngine.
        SyncEngine::Options sync;
        /// Limits of the push channel.
        PushChannel::Options push;
    };

    /// `secrets` holds the profile's client secret; it must outlive the session.
    SyncSession(Config config, SecretStore& secrets, Scheduler& scheduler = Scheduler::system(),
                QObject* parent = nullptr);
    ~SyncSession() override;

    /**
     * Opens the cache and builds the connection: token provider, HTTP client, push channel,
     * platform client, one SyncEngine per store and the outbox. Nothing is sent before
     * start(). The error text is for the user.
     */
    Result<Done, QString> open();
    /// Starts every source (sign-in, sync) and the outbox's sending.
    void start();
    /// Stops every source and the outbox; the cache stays open.
    void stop();
    bool isRunning() const { return m_running; }

    /**
     * Adds a source of payments that writes into store() (another provider's connector). The
     * session owns it, combines its state and starts it with the others (at once when running).
     */
    void addSource(std::unique_ptr<PaymentSource> source);
    QList<PaymentSource*> sources() const;

    /// Null before open().
    PaymentStore* store() const { return m_store.get(); }
    Outbox* outbox() const { return m_outbox.get(); }
    TokenProvider* tokens() const { return m_tokens.get(); }
    const ConnectionProfile& profile() const { return m_config.profile; }
    const QString& user() const { return m_config.user; }

    /// The worst state over all sources (Stopped when there are none). Queued actions are the
    /// outbox's figure (Outbox::queuedCountChanged), not part of it.
    ConnectionState state() const;
    /// True once every source finished its first full sync.
    bool isSynced() const;

    /**
     * Fetches one payment's details (its full status timeline) into the cache, in one write:
     * an answer at least as new as the cached version replaces row and history together (one
     * transaction, one PaymentStore::paymentsChanged); an answer older than the cached version
     * is not written, so a late answer never overwrites a newer timeline.
     */
    void fetchDetails(const QString& paymentId);

Q_SIGNALS:
    /// The combined state changed.
    void stateChanged(const paydesk::ConnectionState& state);
    /// Every source finished its first full sync (once per start()).
    void synced();
    /// A fetchDetails() finished; `written` is false after an error or when the cache already
    /// held a newer version.
    void detailsFetched(const QString& paymentId, bool written);

private:
    void publishState();

    Config m_config;
    SecretStore& m_secrets;
    Scheduler& m_scheduler;
    // Declared in dependency order: destroyed the other way round, users before what they use.
    std::unique_ptr<PaymentStore> m_store;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<PushChannel> m_push;
    std::unique_ptr<PlatformClient> m_platform;
    std::vector<std::unique_ptr<PaymentSource>> m_sources;
    std::unique_ptr<Outbox> m_outbox;
    ConnectionState m_lastState;
    bool m_running = false;
    bool m_syncedEmitted = false;
};

} // namespace paydesk
