#pragma once

#include "payments/Payment.h"
#include "store/PaymentQuery.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace paydesk {
class Clock;
class PaymentStore;
class StoreReader;
} // namespace paydesk

namespace paydesk::ui {

/**
 * The payments table over the local cache, built for 1,000,000 rows.
 *
 * Filtering and sorting are SQL in PaymentStore: a query change runs queryIds() once for the
 * first IdPage ids (plus one, to know whether there are more) and keeps the ordered row ids
 * (8 bytes a row) as the model's rows; a view scrolled to the end asks for more (canFetchMore()
 * / fetchMore(), IdPage more each time). Every matching id over 1M rows would take ~100 ms
 * and grow with the table; the first page stops early. The total (totalCount()) is counted
 * afterwards, on the reader, only when there are more rows than were read. The query runs on a
 * StoreReader thread: the model keeps its current rows while it is busy and
 * swaps the new list in (inserts / removes / layout change / reset) when the answer of the
 * latest request arrives; answers of superseded requests are dropped. Only the first query
 * (in the constructor, before any view shows the model) and refreshNow() run on the caller's
 * thread. Cells are fetched in blocks
 * of BlockSize rows with paymentsByRowIds() when a view asks for them, and kept in a small
 * LRU cache, so memory does not grow with the table. There are no per-row QObjects.
 *
 * Live changes (PaymentStore::paymentsChanged) are coalesced per event-loop pass: rows that
 * are already in the table update in place with ranged dataChanged(); rows that arrive or
 * may have left the filter trigger a throttled re-query, applied as inserts / removes /
 * a layout change when that is possible (so selections survive), a reset otherwise. While
 * changes arrive in bulk (a first sync writes pages of 1,000), only the cells read so far are
 * checked against each page (a page rarely touches a row in sight) and the rows are re-read
 * at most once per BulkRefreshMs: each re-read repaints the table on the GUI thread. Cells
 * read before a re-query are kept for the rows it keeps (they are as fresh as the cache: every
 * later change still comes through paymentsChanged), so a re-read fetches only new rows.
 */
class PaymentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        CustomerColumn,
        ReferenceColumn,
        AmountColumn,
        ProviderColumn,
        StoreColumn,
        UpdatedColumn,
        /// Why a failed payment failed (Payment::failureReason()); empty for other statuses.
        /// Last in the model so saved header states keep their columns; the window shows it
        /// next to the status.
        FailureReasonColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        /// The unformatted value: status code (int), minor units (qint64), QDateTime, text.
        RawValueRole = Qt::UserRole + 1,
        /// PaymentStatus::Code as int, on every column.
        StatusCodeRole,
        /// The translated status text, on every column (for the badge delegate).
        StatusTextRole,
        PaymentIdRole,
        RowIdRole,
        /// True for a short while after the row changed live.
        RecentlyChangedRole,
        /// Payment::fundsCleared (bool), on every column: paid-and-cleared badges differ from
        /// paid-and-clearing ones.
        FundsClearedRole,
    };

    static constexpr int BlockSize = 256;
    /// Row ids read per query (and per fetchMore()); a multiple of BlockSize.
    static constexpr int IdPage = 16384;
    /// Row ids a window's model (Counts::Paused) reads in its constructor: more than a screen
    /// shows, and a cache this small is read whole at once. Reading IdPage ids there took a
    /// tenth of the start-up to the first painted table at 1M payments.
    static constexpr int StartPage = 4096;
    /// Row ids read first for a text search. A short word ("a") matches much of the cache: the
    /// store walks the sort order and stops after this many matches, and the total is not
    /// counted (that would read every match): totalCount() is then a lower bound ("1,000+").
    static constexpr int SearchPage = 1024;
    /// A change notification with more payments than this is a bulk change (a sync catching up).
    static constexpr int BulkChangeThreshold = 400;
    /// While bulk changes arrive (and for BulkQuietMs after the last), the rows are re-read at
    /// most once per this many ms (the first re-read after a quiet spell still comes quickly).
    static constexpr int BulkRefreshMs = 1000;
    static constexpr int BulkQuietMs = 2000;

    /// Whether the total of the first page's query is counted at once (Counts::Now) or only
    /// once resumeCounts() is called (Counts::Paused): a window counts after its first paint.
    /// Paused, the constructor also reads only the first StartPage ids, and resumeCounts() reads
    /// the rest of the first IdPage in the background.
    enum class Counts
    {
        Now,
        Paused,
    };

    explicit PaymentTableModel(PaymentStore* store, QObject* parent = nullptr);
    PaymentTableModel(PaymentStore* store, const Clock& clock, QObject* parent = nullptr,
                      Counts counts = Counts::Now);
    /// Reads the rest of the first page and asks the count that Counts::Paused held back, if
    /// they are needed (and counts from now on).
    void resumeCounts();
    ~PaymentTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Whether the query matches more rows than the model holds (a view then asks fetchMore()).
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    /// Reads IdPage more row ids in the background; they are appended when they arrive.
    void fetchMore(const QModelIndex& parent = {}) override;
    /// How many payments match the query: rowCount() when it holds them all, else counted on
    /// the reader after the first page (-1 until that answer arrives; totalCountChanged()).
    /// For a text search that matches more than it read, the rows read: see totalIsLowerBound().
    qint64 totalCount() const { return m_totalCount; }
    /// Whether totalCount() is only "at least": a text search matched more than it read and
    /// its total was not counted (it would cost more than the page). Reading on (fetchMore())
    /// raises it, up to the exact total once every match is read.
    bool totalIsLowerBound() const { return m_totalLowerBound; }

    /// Filters (sorting, offset and limit in `query` are ignored: the model owns them).
    void setQuery(const PaymentQuery& query);
    /// The filters and sort in effect, limit = 0 (all rows) — e.g. for the CSV export.
    PaymentQuery query() const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Runs the query again in the background; the rows change when the answer arrives.
    void refresh();
    /// Runs the query again on this thread and applies it before returning (supersedes a
    /// query in flight). For the rare caller that needs the answer at once.
    void refreshNow();
    /// Whether a query is in flight (its rows are not applied yet).
    bool isBusy() const { return m_busy; }
    /// The reader the model's queries run on (shared with the KPI strip and the export).
    StoreReader* reader() const { return m_reader.get(); }

    /// The cached payment of a row (without history); std::nullopt when out of range.
    std::optional<Payment> paymentAt(int row) const;
    QString paymentIdAt(int row) const;
    qint64 rowIdAt(int row) const;
    /// The row showing `paymentId`, or -1.
    int rowOfPaymentId(const QString& paymentId) const;
    int rowOfRowId(qint64 rowId) const;

    /// Background for rows that just changed (follows the theme; invalid = no highlight).
    void setHighlightColor(const QColor& color);
    /// How long a changed row stays highlighted.
    void setHighlightDurationMs(int ms) { m_highlightMs = ms; }

    /**
     * Keeps the first `rows` rows still — which payments they are and in what order — while
     * the user points at or works in them (the window says how many are in sight). A live
     * re-query whose answer would change them waits (hasHeldRows(), heldArrivals()) until
     * applyHeldRows(), or until the frozen rows no longer cover a change; meanwhile their
     * cells still update in place. Re-queries the user asked for (setQuery, sort, refresh,
     * refreshNow) apply at once and drop a waiting answer. 0 (the default) freezes nothing.
     */
    void setFrozenRows(int rows);
    int frozenRows() const { return m_frozenRows; }
    /// Whether a live answer waits because applying it would move frozen rows.
    bool hasHeldRows() const { return m_held.has_value(); }
    /// Payments in the waiting answer that the table does not show yet.
    int heldArrivals() const { return m_heldArrivals; }
    /// Applies the waiting answer now; returns the row of the first payment it brought (-1: none).
    int applyHeldRows();
    /// True while rows are inserted, removed, reordered or reset: a current-row change then is
    /// the model's doing, not the user's pick.
    bool isChangingRows() const { return m_changingRows; }

    /// The last error of the store, empty when the last query worked.
    const QString& lastError() const { return m_lastError; }
    /// Milliseconds the last queryIds() took (drives the re-query throttle).
    qint64 lastQueryMs() const { return m_lastQueryMs; }
    int cachedBlockCount() const { return int(m_blocks.size()); }
    void setCacheBlockLimit(int blocks) { m_blockLimit = qMax(2, blocks); }

    static PaymentQuery::SortColumn sortColumnFor(int column);
    /// "Keyloop", "Payment Assist", … for a provider id; the id itself when unknown.
    static QString providerDisplayName(const QString& provider);
    /// The status as the table shows it: a paid payment is "Paid — clearing" until the
    /// platform reports its funds cleared, then "Cleared"; other statuses their name.
    static QString statusText(const Payment& p, bool clearanceOverdue = false);
    /// Paid payments not cleared after this many days are marked overdue (0 = never).
    void setClearanceOverdueDays(int days);
    int clearanceOverdueDays() const { return m_overdueDays; }
    /// "just now", "2 min ago", "3 h ago", "yesterday", a date — relative to `now`.
    static QString relativeTime(const QDateTime& at, const QDateTime& now);

Q_SIGNALS:
    /// The store failed to answer a query; `message` is translated.
    void queryFailed(const QString& message);
    /// Rows changed live (after the ranged dataChanged); ids as the store reported them.
    void paymentsUpdated(const QStringList& paymentIds);
    /// A re-query finished (after a reset, insert, remove or layout change, or nothing).
    void refreshed();
    /// totalCount() or totalIsLowerBound() changed (-1: being counted).
    void totalCountChanged(qint64 total);
    /// A query went in flight (true) or its answer was applied (false).
    void busyChanged(bool busy);
    /// A live answer started or stopped waiting behind frozen rows, or the waiting one changed.
    void heldRowsChanged();

private:
    struct Block
    {
        QList<Payment> rows;
        quint64 lastUse = 0;
    };

    const Payment* rowPayment(int row) const;
    /// A cell's tooltip as plain text (data() escapes it).
    QString toolTip(const Payment& p, Column column) const;
    void onPaymentsChanged(const QStringList& paymentIds);
    void flushChanges();
    /// A bulk change: refreshes only the cached cells of these payments.
    void flushBulkChanges(const QStringList& ids);
    /// Puts fresh copies of the cached rows `rows` (row ids `rowIds`) into the cache and
    /// announces them, one dataChanged per run of adjacent rows.
    void refreshCachedRows(QList<int> rows, const QList<qint64>& rowIds);
    void scheduleRequery();
    void requery(bool userInitiated);
    std::optional<QList<qint64>> runQueryIds();
    /// m_query limited to the ids to read now (one more than wanted(), to see if there are more).
    PaymentQuery pageQuery(int wanted) const;
    /// How many ids the next query reads: firstPage() for a new query, else at least IdPage
    /// and at least what the model holds.
    int wanted() const;
    /// IdPage, or SearchPage for a text search.
    int firstPage() const;
    bool isTextSearch() const;
    /// Takes the extra id off an answer of pageQuery(`asked`) and notes whether there are more.
    void takeMore(QList<qint64>& ids, int asked);
    void setTotalCount(qint64 total, bool lowerBound = false);
    void countInBackground();
    /// Records how a queryIds() went (`ms` it took); reports a failure.
    void takeAnswer(bool ok, const QString& error, const QString& detail, qint64 ms);
    void setBusy(bool busy);
    void applyRows(QList<qint64> rows, bool forceReset);
    /// An answer: applied at once when the user asked for it or it moves no frozen row, else held.
    void takeRows(QList<qint64> rows, bool userAsked);
    bool movesFrozenRows(const QList<qint64>& rows) const;
    void releaseHeldIfFree();
    /// Drops every cached cell (their contents may be stale).
    void clearCache();
    /// The rows change: cached cells move to m_kept, by row id (their contents are fresh).
    void keepCells();
    /// Whether bulk changes arrived within the last BulkQuietMs.
    bool inBulkChanges() const;
    void expireHighlights();
    void refreshRelativeTimes();
    bool queryHasFilters() const;

    PaymentStore* m_store = nullptr;
    const Clock& m_clock;
    std::unique_ptr<StoreReader> m_reader;
    bool m_busy = false;
    PaymentQuery m_query;
    int m_sortColumn = UpdatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;

    QList<qint64> m_rowIds;
    int m_idLimit = IdPage;       // ids the user has scrolled to (grows with fetchMore())
    bool m_hasMore = false;       // the query matches more than m_rowIds
    bool m_fetchingMore = false;  // a fetchMore() answer is awaited
    bool m_newQuery = false;      // the next query is a new filter or sort: read IdPage again
    qint64 m_totalCount = -1;     // -1 while being counted
    bool m_countsPaused = false;  // Counts::Paused until resumeCounts()
    bool m_countHeld = false;     // a count was wanted while paused
    bool m_startPageOnly = false; // Counts::Paused read StartPage: resumeCounts() reads on
    bool m_totalLowerBound = false;
    mutable QHash<int, Block> m_blocks;
    /// Cells of the blocks dropped by the last change of rows, by row id: a block read after it
    /// takes them from here and fetches only the rest (see the class comment).
    mutable QHash<qint64, Payment> m_kept;
    mutable quint64 m_useCounter = 0;
    int m_blockLimit = 48;

    int m_frozenRows = 0;
    std::optional<QList<qint64>> m_held; // a live answer waiting behind the frozen rows
    int m_heldArrivals = 0;
    int m_heldFirstArrival = -1;     // its row in the waiting answer
    bool m_userQueryPending = false; // a query the user asked for has not been answered yet
    bool m_changingRows = false;
    bool m_releaseScheduled = false;

    QStringList m_pendingIds;
    bool m_flushScheduled = false;
    QTimer m_requeryTimer;
    QElapsedTimer m_monotonic;
    qint64 m_lastBulkMs = -1;    // m_monotonic ms of the last bulk change (-1: none)
    qint64 m_lastRequeryMs = -1; // m_monotonic ms when the last re-query was asked (-1: none)
    QElapsedTimer m_sinceLastQuery;
    qint64 m_lastQueryMs = 0;
    QString m_lastError;

    QHash<qint64, qint64> m_changedAtMs; // row id → monotonic ms of the last live change
    QColor m_highlightColor;
    int m_overdueDays = 3;
    int m_highlightMs = 2500;
    QTimer m_highlightTimer;
    QTimer m_relativeTimeTimer;
};

} // namespace paydesk::ui
