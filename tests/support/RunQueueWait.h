#pragma once

// How long the calling thread has waited for a core, for the stall probes of the tests
// (tests/ui/GuiStallProbe.h) and the benchmarks (tests/bench/StallProbe.h): a gap in a thread's
// event loop less that wait is the part the thread itself caused.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace paydesk::test {

/// The calling thread's total wait on a run queue in ns (the second field of Linux's
/// schedstat); -1 where the system does not say.
inline qint64 runQueueWaitNs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = file.readLine().simplified().split(' ');
    bool ok = false;
    const qint64 waited = fields.size() >= 2 ? fields.at(1).toLongLong(&ok) : -1;
    return ok ? waited : -1;
}

} // namespace paydesk::test
