#pragma once

#include "util/Clock.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace paydesk {

/**
 * Runs a function later. Everything in core whose behaviour depends on a delay (retry backoff,
 * reconnect, polling, token renewal) goes through a Scheduler and reads time from its clock(),
 * so tests can check the schedule with a ManualScheduler instead of sleeping.
 *
 * The call is dropped when `context` is destroyed first.
 */
class Scheduler
{
public:
    virtual ~Scheduler() = default;

    virtual const Clock& clock() const = 0;
    virtual void callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) = 0;

    /// Real timers on the system clock.
    static Scheduler& system();
};

/// QTimer-based scheduler on a real clock.
class TimerScheduler final : public Scheduler
{
public:
    explicit TimerScheduler(const Clock& clock = Clock::system())
        : m_clock(clock)
    {
    }
    const Clock& clock() const override { return m_clock; }
    void callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) override;

private:
    const Clock& m_clock;
};

/**
 * A scheduler on a ManualClock. In manual mode nothing runs until advanceMs() moves the clock
 * past a call's due time. In auto-advance mode each call runs on the next event-loop turn and
 * the clock jumps to its due time, so code under test runs at full speed while the clock shows
 * exactly the schedule it asked for. Every requested delay is recorded.
 */
class ManualScheduler final : public Scheduler
{
public:
    explicit ManualScheduler(ManualClock& clock, bool autoAdvance = false);
    ~ManualScheduler() override;

    const Clock& clock() const override { return m_clock; }
    void callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) override;

    /// Moves the clock and runs every call that became due, in due order.
    void advanceMs(qint64 ms);
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    /// Delays asked for since construction or the last clearDelays(), in call order.
    const QList<qint64>& requestedDelays() const { return m_delays; }
    void clearDelays() { m_delays.clear(); }

private:
    struct Pending
    {
        qint64 dueMs;
        quint64 order;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    ManualClock& m_clock;
    bool m_autoAdvance;
    quint64 m_order = 0;
    QList<Pending> m_pending;
    QList<qint64> m_delays;
    QObject m_self;
};

} // namespace paydesk
