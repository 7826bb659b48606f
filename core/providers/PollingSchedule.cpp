#include "PollingSchedule.h"

#include "api/Scheduler.h"

#include <QMetaObject>
#include <QObject>

#include <algorithm>

namespace paydesk {

PollingSchedule::PollingSchedule(Scheduler& scheduler, QObject* context, qint64 minGapMs,
                                 RetryPolicy::Options retry, std::function<void()> tick)
    : m_scheduler(scheduler)
    , m_context(context)
    , m_minGapMs(minGapMs)
    , m_retry(retry)
    , m_tick(std::move(tick))
{
}

qint64 PollingSchedule::nowMs() const
{
    return m_scheduler.clock().monotonicMs();
}

void PollingSchedule::start()
{
    m_running = true;
    m_failures = 0;
    m_pausedUntilMs = -1;
}

void PollingSchedule::stop()
{
    m_running = false;
    ++m_generation; // every wake-up asked for so far is dropped
    m_wakeAtMs = -1;
}

void PollingSchedule::wakeAt(qint64 atMs)
{
    if (!m_running || atMs == never)
        return;
    if (m_wakeAtMs >= 0 && m_wakeAtMs <= atMs)
        return; // an earlier wake-up is already asked for
    m_wakeAtMs = atMs;
    const quint64 generation = ++m_generation;
    const qint64 delay = std::max<qint64>(0, atMs - nowMs());
    auto fire = [this, generation] {
        if (generation != m_generation)
            return;
        m_wakeAtMs = -1;
        m_tick();
    };
    if (delay == 0)
        QMetaObject::invokeMethod(m_context, fire, Qt::QueuedConnection);
    else
        m_scheduler.callAfter(delay, m_context, fire);
}

bool PollingSchedule::maySend()
{
    if (!m_running || m_inFlight)
        return false;
    const qint64 now = nowMs();
    if (m_pausedUntilMs > now) {
        wakeAt(m_pausedUntilMs);
        return false;
    }
    if (m_lastSentMs >= 0 && now < m_lastSentMs + m_minGapMs) {
        wakeAt(m_lastSentMs + m_minGapMs);
        return false;
    }
    return true;
}

void PollingSchedule::sent(qint64 nowMs)
{
    m_inFlight = true;
    m_lastSentMs = nowMs;
}

bool PollingSchedule::answered()
{
    m_inFlight = false;
    return m_running;
}

void PollingSchedule::next(qint64 nowMs)
{
    wakeAt(std::max(nowMs + m_minGapMs, m_pausedUntilMs));
}

qint64 PollingSchedule::backOff(const ApiError& error, qint64 nowMs)
{
    ++m_failures;
    const qint64 delay = m_retry.delayMs(m_failures, error);
    m_pausedUntilMs = std::max(m_pausedUntilMs, nowMs + delay);
    return delay;
}

void PollingSchedule::honourRetryAfter(const ApiError& error, qint64 nowMs)
{
    if (error.retryAfterMs >= 0)
        m_pausedUntilMs = std::max(m_pausedUntilMs, nowMs + error.retryAfterMs);
}

} // namespace paydesk
