#pragma once

#include "api/ApiError.h"
#include "api/RetryPolicy.h"

#include <QtGlobal>

#include <functional>
#include <limits>

class QObject;

namespace paydesk {

class Scheduler;

/**
 * When a polling connector (Payment Assist, Democrance, myKaarma) may send its next step: the
 * timing rules their pollers share, on the injected Scheduler so tests drive them with a
 * ManualScheduler. What a step is, and which one is due, stays with each poller.
 *
 * - at most one step in flight, and at least `minGapMs` between two (the global rate cap);
 * - one wake-up asked at a time, the earliest: wakeAt() a later time while an earlier wake-up
 *   is pending asks nothing; stop() drops every wake-up asked so far;
 * - a pause over everything: an unexpected failure backs off (RetryPolicy, counted until the
 *   next success) and a Retry-After pauses that long.
 *
 * A poller calls maySend() at the top of its tick, sent() when it sends a step, answered() when
 * the step's answer arrives and next() once it has handled it.
 */
class PollingSchedule
{
public:
    /// A time that never comes: wakeAt() asks nothing for it.
    static constexpr qint64 never = std::numeric_limits<qint64>::max();

    /// `tick` is called on a wake-up; the calls are made on `context` (the poller, which owns
    /// the schedule) and dropped when it is destroyed.
    PollingSchedule(Scheduler& scheduler, QObject* context, qint64 minGapMs, RetryPolicy::Options retry,
                    std::function<void()> tick);

    /// Now, in monotonic ms of the scheduler's clock.
    qint64 nowMs() const;
    bool isRunning() const { return m_running; }

    /// Running from now on, with no failure counted and no pause.
    void start();
    /// Not running; every wake-up asked so far is dropped.
    void stop();

    /// Asks for a tick at `atMs` (monotonic ms), unless stopped, `atMs` is never, or an earlier
    /// wake-up is already asked for. One that is due now comes on the next event-loop turn.
    void wakeAt(qint64 atMs);

    /// Whether a step may be sent now: running, none in flight, no pause, the gap kept. When a
    /// pause or the gap holds it back, the wake-up for when it ends is asked.
    bool maySend();
    /// A step was sent at `nowMs`; it is in flight until answered().
    void sent(qint64 nowMs);
    /// The step's answer arrived: none in flight now. False when stopped meanwhile (the answer
    /// is to be dropped).
    bool answered();
    /// The answer was handled at `nowMs`: the next tick waits for the gap and any pause.
    void next(qint64 nowMs);

    /// A step succeeded: the back-off starts again from its first delay.
    void succeeded() { m_failures = 0; }
    /// An unexpected failure at `nowMs` (unreachable, a server problem): everything pauses for
    /// the back-off (or the Retry-After when longer). Answers that delay.
    qint64 backOff(const ApiError& error, qint64 nowMs);
    /// Any failure at `nowMs`: its Retry-After, if any, pauses everything that long.
    void honourRetryAfter(const ApiError& error, qint64 nowMs);

private:
    Scheduler& m_scheduler;
    QObject* m_context;
    qint64 m_minGapMs;
    RetryPolicy m_retry;
    std::function<void()> m_tick;
    bool m_running = false;
    bool m_inFlight = false;
    qint64 m_lastSentMs = -1;
    qint64 m_pausedUntilMs = -1;
    int m_failures = 0;
    qint64 m_wakeAtMs = -1;
    quint64 m_generation = 0;
};

} // namespace paydesk
