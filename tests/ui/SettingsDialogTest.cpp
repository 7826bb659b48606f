#include "dialogs/SettingsDialog.h"

#include "DialogTestSupport.h"
#include "QtPrinters.h"
#include "dialogs/AppSettings.h"
#include "secrets/MemorySecretStore.h"

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::ui;
using namespace paydesk::ui::test;

namespace {

const QByteArray kSecret = "s3cr3t-VALUE-do-not-store-9f2c";

ConnectionProfile sampleProfile(const QString& name = QStringLiteral("Head office"))
{
    ConnectionProfile p;
    p.name = name;
    p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    p.enterpriseId = QStringLiteral("E100234");
    p.storeIds = {QStringLiteral("S01"), QStringLiteral("S02")};
    p.clientId = QStringLiteral("paydesk-client");
    return p;
}

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        AppSettings initial;
        initial.profiles = {sampleProfile()};
        initial.currentProfile = QStringLiteral("Head office");
        initial.save();
    }
    void TearDown() override { QSettings().clear(); }

    /// Every file under the settings folder, so a secret cannot hide in a second file.
    static QByteArray allSettingsBytes()
    {
        QSettings settings;
        settings.sync();
        QByteArray all;
        QDirIterator it(QFileInfo(settings.fileName()).absolutePath(), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        EXPECT_FALSE(all.isEmpty()) << "the settings file exists";
        return all;
    }

    static std::optional<QByteArray> readSecret(SecretStore& store, const QString& key)
    {
        std::optional<QByteArray> value;
        bool done = false;
        QObject context;
        store.read(key, &context, [&](SecretStore::ReadResult r) {
            if (r)
                value = *r;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
        return value;
    }

    MemorySecretStore secrets;
};

TEST(AppSettingsTest, RoundTripsThroughQSettingsWithoutSecrets)
{
    QSettings().clear();
    AppSettings s;
    s.profiles = {sampleProfile(), sampleProfile(QStringLiteral("Branch"))};
    s.profiles[1].trustedCaFile = QStringLiteral("/etc/ssl/company.pem");
    s.currentProfile = QStringLiteral("Branch");
    s.language = QStringLiteral("de");
    s.theme = QStringLiteral("dark");
    s.notifyPaid = false;
    s.notifyWhenActive = true;
    s.save();
    const AppSettings loaded = AppSettings::load();
    EXPECT_TRUE(loaded == s);
    ASSERT_NE(loaded.current(), nullptr);
    EXPECT_EQ(loaded.current()->name, QStringLiteral("Branch"));

    // A removed profile disappears from the file.
    s.profiles.removeLast();
    s.save();
    EXPECT_EQ(AppSettings::load().profiles.size(), 1);
    QSettings().clear();
}

TEST_F(SettingsDialogTest, PersistsSettingsAndPutsTheSecretOnlyInTheKeychain)
{
    SettingsDialog dialog(secrets);
    QSignalSpy language(&dialog, &SettingsDialog::languageChanged);
    QSignalSpy theme(&dialog, &SettingsDialog::themeChanged);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    EXPECT_EQ(child<QLineEdit>(dialog, "baseUrl")->text(), QStringLiteral("https://api.example.com"));
    auto* secret = child<QLineEdit>(dialog, "clientSecret");
    EXPECT_TRUE(secret->text().isEmpty());
    EXPECT_EQ(secret->echoMode(), QLineEdit::Password);
    typeInto(secret, QString::fromUtf8(kSecret));
    typeInto(child<QLineEdit>(dialog, "storeIds"), QStringLiteral("S01, S03"));
    auto* lang = child<QComboBox>(dialog, "language");
    lang->setCurrentIndex(lang->findData(QStringLiteral("de")));
    auto* themeBox = child<QComboBox>(dialog, "theme");
    themeBox->setCurrentIndex(themeBox->findData(QStringLiteral("dark")));

    clickAccept(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000));
    ASSERT_EQ(language.count(), 1);
    EXPECT_EQ(language.at(0).at(0).toString(), QStringLiteral("de"));
    ASSERT_EQ(theme.count(), 1);
    EXPECT_EQ(theme.at(0).at(0).toString(), QStringLiteral("dark"));

    const AppSettings saved = AppSettings::load();
    EXPECT_EQ(saved.language, QStringLiteral("de"));
    EXPECT_EQ(saved.theme, QStringLiteral("dark"));
    ASSERT_EQ(saved.profiles.size(), 1);
    EXPECT_EQ(saved.profiles.at(0).storeIds, (QStringList{QStringLiteral("S01"), QStringLiteral("S03")}));

    EXPECT_EQ(readSecret(secrets, SecretStore::clientSecretKey(QStringLiteral("Head office"))), kSecret);
    const QByteArray file = allSettingsBytes();
    EXPECT_FALSE(file.contains(kSecret)) << "the secret must never reach the settings file";
    EXPECT_TRUE(file.contains("E100234")) << "sanity: the scan reads the real file";

    const AuditEntry audit = dialog.auditEntry(QStringLiteral("alice"));
    EXPECT_EQ(audit.action, QStringLiteral("settings"));
    const QByteArray auditJson = QJsonDocument(audit.before).toJson() + QJsonDocument(audit.after).toJson();
    EXPECT_FALSE(auditJson.contains(kSecret));
    EXPECT_TRUE(auditJson.contains("Head office"));
    EXPECT_EQ(audit.after.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
    EXPECT_EQ(audit.before.value(QStringLiteral("theme")).toString(), QStringLiteral("system"));
}

TEST_F(SettingsDialogTest, NeverShowsTheStoredSecretBack)
{
    {
        QObject context;
        bool written = false;
        secrets.write(SecretStore::clientSecretKey(QStringLiteral("Head office")), kSecret, &context,
                      [&](SecretStore::DoneResult) { written = true; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));
    }
    SettingsDialog dialog(secrets);
    dialog.show();
    auto* secret = child<QLineEdit>(dialog, "clientSecret");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return secret->placeholderText().contains(QStringLiteral("keychain")); }, 5000));
    EXPECT_TRUE(secret->text().isEmpty());
    EXPECT_FALSE(secret->placeholderText().contains(QString::fromUtf8(kSecret)));
}

TEST_F(SettingsDialogTest, InvalidProfileIsRefusedWithFieldMessages)
{
    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QLineEdit>(dialog, "baseUrl"), QStringLiteral("http://api.example.com"));
    typeInto(child<QLineEdit>(dialog, "enterpriseId"), QString());
    clickAccept(dialog);
    QTest::qWait(50);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_THAT(dialog.shownError(QStringLiteral("baseUrl")).toStdString(), ::testing::HasSubstr("https://"));
    EXPECT_FALSE(dialog.shownError(QStringLiteral("enterpriseId")).isEmpty());
    EXPECT_EQ(AppSettings::load().profiles.at(0).baseUrl, QUrl(QStringLiteral("https://api.example.com")))
        << "nothing saved";

    // A new profile needs its secret.
    typeInto(child<QLineEdit>(dialog, "baseUrl"), QStringLiteral("https://api.example.com"));
    typeInto(child<QLineEdit>(dialog, "enterpriseId"), QStringLiteral("E1"));
    QTest::mouseClick(child<QPushButton>(dialog, "addProfile"), Qt::LeftButton);
    typeInto(child<QLineEdit>(dialog, "name"), QStringLiteral("Branch"));
    typeInto(child<QLineEdit>(dialog, "baseUrl"), QStringLiteral("https://api2.example.com"));
    typeInto(child<QLineEdit>(dialog, "enterpriseId"), QStringLiteral("E2"));
    typeInto(child<QLineEdit>(dialog, "storeIds"), QStringLiteral("S9"));
    typeInto(child<QLineEdit>(dialog, "clientId"), QStringLiteral("c2"));
    clickAccept(dialog);
    QTest::qWait(50);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.shownError(QStringLiteral("clientSecret")).isEmpty());

    typeInto(child<QLineEdit>(dialog, "clientSecret"), QStringLiteral("branch-secret"));
    clickAccept(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000));
    const AppSettings saved = AppSettings::load();
    ASSERT_EQ(saved.profiles.size(), 2);
    EXPECT_EQ(saved.currentProfile, QStringLiteral("Branch"));
    EXPECT_FALSE(allSettingsBytes().contains("branch-secret"));
}

TEST_F(SettingsDialogTest, EveryControlHasAnAccessibleName)
{
    SettingsDialog dialog(secrets);
    dialog.show();
    auto* tabs = child<QTabWidget>(dialog, "tabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        expectAccessibleNames(dialog);
    }
}

} // namespace
