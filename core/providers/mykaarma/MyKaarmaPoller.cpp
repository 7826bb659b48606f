#include "MyKaarmaPoller.h"

#include "Logging.h"
#include "MyKaarmaClient.h"
#include "api/Scheduler.h"
#include "providers/ProviderRules.h"

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

constexpr qint64 kNever = PollingSchedule::never;

/// "mykaarma:<siteId>:<uuid>" → siteId.
QString siteOf(const QString& paymentId)
{
    return paymentId.section(u':', 1, 1);
}

} // namespace

MyKaarmaPoller::MyKaarmaPoller(Scheduler& scheduler, QStringList siteIds, ListPage listPage, Refresh refresh,
                               Options options, QObject* parent)
    : PollingSource(scheduler.clock(), parent)
    , m_scheduler(scheduler)
    , m_siteIds(std::move(siteIds))
    , m_listPage(std::move(listPage))
    , m_refresh(std::move(refresh))
    , m_options(options)
    , m_schedule(scheduler, this, options.minGapMs, options.retry, [this] { tick(); })
{
}

MyKaarmaPoller::~MyKaarmaPoller() = default;

void MyKaarmaPoller::start()
{
    m_schedule.start();
    resetFullSync();
    m_refusedSites.clear();
    m_sites.clear();
    const qint64 now = m_scheduler.clock().monotonicMs();
    for (const QString& site : std::as_const(m_siteIds))
        m_sites.insert(site, Site{0, now, false});
    setState(ConnectionState::Kind::Syncing);
    checkFullSync();
    m_schedule.wakeAt(now);
}

void MyKaarmaPoller::stop()
{
    m_schedule.stop();
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
    if (m_schedule.isRunning() && !m_watched.isEmpty())
        m_schedule.wakeAt(now);
}

void MyKaarmaPoller::updated(const Payment& payment)
{
    if (ProviderRules::forPayment(payment).isFinal(payment))
        m_watched.remove(payment.paymentId);
}

void MyKaarmaPoller::tick()
{
    if (!m_schedule.maySend())
        return;
    const qint64 now = m_schedule.nowMs();
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
        m_schedule.sent(now);
        m_watched[watched] = now + m_options.watchedIntervalMs;
        m_refresh(watched, this, [this, watched](Result<Payment, ApiError> answer) {
            onRefresh(watched, std::move(answer));
        });
        return;
    }
    if (!site.isEmpty() && siteDue <= now) {
        m_schedule.sent(now);
        const int page = m_sites.value(site).nextPage;
        m_listPage(site, page, m_options.pageSize, this, [this, site, page](Result<int, ApiError> answer) {
            onPage(site, page, std::move(answer));
        });
        return;
    }
    m_schedule.wakeAt(std::min(watchedDue, siteDue));
}

void MyKaarmaPoller::onPage(const QString& siteId, int page, Result<int, ApiError> answer)
{
    if (!m_schedule.answered())
        return;
    const qint64 now = m_schedule.nowMs();
    auto it = m_sites.find(siteId);
    if (answer && it != m_sites.end()) {
        m_schedule.succeeded();
        if (answer.value() >= m_options.pageSize) {
            it->nextPage = page + 1; // more to come: the next page right after the gap
            it->dueAtMs = now;
        } else {
            it->nextPage = 0;
            it->dueAtMs = now + m_options.listIntervalMs;
            it->firstPassDone = true;
        }
        reachable();
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
    m_schedule.next(now);
}

void MyKaarmaPoller::onRefresh(const QString& paymentId, Result<Payment, ApiError> answer)
{
    if (!m_schedule.answered())
        return;
    const qint64 now = m_schedule.nowMs();
    if (answer) {
        m_schedule.succeeded();
        updated(answer.value());
        reachable();
    } else {
        if (answer.error().isPermanent() && !MyKaarmaClient::isAccessProblem(answer.error()))
            m_watched.remove(paymentId); // unknown there: no use asking every 15 s
        failed(siteOf(paymentId), answer.error());
    }
    checkFullSync();
    m_schedule.next(now);
}

void MyKaarmaPoller::failed(const QString& siteId, const ApiError& error)
{
    const qint64 now = m_schedule.nowMs();
    if (MyKaarmaClient::isAccessProblem(error)) {
        // Wrong password, or a scope the subscriber lacks: nothing of this site works until then.
        m_refusedSites.insert(siteId);
        setState(ConnectionState::Kind::SignInFailed, error.message);
        qCInfo(lcSync) << "mykaarma: site" << siteId << "refused:" << error.detail;
    } else if (!error.isPermanent()) {
        // Unreachable or a server problem: back off everything, honouring Retry-After.
        const qint64 delay = m_schedule.backOff(error, now);
        if (error.httpStatus != 429)
            setState(ConnectionState::Kind::Offline, error.message);
        qCInfo(lcSync) << "mykaarma: polling paused for" << delay << "ms:" << error.detail;
    } else {
        qCInfo(lcSync) << "mykaarma: refused:" << error.detail;
    }
    m_schedule.honourRetryAfter(error, now);
}

void MyKaarmaPoller::checkFullSync()
{
    if (isFullSyncDone() || !m_schedule.isRunning())
        return;
    for (auto it = m_sites.constBegin(); it != m_sites.constEnd(); ++it) {
        if (!it->firstPassDone && !m_refusedSites.contains(it.key()))
            return;
    }
    finishFullSync();
}

} // namespace paydesk
