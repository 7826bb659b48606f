// Files the UI writes are owner-only whatever the umask (RELIABILITY.md "files"): the settings
// file (AppSettings::save), CSV exports and PDF receipts, new or replacing an older file.
#include "DialogTestSupport.h"
#include "MainWindow.h"
#include "QtPrinters.h"
#include "Theme.h"
#include "dialogs/AppSettings.h"
#include "export/CsvExporter.h"
#include "export/ReceiptPdf.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using namespace paydesk;
using namespace paydesk::ui;
using namespace paydesk::ui::test;

namespace {

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

/// Debian's default umask, so that anything not set explicitly comes out 0644 / 0755.
class OwnerOnlyFiles : public ::testing::Test
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
    void makeWorldReadable(const QString& file)
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("old");
        f.close();
        ASSERT_TRUE(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ReadGroup | QFileDevice::ReadOther));
    }

    QTemporaryDir m_dir;
#ifndef Q_OS_WIN
    mode_t m_savedUmask = 022;
#endif
};

} // namespace

TEST_F(OwnerOnlyFiles, AppSettingsSaveWritesAnOwnerOnlyFileInAnOwnerOnlyFolder)
{
    // Laid out like the default settings, <config>/<organisation>/<application>.conf, in a
    // folder of this test: the default file is shared with other test binaries.
    const QString folder = m_dir.filePath(QCoreApplication::organizationName());
    const QString file = folder + QStringLiteral("/PayDesk.conf");
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_EQ(modeOf(folder), 0755);

    QSettings store(file, QSettings::IniFormat);
    AppSettings settings;
    settings.theme = QStringLiteral("dark");
    settings.save(store);
    EXPECT_EQ(modeOf(file), 0600);
    EXPECT_EQ(modeOf(folder), 0700);
    QSettings reread(file, QSettings::IniFormat);
    EXPECT_EQ(AppSettings::load(reread).theme, QStringLiteral("dark"));

    // An older, world-readable file is tightened by the next save.
    ASSERT_TRUE(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther));
    settings.theme = QStringLiteral("light");
    settings.save(store);
    EXPECT_EQ(modeOf(file), 0600);
}

// The theme chosen in the View menu is written by AppSettings, the one writer of the settings
// file: the file is owner-only after it too, and the value is one AppSettings knows.
TEST_F(OwnerOnlyFiles, ThemeChosenInTheViewMenuIsSavedThroughAppSettings)
{
    const Theme::Mode previous = Theme::instance().mode();
    QString file;
    {
        QSettings settings;
        settings.setValue(QStringLiteral("ui/theme"), QStringLiteral("light"));
        settings.sync();
        file = settings.fileName();
    }
    ASSERT_TRUE(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_EQ(modeOf(file), 0644);

    MainWindow window(nullptr);
    QAction* dark = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->isCheckable() && action->text() == QStringLiteral("&Dark"))
            dark = action;
    }
    ASSERT_NE(dark, nullptr);
    dark->trigger();

    EXPECT_EQ(AppSettings::load().theme, QStringLiteral("dark"));
    EXPECT_EQ(modeOf(file), 0600);
    Theme::instance().apply(previous);
    AppSettings::saveTheme(Theme::modeToString(previous));
}

TEST_F(OwnerOnlyFiles, CsvExportIsOwnerOnly)
{
    const QString fresh = m_dir.filePath(QStringLiteral("payments.csv"));
    ASSERT_TRUE(CsvExporter::exportPayments({samplePayment()}, fresh).ok());
    EXPECT_EQ(modeOf(fresh), 0600);

    const QString replaced = m_dir.filePath(QStringLiteral("replaced.csv"));
    makeWorldReadable(replaced);
    ASSERT_TRUE(CsvExporter::exportPayments({samplePayment()}, replaced).ok());
    EXPECT_EQ(modeOf(replaced), 0600);
}

TEST_F(OwnerOnlyFiles, ReceiptPdfIsOwnerOnly)
{
    const Payment paid = samplePayment(PaymentStatus::Code::Paid);
    ReceiptPdf receipt({QStringLiteral("Northside Motors"), QStringLiteral("Leeds")});
    const QString fresh = m_dir.filePath(QStringLiteral("receipt.pdf"));
    ASSERT_TRUE(receipt.write(paid, fresh).ok());
    EXPECT_EQ(modeOf(fresh), 0600);

    const QString replaced = m_dir.filePath(QStringLiteral("replaced.pdf"));
    makeWorldReadable(replaced);
    ASSERT_TRUE(receipt.write(paid, replaced).ok());
    EXPECT_EQ(modeOf(replaced), 0600);
}
