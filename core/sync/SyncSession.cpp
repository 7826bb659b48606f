#include "SyncSession.h"

#include "Logging.h"
#include "Outbox.h"
#include "PaymentSource.h"
#include "api/HttpClient.h"
#include "api/PlatformClient.h"
#include "api/TokenProvider.h"
#include "secrets/CrossThreadSecretStore.h"
#include "secrets/SecretStore.h"
#include "store/PaymentStore.h"

#include <QThread>

#include <optional>

namespace paydesk {

SyncSession::SyncSession(Config config, SecretStore& secrets, Scheduler& scheduler, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_secrets(secrets)
    , m_scheduler(scheduler)
{
}

SyncSession::~SyncSession()
{
    // Whoever observes is told nothing more while the parts go.
    blockSignals(true);
    shutdown();
}

QThread* SyncSession::workerThread() const
{
    return m_thread && m_thread->isRunning() ? m_thread.get() : nullptr;
}

bool SyncSession::runOnWorker(const std::function<void()>& work)
{
    if (!m_worker || !m_thread || !m_thread->isRunning())
        return false;
    // Waiting for the worker from the worker would never end.
    Q_ASSERT(QThread::currentThread() != m_thread.get());
    QMetaObject::invokeMethod(m_worker, work, Qt::BlockingQueuedConnection);
    return true;
}

Result<Done, QString> SyncSession::open()
{
    if (m_store)
        return Done{};
    if (m_closed)
        return fail(tr("The connection was closed."));

    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("paydesk-sync"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread.get());
    m_thread->start();

    const QString path = m_config.cachePath.isEmpty() ? PaymentStore::defaultPath() : m_config.cachePath;
    QThread* gui = QThread::currentThread();
    std::optional<QString> error;
    // Built on the worker, so every QObject there (sockets, timers) belongs to the thread that
    // uses it; this thread waits, so it is safe to fill in the members meanwhile.
    runOnWorker([&] {
        auto opened = PaymentStore::open(path);
        if (!opened) {
            error = opened.error().message;
            return;
        }
        m_store = std::move(opened).value();
        // The store object itself belongs to the session's thread (it is read and destroyed
        // there); the worker writes through its own connection, opened just now.
        m_store->moveToThread(gui);
        if (!m_store->openReport().message().isEmpty())
            qCInfo(lcSync) << "cache opened with a notice";

        const ConnectionProfile& profile = m_config.profile;
        HttpClient::Options transport;
        transport.transferTimeoutMs = profile.transferTimeoutMs;
        transport.trustedCaCertificates = profile.trustedCaCertificates();
        // Plain http (to loopback) only for the demo's sandbox or a profile marked as a local
        // test platform; every other profile is https only.
        transport.allowPlainHttpToLoopback = profile.localTestPlatform;
        m_http = std::make_unique<HttpClient>(transport, m_scheduler);
        // The push channel takes its TLS and URL rules from the very same options.
        m_push = std::make_unique<PushChannel>(transport, m_config.push);

        TokenProvider::Options tokenOptions;
        tokenOptions.tokenUrl = profile.effectiveTokenUrl();
        tokenOptions.clientId = profile.clientId;
        tokenOptions.clientSecretKey = profile.clientSecretKey();
        tokenOptions.tokenCacheKey = profile.tokenCacheKey();
        // The profile is the saved one, so a secret stored before secrets were bound to an
        // origin is bound to its token URL (the migration); a secret bound elsewhere is never sent.
        tokenOptions.bindUnboundSecret = true;
        m_workerSecrets = std::make_unique<CrossThreadSecretStore>(m_secrets);
        m_tokens = std::make_unique<TokenProvider>(*m_http, *m_workerSecrets, tokenOptions);
        m_http->setAuthenticator(m_tokens.get());
        m_platform = std::make_unique<PlatformClient>(*m_http, profile.baseUrl, profile.paths);

        for (const QString& storeId : profile.storeIds) {
            auto engine = std::make_unique<SyncEngine>(*m_platform, *m_push, *m_tokens, *m_store, m_scheduler,
                                                       profile.enterpriseId, storeId, m_config.sync);
            engine->setTokenProvider(m_tokens.get());
            m_seen.append(SourceSeen{engine.get(), engine->state(), engine->isFullSyncDone()});
            m_sources.push_back(std::move(engine));
        }

        Outbox::Options outboxOptions;
        outboxOptions.user = m_config.user;
        m_outbox = std::make_unique<Outbox>(*m_platform, *m_store, m_scheduler, outboxOptions);
    });
    if (error || !m_store) {
        shutdown();
        m_closed = false; // a failed open may be tried again
        return fail(error.value_or(tr("The local cache could not be opened.")));
    }
    for (const auto& source : m_sources)
        watchSource(source.get());
    // The outbox's signals, brought to this thread (queued: the outbox lives on the worker).
    connect(m_outbox.get(), &Outbox::actionQueued, this, &SyncSession::actionQueued);
    connect(m_outbox.get(), &Outbox::actionConfirmed, this, &SyncSession::actionConfirmed);
    connect(m_outbox.get(), &Outbox::actionFailed, this, &SyncSession::actionFailed);
    connect(m_outbox.get(), &Outbox::queuedCountChanged, this, &SyncSession::queuedCountChanged);
    publishState();
    return Done{};
}

void SyncSession::watchSource(PaymentSource* source)
{
    // The state travels in the signal: this thread never calls into a source on the worker.
    connect(source, &PaymentSource::stateChanged, this, [this, source](const ConnectionState& state) {
        for (SourceSeen& seen : m_seen) {
            if (seen.source == source)
                seen.state = state;
        }
        publishState();
    });
    connect(source, &PaymentSource::fullSyncFinished, this, [this, source] {
        for (SourceSeen& seen : m_seen) {
            if (seen.source == source)
                seen.fullSyncDone = true;
        }
        publishState();
    });
}

void SyncSession::addSource(std::unique_ptr<PaymentSource> source)
{
    if (!source || !m_thread || !m_thread->isRunning()) {
        qCWarning(lcSync) << "a source added to a session that is not open is dropped";
        return;
    }
    PaymentSource* added = source.get();
    m_seen.append(SourceSeen{added, added->state(), added->isFullSyncDone()});
    added->setParent(nullptr);
    added->moveToThread(m_thread.get());
    watchSource(added);
    const bool running = m_running;
    runOnWorker([&] {
        m_sources.push_back(std::move(source));
        if (running)
            added->start();
    });
    publishState();
}

QList<PaymentSource*> SyncSession::sources() const
{
    QList<PaymentSource*> list;
    list.reserve(m_seen.size());
    for (const SourceSeen& seen : m_seen)
        list.append(seen.source);
    return list;
}

QList<ConnectionState> SyncSession::sourceStates() const
{
    QList<ConnectionState> states;
    states.reserve(m_seen.size());
    for (const SourceSeen& seen : m_seen)
        states.append(seen.state);
    return states;
}

void SyncSession::start()
{
    if (!m_worker)
        return;
    m_running = true;
    m_syncedEmitted = false;
    // A source's first full sync counts again from its start (PaymentSource::isFullSyncDone).
    for (SourceSeen& seen : m_seen)
        seen.fullSyncDone = false;
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            for (auto& source : m_sources)
                source->start();
            if (m_outbox)
                m_outbox->start();
        },
        Qt::QueuedConnection);
    publishState();
}

void SyncSession::stop()
{
    if (!m_worker)
        return;
    m_running = false;
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            for (auto& source : m_sources)
                source->stop();
            if (m_outbox)
                m_outbox->stop();
        },
        Qt::QueuedConnection);
}

void SyncSession::shutdown()
{
    if (!m_thread)
        return;
    m_running = false;
    m_closed = true;
    // The parts go on the thread they live on: their sockets and timers end there.
    runOnWorker([this] {
        for (auto& source : m_sources)
            source->stop();
        if (m_outbox)
            m_outbox->stop();
        m_outbox.reset();
        m_sources.clear();
        m_platform.reset();
        m_push.reset();
        m_tokens.reset();
        m_http.reset();
        m_workerSecrets.reset();
        if (m_store)
            m_store->closeThreadConnection();
    });
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    m_thread.reset();
    m_seen.clear();
    publishState();
}

ConnectionState SyncSession::state() const
{
    QList<ConnectionState> states;
    states.reserve(m_seen.size());
    for (const SourceSeen& seen : m_seen)
        states.append(seen.state);
    return ConnectionState::worstOf(states);
}

bool SyncSession::isSynced() const
{
    for (const SourceSeen& seen : m_seen) {
        if (!seen.fullSyncDone)
            return false;
    }
    return !m_seen.isEmpty();
}

void SyncSession::publishState()
{
    const ConnectionState s = state();
    if (s != m_lastState) {
        m_lastState = s;
        Q_EMIT stateChanged(s);
    }
    if (m_running && !m_syncedEmitted && isSynced()) {
        m_syncedEmitted = true;
        Q_EMIT synced();
    }
}

template<typename Request>
Result<qint64, FieldErrors> SyncSession::submitOnWorker(Request& request)
{
    std::optional<Result<qint64, FieldErrors>> answer;
    // One short write (the entry and its audit line in one transaction): the dialog waits for
    // it, as it waited for the same write on its own thread before. The worker never waits
    // for this thread, so this cannot deadlock.
    const bool ran = runOnWorker([&] {
        if (m_outbox)
            answer.emplace(m_outbox->submit(request));
    });
    if (!ran || !answer)
        return fail(FieldErrors{FieldError{QString(), ConnectionState().text()}});
    return std::move(*answer);
}

Result<qint64, FieldErrors> SyncSession::submit(InitiateRequest& request)
{
    return submitOnWorker(request);
}

Result<qint64, FieldErrors> SyncSession::submit(CancelRequest& request)
{
    return submitOnWorker(request);
}

Result<qint64, FieldErrors> SyncSession::submit(ResendRequest& request)
{
    return submitOnWorker(request);
}

PaymentValidator SyncSession::validator() const
{
    // Made on the worker and never changed afterwards: reading a copy here is safe.
    return m_outbox ? m_outbox->validator() : PaymentValidator();
}

Result<qint64, StoreError> SyncSession::appendAudit(const AuditEntry& entry)
{
    std::optional<Result<qint64, StoreError>> written;
    const bool ran = runOnWorker([&] {
        if (m_store)
            written.emplace(m_store->appendAudit(entry));
    });
    if (!ran || !written)
        return fail(StoreError::make(StoreError::Kind::CannotOpen, QStringLiteral("no worker")));
    if (!*written)
        qCWarning(lcSync) << "cannot write an audit line:" << written->error().detail;
    return std::move(*written);
}

void SyncSession::fetchDetails(const QString& paymentId)
{
    if (!m_worker || paymentId.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [this, paymentId] {
            if (!m_store || !m_platform)
                return;
            auto cached = m_store->payment(paymentId);
            if (!cached || !cached->has_value())
                return;
            const Payment& p = **cached;
            m_platform->fetchPayment(
                p.enterpriseId, p.storeId, paymentId, m_platform.get(),
                [this, paymentId](Result<Payment, ApiError> answer) {
                    bool written = false;
                    if (!answer) {
                        qCInfo(lcSync) << "details fetch failed for" << paymentId;
                    } else {
                        // upsert() is the one write: when the answer is at least as new as the
                        // cached version it replaces the row and the history in one transaction
                        // (one paymentsChanged); when the cache holds a newer version (the feed
                        // moved on while we asked) nothing is written, so an older timeline
                        // never replaces a newer one.
                        auto applied = m_store->upsert(*answer);
                        if (!applied)
                            qCWarning(lcSync) << "cannot cache the details of" << paymentId << ":"
                                              << applied.error().detail;
                        written = applied && *applied;
                    }
                    // Told on the session's thread; the session outlives its worker.
                    QMetaObject::invokeMethod(
                        this, [this, paymentId, written] { Q_EMIT detailsFetched(paymentId, written); },
                        Qt::QueuedConnection);
                });
        },
        Qt::QueuedConnection);
}

} // namespace paydesk
