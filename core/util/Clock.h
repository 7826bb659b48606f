#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace paydesk {

/**
 * The time source for everything whose behaviour depends on time passing:
 * backoff, token renewal, idle lock. Tests inject a ManualClock so that
 * schedules are checked exactly and without sleeping.
 */
class Clock
{
public:
    virtual ~Clock() = default;

    /// Wall-clock time, UTC.
    virtual QDateTime now() const = 0;
    /// Monotonic milliseconds since an arbitrary start; never goes backwards.
    virtual qint64 monotonicMs() const = 0;

    /// The process-wide real clock.
    static Clock& system();
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

/// A clock that moves only when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC))
        : m_start(std::move(start))
    {
    }
    QDateTime now() const override { return m_start.addMSecs(m_elapsedMs); }
    qint64 monotonicMs() const override { return m_elapsedMs; }
    void advanceMs(qint64 ms) { m_elapsedMs += ms; }

private:
    QDateTime m_start;
    qint64 m_elapsedMs = 0;
};

} // namespace paydesk
