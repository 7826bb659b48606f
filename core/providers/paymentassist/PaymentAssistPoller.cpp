#include "PaymentAssistPoller.h"

#include "Logging.h"
#include "PaymentAssistClient.h"
#include "api/Scheduler.h"
#include "payments/Payment.h"
#include "providers/ProviderRules.h"
#include "store/PaymentQuery.h"
#include "store/PaymentStore.h"

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

constexpr qint64 kNever = PollingSchedule::never;
constexpr qint64 kMinute = 60 * 1000;

} // namespace

PaymentAssistPoller::PaymentAssistPoller(PaymentStore& store, Scheduler& scheduler, QStringList siteIds,
                                         Refresh refresh, Options options, QObject* parent)
    : PollingSource(scheduler.clock(), parent)
    , m_store(store)
    , m_scheduler(scheduler)
    , m_siteIds(std::move(siteIds))
    , m_refresh(std::move(refresh))
    , m_options(options)
    , m_schedule(scheduler, this, options.minGapMs, options.retry, [this] { tick(); })
{
}

PaymentAssistPoller::~PaymentAssistPoller() = default;

qint64 PaymentAssistPoller::intervalFor(qint64 ageMs)
{
    if (ageMs < 10 * kMinute)
        return 30 * 1000;
    if (ageMs < 60 * kMinute)
        return 2 * kMinute;
    if (ageMs < 24 * 60 * kMinute)
        return 10 * kMinute;
    return 30 * kMinute;
}

qint64 PaymentAssistPoller::nextDelayMs(const Tracked& t) const
{
    if (t.final)
        return t.invoiceOutstanding ? m_options.invoiceOutstandingIntervalMs : kNever;
    const qint64 age = std::max<qint64>(0, t.begunAt.msecsTo(m_scheduler.clock().now()));
    return intervalFor(age);
}

qint64 PaymentAssistPoller::dueAtMs(const QString& token) const
{
    const auto it = m_tracked.constFind(token);
    if (it == m_tracked.constEnd() || it->dueAtMs == kNever)
        return -1;
    return it->dueAtMs;
}

void PaymentAssistPoller::start()
{
    m_schedule.start();
    resetFullSync();
    m_refusedSites.clear();
    m_firstRound.clear();
    setState(ConnectionState::Kind::Syncing);
    // Payment Assist has no list: what to follow is what the cache holds of this provider.
    PaymentQuery query;
    query.providers = {ProviderId::paymentAssist()};
    query.storeIds = m_siteIds;
    query.limit = 0;
    if (auto payments = m_store.query(query)) {
        for (const Payment& p : payments.value())
            follow(p, true);
    } else {
        qCWarning(lcSync) << "payment assist: cannot read the tracked applications:"
                          << payments.error().detail;
    }
    for (auto it = m_tracked.constBegin(); it != m_tracked.constEnd(); ++it) {
        if (it->dueAtMs != kNever)
            m_firstRound.insert(it.key());
    }
    checkFullSync();
    m_schedule.wakeAt(m_schedule.nowMs());
}

void PaymentAssistPoller::stop()
{
    m_schedule.stop();
    setState(ConnectionState::Kind::Stopped);
}

void PaymentAssistPoller::follow(const Payment& payment, bool pollNow)
{
    if (payment.provider != ProviderId::paymentAssist() || !m_siteIds.contains(payment.storeId))
        return;
    Tracked t;
    t.siteId = payment.storeId;
    t.begunAt = payment.createdAt.isValid() ? payment.createdAt : m_scheduler.clock().now();
    t.final = ProviderRules::forProvider(ProviderId::paymentAssist()).isFinal(payment);
    t.invoiceOutstanding = payment.invoiceOutstanding;
    const qint64 delay = nextDelayMs(t);
    t.dueAtMs = delay == kNever ? kNever : m_scheduler.clock().monotonicMs() + (pollNow ? 0 : delay);
    m_tracked.insert(payment.paymentId, t);
}

void PaymentAssistPoller::track(const Payment& payment)
{
    follow(payment, false);
    if (m_schedule.isRunning())
        m_schedule.wakeAt(dueAtMs(payment.paymentId) < 0 ? kNever : dueAtMs(payment.paymentId));
}

void PaymentAssistPoller::updated(const Payment& payment)
{
    if (!m_tracked.contains(payment.paymentId))
        return;
    track(payment);
}

void PaymentAssistPoller::setWatched(const QStringList& paymentIds)
{
    m_watched = QSet<QString>(paymentIds.cbegin(), paymentIds.cend());
    if (!m_schedule.isRunning())
        return;
    // A watched open application is due within watchedIntervalMs from now.
    const qint64 now = m_scheduler.clock().monotonicMs();
    for (const QString& id : std::as_const(m_watched)) {
        auto it = m_tracked.find(id);
        if (it == m_tracked.end() || it->dueAtMs == kNever)
            continue;
        it->dueAtMs = std::min(it->dueAtMs, now + m_options.watchedIntervalMs);
        m_schedule.wakeAt(it->dueAtMs);
    }
}

void PaymentAssistPoller::tick()
{
    if (!m_schedule.maySend())
        return;
    const qint64 now = m_schedule.nowMs();
    // The most overdue application; watched ones first when equally due.
    QString next;
    qint64 nextDue = kNever;
    bool nextWatched = false;
    for (auto it = m_tracked.constBegin(); it != m_tracked.constEnd(); ++it) {
        if (it->dueAtMs == kNever || m_refusedSites.contains(it->siteId))
            continue;
        const bool watched = m_watched.contains(it.key());
        if (it->dueAtMs < nextDue || (it->dueAtMs == nextDue && watched && !nextWatched) ||
            (it->dueAtMs == nextDue && watched == nextWatched && it.key() < next)) {
            next = it.key();
            nextDue = it->dueAtMs;
            nextWatched = watched;
        }
    }
    if (next.isEmpty())
        return;
    if (nextDue > now) {
        m_schedule.wakeAt(nextDue);
        return;
    }
    m_schedule.sent(now);
    const QString site = m_tracked.value(next).siteId;
    m_refresh(site, next, this,
              [this, next](Result<Payment, ApiError> answer) { onAnswer(next, std::move(answer)); });
}

void PaymentAssistPoller::onAnswer(const QString& token, Result<Payment, ApiError> answer)
{
    if (!m_schedule.answered())
        return;
    const qint64 now = m_schedule.nowMs();
    auto it = m_tracked.find(token);
    if (answer) {
        m_schedule.succeeded();
        if (it != m_tracked.end()) {
            const Payment& p = answer.value();
            it->final = ProviderRules::forProvider(ProviderId::paymentAssist()).isFinal(p);
            it->invoiceOutstanding = p.invoiceOutstanding;
            const qint64 delay = nextDelayMs(*it);
            it->dueAtMs = delay == kNever ? kNever : now + delay;
            if (it->dueAtMs != kNever && m_watched.contains(token))
                it->dueAtMs = std::min(it->dueAtMs, now + m_options.watchedIntervalMs);
        }
        m_firstRound.remove(token);
        reachable();
    } else {
        const ApiError& error = answer.error();
        const QString site = it != m_tracked.end() ? it->siteId : QString();
        switch (PaymentAssistClient::failureOf(error)) {
        case PaymentAssistClient::Failure::Refused:
            if (error.httpStatus == 401 || error.httpStatus == 403) {
                // The key or the secret was refused: nothing of this site works until they change.
                m_refusedSites.insert(site);
                setState(ConnectionState::Kind::SignInFailed, error.message);
                for (auto t = m_tracked.constBegin(); t != m_tracked.constEnd(); ++t) {
                    if (t->siteId == site)
                        m_firstRound.remove(t.key());
                }
            } else if (error.httpStatus == 404) {
                qCInfo(lcSync) << "payment assist: an application is unknown there; no longer followed";
                m_tracked.remove(token);
                m_firstRound.remove(token);
            } else if (it != m_tracked.end()) {
                const qint64 delay = nextDelayMs(*it);
                it->dueAtMs = delay == kNever ? kNever : now + delay;
                m_firstRound.remove(token);
            }
            break;
        case PaymentAssistClient::Failure::Validation:
            // No secret for the site (or one bound elsewhere): same as a refused one.
            m_refusedSites.insert(site);
            setState(ConnectionState::Kind::SignInFailed, error.message);
            for (auto t = m_tracked.constBegin(); t != m_tracked.constEnd(); ++t) {
                if (t->siteId == site)
                    m_firstRound.remove(t.key());
            }
            break;
        case PaymentAssistClient::Failure::Unexpected: {
            // Unreachable or a server problem: back off everything, honouring Retry-After.
            const qint64 delay = m_schedule.backOff(error, now);
            if (error.httpStatus != 429)
                setState(ConnectionState::Kind::Offline, error.message);
            qCInfo(lcSync) << "payment assist: polling paused for" << delay << "ms:" << error.detail;
            break;
        }
        }
        m_schedule.honourRetryAfter(error, now);
    }
    checkFullSync();
    // The next request waits for the gap (and any pause); tick() works that out.
    m_schedule.next(now);
}

void PaymentAssistPoller::checkFullSync()
{
    if (isFullSyncDone() || !m_schedule.isRunning() || !m_firstRound.isEmpty())
        return;
    finishFullSync();
}

} // namespace paydesk
