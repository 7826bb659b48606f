#pragma once

// The GUI thread's heartbeat, for "no freeze over 100 ms" (issue 12, bad input through the
// window): a 5 ms precise timer on the GUI thread records the longest gap between two of its
// ticks. Whatever holds the GUI thread — a paste laid out in full, a validator run over a
// megabyte, a model reset, a label wrapped around a long message — delays the next tick by that
// long, so the gap is what the user would feel as a frozen window. Work on other threads (the
// session's worker, a sandbox thread) does not count, only their cost on this thread does.
//
// It can fail: GuiStallProbeTest.ABlockedGuiThreadIsMeasured blocks the GUI thread for 150 ms
// on purpose and expects the probe to report it.
#include <QElapsedTimer>
#include <QObject>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace paydesk::ui::test {

class GuiStallProbe
{
public:
    /// The bound for the window under bad input: 100 ms is what the issue promises. On a loaded
    /// 2-core machine an idle loop's ticks come within ~20 ms, so this does not flake.
    static constexpr qint64 kBoundMs = 100;

    GuiStallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longestMs = std::max(m_longestMs, m_sinceTick.restart());
            ++m_ticks;
        });
    }

    /// Starts measuring afresh and waits for the first ticks, so the gap measured starts from
    /// a running loop.
    void start()
    {
        m_longestMs = 0;
        m_ticks = 0;
        m_sinceTick.start();
        m_timer.start();
        (void)QTest::qWaitFor([this] { return m_ticks >= 2; }, 2000);
        m_longestMs = 0;
    }

    /// Lets the loop tick `n` more times, so a stall that just ended is counted.
    bool settle(int n = 3)
    {
        const int until = m_ticks + n;
        return QTest::qWaitFor([&] { return m_ticks >= until; }, 5000);
    }

    void stop() { m_timer.stop(); }

    qint64 longestGapMs() const { return m_longestMs; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestMs = 0;
    int m_ticks = 0;
};

} // namespace paydesk::ui::test
