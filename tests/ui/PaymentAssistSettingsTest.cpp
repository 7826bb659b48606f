// Settings' "Payment providers" tab: every provider site (Payment Assist, Democrance, myKaarma, in
// any mix per site) is saved with the profile and its secret only in the keychain (bound to the
// site address's origin); a site without a secret for its address is refused; removing a site,
// or the whole profile, removes its secret; "Test connection" calls the provider over loopback.
#include "DialogTestSupport.h"
#include "Sandbox.h"
#include "Translator.h"
#include "dialogs/AppSettings.h"
#include "dialogs/ProviderSitesForm.h"
#include "dialogs/SettingsDialog.h"
#include "providers/ProviderAction.h"
#include "secrets/BoundSecret.h"
#include "secrets/MemorySecretStore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::ui;
using namespace paydesk::ui::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPaSecret = "demo_pa-SECRET-never-in-settings-71c3";
const QByteArray kDemPassword = "demo_dem-PASSWORD-never-in-settings-5d2e";
const QByteArray kMkPassword = "demo_mk-PASSWORD-never-in-settings-90af";

class PaymentAssistSettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ConnectionProfile p;
        p.name = u"Head office"_s;
        p.baseUrl = QUrl(u"https://api.example.com"_s);
        p.enterpriseId = u"E100234"_s;
        p.storeIds = {u"S01"_s, u"S02"_s};
        p.clientId = u"paydesk-client"_s;
        AppSettings initial;
        initial.profiles = {p};
        initial.currentProfile = p.name;
        initial.save();
    }
    void TearDown() override { QSettings().clear(); }

    std::optional<QByteArray> readSecret(const QString& key)
    {
        std::optional<QByteArray> value;
        bool done = false;
        QObject context;
        secrets.read(key, &context, [&](SecretStore::ReadResult r) {
            if (r)
                value = *r;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
        return value;
    }

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
        return all;
    }

    /// Opens the Payment providers tab of `dialog` and returns its form.
    static ProviderSitesForm* providersTab(SettingsDialog& dialog)
    {
        auto* form = dialog.findChild<ProviderSitesForm*>();
        EXPECT_NE(form, nullptr);
        auto* tabs = dialog.findChild<QTabWidget*>();
        tabs->setCurrentWidget(form);
        return form;
    }

    /// Adds a site of `provider` through the form's "Add site" menu.
    static void addSite(SettingsDialog& dialog, const QString& provider)
    {
        auto* action = dialog.findChild<QAction*>(u"addSite."_s + provider);
        ASSERT_NE(action, nullptr) << provider.toStdString();
        action->trigger();
    }

    static QLineEdit* field(SettingsDialog& dialog, const char* name)
    {
        return child<QLineEdit>(dialog, (QByteArray("site.") + name).constData());
    }

    void expectBound(const QString& key, const QString& origin, const QByteArray& secret)
    {
        const auto stored = readSecret(key);
        ASSERT_TRUE(stored.has_value()) << key.toStdString();
        const BoundSecret bound = BoundSecret::decode(*stored);
        EXPECT_EQ(bound.origin, origin);
        EXPECT_EQ(bound.secret, secret);
    }

    MemorySecretStore secrets;
};

using ProviderSettingsTest = PaymentAssistSettingsTest;

TEST_F(PaymentAssistSettingsTest, TheSiteIsSavedWithTheProfileAndItsSecretOnlyInTheKeychain)
{
    {
        SettingsDialog dialog(secrets);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        ProviderSitesForm* form = providersTab(dialog);
        EXPECT_EQ(form->siteCount(), 0);
        addSite(dialog, ProviderId::paymentAssist());
        EXPECT_TRUE(field(dialog, "secret")->placeholderText().isEmpty()) << "new site, nothing stored";
        typeInto(field(dialog, "account"), u"pa_live_key_1"_s);
        typeInto(field(dialog, "baseUrl"), u"https://api.demo.payment-assist.co.uk"_s);
        // No secret yet: refused, on the providers tab, saying what is missing.
        dialog.findChild<QTabWidget*>()->setCurrentIndex(0);
        clickAccept(dialog);
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_EQ(dialog.findChild<QTabWidget*>()->currentWidget(), form);
        EXPECT_TRUE(form->shownErrors().contains(u"API secret"_s)) << form->shownErrors().toStdString();
        EXPECT_TRUE(AppSettings::load().profiles.first().paymentAssist.isEmpty()) << "nothing saved";

        typeInto(field(dialog, "secret"), QString::fromUtf8(kPaSecret));
        clickAccept(dialog);
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000))
            << form->shownErrors().toStdString();
    }
    const ConnectionProfile saved = AppSettings::load().profiles.first();
    ASSERT_EQ(saved.paymentAssist.size(), 1);
    const PaymentAssistSite site = saved.paymentAssist.first();
    EXPECT_EQ(site.siteId, u"S01"_s) << "the profile's first store by default";
    EXPECT_EQ(site.apiKey, u"pa_live_key_1"_s);
    EXPECT_EQ(site.baseUrl, QUrl(u"https://api.demo.payment-assist.co.uk"_s));
    expectBound(site.secretKey(saved.name), site.secretOrigin(), kPaSecret);
    EXPECT_FALSE(allSettingsBytes().contains(kPaSecret)) << "the secret never goes to the settings file";

    {
        // Another address needs the secret typed again (it is bound to the saved one).
        SettingsDialog dialog(secrets);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        ProviderSitesForm* form = providersTab(dialog);
        ASSERT_EQ(form->siteCount(), 1);
        EXPECT_EQ(field(dialog, "account")->text(), u"pa_live_key_1"_s);
        EXPECT_TRUE(field(dialog, "secret")->text().isEmpty()) << "never shown back";
        EXPECT_EQ(field(dialog, "secret")->placeholderText(), u"Stored in the keychain; type to replace"_s);
        typeInto(field(dialog, "baseUrl"), u"https://elsewhere.example.net"_s);
        clickAccept(dialog);
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_TRUE(form->shownErrors().contains(u"API secret"_s));
        // No Payment Assist any more: the site and its secret go.
        QTest::mouseClick(child<QPushButton>(dialog, "removeProviderSite"), Qt::LeftButton);
        EXPECT_EQ(form->siteCount(), 0);
        clickAccept(dialog);
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000))
            << form->shownErrors().toStdString();
    }
    EXPECT_TRUE(AppSettings::load().profiles.first().paymentAssist.isEmpty());
    EXPECT_FALSE(readSecret(site.secretKey(saved.name)).has_value());
}

TEST_F(ProviderSettingsTest, OneSiteWithEveryProviderKeepsEachCredentialApartAndOnlyInTheKeychain)
{
    {
        SettingsDialog dialog(secrets);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        ProviderSitesForm* form = providersTab(dialog);

        addSite(dialog, ProviderId::democrance());
        EXPECT_FALSE(child<QWidget>(dialog, "site.dealerUuid")->isVisible()) << "myKaarma's fields only";
        typeInto(field(dialog, "account"), u"northgate"_s);
        typeInto(field(dialog, "baseUrl"), u"https://dealer.democrance.example"_s);
        typeInto(field(dialog, "secret"), QString::fromUtf8(kDemPassword));

        addSite(dialog, ProviderId::myKaarma());
        EXPECT_TRUE(child<QWidget>(dialog, "site.dealerUuid")->isVisible());
        typeInto(field(dialog, "account"), u"northgate-subscriber"_s);
        typeInto(field(dialog, "secret"), QString::fromUtf8(kMkPassword));
        // The dealer UUID is checked before anything is saved.
        typeInto(field(dialog, "dealerUuid"), u"not-a-uuid"_s);
        typeInto(field(dialog, "departmentUuid"), u"d3p4a5r6-0000-4000-8000-000000000001"_s);
        clickAccept(dialog);
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_TRUE(form->shownErrors().contains(u"dealer UUID"_s)) << form->shownErrors().toStdString();
        EXPECT_EQ(form->shownSite(), 1);
        typeInto(field(dialog, "dealerUuid"), u"d1e2a3l4-0000-4000-8000-000000000001"_s);

        // The same provider twice for one site is refused (one account per provider and site).
        addSite(dialog, ProviderId::democrance());
        typeInto(field(dialog, "account"), u"someone-else"_s);
        typeInto(field(dialog, "baseUrl"), u"https://dealer.democrance.example"_s);
        typeInto(field(dialog, "secret"), u"x"_s);
        clickAccept(dialog);
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_TRUE(form->shownErrors().contains(u"already has a Democrance account"_s))
            << form->shownErrors().toStdString();
        QTest::mouseClick(child<QPushButton>(dialog, "removeProviderSite"), Qt::LeftButton);

        // A Payment Assist site for the second store, edited after the others (not the first site).
        addSite(dialog, ProviderId::paymentAssist());
        typeInto(field(dialog, "siteId"), u"S02"_s);
        typeInto(field(dialog, "account"), u"pa_key_s02"_s);
        typeInto(field(dialog, "secret"), QString::fromUtf8(kPaSecret));
        EXPECT_EQ(child<QTableWidget>(dialog, "providerSites")->rowCount(), 3);
        clickAccept(dialog);
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000))
            << form->shownErrors().toStdString();
    }
    const ConnectionProfile saved = AppSettings::load().profiles.first();
    ASSERT_EQ(saved.democrance.size(), 1);
    ASSERT_EQ(saved.myKaarma.size(), 1);
    ASSERT_EQ(saved.paymentAssist.size(), 1);
    const DemocranceSite dem = saved.democrance.first();
    EXPECT_EQ(dem.siteId, u"S01"_s);
    EXPECT_EQ(dem.username, u"northgate"_s);
    const MyKaarmaSite mk = saved.myKaarma.first();
    EXPECT_EQ(mk.siteId, u"S01"_s);
    EXPECT_EQ(mk.baseUrl, QUrl(u"https://api.mykaarma.com"_s)) << "myKaarma's address by default";
    EXPECT_EQ(mk.dealerUuid, u"d1e2a3l4-0000-4000-8000-000000000001"_s);
    EXPECT_EQ(mk.departmentUuid, u"d3p4a5r6-0000-4000-8000-000000000001"_s);
    EXPECT_EQ(saved.paymentAssist.first().siteId, u"S02"_s);
    expectBound(dem.secretKey(saved.name), dem.secretOrigin(), kDemPassword);
    expectBound(mk.secretKey(saved.name), mk.secretOrigin(), kMkPassword);
    expectBound(saved.paymentAssist.first().secretKey(saved.name), saved.paymentAssist.first().secretOrigin(),
                kPaSecret);
    const QByteArray settingsBytes = allSettingsBytes();
    for (const QByteArray& secret : {kPaSecret, kDemPassword, kMkPassword})
        EXPECT_FALSE(settingsBytes.contains(secret)) << "a secret went to the settings file";

    // Editing the second site changes that one; the others keep their stored secrets.
    {
        SettingsDialog dialog(secrets);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        ProviderSitesForm* form = providersTab(dialog);
        ASSERT_EQ(form->siteCount(), 3);
        form->showSite(2); // rows: Payment Assist, Democrance, myKaarma
        auto* table = child<QTableWidget>(dialog, "providerSites");
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(1, 1)).center());
        EXPECT_EQ(form->shownSite(), 1);
        EXPECT_EQ(field(dialog, "account")->text(), u"northgate"_s);
        typeInto(field(dialog, "name"), u"Northgate Insurance desk"_s);
        clickAccept(dialog);
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000))
            << form->shownErrors().toStdString();
    }
    EXPECT_EQ(AppSettings::load().profiles.first().democrance.first().name, u"Northgate Insurance desk"_s);
    expectBound(mk.secretKey(saved.name), mk.secretOrigin(), kMkPassword);
}

TEST_F(ProviderSettingsTest, RemovingAProfileRemovesTheSecretsOfItsProviderSites)
{
    ConnectionProfile p = AppSettings::load().profiles.first();
    PaymentAssistSite pa{u"S01"_s, QString(), QUrl(u"https://api.v1.payment-assist.co.uk"_s), u"k"_s};
    DemocranceSite dem;
    dem.siteId = u"S01"_s;
    dem.baseUrl = QUrl(u"https://dealer.democrance.example"_s);
    dem.username = u"northgate"_s;
    p.paymentAssist = {pa};
    p.democrance = {dem};
    ConnectionProfile other = p;
    other.name = u"Branch"_s;
    other.paymentAssist.clear();
    other.democrance.clear();
    AppSettings settings;
    settings.profiles = {p, other};
    settings.currentProfile = p.name;
    ASSERT_TRUE(settings.save());
    int written = 0;
    QObject context;
    BoundSecret::write(secrets, pa.secretKey(p.name), {pa.secretOrigin(), kPaSecret}, &context,
                       [&](SecretStore::DoneResult r) { written += r.ok(); });
    BoundSecret::write(secrets, dem.secretKey(p.name), {dem.secretOrigin(), kDemPassword}, &context,
                       [&](SecretStore::DoneResult r) { written += r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written == 2; }, 2000));

    {
        SettingsDialog dialog(secrets);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QTabWidget*>()->setCurrentIndex(1);
        ASSERT_EQ(child<QComboBox>(dialog, "profile")->currentText(), p.name);
        QTest::mouseClick(child<QPushButton>(dialog, "removeProfile"), Qt::LeftButton);
        clickAccept(dialog);
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000));
    }
    ASSERT_EQ(AppSettings::load().profiles.size(), 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !readSecret(pa.secretKey(p.name)).has_value(); }, 2000))
        << "the Payment Assist secret of a removed profile stayed in the keychain";
    EXPECT_TRUE(QTest::qWaitFor([&] { return !readSecret(dem.secretKey(p.name)).has_value(); }, 2000));
}

TEST_F(ProviderSettingsTest, TestConnectionCallsPaymentAssistWithTheTypedSecretAndSaysWhenItIsWrong)
{
    paydesk::sandbox::SandboxOptions options;
    options.seedCount = 0;
    options.scenario = u"off"_s;
    paydesk::sandbox::Sandbox sandbox(options);
    auto started = sandbox.start();
    ASSERT_TRUE(started.ok()) << started.error().toStdString();
    ConnectionProfile p = AppSettings::load().profiles.first();
    p.localTestPlatform = true;
    p.baseUrl = sandbox.baseUrl();
    AppSettings settings = AppSettings::load();
    settings.profiles = {p};
    ASSERT_TRUE(settings.save());
    QUrl base = sandbox.baseUrl();
    base.setPath(u"/paymentassist"_s);

    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ProviderSitesForm* form = providersTab(dialog);
    addSite(dialog, ProviderId::paymentAssist());
    typeInto(field(dialog, "account"), sandbox.options().paymentAssistApiKey);
    typeInto(field(dialog, "baseUrl"), base.toString());
    QSignalSpy finished(form, &ProviderSitesForm::testFinished);
    auto* test = child<QPushButton>(dialog, "testProviderSite");
    QTest::mouseClick(test, Qt::LeftButton);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(5000));
    EXPECT_FALSE(finished.takeFirst().at(0).toBool()) << "no secret typed or stored: nothing is sent";
    EXPECT_TRUE(form->testResult().contains(u"API secret"_s)) << form->testResult().toStdString();

    typeInto(field(dialog, "secret"), u"demo_wrong_secret"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(15000));
    EXPECT_FALSE(finished.takeFirst().at(0).toBool()) << form->testResult().toStdString();
    EXPECT_TRUE(form->testResult().startsWith(u"Bad credentials"_s)) << form->testResult().toStdString();

    typeInto(field(dialog, "secret"), sandbox.options().paymentAssistSecret);
    QTest::mouseClick(test, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(15000));
    EXPECT_TRUE(finished.takeFirst().at(0).toBool()) << form->testResult().toStdString();
    EXPECT_TRUE(form->testResult().startsWith(u"Connected"_s)) << form->testResult().toStdString();
}

TEST_F(ProviderSettingsTest, TestConnectionSignsInToDemocranceAndMyKaarmaOnTheSandbox)
{
    paydesk::sandbox::SandboxOptions options;
    options.seedCount = 0;
    options.scenario = u"off"_s;
    paydesk::sandbox::Sandbox sandbox(options);
    auto started = sandbox.start();
    ASSERT_TRUE(started.ok()) << started.error().toStdString();
    ConnectionProfile p = AppSettings::load().profiles.first();
    p.localTestPlatform = true;
    AppSettings settings = AppSettings::load();
    settings.profiles = {p};
    ASSERT_TRUE(settings.save());
    auto under = [&](const QString& path) {
        QUrl base = sandbox.baseUrl();
        base.setPath(path);
        return base.toString();
    };

    SettingsDialog dialog(secrets);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ProviderSitesForm* form = providersTab(dialog);
    QSignalSpy finished(form, &ProviderSitesForm::testFinished);
    auto* test = child<QPushButton>(dialog, "testProviderSite");

    addSite(dialog, ProviderId::democrance());
    typeInto(field(dialog, "account"), sandbox.options().democranceUsername);
    typeInto(field(dialog, "baseUrl"), under(u"/democrance"_s));
    typeInto(field(dialog, "secret"), u"demo_not_the_password"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(15000));
    EXPECT_FALSE(finished.takeFirst().at(0).toBool());
    EXPECT_TRUE(form->testResult().startsWith(u"Bad credentials"_s)) << form->testResult().toStdString();
    typeInto(field(dialog, "secret"), sandbox.options().democrancePassword);
    QTest::mouseClick(test, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(15000));
    EXPECT_TRUE(finished.takeFirst().at(0).toBool()) << form->testResult().toStdString();
    EXPECT_EQ(form->testResult(), u"Connected: Democrance accepted the credentials."_s);

    addSite(dialog, ProviderId::myKaarma());
    typeInto(field(dialog, "account"), sandbox.options().myKaarmaUsername);
    typeInto(field(dialog, "baseUrl"), under(u"/mykaarma"_s));
    typeInto(field(dialog, "dealerUuid"), sandbox.options().myKaarmaDealerUuid);
    typeInto(field(dialog, "departmentUuid"), sandbox.options().myKaarmaDepartmentUuid);
    typeInto(field(dialog, "secret"), u"demo_not_the_password"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(15000));
    EXPECT_FALSE(finished.takeFirst().at(0).toBool()) << form->testResult().toStdString();
    typeInto(field(dialog, "secret"), sandbox.options().myKaarmaPassword);
    QTest::mouseClick(test, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(15000));
    EXPECT_TRUE(finished.takeFirst().at(0).toBool()) << form->testResult().toStdString();
    EXPECT_EQ(form->testResult(), u"Connected: myKaarma accepted the credentials."_s);
}

/// The tab as people see it (test-output/provider-settings*.png), in English and German: three
/// providers for one site, the myKaarma form with its refusal under it.
TEST_F(ProviderSettingsTest, ScreenshotsOfThePaymentProvidersTab)
{
    ConnectionProfile p = AppSettings::load().profiles.first();
    p.paymentAssist = {
        {u"S01"_s, u"Northgate Motors"_s, QUrl(u"https://api.v1.payment-assist.co.uk"_s), u"pa_key"_s}};
    DemocranceSite dem;
    dem.siteId = u"S01"_s;
    dem.name = u"Northgate Motors"_s;
    dem.baseUrl = QUrl(u"https://northgate.democrance.example"_s);
    dem.username = u"northgate"_s;
    p.democrance = {dem};
    AppSettings settings;
    settings.profiles = {p};
    settings.currentProfile = p.name;
    ASSERT_TRUE(settings.save());
    const QString dir = QStringLiteral(PAYDESK_TEST_OUTPUT_DIR);
    QDir().mkpath(dir);
    for (const QString& language : {u"en"_s, u"de"_s}) {
        Translator translator;
        translator.setLanguage(language);
        SettingsDialog dialog(secrets);
        dialog.resize(720, 640);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        providersTab(dialog);
        addSite(dialog, ProviderId::myKaarma());
        typeInto(field(dialog, "account"), u"northgate-subscriber"_s);
        typeInto(field(dialog, "dealerUuid"), u"d1e2a3l4-0000-4000-8000-000000000001"_s);
        clickAccept(dialog);
        ASSERT_TRUE(dialog.isVisible());
        QCoreApplication::processEvents();
        const QImage image = dialog.grab().toImage();
        ASSERT_TRUE(image.save(QDir(dir).filePath(u"provider-settings-%1.png"_s.arg(language))));
    }
}

} // namespace
