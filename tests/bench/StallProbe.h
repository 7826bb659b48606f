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
//
// A gap also holds the time the GUI thread was ready to run but waited for a core that other
// threads or processes had (on a shared 2-core machine, often most of it). Where Linux says how
// long a thread waited on a run queue (/proc/thread-self/schedstat, as GuiStallProbe in the ui
// tests reads it), each gap less that wait is kept too: the window's own stall, running
// PayDesk's code or blocked by it (ownP99Ms(), ownMaxMs(); the whole gap elsewhere).

#include "RunQueueWait.h"

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
        m_ownMs.clear();
        m_clock.start();
        m_lastNs = 0;
        m_lastWaitNs = paydesk::test::runQueueWaitNs();
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

    double percentileMs(double p) const { return percentile(m_stallsMs, p); }
    double p99Ms() const { return percentileMs(0.99); }
    double maxMs() const { return percentile(m_stallsMs, 1.0); }
    /// The same over each gap less the GUI thread's wait for a core in it.
    double ownP99Ms() const { return percentile(m_ownMs, 0.99); }
    double ownMaxMs() const { return percentile(m_ownMs, 1.0); }

private:
    static double percentile(const std::vector<double>& values, double p)
    {
        if (values.empty())
            return 0;
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const size_t at = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
        return sorted[at];
    }

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double gapMs = double(now - m_lastNs) / 1e6;
        m_lastNs = now;
        const qint64 waited = paydesk::test::runQueueWaitNs();
        const double waitedMs = waited >= 0 && m_lastWaitNs >= 0 ? double(waited - m_lastWaitNs) / 1e6 : 0.0;
        m_lastWaitNs = waited;
        m_stallsMs.push_back(std::max(0.0, gapMs - m_intervalMs));
        m_ownMs.push_back(std::max(0.0, gapMs - waitedMs - m_intervalMs));
    }

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastWaitNs = -1;
    std::vector<double> m_stallsMs;
    std::vector<double> m_ownMs;
};

} // namespace paydesk::bench
