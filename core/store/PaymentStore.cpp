#include "PaymentStore.h"

#include "AuditLog.h"
#include "Logging.h"
#include "OutboxTable.h"
#include "PaymentQuerySql.h"
#include "PaymentRow.h"
#include "PaymentUpserter.h"
#include "ReadTransaction.h"
#include "StoreFile.h"
#include "StoreIndexes.h"
#include "StorePlanner.h"
#include "StoreSalvage.h"
#include "StoreSchema.h"
#include "StoreSql.h"
#include "WriteTransaction.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace paydesk {

static_assert(PaymentStore::SchemaVersion == StoreSchema::CurrentVersion);

namespace {

QAtomicInteger<quint64> s_instanceCounter;

/// Payments whose stored versions a batch reads in one query (PaymentUpserter::preload()).
constexpr qsizetype kPreloadChunk = 1000;

/// The index build takes the cores the window, the sync and the search leave. QThread::LowPriority
/// does that on Windows and macOS; on Linux a normal thread has one priority only, so the build
/// thread's own nice value goes up instead (a stall of the window at the end of a 1M first sync,
/// when the build starts, was half a wait for a core; issue 9).
void yieldToOtherThreads()
{
#ifdef Q_OS_LINUX
    if (setpriority(PRIO_PROCESS, id_t(gettid()), 10) != 0)
        qCDebug(lcStore) << "the index build keeps its priority:" << qt_error_string(errno);
#endif
}

Result<QStringList, StoreError> distinctColumn(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return fail(StoreSql::error(q.lastError()));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    if (q.lastError().isValid())
        return fail(StoreSql::error(q.lastError()));
    return values;
}

// DISTINCT over an indexed column as a skip-scan: one index seek per distinct value,
// instead of reading every row (a dealer group has tens of stores over 1M payments).
QString skipScan(const QString& column)
{
    return uR"(WITH RECURSIVE v(x) AS (
    SELECT min(%1) FROM payments
    UNION ALL
    SELECT (SELECT min(%1) FROM payments WHERE %1 > v.x) FROM v WHERE v.x IS NOT NULL)
SELECT x FROM v WHERE x IS NOT NULL)"_s.arg(column);
}

} // namespace

// ---- the facade's plumbing -----------------------------------------------------------------

template<typename Body>
auto PaymentStore::withConnection(Body&& body)
{
    using R = decltype(body(std::declval<QSqlDatabase&>()));
    auto db = connection();
    if (!db) {
        noticeError(db.error());
        return R(fail(std::move(db).error()));
    }
    R result = body(*db);
    if (!result)
        noticeError(result.error());
    return result;
}

template<typename Body>
auto PaymentStore::withIndexState(Body&& body)
{
    const bool ready = indexesReady();
    auto result = withConnection([&](QSqlDatabase& db) { return body(db, ready); });
    // A bulk load that began meanwhile dropped an index this read named: read again without.
    if (!result && ready && !indexesReady())
        result = withConnection([&](QSqlDatabase& db) { return body(db, false); });
    return result;
}

void PaymentStore::noticeError(const StoreError& error)
{
    if (error.kind == StoreError::Kind::Corrupt) {
        qCWarning(lcStore) << "the cache file is damaged:" << error.detail;
        requestRecoveryOnNextOpen();
    }
}

// ---- opening -------------------------------------------------------------------------------

QString PaymentStore::OpenReport::message() const
{
    if (recoveredFromCorruption) {
        return tr("The local cache was damaged. It was set aside (%1) and a fresh cache was started; "
                  "payments will be downloaded again from the server.")
            .arg(QDir::toNativeSeparators(movedAsidePath));
    }
    return {};
}

QString PaymentStore::damageMessage()
{
    return tr("The local cache is damaged; PayDesk will rebuild it from the platform at the next start.");
}

QString PaymentStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/paydesk-cache.sqlite"_s;
}

PaymentStore::PaymentStore(QString path, const Clock& clock)
    : m_path(std::move(path))
    , m_clock(clock)
    , m_connectionPrefix(u"paydesk-store-%1-"_s.arg(++s_instanceCounter))
{
}

PaymentStore::~PaymentStore()
{
    {
        // The build goes on at the next open(); it stops between two of its short transactions.
        QMutexLocker bulk(&m_bulkMutex);
        stopIndexBuild();
    }
    QMutexLocker lock(&m_connectionsMutex);
    const QString own = threadConnectionName();
    for (const QString& name : std::as_const(m_connectionNames)) {
        if (name == own) {
            // This thread's connection: close it now so the file handle goes at once.
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        // Other threads' connections close when the last handle goes (Qt forbids using a
        // connection from a thread that did not open it); worker threads should call
        // closeThreadConnection() before they end.
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::unique_ptr<PaymentStore>, StoreError> PaymentStore::open(const QString& path, const Clock& clock)
{
    auto prepared = StoreFile::prepare(path, clock);
    if (!prepared)
        return fail(std::move(prepared).error());

    OpenReport report;
    report.created = prepared->created;
    report.recoveredFromCorruption = !prepared->movedAsidePath.isEmpty();
    report.movedAsidePath = prepared->movedAsidePath;

    std::unique_ptr<PaymentStore> store(new PaymentStore(path, clock));
    auto db = store->connection();
    if (!db)
        return fail(std::move(db).error());

    WriteTransaction tx(*db);
    if (auto r = tx.begin(); !r)
        return fail(StoreError::make(StoreError::Kind::CannotOpen, r.error().detail));
    auto version = StoreFile::upgradeSchema(*db);
    if (!version)
        return fail(std::move(version).error());
    // Sends interrupted by a crash: replay them with the same idempotency key.
    auto requeued = OutboxTable(*db).requeueAllSending();
    if (!requeued)
        return fail(std::move(requeued).error());
    report.requeuedOutboxEntries = *requeued;
    if (report.recoveredFromCorruption) {
        const StoreSalvage::Report carried =
            StoreSalvage::carryForward(report.movedAsidePath, *db, clock.now());
        report.carriedOutboxEntries = carried.outboxEntries;
        report.carriedAuditLines = carried.auditLines;
        report.carriedEverything = carried.complete;
    }
    if (auto r = tx.commit(); !r) {
        auto error = std::move(r).error();
        if (*version < SchemaVersion)
            error.kind = StoreError::Kind::MigrationFailed;
        return fail(error);
    }
    report.fromSchemaVersion = *version;
    report.schemaVersion = SchemaVersion;
    if (report.requeuedOutboxEntries > 0)
        qCInfo(lcOutbox) << report.requeuedOutboxEntries << "interrupted actions queued again";
    store->m_report = report;
    // A bulk load or an index build cut short (a crash, or PayDesk closed midway): finish it.
    if (auto pending = StoreIndexes::pending(*db); pending && *pending) {
        qCInfo(lcStore) << "the cache's indexes are incomplete; building them in the background";
        if (auto byId = StoreIndexes::has(*db, StoreSchema::paymentIdIndex()); !byId || !*byId) {
            if (auto r = store->m_paymentIds.activate(*db); !r)
                return fail(std::move(r).error());
        }
        store->m_indexing.storeRelease(1);
        QMutexLocker bulk(&store->m_bulkMutex);
        store->startIndexBuild();
    }
    return store;
}

QString PaymentStore::threadConnectionName() const
{
    return m_connectionPrefix + QString::number(quintptr(QThread::currentThread()), 16);
}

Result<QSqlDatabase, StoreError> PaymentStore::connection()
{
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    {
        QMutexLocker lock(&m_connectionsMutex);
        m_connectionNames.insert(name);
    }
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(StoreSql::driver(), name);
    if (auto r = StoreFile::connect(db, m_path); !r)
        return fail(std::move(r).error());
    return db;
}

void PaymentStore::closeThreadConnection()
{
    const QString name = threadConnectionName();
    {
        QMutexLocker lock(&m_connectionsMutex);
        if (!m_connectionNames.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// ---- payments ------------------------------------------------------------------------------

int PaymentStore::threshold(const QSqlDatabase& db) const
{
    const int set = m_plannerThreshold.loadRelaxed();
    return set >= 0 ? set : StorePlanner::automaticThreshold(db);
}

Result<bool, StoreError> PaymentStore::upsert(const Payment& payment)
{
    auto applied = applyBatch({payment}, nullptr, nullptr, 0);
    if (!applied)
        return fail(std::move(applied).error());
    return *applied > 0;
}

Result<int, StoreError> PaymentStore::upsertBatch(const QList<Payment>& payments)
{
    return applyBatch(payments, nullptr, nullptr, 0);
}

Result<int, StoreError> PaymentStore::ingestFeedPage(const QList<Payment>& payments,
                                                     const QString& enterpriseId, const QString& storeId,
                                                     qint64 nextSequence)
{
    return applyBatch(payments, &enterpriseId, &storeId, nextSequence);
}

Result<int, StoreError> PaymentStore::applyBatch(const QList<Payment>& payments, const QString* enterpriseId,
                                                 const QString* storeId, qint64 nextSequence)
{
    if (payments.isEmpty() && !enterpriseId)
        return 0;
    QStringList changed;
    auto applied = withConnection([&](QSqlDatabase& db) -> Result<int, StoreError> {
        WriteTransaction tx(db);
        if (auto r = tx.begin(); !r)
            return fail(std::move(r).error());
        PaymentUpserter upserter(db, m_paymentIds);
        if (auto r = upserter.prepare(); !r)
            return fail(std::move(r).error());
        int count = 0;
        for (qsizetype i = 0; i < payments.size(); ++i) {
            // What the cache holds of the next chunk, in one query.
            if (i % kPreloadChunk == 0 && payments.size() > 1) {
                if (auto r = upserter.preload(payments, i, kPreloadChunk); !r)
                    return fail(std::move(r).error());
            }
            const Payment& payment = payments.at(i);
            auto r = upserter.apply(payment);
            if (!r)
                return fail(std::move(r).error());
            if (*r) {
                ++count;
                changed << payment.paymentId;
            }
        }
        if (enterpriseId) {
            // The cursor only moves forward: a replayed older page must not rewind it.
            QSqlQuery q(db);
            q.prepare(
                u"INSERT INTO sync_cursors (enterprise_id, store_id, sequence, updated_at) VALUES (?, ?, ?, "
                "?) ON CONFLICT (enterprise_id, store_id) DO UPDATE SET sequence = max(sequence, "
                "excluded.sequence), updated_at = excluded.updated_at"_s);
            q.bindValue(0, StoreSql::text(*enterpriseId));
            q.bindValue(1, StoreSql::text(*storeId));
            q.bindValue(2, nextSequence);
            q.bindValue(3, m_clock.now().toMSecsSinceEpoch());
            PD_EXEC(q);
        }
        if (auto r = tx.commit(); !r)
            return fail(std::move(r).error());
        return count;
    });
    if (applied && !changed.isEmpty())
        Q_EMIT paymentsChanged(changed);
    return applied;
}

Result<qint64, StoreError> PaymentStore::syncCursor(const QString& enterpriseId, const QString& storeId)
{
    return withConnection([&](QSqlDatabase& db) -> Result<qint64, StoreError> {
        QSqlQuery q(db);
        q.prepare(u"SELECT sequence FROM sync_cursors WHERE enterprise_id = ? AND store_id = ?"_s);
        q.bindValue(0, StoreSql::text(enterpriseId));
        q.bindValue(1, StoreSql::text(storeId));
        PD_EXEC(q);
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    });
}

Result<Done, StoreError> PaymentStore::setSyncCursor(const QString& enterpriseId, const QString& storeId,
                                                     qint64 sequence)
{
    return withConnection([&](QSqlDatabase& db) -> Result<Done, StoreError> {
        QSqlQuery q(db);
        q.prepare(
            u"INSERT INTO sync_cursors (enterprise_id, store_id, sequence, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (enterprise_id, store_id) DO UPDATE SET sequence = excluded.sequence, "
            "updated_at = excluded.updated_at"_s);
        q.bindValue(0, StoreSql::text(enterpriseId));
        q.bindValue(1, StoreSql::text(storeId));
        q.bindValue(2, sequence);
        q.bindValue(3, m_clock.now().toMSecsSinceEpoch());
        PD_EXEC(q);
        return Done{};
    });
}

Result<std::optional<Payment>, StoreError> PaymentStore::payment(const QString& paymentId)
{
    return withConnection([&](QSqlDatabase& db) -> Result<std::optional<Payment>, StoreError> {
        // The row and its history from the same commit.
        ReadTransaction read(db);
        if (auto r = read.begin(); !r)
            return fail(std::move(r).error());
        const std::optional<RowMatch> match = rowOf(paymentId);
        if (!match)
            return std::optional<Payment>();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT %1 FROM payments WHERE %2"_s.arg(PaymentRow::columns(), match->where));
        StoreSql::bindAll(q, match->binds);
        PD_EXEC(q);
        if (!q.next()) {
            if (q.lastError().isValid())
                return fail(StoreSql::error(q.lastError()));
            return std::optional<Payment>();
        }
        Payment p = PaymentRow::fromQuery(q);
        const qint64 rowId = q.value(0).toLongLong();
        q.finish();

        QSqlQuery h(db);
        h.setForwardOnly(true);
        h.prepare(u"SELECT steps FROM payment_history WHERE payment_row = ?"_s);
        h.bindValue(0, rowId);
        PD_EXEC(h);
        if (h.next())
            p.history = PaymentRow::historyFromDb(h.value(0).toString());
        else if (h.lastError().isValid())
            return fail(StoreSql::error(h.lastError()));
        return std::optional<Payment>(std::move(p));
    });
}

Result<Done, StoreError> PaymentStore::replaceHistory(const QString& paymentId,
                                                      const QList<StatusChange>& history)
{
    auto replaced = withConnection([&](QSqlDatabase& db) -> Result<Done, StoreError> {
        WriteTransaction tx(db);
        if (auto r = tx.begin(); !r)
            return r;
        const std::optional<RowMatch> match = rowOf(paymentId);
        if (!match)
            return fail(StoreError::make(StoreError::Kind::NotFound));
        QSqlQuery find(db);
        find.prepare(u"SELECT row_id FROM payments WHERE %1"_s.arg(match->where));
        StoreSql::bindAll(find, match->binds);
        PD_EXEC(find);
        if (!find.next()) {
            if (find.lastError().isValid())
                return fail(StoreSql::error(find.lastError()));
            return fail(StoreError::make(StoreError::Kind::NotFound));
        }
        const qint64 rowId = find.value(0).toLongLong();
        find.finish();
        PaymentUpserter upserter(db, m_paymentIds);
        if (auto r = upserter.prepare(); !r)
            return r;
        if (auto r = upserter.writeHistory(rowId, history); !r)
            return r;
        return tx.commit();
    });
    if (replaced)
        Q_EMIT paymentsChanged({paymentId});
    return replaced;
}

Result<QList<Payment>, StoreError> PaymentStore::query(const PaymentQuery& query)
{
    return withIndexState([&](QSqlDatabase& db, bool ready) -> Result<QList<Payment>, StoreError> {
        PaymentQuerySql sql(query,
                            ready ? PaymentQuerySql::Indexes::Ready : PaymentQuerySql::Indexes::Building);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const QString source = ready ? StorePlanner::source(db, sql, threshold(db)).source : u"payments"_s;
        if (!q.prepare(sql.select(PaymentRow::columns(), source)))
            return fail(StoreSql::error(q.lastError()));
        StoreSql::bindAll(q, sql.binds());
        PD_EXEC(q);
        QList<Payment> page;
        if (query.limit > 0)
            page.reserve(query.limit);
        while (q.next())
            page << PaymentRow::fromQuery(q);
        if (q.lastError().isValid())
            return fail(StoreSql::error(q.lastError()));
        return page;
    });
}

Result<QList<Payment>, StoreError> PaymentStore::paymentsWithReference(const QString& referenceNumber,
                                                                       const QStringList& storeIds, int limit)
{
    if (referenceNumber.isEmpty() || storeIds.isEmpty() || limit <= 0)
        return QList<Payment>();
    return withConnection([&](QSqlDatabase& db) -> Result<QList<Payment>, StoreError> {
        QStringList marks;
        for (qsizetype i = 0; i < storeIds.size(); ++i)
            marks << u"?"_s;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // COLLATE NOCASE on the comparison lets idx_payments_reference answer it.
        if (!q.prepare(u"SELECT %1 FROM payments WHERE reference_number = ? COLLATE NOCASE "
                       "AND store_id IN (%2) ORDER BY row_id LIMIT ?"_s.arg(PaymentRow::columns(),
                                                                            marks.join(u", "_s))))
            return fail(StoreSql::error(q.lastError()));
        int bind = 0;
        q.bindValue(bind++, referenceNumber);
        for (const QString& store : storeIds)
            q.bindValue(bind++, store);
        q.bindValue(bind, limit);
        PD_EXEC(q);
        QList<Payment> found;
        while (q.next())
            found << PaymentRow::fromQuery(q);
        if (q.lastError().isValid())
            return fail(StoreSql::error(q.lastError()));
        return found;
    });
}

Result<qint64, StoreError> PaymentStore::count(const PaymentQuery& query)
{
    return withIndexState([&](QSqlDatabase& db, bool ready) -> Result<qint64, StoreError> {
        const PaymentQuerySql sql(query, ready ? PaymentQuerySql::Indexes::Ready
                                               : PaymentQuerySql::Indexes::Building);
        QSqlQuery q(db);
        if (!q.prepare(sql.count()))
            return fail(StoreSql::error(q.lastError()));
        StoreSql::bindAll(q, sql.binds());
        PD_EXEC(q);
        if (!q.next())
            return fail(StoreSql::error(q.lastError()));
        return q.value(0).toLongLong();
    });
}

Result<QList<qint64>, StoreError> PaymentStore::queryIds(const PaymentQuery& query)
{
    return withIndexState([&](QSqlDatabase& db, bool ready) -> Result<QList<qint64>, StoreError> {
        PaymentQuerySql sql(query,
                            ready ? PaymentQuerySql::Indexes::Ready : PaymentQuerySql::Indexes::Building);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const QString source = ready ? StorePlanner::source(db, sql, threshold(db)).source : u"payments"_s;
        if (!q.prepare(sql.select(u"row_id"_s, source)))
            return fail(StoreSql::error(q.lastError()));
        StoreSql::bindAll(q, sql.binds());
        PD_EXEC(q);
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        if (q.lastError().isValid())
            return fail(StoreSql::error(q.lastError()));
        return ids;
    });
}

Result<QHash<qint64, Payment>, StoreError> PaymentStore::paymentsByRowIds(const QList<qint64>& rowIds)
{
    if (rowIds.isEmpty())
        return QHash<qint64, Payment>();
    return withConnection([&](QSqlDatabase& db) -> Result<QHash<qint64, Payment>, StoreError> {
        QStringList ids;
        ids.reserve(rowIds.size());
        for (qint64 id : rowIds)
            ids << QString::number(id); // integers, so inlining them is safe
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                u"SELECT %1 FROM payments WHERE row_id IN (%2)"_s.arg(PaymentRow::columns(), ids.join(u','))))
            return fail(StoreSql::error(q.lastError()));
        QHash<qint64, Payment> rows;
        rows.reserve(rowIds.size());
        while (q.next())
            rows.insert(q.value(0).toLongLong(), PaymentRow::fromQuery(q));
        if (q.lastError().isValid())
            return fail(StoreSql::error(q.lastError()));
        return rows;
    });
}

std::optional<PaymentStore::RowMatch> PaymentStore::rowOf(const QString& paymentId) const
{
    const PaymentIdIndex::Lookup found = m_paymentIds.find(paymentId);
    if (!found.active)
        return RowMatch{u"payment_id = ?"_s, {StoreSql::text(paymentId)}};
    if (found.rowId == 0)
        return std::nullopt;
    // A row it names may hold another id (PaymentIdIndex): the id is checked too.
    return RowMatch{u"row_id = ? AND payment_id = ?"_s, {found.rowId, StoreSql::text(paymentId)}};
}

Result<std::optional<qint64>, StoreError> PaymentStore::rowIdOf(const QString& paymentId)
{
    return withConnection([&](QSqlDatabase& db) -> Result<std::optional<qint64>, StoreError> {
        const std::optional<RowMatch> match = rowOf(paymentId);
        if (!match)
            return std::optional<qint64>();
        QSqlQuery q(db);
        q.prepare(u"SELECT row_id FROM payments WHERE %1"_s.arg(match->where));
        StoreSql::bindAll(q, match->binds);
        PD_EXEC(q);
        if (!q.next()) {
            if (q.lastError().isValid())
                return fail(StoreSql::error(q.lastError()));
            return std::optional<qint64>();
        }
        return std::optional<qint64>(q.value(0).toLongLong());
    });
}

Result<QStringList, StoreError> PaymentStore::storeIds()
{
    return withIndexState([](QSqlDatabase& db, bool ready) {
        return distinctColumn(db, ready ? skipScan(u"store_id"_s)
                                        : u"SELECT DISTINCT store_id FROM payments ORDER BY 1"_s);
    });
}

Result<QStringList, StoreError> PaymentStore::providers()
{
    return withIndexState([](QSqlDatabase& db, bool ready) {
        return distinctColumn(db, ready ? skipScan(u"provider"_s)
                                        : u"SELECT DISTINCT provider FROM payments ORDER BY 1"_s);
    });
}

Result<QStringList, StoreError> PaymentStore::currencies()
{
    // Currency has no index of its own; a full scan is acceptable for a filter menu.
    return withConnection([](QSqlDatabase& db) {
        return distinctColumn(db,
                              u"SELECT DISTINCT currency FROM payments WHERE currency <> '' ORDER BY 1"_s);
    });
}

Result<DashboardKpis, StoreError> PaymentStore::kpis(const QDate& today, const QStringList& storeIds)
{
    return withIndexState([&](QSqlDatabase& db, bool ready) -> Result<DashboardKpis, StoreError> {
        QString storeTerm;
        if (!storeIds.isEmpty())
            storeTerm = u" AND store_id IN (%1)"_s.arg(StoreSql::placeholders(storeIds.size()));
        auto codes = [](const QList<int>& list) {
            QStringList text;
            for (int code : list)
                text << QString::number(code);
            return text.join(u", "_s);
        };
        using Code = PaymentStatus::Code;
        const int paid = StoreSchema::statusCodeToDb(Code::Paid);
        const int partially = StoreSchema::statusCodeToDb(Code::PartiallyRefunded);

        DashboardKpis kpis;
        // All figures from the same commit.
        ReadTransaction read(db);
        if (auto r = read.begin(); !r)
            return fail(std::move(r).error());

        auto countWhere = [&](const QString& where,
                              const QString& source = u"payments"_s) -> Result<qint64, StoreError> {
            QSqlQuery q(db);
            q.prepare(u"SELECT count(*) FROM "_s + source + u" WHERE "_s + where + storeTerm);
            StoreSql::bindAll(q, QVariantList(storeIds.cbegin(), storeIds.cend()));
            PD_EXEC(q);
            if (!q.next())
                return fail(StoreSql::error(q.lastError()));
            return q.value(0).toLongLong();
        };
        auto open = countWhere(u"status_code IN (%1)"_s.arg(codes(StoreSchema::openStatusCodes())));
        if (!open)
            return fail(std::move(open).error());
        kpis.open = *open;
        auto failed = countWhere(u"status_code IN (%1)"_s.arg(StoreSchema::statusCodeToDb(Code::Failed)));
        if (!failed)
            return fail(std::move(failed).error());
        kpis.failed = *failed;
        // Written exactly like the partial index idx_payments_awaiting, and named: without
        // statistics SQLite would rather walk every paid row through idx_payments_status (2.6 s at 1M).
        auto awaiting =
            countWhere(u"status_code IN (%1, %2) AND funds_cleared = 0"_s.arg(paid).arg(partially),
                       ready ? u"payments INDEXED BY idx_payments_awaiting"_s : u"payments"_s);
        if (!awaiting)
            return fail(std::move(awaiting).error());
        kpis.awaitingClearance = *awaiting;

        // The rows of DashboardKpis::paidTodayQuery(), the same criteria a click on the figure
        // filters the table by.
        PaymentQuery paidToday = DashboardKpis::paidTodayQuery(today);
        paidToday.storeIds = storeIds;
        const PaymentQuerySql paidSql(paidToday, ready ? PaymentQuerySql::Indexes::Ready
                                                       : PaymentQuerySql::Indexes::Building);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT COALESCE(amount_paid_currency, currency), "
                  "sum(COALESCE(amount_paid_minor, amount_minor)), count(*) FROM payments"_s +
                  paidSql.where() + u" GROUP BY 1"_s);
        const QVariantList binds = paidSql.binds();
        StoreSql::bindAll(q, binds);
        PD_EXEC(q);
        while (q.next()) {
            kpis.paidTodayAmount.insert(q.value(0).toString(), q.value(1).toLongLong());
            kpis.paidToday += q.value(2).toLongLong();
        }
        if (q.lastError().isValid())
            return fail(StoreSql::error(q.lastError()));
        return kpis;
    });
}

// ---- bulk load -----------------------------------------------------------------------------

Result<bool, StoreError> PaymentStore::beginBulkLoad()
{
    QMutexLocker bulk(&m_bulkMutex);
    if (m_bulkLoaders > 0) {
        ++m_bulkLoaders;
        return true;
    }
    // A build in progress (after a crash, or of an earlier load) stops between two steps: the
    // load goes faster without the indexes built so far, and they are all built again after it.
    stopIndexBuild();
    auto entered = withConnection([&](QSqlDatabase& db) -> Result<bool, StoreError> {
        WriteTransaction tx(db);
        if (auto r = tx.begin(); !r)
            return fail(std::move(r).error());
        auto pending = StoreIndexes::pending(db);
        if (!pending)
            return fail(std::move(pending).error());
        if (!*pending) {
            QSqlQuery q(db);
            if (!q.exec(u"SELECT count(*) FROM (SELECT 1 FROM payments LIMIT %1)"_s.arg(BulkLoadMaxRows)) ||
                !q.next())
                return fail(StoreSql::error(q.lastError()));
            if (q.value(0).toInt() >= BulkLoadMaxRows)
                return false;
        }
        if (auto r = StoreIndexes::dropForBulkLoad(db); !r)
            return fail(std::move(r).error());
        // Before the commit: a read from then on finds payments through it.
        if (auto r = m_paymentIds.activate(db); !r)
            return fail(std::move(r).error());
        if (auto r = tx.commit(); !r) {
            m_paymentIds.release(); // the index is still there
            return fail(std::move(r).error());
        }
        setCheckpointPages(db, BulkLoadCheckpointPages);
        return true;
    });
    if (!entered || !*entered) {
        if (isIndexing())
            startIndexBuild(); // the build that was stopped above goes on
        return entered;
    }
    ++m_bulkLoaders;
    qCInfo(lcStore) << "bulk load: indexes set aside until it ends";
    setIndexing(true);
    return true;
}

void PaymentStore::endBulkLoad()
{
    QMutexLocker bulk(&m_bulkMutex);
    if (m_bulkLoaders == 0)
        return;
    if (--m_bulkLoaders == 0) {
        auto reset = withConnection([](QSqlDatabase& db) -> Result<Done, StoreError> {
            setCheckpointPages(db, DefaultCheckpointPages);
            return Done{};
        });
        if (!reset)
            qCWarning(lcStore) << "cannot restore the checkpoint interval:" << reset.error().detail;
        startIndexBuild();
    }
}

void PaymentStore::setCheckpointPages(const QSqlDatabase& db, int pages)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(pages)))
        qCWarning(lcStore) << "cannot set the checkpoint interval:" << q.lastError().text();
}

bool PaymentStore::waitForIndexes(int timeoutMs)
{
    QMutexLocker bulk(&m_bulkMutex);
    if (m_indexBuild)
        m_indexBuild->wait(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                         : QDeadlineTimer(timeoutMs));
    return !isIndexing();
}

void PaymentStore::startIndexBuild()
{
    if (m_indexBuild && m_indexBuild->isRunning())
        return;
    m_indexBuild.reset();
    m_stopIndexBuild.storeRelease(0);
    m_indexBuild.reset(QThread::create([this] {
        yieldToOtherThreads();
        QElapsedTimer timer;
        timer.start();
        bool ready = false;
        int busy = 0;
        while (m_stopIndexBuild.loadAcquire() == 0) {
            auto step = withConnection([this](QSqlDatabase& db) -> Result<bool, StoreError> {
                auto ready = StoreIndexes::buildStep(db);
                // The unique index on payment_id, built first, is back: the map gives way to it.
                if (ready && m_paymentIds.isActive()) {
                    if (auto byId = StoreIndexes::has(db, StoreSchema::paymentIdIndex()); byId && *byId)
                        m_paymentIds.release();
                }
                return ready;
            });
            if (!step) {
                // Another writer held the file past the busy timeout: try again, a few times.
                if (step.error().kind == StoreError::Kind::Busy && ++busy < 10)
                    continue;
                qCWarning(lcStore) << "index build stopped:" << step.error().detail
                                   << "(goes on at the next start)";
                break;
            }
            busy = 0;
            if (*step) {
                ready = true;
                break;
            }
        }
        closeThreadConnection();
        if (ready) {
            qCInfo(lcStore) << "indexes built in" << timer.elapsed() << "ms";
            setIndexing(false);
        }
    }));
    m_indexBuild->setObjectName(u"paydesk-indexes"_s);
    m_indexBuild->start(QThread::LowPriority);
}

void PaymentStore::stopIndexBuild()
{
    if (!m_indexBuild)
        return;
    m_stopIndexBuild.storeRelease(1);
    m_indexBuild->wait();
    m_indexBuild.reset();
}

void PaymentStore::setIndexing(bool indexing)
{
    const int value = indexing ? 1 : 0;
    if (m_indexing.fetchAndStoreOrdered(value) != value)
        Q_EMIT indexingChanged(indexing);
}

// ---- outbox --------------------------------------------------------------------------------

Result<qint64, StoreError> PaymentStore::enqueueAction(const OutboxEntry& entry, const AuditEntry& audit)
{
    if (entry.idempotencyKey.trimmed().isEmpty())
        return fail(StoreError::make(StoreError::Kind::InvalidArgument, u"empty idempotency key"_s));
    auto id = withConnection([&](QSqlDatabase& db) -> Result<qint64, StoreError> {
        retryOutboxMarks(db);
        WriteTransaction tx(db);
        if (auto r = tx.begin(); !r)
            return fail(std::move(r).error());
        const QDateTime now = m_clock.now();
        auto inserted = OutboxTable(db).insert(entry, now);
        if (!inserted)
            return inserted;
        if (auto r = AuditLog(db).append(audit, now); !r)
            return fail(std::move(r).error());
        if (auto r = tx.commit(); !r)
            return fail(std::move(r).error());
        return inserted;
    });
    if (id)
        Q_EMIT outboxChanged();
    return id;
}

Result<QList<OutboxEntry>, StoreError> PaymentStore::dueOutbox(const QDateTime& now)
{
    return withConnection([&](QSqlDatabase& db) {
        retryOutboxMarks(db);
        return OutboxTable(db).due(now);
    });
}

Result<QList<OutboxEntry>, StoreError> PaymentStore::outboxEntries(const QList<OutboxEntry::State>& states)
{
    return withConnection([&](QSqlDatabase& db) { return OutboxTable(db).entries(states); });
}

Result<std::optional<OutboxEntry>, StoreError> PaymentStore::outboxEntry(qint64 id)
{
    return withConnection([&](QSqlDatabase& db) { return OutboxTable(db).entry(id); });
}

Result<int, StoreError> PaymentStore::queuedActionCount()
{
    return withConnection([](QSqlDatabase& db) { return OutboxTable(db).unsentCount(); });
}

Result<Done, StoreError> PaymentStore::markOutboxSending(qint64 id, const QDateTime& now)
{
    auto marked = withConnection([&](QSqlDatabase& db) {
        retryOutboxMarks(db);
        return OutboxTable(db).markSending(id, now);
    });
    if (marked)
        Q_EMIT outboxChanged();
    return marked;
}

Result<Done, StoreError> PaymentStore::markOutboxSent(qint64 id, const QDateTime& now,
                                                      const QString& paymentId)
{
    return withConnection([&](QSqlDatabase& db) {
        return finishSend(db, id, [id, now, paymentId](QSqlDatabase& on) {
            return OutboxTable(on).markSent(id, now, paymentId);
        });
    });
}

Result<Done, StoreError> PaymentStore::markOutboxFailed(qint64 id, const QDateTime& now, const QString& error)
{
    return withConnection([&](QSqlDatabase& db) -> Result<Done, StoreError> {
        auto marked = finishSend(db, id, [id, now, error](QSqlDatabase& on) {
            return OutboxTable(on).markFailed(id, now, error);
        });
        if (marked || marked.error().kind == StoreError::Kind::NotFound)
            return marked;
        // Not recorded as failed: rather than wait in Sending for the kept mark to land, queue it
        // again; a replay with the same key brings the same refusal and another try at the mark.
        auto requeued =
            OutboxTable(db).requeueSending(id, now.addMSecs(RequeueAfterFailedMarkMs), error, m_clock.now());
        if (requeued) {
            QMutexLocker lock(&m_marksMutex);
            m_pendingMarks.remove(id);
            lock.unlock();
            qCWarning(lcOutbox) << "entry" << id << "could not be marked failed; queued again";
            Q_EMIT outboxChanged();
        }
        return marked;
    });
}

Result<Done, StoreError> PaymentStore::markOutboxRetryLater(qint64 id, const QDateTime& nextAttemptAt,
                                                            const QString& error)
{
    return withConnection([&](QSqlDatabase& db) {
        const QDateTime now = m_clock.now();
        return finishSend(db, id, [id, nextAttemptAt, error, now](QSqlDatabase& on) {
            return OutboxTable(on).markRetryLater(id, nextAttemptAt, error, now);
        });
    });
}

Result<Done, StoreError> PaymentStore::finishSend(QSqlDatabase& db, qint64 id, const OutboxMark& mark)
{
    retryOutboxMarks(db);
    auto marked = mark(db);
    if (marked) {
        Q_EMIT outboxChanged();
        return marked;
    }
    if (marked.error().kind != StoreError::Kind::NotFound) {
        qCWarning(lcOutbox) << "could not record the end of sending entry" << id << ":"
                            << marked.error().detail << "; trying again with the next outbox call";
        QMutexLocker lock(&m_marksMutex);
        m_pendingMarks.insert(id, mark);
    }
    return marked;
}

void PaymentStore::retryOutboxMarks(QSqlDatabase& db)
{
    QMutexLocker lock(&m_marksMutex);
    bool landed = false;
    for (auto it = m_pendingMarks.begin(); it != m_pendingMarks.end();) {
        auto marked = it.value()(db);
        if (marked || marked.error().kind == StoreError::Kind::NotFound) {
            landed = landed || marked.ok();
            it = m_pendingMarks.erase(it);
        } else {
            ++it;
        }
    }
    lock.unlock();
    if (landed)
        Q_EMIT outboxChanged();
}

// ---- audit ---------------------------------------------------------------------------------

Result<qint64, StoreError> PaymentStore::appendAudit(const AuditEntry& entry)
{
    return withConnection([&](QSqlDatabase& db) -> Result<qint64, StoreError> {
        WriteTransaction tx(db);
        if (auto r = tx.begin(); !r)
            return fail(std::move(r).error());
        auto id = AuditLog(db).append(entry, m_clock.now());
        if (!id)
            return id;
        if (auto r = tx.commit(); !r)
            return fail(std::move(r).error());
        return id;
    });
}

Result<QList<AuditEntry>, StoreError> PaymentStore::auditEntries(int limit)
{
    return withConnection([&](QSqlDatabase& db) { return AuditLog(db).newest(limit); });
}

Result<AuditChainCheck, StoreError> PaymentStore::verifyAuditChain()
{
    return withConnection([](QSqlDatabase& db) { return AuditLog(db).verify(); });
}

// ---- maintenance ---------------------------------------------------------------------------

void PaymentStore::requestRecoveryOnNextOpen()
{
    if (StoreFile::markDamaged(m_path))
        qCWarning(lcStore) << "cache marked as damaged; it will be rebuilt on the next start";
    else
        qCWarning(lcStore) << "cache is damaged, but the damage marker could not be written";
    // Tell the dealer once, however many calls meet the damage.
    if (m_damaged.testAndSetOrdered(0, 1))
        Q_EMIT damageDetected(damageMessage());
}

Result<Done, StoreError> PaymentStore::integrityCheck()
{
    return withConnection([](QSqlDatabase& db) { return StoreFile::integrityCheck(db); });
}

} // namespace paydesk
