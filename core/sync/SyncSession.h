#pragma once

#include "ConnectionState.h"
#include "SyncEngine.h"
#include "api/ConnectionProfile.h"
#include "api/HttpClient.h"
#include "api/PushChannel.h"
#include "api/Scheduler.h"
#include "api/StoreDetails.h"
#include "payments/DealerActions.h"
#include "payments/FieldError.h"
#include "payments/PaymentValidator.h"
#include "providers/PaymentProvider.h"
#include "providers/ProviderAction.h"
#include "store/AuditEntry.h"
#include "store/StoreError.h"
#include "util/Result.h"
#include "util/ThreadMailbox.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class QThread;

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
 * GUI thread                     │ worker thread (owned by the session)
 * SyncSession (this object):     │ ConnectionProfile ─► HttpClient ◄── TokenProvider
 *   start/stop/submit/fetch ─────┼─►                   PushChannel    (secret: CrossThreadSecretStore
 *   state(), signals ◄───queued──┼── PlatformClient ─┬─► SyncEngine per store ─┐  ─► the SecretStore
 * SecretStore (keychain) ◄queued─┼──                 └─► Outbox ───────────────┴─► PaymentStore writes
 * PaymentStore reads (own conn.) │                                                 (own connection)
 * @endverbatim
 *
 * Threads: open() starts a worker QThread and builds every network and writing part on it:
 * HTTP, token provider, push channel, platform client, one SyncEngine per store (a
 * PaymentSource), the outbox. Every store write (feed pages, push messages, sends, details,
 * audit lines) runs there, on the worker's own SQLite connection; the GUI thread only reads
 * (PaymentStore gives each thread its own connection). The public API is for the thread that
 * made the session (the GUI thread): start(), stop(), fetchDetails() and appendAudit() are
 * queued to the worker; submit() waits for the worker's one short INSERT; every signal of the
 * session is emitted on the GUI thread. The store's own signals (paymentsChanged,
 * outboxChanged, damageDetected) come from the worker: connect with a context object and Qt
 * queues them. shutdown() (and the destructor) stops everything, destroys the worker's parts
 * on the worker, closes its connection, and joins the thread.
 *
 * The client secret and the token cache stay in the SecretStore given here, on the GUI
 * thread; the worker's token provider reaches it through a CrossThreadSecretStore (queued both
 * ways), see there for why.
 *
 * Providers: open() makes one PaymentProvider per provider of the profile on the worker
 * (KeyloopProvider: one SyncEngine per store; PaymentAssistProvider when the profile has
 * Payment Assist sites), registers each one's ActionSender with the outbox and adds its
 * PaymentSources; addProvider() adds another. Payments come from the PaymentSources (also
 * addSource() for a bare source). The session combines their states into one (state(),
 * ConnectionState::worstOf), from the states their signals carry, and says when all of them
 * have finished their first full sync (synced()). What a provider can do is its ProviderRules
 * (pure, any thread); submit(ProviderActionRequest&), query(), track() and setWatched() reach
 * the provider on the worker and answer on this thread.
 *
 * The scheduler's callAfter() is called on the worker thread: the default (TimerScheduler)
 * does that; a ManualScheduler is not thread-safe and must not be given to a session.
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

    /// What a provider is built from, on the worker (ProviderFactory).
    struct ProviderContext
    {
        PaymentStore& store;
        Scheduler& scheduler;
        /// The session's secret store as seen from the worker (CrossThreadSecretStore).
        SecretStore& secrets;
        /// The connection's transport rules (TLS, plain http to loopback, timeouts).
        HttpClient::Options transport;
    };
    /// Builds a provider on the worker; null = nothing to add.
    using ProviderFactory = std::function<std::unique_ptr<PaymentProvider>(const ProviderContext&)>;
    template<typename T>
    using Answer = std::function<void(Result<T, ApiError>)>;

    /// `secrets` holds the profile's client secret; it must live on this thread and outlive the session.
    SyncSession(Config config, SecretStore& secrets, Scheduler& scheduler = Scheduler::system(),
                QObject* parent = nullptr);
    /// shutdown().
    ~SyncSession() override;

    /**
     * Starts the worker thread, opens the cache on it and builds the connection there: token
     * provider, HTTP client, push channel, platform client, one SyncEngine per store and the
     * outbox. Waits until that is done. Nothing is sent before start(). The error text is for
     * the user.
     */
    Result<Done, QString> open();
    /// Starts every source (sign-in, sync) and the outbox's sending (on the worker).
    void start();
    /// Stops every source and the outbox (on the worker); the cache and the worker stay, so
    /// submit(), fetchDetails() and a later start() still work.
    void stop();
    /**
     * Stops everything, destroys the worker's parts on the worker thread, closes its store
     * connection and ends the thread (joined before this returns). The store stays open for
     * reading on this thread. Idempotent; the destructor calls it.
     */
    void shutdown();
    bool isRunning() const { return m_running; }
    /// The thread that writes (null before open() and after shutdown()).
    QThread* workerThread() const;

    /**
     * Adds a source of payments that writes into store() (another provider's connector). The
     * session owns it, moves it to the worker thread, combines its state and starts it with the
     * others (at once when running). Call after open().
     */
    void addSource(std::unique_ptr<PaymentSource> source);
    /**
     * Builds a provider on the worker with `factory`, registers its sender with the outbox and
     * adds its sources (started at once when running). Call after open(); waits for the worker.
     */
    void addProvider(const ProviderFactory& factory);
    /// Ids of the providers of this session (ProviderRules::id()), in the order they were added.
    QStringList providerIds() const;

    /// The sources (they live on the worker thread: observe them by signal, do not call them).
    QList<PaymentSource*> sources() const;
    /// The last state each source announced, in the order of sources().
    QList<ConnectionState> sourceStates() const;

    /// Null before open(). Read from any thread; the session's worker is the one that writes.
    PaymentStore* store() const { return m_store.get(); }
    /// Lives on the worker thread: connect to its signals with a context object, submit through
    /// the session.
    Outbox* outbox() const { return m_outbox.get(); }
    TokenProvider* tokens() const { return m_tokens.get(); }
    const ConnectionProfile& profile() const { return m_config.profile; }
    const QString& user() const { return m_config.user; }

    /// The worst state over all sources (Stopped when there are none). Queued actions are the
    /// outbox's figure (queuedCountChanged()), not part of it.
    ConnectionState state() const;
    /// True once every source finished its first full sync.
    bool isSynced() const;

    /**
     * Queues a dealer action through the outbox (Outbox::submit) on the worker thread and waits
     * for that one short write (an INSERT of the entry and its audit line): the dialog gets
     * its answer at once. `request` is normalised in place. Not to be called on the worker.
     * Without a worker (before open(), after shutdown()) it refuses with one FieldError.
     */
    Result<qint64, FieldErrors> submit(InitiateRequest& request);
    Result<qint64, FieldErrors> submit(CancelRequest& request);
    Result<qint64, FieldErrors> submit(ResendRequest& request);
    /// Any provider's action (Outbox::submit(ProviderActionRequest&)); refused when the session
    /// has no such provider.
    Result<qint64, FieldErrors> submit(ProviderActionRequest& request);

    /**
     * Asks `provider` a read-only question for site `storeId` (PaymentProvider::query()) on
     * the worker; `answer` runs on this thread, unless `context` is destroyed first.
     */
    void query(const QString& provider, ProviderQuery query, const QString& storeId,
               const QJsonObject& params, QObject* context, Answer<QJsonObject> answer);
    /**
     * Starts tracking a payment the dealer names by the provider's id (a Payment Assist token):
     * fetched, cached, then kept up to date (PaymentProvider::track()). Answers on this thread.
     */
    void track(const QString& provider, const QString& storeId, const QString& externalId, QObject* context,
               Answer<Payment> answer);
    /// The payments on screen (detail pane, customer display): polling providers check them
    /// often. Replaces the previous set; an empty list watches none.
    void setWatched(const QStringList& paymentIds);

    /// The rules submit() checks with (a copy: it is pure, so forms check on their own thread).
    PaymentValidator validator() const;

    /**
     * Appends an audit line (an export, a receipt, a settings change) on the worker thread and
     * waits for that one short INSERT, so the caller can say when it failed. Without a worker
     * it answers StoreError::Kind::CannotOpen.
     */
    Result<qint64, StoreError> appendAudit(const AuditEntry& entry);

    /**
     * Fetches one payment's details (its full status timeline) into the cache, in one write:
     * an answer at least as new as the cached version replaces row and history together (one
     * transaction, one PaymentStore::paymentsChanged); an answer older than the cached version
     * is not written, so a late answer never overwrites a newer timeline.
     */
    void fetchDetails(const QString& paymentId);
    /// Asks the platform for its stores' details (names, address, VAT number: what receipts
    /// print) on the worker; storesFetched() brings the answer to this thread. Nothing comes
    /// after an error: receipts then keep the profile's own details.
    void fetchStores();

Q_SIGNALS:
    /// The combined state changed.
    void stateChanged(const paydesk::ConnectionState& state);
    /// Every source finished its first full sync (once per start()).
    void synced();
    /// A fetchDetails() finished; `written` is false after an error or when the cache already
    /// held a newer version.
    void detailsFetched(const QString& paymentId, bool written);
    /// A fetchStores() was answered.
    void storesFetched(const QList<paydesk::StoreDetails>& stores);
    /// The outbox's signals, brought to this thread (see Outbox).
    void actionQueued(qint64 entryId);
    void actionConfirmed(qint64 entryId, const QString& paymentId);
    void actionFailed(qint64 entryId, const QString& message);
    void queuedCountChanged(int count);

private:
    struct SourceSeen
    {
        PaymentSource* source = nullptr;
        ConnectionState state;
        bool fullSyncDone = false;
    };
    void watchSource(PaymentSource* source);
    /// On the worker: takes the provider's sources and registers its sender.
    void adoptProvider(std::unique_ptr<PaymentProvider> provider);
    PaymentProvider* providerOnWorker(const QString& id) const;
    void publishState();
    /// Runs `work` on the worker and waits for it; false when there is no worker.
    bool runOnWorker(const std::function<void()>& work);
    template<typename Request>
    Result<qint64, FieldErrors> submitOnWorker(Request& request);

    Config m_config;
    SecretStore& m_secrets;
    Scheduler& m_scheduler;
    std::unique_ptr<QThread> m_thread;
    /// Lives on the worker: the context of every call queued there.
    ThreadMailbox* m_worker = nullptr;
    /// Lives on the session's thread: the worker's answers and its parts' signals come back
    /// through it.
    ThreadMailbox* m_home = nullptr;
    // Declared in dependency order: destroyed the other way round, users before what they use.
    // Everything but the store is made, used and destroyed on the worker thread.
    std::unique_ptr<PaymentStore> m_store;
    std::unique_ptr<SecretStore> m_workerSecrets;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<PushChannel> m_push;
    std::unique_ptr<PlatformClient> m_platform;
    std::unique_ptr<Outbox> m_outbox;
    // Providers before their sources: a source may use its provider's client, so the sources
    // go first (destroyed the other way round).
    std::vector<std::unique_ptr<PaymentProvider>> m_providers;
    std::vector<std::unique_ptr<PaymentSource>> m_sources;
    QStringList m_providerIds;
    // This thread's view of the sources, from their signals.
    QList<SourceSeen> m_seen;
    ConnectionState m_lastState;
    bool m_running = false;
    bool m_syncedEmitted = false;
    bool m_closed = false;
};

} // namespace paydesk
