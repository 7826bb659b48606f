// Payment Assist in the dashboard, against the real sandbox over loopback: the "New finance
// application" dialog (its checks, pre-approval, plans and repayment schedule), then the whole
// flow — begun from the dialog through the outbox → the customer signs on the emulation's page
// (POSTs as a browser sends them) → the row shows Paid → the receipt uploaded from the detail
// pane as the invoice clears the invoice-outstanding flag.
#include "MainWindow.h"
#include "Sandbox.h"
#include "dialogs/FinanceApplicationDialog.h"
#include "models/PaymentTableModel.h"
#include "platform/PlatformState.h"
#include "secrets/BoundSecret.h"
#include "secrets/MemorySecretStore.h"
#include "store/PaymentStore.h"
#include "sync/SyncSession.h"
#include "widgets/FinanceDetails.h"
#include "widgets/KpiStrip.h"
#include "widgets/KpiTile.h"
#include "widgets/PaymentDetailPane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using paydesk::PaymentStatus;
using paydesk::ProviderAction;
using paydesk::SyncSession;
using paydesk::ui::FinanceApplicationDialog;
using paydesk::ui::FinanceDetails;
using paydesk::ui::MainWindow;
using paydesk::ui::PaymentTableModel;

namespace {

/// Where the pictures go for people to look at: PAYDESK_SCREENSHOT_DIR, else a temporary folder.
QString screenshotPath(const QString& name)
{
    QString dir = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(u"paydesk-finance-screenshots"_s);
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

void type(QWidget* parent, const QString& name, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(name);
    ASSERT_NE(edit, nullptr) << name.toStdString();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

TEST(FinanceApplicationDialogTest, ShowsItsChecksUnderTheFieldsAndRefusesAnIncompleteApplication)
{
    FinanceApplicationDialog dialog({{u"E1"_s, u"S01"_s, u"Northgate"_s}});
    int submitted = 0;
    dialog.setSubmit([&](const paydesk::ProviderActionRequest&) {
        ++submitted;
        return paydesk::FieldErrors{};
    });
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    // Nothing said before the user touched anything.
    EXPECT_TRUE(dialog.shownError(u"f_name"_s).isEmpty());

    dialog.accept();
    EXPECT_TRUE(dialog.isVisible()) << "an empty application is not sent";
    EXPECT_EQ(submitted, 0);
    for (const QString& field : {u"f_name"_s, u"addr1"_s, u"postcode"_s, u"order_id"_s, u"amount"_s})
        EXPECT_FALSE(dialog.shownError(field).isEmpty()) << field.toStdString();

    type(&dialog, u"name"_s, u"Jane"_s);
    EXPECT_EQ(dialog.shownError(u"f_name"_s), u"Enter the customer's first name and surname."_s);
    type(&dialog, u"name"_s, u"Jane Doe"_s);
    EXPECT_TRUE(dialog.shownError(u"f_name"_s).isEmpty());
    // The link goes by e-mail by default: a wrong address is said at once.
    type(&dialog, u"email"_s, u"jane@"_s);
    EXPECT_FALSE(dialog.shownError(u"email"_s).isEmpty());
    type(&dialog, u"amount"_s, u"twelve"_s);
    EXPECT_TRUE(dialog.shownError(u"amount"_s).startsWith(u"Enter the amount in pounds"_s))
        << dialog.shownError(u"amount"_s).toStdString();
    // SMS without a mobile number.
    dialog.findChild<QCheckBox*>(u"send_sms"_s)->setChecked(true);
    dialog.accept();
    EXPECT_FALSE(dialog.shownError(u"telephone"_s).isEmpty());
    // A card number typed into a text field is refused, as everywhere.
    type(&dialog, u"description"_s, u"card 4111 1111 1111 1111"_s);
    EXPECT_FALSE(dialog.shownError(u"description"_s).isEmpty());

    type(&dialog, u"email"_s, u"jane@example.com"_s);
    type(&dialog, u"telephone"_s, u"07700 900123"_s);
    type(&dialog, u"addr1"_s, u"1 High Street"_s);
    type(&dialog, u"postcode"_s, u"ls1 1aa"_s);
    type(&dialog, u"order_id"_s, u"RO-1001"_s);
    type(&dialog, u"description"_s, u"Clutch replacement"_s);
    type(&dialog, u"amount"_s, QLocale().toString(1250.50, 'f', 2));
    EXPECT_TRUE(dialog.validationErrors().isEmpty()) << dialog.validationErrors().first().field.toStdString();
    dialog.accept();
    EXPECT_EQ(submitted, 1);
    const paydesk::ProviderActionRequest r = dialog.request();
    EXPECT_EQ(r.provider, u"paymentassist"_s);
    EXPECT_EQ(r.storeId, u"S01"_s);
    EXPECT_EQ(r.payload.value(u"amount"_s).toInteger(), 125050) << "integer pence";
    EXPECT_EQ(r.payload.value(u"f_name"_s).toString(), u"Jane"_s);
    EXPECT_EQ(r.payload.value(u"s_name"_s).toString(), u"Doe"_s);
    EXPECT_EQ(r.payload.value(u"postcode"_s).toString(), u"LS1 1AA"_s);
    EXPECT_EQ(r.payload.value(u"telephone"_s).toString(), u"07700900123"_s);
    EXPECT_TRUE(r.payload.value(u"send_sms"_s).toBool());
}

class FinanceEndToEndTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        paydesk::sandbox::SandboxOptions options;
        options.seedCount = 10;
        options.scenario = u"off"_s;
        m_sandbox = std::make_unique<paydesk::sandbox::Sandbox>(options);
        auto started = m_sandbox->start();
        ASSERT_TRUE(started.ok()) << started.error().toStdString();

        SyncSession::Config config;
        config.profile.name = u"finance"_s;
        config.profile.baseUrl = m_sandbox->baseUrl();
        config.profile.localTestPlatform = true;
        config.profile.clientId = m_sandbox->clientId();
        const auto stores = m_sandbox->state().stores();
        ASSERT_FALSE(stores.isEmpty());
        config.profile.enterpriseId = stores.first().enterpriseId;
        for (const auto& s : stores)
            if (s.enterpriseId == config.profile.enterpriseId)
                config.profile.storeIds << s.storeId;
        paydesk::PaymentAssistSite site;
        site.siteId = config.profile.storeIds.first();
        site.name = u"Northgate Motors"_s;
        QUrl base = m_sandbox->baseUrl();
        base.setPath(u"/paymentassist"_s);
        site.baseUrl = base;
        site.apiKey = m_sandbox->options().paymentAssistApiKey;
        config.profile.paymentAssist = {site};
        config.cachePath = m_dir.filePath(u"cache.sqlite"_s);
        config.user = u"tester"_s;
        int written = 0;
        m_secrets.write(config.profile.clientSecretKey(), m_sandbox->clientSecret().toUtf8(), &m_secrets,
                        [&](paydesk::SecretStore::DoneResult r) { written += r.ok(); });
        paydesk::BoundSecret::write(m_secrets, site.secretKey(config.profile.name),
                                    {site.secretOrigin(), m_sandbox->options().paymentAssistSecret.toUtf8()},
                                    &m_secrets,
                                    [&](paydesk::SecretStore::DoneResult r) { written += r.ok(); });
        ASSERT_TRUE(QTest::qWaitFor([&] { return written == 2; }, 2000));

        m_session = std::make_unique<SyncSession>(config, m_secrets);
        auto opened = m_session->open();
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        m_window = std::make_unique<MainWindow>(m_session->store());
        m_window->setSession(m_session.get());
        m_window->resize(1360, 860);
        m_window->show();
        m_session->start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_session->isSynced(); }, 20000));
    }

    void TearDown() override
    {
        m_window.reset();
        m_session.reset();
        m_sandbox.reset();
    }

    /// The customer on the emulation's page, as a browser: opens the link, then signs.
    bool customerSigns(const QString& payLink, const QString& name)
    {
        QNetworkAccessManager nam;
        QNetworkReply* page = nam.get(QNetworkRequest(QUrl(payLink)));
        QSignalSpy opened(page, &QNetworkReply::finished);
        if (!opened.wait(5000))
            return false;
        const int viewStatus = page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        page->deleteLater();
        EXPECT_EQ(viewStatus, 200);
        QNetworkRequest sign(QUrl(payLink + u"/sign"_s));
        sign.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QUrlQuery form;
        form.addQueryItem(u"name"_s, name);
        form.addQueryItem(u"card_number"_s, u"4111 1111 1111 1111"_s);
        form.addQueryItem(u"agree"_s, u"1"_s);
        QNetworkReply* reply = nam.post(sign, form.toString(QUrl::FullyEncoded).toUtf8());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            return false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        EXPECT_TRUE(status == 200 || status == 303) << status;
        return status == 200 || status == 303;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<paydesk::sandbox::Sandbox> m_sandbox;
    paydesk::MemorySecretStore m_secrets;
    std::unique_ptr<SyncSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(FinanceEndToEndTest, BegunFromTheDialogCompletedByTheCustomerPaidThenTheInvoiceClearsTheFlag)
{
    auto* action = m_window->findChild<QAction*>(u"newFinanceApplication"_s);
    ASSERT_NE(action, nullptr);
    ASSERT_TRUE(action->isEnabled()) << "the profile has a Payment Assist site";

    QSignalSpy queued(m_session.get(), &SyncSession::actionQueued);
    QSignalSpy confirmed(m_session.get(), &SyncSession::actionConfirmed);
    bool filled = false;
    QTimer::singleShot(0, m_window.get(), [&] {
        ASSERT_TRUE(QTest::qWaitFor(
            [] { return qobject_cast<FinanceApplicationDialog*>(QApplication::activeModalWidget()); }, 3000));
        auto* d = qobject_cast<FinanceApplicationDialog*>(QApplication::activeModalWidget());
        // The plans of the account, from /account.
        ASSERT_TRUE(QTest::qWaitFor([&] { return d->planCount() > 0; }, 10000))
            << d->scheduleText().toStdString();
        type(d, u"name"_s, u"Jane Doe"_s);
        type(d, u"addr1"_s, u"1 High Street"_s);
        type(d, u"postcode"_s, u"LS1 1AA"_s);
        type(d, u"email"_s, u"jane@example.com"_s);
        type(d, u"order_id"_s, u"RO-FIN-1"_s);
        type(d, u"reg_no"_s, u"AB12 CDE"_s);
        type(d, u"description"_s, u"Gearbox repair"_s);
        type(d, u"amount"_s, QLocale().toString(1200.00, 'f', 2));
        // Pre-approval: asked with the customer as typed, answered in plain words.
        QTest::mouseClick(d->findChild<QPushButton*>(u"preapprove"_s), Qt::LeftButton);
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return d->preapprovalText().startsWith(u"Pre-approved"_s); }, 10000))
            << d->preapprovalText().toStdString();
        // The repayment schedule of the chosen plan for the amount, before anything is sent.
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return d->scheduleText().contains(u"to repay in total"_s); }, 10000))
            << d->scheduleText().toStdString();
        EXPECT_GE(d->scheduleText().count(u'\n'), 2) << "one line per instalment";
        QCoreApplication::processEvents();
        EXPECT_TRUE(d->grab().save(screenshotPath(u"finance-application-dialog.png"_s)));
        d->accept();
        EXPECT_FALSE(d->isVisible()) << (d->validationErrors().isEmpty()
                                             ? std::string()
                                             : d->validationErrors().first().message.toStdString());
        if (d->isVisible())
            d->reject();
        filled = true;
    });
    action->trigger();
    ASSERT_TRUE(filled);
    ASSERT_TRUE(queued.size() == 1 || queued.wait(5000));

    // /begin through the outbox: the application is cached under its token.
    ASSERT_TRUE(confirmed.wait(15000) || !confirmed.isEmpty());
    const QString token = confirmed.first().at(1).toString();
    ASSERT_FALSE(token.isEmpty());
    // A new row waits behind the "new — show" bar while the table is in use (the pointer or the
    // focus left there by earlier tests): show it as the dealer would.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            m_window->showHeldRows();
            return m_window->model()->rowOfPaymentId(token) >= 0;
        },
        10000));
    ASSERT_TRUE(m_window->selectPayment(token));
    auto* finance = m_window->findChild<FinanceDetails*>();
    ASSERT_NE(finance, nullptr);
    EXPECT_TRUE(finance->isVisibleTo(m_window.get()));
    EXPECT_EQ(finance->fieldText(u"raw"_s), u"pending"_s);
    EXPECT_TRUE(finance->button(ProviderAction::Cancel)->isEnabled()) << "an open application can be expired";
    EXPECT_FALSE(finance->button(ProviderAction::UploadInvoice)->isEnabled()) << "not completed yet";

    auto cached = m_session->store()->payment(token);
    ASSERT_TRUE(cached.ok() && cached->has_value());
    EXPECT_EQ((*cached)->provider, u"paymentassist"_s);
    EXPECT_EQ((*cached)->amount.minorUnits(), 120000);
    // The KPI strip counts finance like any payment: Paid today goes up by this application.
    // (The tile's value is the amount per currency; its detail says how many payments.)
    auto paidToday = [&] {
        const QString detail = m_window->kpiStrip()->tile(paydesk::ui::KpiStrip::Kpi::PaidToday)->detail();
        return detail.section(u' ', 0, 0).toInt();
    };
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return !m_window->kpiStrip()->tile(paydesk::ui::KpiStrip::Kpi::PaidToday)->detail().isEmpty();
        },
        5000));
    const int paidBefore = paidToday();
    ASSERT_TRUE(customerSigns((*cached)->payLink, u"Jane Doe"_s));

    // Watched while open in the pane: the poller sees completed within about 15 s.
    auto statusOf = [&] {
        const int row = m_window->model()->rowOfPaymentId(token);
        return row < 0 ? -1
                       : m_window->model()->index(row, 0).data(PaymentTableModel::StatusCodeRole).toInt();
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf() == int(PaymentStatus::Code::Paid); }, 40000))
        << statusOf();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finance->fieldText(u"raw"_s) == u"completed"_s; }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return paidToday() == paidBefore + 1; }, 5000))
        << paidBefore << " → " << paidToday();
    EXPECT_TRUE(finance->fieldText(u"invoice"_s).startsWith(u"Outstanding"_s))
        << finance->fieldText(u"invoice"_s).toStdString();
    EXPECT_FALSE(finance->fieldText(u"pa_ref"_s).isEmpty());
    EXPECT_FALSE(finance->button(ProviderAction::Cancel)->isEnabled())
        << "a completed application cannot expire";
    ASSERT_TRUE(finance->button(ProviderAction::UploadInvoice)->isEnabled());
    QCoreApplication::processEvents();
    EXPECT_TRUE(m_window->detailPane()->grab().save(screenshotPath(u"finance-detail-outstanding.png"_s)));

    // Our receipt PDF as the invoice, through the outbox: the flag clears.
    QTest::mouseClick(finance->button(ProviderAction::UploadInvoice), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return finance->messageText().contains(u"confirmed"_s); }, 15000))
        << finance->messageText().toStdString();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto p = m_session->store()->payment(token);
            return p.ok() && p->has_value() && !(*p)->invoiceOutstanding;
        },
        15000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return finance->fieldText(u"invoice"_s) == u"Uploaded"_s; }, 5000))
        << finance->fieldText(u"invoice"_s).toStdString();
    EXPECT_FALSE(finance->button(ProviderAction::UploadInvoice)->isEnabled()) << "nothing more to upload";
    QCoreApplication::processEvents();
    EXPECT_TRUE(m_window->detailPane()->grab().save(screenshotPath(u"finance-detail-uploaded.png"_s)));
    EXPECT_TRUE(m_window->grab().save(screenshotPath(u"finance-window.png"_s)));
}

} // namespace
