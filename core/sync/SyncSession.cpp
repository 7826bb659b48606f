#include "SyncSession.h"

#include "Logging.h"
#include "Outbox.h"
#include "PaymentSource.h"
#include "api/HttpClient.h"
#include "api/PlatformClient.h"
#include "api/TokenProvider.h"
#include "providers/ProviderRules.h"
#include "providers/democrance/DemocranceProvider.h"
#include "providers/keyloop/KeyloopProvider.h"
#include "providers/mykaarma/MyKaarmaProvider.h"
#include "providers/paymentassist/PaymentAssistProvider.h"
#include "secrets/CrossThreadSecretStore.h"
#include "secrets/SecretStore.h"
#include "store/PaymentStore.h"

#include <QPointer>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;

namespace paydesk {

SyncSession::SyncSession(Config config, SecretStore& secrets, Scheduler& scheduler, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_secrets(secrets)
    , m_scheduler(scheduler)
    , m_home(new ThreadMailbox(this))
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
    m_worker->run(work);
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
    m_worker = new ThreadMailbox;
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
        m_workerSecrets = std::make_unique<CrossThreadSecretStore>(m_secrets, *m_home);
        m_tokens = std::make_unique<TokenProvider>(*m_http, *m_workerSecrets, tokenOptions);
        m_http->setAuthenticator(m_tokens.get());
        m_platform = std::make_unique<PlatformClient>(*m_http, profile.baseUrl, profile.paths);

        Outbox::Options outboxOptions;
        outboxOptions.user = m_config.user;
        m_outbox = std::make_unique<Outbox>(*m_store, m_scheduler, outboxOptions);

        // Keyloop is one provider like the others: its sources are the stores' SyncEngines.
        KeyloopProvider::Parts parts;
        parts.platform = m_platform.get();
        parts.push = m_push.get();
        parts.auth = m_tokens.get();
        parts.tokens = m_tokens.get();
        parts.store = m_store.get();
        parts.scheduler = &m_scheduler;
        adoptProvider(
            std::make_unique<KeyloopProvider>(parts, profile.enterpriseId, profile.storeIds, m_config.sync));
        // Payment Assist for a profile that has sites with its credentials (PaymentAssistSite).
        if (!profile.paymentAssist.isEmpty()) {
            PaymentAssistProvider::Config pa;
            pa.profileName = profile.name;
            pa.enterpriseId = profile.enterpriseId;
            pa.sites = profile.paymentAssist;
            pa.transport = transport;
            adoptProvider(
                std::make_unique<PaymentAssistProvider>(pa, *m_store, m_scheduler, *m_workerSecrets));
        }
        // Democrance for a profile that has sites with its sign-in (DemocranceSite).
        if (!profile.democrance.isEmpty()) {
            DemocranceProvider::Config dem;
            dem.profileName = profile.name;
            dem.enterpriseId = profile.enterpriseId;
            dem.sites = profile.democrance;
            dem.transport = transport;
            adoptProvider(std::make_unique<DemocranceProvider>(dem, *m_store, m_scheduler, *m_workerSecrets));
        }
        // myKaarma for a profile that has sites with its credentials (MyKaarmaSite).
        if (!profile.myKaarma.isEmpty()) {
            MyKaarmaProvider::Config mk;
            mk.profileName = profile.name;
            mk.enterpriseId = profile.enterpriseId;
            mk.sites = profile.myKaarma;
            mk.transport = transport;
            adoptProvider(std::make_unique<MyKaarmaProvider>(mk, *m_store, m_scheduler, *m_workerSecrets));
        }
    });
    if (error || !m_store) {
        shutdown();
        m_closed = false; // a failed open may be tried again
        return fail(error.value_or(tr("The local cache could not be opened.")));
    }
    for (const auto& source : m_sources)
        watchSource(source.get());
    // The outbox's signals, brought to this thread (the outbox lives on the worker).
    m_home->relay(m_outbox.get(), &Outbox::actionQueued,
                  [this](qint64 entryId) { Q_EMIT actionQueued(entryId); });
    m_home->relay(m_outbox.get(), &Outbox::actionConfirmed, [this](qint64 entryId, const QString& paymentId) {
        Q_EMIT actionConfirmed(entryId, paymentId);
    });
    m_home->relay(m_outbox.get(), &Outbox::actionFailed,
                  [this](qint64 entryId, const QString& message) { Q_EMIT actionFailed(entryId, message); });
    m_home->relay(m_outbox.get(), &Outbox::queuedCountChanged,
                  [this](int count) { Q_EMIT queuedCountChanged(count); });
    publishState();
    return Done{};
}

void SyncSession::watchSource(PaymentSource* source)
{
    // The state travels in the signal: this thread never calls into a source on the worker.
    m_home->relay(source, &PaymentSource::stateChanged, [this, source](const ConnectionState& state) {
        for (SourceSeen& seen : m_seen) {
            if (seen.source == source)
                seen.state = state;
        }
        publishState();
    });
    m_home->relay(source, &PaymentSource::fullSyncFinished, [this, source] {
        for (SourceSeen& seen : m_seen) {
            if (seen.source == source)
                seen.fullSyncDone = true;
        }
        publishState();
    });
}

void SyncSession::adoptProvider(std::unique_ptr<PaymentProvider> provider)
{
    // On the worker (or while the GUI thread waits for it in open()).
    for (auto& source : provider->takeSources()) {
        m_seen.append(SourceSeen{source.get(), source->state(), source->isFullSyncDone()});
        m_sources.push_back(std::move(source));
    }
    m_outbox->addSender(provider->id(), provider.get());
    m_providerIds.append(provider->id());
    m_providers.push_back(std::move(provider));
}

PaymentProvider* SyncSession::providerOnWorker(const QString& id) const
{
    for (const auto& provider : m_providers) {
        if (provider->id() == id)
            return provider.get();
    }
    return nullptr;
}

void SyncSession::addProvider(const ProviderFactory& factory)
{
    if (!factory || !m_thread || !m_thread->isRunning() || !m_outbox) {
        qCWarning(lcSync) << "a provider added to a session that is not open is dropped";
        return;
    }
    const qsizetype before = m_seen.size();
    const bool running = m_running;
    runOnWorker([&] {
        HttpClient::Options transport = m_http->options();
        auto provider = factory(ProviderContext{*m_store, m_scheduler, *m_workerSecrets, transport});
        if (!provider)
            return;
        const size_t firstNew = m_sources.size();
        adoptProvider(std::move(provider));
        if (running) {
            for (size_t i = firstNew; i < m_sources.size(); ++i)
                m_sources[i]->start();
            m_outbox->retryNow();
        }
    });
    for (qsizetype i = before; i < m_seen.size(); ++i)
        watchSource(m_seen[i].source);
    publishState();
}

QStringList SyncSession::providerIds() const
{
    return m_providerIds;
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
    m_worker->post([this] {
        for (auto& source : m_sources)
            source->start();
        if (m_outbox)
            m_outbox->start();
    });
    publishState();
}

void SyncSession::stop()
{
    if (!m_worker)
        return;
    m_running = false;
    m_worker->post([this] {
        for (auto& source : m_sources)
            source->stop();
        if (m_outbox)
            m_outbox->stop();
    });
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
        // Sources use their providers; the outbox holds the providers' senders.
        m_sources.clear();
        m_outbox.reset();
        m_providers.clear();
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
    m_providerIds.clear();
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

Result<qint64, FieldErrors> SyncSession::submit(ProviderActionRequest& request)
{
    if (!m_providerIds.contains(request.provider))
        return fail(FieldErrors{
            FieldError{u"provider"_s, paydesk::ProviderRules::tr("%1 does not support this action.")
                                          .arg(ProviderRules::forProvider(request.provider).displayName())}});
    return submitOnWorker(request);
}

namespace {

/// Brings an answer from the worker to the session's thread (through its mailbox `home`) and
/// hands it to `answer` there, unless `context` has gone meanwhile.
template<typename T>
std::function<void(Result<T, ApiError>)> backTo(ThreadMailbox* home, QObject* context,
                                                std::function<void(Result<T, ApiError>)> answer)
{
    QPointer<QObject> guard(context);
    return [home, guard, answer = std::move(answer)](Result<T, ApiError> result) {
        home->post([guard, answer, result = std::move(result)]() mutable {
            if (guard && answer)
                answer(std::move(result));
        });
    };
}

ApiError noSuchProvider(const QString& provider)
{
    ApiError e;
    e.kind = ApiError::Kind::Validation;
    e.message = paydesk::ProviderRules::tr("%1 does not support this action.")
                    .arg(ProviderRules::forProvider(provider).displayName());
    e.detail = u"no provider "_s + provider + u" in this session"_s;
    return e;
}

} // namespace

void SyncSession::query(const QString& provider, ProviderQuery query, const QString& storeId,
                        const QJsonObject& params, QObject* context, Answer<QJsonObject> answer)
{
    auto back = backTo<QJsonObject>(m_home, context, std::move(answer));
    if (!m_worker) {
        back(fail(noSuchProvider(provider)));
        return;
    }
    m_worker->post([this, provider, query, storeId, params, back] {
        PaymentProvider* p = providerOnWorker(provider);
        if (!p) {
            back(fail(noSuchProvider(provider)));
            return;
        }
        p->query(query, storeId, params, p, back);
    });
}

void SyncSession::track(const QString& provider, const QString& storeId, const QString& externalId,
                        QObject* context, Answer<Payment> answer)
{
    auto back = backTo<Payment>(m_home, context, std::move(answer));
    if (!m_worker) {
        back(fail(noSuchProvider(provider)));
        return;
    }
    m_worker->post([this, provider, storeId, externalId, back] {
        PaymentProvider* p = providerOnWorker(provider);
        if (!p) {
            back(fail(noSuchProvider(provider)));
            return;
        }
        p->track(storeId, externalId, p, back);
    });
}

void SyncSession::setWatched(const QStringList& paymentIds)
{
    if (!m_worker)
        return;
    m_worker->post([this, paymentIds] {
        for (auto& provider : m_providers)
            provider->setWatched(paymentIds);
    });
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

void SyncSession::fetchStores()
{
    if (!m_worker)
        return;
    m_worker->post([this] {
        if (!m_platform)
            return;
        // Bound to the client: an answer after shutdown() is never delivered.
        m_platform->fetchStores(m_platform.get(), [this](Result<QList<StoreDetails>, ApiError> answer) {
            if (!answer) {
                qCInfo(lcSync) << "the platform's store details are not available:" << answer.error().message;
                return;
            }
            m_home->post([this, stores = *answer] { Q_EMIT storesFetched(stores); });
        });
    });
}

void SyncSession::fetchDetails(const QString& paymentId)
{
    if (!m_worker || paymentId.isEmpty())
        return;
    m_worker->post([this, paymentId] {
        if (!m_store)
            return;
        auto cached = m_store->payment(paymentId);
        if (!cached || !cached->has_value())
            return;
        const Payment& p = **cached;
        PaymentProvider* provider = providerOnWorker(p.provider);
        if (!provider) {
            m_home->post([this, paymentId] { Q_EMIT detailsFetched(paymentId, false); });
            return;
        }
        provider->fetchPayment(p, provider, [this, paymentId](Result<Payment, ApiError> answer) {
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
                    qCWarning(lcSync)
                        << "cannot cache the details of" << paymentId << ":" << applied.error().detail;
                written = applied && *applied;
            }
            // Told on the session's thread; the session outlives its worker.
            m_home->post([this, paymentId, written] { Q_EMIT detailsFetched(paymentId, written); });
        });
    });
}

} // namespace paydesk
