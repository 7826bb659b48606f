#include "Scheduler.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace paydesk {

Scheduler& Scheduler::system()
{
    static TimerScheduler scheduler;
    return scheduler;
}

void TimerScheduler::callAfter(qint64 delayMs, QObject* context, std::function<void()> fn)
{
    const int ms = static_cast<int>(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max()));
    QTimer::singleShot(ms, context, std::move(fn));
}

ManualScheduler::ManualScheduler(ManualClock& clock, bool autoAdvance)
    : m_clock(clock)
    , m_autoAdvance(autoAdvance)
{
}

ManualScheduler::~ManualScheduler() = default;

void ManualScheduler::callAfter(qint64 delayMs, QObject* context, std::function<void()> fn)
{
    delayMs = std::max<qint64>(delayMs, 0);
    m_delays.append(delayMs);
    const qint64 due = m_clock.monotonicMs() + delayMs;
    if (m_autoAdvance) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, &m_self, [this, due, guard, fn = std::move(fn)] {
            if (m_clock.monotonicMs() < due)
                m_clock.advanceMs(due - m_clock.monotonicMs());
            if (guard)
                fn();
        });
        return;
    }
    m_pending.append(Pending{due, m_order++, QPointer<QObject>(context), std::move(fn)});
}

void ManualScheduler::advanceMs(qint64 ms)
{
    const qint64 target = m_clock.monotonicMs() + ms;
    for (;;) {
        auto next =
            std::min_element(m_pending.begin(), m_pending.end(), [](const Pending& a, const Pending& b) {
                return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.order < b.order;
            });
        if (next == m_pending.end() || next->dueMs > target)
            break;
        Pending p = std::move(*next);
        m_pending.erase(next);
        if (p.dueMs > m_clock.monotonicMs())
            m_clock.advanceMs(p.dueMs - m_clock.monotonicMs());
        if (p.context)
            p.fn();
    }
    if (target > m_clock.monotonicMs())
        m_clock.advanceMs(target - m_clock.monotonicMs());
}

} // namespace paydesk
