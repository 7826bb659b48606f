// Files the UI writes are owner-only whatever the umask (RELIABILITY.md "files"): the settings
// file (AppSettings::save), CSV exports and PDF receipts, new or replacing an older file; and
// after a whole session in a fresh home, no file holds a secret, a token, a card number, or (in
// the log) a customer's contact details (RELIABILITY.md "secrets at rest", "card data").
#include "DialogTestSupport.h"
#include "MainWindow.h"
#include "QtPrinters.h"
#include "Sandbox.h"
#include "Theme.h"
#include "dialogs/AppSettings.h"
#include "dialogs/FirstRunDialog.h"
#include "export/CsvExporter.h"
#include "export/ReceiptPdf.h"
#include "payments/CardNumber.h"
#include "platform/PlatformState.h"
#include "platform/TokenService.h"
#include "secrets/MemorySecretStore.h"
#include "store/PaymentStore.h"
#include "sync/SyncSession.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <mutex>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using namespace paydesk;
using namespace paydesk::ui;
using namespace paydesk::ui::test;
using namespace Qt::StringLiterals;

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

/// A fresh home for the length of a test: HOME (test mode's ~/.qttest, so the cache's and the
/// settings' default places), the XDG folders, TMPDIR and QSettings' user path all under `path`;
/// the old values come back afterwards.
class ScopedHome
{
public:
    explicit ScopedHome(const QString& path)
        : m_path(path)
    {
        QDir().mkpath(path + u"/tmp"_s);
        QDir().mkpath(path + u"/.config"_s);
        for (const char* name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR"})
            m_saved.append({name, qgetenv(name)});
        qputenv("HOME", QFile::encodeName(path));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(path + u"/.config"_s));
        qputenv("XDG_DATA_HOME", QFile::encodeName(path + u"/.local/share"_s));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(path + u"/.cache"_s));
        qputenv("TMPDIR", QFile::encodeName(path + u"/tmp"_s));
        setSettingsPath(path + u"/.config"_s);
    }
    ~ScopedHome()
    {
        for (const auto& [name, value] : m_saved)
            qputenv(name, value);
        setSettingsPath(QFile::decodeName(qgetenv("XDG_CONFIG_HOME")));
    }
    const QString& path() const { return m_path; }

private:
    static void setSettingsPath(const QString& path)
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path);
    }

    QString m_path;
    QList<std::pair<const char*, QByteArray>> m_saved;
};

/// Debug logging on for every PayDesk category, as a support session would have it, written to
/// a file under the test's home (PayDesk itself logs to stderr; this is what a redirect keeps).
/// The in-process sandbox's own lines (paydesk.sandbox.*) are the platform's, not PayDesk's.
class SessionLog
{
public:
    explicit SessionLog(const QString& path)
    {
        s_file.setFileName(path);
        s_file.open(QIODevice::WriteOnly | QIODevice::Append);
        s_lines = 0;
        QLoggingCategory::setFilterRules(u"paydesk.*.debug=true"_s);
        m_previous = qInstallMessageHandler(&SessionLog::write);
    }
    ~SessionLog() { stop(); }
    void stop()
    {
        if (!m_previous)
            return;
        qInstallMessageHandler(m_previous);
        m_previous = nullptr;
        QLoggingCategory::setFilterRules(QString());
        std::lock_guard lock(s_mutex);
        s_file.close();
    }
    QString path() const { return s_file.fileName(); }
    int lines() const
    {
        std::lock_guard lock(s_mutex);
        return s_lines;
    }

private:
    static void write(QtMsgType, const QMessageLogContext& context, const QString& message)
    {
        const QByteArray category(context.category ? context.category : "default");
        if (category.startsWith("paydesk.sandbox"))
            return;
        // Qt calls the handler on whichever thread logs: the GUI thread and the session's worker.
        std::lock_guard lock(s_mutex);
        s_file.write(category + ": " + message.toUtf8() + '\n');
        ++s_lines;
    }

    static inline std::mutex s_mutex;
    static inline QFile s_file;
    static inline int s_lines = 0;
    QtMessageHandler m_previous = nullptr;
};

/// The text of a PDF as pdftotext (poppler-utils, as ReceiptTest uses) reads it.
QString textOfPdf(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    EXPECT_TRUE(pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0)
        << "pdftotext (poppler-utils) is missing: run scripts/install-deps";
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    EXPECT_FALSE(text.trimmed().isEmpty());
    return text;
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

// Issue 12, "Secrets and personal data": a whole session in a fresh home — first run with the
// client secret typed into the form, a full sync from the sandbox, initiate, cancel and resend,
// a CSV export and a PDF receipt, debug logging on, quit — then every file under that home
// (settings, the cache with its WAL and SHM, temporary files, exports, the log) is read byte for
// byte. None may hold the client secret, any bearer token the sandbox issued, or a card-shaped
// number (core CardNumber: brand IIN ranges, length, Luhn); the log holds no customer email or
// phone. The settings, the cache and its folder are owner-only. The keychain is a
// MemorySecretStore here: it is the one place the secret may be, and it is no file.
TEST_F(OwnerOnlyFiles, AFullSessionLeavesNoSecretTokenCardNumberOrContactDetailInAnyFile)
{
    ScopedHome home(m_dir.filePath(u"home"_s));
    SessionLog log(home.path() + u"/paydesk-debug.log"_s);

    sandbox::SandboxOptions options;
    options.seedCount = 60;
    options.scenario = u"off"_s;
    options.notifyDelayMs = 20;
    sandbox::Sandbox platform(options);
    ASSERT_TRUE(platform.start().ok());
    const QByteArray secret = platform.clientSecret().toUtf8();

    MemorySecretStore keychain;
    ConnectionProfile profile;
    {
        FirstRunDialog firstRun(keychain);
        firstRun.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&firstRun));
        typeInto(child<QLineEdit>(firstRun, "baseUrl"), platform.baseUrl().toString());
        child<QCheckBox>(firstRun, "localTestPlatform")->setChecked(true);
        const auto stores = platform.state().stores();
        typeInto(child<QLineEdit>(firstRun, "enterpriseId"), stores.first().enterpriseId);
        typeInto(child<QLineEdit>(firstRun, "storeIds"), stores.first().storeId);
        typeInto(child<QLineEdit>(firstRun, "clientId"), platform.clientId());
        typeInto(child<QLineEdit>(firstRun, "clientSecret"), platform.clientSecret());
        clickAccept(firstRun);
        ASSERT_TRUE(QTest::qWaitFor([&] { return firstRun.result() == QDialog::Accepted; }, 10000));
        profile = firstRun.profile();
    }

    QList<Customer> customers{
        {u"Scan Testperson"_s, u"scan.testperson@example.org"_s, u"+447700900771"_s},
        {u"Cancel Testperson"_s, u"cancel.testperson@example.org"_s, u"+447700900772"_s}};
    const Customer corrected{u"Scan Testperson"_s, u"scan.corrected@example.org"_s, u"+447700900773"_s};
    {
        SyncSession::Config config;
        config.profile = profile;
        config.user = u"tester"_s; // the cache goes to its default place, under the fresh home
        SyncSession session(config, keychain);
        ASSERT_TRUE(session.open().ok());
        MainWindow window(session.store());
        window.setSecretStore(&keychain);
        window.setSession(&session);
        window.show();
        session.start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return session.isSynced(); }, 30000));

        QSignalSpy confirmed(&session, &SyncSession::actionConfirmed);
        QSignalSpy failed(&session, &SyncSession::actionFailed);
        for (const Customer& customer : customers) {
            InitiateRequest request;
            request.enterpriseId = profile.enterpriseId;
            request.storeId = profile.storeIds.first();
            request.customer = customer;
            request.channels = Channels(Channel::Email) | Channel::Sms;
            request.reference = PaymentReference::make(PaymentReference::Type::Invoice, u"INV-SCAN-1"_s);
            request.description = u"Service"_s;
            request.amount = Money::fromMinor(12345, u"GBP"_s).value();
            ASSERT_TRUE(session.submit(request).ok());
        }
        ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() + failed.count() == 2; }, 20000));
        ASSERT_EQ(confirmed.count(), 2) << "initiated";
        const QString first = confirmed.at(0).at(1).toString();
        const QString second = confirmed.at(1).at(1).toString();
        CancelRequest cancel{profile.enterpriseId, profile.storeIds.first(), second, u"Paid cash"_s};
        ASSERT_TRUE(session.submit(cancel).ok());
        ResendRequest resend;
        resend.enterpriseId = profile.enterpriseId;
        resend.storeId = profile.storeIds.first();
        resend.paymentId = first;
        resend.customer = corrected;
        resend.channels = Channels(Channel::Email) | Channel::Sms;
        ASSERT_TRUE(session.submit(resend).ok());
        ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() + failed.count() == 4; }, 20000));
        EXPECT_EQ(confirmed.count(), 4) << "cancelled and resent";
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const auto p = session.store()->payment(first);
                return p.ok() && p->has_value() && (*p)->customer.email == corrected.email;
            },
            20000))
            << "the resend came back through the sync";

        PaymentQuery all;
        all.limit = 0;
        const auto payments = session.store()->query(all);
        ASSERT_TRUE(payments.ok());
        const QString exports = home.path() + u"/Documents"_s;
        ASSERT_TRUE(QDir().mkpath(exports));
        ASSERT_TRUE(CsvExporter::exportQuery(*session.store(), all, exports + u"/payments.csv"_s).ok());
        const auto paid = std::find_if(payments->cbegin(), payments->cend(),
                                       [](const Payment& p) { return ReceiptPdf::refusal(p).isEmpty(); });
        ASSERT_NE(paid, payments->cend()) << "a payment with a receipt";
        ASSERT_TRUE(ReceiptPdf(ReceiptPdf::issuerOf(profile)).write(*paid, exports + u"/receipt.pdf"_s).ok());
        for (const Payment& p : *payments) {
            if (!p.customer.email.isEmpty() || !p.customer.phone.isEmpty())
                customers.append(p.customer);
        }

        window.close();
        session.shutdown();
    }
    log.stop();
    customers.append(corrected);

    QStringList tokens = platform.tokens().issuedTokens();
    ASSERT_GE(tokens.size(), 1) << "the session signed in";
    tokens << platform.adminToken();

    int files = 0;
    bool sawTheCustomer = false; // the scan reads what the session wrote: the name is in the cache
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QByteArray bytes = file.readAll();
        ++files;
        const std::string where = QDir(home.path()).relativeFilePath(path).toStdString();
        EXPECT_FALSE(bytes.contains(secret)) << "the client secret in " << where;
        for (const QString& token : tokens)
            EXPECT_FALSE(bytes.contains(token.toUtf8())) << "a bearer token in " << where;
        // A PDF is read as its text: its font tables hold runs of space-separated numbers that the
        // rule for grouped card digits would read as a card.
        const QString text = path.endsWith(u".pdf"_s) ? textOfPdf(path) : QString::fromLatin1(bytes);
        EXPECT_FALSE(CardNumber::containsCardNumber(text)) << "a card number in " << where;
        EXPECT_FALSE(text.contains(QString::fromUtf8(secret))) << "the client secret in " << where;
        sawTheCustomer = sawTheCustomer || bytes.contains("Scan Testperson");
        if (path == log.path()) {
            for (const Customer& c : customers) {
                EXPECT_FALSE(!c.email.isEmpty() && bytes.contains(c.email.toUtf8())) << "an email in the log";
                EXPECT_FALSE(!c.phone.isEmpty() && bytes.contains(c.phone.toUtf8())) << "a phone in the log";
            }
        }
    }
    std::cout << "[ figures  ] scanned " << files << " files for 1 secret, " << tokens.size() << " tokens, "
              << "card numbers and " << customers.size() << " customers' contact details in " << log.lines()
              << " log lines\n";
    EXPECT_GE(files, 5) << "settings, cache (and WAL), log, CSV, PDF";
    EXPECT_TRUE(sawTheCustomer);
    EXPECT_GT(log.lines(), 0) << "debug logging was on";

    // Owner-only: the settings, the cache with its WAL and SHM, and their folders.
    const QString cache = PaymentStore::defaultPath();
    ASSERT_TRUE(cache.startsWith(home.path())) << cache.toStdString();
    EXPECT_EQ(modeOf(cache), 0600);
    for (const QString& side : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(cache + side)) {
            EXPECT_EQ(modeOf(cache + side), 0600) << side.toStdString();
        }
    }
    EXPECT_EQ(modeOf(QFileInfo(cache).absolutePath()), 0700);
    const QString settingsFile = QSettings().fileName();
    ASSERT_TRUE(settingsFile.startsWith(home.path())) << settingsFile.toStdString();
    EXPECT_EQ(modeOf(settingsFile), 0600);
    EXPECT_EQ(modeOf(QFileInfo(settingsFile).absolutePath()), 0700);
    EXPECT_EQ(modeOf(home.path() + u"/Documents/payments.csv"_s), 0600);
    EXPECT_EQ(modeOf(home.path() + u"/Documents/receipt.pdf"_s), 0600);
}
