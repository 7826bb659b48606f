#include "MyKaarmaPoller.h"

#include "Logging.h"
#include "MyKaarmaClient.h"
#include "api/Scheduler.h"
#include "providers/ProviderRules.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::max();

/// "mykaarma:<siteId>:<uuid>" → siteId.
QString siteOf(const QString& paymentId)
{
    return paymentId.section(u':', 1, 1);
}

} // namespace

MyKaarmaPoller::MyKaarmaPoller(Scheduler& scheduler, QStringList siteIds, ListPage listPage, Refresh refresh,
                               Options options, QObject* parent)
    : PaymentSource(parent)
    , m_scheduler(scheduler)
    , m_siteIds(std::move(siteIds))
    , m_listPage(std::move(listPage))
    , m_refresh(std::move(refresh))
    , m_options(options)
    , m_retry(options.retry)
{
}

MyKaarmaPoller::~MyKaarmaPoller() = default;

void MyKaarmaPoller::start()
{
    m_running = true;
    m_fullSyncDone = false;
    m_failures = 0;
    m_pausedUntilMs = -1;
    m_refusedSites.clear();
    m_sites.clear();
    const qint64 now = m_scheduler.clock().monotonicMs();
    for (const QString& site : std::as_const(m_siteIds))
        m_sites.insert(site, Site{0, now, false});
    setState(ConnectionState::Kind::Syncing);
    checkFullSync();
    wakeAt(now);
}

void MyKaarmaPoller::stop()
{
    m_running = false;
    ++m_generation; // every wake-up asked for so far is dropped
    m_wakeAtMs = -1;
    setState(ConnectionState::Kind::Stopped);
}

void MyKaarmaPoller::setWatched(const QStringList& paymentIds)
{
    QHash<QString, qint64> watched;
    const qint64 now = m_scheduler.clock().monotonicMs();
    for (const QString& id : paymentIds) {
        if (!id.startsWith(ProviderId::myKaarma() + u':') || !m_siteIds.contains(siteOf(id)))
            continue;
        // A newly watched payment is fetched at once; one watched already keeps its turn.
        watched.insert(id, m_watched.value(id, now));
    }
    m_watched = watched;
    if (m_running && !m_watched.isEmpty())
        wakeAt(now);
}

void MyKaarmaPoller::updated(const Payment& payment)
{
    if (ProviderRules::forPayment(payment).isFinal(payment))
        m_watched.remove(payment.paymentId);
}

void MyKaarmaPoller::wakeAt(qint64 atMs)
{
    if (!m_running || atMs == kNever)
        return;
    if (m_wakeAtMs >= 0 && m_wakeAtMs <= atMs)
        return; // an earlier wake-up is already asked for
    m_wakeAtMs = atMs;
    const quint64 generation = ++m_generation;
    const qint64 delay = std::max<qint64>(0, atMs - m_scheduler.clock().monotonicMs());
    auto fire = [this, generation] {
        if (generation != m_generation)
            return;
        m_wakeAtMs = -1;
        tick();
    };
    if (delay == 0)
        QMetaObject::invokeMethod(this, fire, Qt::QueuedConnection);
    else
        m_scheduler.callAfter(delay, this, fire);
}

void MyKaarmaPoller::tick()
{
    if (!m_running || m_inFlight)
        return;
    const qint64 now = m_scheduler.clock().monotonicMs();
    if (m_pausedUntilMs > now) {
        wakeAt(m_pausedUntilMs);
        return;
    }
    if (m_lastSentMs >= 0 && now < m_lastSentMs + m_options.minGapMs) {
        wakeAt(m_lastSentMs + m_options.minGapMs);
        return;
    }
    // Watched payments first (the dealer is looking at them), then the listings, most overdue first.
    QString watched;
    qint64 watchedDue = kNever;
    for (auto it = m_watched.constBegin(); it != m_watched.constEnd(); ++it) {
        if (m_refusedSites.contains(siteOf(it.key())))
            continue;
        if (it.value() < watchedDue || (it.value() == watchedDue && it.key() < watched)) {
            watched = it.key();
            watchedDue = it.value();
        }
    }
    QString site;
    qint64 siteDue = kNever;
    for (auto it = m_sites.constBegin(); it != m_sites.constEnd(); ++it) {
        if (m_refusedSites.contains(it.key()))
            continue;
        if (it->dueAtMs < siteDue || (it->dueAtMs == siteDue && it.key() < site)) {
            site = it.key();
            siteDue = it->dueAtMs;
        }
    }
    if (!watched.isEmpty() && watchedDue <= now) {
        m_inFlight = true;
        m_lastSentMs = now;
        m_watched[watched] = now + m_options.watchedIntervalMs;
        m_refresh(watched, this, [this, watched](Result<Payment, ApiError> answer) {
            onRefresh(watched, std::move(answer));
        });
        return;
    }
    if (!site.isEmpty() && siteDue <= now) {
        m_inFlight = true;
        m_lastSentMs = now;
        const int page = m_sites.value(site).nextPage;
        m_listPage(site, page, m_options.pageSize, this, [this, site, page](Result<int, ApiError> answer) {
            onPage(site, page, std::move(answer));
        });
        return;
    }
    wakeAt(std::min(watchedDue, siteDue));
}

void MyKaarmaPoller::onPage(const QString& siteId, int page, Result<int, ApiError> answer)
{
    m_inFlight = false;
    if (!m_running)
        return;
    const qint64 now = m_scheduler.clock().monotonicMs();
    auto it = m_sites.find(siteId);
    if (answer && it != m_sites.end()) {
        m_failures = 0;
        if (answer.value() >= m_options.pageSize) {
            it->nextPage = page + 1; // more to come: the next page right after the gap
            it->dueAtMs = now;
        } else {
            it->nextPage = 0;
            it->dueAtMs = now + m_options.listIntervalMs;
            it->firstPassDone = true;
        }
        if (m_state.kind == ConnectionState::Kind::Offline)
            setState(m_fullSyncDone ? ConnectionState::Kind::Live : ConnectionState::Kind::Syncing);
    } else if (!answer) {
        if (it != m_sites.end() && !MyKaarmaClient::isAccessProblem(answer.error()) &&
            answer.error().isPermanent()) {
            // Refused for another reason (a filter the site does not accept): try again next round.
            it->nextPage = 0;
            it->dueAtMs = now + m_options.listIntervalMs;
            it->firstPassDone = true;
        }
        failed(siteId, answer.error());
    }
    checkFullSync();
    wakeAt(std::max(now + m_options.minGapMs, m_pausedUntilMs));
}

void MyKaarmaPoller::onRefresh(const QString& paymentId, Result<Payment, ApiError> answer)
{
    m_inFlight = false;
    if (!m_running)
        return;
    const qint64 now = m_scheduler.clock().monotonicMs();
    if (answer) {
        m_failures = 0;
        updated(answer.value());
        if (m_state.kind == ConnectionState::Kind::Offline)
            setState(m_fullSyncDone ? ConnectionState::Kind::Live : ConnectionState::Kind::Syncing);
    } else {
        if (answer.error().isPermanent() && !MyKaarmaClient::isAccessProblem(answer.error()))
            m_watched.remove(paymentId); // unknown there: no use asking every 15 s
        failed(siteOf(paymentId), answer.error());
    }
    checkFullSync();
    wakeAt(std::max(now + m_options.minGapMs, m_pausedUntilMs));
}

void MyKaarmaPoller::failed(const QString& siteId, const ApiError& error)
{
    const qint64 now = m_scheduler.clock().monotonicMs();
    if (MyKaarmaClient::isAccessProblem(error)) {
        // Wrong password, or a scope the subscriber lacks: nothing of this site works until then.
        m_refusedSites.insert(siteId);
        setState(ConnectionState::Kind::SignInFailed, error.message);
        qCInfo(lcSync) << "mykaarma: site" << siteId << "refused:" << error.detail;
    } else if (!error.isPermanent()) {
        ++m_failures;
        // Unreachable or a server problem: back off everything, honouring Retry-After.
        const qint64 delay = m_retry.delayMs(m_failures, error);
        m_pausedUntilMs = std::max(m_pausedUntilMs, now + delay);
        if (error.httpStatus != 429)
            setState(ConnectionState::Kind::Offline, error.message);
        qCInfo(lcSync) << "mykaarma: polling paused for" << delay << "ms:" << error.detail;
    } else {
        qCInfo(lcSync) << "mykaarma: refused:" << error.detail;
    }
    if (error.retryAfterMs >= 0)
        m_pausedUntilMs = std::max(m_pausedUntilMs, now + error.retryAfterMs);
}

void MyKaarmaPoller::checkFullSync()
{
    if (m_fullSyncDone || !m_running)
        return;
    for (auto it = m_sites.constBegin(); it != m_sites.constEnd(); ++it) {
        if (!it->firstPassDone && !m_refusedSites.contains(it.key()))
            return;
    }
    m_fullSyncDone = true;
    if (m_state.kind == ConnectionState::Kind::Syncing)
        setState(ConnectionState::Kind::Live);
    Q_EMIT fullSyncFinished();
}

void MyKaarmaPoller::setState(ConnectionState::Kind kind, const QString& error)
{
    if (m_state.kind == kind && m_state.errorMessage == error)
        return;
    m_state.kind = kind;
    m_state.errorMessage = error;
    m_state.since = m_scheduler.clock().now();
    Q_EMIT stateChanged(m_state);
}

} // namespace paydesk
