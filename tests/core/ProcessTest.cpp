// ProcessTempDir (pid-named private temp folders, stale ones removed only when their process is
// gone) and TerminationSignals (SIGTERM / SIGINT delivered through the event loop).
#include "QtPrinters.h"
#include "util/ProcessTempDir.h"
#include "util/TerminationSignals.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <gtest/gtest.h>

#ifndef Q_OS_WIN
#include <csignal>
#endif

using namespace paydesk;
using namespace Qt::StringLiterals;

namespace {

/// A prefix no other test run uses, so parallel runs never see each other's folders.
QString uniquePrefix()
{
    return u"paydesk-test-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

/// The id of a process that has ended (started, finished and reaped).
qint64 deadPid()
{
    QProcess gone;
#ifdef Q_OS_WIN
    gone.start(u"cmd"_s, {u"/c"_s, u"exit"_s});
#else
    gone.start(u"true"_s, {});
#endif
    EXPECT_TRUE(gone.waitForFinished(10'000));
    return gone.processId();
}

} // namespace

TEST(ProcessTempDir, IsPrivateNamedAfterThePidAndGoesWithTheObject)
{
    const QString prefix = uniquePrefix();
    QString path;
    {
        ProcessTempDir dir(prefix);
        ASSERT_TRUE(dir.isValid());
        path = dir.path();
        EXPECT_TRUE(QFileInfo(path).fileName().startsWith(
            u"%1-%2-"_s.arg(prefix).arg(QCoreApplication::applicationPid())));
        EXPECT_EQ(QFileInfo(path).absolutePath(), QFileInfo(QDir::tempPath()).absoluteFilePath());
#ifndef Q_OS_WIN
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        EXPECT_FALSE(QFile::permissions(path) & others) << "open to others";
#endif
        QFile file(dir.filePath(u"demo-cache.sqlite"_s));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(ProcessTempDir, KnowsWhichProcessesRun)
{
    EXPECT_TRUE(ProcessTempDir::isProcessAlive(QCoreApplication::applicationPid()));
    EXPECT_FALSE(ProcessTempDir::isProcessAlive(deadPid()));
    EXPECT_FALSE(ProcessTempDir::isProcessAlive(0));
    EXPECT_FALSE(ProcessTempDir::isProcessAlive(-1));
}

TEST(ProcessTempDir, RemovesOnlyFoldersOfEndedProcesses)
{
    const QString prefix = uniquePrefix();
    const QDir temp(QDir::tempPath());
    const QString stale = temp.filePath(u"%1-%2-abc123"_s.arg(prefix).arg(deadPid()));
    const QString own = temp.filePath(u"%1-%2-def456"_s.arg(prefix).arg(QCoreApplication::applicationPid()));
    const QString notOurs = temp.filePath(u"%1-notapid-x"_s.arg(prefix));
    for (const QString& dir : {stale, own, notOurs})
        ASSERT_TRUE(QDir().mkpath(dir));
    QFile leftover(stale + u"/demo-cache.sqlite"_s);
    ASSERT_TRUE(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    const auto cleanup = qScopeGuard([&] {
        for (const QString& dir : {stale, own, notOurs})
            QDir(dir).removeRecursively();
    });

    EXPECT_EQ(ProcessTempDir::removeStale(prefix), 1);
    EXPECT_FALSE(QFileInfo::exists(stale));
    EXPECT_TRUE(QFileInfo::exists(own));
    EXPECT_TRUE(QFileInfo::exists(notOurs));
}

#ifndef Q_OS_WIN
TEST(ProcessTempDir, NeverFollowsASymbolicLink)
{
    const QString prefix = uniquePrefix();
    QTemporaryDir target;
    ASSERT_TRUE(target.isValid());
    QFile precious(target.filePath(u"precious"_s));
    ASSERT_TRUE(precious.open(QIODevice::WriteOnly));
    precious.close();
    const QString link = QDir(QDir::tempPath()).filePath(u"%1-%2-lnk"_s.arg(prefix).arg(deadPid()));
    ASSERT_TRUE(QFile::link(target.path(), link));
    const auto cleanup = qScopeGuard([&] { QFile::remove(link); });

    EXPECT_EQ(ProcessTempDir::removeStale(prefix), 0);
    EXPECT_TRUE(QFileInfo::exists(target.filePath(u"precious"_s)));
}

TEST(TerminationSignals, DeliversSigtermThroughTheEventLoopOnce)
{
    struct sigaction before = {};
    ASSERT_EQ(::sigaction(SIGTERM, nullptr, &before), 0);
    {
        TerminationSignals termination;
        ASSERT_TRUE(termination.isActive());
        QSignalSpy spy(&termination, &TerminationSignals::terminationRequested);
        EXPECT_FALSE(termination.received());
        ASSERT_EQ(::raise(SIGTERM), 0); // without the handler this ends the test binary
        ASSERT_TRUE(spy.wait(10'000));
        ASSERT_EQ(spy.count(), 1);
        EXPECT_EQ(spy.at(0).at(0).toInt(), SIGTERM);
        EXPECT_TRUE(termination.received());
        // After the first signal the previous disposition is back: a second one is not swallowed.
        struct sigaction now = {};
        ASSERT_EQ(::sigaction(SIGTERM, nullptr, &now), 0);
        EXPECT_EQ(now.sa_handler, before.sa_handler);
    }
    struct sigaction after = {};
    ASSERT_EQ(::sigaction(SIGTERM, nullptr, &after), 0);
    EXPECT_EQ(after.sa_handler, before.sa_handler);
}

TEST(TerminationSignals, LeavesAnIgnoredSignalIgnored)
{
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    struct sigaction before = {};
    ASSERT_EQ(::sigaction(SIGINT, &ignore, &before), 0);
    {
        TerminationSignals termination;
        struct sigaction now = {};
        ASSERT_EQ(::sigaction(SIGINT, nullptr, &now), 0);
        EXPECT_EQ(now.sa_handler, SIG_IGN);
    }
    ASSERT_EQ(::sigaction(SIGINT, &before, nullptr), 0);
}
#endif
