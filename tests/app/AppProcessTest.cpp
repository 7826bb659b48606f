// The paydesk executable as a user starts it (a child process, offscreen, with its own temp,
// data and config folders): the demo's temporary folder exists only for --demo and only while
// the demo runs, even when it is stopped by SIGTERM or SIGINT; folders left by killed demos are
// removed at the next start; and everything a run writes is owner-only (RELIABILITY.md "files").
#include "QtPrinters.h"
#include "api/ConnectionProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/stat.h>

using namespace paydesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int StartTimeoutMs = 90'000;
constexpr int StopTimeoutMs = 30'000;

int modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

class AppProcess : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Debian's default, inherited by the child: a mode it does not set explicitly shows.
        m_savedUmask = ::umask(022);
        ASSERT_TRUE(m_root.isValid());
        for (const QString& dir : {u"tmp"_s, u"data"_s, u"config"_s, u"cache"_s, u"runtime"_s})
            ASSERT_TRUE(QDir().mkpath(m_root.filePath(dir)));
        QFile::setPermissions(m_root.filePath(u"runtime"_s),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void TearDown() override
    {
        if (m_app.state() != QProcess::NotRunning) {
            m_app.kill();
            m_app.waitForFinished(StopTimeoutMs);
        }
        ::umask(m_savedUmask);
    }

    QString tmp() const { return m_root.filePath(u"tmp"_s); }
    /// QStandardPaths' AppDataLocation / AppLocalDataLocation of the child on Linux.
    QString dataDir() const { return m_root.filePath(u"data/PayDesk/PayDesk"_s); }
    QString settingsFile() const { return m_root.filePath(u"config/PayDesk/PayDesk.conf"_s); }

    void start(const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"TMPDIR"_s, tmp());
        env.insert(u"XDG_DATA_HOME"_s, m_root.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_root.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_root.filePath(u"cache"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_root.filePath(u"runtime"_s));
        // No keychain of the user's session is ever touched by a test.
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=%1"_s.arg(m_root.filePath(u"no-bus"_s)));
        env.insert(u"LANGUAGE"_s, u"en"_s);
        m_app.setProcessEnvironment(env);
        m_app.setProcessChannelMode(QProcess::MergedChannels);
        m_app.start(QStringLiteral(PAYDESK_APP), arguments);
        ASSERT_TRUE(m_app.waitForStarted(10'000)) << m_app.errorString().toStdString();
    }

    /// Entries of the child's temp folder (hidden ones included).
    QStringList tempEntries() const
    {
        return QDir(tmp()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    }

    /// The child's demo folder, `paydesk-demo-<pid>-XXXXXX`; empty while there is none.
    QString demoDir() const
    {
        const QStringList found =
            QDir(tmp()).entryList({u"paydesk-demo-%1-*"_s.arg(m_app.processId())}, QDir::Dirs | QDir::Hidden);
        return found.size() == 1 ? QDir(tmp()).filePath(found.first()) : QString();
    }

    bool waitForFile(const std::function<QString()>& path)
    {
        return QTest::qWaitFor(
            [&] { return m_app.state() == QProcess::Running && QFileInfo::exists(path()); }, StartTimeoutMs);
    }

    void stopWith(int signalNumber)
    {
        ASSERT_EQ(::kill(pid_t(m_app.processId()), signalNumber), 0);
        ASSERT_TRUE(m_app.waitForFinished(StopTimeoutMs)) << output();
        EXPECT_EQ(m_app.exitStatus(), QProcess::NormalExit) << "died of the signal: " << output();
        EXPECT_EQ(m_app.exitCode(), 0) << output();
    }

    std::string output() { return QString::fromLocal8Bit(m_app.readAll()).toStdString(); }

    /// A profile pointing at a closed loopback port: the app opens its cache and stays up.
    void writeProfile()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        ConnectionProfile profile;
        profile.name = u"main"_s;
        profile.baseUrl = QUrl(u"https://127.0.0.1:9"_s);
        profile.enterpriseId = u"E1"_s;
        profile.storeIds = {u"S1"_s};
        profile.clientId = u"desk"_s;
        profile.save(settings);
        settings.setValue(u"currentProfile"_s, profile.name);
        settings.sync();
        ASSERT_EQ(settings.status(), QSettings::NoError);
    }

    /// A folder as a demo that was killed leaves it: named after a pid that no longer runs.
    QString makeStaleDemoDir()
    {
        QProcess gone;
        gone.start(u"true"_s, {});
        EXPECT_TRUE(gone.waitForFinished(10'000));
        const QString dir = QDir(tmp()).filePath(u"paydesk-demo-%1-Ab12Cd"_s.arg(gone.processId()));
        EXPECT_TRUE(QDir().mkpath(dir));
        QFile copy(dir + u"/demo-cache.sqlite"_s);
        EXPECT_TRUE(copy.open(QIODevice::WriteOnly));
        return dir;
    }

    mode_t m_savedUmask = 022;
    QTemporaryDir m_root;
    QProcess m_app;
};

class DemoStoppedBySignal : public AppProcess, public ::testing::WithParamInterface<int>
{
};

} // namespace

TEST_P(DemoStoppedBySignal, RemovesItsTemporaryFolder)
{
    start({u"--demo"_s});
    ASSERT_TRUE(waitForFile([&] { return demoDir() + u"/demo-cache.sqlite"_s; })) << output();
    const QString dir = demoDir();

    // What the demo keeps there is owner-only, like the lock file in the data folder.
    EXPECT_EQ(modeOf(dir), 0700);
    EXPECT_EQ(modeOf(dir + u"/demo-cache.sqlite"_s), 0600);
    for (const QString& side : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(dir + u"/demo-cache.sqlite"_s + side)) {
            EXPECT_EQ(modeOf(dir + u"/demo-cache.sqlite"_s + side), 0600) << side.toStdString();
        }
    }
    EXPECT_EQ(modeOf(dir + u"/PayDesk/PayDesk.conf"_s), 0600);
    EXPECT_EQ(modeOf(dir + u"/PayDesk"_s), 0700);
    EXPECT_EQ(modeOf(dataDir()), 0700);
    EXPECT_EQ(modeOf(dataDir() + u"/paydesk-demo.lock"_s), 0600);

    stopWith(GetParam());
    EXPECT_FALSE(QFileInfo::exists(dir)) << "left behind: " << dir.toStdString();
    EXPECT_EQ(tempEntries(), QStringList()) << output();
    EXPECT_FALSE(QFileInfo::exists(dataDir() + u"/paydesk-demo.lock"_s));
    // The demo never writes the real settings.
    EXPECT_FALSE(QFileInfo::exists(settingsFile()));
}

INSTANTIATE_TEST_SUITE_P(AppProcess, DemoStoppedBySignal, ::testing::Values(SIGTERM, SIGINT),
                         [](const ::testing::TestParamInfo<int>& info) {
                             return info.param == SIGTERM ? std::string("Sigterm") : std::string("Sigint");
                         });

TEST_F(AppProcess, NormalRunCreatesNoDemoFolderAndKeepsItsFilesPrivate)
{
    writeProfile();
    ASSERT_EQ(modeOf(settingsFile()), 0644); // as an older PayDesk left it
    start({});
    const QString cache = dataDir() + u"/paydesk-cache.sqlite"_s;
    ASSERT_TRUE(waitForFile([&] { return cache; })) << output();

    EXPECT_EQ(tempEntries(), QStringList()) << "a run without --demo made temporary folders";
    EXPECT_EQ(modeOf(dataDir()), 0700);
    EXPECT_EQ(modeOf(cache), 0600);
    for (const QString& side : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(cache + side)) {
            EXPECT_EQ(modeOf(cache + side), 0600) << side.toStdString();
        }
    }
    EXPECT_EQ(modeOf(dataDir() + u"/paydesk-main.lock"_s), 0600);
    EXPECT_EQ(modeOf(settingsFile()), 0600);
    EXPECT_EQ(modeOf(QFileInfo(settingsFile()).absolutePath()), 0700);

    stopWith(SIGTERM);
    EXPECT_EQ(tempEntries(), QStringList());
    EXPECT_FALSE(QFileInfo::exists(dataDir() + u"/paydesk-main.lock"_s));
    EXPECT_EQ(modeOf(settingsFile()), 0600); // the window's layout was saved on the way out
}

TEST_F(AppProcess, StaleDemoFoldersOfDeadProcessesAreRemovedAtStart)
{
    const QString stale = makeStaleDemoDir();
    // One of a demo that still runs (this test process stands in for it) stays.
    const QString running =
        QDir(tmp()).filePath(u"paydesk-demo-%1-Ef34Gh"_s.arg(QCoreApplication::applicationPid()));
    ASSERT_TRUE(QDir().mkpath(running));
    writeProfile();

    start({});
    ASSERT_TRUE(waitForFile([&] { return dataDir() + u"/paydesk-cache.sqlite"_s; })) << output();
    EXPECT_FALSE(QFileInfo::exists(stale));
    EXPECT_TRUE(QFileInfo::exists(running));
    stopWith(SIGTERM);
}
