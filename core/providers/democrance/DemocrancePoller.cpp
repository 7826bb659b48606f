#include "DemocrancePoller.h"

#include "DemocranceClient.h"
#include "Logging.h"
#include "api/Scheduler.h"
#include "providers/ProviderAction.h"
#include "store/PaymentQuery.h"
#include "store/PaymentStore.h"

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

constexpr qint64 kNever = PollingSchedule::never;
constexpr qint64 kMinute = 60 * 1000;

} // namespace

DemocrancePoller::DemocrancePoller(PaymentStore& store, Scheduler& scheduler, QStringList siteIds,
                                   ListSite listSite, RefreshPayment refresh, Options options,
                                   QObject* parent)
    : PollingSource(scheduler.clock(), parent)
    , m_store(store)
    , m_scheduler(scheduler)
    , m_siteIds(std::move(siteIds))
    , m_listSite(std::move(listSite))
    , m_refresh(std::move(refresh))
    , m_options(options)
    , m_schedule(scheduler, this, options.minGapMs, options.retry, [this] { tick(); })
{
}

DemocrancePoller::~DemocrancePoller() = default;

bool DemocrancePoller::needsStatusPolls(const Payment& payment)
{
    if (payment.provider != ProviderId::democrance() || !payment.status.isOpen())
        return false;
    if (payment.providerData.value(u"token"_s).toString().isEmpty())
        return false;
    // The payment's own word: only one under way changes by itself.
    const QString word = payment.providerData.value(u"payment_status"_s).toString().trimmed().toLower();
    return word.isEmpty() || word == u"pending" || word == u"processing" || word == u"in_progress";
}

qint64 DemocrancePoller::intervalFor(qint64 ageMs)
{
    if (ageMs < 10 * kMinute)
        return 30 * 1000;
    if (ageMs < 60 * kMinute)
        return 2 * kMinute;
    if (ageMs < 24 * 60 * kMinute)
        return 10 * kMinute;
    return 30 * kMinute;
}

qint64 DemocrancePoller::nextDelayMs(const Item& item) const
{
    if (item.listing)
        return m_options.listIntervalMs;
    const qint64 age = std::max<qint64>(0, item.since.msecsTo(m_scheduler.clock().now()));
    return intervalFor(age);
}

QStringList DemocrancePoller::trackedPayments() const
{
    QStringList ids;
    for (auto it = m_items.constBegin(); it != m_items.constEnd(); ++it) {
        if (!it->listing)
            ids << it.key();
    }
    ids.sort();
    return ids;
}

qint64 DemocrancePoller::dueAtMs(const QString& paymentId) const
{
    const auto it = m_items.constFind(paymentId);
    if (it == m_items.constEnd() || it->listing || it->dueAtMs == kNever)
        return -1;
    return it->dueAtMs;
}

qint64 DemocrancePoller::listDueAtMs(const QString& siteId) const
{
    const auto it = m_items.constFind(listKey(siteId));
    if (it == m_items.constEnd() || m_refusedSites.contains(siteId))
        return -1;
    return it->dueAtMs;
}

void DemocrancePoller::start()
{
    m_schedule.start();
    resetFullSync();
    m_refusedSites.clear();
    m_firstRound.clear();
    setState(ConnectionState::Kind::Syncing);
    const qint64 now = m_scheduler.clock().monotonicMs();
    for (const QString& site : std::as_const(m_siteIds)) {
        Item item;
        item.listing = true;
        item.siteId = site;
        item.dueAtMs = now;
        m_items.insert(listKey(site), item);
        m_firstRound.insert(site);
    }
    // Payments under way from an earlier run: asked again now.
    PaymentQuery query;
    query.providers = {ProviderId::democrance()};
    query.storeIds = m_siteIds;
    query.limit = 0;
    if (auto payments = m_store.query(query)) {
        for (const Payment& p : payments.value()) {
            track(p);
            if (auto it = m_items.find(p.paymentId); it != m_items.end())
                it->dueAtMs = now;
        }
    } else {
        qCWarning(lcSync) << "democrance: cannot read the cached policies:" << payments.error().detail;
    }
    checkFullSync();
    m_schedule.wakeAt(now);
}

void DemocrancePoller::stop()
{
    m_schedule.stop();
    setState(ConnectionState::Kind::Stopped);
}

void DemocrancePoller::track(const Payment& payment)
{
    if (payment.provider != ProviderId::democrance() || !m_siteIds.contains(payment.storeId))
        return;
    if (!needsStatusPolls(payment)) {
        m_items.remove(payment.paymentId);
        return;
    }
    const qint64 now = m_scheduler.clock().monotonicMs();
    auto it = m_items.find(payment.paymentId);
    if (it == m_items.end()) {
        Item item;
        item.siteId = payment.storeId;
        item.since = DemocranceClient::timeOf(payment.providerData.value(u"initiated_at"_s));
        if (!item.since.isValid())
            item.since = payment.updatedAt.isValid() ? payment.updatedAt : m_scheduler.clock().now();
        item.dueAtMs = now + nextDelayMs(item);
        if (m_watched.contains(payment.paymentId))
            item.dueAtMs = std::min(item.dueAtMs, now + m_options.watchedIntervalMs);
        it = m_items.insert(payment.paymentId, item);
    }
    if (m_schedule.isRunning())
        m_schedule.wakeAt(it->dueAtMs);
}

void DemocrancePoller::setWatched(const QStringList& paymentIds)
{
    m_watched = QSet<QString>(paymentIds.cbegin(), paymentIds.cend());
    if (!m_schedule.isRunning())
        return;
    const qint64 now = m_scheduler.clock().monotonicMs();
    for (const QString& id : std::as_const(m_watched)) {
        auto it = m_items.find(id);
        if (it == m_items.end() || it->listing || it->dueAtMs == kNever)
            continue;
        it->dueAtMs = std::min(it->dueAtMs, now + m_options.watchedIntervalMs);
        m_schedule.wakeAt(it->dueAtMs);
    }
}

void DemocrancePoller::listSoon(const QString& siteId)
{
    auto it = m_items.find(listKey(siteId));
    if (it == m_items.end())
        return;
    it->dueAtMs = std::min(it->dueAtMs, m_scheduler.clock().monotonicMs());
    if (m_schedule.isRunning())
        m_schedule.wakeAt(it->dueAtMs);
}

void DemocrancePoller::tick()
{
    if (!m_schedule.maySend())
        return;
    const qint64 now = m_schedule.nowMs();
    // The most overdue step; watched payments first when equally due, then listings.
    QString next;
    qint64 nextDue = kNever;
    int nextRank = 0;
    for (auto it = m_items.constBegin(); it != m_items.constEnd(); ++it) {
        if (it->dueAtMs == kNever || m_refusedSites.contains(it->siteId))
            continue;
        const int rank = m_watched.contains(it.key()) ? 2 : (it->listing ? 1 : 0);
        if (it->dueAtMs < nextDue || (it->dueAtMs == nextDue && rank > nextRank) ||
            (it->dueAtMs == nextDue && rank == nextRank && it.key() < next)) {
            next = it.key();
            nextDue = it->dueAtMs;
            nextRank = rank;
        }
    }
    if (next.isEmpty())
        return;
    if (nextDue > now) {
        m_schedule.wakeAt(nextDue);
        return;
    }
    m_schedule.sent(now);
    const Item item = m_items.value(next);
    if (item.listing) {
        m_listSite(item.siteId, this, [this, next](Result<int, ApiError> answer) {
            if (answer)
                onAnswer(next, std::nullopt, std::nullopt);
            else
                onAnswer(next, answer.error(), std::nullopt);
        });
    } else {
        m_refresh(item.siteId, next, this, [this, next](Result<Payment, ApiError> answer) {
            if (answer)
                onAnswer(next, std::nullopt, answer.value());
            else
                onAnswer(next, answer.error(), std::nullopt);
        });
    }
}

void DemocrancePoller::refuseSite(const QString& siteId, const ApiError& error)
{
    // The user name or password was refused (or there is none): nothing of this site works
    // until they change.
    m_refusedSites.insert(siteId);
    m_firstRound.remove(siteId);
    setState(ConnectionState::Kind::SignInFailed, error.message);
}

void DemocrancePoller::onAnswer(const QString& key, const std::optional<ApiError>& error,
                                std::optional<Payment> payment)
{
    if (!m_schedule.answered())
        return;
    const qint64 now = m_schedule.nowMs();
    auto it = m_items.find(key);
    const bool listing = it != m_items.end() && it->listing;
    const QString site = it != m_items.end() ? it->siteId : QString();
    if (!error) {
        m_schedule.succeeded();
        if (listing) {
            it->dueAtMs = now + m_options.listIntervalMs;
            m_firstRound.remove(site);
        } else if (payment && !needsStatusPolls(*payment)) {
            m_items.remove(key); // finished: polled no more
        } else if (it != m_items.end()) {
            it->dueAtMs = now + nextDelayMs(*it);
            if (m_watched.contains(key))
                it->dueAtMs = std::min(it->dueAtMs, now + m_options.watchedIntervalMs);
        }
        reachable();
    } else {
        switch (DemocranceClient::failureOf(*error)) {
        case DemocranceClient::Failure::SignIn:
        case DemocranceClient::Failure::Validation:
            refuseSite(site, *error);
            break;
        case DemocranceClient::Failure::Refused:
            if (!listing && error->httpStatus == 404) {
                qCInfo(lcSync) << "democrance: a payment is unknown there; its status is asked no more";
                m_items.remove(key);
            } else if (it != m_items.end()) {
                it->dueAtMs = now + nextDelayMs(*it);
                if (listing)
                    m_firstRound.remove(site);
            }
            break;
        case DemocranceClient::Failure::Unexpected: {
            // Unreachable or a server problem: back off everything, honouring Retry-After.
            const qint64 delay = m_schedule.backOff(*error, now);
            if (error->httpStatus != 429)
                setState(ConnectionState::Kind::Offline, error->message);
            qCInfo(lcSync) << "democrance: polling paused for" << delay << "ms:" << error->detail;
            break;
        }
        }
        m_schedule.honourRetryAfter(*error, now);
    }
    checkFullSync();
    // The next step waits for the gap (and any pause); tick() works that out.
    m_schedule.next(now);
}

void DemocrancePoller::checkFullSync()
{
    if (isFullSyncDone() || !m_schedule.isRunning() || !m_firstRound.isEmpty())
        return;
    finishFullSync();
}

} // namespace paydesk
