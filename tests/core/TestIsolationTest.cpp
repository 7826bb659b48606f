// Each test process owns its settings and data (tests/support/PrivateTestHome.h): ctest runs
// the cases of a binary as separate processes in parallel, and a shared settings file let one
// case clear another's profiles mid-test (SettingsDialogTest crashed on profiles.at(0)).
#include "QtPrinters.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

constexpr char kChildVariable[] = "PAYDESK_TEST_ISOLATION_CHILD";
const QString kKey = u"isolation/owner"_s;

QString markerPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/isolation-marker"_s;
}

} // namespace

TEST(TestIsolation, AnotherProcessOfThisBinaryNeitherSeesNorChangesOurSettingsOrData)
{
    {
        QSettings settings;
        settings.setValue(kKey, u"parent"_s);
        settings.sync();
        ASSERT_EQ(settings.status(), QSettings::NoError);
    }
    ASSERT_TRUE(QDir().mkpath(QFileInfo(markerPath()).absolutePath()));
    QFile marker(markerPath());
    ASSERT_TRUE(marker.open(QIODevice::WriteOnly));
    marker.close();

    // The same binary as a second test process, the way ctest starts one next to us.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildVariable), u"1"_s);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--gtest_filter=TestIsolationChild.WritesItsOwnSettingsAndSeesNoneOfOurs"_s});
    ASSERT_TRUE(child.waitForFinished(60000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit) << output.toStdString();
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(u"[  PASSED  ] 1 test"_s))
        << "the child ran its case: " << output.toStdString();

    EXPECT_EQ(QSettings().value(kKey).toString(), u"parent"_s) << QSettings().fileName().toStdString();
    QSettings().remove(kKey);
    QFile::remove(markerPath());
}

// Runs only as the child of the case above (left out of ctest's list, see util.cmake).
TEST(TestIsolationChild, WritesItsOwnSettingsAndSeesNoneOfOurs)
{
    if (!qEnvironmentVariableIsSet(kChildVariable))
        GTEST_SKIP()
            << "started by TestIsolation.AnotherProcessOfThisBinaryNeitherSeesNorChangesOurSettingsOrData";
    QSettings settings;
    EXPECT_FALSE(settings.contains(kKey))
        << "another process's settings: " << settings.fileName().toStdString();
    EXPECT_FALSE(QFile::exists(markerPath())) << "another process's data: " << markerPath().toStdString();
    settings.setValue(kKey, u"child"_s);
    settings.sync();
    EXPECT_EQ(settings.status(), QSettings::NoError);
}
