#include "dialogs/SettingsDialog.h"

#include "DialogTestSupport.h"
#include "QtPrinters.h"
#include "ScriptedServer.h"
#include "Translator.h"
#include "api/TrustedCaStore.h"
#include "dialogs/AppSettings.h"
#include "dialogs/KioskSettingsForm.h"
#include "kiosk/KioskConfig.h"
#include "kiosk/StaffPin.h"
#include "secrets/BoundSecret.h"
#include "secrets/MemorySecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

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

    void writeSecret(const QString& key, const QByteArray& value)
    {
        QObject context;
        bool written = false;
        secrets.write(key, value, &context, [&](SecretStore::DoneResult) { written = true; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));
    }

    /// Clicks "Test connection" and waits for the verdict.
    static bool testConnection(SettingsDialog& dialog)
    {
        QSignalSpy finished(&dialog, &SettingsDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "testConnection"), Qt::LeftButton);
        EXPECT_TRUE(finished.count() > 0 || finished.wait(20000));
        return finished.count() > 0 && finished.at(0).at(0).toBool();
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
    s.notifyCleared = false;
    s.clearanceOverdueDays = 5;
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

    const BoundSecret stored =
        BoundSecret::decode(readSecret(secrets, SecretStore::clientSecretKey(QStringLiteral("Head office")))
                                .value_or(QByteArray()));
    EXPECT_EQ(stored.secret, kSecret);
    EXPECT_EQ(stored.origin, QStringLiteral("https://api.example.com:443")) << "bound to the saved address";
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
    // The shown message is the dialog's answer to the click: a refusal starts no keychain write.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !dialog.shownError(QStringLiteral("baseUrl")).isEmpty(); }, 5000));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_THAT(dialog.shownError(QStringLiteral("baseUrl")).toStdString(), ::testing::HasSubstr("https://"));
    EXPECT_FALSE(dialog.shownError(QStringLiteral("enterpriseId")).isEmpty());
    const AppSettings unchanged = AppSettings::load();
    ASSERT_EQ(unchanged.profiles.size(), 1);
    EXPECT_EQ(unchanged.profiles.at(0).baseUrl, QUrl(QStringLiteral("https://api.example.com")))
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
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !dialog.shownError(QStringLiteral("clientSecret")).isEmpty(); }, 5000));
    EXPECT_NE(dialog.result(), QDialog::Accepted);

    typeInto(child<QLineEdit>(dialog, "clientSecret"), QStringLiteral("branch-secret"));
    clickAccept(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000));
    const AppSettings saved = AppSettings::load();
    ASSERT_EQ(saved.profiles.size(), 2);
    EXPECT_EQ(saved.currentProfile, QStringLiteral("Branch"));
    EXPECT_FALSE(allSettingsBytes().contains("branch-secret"));
}

TEST_F(SettingsDialogTest, OpensOnGeneralWithTheConnectionOneTabFurther)
{
    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = child<QTabWidget>(dialog, "tabs");
    EXPECT_EQ(tabs->currentIndex(), 0);
    EXPECT_EQ(tabs->tabText(0).remove(u'&'), QStringLiteral("General"));
    EXPECT_EQ(tabs->tabText(1).remove(u'&'), QStringLiteral("Connection"));
    // Nothing of the connection, least of all the client secret, is on screen.
    EXPECT_TRUE(child<QComboBox>(dialog, "language")->isVisible());
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>())
        EXPECT_FALSE(edit->isVisible() && edit->echoMode() == QLineEdit::Password)
            << qPrintable(edit->objectName());
    EXPECT_FALSE(child<QPushButton>(dialog, "testConnection")->isVisible());
}

TEST_F(SettingsDialogTest, NoTwoVisibleControlsShareAMnemonicOnAnyTab)
{
    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = child<QTabWidget>(dialog, "tabs");
    const auto mnemonic = [](const QString& text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
        return {};
    };
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        QHash<QChar, QString> seen;
        QStringList texts;
        for (int t = 0; t < tabs->count(); ++t)
            texts << tabs->tabText(t);
        for (QLabel* label : dialog.findChildren<QLabel*>())
            if (label->isVisible() && label->buddy())
                texts << label->text();
        for (QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
            if (button->isVisible())
                texts << button->text();
        for (const QString& text : std::as_const(texts)) {
            const QChar key = mnemonic(text);
            if (key.isNull())
                continue;
            EXPECT_FALSE(seen.contains(key))
                << "tab " << page << ": \"" << qPrintable(text) << "\" and \"" << qPrintable(seen.value(key))
                << "\" share Alt+" << qPrintable(QString(key));
            seen.insert(key, text);
        }
    }
}

/// The system-wide settings file IT provisions a kiosk with (KioskConfig's system scope).
std::unique_ptr<QSettings> systemSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::SystemScope,
                                       QCoreApplication::organizationName(),
                                       QCoreApplication::applicationName());
}

TEST_F(SettingsDialogTest, KioskTabSetsTheStaffPinOnlyAsAHashMadeOffTheGuiThread)
{
    systemSettings()->clear();
    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = child<QTabWidget>(dialog, "tabs");
    auto* form = child<KioskSettingsForm>(dialog, "kioskSettingsForm");
    tabs->setCurrentWidget(form);
    EXPECT_EQ(child<QLabel>(dialog, "kioskPinState")->text(),
              QStringLiteral("No staff PIN is set yet: staff cannot unlock the kiosk."));
    auto* pin = child<QLineEdit>(dialog, "staffPin");
    auto* repeat = child<QLineEdit>(dialog, "staffPinRepeat");
    EXPECT_EQ(pin->echoMode(), QLineEdit::Password);
    EXPECT_EQ(repeat->echoMode(), QLineEdit::Password);

    // Each wrong entry is refused with a message under its field, and nothing is saved.
    const struct
    {
        QString pin, repeat, field, message;
    } wrong[] = {
        {QStringLiteral("12345"), QStringLiteral("12345"), QStringLiteral("staffPin"),
         QStringLiteral("A staff PIN has 6 to 12 digits.")},
        {QStringLiteral("12ab56"), QStringLiteral("12ab56"), QStringLiteral("staffPin"),
         QStringLiteral("Use digits only (0–9).")},
        {QStringLiteral("246810"), QString(), QStringLiteral("staffPinRepeat"),
         QStringLiteral("Type the new PIN again to confirm it.")},
        {QStringLiteral("246810"), QStringLiteral("246811"), QStringLiteral("staffPinRepeat"),
         QStringLiteral("The two PINs are not the same.")},
    };
    for (const auto& w : wrong) {
        typeInto(pin, w.pin);
        typeInto(repeat, w.repeat);
        clickAccept(dialog);
        EXPECT_EQ(form->shownError(w.field), w.message) << qPrintable(w.pin) << " / " << qPrintable(w.repeat);
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_EQ(tabs->currentWidget(), form);
        EXPECT_TRUE(KioskConfig::load().pinHash.isEmpty());
    }
    // Editing the field takes its message away.
    typeInto(repeat, QStringLiteral("246810"));
    EXPECT_TRUE(form->shownError(QStringLiteral("staffPinRepeat")).isEmpty());

    // The right PIN twice: Save returns at once, the hash is made on another thread while the
    // dialog stays responsive (with the PIN fields read-only), then the save completes.
    typeInto(pin, QStringLiteral("246810"));
    clickAccept(dialog);
    EXPECT_TRUE(form->isHashing()) << "the PIN was hashed on the GUI thread, inside Save";
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(pin->isReadOnly());
    EXPECT_FALSE(dialog.findChild<QDialogButtonBox*>()->isEnabled());
    EXPECT_EQ(child<QLabel>(dialog, "kioskPinState")->text(), QStringLiteral("Securing the PIN…"));
    EXPECT_TRUE(KioskConfig::load().pinHash.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 30000));

    const QString hash = KioskConfig::load().pinHash;
    static const QRegularExpression format(
        QStringLiteral("^pbkdf2-sha256\\$600000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=$"));
    EXPECT_TRUE(format.match(hash).hasMatch()) << qPrintable(hash);
    EXPECT_TRUE(StaffPin::verify(QStringLiteral("246810"), hash));
    EXPECT_TRUE(pin->text().isEmpty());
    EXPECT_TRUE(repeat->text().isEmpty());
    // The PIN itself is nowhere in the settings, and the audit line names the change only.
    EXPECT_FALSE(allSettingsBytes().contains("246810"));
    const AuditEntry audit = dialog.auditEntry(QStringLiteral("alice"));
    const QByteArray auditJson = QJsonDocument(audit.before).toJson() + QJsonDocument(audit.after).toJson();
    EXPECT_TRUE(auditJson.contains("staffPin"));
    EXPECT_FALSE(auditJson.contains("246810"));
    EXPECT_FALSE(auditJson.contains(hash.section(u'$', 3).toLatin1()));
    QSettings().remove(QStringLiteral("Kiosk"));
}

TEST_F(SettingsDialogTest, ProvisionedKioskValuesShowReadOnlyAndAreNeverWritten)
{
    const QString provisionedHash = StaffPin::hash(QStringLiteral("135791"), StaffPin::MinIterations);
    {
        QSettings user;
        user.setValue(QStringLiteral("Kiosk/idleSeconds"), 120);
        user.setValue(QStringLiteral("Kiosk/dealershipName"), QStringLiteral("Mine Motors"));
        const auto system = systemSettings();
        system->setValue(QStringLiteral("Kiosk/pinHash"), provisionedHash);
        system->setValue(QStringLiteral("Kiosk/idleSeconds"), 90);
        system->setValue(QStringLiteral("Kiosk/enabled"), true);
    }
    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* form = child<KioskSettingsForm>(dialog, "kioskSettingsForm");
    child<QTabWidget>(dialog, "tabs")->setCurrentWidget(form);

    auto* idle = child<QSpinBox>(dialog, "kioskIdleSeconds");
    EXPECT_EQ(idle->value(), 90);
    EXPECT_TRUE(idle->isReadOnly());
    EXPECT_FALSE(idle->isEnabled());
    auto* enabled = child<QCheckBox>(dialog, "kioskEnabled");
    EXPECT_TRUE(enabled->isChecked());
    EXPECT_FALSE(enabled->isEnabled());
    for (const char* key :
         {"kioskProvisioned_idleSeconds", "kioskProvisioned_pinHash", "kioskProvisioned_enabled"}) {
        auto* note = child<QLabel>(dialog, key);
        ASSERT_NE(note, nullptr);
        EXPECT_TRUE(note->isVisible()) << key;
        EXPECT_EQ(note->text(), QStringLiteral("Set by your administrator")) << key;
    }
    // Not provisioned: the user's own, and editable.
    EXPECT_EQ(form->findChild<QLabel*>(QStringLiteral("kioskProvisioned_dealershipName")), nullptr);
    auto* name = child<QLineEdit>(dialog, "kioskDealershipName");
    EXPECT_EQ(name->text(), QStringLiteral("Mine Motors"));
    EXPECT_FALSE(name->isReadOnly());
    // The provisioned PIN: said to be set, and its fields take nothing.
    EXPECT_EQ(child<QLabel>(dialog, "kioskPinState")->text(), QStringLiteral("A staff PIN is set."));
    auto* pin = child<QLineEdit>(dialog, "staffPin");
    auto* repeat = child<QLineEdit>(dialog, "staffPinRepeat");
    EXPECT_TRUE(pin->isReadOnly());
    EXPECT_TRUE(repeat->isReadOnly());
    EXPECT_FALSE(pin->isEnabled());
    pin->setFocus();
    QTest::keyClicks(pin, QStringLiteral("999999"));
    QTest::keyClicks(repeat, QStringLiteral("999999"));
    EXPECT_TRUE(pin->text().isEmpty());
    QTest::keyClicks(idle, QStringLiteral("5"));
    EXPECT_EQ(idle->value(), 90);

    typeInto(name, QStringLiteral("Riverside Motors"));
    clickAccept(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 10000));
    const KioskConfig config = KioskConfig::load();
    EXPECT_EQ(config.pinHash, provisionedHash);
    EXPECT_EQ(config.idleSeconds, 90);
    EXPECT_TRUE(config.enabled);
    EXPECT_EQ(config.dealershipName, QStringLiteral("Riverside Motors"));
    // The user's own file was not written for what IT set.
    QSettings user;
    user.setFallbacksEnabled(false);
    EXPECT_EQ(user.value(QStringLiteral("Kiosk/idleSeconds")).toInt(), 120);
    EXPECT_FALSE(user.contains(QStringLiteral("Kiosk/pinHash")));
    EXPECT_FALSE(user.contains(QStringLiteral("Kiosk/enabled")));
    const QJsonObject after = dialog.auditEntry(QStringLiteral("alice")).after;
    EXPECT_EQ(after.value(QStringLiteral("kioskChanged")).toArray(),
              QJsonArray{QStringLiteral("dealershipName")});
    systemSettings()->clear();
    user.remove(QStringLiteral("Kiosk"));
}

TEST_F(SettingsDialogTest, TheKioskTabsMnemonicsCollideWithNoTabInAnyLanguage)
{
    // A tab's letter counts on every page: the Kiosk tab's own letters must differ from each
    // other and from every tab's, in each catalogue shipped.
    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = child<QTabWidget>(dialog, "tabs");
    auto* form = child<KioskSettingsForm>(dialog, "kioskSettingsForm");
    tabs->setCurrentWidget(form);
    const auto mnemonic = [](const QString& text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&' && text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
        }
        return {};
    };
    Translator translator;
    for (const QString& language : Translator::availableLanguages()) {
        ASSERT_TRUE(translator.setLanguage(language));
        QCoreApplication::processEvents(); // LanguageChange is delivered as an event
        QHash<QChar, QString> tabLetters;
        for (int t = 0; t < tabs->count(); ++t) {
            // The tabs' own letters differ from each other too.
            const QChar key = mnemonic(tabs->tabText(t));
            EXPECT_FALSE(tabLetters.contains(key))
                << qPrintable(language) << ": the tabs \"" << qPrintable(tabs->tabText(t)) << "\" and \""
                << qPrintable(tabLetters.value(key)) << "\" share Alt+" << qPrintable(QString(key));
            tabLetters.insert(key, tabs->tabText(t));
        }
        QStringList own;
        for (QLabel* label : form->findChildren<QLabel*>())
            if (label->isVisible() && label->buddy())
                own << label->text();
        for (QAbstractButton* button : form->findChildren<QAbstractButton*>())
            if (button->isVisible())
                own << button->text();
        QHash<QChar, QString> seen;
        for (const QString& text : std::as_const(own)) {
            const QChar key = mnemonic(text);
            ASSERT_FALSE(key.isNull()) << qPrintable(language) << ": no mnemonic in " << qPrintable(text);
            EXPECT_FALSE(tabLetters.contains(key))
                << qPrintable(language) << ": \"" << qPrintable(text) << "\" and the tab \""
                << qPrintable(tabLetters.value(key)) << "\" share Alt+" << qPrintable(QString(key));
            EXPECT_FALSE(seen.contains(key))
                << qPrintable(language) << ": \"" << qPrintable(text) << "\" and \""
                << qPrintable(seen.value(key)) << "\" share Alt+" << qPrintable(QString(key));
            seen.insert(key, text);
        }
    }
    translator.setLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
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

namespace {

bool anyRequestCarries(const paydesk::test::ScriptedServer& server, const QByteArray& needle)
{
    for (const auto& r : server.requests()) {
        if (r.body.contains(needle) || r.target.contains(needle))
            return true;
        for (const QByteArray& value : r.headers)
            if (value.contains(needle))
                return true;
    }
    return false;
}

// Finding 3: "Test connection" with an edited, unsaved URL used the stored secret there. A
// listener on the new address must receive nothing, and the dialog asks for the secret.
TEST_F(SettingsDialogTest, TestConnectionNeverSendsTheStoredSecretToAnEditedUrl)
{
    // Stored by an earlier PayDesk, without an origin: bound to the saved URL when first read.
    writeSecret(SecretStore::clientSecretKey(QStringLiteral("Head office")), kSecret);
    paydesk::test::ScriptedServer listener;
    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* secret = child<QLineEdit>(dialog, "clientSecret");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return secret->placeholderText().contains(QStringLiteral("Stored in the keychain")); }, 5000));

    typeInto(child<QLineEdit>(dialog, "baseUrl"), listener.url().toString());
    child<QCheckBox>(dialog, "localTestPlatform")->setChecked(true); // plain http is allowed here
    EXPECT_FALSE(testConnection(dialog));
    EXPECT_FALSE(anyRequestCarries(listener, "client_secret"));
    EXPECT_FALSE(anyRequestCarries(listener, kSecret));
    EXPECT_TRUE(listener.requests().isEmpty()) << "the new address is not even asked";
    EXPECT_THAT(dialog.shownError(QStringLiteral("clientSecret")).toStdString(),
                ::testing::HasSubstr("again"));
    EXPECT_TRUE(secret->text().isEmpty());

    // The keychain still holds it for the saved address only.
    const BoundSecret stored =
        BoundSecret::decode(readSecret(secrets, SecretStore::clientSecretKey(QStringLiteral("Head office")))
                                .value_or(QByteArray()));
    EXPECT_EQ(stored.origin, QStringLiteral("https://api.example.com:443"));
    EXPECT_EQ(stored.secret, kSecret);

    // Typed again for the new address, the user's secret goes there (that is the user's choice).
    typeInto(secret, QStringLiteral("typed-for-the-listener"));
    testConnection(dialog);
    EXPECT_TRUE(anyRequestCarries(listener, "typed-for-the-listener"));
    EXPECT_FALSE(anyRequestCarries(listener, kSecret));
}

// A secret typed and tested against one address is not carried to another one either.
TEST_F(SettingsDialogTest, ATypedSecretTestedOnOneAddressMustBeTypedAgainForAnother)
{
    paydesk::test::ScriptedServer first;
    paydesk::test::ScriptedServer second;
    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    child<QCheckBox>(dialog, "localTestPlatform")->setChecked(true);
    typeInto(child<QLineEdit>(dialog, "baseUrl"), first.url().toString());
    typeInto(child<QLineEdit>(dialog, "clientSecret"), QString::fromUtf8(kSecret));
    testConnection(dialog);
    EXPECT_TRUE(anyRequestCarries(first, kSecret));

    typeInto(child<QLineEdit>(dialog, "baseUrl"), second.url().toString());
    EXPECT_FALSE(testConnection(dialog));
    EXPECT_TRUE(second.requests().isEmpty());
    EXPECT_FALSE(dialog.shownError(QStringLiteral("clientSecret")).isEmpty());
    EXPECT_TRUE(child<QLineEdit>(dialog, "clientSecret")->text().isEmpty());
}

// Saving a new address does not keep the stored secret (nor its token) for it: it must be
// typed again, and is then stored bound to the new address.
TEST_F(SettingsDialogTest, SavingANewAddressNeedsTheSecretTypedAgain)
{
    writeSecret(SecretStore::clientSecretKey(QStringLiteral("Head office")),
                BoundSecret{QStringLiteral("https://api.example.com:443"), kSecret}.encode());
    writeSecret(SecretStore::accessTokenKey(QStringLiteral("Head office")),
                "{\"accessToken\":\"old-token\"}");
    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QLineEdit>(dialog, "baseUrl"), QStringLiteral("https://api.elsewhere.example"));
    clickAccept(dialog);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !dialog.shownError(QStringLiteral("clientSecret")).isEmpty(); }, 5000));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_THAT(dialog.shownError(QStringLiteral("clientSecret")).toStdString(),
                ::testing::HasSubstr("again"));
    const AppSettings unchanged = AppSettings::load();
    ASSERT_EQ(unchanged.profiles.size(), 1);
    EXPECT_EQ(unchanged.profiles.at(0).baseUrl, QUrl(QStringLiteral("https://api.example.com")))
        << "nothing saved";

    typeInto(child<QLineEdit>(dialog, "clientSecret"), QStringLiteral("secret-for-elsewhere"));
    clickAccept(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000));
    const BoundSecret stored =
        BoundSecret::decode(readSecret(secrets, SecretStore::clientSecretKey(QStringLiteral("Head office")))
                                .value_or(QByteArray()));
    EXPECT_EQ(stored.origin, QStringLiteral("https://api.elsewhere.example:443"));
    EXPECT_EQ(stored.secret, QByteArray("secret-for-elsewhere"));
    EXPECT_FALSE(readSecret(secrets, SecretStore::accessTokenKey(QStringLiteral("Head office"))).has_value())
        << "the old address's token is dropped";
}

// Finding 10: plain http only for a profile marked as a local test platform.
TEST_F(SettingsDialogTest, PlainHttpToThisComputerNeedsTheLocalTestPlatformMark)
{
    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* localTest = child<QCheckBox>(dialog, "localTestPlatform");
    EXPECT_FALSE(localTest->isChecked());
    typeInto(child<QLineEdit>(dialog, "baseUrl"), QStringLiteral("http://127.0.0.1:8080"));
    typeInto(child<QLineEdit>(dialog, "clientSecret"), QString::fromUtf8(kSecret));
    clickAccept(dialog);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !dialog.shownError(QStringLiteral("baseUrl")).isEmpty(); }, 5000));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_THAT(dialog.shownError(QStringLiteral("baseUrl")).toStdString(),
                ::testing::HasSubstr("Local test platform"));

    localTest->setChecked(true);
    clickAccept(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000));
    const AppSettings saved = AppSettings::load();
    ASSERT_EQ(saved.profiles.size(), 1);
    EXPECT_TRUE(saved.profiles.at(0).localTestPlatform);
    EXPECT_EQ(saved.profiles.at(0).baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
}

// Finding 10: the chosen CA is copied into PayDesk's own folder (0600), the profile points at
// the copy, and its SHA-256 fingerprint is shown as plain text.
TEST_F(SettingsDialogTest, ATrustedCaIsCopiedOwnerOnlyAndItsFingerprintShown)
{
    // A self-signed CA made with openssl for the tests (as in TlsTest).
    const QByteArray pem = "-----BEGIN CERTIFICATE-----\n"
                           "MIIBmzCCAUGgAwIBAgIUcKO94wC0l9T7vp4gnaJcU5EQXjcwCgYIKoZIzj0EAwIw\n"
                           "IjEgMB4GA1UEAwwXUGF5RGVzayBUZXN0IFByaXZhdGUgQ0EwIBcNMjYxMTIxMTcx\n"
                           "NTM4WhgPMjEyNjEwMjgxNzE1MzhaMCIxIDAeBgNVBAMMF1BheURlc2sgVGVzdCBQ\n"
                           "cml2YXRlIENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEL7l5ztlOSBlZPaiY\n"
                           "t5HYChq6KOGFVGpJqhVxGKeUsrNXQ24+8607Nu5NU1DHJOvAxWaA/+OIY2OvA/4g\n"
                           "TwiL5qNTMFEwHQYDVR0OBBYEFADTXZW7R5F1ARHW8W5C4lejz9iGMB8GA1UdIwQY\n"
                           "MBaAFADTXZW7R5F1ARHW8W5C4lejz9iGMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZI\n"
                           "zj0EAwIDSAAwRQIhAK+kcE+TndVJnjpIdfwAZEdRBAV5HV7kTgjXGlbkzxDtAiBJ\n"
                           "H9bNntyiAlB9JDwXTD4K0CkNxFy6itnXIOrtzZQ2SA==\n"
                           "-----END CERTIFICATE-----\n";
    const QString fingerprint = QStringLiteral(
        "5B:72:FE:0C:58:85:C6:92:1B:1B:36:AF:32:EC:1F:FC:72:17:13:CE:E4:F5:81:29:B0:62:7A:6F:DB:A2:83:EC");
    QTemporaryDir dir;
    const QString picked = dir.filePath(QStringLiteral("company-ca.pem"));
    {
        QFile f(picked);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(pem);
    }
    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QLineEdit>(dialog, "trustedCaFile"), picked);
    auto* shown = child<QLabel>(dialog, "trustedCaFingerprint");
    EXPECT_EQ(shown->textFormat(), Qt::PlainText);
    EXPECT_THAT(shown->text().toStdString(), ::testing::HasSubstr(fingerprint.toStdString()));
    clickAccept(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000));

    const AppSettings saved = AppSettings::load();
    ASSERT_EQ(saved.profiles.size(), 1);
    const QString copy = saved.profiles.at(0).trustedCaFile;
    EXPECT_NE(copy, picked) << "the profile points at PayDesk's own copy";
    EXPECT_TRUE(TrustedCaStore().holds(copy)) << qPrintable(copy);
    EXPECT_TRUE(copy.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    const QFile::Permissions modeBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                        QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    EXPECT_EQ(QFile::permissions(copy) & modeBits, QFile::ReadOwner | QFile::WriteOwner) << "0600";
    EXPECT_EQ(TrustedCaStore::fingerprints(TrustedCaStore::certificatesIn(copy)), QStringList{fingerprint});
    EXPECT_THAT(child<QLineEdit>(dialog, "trustedCaFile")->text().toStdString(),
                ::testing::HasSubstr(".pem"));
    EXPECT_THAT(shown->text().toStdString(), ::testing::HasSubstr(fingerprint.toStdString()));
}

/// A keychain that reads and deletes, but refuses to store the keys it is told to refuse: those
/// writes go to a MemorySecretStore with its injected failure (a locked or full keychain).
class WriteRefusingSecretStore final : public SecretStore
{
public:
    WriteRefusingSecretStore() { m_refusing.setFailure(SecretError::make(SecretError::Kind::AccessDenied)); }

    /// Writes to `keys` fail from now on; an empty list lets every write through again.
    void refuseWritesTo(const QStringList& keys) { m_refused = keys; }

    bool isPersistent() const override { return false; }
    QString statusMessage() const override { return {}; }

protected:
    void doRead(const QString& key, ReadCallback done) override
    {
        m_working.read(key, this, std::move(done));
    }
    void doWrite(const QString& key, const QByteArray& value, DoneCallback done) override
    {
        (m_refused.contains(key) ? m_refusing : m_working).write(key, value, this, std::move(done));
    }
    void doRemove(const QString& key, DoneCallback done) override
    {
        m_working.remove(key, this, std::move(done));
    }

private:
    MemorySecretStore m_working;
    MemorySecretStore m_refusing;
    QStringList m_refused;
};

class SettingsKeychainFailureTest : public SettingsDialogTest
{
protected:
    void SetUp() override
    {
        SettingsDialogTest::SetUp();
        AppSettings two = AppSettings::load();
        two.profiles.append(sampleProfile(QStringLiteral("Branch")));
        ASSERT_TRUE(two.save());
        for (const QString& name : {kHeadOffice, kBranch}) {
            write(SecretStore::clientSecretKey(name), stored(name));
            write(SecretStore::accessTokenKey(name), "{\"accessToken\":\"token\"}");
        }
    }

    static QByteArray stored(const QString& name)
    {
        return BoundSecret{QStringLiteral("https://api.example.com:443"), "old-secret-of-" + name.toUtf8()}
            .encode();
    }

    void write(const QString& key, const QByteArray& value)
    {
        QObject context;
        bool written = false;
        keychain.write(key, value, &context, [&](SecretStore::DoneResult r) { written = r.ok(); });
        ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));
    }

    static void choose(SettingsDialog& dialog, const QString& profile)
    {
        auto* box = child<QComboBox>(dialog, "profile");
        box->setCurrentIndex(box->findText(profile));
        ASSERT_EQ(box->currentText(), profile);
    }

    static inline const QString kHeadOffice = QStringLiteral("Head office");
    static inline const QString kBranch = QStringLiteral("Branch");
    WriteRefusingSecretStore keychain;
};

// Bug (issue 8): removing a profile deleted its secret at once; when a later secret write failed
// the save stopped, leaving the removed profile saved without its secret. Now the keychain
// changes follow the save: nothing is deleted unless the settings were saved.
TEST_F(SettingsKeychainFailureTest, ARemovedProfileKeepsItsSecretUntilTheSaveSucceeds)
{
    SettingsDialog dialog(keychain);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    choose(dialog, kHeadOffice);
    QTest::mouseClick(child<QPushButton>(dialog, "removeProfile"), Qt::LeftButton);
    choose(dialog, kBranch);
    typeInto(child<QLineEdit>(dialog, "clientSecret"), QStringLiteral("new-branch-secret"));
    keychain.refuseWritesTo({SecretStore::clientSecretKey(kBranch)});
    clickAccept(dialog);

    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return dialog.shownError(QStringLiteral("clientSecret")).contains(QStringLiteral("keychain"));
        },
        5000));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_THAT(child<QLabel>(dialog, "form.message")->text().toStdString(),
                ::testing::HasSubstr("Nothing was saved"));
    EXPECT_EQ(readSecret(keychain, SecretStore::clientSecretKey(kHeadOffice)), stored(kHeadOffice))
        << "the removed profile is still saved, so its secret stays";
    EXPECT_TRUE(readSecret(keychain, SecretStore::accessTokenKey(kHeadOffice)).has_value());
    EXPECT_EQ(readSecret(keychain, SecretStore::clientSecretKey(kBranch)), stored(kBranch));
    const AppSettings unchanged = AppSettings::load();
    ASSERT_EQ(unchanged.profiles.size(), 2) << "nothing saved";
    EXPECT_EQ(unchanged.profiles.at(0).name, kHeadOffice);
    EXPECT_EQ(child<QComboBox>(dialog, "profile")->count(), 1)
        << "the user's changes are still in the dialog";

    // The keychain takes the secret now: saved, then the removed profile's secrets go.
    keychain.refuseWritesTo({});
    clickAccept(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000));
    const AppSettings saved = AppSettings::load();
    ASSERT_EQ(saved.profiles.size(), 1);
    EXPECT_EQ(saved.profiles.at(0).name, kBranch);
    EXPECT_EQ(BoundSecret::decode(
                  readSecret(keychain, SecretStore::clientSecretKey(kBranch)).value_or(QByteArray()))
                  .secret,
              QByteArray("new-branch-secret"));
    EXPECT_FALSE(readSecret(keychain, SecretStore::clientSecretKey(kHeadOffice)).has_value());
    EXPECT_FALSE(readSecret(keychain, SecretStore::accessTokenKey(kHeadOffice)).has_value());
}

// New secrets are stored all or none: when one write fails, one that succeeded is put back.
TEST_F(SettingsKeychainFailureTest, NewSecretsAreStoredAllOrNone)
{
    SettingsDialog dialog(keychain);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    choose(dialog, kHeadOffice);
    typeInto(child<QLineEdit>(dialog, "clientSecret"), QStringLiteral("new-head-office-secret"));
    choose(dialog, kBranch);
    typeInto(child<QLineEdit>(dialog, "clientSecret"), QStringLiteral("new-branch-secret"));
    keychain.refuseWritesTo({SecretStore::clientSecretKey(kBranch)});
    clickAccept(dialog);

    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return dialog.shownError(QStringLiteral("clientSecret")).contains(QStringLiteral("keychain"));
        },
        5000));
    EXPECT_EQ(child<QComboBox>(dialog, "profile")->currentText(), kBranch) << "shows the profile that failed";
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return readSecret(keychain, SecretStore::clientSecretKey(kHeadOffice)) == stored(kHeadOffice);
        },
        5000))
        << "the secret that was stored is put back";
    EXPECT_EQ(readSecret(keychain, SecretStore::clientSecretKey(kBranch)), stored(kBranch));
    EXPECT_TRUE(readSecret(keychain, SecretStore::accessTokenKey(kHeadOffice)).has_value())
        << "no token is dropped either";
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}

} // namespace
