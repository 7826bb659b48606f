// Issue 14, points 6 and 7, against the real sandbox over loopback and a real cache file:
// the platform's answers to the dealer's own actions name the customer and the reference
// (never a payment id), stay in view until dismissed while live updates go on, keep a short
// history, and a new request the filter hides can be shown; a failed payment says why in the
// table, at the top of the detail pane and in the CSV export.
#include "MainWindow.h"
#include "QtPrinters.h"
#include "Sandbox.h"
#include "models/PaymentFilter.h"
#include "models/PaymentTableModel.h"
#include "partner/SimulatedPartner.h"
#include "platform/PlatformState.h"
#include "secrets/MemorySecretStore.h"
#include "store/PaymentStore.h"
#include "sync/SyncSession.h"
#include "widgets/ActionMessageBar.h"
#include "widgets/FilterBar.h"
#include "widgets/PaymentDetailPane.h"
#include "widgets/PaymentNotifier.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using paydesk::Payment;
using paydesk::PaymentStatus;
using paydesk::SyncSession;
using paydesk::ui::ActionMessageBar;
using paydesk::ui::MainWindow;
using paydesk::ui::PaymentFilter;
using paydesk::ui::PaymentTableModel;

namespace {

class ActionMessagesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        paydesk::sandbox::SandboxOptions options;
        options.seedCount = 40;
        options.scenario = u"off"_s; // the test plays the partner itself
        options.notifyDelayMs = 50;
        options.settlementDelayMs = 200;
        m_sandbox = std::make_unique<paydesk::sandbox::Sandbox>(options);
        auto started = m_sandbox->start();
        ASSERT_TRUE(started.ok()) << started.error().toStdString();

        SyncSession::Config config;
        config.profile.name = u"messages"_s;
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
        m_window = std::make_unique<MainWindow>(m_session->store());
        m_window->setSession(m_session.get());
        m_window->show();
        m_session->start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_session->isSynced(); }, 20000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->model()->rowCount() > 0; }, 5000));
        // Rows hold still while the pointer is over the table or it has the focus (issue 14.3);
        // an earlier test may have left the pointer there. Away from it, new rows show at once.
        QTest::mouseMove(m_window->kpiStrip(), QPoint(4, 4));
        m_window->table()->clearFocus();
    }

    void TearDown() override
    {
        m_window.reset();
        m_session.reset();
        m_sandbox.reset();
    }

    ActionMessageBar* bar() const { return m_window->actionMessages(); }

    /// Raises a request through the session (as the dialog does) and waits for the platform's
    /// answer; returns the new payment's id.
    QString raise(const QString& name, const QString& invoice)
    {
        QSignalSpy confirmed(m_session.get(), &SyncSession::actionConfirmed);
        paydesk::InitiateRequest request;
        request.enterpriseId = m_session->profile().enterpriseId;
        request.storeId = m_session->profile().storeIds.first();
        request.customer = {name, u"jane@example.com"_s, u"+447700900123"_s};
        request.channels = paydesk::Channel::Email;
        request.reference =
            paydesk::PaymentReference::make(paydesk::PaymentReference::Type::Invoice, invoice);
        request.description = u"Service"_s;
        request.amount = paydesk::Money::fromMinor(86200, u"GBP"_s).value();
        EXPECT_TRUE(m_session->submit(request).ok());
        if (!QTest::qWaitFor([&] { return !confirmed.isEmpty(); }, 15000))
            return QString();
        return confirmed.first().at(1).toString();
    }

    std::optional<Payment> cached(const QString& id) const
    {
        auto p = m_session->store()->payment(id);
        return p && p->has_value() ? **p : std::optional<Payment>();
    }

    /// The partner's "UPDATE payment status" over HTTP with the partner's own token.
    bool partnerSets(const Payment& p, const QJsonObject& body)
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

    bool partnerPays(const Payment& p)
    {
        return partnerSets(
            p, QJsonObject{{u"status"_s, u"PAID"_s},
                           {u"transactionReference"_s, u"TX-MSG-1"_s},
                           {u"amountPaid"_s, QJsonObject{{u"value"_s, p.amount.toJsonNumber()},
                                                         {u"currencyCode"_s, p.amount.currency()}}},
                           {u"card"_s, QJsonObject{{u"brand"_s, u"VISA"_s}, {u"last4"_s, u"4242"_s}}}});
    }

    int statusOf(const QString& id) const
    {
        const int row = m_window->model()->rowOfPaymentId(id);
        return row < 0 ? -1
                       : m_window->model()->index(row, 0).data(PaymentTableModel::StatusCodeRole).toInt();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<paydesk::sandbox::Sandbox> m_sandbox;
    paydesk::MemorySecretStore m_secrets;
    std::unique_ptr<SyncSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(ActionMessagesTest, AConfirmationNamesTheCustomerAndReferenceAndOutlivesLiveUpdates)
{
    const QString id = raise(u"Jane Doe"_s, u"INV-1234"_s);
    ASSERT_FALSE(id.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar()->text().startsWith(u"Sent to"_s); }, 5000))
        << bar()->text().toStdString();
    EXPECT_EQ(bar()->text(), u"Sent to Jane Doe, INV-1234 — confirmed by the platform"_s);
    const QString other = raise(u"Sam Other"_s, u"INV-5678"_s); // another customer, still open
    ASSERT_FALSE(other.isEmpty());

    QSignalSpy confirmed(m_session.get(), &SyncSession::actionConfirmed);
    const Payment open = *cached(id);
    paydesk::CancelRequest cancel{open.enterpriseId, open.storeId, id, u"Customer paid cash at the desk"_s};
    ASSERT_TRUE(m_session->submit(cancel).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar()->text().startsWith(u"Cancelled"_s); }, 15000))
        << bar()->text().toStdString();
    const QString confirmation = bar()->text();
    EXPECT_EQ(confirmation, u"Cancelled: Jane Doe, INV-1234 — confirmed by the platform"_s);
    EXPECT_FALSE(confirmation.contains(id)) << "a raw payment id is not a message for people";
    EXPECT_TRUE(bar()->isVisible());
    const auto* label = bar()->findChild<QLabel*>(u"actionMessageText"_s);
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->textFormat(), Qt::PlainText);

    // Live news after it: another customer pays, the window hears it through the sync and
    // announces it — the dealer's confirmation stays where it is.
    QSignalSpy notified(m_window->notifier(), &paydesk::ui::PaymentNotifier::notified);
    ASSERT_TRUE(partnerPays(*cached(other)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(other) == int(PaymentStatus::Code::Paid); }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notified.isEmpty(); }, 5000));
    EXPECT_FALSE(m_window->statusBar()->currentMessage().isEmpty()) << "the live news went to the status bar";
    EXPECT_TRUE(bar()->isVisible());
    EXPECT_EQ(bar()->text(), confirmation);
    ASSERT_EQ(bar()->history().size(), 3);
    EXPECT_EQ(bar()->history().at(0).text, confirmation);
}

TEST_F(ActionMessagesTest, ARefusalSaysWhoItWasForAndWhyAndStaysUntilDismissed)
{
    const QString id = raise(u"Jane Doe"_s, u"INV-2001"_s);
    ASSERT_FALSE(id.isEmpty());
    const Payment open = *cached(id);
    // Two cancels queued before the first is answered: the platform refuses the second.
    QSignalSpy failed(m_session.get(), &SyncSession::actionFailed);
    paydesk::CancelRequest cancel{open.enterpriseId, open.storeId, id, u"Customer paid cash at the desk"_s};
    paydesk::CancelRequest again = cancel;
    ASSERT_TRUE(m_session->submit(cancel).ok());
    ASSERT_TRUE(m_session->submit(again).ok());
    ASSERT_TRUE(failed.wait(15000) || !failed.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar()->text().startsWith(u"Not cancelled"_s); }, 5000))
        << bar()->text().toStdString();
    EXPECT_TRUE(bar()->text().startsWith(u"Not cancelled: Jane Doe, INV-2001 — the platform refused: "_s))
        << bar()->text().toStdString();
    // Our words name the customer; the platform's own reason may quote its id, after them.
    const qsizetype because = bar()->text().indexOf(u"the platform refused: "_s);
    EXPECT_FALSE(bar()->text().left(because).contains(id));
    EXPECT_EQ(bar()->history().first().kind, ActionMessageBar::Kind::Refused);

    // Dismissed: out of view, still in the history, and back through View → Recent actions.
    const int kept = int(bar()->history().size());
    QTest::mouseClick(bar()->dismissButton(), Qt::LeftButton);
    EXPECT_FALSE(bar()->isVisible());
    EXPECT_TRUE(bar()->text().isEmpty());
    EXPECT_EQ(bar()->history().size(), kept);
    QAction* recent = nullptr;
    for (QAction* a : m_window->findChildren<QAction*>()) {
        if (a->text().remove(u'&') == u"Recent actions"_s)
            recent = a;
    }
    ASSERT_NE(recent, nullptr);
    recent->trigger();
    EXPECT_TRUE(bar()->isVisible());
    EXPECT_TRUE(bar()->text().startsWith(u"Not cancelled"_s));

    // The history menu lists every answer, newest first; choosing one puts it back in view.
    QMenu* menu = bar()->historyMenu();
    Q_EMIT menu->aboutToShow();
    ASSERT_EQ(menu->actions().size(), kept);
    EXPECT_TRUE(menu->actions().first()->text().contains(u"Not cancelled"_s));
    menu->actions().last()->trigger();
    EXPECT_EQ(bar()->text(), u"Sent to Jane Doe, INV-2001 — confirmed by the platform"_s);
}

TEST_F(ActionMessagesTest, ANewRequestTheFilterHidesCanBeShownFromItsConfirmation)
{
    // The cashier looks at failed payments only when the new request is confirmed.
    PaymentFilter failedOnly;
    failedOnly.statuses = {PaymentStatus::Code::Failed};
    m_window->setFilter(failedOnly);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->model()->isBusy(); }, 5000));

    const QString id = raise(u"Jane Doe"_s, u"INV-3001"_s);
    ASSERT_FALSE(id.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar()->text().startsWith(u"Sent to Jane Doe"_s); }, 5000));
    ASSERT_TRUE(bar()->showButton()->isVisible());
    m_window->model()->refreshNow();
    ASSERT_LT(m_window->model()->rowOfPaymentId(id), 0) << "the filter hides it";

    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::mouseClick(bar()->showButton(), Qt::LeftButton);
    EXPECT_EQ(m_window->selectedPaymentId(), id);
    EXPECT_TRUE(m_window->filterBar()->filter() == PaymentFilter()) << "what hid it was cleared";
    // Selected in the table once the unfiltered answer is in.
    auto selectedRowShowsIt = [&] {
        const QModelIndex current = m_window->table()->currentIndex();
        return current.isValid() && m_window->model()->paymentIdAt(current.row()) == id &&
               m_window->table()->selectionModel()->isRowSelected(current.row(), {});
    };
    ASSERT_TRUE(QTest::qWaitFor(selectedRowShowsIt, 10000));
    EXPECT_TRUE(m_window->table()->hasFocus());
    ASSERT_TRUE(m_window->detailPane()->payment().has_value());
    EXPECT_EQ(m_window->detailPane()->payment()->paymentId, id);
}

TEST_F(ActionMessagesTest, AFailedPaymentSaysWhyInTheTableTheDetailPaneAndTheCsv)
{
    const QString id = raise(u"Jane Doe"_s, u"INV-4001"_s);
    ASSERT_FALSE(id.isEmpty());
    ASSERT_TRUE(partnerSets(*cached(id), QJsonObject{{u"status"_s, u"FAILED"_s},
                                                     {u"failureReason"_s, u"Card declined by issuer"_s}}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(id) == int(PaymentStatus::Code::Failed); }, 10000));

    const int row = m_window->model()->rowOfPaymentId(id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(m_window->model()->index(row, PaymentTableModel::FailureReasonColumn).data().toString(),
              u"Card declined by issuer"_s);
    EXPECT_EQ(
        m_window->model()->headerData(PaymentTableModel::FailureReasonColumn, Qt::Horizontal).toString(),
        u"Failure reason"_s);
    // Shown next to the status, not scrolled off to the far right.
    const QHeaderView* header = m_window->table()->horizontalHeader();
    EXPECT_EQ(header->visualIndex(PaymentTableModel::FailureReasonColumn),
              header->visualIndex(PaymentTableModel::StatusColumn) + 1);
    EXPECT_GT(header->sectionSize(PaymentTableModel::FailureReasonColumn), 0);
    EXPECT_FALSE(header->isSectionHidden(PaymentTableModel::FailureReasonColumn));

    ASSERT_TRUE(m_window->selectPayment(id));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_window->detailPane()->noteText().contains(u"Card declined by issuer"_s); }, 5000))
        << m_window->detailPane()->noteText().toStdString();
    EXPECT_TRUE(m_window->detailPane()->noteText().startsWith(u"Why it failed: Card declined by issuer"_s));

    const QString path = m_dir.filePath(u"failed.csv"_s);
    QSignalSpy exported(m_window.get(), &MainWindow::csvExportFinished);
    m_window->exportCsv(path);
    ASSERT_TRUE(exported.wait(10000) || !exported.isEmpty());
    ASSERT_TRUE(exported.first().at(0).toBool());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s);
    const QStringList header0 = lines.first().split(u','); // no header cell holds a comma
    const qsizetype column = header0.indexOf(u"Failure reason"_s);
    ASSERT_GE(column, 0) << lines.first().toStdString();
    bool found = false;
    for (const QString& line : lines) {
        if (line.contains(u"INV-4001"_s)) {
            found = true;
            EXPECT_TRUE(line.endsWith(u",Card declined by issuer"_s)) << line.toStdString();
        }
    }
    EXPECT_TRUE(found);
}

} // namespace
