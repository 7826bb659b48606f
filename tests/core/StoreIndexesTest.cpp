// Bulk load (issue 9): a first sync into an empty cache goes in without the secondary indexes
// and the FTS index (PaymentStore::beginBulkLoad(), StoreIndexes), which are built again
// afterwards — exactly as the migrations make them, with writes made meanwhile reaching the FTS
// index, every read correct while they are missing, and a kill -9 at any moment leaving a cache
// that the next open() finishes. And every secondary index is read by some dashboard query.
#include "store/StoreIndexes.h"

#include "QtPrinters.h"
#include "StoreTestSupport.h"
#include "store/DashboardKpis.h"
#include "store/PaymentIdIndex.h"
#include "store/PaymentQuerySql.h"
#include "store/StoreSchema.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <random>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;
using Code = PaymentStatus::Code;
using Sort = PaymentQuery::SortColumn;

namespace {

/// A connection of the test's own to the cache file, closed and removed at the end of scope.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(u"indexes-test-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        EXPECT_TRUE(db.open());
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /// name → sql of the payments table's indexes and triggers (autoindexes have no sql).
    QMap<QString, QString> derived() const
    {
        QSqlQuery q(db());
        EXPECT_TRUE(q.exec(u"SELECT name, sql FROM sqlite_master WHERE tbl_name = 'payments' AND type IN "
                           "('index', 'trigger') AND sql IS NOT NULL"_s));
        QMap<QString, QString> map;
        while (q.next())
            map.insert(q.value(0).toString(), q.value(1).toString());
        return map;
    }

    QStringList plan(const QString& sql, const QVariantList& binds = {}) const
    {
        QSqlQuery explain(db());
        EXPECT_TRUE(explain.prepare(u"EXPLAIN QUERY PLAN "_s + sql))
            << explain.lastError().text().toStdString();
        for (const QVariant& bind : binds)
            explain.addBindValue(bind);
        EXPECT_TRUE(explain.exec()) << explain.lastError().text().toStdString() << " in "
                                    << sql.toStdString();
        QStringList steps;
        while (explain.next())
            steps << explain.value(3).toString();
        return steps;
    }

    /// FTS5's own check that its index matches the content table.
    bool ftsConsistent() const
    {
        QSqlQuery q(db());
        const bool ok =
            q.exec(u"INSERT INTO payments_fts(payments_fts, rank) VALUES ('integrity-check', 1)"_s);
        EXPECT_TRUE(ok) << q.lastError().text().toStdString();
        return ok;
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

/// What a freshly migrated cache has: the reference for the rebuilt one.
QMap<QString, QString> freshDerived()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fresh.sqlite"_s);
    {
        auto opened = PaymentStore::open(path);
        EXPECT_TRUE(opened.ok());
    }
    return RawConnection(path).derived();
}

QList<Payment> customers(int from, int count, const QString& name)
{
    QList<Payment> page;
    for (int i = from; i < from + count; ++i) {
        Payment p =
            makePayment(u"bulk_%1"_s.arg(i, 6, 10, QChar(u'0')), 1, i % 3 == 0 ? Code::Paid : Code::Notified);
        p.customer.name = u"%1 %2"_s.arg(name).arg(i % 7 == 0 ? u"Kowalski"_s : u"Smith"_s);
        p.customer.email = u"c%1@example.com"_s.arg(i);
        p.storeId = u"S%1"_s.arg(i % 4);
        p.amount = gbp(1000 + i);
        p.sequence = i + 1;
        page << p;
    }
    return page;
}

qint64 countText(PaymentStore& store, const QString& text)
{
    PaymentQuery q;
    q.text = text;
    q.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return store.count(q).valueOr(-1);
}

} // namespace

TEST(StoreIndexes, TheListIsWhatTheMigrationsMake)
{
    // Bulk load drops and rebuilds from StoreSchema's lists: they must be the migrations' own
    // statements, or a rebuilt cache would differ from a migrated one.
    const QMap<QString, QString> fresh = freshDerived();
    QMap<QString, QString> listed;
    for (const auto& list : {StoreSchema::paymentIndexes(), StoreSchema::ftsTriggers()}) {
        for (const StoreSchema::Derived& derived : list)
            listed.insert(derived.name, derived.sql);
    }
    EXPECT_EQ(listed, fresh);
}

TEST(StoreIndexes, EverySecondaryIndexIsReadBySomeDashboardQuery)
{
    // An index nobody reads costs every write and every bulk load for nothing; one that the
    // planner skips for a shape it was made for makes that shape slow. So each must show up in
    // the plan of a query the store runs (PaymentQuerySql, the KPI strip, the kiosk look-up).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plans.sqlite"_s);
    {
        auto opened = PaymentStore::open(path);
        ASSERT_TRUE(opened.ok());
        ASSERT_TRUE((*opened)->upsertBatch(customers(0, 300, u"Olga"_s)).ok());
    }
    RawConnection raw(path);
    QStringList plans;
    auto planQuery = [&](const PaymentQuery& q) {
        PaymentQuerySql sql(q);
        plans << raw.plan(sql.select(u"row_id"_s, sql.walkSource()), sql.binds());
        for (const PaymentQuerySql::Candidate& candidate : sql.candidates(400)) {
            plans << raw.plan(candidate.idsSql.isEmpty() ? candidate.countSql : candidate.idsSql,
                              candidate.binds);
            plans << raw.plan(sql.select(u"row_id"_s, candidate.source), sql.binds());
        }
    };
    for (Sort sort : {Sort::Updated, Sort::Created, Sort::Status, Sort::Customer, Sort::Reference,
                      Sort::Amount, Sort::Provider, Sort::Store, Sort::Expires}) {
        PaymentQuery q;
        q.sortColumn = sort;
        planQuery(q);
    }
    PaymentQuery filters;
    filters.statuses = {Code::Paid};
    filters.storeIds = {u"S1"_s};
    filters.providers = {u"keyloop"_s};
    filters.from = at(1);
    filters.to = at(2);
    filters.amountMin = 100;
    filters.text = u"olga"_s;
    planQuery(filters);
    filters.dateField = PaymentQuery::DateField::Created;
    filters.text = u"£10.00"_s;
    planQuery(filters);
    // A range of the paid date (the "Paid today" figure and the list its click shows) reads the
    // partial index on paid_at, both as the planner's candidate and in the plain count.
    {
        const PaymentQuery paid = DashboardKpis::paidTodayQuery(at(1).toLocalTime().date());
        const PaymentQuerySql sql(paid);
        const QList<PaymentQuerySql::Candidate> candidates = sql.candidates(400);
        ASSERT_EQ(candidates.size(), 1);
        const QString read =
            raw.plan(sql.select(u"row_id"_s, candidates.first().source), sql.binds()).join(u"\n"_s);
        EXPECT_TRUE(read.contains(u"idx_payments_paid_at"_s)) << read.toStdString();
        const QString counted = raw.plan(sql.count(), sql.binds()).join(u"\n"_s);
        EXPECT_TRUE(counted.contains(u"idx_payments_paid_at"_s)) << counted.toStdString();
        planQuery(paid);
    }
    // The KPI strip (PaymentStore::kpis) and the kiosk's reference look-up, as the store writes them.
    plans << raw.plan(u"SELECT count(*) FROM payments INDEXED BY idx_payments_awaiting WHERE status_code IN "
                      "(70, 80) AND funds_cleared = 0"_s);
    plans << raw.plan(u"SELECT COALESCE(amount_paid_currency, currency), sum(COALESCE(amount_paid_minor, "
                      "amount_minor)), count(*) FROM payments WHERE paid_at IS NOT NULL AND paid_at >= ? AND "
                      "paid_at < ? GROUP BY 1"_s,
                      {0, 1});
    plans << raw.plan(
        u"SELECT row_id FROM payments WHERE reference_number = ? COLLATE NOCASE AND store_id IN "
        "(?) ORDER BY row_id LIMIT ?"_s,
        {u"INV-1"_s, u"S1"_s, 20});
    // Every write, and the detail pane, find a payment by its id (PaymentUpserter, PaymentStore::rowOf).
    plans << raw.plan(u"SELECT row_id FROM payments WHERE payment_id = ?"_s, {u"bulk_000001"_s});
    const QString all = plans.join(u"\n"_s);
    for (const StoreSchema::Derived& index : StoreSchema::paymentIndexes()) {
        EXPECT_TRUE(QRegularExpression(u"\\b%1\\b"_s.arg(index.name)).match(all).hasMatch())
            << index.name.toStdString() << " is in no plan:\n"
            << all.toStdString();
    }
}

class StoreBulkLoad : public StoreFixture
{
};

TEST_F(StoreBulkLoad, LoadsWithoutIndexesAnswersCorrectlyMeanwhileAndBuildsThemAfter)
{
    QSignalSpy indexing(&store(), &PaymentStore::indexingChanged);
    auto bulk = store().beginBulkLoad();
    ASSERT_TRUE(bulk.ok());
    ASSERT_TRUE(*bulk);
    EXPECT_TRUE(store().isIndexing());
    ASSERT_EQ(indexing.size(), 1);
    EXPECT_TRUE(indexing.at(0).at(0).toBool());
    {
        RawConnection raw(m_path);
        EXPECT_TRUE(raw.derived().isEmpty()) << raw.derived().keys().join(u", "_s).toStdString();
    }
    for (int page = 0; page < 3; ++page) {
        ASSERT_TRUE(store()
                        .ingestFeedPage(customers(page * 500, 500, page == 1 ? u"Zoë"_s : u"Olga"_s), u"E1"_s,
                                        u"S1"_s, (page + 1) * 500)
                        .ok());
    }
    // Meanwhile every read answers, without the indexes: filters, sorts, text, amounts, KPIs.
    EXPECT_EQ(countText(store(), u"olga"_s), 1000);
    EXPECT_EQ(countText(store(), u"kowal"_s), 215);
    EXPECT_EQ(countText(store(), u"zoë smi"_s), 500 - 71);
    EXPECT_EQ(countText(store(), u"c1499@example"_s), 1);
    EXPECT_EQ(countText(store(), u"£10.07"_s), 1);
    PaymentQuery bySort;
    bySort.sortColumn = Sort::Customer;
    bySort.storeIds = {u"S2"_s};
    bySort.limit = 5;
    auto page = store().query(bySort);
    ASSERT_TRUE(page.ok()) << page.error().detail.toStdString();
    EXPECT_EQ(page->size(), 5);
    EXPECT_TRUE(store().kpis(at(1).date()).ok());
    EXPECT_EQ(*store().storeIds(), (QStringList{u"S0"_s, u"S1"_s, u"S2"_s, u"S3"_s}));

    store().endBulkLoad();
    ASSERT_TRUE(store().waitForIndexes(60'000));
    EXPECT_FALSE(store().isIndexing());
    ASSERT_EQ(indexing.size(), 2);
    EXPECT_FALSE(indexing.at(1).at(0).toBool());
    RawConnection raw(m_path);
    EXPECT_EQ(raw.derived(), freshDerived());
    EXPECT_TRUE(raw.ftsConsistent());
    // The same answers through the indexes.
    EXPECT_EQ(countText(store(), u"olga"_s), 1000);
    EXPECT_EQ(countText(store(), u"kowal"_s), 215);
    EXPECT_EQ(countText(store(), u"zoe smi"_s), 500 - 71);
    EXPECT_EQ(countText(store(), u"c1499@example"_s), 1);
    EXPECT_EQ(countText(store(), u"£10.07"_s), 1);
    // And writes after it keep the FTS index in step through its usual triggers.
    Payment renamed = customers(3, 1, u"Olga"_s).first();
    renamed.customer.name = u"Quentin Blake"_s;
    renamed.version = 2;
    ASSERT_TRUE(store().upsert(renamed).ok());
    EXPECT_EQ(countText(store(), u"quentin"_s), 1);
    EXPECT_TRUE(raw.ftsConsistent());
}

TEST_F(StoreBulkLoad, TheLoadCheckpointsTheLogLessOftenAndTheWritesAfterItAsBefore)
{
    // Frames in the write-ahead log now (a checkpoint restarts it, the next write at its start).
    const auto framesInLog = [this] {
        RawConnection raw(m_path);
        QSqlQuery q(raw.db());
        EXPECT_TRUE(q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && q.next());
        return q.value(1).toInt();
    };
    const auto load = [this](int from, int pages) {
        for (int page = from; page < from + pages; ++page) {
            ASSERT_TRUE(store()
                            .ingestFeedPage(customers(page * 1000, 1000, u"Olga"_s), u"E1"_s, u"S1"_s,
                                            (page + 1) * 1000)
                            .ok());
        }
    };
    ASSERT_TRUE(*store().beginBulkLoad());
    load(0, 24); // about 1,900 pages of the log
    // SQLite's interval (1000 pages) would have restarted the log during these pages.
    EXPECT_GT(framesInLog(), 1500);
    store().endBulkLoad();
    ASSERT_TRUE(store().waitForIndexes(60'000));
    framesInLog(); // checkpointed: the next writes start the log again
    load(24, 24);
    EXPECT_LT(framesInLog(), 1500);
}

TEST_F(StoreBulkLoad, ACacheThatHoldsPaymentsKeepsItsIndexes)
{
    ASSERT_TRUE(store().upsertBatch(customers(0, PaymentStore::BulkLoadMaxRows, u"Olga"_s)).ok());
    auto bulk = store().beginBulkLoad();
    ASSERT_TRUE(bulk.ok());
    EXPECT_FALSE(*bulk);
    EXPECT_FALSE(store().isIndexing());
    EXPECT_EQ(RawConnection(m_path).derived(), freshDerived());
}

TEST_F(StoreBulkLoad, WritesMadeWhileTheFtsIndexIsFilledReachIt)
{
    // The build fills the FTS index a chunk of rows a transaction; a write between two chunks,
    // below the filled mark, above it, or a new row, must end up in the index exactly once.
    ASSERT_TRUE(*store().beginBulkLoad());
    ASSERT_TRUE(store().upsertBatch(customers(0, 1000, u"Olga"_s)).ok());
    RawConnection raw(m_path);
    int steps = 0;
    int round = 0;
    for (;;) {
        auto step = StoreIndexes::buildStep(raw.db(), 150);
        ASSERT_TRUE(step.ok()) << step.error().detail.toStdString();
        if (*step)
            break;
        ASSERT_LT(++steps, 100);
        if (steps <= int(StoreSchema::paymentIndexes().size()) || round == 6)
            continue; // still the indexes, or enough rounds (a new row each round keeps the fill going)
        // Rename one row below the mark and one above, and add one.
        ++round;
        QList<Payment> writes =
            customers(round * 70, 1, u"Olga"_s) + customers(999 - round * 70, 1, u"Olga"_s);
        for (Payment& p : writes) {
            p.customer.name = u"Renamed%1 Person"_s.arg(round);
            p.version = 2;
        }
        writes << customers(2000 + round, 1, u"Added%1"_s.arg(round));
        ASSERT_TRUE(store().upsertBatch(writes).ok());
    }
    ASSERT_GE(round, 5);
    EXPECT_TRUE(raw.ftsConsistent());
    EXPECT_EQ(raw.derived(), freshDerived());
    store().endBulkLoad();
    ASSERT_TRUE(store().waitForIndexes(60'000));
    for (int r = 1; r <= round; ++r) {
        EXPECT_EQ(countText(store(), u"renamed%1"_s.arg(r)), 2) << r;
        EXPECT_EQ(countText(store(), u"added%1"_s.arg(r)), 1) << r;
    }
    EXPECT_EQ(countText(store(), u"olga"_s), 1000 - 2 * round);
}

TEST_F(StoreBulkLoad, APaymentSentAgainDuringTheLoadIsUpdatedNotAddedAndIsFoundByItsId)
{
    // The unique index on payment_id is set aside with the others; PaymentIdIndex stands in for
    // it: a payment sent again (a later page, the same page, a single write) updates its row.
    ASSERT_TRUE(*store().beginBulkLoad());
    {
        RawConnection raw(m_path);
        EXPECT_FALSE(raw.derived().contains(StoreSchema::paymentIdIndex()));
    }
    ASSERT_TRUE(store().ingestFeedPage(customers(0, 500, u"Olga"_s), u"E1"_s, u"S1"_s, 500).ok());
    QList<Payment> again = customers(10, 3, u"Again"_s);
    for (Payment& p : again)
        p.version = 2;
    Payment twice = customers(600, 1, u"Twice"_s).first();
    twice.version = 3;
    QList<Payment> page = customers(500, 500, u"Olga"_s) + again;
    page << twice;
    ASSERT_TRUE(store().ingestFeedPage(page, u"E1"_s, u"S1"_s, 1000).ok());
    Payment single = customers(11, 1, u"Single"_s).first();
    single.version = 4;
    ASSERT_TRUE(store().upsert(single).ok());

    auto check = [&](const char* when) {
        SCOPED_TRACE(when);
        EXPECT_EQ(*store().count({}), 1000);
        auto again10 = store().payment(u"bulk_000010"_s);
        ASSERT_TRUE(again10.ok() && again10->has_value());
        EXPECT_EQ((*again10)->version, 2);
        EXPECT_TRUE((*again10)->customer.name.startsWith(u"Again"_s));
        auto single11 = store().payment(u"bulk_000011"_s);
        ASSERT_TRUE(single11.ok() && single11->has_value());
        EXPECT_EQ((*single11)->version, 4);
        auto twice600 = store().payment(u"bulk_000600"_s);
        ASSERT_TRUE(twice600.ok() && twice600->has_value());
        EXPECT_EQ((*twice600)->version, 3);
        auto none = store().payment(u"bulk_999999"_s);
        ASSERT_TRUE(none.ok());
        EXPECT_FALSE(none->has_value());
        EXPECT_TRUE(store().rowIdOf(u"bulk_000999"_s)->has_value());
        EXPECT_FALSE(store().rowIdOf(u"bulk_999999"_s)->has_value());
        EXPECT_EQ(countText(store(), u"again"_s), 2);
    };
    check("during the load");
    const QList<StatusChange> steps = {StatusChange{PaymentStatus(Code::Notified), at(1)}};
    ASSERT_TRUE(store().replaceHistory(u"bulk_000042"_s, steps).ok());
    EXPECT_EQ((*store().payment(u"bulk_000042"_s))->history.size(), 1);
    EXPECT_EQ(store().replaceHistory(u"bulk_999999"_s, steps).error().kind, StoreError::Kind::NotFound);

    store().endBulkLoad();
    ASSERT_TRUE(store().waitForIndexes(60'000));
    check("after the build");
    RawConnection raw(m_path);
    EXPECT_EQ(raw.derived(), freshDerived());
    QSqlQuery duplicate(raw.db());
    EXPECT_FALSE(duplicate.exec(u"INSERT INTO payments SELECT * FROM payments WHERE row_id = 1"_s));
}

TEST_F(StoreBulkLoad, ClosedMidLoadTheNextOpenStillFindsEachPaymentByItsId)
{
    ASSERT_TRUE(*store().beginBulkLoad());
    ASSERT_TRUE(store().ingestFeedPage(customers(0, 500, u"Olga"_s), u"E1"_s, u"S1"_s, 500).ok());
    reopen(); // the file still has no index on payment_id
    EXPECT_TRUE(store().isIndexing());
    QList<Payment> again = customers(0, 500, u"Again"_s);
    for (Payment& p : again)
        p.version = 2;
    ASSERT_TRUE(store().ingestFeedPage(again, u"E1"_s, u"S1"_s, 1000).ok());
    ASSERT_TRUE(store().waitForIndexes(60'000));
    EXPECT_EQ(*store().count({}), 500);
    EXPECT_EQ(countText(store(), u"again"_s), 500);
    EXPECT_EQ(RawConnection(m_path).derived(), freshDerived());
}

namespace {
quint32 oneHashForAll(QStringView)
{
    return 7;
}
} // namespace

TEST(PaymentIdIndex, AnswersOnlyWhileActiveAndIdsThatShareAHashFindTheirOwnRows)
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(u"ids.sqlite"_s));
    QSqlQuery q(raw.db());
    ASSERT_TRUE(q.exec(u"CREATE TABLE payments (row_id INTEGER PRIMARY KEY, payment_id TEXT)"_s));
    ASSERT_TRUE(q.exec(u"INSERT INTO payments VALUES (1, 'a'), (2, 'b')"_s));

    PaymentIdIndex ids(oneHashForAll);
    ids.add(u"x"_s, 9); // not active: nothing kept
    EXPECT_FALSE(ids.find(u"a").active);
    ASSERT_TRUE(ids.activate(raw.db()).ok());
    EXPECT_TRUE(ids.isActive());
    EXPECT_EQ(ids.find(u"a").rowId, 1);
    EXPECT_EQ(ids.find(u"b").rowId, 2);
    // An id it never saw gets the row of its hash, which the reader checks (not proof, PaymentIdIndex).
    EXPECT_EQ(ids.find(u"x").rowId, 1);
    ids.add(u"c"_s, 3);
    EXPECT_EQ(ids.find(u"c").rowId, 3);
    // A row rolled back (4), and the same id written again in another row.
    ids.add(u"d"_s, 4);
    ids.add(u"d"_s, 5);
    EXPECT_EQ(ids.find(u"d").rowId, 5);
    // A row id past 32 bits is kept whole.
    ids.add(u"e"_s, qint64(1) << 33);
    EXPECT_EQ(ids.find(u"e").rowId, qint64(1) << 33);
    ids.release();
    EXPECT_FALSE(ids.find(u"a").active);

    PaymentIdIndex hashed;
    ASSERT_TRUE(hashed.activate(raw.db()).ok());
    EXPECT_EQ(hashed.find(u"a").rowId, 1);
    EXPECT_EQ(hashed.find(u"b").rowId, 2);
    EXPECT_EQ(hashed.find(u"x").rowId, 0); // no row holds it: proof
}

TEST(StoreBulkLoadCrash, KilledMidLoadOrMidBuildTheNextOpenFinishesTheIndexes)
{
    // The crash child (StoreCrashChild.cpp) in bulk mode: it sets the indexes aside, ingests
    // pages, after a few pages ends the bulk load (the build starts on its thread) and goes on
    // writing. Killed with SIGKILL at a random moment of either phase, the next open() finds the
    // file consistent, with every committed page, and builds the indexes to what a migrated
    // cache has.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"bulk-crash.sqlite"_s);
    const QMap<QString, QString> fresh = freshDerived();
    std::mt19937 rng(909);
    for (int round = 0; round < 6; ++round) {
        const int bulkPages = 1 + static_cast<int>(rng() % 6);
        const int pages = 1 + static_cast<int>(rng() % 10);
        ASSERT_NO_FATAL_FAILURE(
            killCrashChildAfterPages({path, u"bulk"_s, QString::number(bulkPages)}, pages));

        auto opened = PaymentStore::open(path);
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        PaymentStore& store = **opened;
        EXPECT_FALSE(store.openReport().recoveredFromCorruption);
        ASSERT_TRUE(store.waitForIndexes(60'000)) << "round " << round;
        ASSERT_TRUE(store.integrityCheck().ok());
        const qint64 cursor = *store.syncCursor(u"E1"_s, u"S1"_s);
        EXPECT_EQ(*store.count({}), cursor);
        RawConnection raw(path);
        EXPECT_EQ(raw.derived(), fresh) << "round " << round;
        EXPECT_TRUE(raw.ftsConsistent());
        EXPECT_EQ(countText(store, u"crash"_s), cursor) << "round " << round;
    }
}
