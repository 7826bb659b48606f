// Kiosk mode end to end (issue 10): the adviser raises a request, the customer looks it up on
// the kiosk, the partner pays it over HTTP as a real partner does, and the kiosk shows Paid.
#include "QtPrinters.h"
#include "Sandbox.h"
#include "Translator.h"
#include "kiosk/KioskMode.h"
#include "kiosk/KioskPaymentView.h"
#include "kiosk/KioskStoreName.h"
#include "kiosk/KioskWindow.h"
#include "partner/SimulatedPartner.h"
#include "platform/PlatformState.h"
#include "secrets/MemorySecretStore.h"
#include "store/PaymentStore.h"
#include "sync/SyncSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using paydesk::SyncSession;
using paydesk::ui::KioskWindow;

namespace {

class KioskEndToEndTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        paydesk::sandbox::SandboxOptions options;
        options.seedCount = 20;
        options.scenario = u"off"_s; // the test plays the partner itself
        options.notifyDelayMs = 50;
        options.settlementDelayMs = 200;
        m_sandbox = std::make_unique<paydesk::sandbox::Sandbox>(options);
        auto started = m_sandbox->start();
        ASSERT_TRUE(started.ok()) << started.error().toStdString();

        SyncSession::Config config;
        config.profile.name = u"kiosk-e2e"_s;
        config.profile.baseUrl = m_sandbox->baseUrl();
        config.profile.localTestPlatform = true;
        config.profile.clientId = m_sandbox->clientId();
        const auto stores = m_sandbox->state().stores();
        ASSERT_FALSE(stores.isEmpty());
        config.profile.enterpriseId = stores.first().enterpriseId;
        for (const auto& s : stores) {
            if (s.enterpriseId == config.profile.enterpriseId)
                config.profile.storeIds << s.storeId;
        }
        config.cachePath = m_dir.filePath(u"cache.sqlite"_s);
        config.user = u"tester"_s;
        bool written = false;
        m_secrets.write(config.profile.clientSecretKey(), m_sandbox->clientSecret().toUtf8(), &m_secrets,
                        [&written](paydesk::SecretStore::DoneResult r) { written = r.ok(); });
        ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 2000));
        m_session = std::make_unique<SyncSession>(config, m_secrets);
        auto opened = m_session->open();
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        m_session->start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_session->isSynced(); }, 20000));
    }

    void TearDown() override
    {
        m_kiosk.reset();
        m_session.reset();
        m_sandbox.reset();
    }

    /// The partner's "UPDATE payment status" over HTTP with the partner's own token.
    bool partnerPays(const paydesk::Payment& p)
    {
        QNetworkAccessManager nam;
        QNetworkRequest tokenRequest(
            m_sandbox->baseUrl().resolved(QUrl(u"/oauth/client_credential/accesstoken"_s)));
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        form.addQueryItem(u"client_id"_s, m_sandbox->partnerClientId());
        form.addQueryItem(u"client_secret"_s, m_sandbox->partnerClientSecret());
        QNetworkReply* tokenReply = nam.post(tokenRequest, form.toString(QUrl::FullyEncoded).toUtf8());
        QSignalSpy tokenDone(tokenReply, &QNetworkReply::finished);
        if (!tokenDone.wait(5000))
            return false;
        const QString token =
            QJsonDocument::fromJson(tokenReply->readAll()).object().value(u"access_token"_s).toString();
        tokenReply->deleteLater();
        if (token.isEmpty())
            return false;
        QNetworkRequest patch(m_sandbox->baseUrl().resolved(
            QUrl(u"/%1/%2/v1/payments/%3/status"_s.arg(p.enterpriseId, p.storeId, p.paymentId))));
        patch.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        patch.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        patch.setRawHeader("Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8());
        const QJsonObject body{
            {u"status"_s, u"PAID"_s},
            {u"transactionReference"_s, u"TX-KIOSK-1"_s},
            {u"amountPaid"_s,
             QJsonObject{{u"value"_s, p.amount.toJsonNumber()}, {u"currencyCode"_s, p.amount.currency()}}},
            {u"card"_s, QJsonObject{{u"brand"_s, u"VISA"_s}, {u"last4"_s, u"4242"_s}}},
        };
        QNetworkReply* reply =
            nam.sendCustomRequest(patch, "PATCH", QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            return false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        EXPECT_EQ(status / 100, 2) << status;
        return status / 100 == 2;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<paydesk::sandbox::Sandbox> m_sandbox;
    paydesk::MemorySecretStore m_secrets;
    std::unique_ptr<SyncSession> m_session;
    std::unique_ptr<KioskWindow> m_kiosk;
};

TEST_F(KioskEndToEndTest, RaisedLookedUpPaidByThePartnerShowsPaid)
{
    // The adviser raises a request.
    QSignalSpy confirmed(m_session.get(), &SyncSession::actionConfirmed);
    paydesk::InitiateRequest request;
    request.enterpriseId = m_session->profile().enterpriseId;
    request.storeId = m_session->profile().storeIds.first();
    request.customer = {u"Robin Kiosk-Tester"_s, u"robin@example.com"_s, u"+447700900444"_s};
    request.channels = paydesk::Channel::Email;
    request.reference =
        paydesk::PaymentReference::make(paydesk::PaymentReference::Type::RepairOrder, u"RO-KIOSK-77"_s);
    request.description = u"Brake service"_s;
    request.amount = paydesk::Money::fromMinor(23450, u"GBP"_s).value();
    ASSERT_TRUE(m_session->submit(request).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !confirmed.isEmpty(); }, 15000));
    const QString paymentId = confirmed.first().at(1).toString();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto p = m_session->store()->payment(paymentId);
            return p && p->has_value() && !(*p)->payLink.isEmpty();
        },
        10000));

    // The customer looks it up on the kiosk.
    paydesk::KioskConfig config;
    m_kiosk = std::make_unique<KioskWindow>(m_session->store(), config, m_session->profile().storeIds,
                                            paydesk::Clock::system());
    m_kiosk->setLockoutSettingsPath(m_dir.filePath(u"lockout.ini"_s));
    m_kiosk->resize(1280, 800);
    m_kiosk->show();
    QTest::mouseClick(m_kiosk->startButton(), Qt::LeftButton);
    QTest::keyClicks(m_kiosk->referenceField(), u"ro-kiosk-77"_s);
    QTest::keyClicks(m_kiosk->surnameField(), u"kiosk-tester"_s);
    QTest::mouseClick(m_kiosk->findButton(), Qt::LeftButton);
    ASSERT_EQ(m_kiosk->page(), KioskWindow::Page::Payment) << m_kiosk->lookupMessage().toStdString();
    EXPECT_EQ(m_kiosk->paymentView()->paymentId(), paymentId);
    EXPECT_TRUE(m_kiosk->paymentView()->isQrCodeShown());

    // The partner takes the payment; the kiosk follows live.
    auto cached = m_session->store()->payment(paymentId);
    ASSERT_TRUE(cached.ok() && cached->has_value());
    ASSERT_TRUE(partnerPays(**cached));
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return m_kiosk->paymentView()->statusText().startsWith(u"Paid"_s); }, 15000))
        << m_kiosk->paymentView()->statusText().toStdString();
    EXPECT_FALSE(m_kiosk->paymentView()->isQrCodeShown());
}

TEST_F(KioskEndToEndTest, WelcomeGreetsWithThePlatformsStoreNameAndRemembersItForOfflineStarts)
{
    const auto stores = m_sandbox->state().stores();
    const auto& served = stores.first();
    ASSERT_FALSE(served.storeName.isEmpty());
    QSettings().remove(u"KioskStoreName"_s);
    QWidget dashboard;
    paydesk::ui::Translator translator;
    paydesk::KioskConfig config;
    config.dealershipName = u"Configured Motors"_s;
    config.storeIds = {served.storeId};

    // Nothing known yet: the configured name, until the platform's answer (GET /stores) names it.
    auto mode = std::make_unique<paydesk::ui::KioskMode>(*m_session, dashboard, translator, config);
    EXPECT_EQ(mode->window()->dealershipName(), u"Configured Motors"_s);
    EXPECT_TRUE(QTest::qWaitFor([&] { return mode->window()->dealershipName() == served.storeName; }, 10000))
        << mode->window()->dealershipName().toStdString();
    auto* label = mode->window()->findChild<QLabel*>(u"kioskDealership"_s);
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), served.storeName);
    EXPECT_EQ(label->textFormat(), Qt::PlainText);
    mode.reset();

    // Restarted while the platform cannot be reached: the remembered name, at once.
    m_sandbox->stop();
    mode = std::make_unique<paydesk::ui::KioskMode>(*m_session, dashboard, translator, config);
    EXPECT_EQ(mode->window()->dealershipName(), served.storeName);
    mode.reset();

    // A kiosk serving other stores does not borrow it.
    if (stores.size() > 1 && stores.at(1).enterpriseId == served.enterpriseId) {
        config.storeIds = {stores.at(1).storeId};
        mode = std::make_unique<paydesk::ui::KioskMode>(*m_session, dashboard, translator, config);
        EXPECT_EQ(mode->window()->dealershipName(), u"Configured Motors"_s);
        mode.reset();
    }
    QSettings().remove(u"KioskStoreName"_s);
}

} // namespace
