#pragma once

#include "AuditChainCheck.h"
#include "AuditEntry.h"
#include "DashboardKpis.h"
#include "OutboxEntry.h"
#include "PaymentIdIndex.h"
#include "PaymentQuery.h"
#include "StoreError.h"
#include "payments/Payment.h"
#include "payments/StatusChange.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QAtomicInt>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace paydesk {

/**
 * The local cache: one SQLite file holding the payments, their status history, the sync
 * cursors, the outbox of dealer actions and the append-only audit log.
 *
 * The server is the source of truth; this file only makes the app start instantly and work
 * offline. A damaged file is therefore moved aside and a fresh cache started (see
 * OpenReport), while a file written by a newer PayDesk is refused and never modified.
 *
 * Threads: every method may be called from any thread. Each thread gets its own named
 * SQLite connection, opened lazily on first use (WAL mode, busy timeout), so a sync worker
 * can write while the UI thread reads. Writes are transactions (BEGIN IMMEDIATE).
 *
 * Time: every timestamp the store makes (outbox and cursor updates, audit lines without a
 * time, the name of a moved-aside file) comes from the Clock given to open(), never from the
 * system clock directly, so tests can pin it.
 *
 * Damage found at run time: any call that meets SQLITE_CORRUPT or SQLITE_NOTADB returns
 * StoreError::Kind::Corrupt AND marks the file for rebuild (requestRecoveryOnNextOpen()); the
 * first time, damageDetected() is emitted with a message for the dealer.
 *
 * Inside (core/store, one part per file): StoreFile (the file: checks, recovery, connection
 * settings, schema), StoreSalvage (what a rebuild carries over), PaymentQuerySql (the SQL
 * of a PaymentQuery, pure), PaymentRow and PaymentUpserter (the payments table),
 * OutboxTable, AuditLog (over AuditChain), WriteTransaction and ReadTransaction.
 *
 * Change notification: after every committed write that touched payments, paymentsChanged()
 * is emitted (from the writing thread; connect with a context object and Qt queues it to the
 * receiver's thread). outboxChanged() does the same for the outbox.
 *
 * Table views over up to 1,000,000 rows: run queryIds() once per filter/sort change (one
 * index scan returning row ids in order), keep that list as the model's rows, and fetch the
 * visible window with paymentsByRowIds() as the view scrolls. count() gives the row count
 * cheaply; query() gives one page with offset/limit (fine for the first page, CSV export in
 * chunks, and small views).
 *
 * Measured over 1,000,000 rows (tests/bench/StoreBench.cpp, Release, 2 cores): a filtered,
 * sorted first page of 100 in 0.5–20 ms for every dashboard shape (text search included),
 * count() of a status set ~7 ms, kpis() ~17 ms, queryIds() of all 1M rows ~150 ms,
 * paymentsByRowIds() of a 100-row window ~1 ms, a page at offset 500k ~20 ms. Ingest into a
 * cache that keeps its indexes runs at ~8k payments/s (the 10 secondary indexes and the FTS
 * index dominate); a first sync is a bulk load without them (beginBulkLoad()), several times
 * faster, and builds them afterwards (tests/bench/README.md has the figures).
 */
class PaymentStore : public QObject
{
    Q_OBJECT

public:
    /// What open() had to do; show `message()` to the user when it is not empty.
    struct OpenReport
    {
        /// The file did not exist (or was replaced) and a new cache was created.
        bool created = false;
        /// The file was damaged; it was renamed to `movedAsidePath` and a fresh cache started.
        bool recoveredFromCorruption = false;
        QString movedAsidePath;
        /// Schema version found in the file (0 for a new file) and the version now.
        int fromSchemaVersion = 0;
        int schemaVersion = 0;
        /// Outbox entries found in Sending (a crash mid-send) and put back to Queued.
        int requeuedOutboxEntries = 0;
        /// After a rebuild: unsent outbox entries and audit lines carried over from the
        /// moved-aside file (see StoreSalvage), and whether all of them could be read.
        int carriedOutboxEntries = 0;
        int carriedAuditLines = 0;
        bool carriedEverything = false;

        /// Translated notice for the UI, empty when nothing noteworthy happened.
        QString message() const;
    };

    /// The schema version this build writes. Files with a higher user_version are refused.
    static constexpr int SchemaVersion = 8;

    /**
     * Opens (creating if needed) the cache at `path`: folder and file owner-only (0700/0600),
     * WAL journal, migrations applied in one transaction, outbox entries left in Sending
     * requeued. A corrupt or truncated file (bad header, size short of the header's page
     * count, unreadable schema, PRAGMA quick_check failing on files up to 64 MiB, or a damage
     * marker from requestRecoveryOnNextOpen()) is moved aside (`<path>.corrupt-<UTC time>`)
     * and replaced by a fresh cache, into which its unsent outbox entries and its audit log
     * are carried when they can be read (OpenReport::carriedOutboxEntries). A newer schema
     * gives StoreError::Kind::NewerSchema and the file is left untouched.
     *
     * `clock` gives every time the store records; it must outlive the store.
     */
    static Result<std::unique_ptr<PaymentStore>, StoreError> open(const QString& path,
                                                                  const Clock& clock = Clock::system());

    /// `<AppDataLocation>/paydesk-cache.sqlite`.
    static QString defaultPath();

    ~PaymentStore() override;

    const OpenReport& openReport() const { return m_report; }
    const QString& path() const { return m_path; }
    const Clock& clock() const { return m_clock; }

    // --- Payments -------------------------------------------------------------------------

    /**
     * Inserts or updates one payment when Payment::supersedes(incoming, stored) (a newer
     * version wins; a final status is never left except by refund). Returns whether it was
     * applied. A non-empty `history` replaces the stored history; an empty one keeps it.
     */
    Result<bool, StoreError> upsert(const Payment& payment);

    /// upsert() for many payments in one transaction; returns how many were applied.
    Result<int, StoreError> upsertBatch(const QList<Payment>& payments);

    /**
     * One page of a store's change feed: upserts the payments and sets the sync cursor of
     * (enterpriseId, storeId) to `nextSequence` in the SAME transaction, so a crash resumes
     * from the last committed page and never skips one. The cursor never moves backwards.
     * Returns how many payments were applied.
     */
    Result<int, StoreError> ingestFeedPage(const QList<Payment>& payments, const QString& enterpriseId,
                                           const QString& storeId, qint64 nextSequence);

    /// The last committed feed sequence for a store; 0 when it was never synced.
    Result<qint64, StoreError> syncCursor(const QString& enterpriseId, const QString& storeId);
    /// Sets the cursor (e.g. back to 0 to force a full resync).
    Result<Done, StoreError> setSyncCursor(const QString& enterpriseId, const QString& storeId,
                                           qint64 sequence);

    /// One payment with its status history (oldest first); std::nullopt when not cached.
    Result<std::optional<Payment>, StoreError> payment(const QString& paymentId);

    /// Replaces the stored history (a details fetch brings the full timeline).
    Result<Done, StoreError> replaceHistory(const QString& paymentId, const QList<StatusChange>& history);

    /// A page of payments (without history) matching `query`, in its sort order.
    Result<QList<Payment>, StoreError> query(const PaymentQuery& query);

    /**
     * The payments of `storeIds` whose reference number is exactly `referenceNumber` (ignoring
     * letter case), at most `limit` of them, without history. The kiosk's look-up: an exact
     * match through the reference index, never a text search. No store ids = no answer.
     */
    Result<QList<Payment>, StoreError> paymentsWithReference(const QString& referenceNumber,
                                                             const QStringList& storeIds, int limit = 20);

    /// How many payments match (offset/limit ignored).
    Result<qint64, StoreError> count(const PaymentQuery& query);

    /**
     * Row ids of every match in sort order (offset/limit respected if set; use limit = 0 for
     * all). Row ids are stable for the life of a payment in this file.
     */
    Result<QList<qint64>, StoreError> queryIds(const PaymentQuery& query);

    /// The payments (without history) for the given row ids, keyed by row id; missing ids are absent.
    Result<QHash<qint64, Payment>, StoreError> paymentsByRowIds(const QList<qint64>& rowIds);

    /// The row id of a cached payment, e.g. to map paymentsChanged() ids onto model rows.
    Result<std::optional<qint64>, StoreError> rowIdOf(const QString& paymentId);

    /// Distinct values for filter pickers.
    Result<QStringList, StoreError> storeIds();
    Result<QStringList, StoreError> providers();
    Result<QStringList, StoreError> currencies();

    /**
     * The dashboard KPI strip for `today` (a local calendar day) over `storeIds` (empty = all
     * stores). See DashboardKpis for the definitions.
     */
    Result<DashboardKpis, StoreError> kpis(const QDate& today, const QStringList& storeIds = {});

    // --- Bulk load ------------------------------------------------------------------------

    /**
     * A first sync into an empty cache loads at the rate of a bare INSERT: beginBulkLoad() sets
     * the secondary indexes, the unique index on payment_id and the FTS index aside
     * (StoreIndexes, in one transaction, so a kill -9 at any moment leaves a cache that the next
     * open() finishes), the feed pages go in without them, and when the last loader calls
     * endBulkLoad() the store builds them again on a thread of its own, in short transactions,
     * the one on payment_id first. Meanwhile isIndexing() is true: every read still answers
     * correctly, without the indexes (a text search scans search_text, see
     * SearchText::scanCondition()), only slower, and a payment is found by its id through
     * PaymentIdIndex until its index is back.
     *
     * Returns true when the caller takes part in a bulk load (it must then call endBulkLoad()):
     * when the cache holds fewer than BulkLoadMaxRows payments, or its indexes are still being
     * built (a bulk load cut short by a crash goes on). Several loaders (one per store of the
     * feed) share one bulk load; it ends with the last of them.
     *
     * During the load the caller's connection checkpoints the write-ahead log every
     * BulkLoadCheckpointPages pages instead of SQLite's 1000: each checkpoint copies the pages
     * the load keeps rewriting (the table's last leaf and the pages above it) into the file again
     * and waits for the disk. Safety is the same (a commit is in the log either way).
     */
    Result<bool, StoreError> beginBulkLoad();
    /**
     * Ends the caller's part of the bulk load (its sync is done, or it stopped midway). When it
     * was the last one, the indexes are built in the background; isIndexing() stays true until
     * they are.
     */
    void endBulkLoad();
    /// Whether the indexes are set aside or still being built.
    bool isIndexing() const { return m_indexing.loadAcquire() != 0; }
    /// Waits until no index build runs (tests, benchmarks; never on the GUI thread); true when
    /// the indexes are ready.
    bool waitForIndexes(int timeoutMs = -1);
    /// A cache with at least this many payments is not bulk loaded (its indexes are kept in step).
    static constexpr int BulkLoadMaxRows = 10'000;
    /// The write-ahead log's checkpoint interval (in pages) of a loader's connection.
    static constexpr int BulkLoadCheckpointPages = 16'384;

    // --- Outbox ---------------------------------------------------------------------------

    /**
     * Queues a dealer action AND its audit line in one transaction; returns the entry id.
     * The idempotency key must be non-empty and unique (InvalidArgument otherwise).
     */
    Result<qint64, StoreError> enqueueAction(const OutboxEntry& entry, const AuditEntry& audit);

    /// Queued entries whose nextAttemptAt is not after `now`, oldest first.
    Result<QList<OutboxEntry>, StoreError> dueOutbox(const QDateTime& now);
    /// Entries in any of `states` (all when empty), oldest first.
    Result<QList<OutboxEntry>, StoreError> outboxEntries(const QList<OutboxEntry::State>& states = {});
    Result<std::optional<OutboxEntry>, StoreError> outboxEntry(qint64 id);

    /**
     * Queued → Sending; increments attempts. NotFound if the entry is not Queued.
     *
     * The end of a send (markOutboxSent(), markOutboxFailed(), markOutboxRetryLater()) never
     * leaves an entry in Sending for the rest of the session: a mark that cannot be written
     * (busy past the timeout, disk full, I/O error) returns its error and is kept in memory
     * and written again before the next dueOutbox(), enqueueAction() or mark; a failed
     * markOutboxFailed() first puts the entry back to Queued, due again in
     * RequeueAfterFailedMarkMs (a replay with the same key brings the same answer).
     */
    Result<Done, StoreError> markOutboxSending(qint64 id, const QDateTime& now);
    /// → Sent; `paymentId` (if not empty) records the id the platform gave an initiated payment.
    Result<Done, StoreError> markOutboxSent(qint64 id, const QDateTime& now, const QString& paymentId = {});
    /// → Failed for good (a permanent answer such as 400/404/422); `error` is shown to people.
    Result<Done, StoreError> markOutboxFailed(qint64 id, const QDateTime& now, const QString& error);
    /// → Queued again, not due before `nextAttemptAt`.
    Result<Done, StoreError> markOutboxRetryLater(qint64 id, const QDateTime& nextAttemptAt,
                                                  const QString& error);
    /// How long an entry whose Failed mark could not be written waits before it is sent again.
    static constexpr qint64 RequeueAfterFailedMarkMs = 60'000;
    /// Queued + Sending entries: the "queued actions" figure of the connection indicator.
    Result<int, StoreError> queuedActionCount();

    // --- Audit ----------------------------------------------------------------------------

    /**
     * Appends one line and links it into the hash chain (see verifyAuditChain()); returns its
     * id. The store records the OS account of this process (OsAccount, never `$USER`) next to
     * `entry.who`; `entry.osAccount` and `entry.sequence` are ignored. The table rejects UPDATE
     * and DELETE (SQLite triggers, which stop accidents, not someone who drops them).
     */
    Result<qint64, StoreError> appendAudit(const AuditEntry& entry);
    /// The newest `limit` lines, newest first.
    Result<QList<AuditEntry>, StoreError> auditEntries(int limit = 500);

    /**
     * Walks the audit log's hash chain from the first line and reports the first broken link:
     * an edited line, a deleted line (a gap in the positions), a line written around the store,
     * or a deleted tail (the chain head disagrees with the last line). Reads every line: run it
     * off the UI thread on a big log. An attacker who can rewrite the whole file can recompute
     * the chain too; this detects edits, it does not prevent them (AuditChain.h).
     */
    Result<AuditChainCheck, StoreError> verifyAuditChain();

    // --- Maintenance ----------------------------------------------------------------------

    /**
     * Runs PRAGMA integrity_check (reads the whole file: seconds to minutes on a big cache, so
     * run it on a worker thread, e.g. once a day when idle). Ok when the answer is "ok";
     * otherwise Corrupt, and requestRecoveryOnNextOpen() has been called.
     */
    Result<Done, StoreError> integrityCheck();

    /**
     * Marks the file as damaged (a `<path>.damaged` marker): the next open() moves it aside and
     * starts a fresh cache. The store calls it itself whenever a call meets a corrupt file
     * (StoreError::Kind::Corrupt); the first call emits damageDetected(). (open() itself runs
     * PRAGMA quick_check only on files up to 64 MiB; bigger ones get the cheap structural
     * checks, so damage deep inside is found at run time.)
     */
    void requestRecoveryOnNextOpen();

    /// Whether damage was found since open(): the cache is rebuilt at the next open().
    bool isDamaged() const { return m_damaged.loadRelaxed() != 0; }
    /// The translated notice for the dealer when damage is found at run time.
    static QString damageMessage();

    /// Closes this thread's connection (call before a worker thread ends). Optional.
    void closeThreadConnection();

    /**
     * Query planning knob. A sorted read whose most selective filter matches at most this many
     * rows reads them through that filter's index and sorts them; otherwise it walks the sort
     * column's index. Default (-1): chosen by the table's size, about √(30 × rows) between 500
     * and 10,000 (about 5,500 at 1M rows). Exposed for tests and tuning.
     */
    void setPlannerThreshold(int rows) { m_plannerThreshold.storeRelaxed(rows); }
    int plannerThreshold() const { return m_plannerThreshold.loadRelaxed(); }

Q_SIGNALS:
    /// Emitted after a committed write changed these payments (the ids, never contents).
    void paymentsChanged(const QStringList& paymentIds);
    /// Emitted after a committed write changed the outbox.
    void outboxChanged();
    /**
     * Emitted once, from the thread whose call met it, when the file turns out to be damaged at
     * run time (see requestRecoveryOnNextOpen()); `message` is damageMessage(), for the dealer.
     */
    void damageDetected(const QString& message);
    /// isIndexing() changed (from the thread that changed it; queue to the receiver's thread).
    void indexingChanged(bool indexing);

private:
    using OutboxMark = std::function<Result<Done, StoreError>(QSqlDatabase&)>;

    PaymentStore(QString path, const Clock& clock);

    /// This thread's connection, opened on first use.
    Result<QSqlDatabase, StoreError> connection();
    QString threadConnectionName() const;
    /// Runs `body` on this thread's connection; a Corrupt answer marks the file for rebuild.
    template<typename Body>
    auto withConnection(Body&& body);
    /// withConnection() for a read written for the index state: body(db, indexes ready).
    template<typename Body>
    auto withIndexState(Body&& body);
    void noticeError(const StoreError& error);
    /// The planner threshold for this read: the one set, or the automatic one.
    int threshold(const QSqlDatabase& db) const;
    Result<int, StoreError> applyBatch(const QList<Payment>& payments, const QString* enterpriseId,
                                       const QString* storeId, qint64 nextSequence);
    /// How a statement picks the row of one payment: a WHERE clause and its values.
    struct RowMatch
    {
        QString where;
        QVariantList binds;
    };
    /// The row of `paymentId` through SQLite's index, or through m_paymentIds while that is set
    /// aside; none when no row holds it.
    std::optional<RowMatch> rowOf(const QString& paymentId) const;
    /// Writes an end-of-send mark; one that fails is kept for retryOutboxMarks().
    Result<Done, StoreError> finishSend(QSqlDatabase& db, qint64 id, const OutboxMark& mark);
    /// Writes the marks that failed before; keeps those that fail again.
    void retryOutboxMarks(QSqlDatabase& db);

    QString m_path;
    const Clock& m_clock;
    QString m_connectionPrefix;
    OpenReport m_report;
    QMutex m_connectionsMutex;
    QSet<QString> m_connectionNames;
    QAtomicInt m_plannerThreshold = -1;
    QAtomicInt m_damaged = 0;
    QMutex m_marksMutex;
    QMap<qint64, OutboxMark> m_pendingMarks;

    /// Starts the background build of the indexes (m_bulkMutex held).
    void startIndexBuild();
    /// Stops a running build between two of its steps and waits for it (m_bulkMutex held).
    void stopIndexBuild();
    void setIndexing(bool indexing);
    /// SQLite's own default checkpoint interval (pages of the write-ahead log).
    static constexpr int DefaultCheckpointPages = 1000;
    static void setCheckpointPages(const QSqlDatabase& db, int pages);
    /// How reads must be written now (PaymentQuerySql::Indexes as bool: true = ready).
    bool indexesReady() const { return !isIndexing(); }

    QAtomicInt m_indexing = 0;
    /// Answers for idx_payments_payment_id while a bulk load has it set aside.
    PaymentIdIndex m_paymentIds;
    QMutex m_bulkMutex;
    int m_bulkLoaders = 0;
    std::unique_ptr<QThread> m_indexBuild;
    QAtomicInt m_stopIndexBuild = 0;
};

} // namespace paydesk
