#include "dialogs/FirstRunDialog.h"

#include "DialogTestSupport.h"
#include "QtPrinters.h"
#include "Sandbox.h"
#include "ScriptedServer.h"
#include "TestTlsCertificate.h"
#include "dialogs/AppSettings.h"
#include "dialogs/SettingsDialog.h"
#include "secrets/BoundSecret.h"
#include "secrets/MemorySecretStore.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::ui;
using namespace paydesk::ui::test;
using ::testing::HasSubstr;

namespace {

class FirstRunDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        sandbox::SandboxOptions options;
        options.seedCount = 0;
        options.scenario = QStringLiteral("off");
        m_sandbox = std::make_unique<sandbox::Sandbox>(options);
        auto started = m_sandbox->start();
        ASSERT_TRUE(started.ok()) << qPrintable(started.error());
        m_dialog = std::make_unique<FirstRunDialog>(m_secrets);
        m_dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void TearDown() override
    {
        m_dialog.reset();
        m_sandbox.reset();
        QSettings().clear();
    }

    /// Fills the form; a plain-http address (the sandbox) is marked as a local test platform.
    void fill(const QString& url, const QString& stores, const QString& secret)
    {
        typeInto(child<QLineEdit>(*m_dialog, "baseUrl"), url);
        child<QCheckBox>(*m_dialog, "localTestPlatform")->setChecked(url.startsWith(u"http://"));
        typeInto(child<QLineEdit>(*m_dialog, "enterpriseId"), QStringLiteral("E100234"));
        typeInto(child<QLineEdit>(*m_dialog, "storeIds"), stores);
        typeInto(child<QLineEdit>(*m_dialog, "clientId"), m_sandbox->clientId());
        typeInto(child<QLineEdit>(*m_dialog, "clientSecret"), secret);
    }

    /// Clicks "Test connection" and waits for its verdict.
    bool test()
    {
        QSignalSpy finished(m_dialog.get(), &FirstRunDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(*m_dialog, "testConnection"), Qt::LeftButton);
        EXPECT_TRUE(finished.count() > 0 || finished.wait(20000));
        return finished.count() > 0 && finished.at(0).at(0).toBool();
    }

    QString url() const { return m_sandbox->baseUrl().toString(); }

    MemorySecretStore m_secrets;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<FirstRunDialog> m_dialog;
};

TEST_F(FirstRunDialogTest, TestConnectionSignsInAndReadsEveryStore)
{
    fill(url(), QStringLiteral("S01, S02"), m_sandbox->clientSecret());
    EXPECT_TRUE(test()) << qPrintable(m_dialog->testResult());
    EXPECT_THAT(m_dialog->testResult().toStdString(), HasSubstr("Connected"));
    EXPECT_THAT(m_dialog->testResult().toStdString(), HasSubstr("2 store"));
    EXPECT_THAT(child<QLabel>(*m_dialog, "testResult")->text().toStdString(), HasSubstr("Connected"));
}

TEST_F(FirstRunDialogTest, SaysWhenTheCredentialsAreWrong)
{
    fill(url(), QStringLiteral("S01"), QStringLiteral("not-the-secret"));
    EXPECT_FALSE(test());
    EXPECT_THAT(m_dialog->testResult().toStdString(), HasSubstr("Bad credentials"));
}

TEST_F(FirstRunDialogTest, SaysWhichStoreDoesNotExist)
{
    fill(url(), QStringLiteral("S01, S99"), m_sandbox->clientSecret());
    EXPECT_FALSE(test());
    EXPECT_THAT(m_dialog->testResult().toStdString(), HasSubstr("No such store"));
    EXPECT_THAT(m_dialog->testResult().toStdString(), HasSubstr("S99"));
}

TEST_F(FirstRunDialogTest, SaysWhenThePlatformIsUnreachable)
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    fill(QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("S01"), QStringLiteral("x"));
    EXPECT_FALSE(test());
    EXPECT_THAT(m_dialog->testResult().toStdString(), HasSubstr("Unreachable"));
}

TEST_F(FirstRunDialogTest, SaysWhenTlsFails)
{
    // A TLS server with a self-signed certificate nobody trusts.
    QSslServer server;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(QByteArray(kTestTlsCertificate), QSsl::Pem));
    config.setPrivateKey(QSslKey(QByteArray(kTestTlsPrivateKey), QSsl::Rsa, QSsl::Pem));
    server.setSslConfiguration(config);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    fill(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()), QStringLiteral("S01"),
         m_sandbox->clientSecret());
    EXPECT_FALSE(test());
    EXPECT_THAT(m_dialog->testResult().toStdString(), HasSubstr("TLS"));
}

TEST_F(FirstRunDialogTest, MissingFieldsAreMarkedInsteadOfTested)
{
    EXPECT_FALSE(test());
    EXPECT_FALSE(m_dialog->shownError(QStringLiteral("baseUrl")).isEmpty());
    EXPECT_FALSE(m_dialog->shownError(QStringLiteral("clientSecret")).isEmpty());
    clickAccept(*m_dialog);
    // Refused within the click: no keychain write started (the buttons are disabled during one).
    EXPECT_TRUE(m_dialog->findChild<QDialogButtonBox*>()->isEnabled());
    EXPECT_NE(m_dialog->result(), QDialog::Accepted);
}

TEST_F(FirstRunDialogTest, SavesTheProfileAndPutsTheSecretInTheKeychainOnly)
{
    fill(url(), QStringLiteral("S01"), m_sandbox->clientSecret());
    clickAccept(*m_dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_dialog->result() == QDialog::Accepted; }, 5000));
    EXPECT_EQ(m_dialog->profile().name, QStringLiteral("default"));
    const AppSettings saved = AppSettings::load();
    ASSERT_NE(saved.current(), nullptr);
    EXPECT_EQ(saved.current()->baseUrl, m_sandbox->baseUrl());
    EXPECT_EQ(saved.current()->storeIds, QStringList{QStringLiteral("S01")});
    EXPECT_TRUE(saved.current()->localTestPlatform);

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(m_sandbox->clientSecret().toUtf8()));
    bool read = false;
    QObject context;
    m_secrets.read(SecretStore::clientSecretKey(QStringLiteral("default")), &context,
                   [&](SecretStore::ReadResult r) {
                       ASSERT_TRUE(r.ok() && r->has_value());
                       const BoundSecret stored = BoundSecret::decode(**r);
                       EXPECT_EQ(stored.secret, m_sandbox->clientSecret().toUtf8());
                       EXPECT_EQ(stored.origin, BoundSecret::originOf(m_sandbox->baseUrl()))
                           << "bound to the address it was saved for";
                       read = true;
                   });
    EXPECT_TRUE(QTest::qWaitFor([&] { return read; }, 5000));
}

TEST_F(FirstRunDialogTest, SettingsTestsAProfileWithItsStoredSecret)
{
    AppSettings settings;
    ConnectionProfile profile;
    profile.name = QStringLiteral("Sandbox");
    profile.baseUrl = m_sandbox->baseUrl();
    profile.localTestPlatform = true; // the sandbox speaks plain http
    profile.enterpriseId = QStringLiteral("E100234");
    profile.storeIds = {QStringLiteral("S01")};
    profile.clientId = m_sandbox->clientId();
    settings.profiles = {profile};
    settings.save();

    SettingsDialog dialog(m_secrets);
    dialog.show();
    QSignalSpy finished(&dialog, &SettingsDialog::testFinished);
    // Nothing stored yet: the test says what is missing.
    QTest::mouseClick(child<QPushButton>(dialog, "testConnection"), Qt::LeftButton);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(10000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_THAT(dialog.testResult().toStdString(), HasSubstr("client secret"));

    bool written = false;
    m_secrets.write(profile.clientSecretKey(), m_sandbox->clientSecret().toUtf8(), &dialog,
                    [&](SecretStore::DoneResult) { written = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));
    finished.clear();
    QTest::mouseClick(child<QPushButton>(dialog, "testConnection"), Qt::LeftButton);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(20000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << qPrintable(dialog.testResult());
    EXPECT_THAT(dialog.testResult().toStdString(), HasSubstr("Connected"));
    EXPECT_FALSE(dialog.testResult().contains(m_sandbox->clientSecret()));
}

// Finding 10: plain http to this computer only when the profile is marked a local test platform.
TEST_F(FirstRunDialogTest, PlainHttpIsRefusedUnlessMarkedALocalTestPlatform)
{
    fill(url(), QStringLiteral("S01"), m_sandbox->clientSecret());
    child<QCheckBox>(*m_dialog, "localTestPlatform")->setChecked(false);
    EXPECT_FALSE(test());
    EXPECT_THAT(m_dialog->shownError(QStringLiteral("baseUrl")).toStdString(), HasSubstr("https://"));
    EXPECT_THAT(m_dialog->shownError(QStringLiteral("baseUrl")).toStdString(),
                HasSubstr("Local test platform"));
    clickAccept(*m_dialog);
    // Refused within the click: no keychain write started (the buttons are disabled during one).
    EXPECT_TRUE(m_dialog->findChild<QDialogButtonBox*>()->isEnabled());
    EXPECT_NE(m_dialog->result(), QDialog::Accepted);

    child<QCheckBox>(*m_dialog, "localTestPlatform")->setChecked(true);
    EXPECT_TRUE(test()) << qPrintable(m_dialog->testResult());
    EXPECT_THAT(m_dialog->testResult().toStdString(), HasSubstr("Connected"));
}

// Finding 3: a secret tested against one address is not sent to another typed afterwards.
TEST_F(FirstRunDialogTest, ASecretTestedOnOneAddressMustBeTypedAgainForAnother)
{
    fill(url(), QStringLiteral("S01"), m_sandbox->clientSecret());
    ASSERT_TRUE(test()) << qPrintable(m_dialog->testResult());

    paydesk::test::ScriptedServer listener;
    typeInto(child<QLineEdit>(*m_dialog, "baseUrl"), listener.url().toString());
    EXPECT_FALSE(test());
    EXPECT_TRUE(listener.requests().isEmpty()) << "the secret went to the new address";
    EXPECT_THAT(m_dialog->shownError(QStringLiteral("clientSecret")).toStdString(), HasSubstr("again"));
    EXPECT_TRUE(child<QLineEdit>(*m_dialog, "clientSecret")->text().isEmpty());
    // Nor is it saved for the new address.
    clickAccept(*m_dialog);
    // Refused within the click: no keychain write started (the buttons are disabled during one).
    EXPECT_TRUE(m_dialog->findChild<QDialogButtonBox*>()->isEnabled());
    EXPECT_NE(m_dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(listener.requests().isEmpty());
}

// Finding 10: the chosen CA is copied (0600) and its fingerprint shown.
TEST_F(FirstRunDialogTest, ATrustedCaIsCopiedAndItsFingerprintShown)
{
    QTemporaryDir dir;
    const QString picked = dir.filePath(QStringLiteral("ca.pem"));
    {
        QFile f(picked);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(kTestTlsCertificate));
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(picked);
    ASSERT_EQ(certs.size(), 1);
    const QByteArray hex = certs.first().digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    const QString fingerprint = pairs.join(u':');

    fill(url(), QStringLiteral("S01"), m_sandbox->clientSecret());
    typeInto(child<QLineEdit>(*m_dialog, "trustedCaFile"), picked);
    auto* shown = child<QLabel>(*m_dialog, "trustedCaFingerprint");
    EXPECT_EQ(shown->textFormat(), Qt::PlainText);
    EXPECT_THAT(shown->text().toStdString(), HasSubstr(fingerprint.toStdString()));
    clickAccept(*m_dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_dialog->result() == QDialog::Accepted; }, 5000));
    const QString copy = m_dialog->profile().trustedCaFile;
    EXPECT_NE(copy, picked);
    EXPECT_TRUE(copy.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)))
        << qPrintable(copy);
    const QFile::Permissions modeBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                        QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    EXPECT_EQ(QFile::permissions(copy) & modeBits, QFile::ReadOwner | QFile::WriteOwner) << "0600";
    EXPECT_EQ(QSslCertificate::fromPath(copy), certs);
}

TEST_F(FirstRunDialogTest, EveryControlHasAnAccessibleName)
{
    expectAccessibleNames(*m_dialog);
}

} // namespace
