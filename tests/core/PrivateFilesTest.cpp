// Owner-only folders and files (RELIABILITY.md "files"): PrivateFiles itself, the cache's
// folder, file, -wal and -shm after a real PaymentStore::open, and the settings file. Each test
// sets the umask to Debian's default 022, so a mode that is not set explicitly shows up as
// 0755/0644.
#include "util/PrivateFiles.h"

#include "QtPrinters.h"
#include "StoreTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;

namespace {

/// The permission bits as an octal number (0600, 0755), straight from stat().
int modeOf(const QString& path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path)
    return -1;
#else
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
#endif
}

class PrivateFilesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
#ifdef Q_OS_WIN
        GTEST_SKIP() << "POSIX modes";
#else
        m_savedUmask = ::umask(022);
#endif
        ASSERT_TRUE(m_dir.isValid());
    }
    void TearDown() override
    {
#ifndef Q_OS_WIN
        ::umask(m_savedUmask);
#endif
    }

    QTemporaryDir m_dir;
#ifndef Q_OS_WIN
    mode_t m_savedUmask = 022;
#endif
};

} // namespace

TEST_F(PrivateFilesTest, EnsureDirCreatesEveryMissingLevelOwnerOnly)
{
    const QString deep = m_dir.filePath(u"a/b/c"_s);
    ASSERT_TRUE(PrivateFiles::ensureDir(deep));
    EXPECT_EQ(modeOf(m_dir.filePath(u"a"_s)), 0700);
    EXPECT_EQ(modeOf(m_dir.filePath(u"a/b"_s)), 0700);
    EXPECT_EQ(modeOf(deep), 0700);
    EXPECT_TRUE(PrivateFiles::ensureDir(deep)); // idempotent
}

TEST_F(PrivateFilesTest, EnsureDirTightensAnExistingFolder)
{
    const QString dir = m_dir.filePath(u"made-by-someone"_s);
    ASSERT_TRUE(QDir().mkdir(dir));
    ASSERT_EQ(modeOf(dir), 0755);
    ASSERT_TRUE(PrivateFiles::ensureDir(dir));
    EXPECT_EQ(modeOf(dir), 0700);
}

TEST_F(PrivateFilesTest, StoreOpenTightensAFolderTheAppCreatedFirst)
{
    // The app used to create the data folder (for its lock file) before the store did.
    const QString folder = m_dir.filePath(u"share/PayDesk"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_EQ(modeOf(folder), 0755);
    const QString path = folder + u"/paydesk-cache.sqlite"_s;

    auto opened = PaymentStore::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    ASSERT_TRUE((*opened)->upsert(makePayment(u"p"_s)).ok());
    EXPECT_EQ(modeOf(folder), 0700);
    EXPECT_EQ(modeOf(path), 0600);
    // While the store is open SQLite keeps the WAL and the shared-memory index next to it.
    ASSERT_TRUE(QFileInfo::exists(path + u"-wal"_s));
    ASSERT_TRUE(QFileInfo::exists(path + u"-shm"_s));
    EXPECT_EQ(modeOf(path + u"-wal"_s), 0600);
    EXPECT_EQ(modeOf(path + u"-shm"_s), 0600);
}

TEST_F(PrivateFilesTest, StoreOpenTightensAnOldCacheAndItsWal)
{
    const QString path = m_dir.filePath(u"cache/paydesk-cache.sqlite"_s);
    auto first = PaymentStore::open(path);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE((*first)->upsert(makePayment(u"p"_s)).ok());
    // As an older PayDesk or a crash may have left them: world-readable, -wal and -shm present.
    for (const QString& file : {path, path + u"-wal"_s, path + u"-shm"_s})
        ASSERT_TRUE(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_TRUE(QFile::setPermissions(QFileInfo(path).absolutePath(), PrivateFiles::OwnerOnlyDir |
                                                                          QFileDevice::ReadOther |
                                                                          QFileDevice::ExeOther));

    auto second = PaymentStore::open(path);
    ASSERT_TRUE(second.ok()) << second.error().detail.toStdString();
    EXPECT_EQ(modeOf(QFileInfo(path).absolutePath()), 0700);
    EXPECT_EQ(modeOf(path), 0600);
    EXPECT_EQ(modeOf(path + u"-wal"_s), 0600);
    EXPECT_EQ(modeOf(path + u"-shm"_s), 0600);
}

TEST_F(PrivateFilesTest, SettingsFileAndOrganisationFolderAreOwnerOnly)
{
    // Laid out like the default settings, <config>/<organisation>/<application>.conf, but in a
    // folder of this test (the default file is shared with other test binaries).
    const QString folder = m_dir.filePath(QCoreApplication::organizationName());
    const QString file = folder + u"/PayDesk.conf"_s;
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_EQ(modeOf(folder), 0755);
    QSettings settings(file, QSettings::IniFormat);

    ASSERT_TRUE(PrivateFiles::protectSettings(settings));
    EXPECT_EQ(modeOf(folder), 0700);
    EXPECT_EQ(modeOf(file), 0600); // created empty, before any writer could make it 0644
    // QSettings writes through QSaveFile, which keeps the mode of the file it replaces.
    settings.setValue(u"probe"_s, 1);
    settings.sync();
    ASSERT_EQ(settings.status(), QSettings::NoError);
    EXPECT_EQ(modeOf(file), 0600);
    EXPECT_EQ(QSettings(file, QSettings::IniFormat).value(u"probe"_s).toInt(), 1);

    // A file an older PayDesk left world-readable is tightened.
    ASSERT_TRUE(QFile::setPermissions(file, PrivateFiles::OwnerOnlyFile | QFileDevice::ReadOther));
    ASSERT_TRUE(PrivateFiles::protectSettings(settings));
    EXPECT_EQ(modeOf(file), 0600);
}

TEST_F(PrivateFilesTest, SettingsElsewhereKeepTheirFolder)
{
    const QString file = m_dir.filePath(u"chosen/settings.ini"_s);
    ASSERT_TRUE(QDir().mkpath(QFileInfo(file).absolutePath()));
    QSettings settings(file, QSettings::IniFormat);
    ASSERT_TRUE(PrivateFiles::protectSettings(settings));
    EXPECT_EQ(modeOf(file), 0600);
    EXPECT_EQ(modeOf(QFileInfo(file).absolutePath()), 0755);
}
