// The window never changes customer under the user (issue 14, points 2 and 3): the detail pane
// is keyed by the payment the user opened, not by a row; rows in sight hold still while the
// user points at or works in the table, with what waits behind an "N new — show" bar; actions
// act on the payment the user saw; the cancel dialog warns when the customer is paying or has
// paid, live. Against a real cache file, driven through the real widgets (offscreen).
#include "DialogTestSupport.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "dialogs/CancelDialog.h"
#include "models/PaymentTableModel.h"
#include "widgets/FilterBar.h"
#include "widgets/PaymentDetailPane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using paydesk::ui::CancelDialog;
using paydesk::ui::MainWindow;
using paydesk::ui::PaymentFilter;
using paydesk::ui::PaymentTableModel;
using Code = paydesk::PaymentStatus::Code;

namespace paydesk::uitest {

namespace {

QString idOf(int i)
{
    return u"pay-%1"_s.arg(i, 7, 10, QChar(u'0'));
}

int indexOf(const QString& paymentId)
{
    return paymentId.mid(4).toInt();
}

} // namespace

class StableSelectionTest : public StoreTest
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

    /// The window with actions that go nowhere but are recorded.
    std::unique_ptr<MainWindow> makeActingWindow()
    {
        auto w = makeWindow();
        MainWindow::ActionSubmitter submitter;
        submitter.cancel = [this](const CancelRequest& r) {
            m_cancels << r;
            return FieldErrors();
        };
        submitter.resend = [](const ResendRequest&) { return FieldErrors(); };
        w->setActionSubmitter(submitter);
        return w;
    }

    static bool settled(MainWindow& w)
    {
        return QTest::qWaitFor([&] { return !w.model()->isBusy(); }, 5000);
    }

    static void applyFilter(MainWindow& w, const PaymentFilter& filter)
    {
        w.setFilter(filter);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return !w.model()->isBusy() && w.filterBar()->filter() == filter; }, 5000));
    }

    /// Puts the pointer over row `row` of the table and waits until the table holds its rows.
    static QPoint pointAtRow(MainWindow& w, int row)
    {
        QTableView* table = w.table();
        const QPoint at(60, table->rowViewportPosition(row) + table->rowHeight(row) / 2);
        QTest::mouseMove(table->viewport(), at);
        EXPECT_TRUE(QTest::qWaitFor([&] { return w.model()->frozenRows() > row; }, 3000))
            << "the pointer over the table freezes the rows in sight";
        return at;
    }

    /// Moves the pointer off the table (onto the filter bar).
    static void pointElsewhere(MainWindow& w) { QTest::mouseMove(w.filterBar(), QPoint(5, 5)); }

    /// A payment the table has not shown yet, newer than every other.
    Payment arrive(int i)
    {
        m_clock.advanceMs(60'000);
        Payment p = makePayment(i, m_clock.now());
        p.status = Code::Initiated;
        p.amountPaid = {};
        p.createdAt = m_clock.now();
        p.updatedAt = m_clock.now();
        EXPECT_TRUE(m_store->upsert(p).ok());
        return p;
    }

    static PaymentFilter awaitingClearance()
    {
        PaymentFilter f;
        f.statuses = PaymentFilter::paidStatuses();
        f.fundsCleared = false;
        return f;
    }

    static QToolButton* paneButton(MainWindow& w, QAction* action)
    {
        for (QToolButton* button : w.detailPane()->findChildren<QToolButton*>()) {
            if (button->defaultAction() == action)
                return button;
        }
        return nullptr;
    }

    QList<CancelRequest> m_cancels;
};

// Issue 14.2: the selected payment clears while "Awaiting clearance" is on. Before, the
// selection model moved to the next row and the pane showed that (another customer's) payment.
TEST_F(StableSelectionTest, APaymentThatClearsUnderAwaitingClearanceStaysInThePane)
{
    fillWith(120);
    auto w = makeWindow();
    applyFilter(*w, awaitingClearance());
    const QString opened = idOf(5); // paid, funds not cleared (odd)
    ASSERT_TRUE(w->selectPayment(opened));
    ASSERT_GT(w->model()->rowCount(), 3);
    EXPECT_TRUE(w->detailPane()->outOfViewText().isEmpty());

    Payment cleared = makePayment(5, m_clock.now());
    cleared.fundsCleared = true;
    cleared.version = 2;
    cleared.updatedAt = m_clock.now();
    ASSERT_TRUE(m_store->upsert(cleared).ok());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !w->model()->isBusy() && w->model()->rowOfPaymentId(opened) < 0; }, 5000))
        << "the cleared payment left the view";

    EXPECT_EQ(w->selectedPaymentId(), opened);
    ASSERT_TRUE(w->detailPane()->payment().has_value());
    EXPECT_EQ(w->detailPane()->payment()->paymentId, opened);
    EXPECT_TRUE(w->detailPane()->payment()->fundsCleared) << "updated live from the cache";
    EXPECT_EQ(w->detailPane()->releaseText(), u"Funds cleared — safe to release"_s);
    EXPECT_EQ(w->detailPane()->outOfViewText(), u"No longer in this view"_s);
    const auto* note = w->detailPane()->findChild<QLabel*>(u"outOfViewNote"_s);
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->textFormat(), Qt::PlainText);
    EXPECT_TRUE(note->isVisible());
    EXPECT_FALSE(w->table()->selectionModel()->hasSelection()) << "no other customer's row is selected";
    EXPECT_FALSE(w->table()->currentIndex().isValid());
}

// Issue 14.2: a filter change keeps the pane, and "Show in list" is the way back.
TEST_F(StableSelectionTest, AFilterChangeKeepsThePaneAndShowInListBringsItBack)
{
    fillWith(220);
    auto w = makeWindow();
    const QString opened = idOf(22); // INITIATED
    ASSERT_TRUE(w->selectPayment(opened));
    PaymentFilter failed;
    failed.statuses = {Code::Failed};
    applyFilter(*w, failed);
    ASSERT_EQ(w->model()->rowCount(), 20);

    EXPECT_EQ(w->selectedPaymentId(), opened);
    ASSERT_TRUE(w->detailPane()->payment().has_value());
    EXPECT_EQ(w->detailPane()->payment()->paymentId, opened);
    EXPECT_EQ(w->detailPane()->outOfViewText(), u"No longer in this view"_s);
    EXPECT_FALSE(w->table()->selectionModel()->hasSelection());

    // A search and a saved view change are filter changes too: still the same payment.
    PaymentFilter search = failed;
    search.text = u"Smith"_s;
    applyFilter(*w, search);
    EXPECT_EQ(w->detailPane()->payment()->paymentId, opened);

    QPushButton* back = w->detailPane()->showInListButton();
    ASSERT_TRUE(back && back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !w->model()->isBusy() && w->table()->currentIndex().isValid(); }, 5000));
    EXPECT_EQ(w->model()->rowCount(), 220);
    EXPECT_TRUE(w->filterBar()->filter() == PaymentFilter());
    EXPECT_EQ(w->model()->paymentIdAt(w->table()->currentIndex().row()), opened);
    EXPECT_EQ(w->selectedPaymentId(), opened);
    EXPECT_TRUE(w->detailPane()->outOfViewText().isEmpty());
    const QRect rowRect = w->table()->visualRect(w->table()->currentIndex());
    EXPECT_TRUE(w->table()->viewport()->rect().intersects(rowRect)) << "scrolled to it";
}

// Issue 14.2: actions act on the pane's payment and follow its own state; with the pane
// hidden they need its row in sight.
TEST_F(StableSelectionTest, ActionsFollowTheOpenedPaymentAndNeedItInSight)
{
    fillWith(220);
    auto w = makeActingWindow();
    const QString opened = idOf(11); // INITIATED, Keyloop (which allows cancel and resend)
    ASSERT_TRUE(w->selectPayment(opened));
    EXPECT_TRUE(w->cancelAction()->isEnabled());
    PaymentFilter failed;
    failed.statuses = {Code::Failed};
    applyFilter(*w, failed);
    ASSERT_EQ(w->detailPane()->payment()->paymentId, opened);
    EXPECT_TRUE(w->cancelAction()->isEnabled()) << "the pane names the payment it acts on";
    EXPECT_TRUE(w->resendAction()->isEnabled());

    QAction* toggleDetails = nullptr;
    for (QAction* action : w->actions()) {
        if (action->shortcut() == QKeySequence(u"F9"_s))
            toggleDetails = action;
    }
    ASSERT_NE(toggleDetails, nullptr);
    toggleDetails->trigger(); // hide the pane: nothing shows which payment Cancel would cancel
    ASSERT_FALSE(w->detailPane()->isVisible());
    EXPECT_FALSE(w->cancelAction()->isEnabled());
    EXPECT_FALSE(w->resendAction()->isEnabled());
    EXPECT_FALSE(w->copyLinkAction()->isEnabled());
    toggleDetails->trigger();
    EXPECT_TRUE(w->cancelAction()->isEnabled());

    // Its own state, live: paid meanwhile, it can no longer be cancelled, and has a receipt.
    change(11, Code::Paid, 2);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return w->detailPane()->payment()->status.code() == Code::Paid; }, 5000));
    EXPECT_FALSE(w->cancelAction()->isEnabled());
    EXPECT_FALSE(w->resendAction()->isEnabled());
    EXPECT_TRUE(w->receiptAction()->isEnabled());
    EXPECT_EQ(w->selectedPaymentId(), opened);
}

// Issue 14.3: a payment arriving while the pointer is over the table does not shift the row
// under it; it waits behind "1 new — show", and clicking that shows it.
TEST_F(StableSelectionTest, AnArrivalUnderThePointerWaitsBehindTheNewRowsBar)
{
    fillWith(200);
    auto w = makeWindow();
    QTableView* table = w->table();
    ASSERT_EQ(w->model()->sortColumn(), PaymentTableModel::UpdatedColumn); // newest first
    const QPoint at = pointAtRow(*w, 3);
    const QString under = w->model()->paymentIdAt(table->indexAt(at).row());
    ASSERT_FALSE(under.isEmpty());
    EXPECT_FALSE(w->newRowsBar()->isVisible());
    const int barTop = table->mapTo(w.get(), QPoint(0, 0)).y();

    const Payment fresh = arrive(5000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->newRowsBar()->isVisible(); }, 5000));
    EXPECT_EQ(w->newRowsBar()->text(), u"1 new — show"_s);
    EXPECT_EQ(w->model()->paymentIdAt(table->indexAt(at).row()), under) << "the row under the pointer";
    EXPECT_LT(w->model()->rowOfPaymentId(fresh.paymentId), 0);
    EXPECT_EQ(table->mapTo(w.get(), QPoint(0, 0)).y(), barTop) << "the bar did not push the table down";

    // A second one is counted with it.
    const Payment second = arrive(5001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->newRowsBar()->text() == u"2 new — show"_s; }, 5000))
        << w->newRowsBar()->text().toStdString();
    EXPECT_EQ(w->model()->paymentIdAt(table->indexAt(at).row()), under);

    QTest::mouseClick(w->newRowsBar(), Qt::LeftButton);
    EXPECT_EQ(w->model()->rowOfPaymentId(second.paymentId), 0);
    EXPECT_EQ(w->model()->rowOfPaymentId(fresh.paymentId), 1);
    EXPECT_EQ(table->rowAt(0), 0) << "the new payments are in sight";
    EXPECT_FALSE(w->newRowsBar()->isVisible());
}

// Issue 14.3, sorted by update time: a status change of a row in sight shows at once in its
// place; the row takes its new place in the order only when the user lets go of the table.
TEST_F(StableSelectionTest, AStatusChangeInSightUpdatesInPlaceAndMovesOnlyAfterThePointerLeaves)
{
    fillWith(200);
    auto w = makeWindow();
    PaymentFilter open;
    open.statuses = PaymentFilter::openStatuses();
    applyFilter(*w, open);
    QTableView* table = w->table();
    int row = -1;
    for (int r = 3; r < 12 && row < 0; ++r) {
        if (w->model()->index(r, 0).data(PaymentTableModel::StatusCodeRole).toInt() == int(Code::Initiated))
            row = r;
    }
    ASSERT_GE(row, 3);
    const QString moving = w->model()->paymentIdAt(row);
    const QPoint at = pointAtRow(*w, row);
    ASSERT_EQ(w->model()->paymentIdAt(table->indexAt(at).row()), moving);

    m_clock.advanceMs(60'000); // its update is the newest: sorted, it belongs at the top
    change(indexOf(moving), Code::Viewed, 2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->newRowsBar()->isVisible(); }, 5000));
    EXPECT_EQ(w->newRowsBar()->text(), u"List changed — update"_s);
    EXPECT_EQ(w->model()->paymentIdAt(table->indexAt(at).row()), moving) << "still under the pointer";
    EXPECT_EQ(w->model()->index(row, 0).data(PaymentTableModel::StatusCodeRole).toInt(), int(Code::Viewed))
        << "its new status shows at once";

    pointElsewhere(*w);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->model()->rowOfPaymentId(moving) == 0; }, 5000))
        << "the pointer left the table (which has no focus): the order is brought up to date";
    EXPECT_FALSE(w->newRowsBar()->isVisible());
}

// Issue 14.3, the rule's other half: the keyboard focus in the table holds the rows too, and
// moving the focus elsewhere (with the pointer off the table) shows what waited.
TEST_F(StableSelectionTest, TheFocusInTheTableHoldsRowsUntilItMovesElsewhere)
{
    fillWith(200);
    auto w = makeWindow();
    w->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(w.get()));
    pointElsewhere(*w);
    w->table()->setFocus();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return w->table()->hasFocus() && w->model()->frozenRows() > 0; }, 3000));
    ASSERT_TRUE(w->selectPayment(idOf(4)));
    const int row = w->table()->currentIndex().row();

    const Payment fresh = arrive(5000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->newRowsBar()->isVisible(); }, 5000));
    EXPECT_EQ(w->table()->currentIndex().row(), row);
    EXPECT_LT(w->model()->rowOfPaymentId(fresh.paymentId), 0);

    w->filterBar()->searchEdit()->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->model()->rowOfPaymentId(fresh.paymentId) == 0; }, 5000));
    EXPECT_FALSE(w->newRowsBar()->isVisible());
    EXPECT_EQ(w->selectedPaymentId(), idOf(4)) << "the selection stays on the same payment";
    EXPECT_EQ(w->model()->paymentIdAt(w->table()->currentIndex().row()), idOf(4));
}

// Issue 14.3: Cancel started from the pane cancels exactly the payment the user saw, though
// its row left the view and the rows around it moved.
TEST_F(StableSelectionTest, CancelFromThePaneCancelsTheSeenPaymentAfterRowsMoved)
{
    fillWith(220);
    auto w = makeActingWindow();
    PaymentFilter initiated;
    initiated.statuses = {Code::Initiated};
    applyFilter(*w, initiated);
    int row = 1; // a Keyloop payment (ids cycle through the providers), with rows above and below
    while (indexOf(w->model()->paymentIdAt(row)) % 5 > 1)
        ++row;
    const QString seen = w->model()->paymentIdAt(row);
    const QString below = w->model()->paymentIdAt(row + 1);
    ASSERT_TRUE(w->selectPayment(seen));

    change(indexOf(seen), Code::Viewed, 2); // leaves "Initiated": the rows below move up
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->model()->paymentIdAt(row) == below; }, 5000));
    ASSERT_EQ(w->detailPane()->payment()->paymentId, seen);

    QToolButton* cancel = paneButton(*w, w->cancelAction());
    ASSERT_NE(cancel, nullptr);
    ASSERT_TRUE(cancel->isEnabled());
    QString dialogPayment;
    QTimer::singleShot(0, w.get(), [&] {
        ASSERT_TRUE(QTest::qWaitFor(
            [] { return qobject_cast<CancelDialog*>(QApplication::activeModalWidget()); }, 3000));
        auto* dialog = qobject_cast<CancelDialog*>(QApplication::activeModalWidget());
        dialogPayment = dialog->payment().paymentId;
        dialog->findChild<QComboBox*>(u"reason"_s)->setCurrentIndex(0);
        dialog->findChild<QCheckBox*>(u"confirm"_s)->setChecked(true);
        dialog->accept();
    });
    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_EQ(dialogPayment, seen);
    ASSERT_EQ(m_cancels.size(), 1);
    EXPECT_EQ(m_cancels.first().paymentId, seen);
}

// Issue 14.3, the context menu: a right click picks the row under the pointer; while the menu
// is open a new payment waits, and Cancel (here by its shortcut) acts on the payment clicked.
TEST_F(StableSelectionTest, TheContextMenuPicksTheClickedRowAndItStaysPut)
{
    fillWith(200);
    auto w = makeActingWindow();
    w->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(w.get()));
    const int row = 6; // pay-6: FAILED (still payable, so cancellable), Keyloop
    ASSERT_EQ(w->model()->paymentIdAt(row), idOf(6));
    const QPoint at = pointAtRow(*w, row);
    bool menuShown = false;
    QString underWhileOpen;
    QTimer::singleShot(0, w.get(), [&] {
        ASSERT_TRUE(QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }, 3000));
        menuShown = true;
        arrive(5000);
        EXPECT_TRUE(QTest::qWaitFor([&] { return w->newRowsBar()->isVisible(); }, 5000))
            << "the table is still in use while its menu is open";
        underWhileOpen = w->model()->paymentIdAt(w->table()->indexAt(at).row());
        QApplication::activePopupWidget()->close();
    });
    // The right button's press and release, then the menu request a window system sends with
    // them (QTest delivers mouse events to the widget directly, without that request).
    QTest::mouseClick(w->table()->viewport(), Qt::RightButton, {}, at);
    QContextMenuEvent request(QContextMenuEvent::Mouse, at, w->table()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(w->table()->viewport(), &request);
    ASSERT_TRUE(QTest::qWaitFor([&] { return menuShown && !QApplication::activePopupWidget(); }, 5000));
    EXPECT_EQ(underWhileOpen, idOf(6));
    EXPECT_EQ(w->selectedPaymentId(), idOf(6));

    QTimer::singleShot(0, w.get(), [&] {
        ASSERT_TRUE(QTest::qWaitFor(
            [] { return qobject_cast<CancelDialog*>(QApplication::activeModalWidget()); }, 3000));
        auto* dialog = qobject_cast<CancelDialog*>(QApplication::activeModalWidget());
        dialog->findChild<QComboBox*>(u"reason"_s)->setCurrentIndex(0);
        dialog->findChild<QCheckBox*>(u"confirm"_s)->setChecked(true);
        dialog->accept();
    });
    QTest::keyClick(w->table(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(m_cancels.size(), 1);
    EXPECT_EQ(m_cancels.first().paymentId, idOf(6));
}

// Issue 14.3: the cancel dialog says plainly when the customer is paying right now or has
// paid, and follows the payment's state while it is open.
TEST_F(StableSelectionTest, TheCancelDialogWarnsWhenTheCustomerIsPayingOrHasPaidLive)
{
    fillWith(40);
    auto w = makeActingWindow();
    const QString opened = idOf(11); // INITIATED
    ASSERT_TRUE(w->selectPayment(opened));
    QStringList warnings;
    bool refusedOncePaid = false;
    QTimer::singleShot(0, w.get(), [&] {
        ASSERT_TRUE(QTest::qWaitFor(
            [] { return qobject_cast<CancelDialog*>(QApplication::activeModalWidget()); }, 3000));
        auto* dialog = qobject_cast<CancelDialog*>(QApplication::activeModalWidget());
        warnings << dialog->warningText();
        change(11, Code::InProgress, 2);
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return dialog->warningText().contains(u"paying right now"_s); }, 3000));
        warnings << dialog->warningText();
        dialog->findChild<QComboBox*>(u"reason"_s)->setCurrentIndex(0);
        dialog->findChild<QCheckBox*>(u"confirm"_s)->setChecked(true);
        EXPECT_TRUE(dialog->findChild<QPushButton*>(u"cancelRequest"_s)->isEnabled());
        change(11, Code::Paid, 3);
        EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->warningText().contains(u"already paid"_s); }, 3000));
        warnings << dialog->warningText();
        refusedOncePaid = !dialog->findChild<QPushButton*>(u"cancelRequest"_s)->isEnabled();
        dialog->accept(); // refused: nothing is sent
        dialog->done(QDialog::Rejected);
    });
    w->cancelAction()->trigger();
    ASSERT_EQ(warnings.size(), 3);
    EXPECT_TRUE(warnings.at(0).startsWith(u"The customer's pay link stops working"_s))
        << warnings.at(0).toStdString();
    EXPECT_EQ(warnings.at(1),
              u"Warning: the customer is paying right now (In progress). Cancelling stops the pay "
              u"link and may interrupt their payment. Check with the customer before you cancel."_s);
    EXPECT_TRUE(warnings.at(2).startsWith(u"Warning: this payment is already paid."_s))
        << warnings.at(2).toStdString();
    EXPECT_TRUE(refusedOncePaid);
    EXPECT_TRUE(m_cancels.isEmpty());
}

TEST(CancelDialogWarning, InProgressAuthorisedAndPaidAreSaidPlainlyAndAsText)
{
    using paydesk::ui::test::samplePayment;
    for (Code code : {Code::InProgress, Code::Authorised}) {
        Payment p = samplePayment(code);
        p.customer.name = u"<b>Jane</b>"_s;
        CancelDialog dialog(p);
        EXPECT_TRUE(dialog.warningText().contains(u"paying right now"_s))
            << dialog.warningText().toStdString();
        auto* label = dialog.findChild<QLabel*>(u"warning"_s);
        ASSERT_NE(label, nullptr);
        EXPECT_EQ(label->textFormat(), Qt::PlainText);
        EXPECT_EQ(dialog.findChild<QLabel*>(u"summary"_s)->textFormat(), Qt::PlainText);
    }
    CancelDialog paid(samplePayment(Code::Paid));
    EXPECT_TRUE(paid.warningText().startsWith(u"Warning: this payment is already paid."_s));
    CancelDialog open(samplePayment(Code::Notified));
    EXPECT_FALSE(open.warningText().contains(u"Warning"_s));
    // Another payment's update never reaches a dialog opened for this one.
    Payment other = samplePayment(Code::Paid);
    other.paymentId = u"pay_0002"_s;
    open.setPayment(other);
    EXPECT_EQ(open.payment().paymentId, u"pay_0001"_s);
    EXPECT_FALSE(open.warningText().contains(u"Warning"_s));
}

// The model's half of the rule, without a window: frozen rows keep their place; live answers
// wait, the user's own queries apply at once.
TEST_F(StableSelectionTest, FrozenRowsHoldLiveAnswersButNotTheUsersQueries)
{
    fillWith(100);
    PaymentTableModel model(m_store.get(), m_clock);
    const QString top = model.paymentIdAt(0);
    model.setFrozenRows(10);
    QSignalSpy held(&model, &PaymentTableModel::heldRowsChanged);
    const Payment fresh = arrive(900);
    ASSERT_TRUE(held.wait(5000));
    EXPECT_TRUE(model.hasHeldRows());
    EXPECT_EQ(model.heldArrivals(), 1);
    EXPECT_EQ(model.paymentIdAt(0), top);
    EXPECT_EQ(model.rowCount(), 100);

    // Unfrozen: the waiting answer applies by itself.
    model.setFrozenRows(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 101; }, 3000));
    EXPECT_EQ(model.paymentIdAt(0), fresh.paymentId);
    EXPECT_FALSE(model.hasHeldRows());

    // A change below the frozen rows does not wait.
    model.setFrozenRows(10);
    Payment old = makePayment(901, m_clock.now().addDays(-30)); // sorts last
    ASSERT_TRUE(m_store->upsert(old).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 102; }, 5000));
    EXPECT_EQ(model.paymentIdAt(101), old.paymentId);
    EXPECT_FALSE(model.hasHeldRows());

    // The user's own query applies at once, frozen or not.
    arrive(902);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.hasHeldRows(); }, 5000));
    model.refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isBusy() && model.rowCount() == 103; }, 5000));
    EXPECT_EQ(model.paymentIdAt(0), idOf(902));
    EXPECT_FALSE(model.hasHeldRows());
}

// A held answer counts only the payments that are new to the table, wherever they land, and
// showing it reports where the first one is.
TEST_F(StableSelectionTest, AHeldAnswerCountsOnlyTheNewPaymentsWhereverTheyLand)
{
    fillWith(100); // newest first: row r shows pay-r
    PaymentTableModel model(m_store.get(), m_clock);
    ASSERT_EQ(model.paymentIdAt(5), idOf(5));
    model.setFrozenRows(model.rowCount());
    QSignalSpy held(&model, &PaymentTableModel::heldRowsChanged);
    Payment between = makePayment(700, m_clock.now());
    between.updatedAt = makePayment(4, m_clock.now()).updatedAt.addSecs(-30); // lands at row 5
    ASSERT_TRUE(m_store->upsert(between).ok());
    ASSERT_TRUE(held.wait(5000));
    EXPECT_EQ(model.heldArrivals(), 1);
    EXPECT_EQ(model.paymentIdAt(5), idOf(5)) << "nothing moved yet";
    EXPECT_EQ(model.applyHeldRows(), 5);
    EXPECT_EQ(model.paymentIdAt(5), between.paymentId);
    EXPECT_EQ(model.paymentIdAt(6), idOf(5));
    EXPECT_FALSE(model.hasHeldRows());
}

} // namespace paydesk::uitest
