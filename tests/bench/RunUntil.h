#pragma once

// Waiting in a benchmark that measures the GUI thread (issue 9). QTest::qWaitFor sleeps 10 ms
// between two passes of the event loop: no event (a paint, a timer, a queued answer) is handled
// meanwhile, so a latency that needs a few passes (a change → a zero-timer → a queued repaint)
// grew by up to 10 ms a pass, and a probe of the loop's gaps measured the benchmark's sleeps.
// runUntil() runs the loop instead, blocked in its wait for events as the application's is.

#include <QEventLoop>
#include <QTimer>

namespace paydesk::bench {

/// Runs this thread's event loop until `done()` (checked every 2 ms) or `timeoutMs`; returns
/// `done()`.
template<typename Done>
bool runUntil(Done done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    check.setInterval(2);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    check.start();
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

} // namespace paydesk::bench
