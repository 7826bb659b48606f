// Settings' Payment Assist tab: the site's API key and base URL are saved with the profile, the
// API secret only in the keychain (bound to the base URL's origin); a site without a secret for
// its address is refused; clearing the key removes the site and its secret.
#include "DialogTestSupport.h"
#include "dialogs/AppSettings.h"
#include "dialogs/PaymentAssistSiteForm.h"
#include "dialogs/SettingsDialog.h"
#include "secrets/BoundSecret.h"
#include "secrets/MemorySecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::ui;
using namespace paydesk::ui::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPaSecret = "demo_pa-SECRET-never-in-settings-71c3";

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

    MemorySecretStore secrets;
};

TEST_F(PaymentAssistSettingsTest, TheSiteIsSavedWithTheProfileAndItsSecretOnlyInTheKeychain)
{
    {
        SettingsDialog dialog(secrets);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        auto* form = dialog.findChild<PaymentAssistSiteForm*>();
        ASSERT_NE(form, nullptr);
        EXPECT_TRUE(child<QLineEdit>(dialog, "paymentAssistSecret")->placeholderText().isEmpty())
            << "no site, nothing stored";
        typeInto(child<QLineEdit>(dialog, "paymentAssistApiKey"), u"pa_live_key_1"_s);
        typeInto(child<QLineEdit>(dialog, "paymentAssistBaseUrl"),
                 u"https://api.demo.payment-assist.co.uk"_s);
        // No secret yet: refused, on the Payment Assist tab, saying what is missing.
        clickAccept(dialog);
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_EQ(dialog.findChild<QTabWidget*>()->currentWidget(), form);
        EXPECT_TRUE(form->shownErrors().contains(u"API secret"_s)) << form->shownErrors().toStdString();
        EXPECT_TRUE(AppSettings::load().profiles.first().paymentAssist.isEmpty()) << "nothing saved";

        typeInto(child<QLineEdit>(dialog, "paymentAssistSecret"), QString::fromUtf8(kPaSecret));
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
    const auto stored = readSecret(site.secretKey(saved.name));
    ASSERT_TRUE(stored.has_value());
    const BoundSecret bound = BoundSecret::decode(*stored);
    EXPECT_EQ(bound.origin, site.secretOrigin());
    EXPECT_EQ(bound.secret, kPaSecret);
    EXPECT_FALSE(allSettingsBytes().contains(kPaSecret)) << "the secret never goes to the settings file";

    {
        // Another address needs the secret typed again (it is bound to the saved one).
        SettingsDialog dialog(secrets);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        auto* form = dialog.findChild<PaymentAssistSiteForm*>();
        EXPECT_EQ(child<QLineEdit>(dialog, "paymentAssistApiKey")->text(), u"pa_live_key_1"_s);
        EXPECT_TRUE(child<QLineEdit>(dialog, "paymentAssistSecret")->text().isEmpty()) << "never shown back";
        EXPECT_EQ(child<QLineEdit>(dialog, "paymentAssistSecret")->placeholderText(),
                  u"Stored in the keychain; type to replace"_s);
        typeInto(child<QLineEdit>(dialog, "paymentAssistBaseUrl"), u"https://elsewhere.example.net"_s);
        clickAccept(dialog);
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_TRUE(form->shownErrors().contains(u"API secret"_s));
        // No Payment Assist any more: the site and its secret go.
        typeInto(child<QLineEdit>(dialog, "paymentAssistApiKey"), QString());
        clickAccept(dialog);
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000))
            << form->shownErrors().toStdString();
    }
    EXPECT_TRUE(AppSettings::load().profiles.first().paymentAssist.isEmpty());
    EXPECT_FALSE(readSecret(site.secretKey(saved.name)).has_value());
}

} // namespace
