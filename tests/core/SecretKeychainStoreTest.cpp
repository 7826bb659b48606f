// KeychainSecretStore and SecretStore::createDefault() against D-Bus sessions that cannot
// serve secrets: none at all, and one that accepts the connection and never answers. Each
// scenario runs in a child process (SecretStoreChild.cpp) because QtKeychain and GLib settle
// their backend and bus once per process. The real gnome-keyring test is tests/keychain.
#include "QtPrinters.h"

#include <QDirIterator>
#include <QLocalServer>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct ChildRun
{
    int exitCode = -1;
    QMap<QString, QString> values;
    QString output;
};

class SecretKeychainStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        for (const char* sub : {"home", "data", "config", "cache", "run"})
            ASSERT_TRUE(QDir(m_dir.path()).mkpath(QString::fromLatin1(sub)));
        QFile::setPermissions(m_dir.filePath(u"run"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // Runs the child with a D-Bus session address of our choosing and every folder an app could
    // write to pointing into our temporary dir.
    ChildRun runChild(const QStringList& args, const QString& busAddress)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No desktop hints: QtKeychain must not pick KWallet or autolaunch a bus on a display.
        for (const char* name :
             {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
              "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_KEYRING_CONTROL"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress);
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.filePath(u"run"_s));

        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(PAYDESK_SECRETS_CHILD), args);
        ChildRun run;
        if (!child.waitForStarted(10'000) || !child.waitForFinished(60'000)) {
            child.kill();
            child.waitForFinished();
            ADD_FAILURE() << "child " << args.join(u' ').toStdString() << " did not finish";
            return run;
        }
        run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
        run.output = QString::fromUtf8(child.readAllStandardOutput());
        const QString errors = QString::fromUtf8(child.readAllStandardError());
        for (const QString& line : run.output.split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0)
                run.values.insert(line.left(eq), line.mid(eq + 1));
        }
        run.output += errors;
        return run;
    }

    QString nowhere() const { return u"unix:path="_s + m_dir.filePath(u"no-bus-here"_s); }

    QStringList filesWritten() const
    {
        QStringList files;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(SecretKeychainStoreTest, DefaultStoreFallsBackToMemoryWithoutASessionBusAndWritesNothing)
{
    const ChildRun run = runChild({u"probe"_s}, nowhere());
    ASSERT_EQ(run.exitCode, 0) << run.output.toStdString();
    EXPECT_EQ(run.values.value(u"ready"_s), u"1"_s);
    EXPECT_EQ(run.values.value(u"persistent"_s), u"0"_s);
    EXPECT_EQ(run.values.value(u"message"_s),
              u"No system keychain is available: secrets are kept in memory for this session only and you "
              u"will need to enter them again next time."_s);
    // The session store still keeps the secret for this run.
    EXPECT_EQ(run.values.value(u"roundtrip"_s), u"ok,value:child-secret-value"_s);
    // One retry after the (default 500 ms) delay before giving up on a backend that may be starting.
    EXPECT_GE(run.values.value(u"probeMs"_s).toInt(), 450) << run.output.toStdString();
    // Never a plain-text fallback: nothing at all was written under HOME or the XDG folders.
    EXPECT_EQ(filesWritten(), QStringList()) << filesWritten().join(u' ').toStdString();
    // And the secret never reached the log: the only place it shows is the child's own report line.
    EXPECT_EQ(run.output.count(u"child-secret-value"_s), 1) << run.output.toStdString();
}

TEST_F(SecretKeychainStoreTest, JobsTimeOutWhenTheBusNeverAnswers)
{
    // A socket that accepts connections and never says a word: the D-Bus handshake hangs, so the
    // keychain job never finishes and only the store's own timeout can answer.
    QLocalServer silentBus;
    silentBus.setSocketOptions(QLocalServer::UserAccessOption);
    ASSERT_TRUE(silentBus.listen(m_dir.filePath(u"silent-bus"_s))) << silentBus.errorString().toStdString();

    const ChildRun run = runChild({u"timeout"_s, u"300"_s}, u"unix:path="_s + silentBus.fullServerName());
    ASSERT_EQ(run.exitCode, 0) << run.output.toStdString();
    EXPECT_EQ(run.values.value(u"pending"_s), u"2"_s);
    // Both time out: QtKeychain runs its jobs one at a time, so the second waits behind the hung
    // first one.
    EXPECT_EQ(run.values.value(u"answers"_s), u"Timeout,Timeout"_s) << run.output.toStdString();
    const int firstMs = run.values.value(u"firstMs"_s).toInt();
    EXPECT_GE(firstMs, 250) << "Qt's coarse timers may fire up to 5 % early, no more";
    EXPECT_LT(firstMs, 5000);
}

TEST_F(SecretKeychainStoreTest, QueuedCallsAreAllAnsweredInCallOrderWhenThereIsNoBackend)
{
    const ChildRun run = runChild({u"order"_s}, nowhere());
    ASSERT_EQ(run.exitCode, 0) << run.output.toStdString();
    EXPECT_EQ(run.values.value(u"answers"_s),
              u"0:NoBackend,1:NoBackend,2:NoBackend,3:NoBackend,4:NoBackend"_s)
        << run.output.toStdString();
}
