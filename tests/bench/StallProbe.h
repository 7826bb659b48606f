#pragma once

// A probe of the GUI event loop: a precise timer ticks every `intervalMs` on the thread that
// makes the probe; the gap between two ticks beyond the interval is how long the loop could
// not run anything (a stall). Reported: p99 and max of the stalls over the ticks seen, so a
// benchmark can say "the window never froze for more than X ms" while something runs.
//
//   StallProbe probe;          // on the GUI thread, its event loop running
//   probe.start();
//   …work, with the event loop running (QTest::qWaitFor)…
//   probe.stop();
//   probe.p99Ms(), probe.maxMs(), probe.ticks()

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace paydesk::bench {

class StallProbe : public QObject
{
public:
    explicit StallProbe(int intervalMs = 5, QObject* parent = nullptr)
        : QObject(parent)
        , m_intervalMs(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    /// Forgets earlier stalls and starts ticking.
    void start()
    {
        m_stallsMs.clear();
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }

    /// Stops ticking; the stall up to now counts as a last gap.
    void stop()
    {
        if (!m_timer.isActive())
            return;
        tick();
        m_timer.stop();
    }

    int ticks() const { return int(m_stallsMs.size()); }
    /// The gaps beyond the interval, in ms (0 when the tick came on time).
    const std::vector<double>& stallsMs() const { return m_stallsMs; }

    double percentileMs(double p) const
    {
        if (m_stallsMs.empty())
            return 0;
        std::vector<double> sorted = m_stallsMs;
        std::sort(sorted.begin(), sorted.end());
        const size_t at = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
        return sorted[at];
    }
    double p99Ms() const { return percentileMs(0.99); }
    double maxMs() const
    {
        return m_stallsMs.empty() ? 0 : *std::max_element(m_stallsMs.begin(), m_stallsMs.end());
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double gapMs = double(now - m_lastNs) / 1e6;
        m_lastNs = now;
        m_stallsMs.push_back(std::max(0.0, gapMs - m_intervalMs));
    }

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<double> m_stallsMs;
};

} // namespace paydesk::bench
