#include "MainWindow.h"

#include "UiFixture.h"
#include "models/PaymentTableModel.h"
#include "models/SavedViews.h"
#include "store/StoreReader.h"
#include "widgets/ConnectionIndicator.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FilterBar.h"
#include "widgets/KpiStrip.h"
#include "widgets/KpiTile.h"
#include "widgets/PaymentDetailPane.h"
#include "widgets/PaymentNotifier.h"
#include "widgets/StatusColorPalette.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using paydesk::PaymentStatus;
using paydesk::ui::ConnectionIndicator;
using paydesk::ui::FilterBar;
using paydesk::ui::KpiStrip;
using paydesk::ui::MainWindow;
using paydesk::ui::PaymentFilter;
using paydesk::ui::PaymentTableModel;
using paydesk::ui::StatusColorPalette;

namespace paydesk::uitest {

class MainWindowTest : public StoreTest
{
protected:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto w = std::make_unique<MainWindow>(m_store.get(), m_clock);
        w->resize(1300, 800);
        w->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
        return w;
    }
};

TEST_F(MainWindowTest, SelectionAndScrollSurviveLiveUpdates)
{
    fillWith(3000);
    auto w = makeWindow();
    QTableView* table = w->table();
    const int target = 1496; // INITIATED (every 11th from 0)
    table->verticalScrollBar()->setValue(table->verticalHeader()->sectionPosition(target - 5));
    ASSERT_TRUE(w->selectPayment(u"pay-0001496"_s));
    const int scroll = table->verticalScrollBar()->value();
    const int row = table->currentIndex().row();

    // Many rows change, including the selected one and others around it.
    // Only legal moves: these are all open requests.
    QSignalSpy updated(w->model(), &PaymentTableModel::paymentsUpdated);
    for (int i : {1496, 1497, 1498, 1499, 11, 2992})
        change(i, PaymentStatus::Code::Paid, 2);
    ASSERT_TRUE(updated.wait(5000)) << "the changes reached the table";
    EXPECT_EQ(w->selectedPaymentId(), u"pay-0001496"_s);
    EXPECT_EQ(table->currentIndex().row(), row);
    ASSERT_EQ(table->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(
        table->selectionModel()->selectedRows().first().data(PaymentTableModel::PaymentIdRole).toString(),
        u"pay-0001496"_s);
    EXPECT_EQ(table->verticalScrollBar()->value(), scroll);
    // The detail pane followed the change.
    ASSERT_TRUE(w->detailPane()->payment().has_value());
    EXPECT_EQ(w->detailPane()->payment()->status.code(), PaymentStatus::Code::Paid);

    // A filter change that keeps the payment keeps the selection (by id, not by row).
    PaymentFilter paid;
    paid.statuses = {PaymentStatus::Code::Paid};
    w->setFilter(paid);
    EXPECT_EQ(w->selectedPaymentId(), u"pay-0001496"_s);
    EXPECT_EQ(w->model()->paymentIdAt(table->currentIndex().row()), u"pay-0001496"_s);
    // A sort keeps it too.
    table->sortByColumn(PaymentTableModel::AmountColumn, Qt::AscendingOrder);
    EXPECT_EQ(w->model()->paymentIdAt(table->currentIndex().row()), u"pay-0001496"_s);
    ASSERT_EQ(table->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(
        table->selectionModel()->selectedRows().first().data(PaymentTableModel::PaymentIdRole).toString(),
        u"pay-0001496"_s);
}

TEST_F(MainWindowTest, SelectionSurvivesARequeryThatReordersAndInserts)
{
    fillWith(500);
    auto w = makeWindow();
    ASSERT_TRUE(w->selectPayment(u"pay-0000220"_s)); // INITIATED
    QSignalSpy reset(w->model(), &QAbstractItemModel::modelReset);
    // A new payment and a change that moves a row to the top: not a pure insert.
    Payment fresh = makePayment(9000, m_clock.now());
    fresh.updatedAt = m_clock.now().addSecs(30);
    ASSERT_TRUE(m_store->upsert(fresh).ok());
    Payment moved = change(330, PaymentStatus::Code::Viewed, 2);
    Q_UNUSED(moved);
    w->model()->refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w->model()->isBusy(); }, 5000));
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(w->model()->paymentIdAt(0), u"pay-0009000"_s);
    EXPECT_EQ(w->selectedPaymentId(), u"pay-0000220"_s);
    ASSERT_EQ(w->table()->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(w->table()
                  ->selectionModel()
                  ->selectedRows()
                  .first()
                  .data(PaymentTableModel::PaymentIdRole)
                  .toString(),
              u"pay-0000220"_s);
    ASSERT_TRUE(w->detailPane()->payment().has_value());
    EXPECT_EQ(w->detailPane()->payment()->paymentId, u"pay-0000220"_s);
}

TEST_F(MainWindowTest, QueuedActionsNameEveryKindOfAction)
{
    // Payment Assist's actions wait in the outbox like Keyloop's: the list names each of them.
    // Its Action cell was empty for them (the switch knew only initiate, cancel and resend).
    using paydesk::OutboxEntry;
    const QList<OutboxEntry::Kind> kinds{OutboxEntry::Kind::Initiate,      OutboxEntry::Kind::Cancel,
                                         OutboxEntry::Kind::Resend,        OutboxEntry::Kind::AmendAmount,
                                         OutboxEntry::Kind::UploadInvoice, OutboxEntry::Kind::Capture};
    for (int i = 0; i < kinds.size(); ++i) {
        OutboxEntry e;
        e.idempotencyKey = u"key-%1"_s.arg(i);
        e.kind = kinds.at(i);
        e.provider = i < 3 ? u"keyloop"_s : u"paymentassist"_s;
        e.enterpriseId = u"E1"_s;
        e.storeId = u"S1"_s;
        e.paymentId = e.kind == OutboxEntry::Kind::Initiate ? QString() : u"pay_%1"_s.arg(i);
        ASSERT_TRUE(m_store->enqueueAction(e, paydesk::AuditEntry{0, {}, u"alice"_s, u"queue"_s}).ok());
    }
    MainWindow w(m_store.get());
    QStringList named;
    QTimer::singleShot(0, &w, [&] {
        (void)QTest::qWaitFor(
            [] { return qobject_cast<QDialog*>(QApplication::activeModalWidget()) != nullptr; }, 3000);
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            ADD_FAILURE() << "the queued actions did not open";
            return;
        }
        if (auto* table = dialog->findChild<QTableWidget*>()) {
            for (int r = 0; r < table->rowCount(); ++r)
                named << (table->item(r, 0) ? table->item(r, 0)->text() : QString());
        }
        dialog->done(QDialog::Rejected);
    });
    w.showQueuedActions();
    ASSERT_EQ(named.size(), kinds.size());
    EXPECT_FALSE(named.contains(QString())) << named.join(u" | "_s).toStdString();
    EXPECT_EQ(QSet<QString>(named.cbegin(), named.cend()).size(), kinds.size())
        << named.join(u" | "_s).toStdString();
    EXPECT_TRUE(named.contains(u"Lower amount"_s));
    EXPECT_TRUE(named.contains(u"Upload invoice"_s));
    EXPECT_TRUE(named.contains(u"Capture"_s));
}

TEST_F(MainWindowTest, KpiClickFiltersAndSecondClickClears)
{
    fillWith(220);
    auto w = makeWindow();
    // The figures come from the reader's thread; every 11th payment is FAILED.
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->kpiStrip()->kpis().failed == 20; }, 5000));
    const auto settled = [&] { return QTest::qWaitFor([&] { return !w->model()->isBusy(); }, 5000); };
    QTest::mouseClick(w->kpiStrip()->tile(KpiStrip::Kpi::Failed), Qt::LeftButton);
    ASSERT_TRUE(settled());
    EXPECT_EQ(w->model()->rowCount(), 20);
    EXPECT_TRUE(w->kpiStrip()->tile(KpiStrip::Kpi::Failed)->isChecked());
    EXPECT_FALSE(w->filterBar()->filter().isEmpty());
    QTest::mouseClick(w->kpiStrip()->tile(KpiStrip::Kpi::Failed), Qt::LeftButton);
    ASSERT_TRUE(settled());
    EXPECT_EQ(w->model()->rowCount(), 220);
    EXPECT_FALSE(w->kpiStrip()->tile(KpiStrip::Kpi::Failed)->isChecked());

    QTest::mouseClick(w->kpiStrip()->tile(KpiStrip::Kpi::AwaitingClearance), Qt::LeftButton);
    ASSERT_TRUE(settled());
    ASSERT_GT(w->model()->rowCount(), 0);
    for (int r = 0; r < w->model()->rowCount(); ++r) {
        const auto p = w->model()->paymentAt(r);
        ASSERT_TRUE(p && p->status.isPaid() && !p->fundsCleared);
    }
}

// "Paid today" counts the payments paid on the local day, whatever their status now; a click on
// it lists exactly those: not a payment paid yesterday whose row changed today, and still one
// paid today and refunded since.
TEST_F(MainWindowTest, PaidTodayClickListsExactlyThePaymentsTheTileCounts)
{
    using Code = PaymentStatus::Code;
    const QDate today = m_clock.now().toLocalTime().date();
    const QDateTime yesterday(today.addDays(-1), QTime(15, 0));
    auto payment = [&](int i, Code status, const QDateTime& updated, const QList<StatusChange>& history) {
        Payment p = makePayment(i, m_clock.now());
        p.status = status;
        p.updatedAt = updated;
        p.createdAt = history.first().at.addSecs(-600);
        p.history = history;
        if (p.status.isPaid())
            p.amountPaid = p.amount;
        return p;
    };
    auto at = [](Code status, const QDateTime& when) {
        return StatusChange{status, when, StatusChange::Actor::Partner, {}};
    };
    const QDateTime early(today, QTime(8, 0));
    const QDateTime later(today, QTime(10, 0));
    QList<Payment> rows;
    // (a) Paid yesterday; today its funds cleared, so its row was updated today: not paid today.
    Payment clearedToday = payment(1, Code::Paid, later, {at(Code::Paid, yesterday)});
    clearedToday.fundsCleared = true;
    rows << clearedToday;
    // (b) Paid today, refunded since: paid today all the same.
    rows << payment(2, Code::Refunded, later, {at(Code::Paid, early), at(Code::Refunded, later)});
    // (c) Paid today and still paid.
    rows << payment(3, Code::Paid, early, {at(Code::Paid, early)});
    // Neither: an open request changed today, a payment paid yesterday and untouched since.
    rows << payment(4, Code::Viewed, later, {at(Code::Viewed, later)});
    rows << payment(5, Code::Paid, yesterday, {at(Code::Paid, yesterday)});
    ASSERT_TRUE(m_store->upsertBatch(rows).ok());
    const QStringList paidToday{rows.at(1).paymentId, rows.at(2).paymentId};

    auto w = makeWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->kpiStrip()->kpis().paidToday == 2; }, 5000))
        << w->kpiStrip()->kpis().paidToday;
    auto* tile = w->kpiStrip()->tile(KpiStrip::Kpi::PaidToday);
    EXPECT_TRUE(tile->detail().contains(u"2"_s)) << tile->detail().toStdString();
    const auto settled = [&] {
        return QTest::qWaitFor([&] { return !w->model()->isBusy() && w->model()->totalCount() >= 0; }, 5000);
    };
    QTest::mouseClick(tile, Qt::LeftButton);
    ASSERT_TRUE(settled());
    EXPECT_TRUE(tile->isChecked());
    EXPECT_EQ(w->filterBar()->filter().dateField, PaymentQuery::DateField::Paid);
    // The figure, the table's count and the rows are the same set.
    EXPECT_EQ(w->model()->totalCount(), w->kpiStrip()->kpis().paidToday);
    ASSERT_EQ(w->model()->rowCount(), w->kpiStrip()->kpis().paidToday);
    QStringList shown;
    qint64 collected = 0;
    for (int r = 0; r < w->model()->rowCount(); ++r) {
        shown << w->model()->paymentIdAt(r);
        collected += w->model()->paymentAt(r)->amountPaid.minorUnits();
    }
    shown.sort();
    EXPECT_EQ(shown, paidToday);
    EXPECT_EQ(collected, w->kpiStrip()->kpis().paidTodayAmount.value(u"GBP"_s));

    // A second click goes back to everything.
    QTest::mouseClick(tile, Qt::LeftButton);
    ASSERT_TRUE(settled());
    EXPECT_EQ(w->model()->rowCount(), 5);
    EXPECT_FALSE(tile->isChecked());
}

// The KPI strip asks the reader; when a newer request is made while an older one is still
// being computed, only the newer figures are shown.
TEST_F(MainWindowTest, KpiStripShowsOnlyTheLatestRequestsFigures)
{
    fillWith(220);
    StoreReader reader(m_store.get());
    QSemaphore entered;
    QSemaphore release;
    QThread* workedOn = nullptr;
    reader.setHook([&](StoreReader::Kind, quint64 generation) {
        workedOn = QThread::currentThread();
        if (generation == 1) {
            entered.release();
            release.acquire();
        }
    });
    KpiStrip strip;
    QSignalSpy arrived(&strip, &KpiStrip::kpisArrived);
    const QDate today = m_clock.now().toLocalTime().date();
    strip.requestKpis(reader, today, {u"S2"_s});
    ASSERT_TRUE(entered.tryAcquire(1, 5000));
    strip.requestKpis(reader, today);
    release.release();
    ASSERT_TRUE(arrived.wait(5000));
    const auto all = m_store->kpis(today);
    const auto s2 = m_store->kpis(today, {u"S2"_s});
    ASSERT_TRUE(all.ok() && s2.ok());
    ASSERT_NE(*all, *s2) << "the two requests have different answers";
    EXPECT_EQ(strip.kpis(), *all);
    EXPECT_FALSE(reader.isBusy(StoreReader::Kind::Kpis));
    EXPECT_EQ(arrived.size(), 1) << "the stale figures were never shown";
    EXPECT_EQ(workedOn, reader.workerThread(StoreReader::Kind::Kpis));
    EXPECT_NE(workedOn, QThread::currentThread());
}

// Export CSV runs on the reader's thread: the action is off while it runs, the file and the
// audit line are there when it reports back.
TEST_F(MainWindowTest, ExportCsvRunsInTheBackgroundAndIsAudited)
{
    fillWith(300);
    auto w = makeWindow();
    QThread* workedOn = nullptr;
    w->model()->reader()->setHook([&](StoreReader::Kind kind, quint64) {
        if (kind == StoreReader::Kind::Export)
            workedOn = QThread::currentThread();
    });
    QSignalSpy finished(w.get(), &MainWindow::csvExportFinished);
    const QString path = m_dir.filePath(u"view.csv"_s);
    w->exportCsv(path);
    EXPECT_FALSE(w->exportAction()->isEnabled()) << "one export at a time";
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.first().at(0).toBool());
    EXPECT_TRUE(w->exportAction()->isEnabled());
    EXPECT_EQ(workedOn, w->model()->reader()->workerThread(StoreReader::Kind::Export));
    EXPECT_NE(workedOn, QThread::currentThread());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count("\r\n"), 301);
    const auto audit = m_store->auditEntries(1);
    ASSERT_TRUE(audit.ok() && !audit->isEmpty());
    EXPECT_EQ(audit->first().action, u"export"_s);
}

TEST_F(MainWindowTest, SearchAsYouTypeFiltersTheTable)
{
    fillWith(500);
    auto w = makeWindow();
    w->filterBar()->setSearchDebounceMs(50);
    QTest::keyClicks(w->filterBar()->searchEdit(), u"R-100321"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->model()->rowCount() == 1; }, 3000));
    EXPECT_EQ(w->model()->paymentIdAt(0), u"pay-0000321"_s);
}

TEST_F(MainWindowTest, TheSearchWaitsHalfAsLongAsTheRecentAnswersTook)
{
    // Issue 9: the search's debounce follows the store's answers (FilterBar::setSearchAnswerMs())
    // instead of adding a fixed 200 ms to every search.
    fillWith(500);
    auto w = makeWindow();
    QSignalSpy refreshed(w->model(), &PaymentTableModel::refreshed);
    QTest::keyClicks(w->filterBar()->searchEdit(), u"Hart"_s);
    ASSERT_TRUE(refreshed.wait(5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->filterBar()->filter().text == u"Hart"_s; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w->model()->isBusy(); }, 5000));
    const qint64 took = w->model()->lastQueryMs();
    ASSERT_LT(took, FilterBar::kMaxSearchDebounceMs) << "500 rows answer in far less than 200 ms";
    // Half the median of the recent answers, which were all of this size.
    EXPECT_LT(w->filterBar()->searchDebounceMs(), FilterBar::kMaxSearchDebounceMs);
    EXPECT_GE(w->filterBar()->searchDebounceMs(), FilterBar::kMinSearchDebounceMs);
}

TEST_F(MainWindowTest, ANewSearchStartsAtTheTopAndLiveUpdatesDoNotScroll)
{
    fillWith(3000);
    auto w = makeWindow();
    QTableView* table = w->table();
    // Scrolled down to a "Hart" (rows 91k … 91k+6), then searching for Hart.
    table->verticalScrollBar()->setValue(table->verticalHeader()->sectionPosition(1456));
    ASSERT_GT(table->verticalScrollBar()->value(), 0);
    w->filterBar()->setSearchDebounceMs(10);
    QTest::keyClicks(w->filterBar()->searchEdit(), u"Hart"_s);
    QTest::keyClick(w->filterBar()->searchEdit(), Qt::Key_Return);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !w->model()->isBusy() && w->model()->rowCount() < 3000; }, 5000));
    ASSERT_GT(w->model()->rowCount(), 100);
    EXPECT_EQ(table->verticalScrollBar()->value(), 0) << "the newest matches are in view";
    EXPECT_EQ(table->rowAt(0), 0);

    // Scrolled down in the results, a live change keeps the view where it is. (By row, not by
    // a pixel position: the table scrolls per item, and its range follows the new row count
    // only once its layout has run, so a pixel value set before then was clamped later.)
    table->scrollTo(w->model()->index(50, 0), QAbstractItemView::PositionAtTop);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->rowAt(0) == 50; }, 2000));
    const int scroll = table->verticalScrollBar()->value();
    ASSERT_GT(scroll, 0);
    QSignalSpy refreshed(w->model(), &PaymentTableModel::refreshed);
    change(91 * 30, PaymentStatus::Code::Viewed, 2);
    w->model()->refresh();
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(table->verticalScrollBar()->value(), scroll);
}

TEST_F(MainWindowTest, DownFromTheSearchBoxSelectsTheFirstResult)
{
    fillWith(500);
    auto w = makeWindow();
    w->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(w.get()));
    QLineEdit* search = w->filterBar()->searchEdit();
    search->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->hasFocus(); }, 2000));
    w->filterBar()->setSearchDebounceMs(60'000); // Down applies what is typed, without waiting
    QTest::keyClicks(search, u"Hart"_s);
    QTest::keyClick(search, Qt::Key_Down);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w->selectedPaymentId().isEmpty(); }, 5000));
    EXPECT_TRUE(w->table()->hasFocus());
    EXPECT_EQ(w->table()->currentIndex().row(), 0);
    EXPECT_EQ(w->selectedPaymentId(), w->model()->paymentIdAt(0));
    EXPECT_TRUE(w->detailPane()->payment()->customer.name.endsWith(u"Hart"_s));
}

TEST_F(MainWindowTest, SearchByAmountAndSayWhenNothingMatches)
{
    fillWith(500);
    auto w = makeWindow();
    w->filterBar()->setSearchDebounceMs(10);
    QLineEdit* search = w->filterBar()->searchEdit();
    auto searchFor = [&](const QString& text) {
        search->clear();
        QTest::keyClicks(search, text);
        QTest::keyClick(search, Qt::Key_Return);
        return QTest::qWaitFor([&] { return !w->model()->isBusy() && w->filterBar()->filter().text == text; },
                               5000);
    };
    // pay-0000321 is £429.99, the only one.
    for (const QString& text : {u"429.99"_s, u"£429.99"_s, u"429.99 GBP"_s}) {
        ASSERT_TRUE(searchFor(text));
        ASSERT_EQ(w->model()->rowCount(), 1) << text.toStdString();
        EXPECT_EQ(w->model()->paymentIdAt(0), u"pay-0000321"_s);
    }
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ASSERT_TRUE(searchFor(u"429,99"_s));
    QLocale::setDefault(previous);
    ASSERT_EQ(w->model()->rowCount(), 1);
    EXPECT_EQ(w->model()->paymentIdAt(0), u"pay-0000321"_s);

    auto* label = w->table()->findChild<QLabel*>(u"noMatchesLabel"_s);
    auto* clear = w->table()->findChild<QPushButton*>(u"noMatchesClear"_s);
    ASSERT_TRUE(label && clear);
    EXPECT_FALSE(label->isVisible());
    ASSERT_TRUE(searchFor(u"<b>zebra</b>"_s));
    ASSERT_EQ(w->model()->rowCount(), 0);
    EXPECT_TRUE(label->isVisible());
    EXPECT_EQ(label->textFormat(), Qt::PlainText);
    EXPECT_EQ(label->text(), u"No payments match '<b>zebra</b>'."_s);
    EXPECT_TRUE(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->model()->rowCount() == 500; }, 5000));
    EXPECT_TRUE(search->text().isEmpty());
    EXPECT_FALSE(label->isVisible());
}

TEST_F(MainWindowTest, TableAccessibilityWalkReadsEveryCellAsText)
{
    fillWith(40);
    auto w = makeWindow();
    QAccessible::setActive(true);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w->table());
    ASSERT_NE(iface, nullptr);
    EXPECT_EQ(iface->role(), QAccessible::Table);
    EXPECT_EQ(iface->text(QAccessible::Name), u"Payments"_s);
    QAccessibleTableInterface* tableIface = iface->tableInterface();
    ASSERT_NE(tableIface, nullptr);
    EXPECT_EQ(tableIface->rowCount(), 40);
    EXPECT_EQ(tableIface->columnCount(), PaymentTableModel::ColumnCount);
    int statusCells = 0;
    for (int r = 0; r < tableIface->rowCount(); ++r) {
        for (int c = 0; c < tableIface->columnCount(); ++c) {
            QAccessibleInterface* cell = tableIface->cellAt(r, c);
            ASSERT_NE(cell, nullptr) << r << "," << c;
            const QString text = cell->text(QAccessible::Name);
            EXPECT_FALSE(text.isEmpty()) << r << "," << c;
            if (c == PaymentTableModel::StatusColumn && text.startsWith(u"Status: "_s))
                ++statusCells;
        }
    }
    EXPECT_EQ(statusCells, 40);
    // Generic child walk, as a screen reader does it (header row included).
    const int children = iface->childCount();
    EXPECT_GT(children, 40);
    for (int i = 0; i < children; ++i) {
        QAccessibleInterface* child = iface->child(i);
        ASSERT_NE(child, nullptr) << i;
        (void)child->text(QAccessible::Name);
        (void)child->role();
        (void)child->rect();
    }
    // And through a live change and a filter change.
    change(3, PaymentStatus::Code::Paid, 2);
    PaymentFilter f;
    f.statuses = {PaymentStatus::Code::Paid};
    w->setFilter(f);
    // The table shows the filter and the change: only paid rows, the changed one among them.
    const auto applied = [&] {
        const PaymentTableModel* model = w->model();
        if (model->rowOfPaymentId(u"pay-0000003"_s) < 0)
            return false;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(PaymentTableModel::StatusCodeRole).toInt() !=
                int(PaymentStatus::Code::Paid))
                return false;
        }
        return true;
    };
    ASSERT_TRUE(QTest::qWaitFor(applied, 5000)) << "the filter and the live change reached the table";
    iface = QAccessible::queryAccessibleInterface(w->table());
    tableIface = iface->tableInterface();
    ASSERT_EQ(tableIface->rowCount(), w->model()->rowCount());
    for (int r = 0; r < tableIface->rowCount(); ++r) {
        QAccessibleInterface* cell = tableIface->cellAt(r, 0);
        ASSERT_TRUE(cell && cell->isValid()) << r; // no stale cell from before the change
        EXPECT_TRUE(cell->text(QAccessible::Name).startsWith(u"Status: Paid — clearing"_s) ||
                    cell->text(QAccessible::Name) == u"Status: Cleared"_s)
            << cell->text(QAccessible::Name).toStdString();
    }
    QAccessible::setActive(false);
}

TEST_F(MainWindowTest, EveryControlHasAnAccessibleName)
{
    fillWith(10);
    auto w = makeWindow();
    const auto widgets = w->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(w.get()) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractScrollArea*>(widget->parentWidget()))
            continue; // viewports
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        ASSERT_NE(iface, nullptr);
        const QString name = iface->text(QAccessible::Name);
        EXPECT_FALSE(name.trimmed().isEmpty())
            << widget->metaObject()->className() << " " << widget->objectName().toStdString();
    }
}

TEST_F(MainWindowTest, FixedRowHeightsAndRememberedColumns)
{
    fillWith(10);
    QSettings().remove(u"mainWindow"_s);
    {
        auto w = makeWindow();
        QHeaderView* vh = w->table()->verticalHeader();
        EXPECT_EQ(vh->sectionResizeMode(0), QHeaderView::Fixed);
        QHeaderView* hh = w->table()->horizontalHeader();
        for (int c = 0; c < hh->count(); ++c)
            EXPECT_NE(hh->sectionResizeMode(c), QHeaderView::ResizeToContents);
        hh->resizeSection(PaymentTableModel::CustomerColumn, 333);
        hh->moveSection(hh->visualIndex(PaymentTableModel::StoreColumn), 1);
        w->close();
    }
    auto w = makeWindow();
    QHeaderView* hh = w->table()->horizontalHeader();
    EXPECT_EQ(hh->sectionSize(PaymentTableModel::CustomerColumn), 333);
    EXPECT_EQ(hh->visualIndex(PaymentTableModel::StoreColumn), 1);
    w->close();
    QSettings().remove(u"mainWindow"_s);
}

TEST_F(MainWindowTest, DetailPaneShowsTheReleaseSignal)
{
    fillWith(12);
    auto w = makeWindow();
    // pay-0000004 is PAID with funds cleared (even index), pay-0000005 PAID not cleared.
    ASSERT_TRUE(w->selectPayment(u"pay-0000004"_s));
    EXPECT_EQ(w->detailPane()->releaseText(), u"Funds cleared — safe to release"_s);
    ASSERT_TRUE(w->selectPayment(u"pay-0000005"_s));
    EXPECT_TRUE(w->detailPane()->releaseText().contains(u"awaiting funds clearance"_s));
    ASSERT_TRUE(w->selectPayment(u"pay-0000000"_s));
    EXPECT_TRUE(w->detailPane()->releaseText().startsWith(u"Awaiting payment"_s));
    // Actions follow the selection: nothing to submit to here, so they stay disabled.
    EXPECT_FALSE(w->cancelAction()->isEnabled());
    EXPECT_TRUE(w->copyLinkAction()->isEnabled());
    EXPECT_FALSE(w->receiptAction()->isEnabled());
    ASSERT_TRUE(w->selectPayment(u"pay-0000004"_s));
    EXPECT_TRUE(w->receiptAction()->isEnabled());
}

TEST_F(MainWindowTest, ActionsHaveShortcutsAndTheDemoMarkerShows)
{
    auto w = makeWindow();
    EXPECT_EQ(w->initiateAction()->shortcut(), QKeySequence(QKeySequence::New));
    EXPECT_EQ(w->exportAction()->shortcut(), QKeySequence(u"Ctrl+E"_s));
    EXPECT_FALSE(w->cancelAction()->shortcut().isEmpty());
    EXPECT_FALSE(w->resendAction()->shortcut().isEmpty());
    EXPECT_FALSE(w->receiptAction()->shortcut().isEmpty());
    EXPECT_FALSE(w->settingsAction()->shortcut().isEmpty());
    w->setDemoMode(true);
    EXPECT_TRUE(w->windowTitle().contains(u"Demo"_s));
    bool markerShown = false;
    for (QLabel* label : w->findChildren<QLabel*>())
        markerShown = markerShown || (label->isVisible() && label->text() == u"Demo — sandbox data"_s);
    EXPECT_TRUE(markerShown);
}

TEST_F(MainWindowTest, KeyboardReachesEverything)
{
    fillWith(30);
    auto w = makeWindow();
    w->activateWindow();
    // Ctrl+F goes to the search box, Ctrl+L to the table.
    w->findChild<QTableView*>()->setFocus();
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), w->filterBar()->searchEdit());
    QTest::keyClick(w.get(), Qt::Key_L, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), w->table());
    EXPECT_TRUE(w->table()->currentIndex().isValid());
    // Tab from the search box walks the filters in order, and the table comes after them.
    auto nextTabStop = [](QWidget* from) {
        QWidget* w = from->nextInFocusChain();
        while (w != from && !((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()))
            w = w->nextInFocusChain();
        return w;
    };
    QWidget* next = nextTabStop(w->filterBar()->searchEdit());
    EXPECT_EQ(next, static_cast<QWidget*>(w->filterBar()->statusButton()))
        << next->metaObject()->className() << " " << next->accessibleName().toStdString();
    QWidget* widget = w->filterBar()->searchEdit();
    bool reachedTable = false;
    for (int i = 0; i < 40 && !reachedTable; ++i) {
        widget = nextTabStop(widget);
        reachedTable = widget == w->table();
    }
    EXPECT_TRUE(reachedTable);
    // Down arrow moves the selection and the detail pane follows.
    const QString before = w->selectedPaymentId();
    QTest::keyClick(w->table(), Qt::Key_Down);
    EXPECT_NE(w->selectedPaymentId(), before);
    ASSERT_TRUE(w->detailPane()->payment().has_value());
    EXPECT_EQ(w->detailPane()->payment()->paymentId, w->selectedPaymentId());
}

TEST(StatusColorPalette, EveryToneIsReadableInBothThemes)
{
    QList<PaymentStatus::Code> codes = PaymentStatus::allKnown();
    codes << PaymentStatus::Code::Unknown;
    for (bool dark : {false, true}) {
        const StatusColorPalette palette(dark);
        for (PaymentStatus::Code code : codes) {
            const auto c = palette.colors(code);
            EXPECT_GE(StatusColorPalette::contrastRatio(c.foreground, c.background), 4.5)
                << (dark ? "dark " : "light ") << PaymentStatus(code).toString().toStdString();
        }
        for (auto tone : {StatusColorPalette::Tone::Clearing, StatusColorPalette::Tone::Cleared}) {
            const auto c = palette.colors(tone);
            EXPECT_GE(StatusColorPalette::contrastRatio(c.foreground, c.background), 4.5)
                << (dark ? "dark " : "light ") << int(tone);
        }
    }
    EXPECT_NE(StatusColorPalette(false).colors(PaymentStatus::Code::Paid).background,
              StatusColorPalette(false).colors(PaymentStatus::Code::Failed).background);
}

TEST(ConnectionIndicator, ShowsTheConnectionStateAndItsText)
{
    ConnectionIndicator indicator;
    paydesk::ConnectionState state;
    state.kind = paydesk::ConnectionState::Kind::Live;
    indicator.setState(state);
    EXPECT_EQ(indicator.state(), state);
    EXPECT_EQ(indicator.text(), state.text());
    EXPECT_EQ(indicator.text(), u"Live"_s);
    indicator.setQueuedActions(2);
    EXPECT_EQ(indicator.text(), state.text(2));
    EXPECT_EQ(indicator.text(), u"Live — 2 actions queued"_s);
    EXPECT_EQ(indicator.accessibleName(), u"Connection: Live — 2 actions queued"_s);
    state.kind = paydesk::ConnectionState::Kind::Offline;
    state.since = QDateTime(QDate::currentDate(), QTime(14, 2)).toUTC();
    state.errorMessage = u"The platform cannot be reached"_s;
    indicator.setState(state);
    EXPECT_TRUE(indicator.text().startsWith(u"Offline since 14:02"_s)) << indicator.text().toStdString();
    EXPECT_TRUE(indicator.toolTip().contains(u"The platform cannot be reached"_s));
    state.kind = paydesk::ConnectionState::Kind::SignInFailed;
    indicator.setQueuedActions(0);
    indicator.setState(state);
    EXPECT_TRUE(indicator.accessibleName().contains(u"Sign-in failed"_s));
}

TEST_F(MainWindowTest, NotifiesFreshPaidAndFailedOnce)
{
    fillWith(30);
    paydesk::ui::PaymentNotifier notifier(m_store.get(), m_clock);
    QSignalSpy notified(&notifier, &paydesk::ui::PaymentNotifier::notified);
    change(1, PaymentStatus::Code::Paid, 2); // the store notifies synchronously
    ASSERT_TRUE(QTest::qWaitFor([&] { return notified.size() == 1; }, 2000));
    EXPECT_EQ(notified.first().at(0).toString(), u"pay-0000001"_s);
    EXPECT_EQ(notified.first().at(1).toString(), u"Payment received"_s);
    change(2, PaymentStatus::Code::Failed, 2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return notified.size() == 2; }, 2000));
    EXPECT_EQ(notified.last().at(1).toString(), u"Payment failed"_s);
    // A change that is not news (old) announces nothing; nor does the same status again.
    Payment old = makePayment(3, m_clock.now());
    old.status = PaymentStatus::Code::Paid;
    old.version = 2;
    old.updatedAt = m_clock.now().addDays(-1);
    ASSERT_TRUE(m_store->upsert(old).ok());
    Payment again = makePayment(1, m_clock.now());
    again.status = PaymentStatus::Code::Paid;
    again.version = 3;
    again.updatedAt = m_clock.now();
    ASSERT_TRUE(m_store->upsert(again).ok());
    // A fresh change after them: once it is announced, anything they announced would have been.
    change(13, PaymentStatus::Code::Failed, 2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return notified.size() >= 3; }, 2000));
    EXPECT_EQ(notified.size(), 3);
    EXPECT_EQ(notified.last().at(0).toString(), u"pay-0000013"_s);
}

TEST_F(MainWindowTest, NotifiesWhenFundsClearAndTheOptionTurnsItOff)
{
    fillWith(30);
    paydesk::ui::PaymentNotifier notifier(m_store.get(), m_clock);
    QSignalSpy notified(&notifier, &paydesk::ui::PaymentNotifier::notified);
    // pay-5 and pay-15 are paid, their funds not cleared yet; now the platform reports them cleared.
    auto clear = [&](int i) {
        Payment p = makePayment(i, m_clock.now());
        ASSERT_EQ(p.release(), Payment::Release::AwaitingClearance);
        p.fundsCleared = true;
        p.version = 2;
        p.updatedAt = m_clock.now();
        ASSERT_TRUE(m_store->upsert(p).ok());
    };
    clear(5);
    ASSERT_TRUE(QTest::qWaitFor([&] { return notified.size() == 1; }, 2000));
    EXPECT_EQ(notified.first().at(0).toString(), u"pay-0000005"_s);
    EXPECT_EQ(notified.first().at(1).toString(), u"Funds cleared"_s);
    EXPECT_TRUE(notified.first().at(2).toString().contains(u"safe to release"_s))
        << notified.first().at(2).toString().toStdString();

    notifier.setNotifyCleared(false);
    notifier.setNotifyPaid(false);
    notifier.setNotifyFailed(false);
    clear(15);
    change(2, PaymentStatus::Code::Failed, 2);
    notifier.setNotifyFailed(true);
    change(13, PaymentStatus::Code::Failed, 2); // a later announcement: the ones before were not
    ASSERT_TRUE(QTest::qWaitFor([&] { return notified.size() >= 2; }, 2000));
    EXPECT_EQ(notified.size(), 2);
    EXPECT_EQ(notified.last().at(0).toString(), u"pay-0000013"_s);
}

// Bug: setProfileName rebuilt the filter bar without its Save view connection, so Ctrl+S did
// nothing in any profile not named "default", the demo's included.
TEST_F(MainWindowTest, CtrlSSavesAViewInAProfileNotNamedDefault)
{
    fillWith(20);
    auto w = makeWindow();
    w->filterBar()->saveView(u"Only in the first profile"_s);
    w->setProfileName(u"demo"_s);
    EXPECT_LT(w->filterBar()->savedViewsCombo()->findData(u"Only in the first profile"_s), 0)
        << "the bar lists the demo profile's views, not the previous profile's";
    w->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(w.get()));
    PaymentFilter paid;
    paid.statuses = {PaymentStatus::Code::Paid};
    w->setFilter(paid);

    // Save view asks for a name in a modal dialog; it runs in the dialog's event loop.
    bool asked = false;
    QTimer::singleShot(0, w.get(), [&asked] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        asked = true;
        dialog->setTextValue(u"Paid in the demo"_s);
        dialog->accept();
    });
    QTest::keyClick(w.get(), Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(asked) << "Ctrl+S asks for the view's name";
    ASSERT_TRUE(w->savedViews()->contains(u"Paid in the demo"_s));
    EXPECT_EQ(w->savedViews()->view(u"Paid in the demo"_s), paid);
    EXPECT_GE(w->filterBar()->savedViewsCombo()->findData(u"Paid in the demo"_s), 0);
}

// Issue 9: start-up. The actions' icons (the style's PNGs, decoded in several sizes each) are
// set after the table's first paint, and then every action has its icon; the toolbar's buttons
// keep their size when the icons arrive (an empty placeholder holds their place).
TEST_F(MainWindowTest, ActionIconsArriveOnceTheTableHasPaintedWithoutMovingTheToolbar)
{
    fillWith(50);
    MainWindow w(m_store.get(), m_clock);
    w.resize(1300, 800);
    auto drawn = [](const QIcon& icon) {
        const QImage image = icon.pixmap(16).toImage();
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(image.pixel(x, y)) > 0)
                    return true;
            }
        }
        return false;
    };
    const QList<std::pair<QAction*, QStyle::StandardPixmap>> actions = {
        {w.initiateAction(), QStyle::SP_FileIcon},
        {w.cancelAction(), QStyle::SP_DialogCancelButton},
        {w.resendAction(), QStyle::SP_BrowserReload},
        {w.exportAction(), QStyle::SP_DialogSaveButton},
        {w.receiptAction(), QStyle::SP_FileDialogDetailedView},
        {w.printAction(), QStyle::SP_FileDialogDetailedView},
        {w.settingsAction(), QStyle::SP_FileDialogInfoView},
        {w.copyLinkAction(), QStyle::SP_FileLinkIcon},
        {w.showToCustomerAction(), QStyle::SP_ComputerIcon},
        {w.shortcutsAction(), QStyle::SP_MessageBoxQuestion},
    };
    for (const auto& [action, pixmap] : actions) {
        EXPECT_FALSE(action->icon().isNull()) << "a placeholder keeps the button's layout";
        EXPECT_FALSE(drawn(action->icon())) << "not decoded before the first paint";
    }
    auto* toolbar = w.findChild<QToolBar*>(u"mainToolbar"_s);
    ASSERT_NE(toolbar, nullptr);
    QWidget* settingsButton = toolbar->widgetForAction(w.settingsAction());
    ASSERT_NE(settingsButton, nullptr);
    const QSize before = settingsButton->sizeHint();

    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    ASSERT_TRUE(QTest::qWaitFor([&] { return drawn(w.settingsAction()->icon()); }, 5000))
        << "the icons arrive after the first paint";
    for (const auto& [action, pixmap] : actions) {
        EXPECT_EQ(action->icon().pixmap(16).toImage(), w.style()->standardIcon(pixmap).pixmap(16).toImage())
            << action->text().toStdString();
    }
    EXPECT_EQ(settingsButton->sizeHint(), before) << "the toolbar does not move when the icons arrive";
}

// Issue 9: the GUI thread only paints and reads. The filter bar's stores, providers and
// currencies (a scan of the whole cache for the currencies) are read on the model's reader, and
// only after the table's first page is on screen; the window keeps running meanwhile.
TEST_F(MainWindowTest, FilterChoicesAreReadOnTheReaderAfterTheFirstPaint)
{
    fillWith(300);
    MainWindow w(m_store.get(), m_clock);
    w.resize(1300, 800);
    StoreReader* reader = w.model()->reader();
    ASSERT_NE(reader, nullptr);
    QSemaphore entered;
    QSemaphore release;
    QThread* workedOn = nullptr;
    reader->setHook([&](StoreReader::Kind kind, quint64) {
        if (kind != StoreReader::Kind::FilterChoices)
            return;
        workedOn = QThread::currentThread();
        entered.release();
        release.acquire();
    });
    w.refreshSummary(); // as the application does before showing the window
    QCoreApplication::processEvents();
    EXPECT_EQ(reader->latest(StoreReader::Kind::FilterChoices), 0u) << "nothing before the first paint";
    EXPECT_EQ(reader->latest(StoreReader::Kind::Kpis), 0u);
    EXPECT_EQ(w.filterBar()->storeCombo()->count(), 1) << "only 'All stores' yet";

    QSignalSpy arrived(&w, &MainWindow::filterChoicesArrived);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    ASSERT_TRUE(QTest::qWaitFor([&] { return entered.tryAcquire(); }, 5000)) << "asked after the first paint";
    // The reader is held: the window still runs its event loop and shows its table.
    bool ticked = false;
    QTimer::singleShot(0, &w, [&] { ticked = true; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return ticked; }, 5000));
    EXPECT_GT(w.model()->rowCount(), 0);
    EXPECT_EQ(w.filterBar()->storeCombo()->count(), 1);
    release.release();
    ASSERT_TRUE(arrived.wait(5000));
    EXPECT_EQ(workedOn, reader->workerThread(StoreReader::Kind::FilterChoices));
    EXPECT_NE(workedOn, QThread::currentThread());
    QComboBox* stores = w.filterBar()->storeCombo();
    ASSERT_EQ(stores->count(), 4) << "All stores, S1, S2, S3";
    EXPECT_EQ(stores->itemData(1).toString(), u"S1"_s);
    EXPECT_EQ(w.filterBar()->providerCombo()->count(), 5) << "All providers and the four in the cache";
    reader->setHook({});
}

// Issue 9: a text search that matches more than its first page is not counted (that reads
// every match and would hold up the next keystroke on the reader): the bar says "1,024+".
// Reading on raises the figure; once every match is read it is exact.
TEST_F(MainWindowTest, ASearchMatchingMoreThanItsFirstPageSaysAtLeastAndIsNotCounted)
{
    const int rows = PaymentTableModel::SearchPage + 200;
    fillWith(rows);
    auto w = makeWindow();
    PaymentTableModel* model = w->model();
    StoreReader* reader = model->reader();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isBusy() && model->totalCount() == rows; }, 5000));

    QTest::keyClicks(w->filterBar()->searchEdit(), u"customer"_s); // every payment's e-mail
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !model->isBusy() && model->query().text == u"customer"_s; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == PaymentTableModel::SearchPage; }, 5000));
    EXPECT_TRUE(model->canFetchMore());
    EXPECT_TRUE(model->totalIsLowerBound());
    EXPECT_EQ(model->totalCount(), PaymentTableModel::SearchPage);
    // A count, had one been asked, would be answered by now and would have made the total exact.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !reader->isBusy(StoreReader::Kind::Count); }, 5000));
    QCoreApplication::processEvents();
    EXPECT_TRUE(model->totalIsLowerBound()) << "no count of every match was asked";
    const QString atLeast = QLocale().toString(PaymentTableModel::SearchPage) + u"+ payments"_s;
    EXPECT_TRUE(w->filterBar()->summaryLabel()->fullText().endsWith(atLeast))
        << qPrintable(w->filterBar()->summaryLabel()->fullText());

    model->fetchMore();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isBusy() && model->rowCount() == rows; }, 5000));
    EXPECT_FALSE(model->totalIsLowerBound());
    EXPECT_EQ(model->totalCount(), rows);
    EXPECT_TRUE(w->filterBar()->summaryLabel()->fullText().endsWith(QString::number(rows) + u" payments"_s))
        << qPrintable(w->filterBar()->summaryLabel()->fullText());
}

} // namespace paydesk::uitest
