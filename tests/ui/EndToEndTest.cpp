// The dashboard against the real sandbox over loopback HTTP: initiate through the dialog →
// queued → confirmed by the platform → the row appears → the partner pays (PATCH status with
// the partner's credentials, as a real partner does) → the row shows PAID with the release
// signal. Then cancel and resend through their dialogs.
#include "MainWindow.h"
#include "QtPrinters.h"
#include "Sandbox.h"
#include "dialogs/CancelDialog.h"
#include "dialogs/InitiateDialog.h"
#include "dialogs/ResendDialog.h"
#include "models/PaymentTableModel.h"
#include "partner/SimulatedPartner.h"
#include "platform/PlatformState.h"
#include "secrets/MemorySecretStore.h"
#include "store/PaymentStore.h"
#include "sync/Outbox.h"
#include "sync/SyncSession.h"
#include "widgets/ConnectionIndicator.h"
#include "widgets/PaymentDetailPane.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using paydesk::PaymentStatus;
using paydesk::SyncSession;
using paydesk::ui::MainWindow;
using paydesk::ui::PaymentTableModel;

namespace {

class EndToEndTest : public ::testing::Test
{
protected:
    /// "off": the test plays the partner itself over HTTP.
    virtual QString scenario() const { return u"off"_s; }

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        paydesk::sandbox::SandboxOptions options;
        options.seedCount = 40;
        options.scenario = scenario();
        options.notifyDelayMs = 50;
        options.settlementDelayMs = 200;
        m_sandbox = std::make_unique<paydesk::sandbox::Sandbox>(options);
        auto* partner = m_sandbox->component<paydesk::sandbox::SimulatedPartner>();
        ASSERT_NE(partner, nullptr);
        partner->setTimeScale(0.05); // the same script, in milliseconds
        auto started = m_sandbox->start();
        ASSERT_TRUE(started.ok()) << started.error().toStdString();

        SyncSession::Config config;
        config.profile.name = u"e2e"_s;
        config.profile.baseUrl = m_sandbox->baseUrl();
        config.profile.localTestPlatform = true; // the sandbox speaks plain http on loopback
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
        m_window = std::make_unique<MainWindow>(m_session->store());
        m_window->setSession(m_session.get());
        m_window->show();
        m_session->start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_session->isSynced(); }, 20000));
        int expected = 0;
        for (const QString& store : config.profile.storeIds)
            expected += m_sandbox->state().paymentCount(config.profile.enterpriseId, store);
        ASSERT_GT(expected, 0);
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->model()->rowCount() == expected; }, 5000))
            << m_window->model()->rowCount() << " of " << expected;
    }

    void TearDown() override
    {
        m_window.reset();
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
            {u"transactionReference"_s, u"TX-E2E-1"_s},
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

    /// Runs `fill` on the next modal dialog of type T, then accepts it.
    template<typename T>
    void whenDialogOpens(std::function<void(T*)> fill)
    {
        QTimer::singleShot(0, m_window.get(), [fill] {
            (void)QTest::qWaitFor(
                [] { return qobject_cast<T*>(QApplication::activeModalWidget()) != nullptr; }, 3000);
            auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
            if (!dialog) {
                ADD_FAILURE() << "dialog did not open";
                return;
            }
            fill(dialog);
            dialog->accept();
            if (dialog->isVisible()) {
                ADD_FAILURE() << "dialog refused: " << dialog->validationErrors().size() << " errors";
                dialog->reject();
            }
        });
    }

    QTemporaryDir m_dir;
    std::unique_ptr<paydesk::sandbox::Sandbox> m_sandbox;
    paydesk::MemorySecretStore m_secrets;
    std::unique_ptr<SyncSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(EndToEndTest, InitiateQueuedConfirmedThenPaidByThePartner)
{
    EXPECT_TRUE(m_window->initiateAction()->isEnabled());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return m_window->connectionIndicator()->state().kind == paydesk::ConnectionState::Kind::Live; },
        10000))
        << m_window->connectionIndicator()->text().toStdString();

    QSignalSpy queued(m_session.get(), &SyncSession::actionQueued);
    QSignalSpy confirmed(m_session.get(), &SyncSession::actionConfirmed);
    whenDialogOpens<paydesk::ui::InitiateDialog>([](paydesk::ui::InitiateDialog* d) {
        paydesk::InitiateRequest r = d->request();
        r.customer = {u"Erin Example"_s, u"erin@example.com"_s, u"+447700900777"_s};
        r.channels = paydesk::Channel::Email;
        r.reference =
            paydesk::PaymentReference::make(paydesk::PaymentReference::Type::Invoice, u"INV-E2E-1"_s);
        r.description = u"End-to-end test"_s;
        r.amount = paydesk::Money::fromMinor(12345, u"GBP"_s).value();
        r.expiresAt = {};
        d->setRequest(r);
    });
    m_window->initiatePayment();
    // Written on the session's worker before the dialog call returned; announced here queued.
    ASSERT_TRUE(queued.size() == 1 || queued.wait(5000));
    ASSERT_EQ(queued.size(), 1);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"queued"_s))
        << m_window->statusBar()->currentMessage().toStdString();

    ASSERT_TRUE(confirmed.wait(15000) || !confirmed.isEmpty());
    const QString paymentId = confirmed.first().at(1).toString();
    ASSERT_FALSE(paymentId.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->model()->rowOfPaymentId(paymentId) >= 0; }, 10000));
    ASSERT_TRUE(m_window->selectPayment(paymentId));
    EXPECT_TRUE(m_window->detailPane()->releaseText().startsWith(u"Awaiting payment"_s));

    auto cached = m_session->store()->payment(paymentId);
    ASSERT_TRUE(cached.ok() && cached->has_value());
    ASSERT_TRUE(partnerPays(**cached));
    auto statusOf = [&] {
        const int row = m_window->model()->rowOfPaymentId(paymentId);
        return row < 0 ? -1
                       : m_window->model()->index(row, 0).data(PaymentTableModel::StatusCodeRole).toInt();
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf() == int(PaymentStatus::Code::Paid); }, 10000))
        << statusOf();
    const int row = m_window->model()->rowOfPaymentId(paymentId);
    const QString shown = m_window->model()->index(row, PaymentTableModel::StatusColumn).data().toString();
    EXPECT_TRUE(shown == u"Paid — clearing"_s || shown == u"Cleared"_s) << shown.toStdString();
    // Still selected, and the detail pane says what the cashier needs to know.
    EXPECT_EQ(m_window->selectedPaymentId(), paymentId);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return m_window->detailPane()->releaseText().contains(u"awaiting funds clearance"_s); }, 5000))
        << m_window->detailPane()->releaseText().toStdString();
}

TEST_F(EndToEndTest, CancelAndResendThroughTheirDialogs)
{
    // A fresh open request (queued straight into the outbox; the dialog path is tested above).
    QSignalSpy initiated(m_session.get(), &SyncSession::actionConfirmed);
    paydesk::InitiateRequest request;
    request.enterpriseId = m_session->profile().enterpriseId;
    request.storeId = m_session->profile().storeIds.first();
    request.customer = {u"Casey Cancel"_s, u"casey@example.com"_s, u"+447700900555"_s};
    request.channels = paydesk::Channel::Email;
    request.reference = paydesk::PaymentReference::make(paydesk::PaymentReference::Type::Deal, u"DL-E2E-2"_s);
    request.description = u"Deposit"_s;
    request.amount = paydesk::Money::fromMinor(50000, u"GBP"_s).value();
    ASSERT_TRUE(m_session->submit(request).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !initiated.isEmpty(); }, 15000));
    const QString openId = initiated.first().at(1).toString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->model()->rowOfPaymentId(openId) >= 0; }, 10000));
    ASSERT_TRUE(m_window->selectPayment(openId));
    ASSERT_TRUE(m_window->resendAction()->isEnabled());

    QSignalSpy confirmed(m_session.get(), &SyncSession::actionConfirmed);
    QSignalSpy failed(m_session.get(), &SyncSession::actionFailed);
    whenDialogOpens<paydesk::ui::ResendDialog>([](paydesk::ui::ResendDialog*) {});
    m_window->resendNotification();
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.size() + failed.size() >= 1; }, 15000));
    EXPECT_EQ(failed.size(), 0) << (failed.isEmpty() ? std::string()
                                                     : failed.first().at(1).toString().toStdString());

    ASSERT_TRUE(m_window->cancelAction()->isEnabled());
    whenDialogOpens<paydesk::ui::CancelDialog>([](paydesk::ui::CancelDialog* d) {
        if (auto* reason = d->findChild<QComboBox*>())
            reason->setCurrentIndex(qMax(1, reason->currentIndex()));
        for (QCheckBox* box : d->findChildren<QCheckBox*>())
            box->setChecked(true);
    });
    m_window->cancelPayment();
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.size() + failed.size() >= 2; }, 15000));
    EXPECT_EQ(failed.size(), 0);
    auto statusOf = [&] {
        const int row = m_window->model()->rowOfPaymentId(openId);
        return row < 0 ? -1
                       : m_window->model()->index(row, 0).data(PaymentTableModel::StatusCodeRole).toInt();
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf() == int(PaymentStatus::Code::Cancelled); }, 10000));
    EXPECT_FALSE(m_window->cancelAction()->isEnabled()); // not offered for final states
}

class EndToEndWithPartnerTest : public EndToEndTest
{
protected:
    QString scenario() const override { return u"pay"_s; }
};

TEST_F(EndToEndWithPartnerTest, RowShowsPaidAfterTheSimulatedPartnerPays)
{
    QSignalSpy confirmed(m_session.get(), &SyncSession::actionConfirmed);
    paydesk::InitiateRequest request;
    request.enterpriseId = m_session->profile().enterpriseId;
    request.storeId = m_session->profile().storeIds.first();
    request.customer = {u"Pat Partner"_s, u"pat@example.com"_s, u"+447700900444"_s};
    request.channels = paydesk::Channel::Email;
    request.reference =
        paydesk::PaymentReference::make(paydesk::PaymentReference::Type::Invoice, u"INV-E2E-3"_s);
    request.description = u"Service"_s;
    request.amount = paydesk::Money::fromMinor(9900, u"GBP"_s).value();
    ASSERT_TRUE(m_session->submit(request).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !confirmed.isEmpty(); }, 15000));
    const QString id = confirmed.first().at(1).toString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->model()->rowOfPaymentId(id) >= 0; }, 10000));
    ASSERT_TRUE(m_window->selectPayment(id));
    auto statusOf = [&] {
        const int row = m_window->model()->rowOfPaymentId(id);
        return row < 0 ? -1
                       : m_window->model()->index(row, 0).data(PaymentTableModel::StatusCodeRole).toInt();
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf() == int(PaymentStatus::Code::Paid); }, 20000))
        << statusOf();
    EXPECT_EQ(m_window->selectedPaymentId(), id);
    EXPECT_TRUE(m_window->detailPane()->payment().has_value());
}

} // namespace
