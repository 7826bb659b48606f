#include "models/PaymentTableModel.h"

#include "UiFixture.h"
#include "models/PaymentFilter.h"
#include "store/StoreReader.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMutex>
#include <QPainter>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using paydesk::PaymentStatus;
using paydesk::ui::PaymentFilter;
using paydesk::ui::PaymentTableModel;

namespace paydesk::uitest {

class PaymentTableModelTest : public StoreTest
{
};

/// Waits until the model's query in flight (on its reader thread) has been applied.
[[nodiscard]] bool settled(const PaymentTableModel& model)
{
    return QTest::qWaitFor([&] { return !model.isBusy(); }, 5000);
}

// Issue 9: start-up. A window's model (Counts::Paused) reads only StartPage ids before the
// window's first paint, and neither reads on nor counts until resumeCounts() (which the window
// calls after that paint); then the rest of the first page is appended, not reset, and the
// total is counted on the reader. A cache of StartPage payments or fewer is read whole at once.
TEST_F(PaymentTableModelTest, AWindowsModelReadsTheStartPageFirstAndTheRestOnceResumed)
{
    const int rows = PaymentTableModel::IdPage + 300;
    fillWith(rows);
    PaymentTableModel model(m_store.get(), m_clock, nullptr, PaymentTableModel::Counts::Paused);
    EXPECT_EQ(model.rowCount(), PaymentTableModel::StartPage);
    EXPECT_TRUE(model.canFetchMore());
    const QString first = model.paymentIdAt(0);
    QCoreApplication::processEvents();
    EXPECT_FALSE(model.isBusy()) << "nothing read in the background before resumeCounts()";
    // Not counted yet: the window's summary says no number rather than "0 payments".
    EXPECT_EQ(model.totalCount(), -1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.resumeCounts();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.totalCount() == rows; }, 5000)) << model.totalCount();
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(model.rowCount(), PaymentTableModel::IdPage);
    EXPECT_TRUE(model.canFetchMore());
    EXPECT_EQ(reset.size(), 0);
    ASSERT_EQ(inserted.size(), 1) << "appended";
    EXPECT_EQ(inserted.first().at(1).toInt(), PaymentTableModel::StartPage);
    EXPECT_EQ(model.paymentIdAt(0), first);
}

TEST_F(PaymentTableModelTest, AWindowsModelReadsASmallCacheWholeAtOnce)
{
    fillWith(PaymentTableModel::StartPage);
    PaymentTableModel model(m_store.get(), m_clock, nullptr, PaymentTableModel::Counts::Paused);
    EXPECT_EQ(model.rowCount(), PaymentTableModel::StartPage);
    EXPECT_FALSE(model.canFetchMore());
    EXPECT_EQ(model.totalCount(), PaymentTableModel::StartPage);
}

TEST_F(PaymentTableModelTest, ReadsTheFirstPageOfIdsCountsTheRestAndFetchesMoreAtTheEnd)
{
    // Every matching id over 1M rows costs ~100 ms and grows with the table; the model reads
    // the first IdPage (and one more, to know there are more), counts the rest on its reader,
    // and reads further pages when a view reaches the end.
    const int rows = PaymentTableModel::IdPage + 300;
    fillWith(rows);
    // (No QAbstractItemModelTester here: it calls fetchMore() itself.)
    PaymentTableModel model(m_store.get(), m_clock);
    EXPECT_EQ(model.rowCount(), PaymentTableModel::IdPage);
    EXPECT_TRUE(model.canFetchMore());
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.totalCount() == rows; }, 5000)) << model.totalCount();
    const QString first = model.paymentIdAt(0);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore();
    EXPECT_FALSE(model.canFetchMore()) << "one fetch at a time";
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(model.rowCount(), rows);
    EXPECT_FALSE(model.canFetchMore());
    ASSERT_EQ(inserted.size(), 1) << "appended, not reset";
    EXPECT_EQ(inserted.first().at(1).toInt(), PaymentTableModel::IdPage);
    EXPECT_EQ(model.paymentIdAt(0), first);

    // A new filter starts from the first page again; one that fits is counted by its rows.
    PaymentFilter filter;
    filter.statuses = {PaymentStatus::Code::Failed};
    model.setQuery(filter.toQuery(m_clock.now()));
    ASSERT_TRUE(settled(model));
    EXPECT_LT(model.rowCount(), PaymentTableModel::IdPage);
    EXPECT_EQ(model.totalCount(), model.rowCount());
    EXPECT_FALSE(model.canFetchMore());
    model.setQuery(PaymentFilter().toQuery(m_clock.now()));
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(model.rowCount(), PaymentTableModel::IdPage);
}

TEST_F(PaymentTableModelTest, PassesTheModelTesterThroughQueriesSortsAndLiveChanges)
{
    fillWith(600);
    ModelTesterWarnings warnings;
    PaymentTableModel model(m_store.get(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(model.rowCount(), 600);
    EXPECT_EQ(model.columnCount(), PaymentTableModel::ColumnCount);

    model.sort(PaymentTableModel::AmountColumn, Qt::AscendingOrder);
    ASSERT_TRUE(settled(model));
    PaymentFilter filter;
    filter.statuses = {PaymentStatus::Code::Paid};
    model.setQuery(filter.toQuery(m_clock.now()));
    ASSERT_TRUE(settled(model));
    model.setQuery(PaymentFilter().toQuery(m_clock.now()));
    ASSERT_TRUE(settled(model));
    QSignalSpy updated(&model, &PaymentTableModel::paymentsUpdated);
    change(3, PaymentStatus::Code::Paid);
    ASSERT_TRUE(updated.wait(5000)) << "the live change reached the model";
    (void)m_store->upsert(makePayment(1000, m_clock.now()));
    model.refresh();
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(model.rowCount(), 601);
    EXPECT_EQ(warnings.count(), 0);
}

TEST_F(PaymentTableModelTest, FormatsCellsForPeopleAndKeepsRawValuesForSorting)
{
    fillWith(20);
    PaymentTableModel model(m_store.get(), m_clock);
    const int row = model.rowOfPaymentId(u"pay-0000004"_s);
    ASSERT_GE(row, 0);
    const Payment p = makePayment(4, m_clock.now());
    EXPECT_EQ(model.index(row, PaymentTableModel::StatusColumn).data().toString(), u"Cleared"_s);
    EXPECT_EQ(model.index(row, PaymentTableModel::StatusColumn).data(Qt::AccessibleTextRole).toString(),
              u"Status: Cleared"_s);
    EXPECT_EQ(model.index(row, PaymentTableModel::AmountColumn).data().toString(), p.amount.format());
    EXPECT_EQ(
        model.index(row, PaymentTableModel::AmountColumn).data(PaymentTableModel::RawValueRole).toLongLong(),
        p.amount.minorUnits());
    EXPECT_EQ(model.index(row, PaymentTableModel::CustomerColumn).data().toString(), p.customer.name);
    // updatedAt is 4 minutes before the clock: relative text, exact time in the tooltip.
    EXPECT_EQ(model.index(row, PaymentTableModel::UpdatedColumn).data().toString(), u"4 min ago"_s);
    EXPECT_FALSE(
        model.index(row, PaymentTableModel::UpdatedColumn).data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_EQ(model.index(row, PaymentTableModel::ProviderColumn).data().toString(), u"myKaarma"_s);
    EXPECT_EQ(model.index(row, 0).data(PaymentTableModel::PaymentIdRole).toString(), u"pay-0000004"_s);
}

TEST_F(PaymentTableModelTest, PaidButClearingAndClearedAreTwoDifferentBadges)
{
    fillWith(20);
    PaymentTableModel model(m_store.get(), m_clock);
    // pay-4 is paid and cleared, pay-5 paid with the funds not cleared yet.
    const int cleared = model.rowOfPaymentId(u"pay-0000004"_s);
    const int clearing = model.rowOfPaymentId(u"pay-0000005"_s);
    ASSERT_GE(cleared, 0);
    ASSERT_GE(clearing, 0);
    const QModelIndex a = model.index(cleared, PaymentTableModel::StatusColumn);
    const QModelIndex b = model.index(clearing, PaymentTableModel::StatusColumn);
    // Each its own text, not colour alone.
    EXPECT_EQ(a.data().toString(), u"Cleared"_s);
    EXPECT_EQ(b.data().toString(), u"Paid — clearing"_s);
    EXPECT_EQ(b.data(PaymentTableModel::StatusTextRole).toString(), u"Paid — clearing"_s);
    EXPECT_EQ(b.data(Qt::AccessibleTextRole).toString(), u"Status: Paid — clearing"_s);
    EXPECT_TRUE(a.data(PaymentTableModel::FundsClearedRole).toBool());
    EXPECT_FALSE(b.data(PaymentTableModel::FundsClearedRole).toBool());

    // And a different badge: solid green for cleared, an amber outline while clearing.
    using paydesk::ui::StatusBadgeDelegate;
    using paydesk::ui::StatusColorPalette;
    for (bool dark : {false, true}) {
        StatusBadgeDelegate delegate;
        delegate.setPalette(StatusColorPalette(dark));
        auto paintCell = [&](const QModelIndex& index) {
            QImage image(160, 24, QImage::Format_ARGB32);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            QStyleOptionViewItem option;
            option.rect = image.rect();
            option.font = QApplication::font();
            option.state = QStyle::State_Enabled;
            delegate.paint(&painter, option, index);
            return image;
        };
        const QImage clearedImage = paintCell(a);
        const QImage clearingImage = paintCell(b);
        const auto clearedColors = StatusColorPalette(dark).colors(StatusColorPalette::Tone::Cleared);
        const auto clearingColors = StatusColorPalette(dark).colors(StatusColorPalette::Tone::Clearing);
        EXPECT_NE(clearedColors.background, clearingColors.background);
        EXPECT_GT(clearingColors.borderWidth, clearedColors.borderWidth) << "clearing is an outline";
        // Inside the badge, left of its text: the fill colour.
        const QPoint inside(8, 12);
        EXPECT_EQ(QColor(clearedImage.pixel(inside)).rgb(), clearedColors.background.rgb());
        EXPECT_EQ(QColor(clearingImage.pixel(inside)).rgb(), clearingColors.background.rgb());
    }
}

TEST_F(PaymentTableModelTest, SafeToReleaseFilterShowsOnlyClearedPayments)
{
    fillWith(60);
    PaymentTableModel model(m_store.get(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setQuery(PaymentFilter::safeToRelease().toQuery(m_clock.now()));
    ASSERT_TRUE(settled(model));
    int expected = 0;
    for (int i = 0; i < 60; ++i)
        expected += makePayment(i, m_clock.now()).release() == Payment::Release::SafeToRelease;
    ASSERT_GT(expected, 0);
    EXPECT_EQ(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(model.paymentAt(row)->release(), Payment::Release::SafeToRelease);
        EXPECT_EQ(model.index(row, PaymentTableModel::StatusColumn).data().toString(), u"Cleared"_s);
    }
}

TEST_F(PaymentTableModelTest, MarksClearanceOverdueAfterConfiguredDays)
{
    fillWith(20);
    Payment late = makePayment(5, m_clock.now()); // paid, funds not cleared
    ASSERT_EQ(late.release(), Payment::Release::AwaitingClearance);
    late.version = 2;
    late.updatedAt = m_clock.now().addDays(-4);
    ASSERT_TRUE(m_store->upsert(late).ok());
    Payment recent = makePayment(15, m_clock.now());
    ASSERT_EQ(recent.release(), Payment::Release::AwaitingClearance);
    recent.version = 2;
    recent.updatedAt = m_clock.now().addDays(-2);
    ASSERT_TRUE(m_store->upsert(recent).ok());
    PaymentTableModel model(m_store.get(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(model.clearanceOverdueDays(), 3);
    const auto status = [&](const QString& id, int role = Qt::DisplayRole) {
        return model.index(model.rowOfPaymentId(id), PaymentTableModel::StatusColumn).data(role).toString();
    };
    EXPECT_EQ(status(u"pay-0000005"_s), u"Paid — clearing overdue"_s);
    EXPECT_TRUE(status(u"pay-0000005"_s, Qt::ToolTipRole).contains(u"overdue"_s));
    EXPECT_TRUE(status(u"pay-0000005"_s, Qt::ToolTipRole).contains(u"4 day"_s))
        << status(u"pay-0000005"_s, Qt::ToolTipRole).toStdString();
    EXPECT_EQ(status(u"pay-0000015"_s), u"Paid — clearing"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setClearanceOverdueDays(1);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(status(u"pay-0000015"_s), u"Paid — clearing overdue"_s);
    model.setClearanceOverdueDays(7);
    EXPECT_EQ(status(u"pay-0000005"_s), u"Paid — clearing"_s);
}

TEST(PaymentTableModelText, RelativeTimes)
{
    const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
    EXPECT_EQ(PaymentTableModel::relativeTime(now.addSecs(-10), now), u"just now"_s);
    EXPECT_EQ(PaymentTableModel::relativeTime(now.addSecs(-120), now), u"2 min ago"_s);
    EXPECT_EQ(PaymentTableModel::relativeTime(now.addSecs(-3 * 3600), now), u"3 h ago"_s);
    EXPECT_EQ(PaymentTableModel::relativeTime(now.addDays(-2), now), u"2 d ago"_s);
    EXPECT_FALSE(PaymentTableModel::relativeTime(now.addDays(-30), now).contains(u"ago"_s));
    EXPECT_TRUE(PaymentTableModel::relativeTime(QDateTime(), now).isEmpty());
}

TEST_F(PaymentTableModelTest, SortsInSqlByEveryColumn)
{
    fillWith(300);
    PaymentTableModel model(m_store.get(), m_clock);
    model.sort(PaymentTableModel::AmountColumn, Qt::AscendingOrder);
    ASSERT_TRUE(settled(model));
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 v = model.index(r, PaymentTableModel::AmountColumn)
                             .data(PaymentTableModel::RawValueRole)
                             .toLongLong();
        ASSERT_LE(previous, v) << "row " << r;
        previous = v;
    }
    model.sort(PaymentTableModel::CustomerColumn, Qt::DescendingOrder);
    ASSERT_TRUE(settled(model));
    const QString first = model.index(0, PaymentTableModel::CustomerColumn).data().toString();
    const QString last =
        model.index(model.rowCount() - 1, PaymentTableModel::CustomerColumn).data().toString();
    EXPECT_GE(first.compare(last, Qt::CaseInsensitive), 0);
    for (int c = 0; c < PaymentTableModel::ColumnCount; ++c) {
        model.sort(c, Qt::AscendingOrder);
        ASSERT_TRUE(settled(model));
        EXPECT_EQ(model.rowCount(), 300) << "column " << c;
        EXPECT_TRUE(model.lastError().isEmpty());
    }
}

TEST_F(PaymentTableModelTest, FiltersBySearchStatusStoreAndAmount)
{
    fillWith(300);
    PaymentTableModel model(m_store.get(), m_clock);

    PaymentFilter f;
    f.statuses = {PaymentStatus::Code::Failed};
    model.setQuery(f.toQuery(m_clock.now()));
    ASSERT_TRUE(settled(model));
    ASSERT_GT(model.rowCount(), 0);
    for (int r = 0; r < model.rowCount(); ++r)
        ASSERT_EQ(model.index(r, 0).data(PaymentTableModel::StatusCodeRole).toInt(),
                  int(PaymentStatus::Code::Failed));

    f = {};
    f.text = u"customer42@example"_s;
    model.setQuery(f.toQuery(m_clock.now()));
    ASSERT_TRUE(settled(model));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.paymentIdAt(0), u"pay-0000042"_s);

    f = {};
    f.storeId = u"S2"_s;
    f.amountMin = 100000;
    f.amountMax = 200000;
    f.currency = u"GBP"_s;
    model.setQuery(f.toQuery(m_clock.now()));
    ASSERT_TRUE(settled(model));
    ASSERT_GT(model.rowCount(), 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto p = model.paymentAt(r);
        ASSERT_TRUE(p.has_value());
        EXPECT_EQ(p->storeId, u"S2"_s);
        EXPECT_GE(p->amount.minorUnits(), 100000);
        EXPECT_LE(p->amount.minorUnits(), 200000);
    }
}

TEST_F(PaymentTableModelTest, LiveChangeUpdatesOnlyThatRowInPlace)
{
    fillWith(1000);
    PaymentTableModel model(m_store.get(), m_clock);
    const int row = model.rowOfPaymentId(u"pay-0000500"_s);
    ASSERT_GE(row, 0);
    (void)model.index(row, 0).data(); // load its block
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    change(500, PaymentStatus::Code::Paid);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 2000));
    const auto args = changed.first();
    const QModelIndex topLeft = args.at(0).value<QModelIndex>();
    const QModelIndex bottomRight = args.at(1).value<QModelIndex>();
    EXPECT_EQ(topLeft.row(), row);
    EXPECT_EQ(bottomRight.row(), row);
    EXPECT_EQ(topLeft.column(), 0);
    EXPECT_EQ(bottomRight.column(), PaymentTableModel::ColumnCount - 1);
    // Updated in place: same row, new status, marked as recently changed.
    EXPECT_EQ(model.rowOfPaymentId(u"pay-0000500"_s), row);
    EXPECT_EQ(model.index(row, 0).data(PaymentTableModel::StatusCodeRole).toInt(),
              int(PaymentStatus::Code::Paid));
    EXPECT_TRUE(model.index(row, 0).data(PaymentTableModel::RecentlyChangedRole).toBool());
    EXPECT_TRUE(reset.isEmpty());
}

TEST_F(PaymentTableModelTest, NewPaymentIsInsertedAndOneLeavingTheFilterIsRemoved)
{
    fillWith(200);
    PaymentTableModel model(m_store.get(), m_clock);
    PaymentFilter open;
    open.statuses = PaymentFilter::openStatuses();
    model.setQuery(open.toQuery(m_clock.now()));
    ASSERT_TRUE(settled(model));
    const int before = model.rowCount();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    Payment fresh = makePayment(5000, m_clock.now());
    fresh.status = PaymentStatus::Code::Initiated;
    fresh.updatedAt = m_clock.now().addSecs(10);
    ASSERT_TRUE(m_store->upsert(fresh).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !inserted.isEmpty(); }, 3000));
    EXPECT_EQ(model.rowCount(), before + 1);
    EXPECT_GE(model.rowOfPaymentId(fresh.paymentId), 0);

    change(0, PaymentStatus::Code::Paid); // pay-0000000 was INITIATED: leaves the "open" filter
    ASSERT_TRUE(QTest::qWaitFor([&] { return !removed.isEmpty(); }, 3000));
    EXPECT_EQ(model.rowCount(), before);
    EXPECT_EQ(model.rowOfPaymentId(u"pay-0000000"_s), -1);
}

TEST_F(PaymentTableModelTest, KeepsOnlyAFewBlocksInMemory)
{
    fillWith(20000);
    PaymentTableModel model(m_store.get(), m_clock);
    model.setCacheBlockLimit(8);
    for (int r = 0; r < model.rowCount(); r += 97)
        ASSERT_FALSE(model.index(r, PaymentTableModel::CustomerColumn).data().toString().isEmpty());
    EXPECT_LE(model.cachedBlockCount(), 8);
}

TEST_F(PaymentTableModelTest, SortKeepsPersistentIndexesOnTheSamePayment)
{
    fillWith(400);
    PaymentTableModel model(m_store.get(), m_clock);
    const int row = model.rowOfPaymentId(u"pay-0000123"_s);
    QPersistentModelIndex persistent(model.index(row, 1));
    model.sort(PaymentTableModel::AmountColumn, Qt::AscendingOrder);
    ASSERT_TRUE(settled(model));
    ASSERT_TRUE(persistent.isValid());
    EXPECT_EQ(persistent.data(PaymentTableModel::PaymentIdRole).toString(), u"pay-0000123"_s);
    EXPECT_EQ(persistent.row(), model.rowOfPaymentId(u"pay-0000123"_s));
}

// Rows leave the filter (scattered, in runs, at both ends) while the tester watches every
// signal: removes are announced for exactly the rows that go, persistent indexes follow the
// rows that stay, and a pass where rows leave while another arrives stays consistent too.
TEST_F(PaymentTableModelTest, RowsLeavingTheFilterPassTheModelTester)
{
    fillWith(300);
    ModelTesterWarnings warnings;
    PaymentTableModel model(m_store.get(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    PaymentFilter open;
    open.statuses = PaymentFilter::openStatuses();
    model.setQuery(open.toQuery(m_clock.now()));
    ASSERT_TRUE(settled(model));
    const int before = model.rowCount();
    ASSERT_GT(before, 100);

    // Open payments are those with i % 11 in {0, 1, 2, 3, 10}; newest (lowest i) first.
    const QList<int> leaving{0, 1, 2, 3, 110, 111, 286, 296, 297};
    for (int i : leaving)
        ASSERT_GE(model.rowOfPaymentId(makePayment(i, m_clock.now()).paymentId), 0) << i;
    const QString staying = makePayment(44, m_clock.now()).paymentId;
    const QPersistentModelIndex stays(
        model.index(model.rowOfPaymentId(staying), PaymentTableModel::CustomerColumn));
    const QPersistentModelIndex goes(model.index(
        model.rowOfPaymentId(makePayment(110, m_clock.now()).paymentId), PaymentTableModel::CustomerColumn));
    ASSERT_TRUE(stays.isValid() && goes.isValid());

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<Payment> batch;
    for (int i : leaving) {
        Payment p = makePayment(i, m_clock.now());
        p.status = i % 2 ? PaymentStatus::Code::Cancelled : PaymentStatus::Code::Expired;
        p.version = 2;
        p.updatedAt = m_clock.now();
        batch << p;
    }
    ASSERT_TRUE(m_store->upsertBatch(batch).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == before - int(leaving.size()); }, 5000))
        << model.rowCount();
    EXPECT_FALSE(removed.isEmpty());
    EXPECT_TRUE(reset.isEmpty()) << "leaving rows are removed, not a reset";
    int removedRows = 0;
    for (const QList<QVariant>& args : std::as_const(removed))
        removedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    EXPECT_EQ(removedRows, int(leaving.size()));
    for (int i : leaving)
        EXPECT_EQ(model.rowOfPaymentId(makePayment(i, m_clock.now()).paymentId), -1) << i;
    EXPECT_FALSE(goes.isValid());
    ASSERT_TRUE(stays.isValid());
    EXPECT_EQ(stays.row(), model.rowOfPaymentId(staying));
    EXPECT_EQ(stays.data(PaymentTableModel::PaymentIdRole).toString(), staying);
    // Every remaining row still reads its own payment, in order.
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(model.rowOfPaymentId(model.paymentIdAt(row)), row);

    // In one pass two more leave and a new one arrives at the top.
    Payment fresh = makePayment(5000, m_clock.now());
    fresh.status = PaymentStatus::Code::Initiated;
    fresh.updatedAt = m_clock.now().addSecs(60);
    batch.clear();
    for (int i : {12, 13}) {
        Payment p = makePayment(i, m_clock.now());
        p.status = PaymentStatus::Code::Cancelled;
        p.version = 2;
        batch << p;
    }
    batch << fresh;
    const int expected = model.rowCount() - 1;
    ASSERT_TRUE(m_store->upsertBatch(batch).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowOfPaymentId(fresh.paymentId) >= 0; }, 5000));
    EXPECT_EQ(model.rowCount(), expected);
    EXPECT_EQ(model.rowOfPaymentId(makePayment(12, m_clock.now()).paymentId), -1);
    // (A pass that both removes and inserts is applied as a reset: the window finds its
    // selection again by payment id.)
    const int row = model.rowOfPaymentId(staying);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, 0).data(PaymentTableModel::PaymentIdRole).toString(), staying);
    EXPECT_EQ(warnings.count(), 0);
}

// Typing fast fires a search per keystroke: the id lists are read on the reader's thread, only
// the answer of the last search is applied, and the model ends on the last query's rows.
TEST_F(PaymentTableModelTest, OnlyTheLastOfManyQuickSearchesIsApplied)
{
    fillWith(300);
    ModelTesterWarnings warnings;
    PaymentTableModel model(m_store.get(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QMutex mutex;
    QSet<QThread*> threads;
    model.reader()->setHook([&](StoreReader::Kind, quint64) {
        QMutexLocker lock(&mutex);
        threads.insert(QThread::currentThread());
    });
    QSignalSpy refreshed(&model, &PaymentTableModel::refreshed);
    QSignalSpy busy(&model, &PaymentTableModel::busyChanged);
    const QString last = u"customer42@example"_s;
    for (int i = 1; i <= 20; ++i) {
        PaymentFilter f;
        f.text = i == 20 ? last : last.left(qMin<int>(i, int(last.size()) - 1));
        model.setQuery(f.toQuery(m_clock.now()));
        EXPECT_TRUE(model.isBusy());
        EXPECT_EQ(model.rowCount(), 300) << "the current rows stay until the answer arrives";
    }
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(refreshed.size(), 1) << "the 19 superseded answers were dropped";
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.paymentIdAt(0), u"pay-0000042"_s);
    EXPECT_EQ(busy.size(), 2); // busy once, idle once
    {
        QMutexLocker lock(&mutex);
        EXPECT_FALSE(threads.isEmpty());
        EXPECT_FALSE(threads.contains(QThread::currentThread())) << "no search ran on the GUI thread";
        EXPECT_TRUE(threads.contains(model.reader()->workerThread(StoreReader::Kind::QueryIds)));
    }
    EXPECT_EQ(warnings.count(), 0);
}

// An answer that was already being computed when a newer search came is dropped on arrival,
// even though it arrives first.
TEST_F(PaymentTableModelTest, AStaleAnswerArrivingBeforeTheNewerOneIsDropped)
{
    fillWith(300);
    ModelTesterWarnings warnings;
    PaymentTableModel model(m_store.get(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QSemaphore entered;
    QSemaphore release;
    const quint64 first = model.reader()->latest(StoreReader::Kind::QueryIds) + 1;
    model.reader()->setHook([&](StoreReader::Kind, quint64 generation) {
        if (generation == first) {
            entered.release();
            release.acquire();
        }
    });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy refreshed(&model, &PaymentTableModel::refreshed);
    PaymentFilter failed;
    failed.statuses = {PaymentStatus::Code::Failed};
    model.setQuery(failed.toQuery(m_clock.now()));
    ASSERT_TRUE(entered.tryAcquire(1, 5000)) << "the first search is running";
    PaymentFilter one;
    one.text = u"customer42@example"_s;
    model.setQuery(one.toQuery(m_clock.now()));
    release.release();
    ASSERT_TRUE(settled(model));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.paymentIdAt(0), u"pay-0000042"_s);
    // Straight from all rows to one: the "failed" list was never applied in between.
    int removedRows = 0;
    for (const QList<QVariant>& args : std::as_const(removed))
        removedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    EXPECT_EQ(removedRows, 299);
    EXPECT_TRUE(reset.isEmpty());
    EXPECT_EQ(refreshed.size(), 1);
    EXPECT_EQ(warnings.count(), 0);
}

// Issue 9: GUI stalls during a first sync. A bulk change (a sync's page of more than
// BulkChangeThreshold payments) used to drop every cached cell and repaint the whole table,
// on every page; now only the cells read so far are checked, and only those it changed are
// re-read and announced. The new payments come with the re-query.
TEST_F(PaymentTableModelTest, ABulkChangeAnnouncesOnlyTheCachedRowsItChanged)
{
    fillWith(1000);
    ModelTesterWarnings warnings;
    PaymentTableModel model(m_store.get(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model.paymentIdAt(3), u"pay-0000003"_s);
    for (int r = 0; r < 40; ++r) // the rows in sight
        (void)model.index(r, PaymentTableModel::CustomerColumn).data();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy refreshed(&model, &PaymentTableModel::refreshed);

    // One page: payment 3 (in sight) is paid, in its place in the order; the rest are new and
    // older than every row, so they arrive at the end.
    QList<Payment> page;
    Payment paid = makePayment(3, m_clock.now());
    paid.status = PaymentStatus::Code::Paid;
    paid.amountPaid = paid.amount;
    paid.version = 2;
    page << paid;
    for (int i = 0; i < PaymentTableModel::BulkChangeThreshold + 100; ++i)
        page << makePayment(1000 + i, m_clock.now());
    ASSERT_TRUE(m_store->upsertBatch(page).ok());

    ASSERT_TRUE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 3000));
    ASSERT_TRUE(refreshed.wait(5000));
    ASSERT_EQ(model.rowCount(), 1000 + PaymentTableModel::BulkChangeThreshold + 100);
    for (const QList<QVariant>& args : std::as_const(changed)) {
        EXPECT_EQ(args.at(0).value<QModelIndex>().row(), 3);
        EXPECT_EQ(args.at(1).value<QModelIndex>().row(), 3);
    }
    EXPECT_EQ(model.paymentIdAt(3), u"pay-0000003"_s);
    EXPECT_EQ(model.index(3, 0).data(PaymentTableModel::StatusCodeRole).toInt(),
              int(PaymentStatus::Code::Paid));
    EXPECT_EQ(model.paymentIdAt(model.rowCount() - 1), u"pay-0001499"_s);
    EXPECT_EQ(warnings.count(), 0);
}

// Cells read before the rows change are kept for the rows that stay (a re-read fetches only
// the new rows), and a later change of one of them, in bulk or alone, is never shown stale.
TEST_F(PaymentTableModelTest, CellsKeptAcrossARequeryAreNeverShownStale)
{
    fillWith(1000);
    PaymentTableModel model(m_store.get(), m_clock);
    for (int r = 0; r < 40; ++r)
        (void)model.index(r, PaymentTableModel::CustomerColumn).data();
    auto bulkOfNew = [&](int from) {
        QList<Payment> page;
        for (int i = from; i < from + PaymentTableModel::BulkChangeThreshold + 1; ++i)
            page << makePayment(i, m_clock.now());
        return page;
    };
    QSignalSpy refreshed(&model, &PaymentTableModel::refreshed);
    QSignalSpy updated(&model, &PaymentTableModel::paymentsUpdated);

    // New rows arrive: the cells read so far are set aside, by row id.
    ASSERT_TRUE(m_store->upsertBatch(bulkOfNew(2000)).ok());
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(model.cachedBlockCount(), 0);

    // A bulk change pays payment 3 while its cells are set aside; read before the re-query.
    QList<Payment> page = bulkOfNew(3000);
    Payment paid = makePayment(3, m_clock.now());
    paid.status = PaymentStatus::Code::Paid;
    paid.amountPaid = paid.amount;
    paid.version = 2;
    page << paid;
    updated.clear();
    ASSERT_TRUE(m_store->upsertBatch(page).ok());
    ASSERT_TRUE(updated.wait(3000));
    ASSERT_EQ(model.paymentIdAt(3), u"pay-0000003"_s);
    EXPECT_EQ(model.index(3, 0).data(PaymentTableModel::StatusCodeRole).toInt(),
              int(PaymentStatus::Code::Paid));

    // Set aside again by the next re-query, then one change alone (not in bulk).
    refreshed.clear();
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(model.cachedBlockCount(), 0);
    updated.clear();
    change(1, PaymentStatus::Code::Failed); // was notified
    ASSERT_TRUE(updated.wait(3000));
    ASSERT_EQ(model.paymentIdAt(1), u"pay-0000001"_s);
    EXPECT_EQ(model.index(1, 0).data(PaymentTableModel::StatusCodeRole).toInt(),
              int(PaymentStatus::Code::Failed));
    EXPECT_EQ(model.index(3, 0).data(PaymentTableModel::StatusCodeRole).toInt(),
              int(PaymentStatus::Code::Paid));
}

// While a sync writes pages in bulk, each re-read of the rows repaints the table on the GUI
// thread: they come at most once per BulkRefreshMs (they came every 200 ms), and once the
// pages stop the table still ends showing every committed row.
TEST_F(PaymentTableModelTest, DuringBulkChangesTheRowsAreReReadAtMostOncePerBulkRefreshMs)
{
    fillWith(100);
    PaymentTableModel model(m_store.get(), m_clock);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> asked; // when each re-query went to the reader
    QObject::connect(&model, &PaymentTableModel::busyChanged, &model, [&](bool busy) {
        if (busy)
            asked << clock.elapsed();
    });
    constexpr int Pages = 30;
    constexpr int PageSize = PaymentTableModel::BulkChangeThreshold + 1;
    int written = 0;
    qint64 lastWriteMs = -1;
    QTimer writer; // a page every 50 ms, as a sync writes them
    writer.setInterval(50);
    QObject::connect(&writer, &QTimer::timeout, &model, [&] {
        QList<Payment> page;
        for (int i = 0; i < PageSize; ++i)
            page << makePayment(100 + written * PageSize + i, m_clock.now());
        ASSERT_TRUE(m_store->upsertBatch(page).ok());
        lastWriteMs = clock.elapsed();
        if (++written == Pages)
            writer.stop();
    });
    writer.start();
    const int total = 100 + Pages * PageSize;
    ASSERT_LE(total, PaymentTableModel::IdPage);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return written == Pages && !model.isBusy() && model.rowCount() == total; }, 30000))
        << model.rowCount() << " of " << total;

    std::vector<qint64> gaps;
    for (int k = 1; k < asked.size(); ++k) {
        if (asked.at(k - 1) < lastWriteMs) // while pages were still being written
            gaps.push_back(asked.at(k) - asked.at(k - 1));
    }
    ASSERT_GE(gaps.size(), 1u) << "pages were written for " << lastWriteMs << " ms";
    for (qint64 gap : gaps)
        EXPECT_GE(gap, PaymentTableModel::BulkRefreshMs) << "re-queries " << gap << " ms apart";
    // Every committed row, in the store's order.
    PaymentQuery all = model.query();
    auto ids = m_store->queryIds(all);
    ASSERT_TRUE(ids.ok());
    ASSERT_EQ(ids->size(), total);
    for (int r = 0; r < total; ++r)
        ASSERT_EQ(model.rowIdAt(r), ids->at(r)) << "row " << r;
}

} // namespace paydesk::uitest
