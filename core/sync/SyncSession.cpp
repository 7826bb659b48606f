#include "SyncSession.h"

#include "Logging.h"
#include "Outbox.h"
#include "PaymentSource.h"
#include "api/HttpClient.h"
#include "api/PlatformClient.h"
#include "api/TokenProvider.h"
#include "secrets/SecretStore.h"
#include "store/PaymentStore.h"

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
    stop();
}

Result<Done, QString> SyncSession::open()
{
    if (m_store)
        return Done{};
    const QString path = m_config.cachePath.isEmpty() ? PaymentStore::defaultPath() : m_config.cachePath;
    auto opened = PaymentStore::open(path);
    if (!opened)
        return fail(opened.error().message);
    m_store = std::move(opened).value();
    if (!m_store->openReport().message().isEmpty())
        qCInfo(lcSync) << "cache opened with a notice";

    const ConnectionProfile& profile = m_config.profile;
    HttpClient::Options transport;
    transport.transferTimeoutMs = profile.transferTimeoutMs;
    transport.trustedCaCertificates = profile.trustedCaCertificates();
    // Plain http (to loopback) only for the demo's sandbox or a profile marked as a local test
    // platform; every other profile is https only.
    transport.allowPlainHttpToLoopback = profile.localTestPlatform;
    m_http = std::make_unique<HttpClient>(transport, m_scheduler);
    // The push channel takes its TLS and URL rules from the very same options.
    m_push = std::make_unique<PushChannel>(transport, m_config.push);

    TokenProvider::Options tokenOptions;
    tokenOptions.tokenUrl = profile.effectiveTokenUrl();
    tokenOptions.clientId = profile.clientId;
    tokenOptions.clientSecretKey = profile.clientSecretKey();
    tokenOptions.tokenCacheKey = profile.tokenCacheKey();
    // The profile is the saved one, so a secret stored before secrets were bound to an origin
    // is bound to its token URL (the migration); a secret bound elsewhere is never sent.
    tokenOptions.bindUnboundSecret = true;
    m_tokens = std::make_unique<TokenProvider>(*m_http, m_secrets, tokenOptions);
    m_http->setAuthenticator(m_tokens.get());
    m_platform = std::make_unique<PlatformClient>(*m_http, profile.baseUrl, profile.paths);

    for (const QString& storeId : profile.storeIds) {
        auto engine = std::make_unique<SyncEngine>(*m_platform, *m_push, *m_tokens, *m_store, m_scheduler,
                                                   profile.enterpriseId, storeId, m_config.sync);
        engine->setTokenProvider(m_tokens.get());
        addSource(std::move(engine));
    }

    Outbox::Options outboxOptions;
    outboxOptions.user = m_config.user;
    m_outbox = std::make_unique<Outbox>(*m_platform, *m_store, m_scheduler, outboxOptions);
    return Done{};
}

void SyncSession::addSource(std::unique_ptr<PaymentSource> source)
{
    if (!source)
        return;
    PaymentSource* added = source.get();
    connect(added, &PaymentSource::stateChanged, this, &SyncSession::publishState);
    connect(added, &PaymentSource::fullSyncFinished, this, &SyncSession::publishState);
    m_sources.push_back(std::move(source));
    if (m_running)
        added->start();
    publishState();
}

QList<PaymentSource*> SyncSession::sources() const
{
    QList<PaymentSource*> list;
    list.reserve(qsizetype(m_sources.size()));
    for (const auto& source : m_sources)
        list.append(source.get());
    return list;
}

void SyncSession::start()
{
    m_running = true;
    m_syncedEmitted = false;
    for (auto& source : m_sources)
        source->start();
    if (m_outbox)
        m_outbox->start();
    publishState();
}

void SyncSession::stop()
{
    const bool wasRunning = m_running;
    m_running = false;
    for (auto& source : m_sources)
        source->stop();
    if (m_outbox)
        m_outbox->stop();
    if (wasRunning)
        publishState();
}

ConnectionState SyncSession::state() const
{
    QList<ConnectionState> states;
    states.reserve(qsizetype(m_sources.size()));
    for (const auto& source : m_sources)
        states.append(source->state());
    return ConnectionState::worstOf(states);
}

bool SyncSession::isSynced() const
{
    for (const auto& source : m_sources) {
        if (!source->isFullSyncDone())
            return false;
    }
    return !m_sources.empty();
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

void SyncSession::fetchDetails(const QString& paymentId)
{
    if (!m_store || !m_platform || paymentId.isEmpty())
        return;
    auto cached = m_store->payment(paymentId);
    if (!cached || !cached->has_value())
        return;
    const Payment& p = **cached;
    m_platform->fetchPayment(p.enterpriseId, p.storeId, paymentId, this,
                             [this, paymentId](Result<Payment, ApiError> answer) {
                                 if (!answer) {
                                     qCInfo(lcSync) << "details fetch failed for" << paymentId;
                                     Q_EMIT detailsFetched(paymentId, false);
                                     return;
                                 }
                                 // upsert() is the one write: when the answer is at least as new
                                 // as the cached version it replaces the row and the history in
                                 // one transaction (one paymentsChanged); when the cache holds a
                                 // newer version (the feed moved on while we asked) nothing is
                                 // written, so an older timeline never replaces a newer one.
                                 auto written = m_store->upsert(*answer);
                                 if (!written)
                                     qCWarning(lcSync) << "cannot cache the details of" << paymentId << ":"
                                                       << written.error().detail;
                                 Q_EMIT detailsFetched(paymentId, written && *written);
                             });
}

} // namespace paydesk
