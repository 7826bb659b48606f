// Issue 14, point 7: a failed payment says why — in the table (its own column, next to the
// status), at the top of the detail pane and in the CSV export — read from a real cache file.
// And the dealer's action messages (point 6) show names as text, never markup.
#include "MainWindow.h"
#include "UiFixture.h"
#include "export/CsvExporter.h"
#include "models/PaymentTableModel.h"
#include "store/PaymentQuery.h"
#include "widgets/ActionMessageBar.h"
#include "widgets/PaymentDetailPane.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using paydesk::ui::ActionMessageBar;
using paydesk::ui::CsvExporter;
using paydesk::ui::MainWindow;
using paydesk::ui::PaymentDetailPane;
using paydesk::ui::PaymentTableModel;

namespace paydesk::uitest {

namespace {

class FailureReasonTest : public StoreTest
{
protected:
    /// Payment `i` as FAILED with `reason` (a newer version, as the feed brings it).
    Payment fail(int i, const QString& reason, qint64 version = 2)
    {
        Payment p = makePayment(i, m_clock.now());
        p.status = PaymentStatus::Code::Failed;
        p.statusReason = reason;
        p.version = version;
        p.updatedAt = m_clock.now();
        auto applied = m_store->upsert(p);
        EXPECT_TRUE(applied.ok() && *applied);
        return p;
    }
};

TEST_F(FailureReasonTest, TheTableHasAFailureReasonColumnThatFollowsLiveChanges)
{
    fillWith(40);
    fail(6, u"Card declined by issuer"_s);
    Payment cancelled = makePayment(7, m_clock.now()); // CANCELLED, with its own reason
    cancelled.statusReason = u"Customer paid cash at the desk"_s;
    cancelled.version = 2;
    ASSERT_TRUE(m_store->upsert(cancelled).ok());

    PaymentTableModel model(m_store.get(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isBusy(); }, 5000));
    EXPECT_EQ(model.headerData(PaymentTableModel::FailureReasonColumn, Qt::Horizontal).toString(),
              u"Failure reason"_s);
    auto reasonOf = [&](const QString& id) {
        const int row = model.rowOfPaymentId(id);
        return row < 0 ? u"(not shown)"_s
                       : model.index(row, PaymentTableModel::FailureReasonColumn).data().toString();
    };
    EXPECT_EQ(reasonOf(u"pay-0000006"_s), u"Card declined by issuer"_s);
    EXPECT_EQ(reasonOf(u"pay-0000007"_s), QString()) << "a cancel reason is not a failure reason";
    EXPECT_EQ(reasonOf(u"pay-0000004"_s), QString()) << "paid";
    const int failedRow = model.rowOfPaymentId(u"pay-0000006"_s);
    EXPECT_EQ(model.index(failedRow, PaymentTableModel::FailureReasonColumn)
                  .data(Qt::AccessibleTextRole)
                  .toString(),
              u"Failure reason: Card declined by issuer"_s);
    EXPECT_FALSE(model.index(0, PaymentTableModel::FailureReasonColumn)
                     .data(Qt::AccessibleTextRole)
                     .toString()
                     .isEmpty());

    // A live change: another attempt fails for another reason, shown in place.
    QSignalSpy updated(&model, &PaymentTableModel::paymentsUpdated);
    fail(6, u"3-D Secure authentication failed"_s, 3);
    ASSERT_TRUE(updated.wait(5000));
    EXPECT_EQ(reasonOf(u"pay-0000006"_s), u"3-D Secure authentication failed"_s);
    // Sorting on it is allowed (by status: the cache has no index on reasons).
    model.sort(PaymentTableModel::FailureReasonColumn, Qt::AscendingOrder);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isBusy(); }, 5000));
    EXPECT_TRUE(model.lastError().isEmpty());
    EXPECT_EQ(model.rowCount(), 40);
}

TEST_F(FailureReasonTest, TheDetailPaneSaysWhyAtTheTopAsText)
{
    PaymentDetailPane pane;
    pane.setClock(m_clock);
    Payment failed = makePayment(6, m_clock.now());
    ASSERT_EQ(failed.status.code(), PaymentStatus::Code::Failed);
    failed.statusReason = u"<b>Insufficient funds</b>"_s;
    pane.setPayment(failed);
    EXPECT_EQ(pane.noteText(), u"Why it failed: <b>Insufficient funds</b>"_s);
    const auto* note = pane.findChild<QLabel*>(u"releaseNote"_s);
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->textFormat(), Qt::PlainText);

    // Only the timeline knows (an older platform): its last FAILED note.
    failed.statusReason.clear();
    failed.history = {StatusChange{PaymentStatus(PaymentStatus::Code::Failed), m_clock.now(),
                                   StatusChange::Actor::Partner, u"Card expired"_s}};
    pane.setPayment(failed);
    EXPECT_EQ(pane.noteText(), u"Why it failed: Card expired"_s);

    pane.setPayment(makePayment(4, m_clock.now())); // paid
    EXPECT_FALSE(pane.noteText().contains(u"Why it failed"_s));
}

TEST_F(FailureReasonTest, TheCsvHasAFailureReasonColumnFromTheCache)
{
    fillWith(12);
    fail(6, u"=HYPERLINK(\"http://x\") declined"_s);
    PaymentQuery query;
    query.statuses = {PaymentStatus::Code::Failed, PaymentStatus::Code::Paid};
    const QString path = m_dir.filePath(u"export.csv"_s);
    auto rows = CsvExporter::exportQuery(*m_store, query, path);
    ASSERT_TRUE(rows.ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s);
    EXPECT_TRUE(lines.first().endsWith(u",Failure reason"_s)) << lines.first().toStdString();
    EXPECT_EQ(CsvExporter::header().size(), CsvExporter::cells(makePayment(0, m_clock.now())).size());
    bool failedSeen = false;
    for (const QString& line : lines.mid(1)) {
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"Failed,"_s)) {
            failedSeen = true;
            // Neutralised like every other cell a server wrote.
            EXPECT_TRUE(line.endsWith(u",\"'=HYPERLINK(\"\"http://x\"\") declined\""_s))
                << line.toStdString();
        } else {
            EXPECT_TRUE(line.endsWith(u","_s)) << "no reason for a paid payment: " << line.toStdString();
        }
    }
    EXPECT_TRUE(failedSeen);
}

TEST_F(FailureReasonTest, AColumnLayoutSavedBeforeTheColumnExistedStillShowsIt)
{
    // The header state an older PayDesk saved: seven columns, the user's widths and order.
    {
        QStandardItemModel old(0, PaymentTableModel::FailureReasonColumn);
        QTableView view;
        view.setModel(&old);
        QHeaderView* hh = view.horizontalHeader();
        hh->setSectionsMovable(true);
        hh->resizeSection(PaymentTableModel::CustomerColumn, 230);
        hh->moveSection(PaymentTableModel::StoreColumn, 0);
        QSettings().setValue(u"mainWindow/tableHeader"_s, hh->saveState());
    }
    fillWith(20);
    MainWindow window(m_store.get(), m_clock);
    window.resize(1300, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QHeaderView* hh = window.table()->horizontalHeader();
    EXPECT_EQ(hh->count(), PaymentTableModel::ColumnCount);
    EXPECT_EQ(hh->sectionSize(PaymentTableModel::CustomerColumn), 230) << "the user's layout is kept";
    EXPECT_EQ(hh->visualIndex(PaymentTableModel::StoreColumn), 0);
    EXPECT_FALSE(hh->isSectionHidden(PaymentTableModel::FailureReasonColumn));
    EXPECT_GE(hh->sectionSize(PaymentTableModel::FailureReasonColumn), 60);
    QSettings().remove(u"mainWindow/tableHeader"_s);
}

TEST(ActionMessageBar, ShowsNamesAsTextKeepsAHistoryAndOffersShowOnlyForAPayment)
{
    ActionMessageBar bar;
    bar.resize(800, 40);
    bar.show();
    const ActionMessageBar::Subject hostile{u"<img src=\"/dev/zero\"> Smith & Sons"_s, u"INV-1"_s};
    bar.post({QDateTime::currentDateTimeUtc(), ActionMessageBar::Kind::Confirmed,
              ActionMessageBar::confirmationText(OutboxEntry::Kind::Cancel, hostile), u"pay-1"_s});
    EXPECT_EQ(bar.text(),
              u"Cancelled: <img src=\"/dev/zero\"> Smith & Sons, INV-1 — confirmed by the platform"_s);
    const auto* label = bar.findChild<QLabel*>(u"actionMessageText"_s);
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->textFormat(), Qt::PlainText);
    EXPECT_EQ(label->text(), bar.text());
    EXPECT_TRUE(bar.showButton()->isVisible());
    QSignalSpy show(&bar, &ActionMessageBar::showPaymentRequested);
    QTest::mouseClick(bar.showButton(), Qt::LeftButton);
    ASSERT_EQ(show.size(), 1);
    EXPECT_EQ(show.first().at(0).toString(), u"pay-1"_s);

    // A refused new request has no payment: nothing to show, the reason is said.
    bar.post({QDateTime::currentDateTimeUtc(), ActionMessageBar::Kind::Refused,
              ActionMessageBar::refusalText(OutboxEntry::Kind::Initiate,
                                            ActionMessageBar::Subject{u"Jane Doe"_s, u"INV-2"_s},
                                            u"The amount is too high."_s),
              QString()});
    EXPECT_EQ(bar.text(),
              u"Not sent: the request for Jane Doe, INV-2 — the platform refused: The amount is too high."_s);
    EXPECT_FALSE(bar.showButton()->isVisible());
    // Nothing known about the action: neutral words, never an id.
    EXPECT_EQ(ActionMessageBar::confirmationText(std::nullopt, std::nullopt),
              u"The platform confirmed your action"_s);
    EXPECT_EQ(ActionMessageBar::confirmationText(OutboxEntry::Kind::Initiate, std::nullopt),
              u"Your new payment request was confirmed by the platform"_s);

    // The history menu shows '&' as written (not as a mnemonic).
    Q_EMIT bar.historyMenu()->aboutToShow();
    ASSERT_EQ(bar.historyMenu()->actions().size(), 2);
    EXPECT_TRUE(bar.historyMenu()->actions().last()->text().contains(u"Smith && Sons"_s));
    for (int i = 0; i < ActionMessageBar::HistoryLimit + 5; ++i)
        bar.post({QDateTime::currentDateTimeUtc(), ActionMessageBar::Kind::Confirmed, u"m%1"_s.arg(i), {}});
    EXPECT_EQ(bar.history().size(), ActionMessageBar::HistoryLimit);
    bar.dismiss();
    EXPECT_FALSE(bar.isVisible());
    EXPECT_TRUE(bar.text().isEmpty());
    bar.reopen();
    EXPECT_EQ(bar.text(), u"m%1"_s.arg(ActionMessageBar::HistoryLimit + 4));
}

} // namespace

} // namespace paydesk::uitest
