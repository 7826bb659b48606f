// PaymentStore::query under both of its plans — "read the selective filter's index, then sort"
// and "walk the sort column's index" — forced by the planner threshold (0: always walk,
// 400: mixed, huge: always filter first). Every answer is checked against a plain in-memory
// filter and sort of the same rows.
#include "QtPrinters.h"
#include "StoreTestSupport.h"
#include "store/PaymentQuerySql.h"
#include "store/StorePlanner.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <random>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;
using Code = PaymentStatus::Code;
using Sort = PaymentQuery::SortColumn;

namespace {

constexpr int Rows = 3'000;

const QStringList Names = {u"amelia"_s, u"oliver"_s, u"isla"_s,  u"george"_s, u"ava"_s,
                           u"noah"_s,   u"smith"_s,  u"jones"_s, u"taylor"_s, u"brown"_s};

struct Reference
{
    Payment payment;
    qint64 rowId = 0;
    int statusRank = 0;
    QStringList words;
    QByteArray nocaseName;
    QByteArray nocaseReference;
    QByteArray provider;
    QByteArray store;
};

class StoreQueryPlan : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto opened = PaymentStore::open(s_dir->filePath(u"plan.sqlite"_s));
        ASSERT_TRUE(opened.ok());
        s_store = std::move(opened).value().release();

        std::mt19937 rng(7);
        auto pick = [&](int n) { return int(rng() % unsigned(n)); };
        const QList<Code> statuses = {Code::Paid,     Code::Paid,   Code::Paid,   Code::Paid,
                                      Code::Notified, Code::Viewed, Code::Failed, Code::Cancelled};
        QList<Payment> rows;
        for (int i = 0; i < Rows; ++i) {
            Payment p =
                makePayment(u"q%1"_s.arg(i, 5, 10, QChar(u'0')), 1, statuses.at(pick(statuses.size())));
            p.storeId = u"S%1"_s.arg(pick(12));
            p.provider = i % 97 == 0 ? u"mykaarma"_s : (pick(3) == 0 ? u"democrance"_s : u"keyloop"_s);
            p.amount = gbp(100 + pick(100'000));
            // A few ties on purpose, so the row-id tie-breaker is checked too.
            p.updatedAt = at(1).addSecs(pick(Rows * 10));
            p.createdAt = p.updatedAt.addSecs(-pick(5000));
            p.expiresAt = p.createdAt.addDays(14);
            p.customer.name = Names.at(pick(Names.size())) + u' ' + Names.at(pick(Names.size()));
            if (i % 150 == 0)
                p.customer.name = u"Rare Zanzibar"_s;
            p.customer.email = u"c%1@example.com"_s.arg(i);
            p.reference.number = u"INV-%1"_s.arg(100000 + i);
            p.fundsCleared = pick(2) == 0;
            rows << p;
        }
        ASSERT_TRUE(s_store->upsertBatch(rows).ok());
        s_reference = new QList<Reference>;
        for (int i = 0; i < rows.size(); ++i) {
            const Payment& p = rows.at(i);
            const int rank = statusRank(p.status.code());
            QStringList words;
            const QString text = p.customer.name + u' ' + p.customer.email + u' ' + p.reference.number;
            for (const QString& w :
                 text.toLower().split(QRegularExpression(u"[^a-z0-9]+"_s), Qt::SkipEmptyParts))
                words << w;
            s_reference->append(Reference{p, s_store->rowIdOf(p.paymentId)->value_or(0), rank, words,
                                          nocase(p.customer.name), nocase(p.reference.number),
                                          p.provider.toUtf8(), p.storeId.toUtf8()});
        }
    }
    static void TearDownTestSuite()
    {
        delete s_store;
        delete s_dir;
        delete s_reference;
    }

    static int statusRank(Code code)
    {
        // The documented lifecycle order of SortColumn::Status.
        const QList<Code> order = {Code::Initiated,  Code::Notified,  Code::Viewed,  Code::InProgress,
                                   Code::Authorised, Code::Failed,    Code::Paid,    Code::PartiallyRefunded,
                                   Code::Refunded,   Code::Cancelled, Code::Expired, Code::Unknown};
        return int(order.indexOf(code));
    }

    static QByteArray nocase(const QString& s)
    {
        QByteArray b = s.toUtf8();
        for (char& c : b)
            c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        return b;
    }

    /// The same query done the obvious way in memory.
    static QStringList expected(const PaymentQuery& q)
    {
        QList<const Reference*> hits;
        const QStringList words =
            q.text.toLower().split(QRegularExpression(u"[^a-z0-9]+"_s), Qt::SkipEmptyParts);
        // Text that reads as an amount also finds the payments of exactly that amount (all GBP).
        const auto amount = Money::parseUserInput(q.text, u"GBP"_s, q.locale);
        for (const Reference& r : *s_reference) {
            const Payment& p = r.payment;
            if (!q.statuses.isEmpty() && !q.statuses.contains(p.status.code()))
                continue;
            if (!q.storeIds.isEmpty() && !q.storeIds.contains(p.storeId))
                continue;
            if (!q.providers.isEmpty() && !q.providers.contains(p.provider))
                continue;
            if (q.amountMin && p.amount.minorUnits() < *q.amountMin)
                continue;
            if (q.amountMax && p.amount.minorUnits() > *q.amountMax)
                continue;
            if (q.fundsCleared && p.fundsCleared != *q.fundsCleared)
                continue;
            const QDateTime& date =
                q.dateField == PaymentQuery::DateField::Created ? p.createdAt : p.updatedAt;
            if (q.from.isValid() && date < q.from)
                continue;
            if (q.to.isValid() && date >= q.to)
                continue;
            bool all = true;
            for (const QString& w : words) {
                all = all && std::any_of(r.words.cbegin(), r.words.cend(),
                                         [&](const QString& t) { return t.startsWith(w); });
            }
            if (!all && !(amount && p.amount.minorUnits() == amount->minorUnits()))
                continue;
            hits << &r;
        }
        auto key = [&](const Reference* r) {
            const Payment& p = r->payment;
            const qint64 updated = p.updatedAt.toMSecsSinceEpoch();
            switch (q.sortColumn) {
            case Sort::Updated:
                return std::tuple(QByteArray(), qint64(0), updated, r->rowId);
            case Sort::Created:
                return std::tuple(QByteArray(), qint64(0), p.createdAt.toMSecsSinceEpoch(), r->rowId);
            case Sort::Status:
                return std::tuple(QByteArray(), qint64(r->statusRank), updated, r->rowId);
            case Sort::Customer:
                return std::tuple(r->nocaseName, qint64(0), qint64(0), r->rowId);
            case Sort::Reference:
                return std::tuple(r->nocaseReference, qint64(0), qint64(0), r->rowId);
            case Sort::Amount:
                return std::tuple(QByteArray(), p.amount.minorUnits(), qint64(0), r->rowId);
            case Sort::Provider:
                return std::tuple(r->provider, qint64(0), updated, r->rowId);
            case Sort::Store:
                return std::tuple(r->store, qint64(0), updated, r->rowId);
            case Sort::Expires:
                return std::tuple(QByteArray(), qint64(0), p.expiresAt.toMSecsSinceEpoch(), r->rowId);
            }
            return std::tuple(QByteArray(), qint64(0), qint64(0), r->rowId);
        };
        using Key = decltype(key(nullptr));
        std::vector<std::pair<Key, const Reference*>> keyed;
        keyed.reserve(hits.size());
        for (const Reference* r : hits)
            keyed.emplace_back(key(r), r);
        std::sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
            return q.sortOrder == Qt::AscendingOrder ? a.first < b.first : b.first < a.first;
        });
        QStringList ids;
        for (qsizetype i = q.offset; i < qsizetype(keyed.size()) && (q.limit <= 0 || i < q.offset + q.limit);
             ++i)
            ids << keyed.at(i).second->payment.paymentId;
        return ids;
    }

    static void check(const PaymentQuery& q)
    {
        // -1: the automatic threshold (by the table's size), as the store runs by default.
        for (int threshold : {-1, 0, 400, 1'000'000}) {
            s_store->setPlannerThreshold(threshold);
            SCOPED_TRACE(threshold);
            checkWithCurrentPlanner(q);
        }
        s_store->setPlannerThreshold(-1);
    }

    static void checkWithCurrentPlanner(PaymentQuery q)
    {
        for (Sort sort : {Sort::Updated, Sort::Created, Sort::Status, Sort::Customer, Sort::Reference,
                          Sort::Amount, Sort::Provider, Sort::Store, Sort::Expires}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                q.sortColumn = sort;
                q.sortOrder = order;
                for (int offset : {0, 37}) {
                    q.offset = offset;
                    q.limit = 40;
                    auto page = s_store->query(q);
                    ASSERT_TRUE(page.ok()) << page.error().detail.toStdString();
                    QStringList got;
                    for (const Payment& p : *page)
                        got << p.paymentId;
                    ASSERT_EQ(got, expected(q))
                        << "sort " << int(sort) << " order " << int(order) << " offset " << offset;
                }
            }
        }
        q.offset = 0;
        q.limit = 0;
        ASSERT_EQ(*s_store->count(q), expected(q).size());
        ASSERT_EQ(s_store->queryIds(q)->size(), expected(q).size());
    }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline PaymentStore* s_store = nullptr;
    static inline QList<Reference>* s_reference = nullptr;
};

} // namespace

TEST_F(StoreQueryPlan, NoFilter)
{
    check({});
}

TEST_F(StoreQueryPlan, DenseStatusAndStore)
{
    PaymentQuery q;
    q.statuses = {Code::Paid, Code::Viewed};
    q.storeIds = {u"S1"_s, u"S2"_s, u"S3"_s, u"S4"_s, u"S5"_s, u"S6"_s, u"S7"_s};
    check(q);
}

TEST_F(StoreQueryPlan, SelectiveProviderWithDenseStatus)
{
    PaymentQuery q;
    q.providers = {u"mykaarma"_s};
    q.statuses = {Code::Paid};
    check(q);
}

TEST_F(StoreQueryPlan, AmountAndDateRanges)
{
    PaymentQuery q;
    q.amountMin = 20'000;
    q.amountMax = 90'000;
    q.from = at(1).addSecs(Rows * 2);
    q.to = at(1).addSecs(Rows * 9);
    check(q);
    q.dateField = PaymentQuery::DateField::Created;
    q.fundsCleared = true;
    check(q);
}

TEST_F(StoreQueryPlan, TextSearchDenseAndRare)
{
    PaymentQuery q;
    q.text = u"smith"_s; // about a fifth of the rows
    check(q);
    q.text = u"zanzibar"_s;
    check(q);
    q.text = u"smi jon"_s;
    q.statuses = {Code::Paid, Code::Failed};
    check(q);
}

TEST_F(StoreQueryPlan, TextSearchByAmount)
{
    PaymentQuery q;
    const Payment& some = s_reference->at(42).payment;
    q.text = some.amount.formatUserInput(q.locale); // e.g. "523.17": rare
    check(q);
    q.text = u"1000"_s; // £1,000.00 or a reference starting 1000 (about a hundred)
    check(q);
    q.text = u"£1,000.00"_s;
    q.statuses = {Code::Paid};
    check(q);
    q.statuses.clear();
    q.locale = QLocale(QLocale::German, QLocale::Germany);
    q.text = some.amount.formatUserInput(q.locale); // "523,17"
    check(q);
}

TEST_F(StoreQueryPlan, TextSearchByAmountReadsTheAmountIndexNeverEveryRow)
{
    const QString name = u"plan-explain-amount"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(s_dir->filePath(u"plan.sqlite"_s));
        ASSERT_TRUE(db.open());
        auto planOf = [&](const QString& sql, const QVariantList& binds) {
            QSqlQuery explain(db);
            explain.prepare(u"EXPLAIN QUERY PLAN "_s + sql);
            for (const QVariant& bind : binds)
                explain.addBindValue(bind);
            EXPECT_TRUE(explain.exec()) << explain.lastError().text().toStdString();
            QStringList plan;
            while (explain.next())
                plan << explain.value(3).toString();
            return plan.join(u"; "_s);
        };
        PaymentQuery q;
        q.text = u"£1,000.00"_s;
        const PaymentQuerySql sql(q);
        const QList<PaymentQuerySql::Candidate> candidates = sql.candidates(400);
        ASSERT_EQ(candidates.size(), 1);
        const QString count = planOf(candidates.first().countSql, candidates.first().binds);
        EXPECT_TRUE(count.contains(u"idx_payments_amount"_s)) << count.toStdString();
        EXPECT_FALSE(QRegularExpression(u"SCAN payments($|;| )"_s).match(count).hasMatch())
            << count.toStdString();
        const QString rows = planOf(sql.select(u"row_id"_s, candidates.first().source), sql.binds());
        EXPECT_TRUE(rows.contains(u"idx_payments_amount"_s)) << rows.toStdString();
        EXPECT_FALSE(QRegularExpression(u"SCAN payments($|;| )"_s).match(rows).hasMatch())
            << rows.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(StoreQueryPlan, ATextSearchWithFewMatchesReadsTheFtsIndexOnceThenRowsByRowId)
{
    // The planner reads a text search's matching ids (capped) instead of counting them; when
    // they are few, the page is read by those row ids (the primary key), not by the FTS index a
    // second time. Without it, a rare search costs twice its FTS read (2.5× the bare query).
    const QString name = u"plan-explain-text"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(s_dir->filePath(u"plan.sqlite"_s));
        ASSERT_TRUE(db.open());
        auto planOf = [&](const QString& sql, const QVariantList& binds) {
            QSqlQuery explain(db);
            explain.prepare(u"EXPLAIN QUERY PLAN "_s + sql);
            for (const QVariant& bind : binds)
                explain.addBindValue(bind);
            EXPECT_TRUE(explain.exec()) << explain.lastError().text().toStdString();
            QStringList plan;
            while (explain.next())
                plan << explain.value(3).toString();
            return plan.join(u"; "_s);
        };
        PaymentQuery q;
        q.text = u"zanzibar"_s; // one row in 150
        q.statuses = {Code::Paid};
        PaymentQuerySql sql(q);
        const QList<PaymentQuerySql::Candidate> candidates = sql.candidates(400);
        ASSERT_EQ(candidates.size(), 2); // status, text
        const PaymentQuerySql::Candidate& text = candidates.at(1);
        ASSERT_FALSE(text.idsSql.isEmpty());
        const QString idsPlan = planOf(text.idsSql, text.binds);
        EXPECT_TRUE(idsPlan.contains(u"VIRTUAL TABLE INDEX"_s)) << idsPlan.toStdString(); // FTS5
        QSqlQuery read(db);
        read.prepare(text.idsSql);
        for (const QVariant& bind : text.binds)
            read.addBindValue(bind);
        ASSERT_TRUE(read.exec());
        QList<qint64> ids;
        while (read.next())
            ids << read.value(0).toLongLong();
        ASSERT_EQ(ids.size(), Rows / 150);
        EXPECT_EQ(sql.chooseCandidate({Rows / 2, ids.size()}, 400), 1);
        sql.useRowIds(text.predicate, ids);
        EXPECT_FALSE(sql.where().contains(u"payments_fts"_s)) << sql.where().toStdString();
        const QString rows = planOf(sql.select(u"row_id"_s, u"payments NOT INDEXED"_s), sql.binds());
        EXPECT_TRUE(rows.contains(u"INTEGER PRIMARY KEY"_s)) << rows.toStdString();
        EXPECT_FALSE(rows.contains(u"VIRTUAL TABLE"_s)) << rows.toStdString();
        EXPECT_FALSE(QRegularExpression(u"SCAN payments($|;| )"_s).match(rows).hasMatch())
            << rows.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // And the store's answer through that plan is the reference's.
    PaymentQuery q;
    q.text = u"zanzibar"_s;
    q.statuses = {Code::Paid};
    check(q);
}

TEST_F(StoreQueryPlan, ACommonWordReadsTheFtsIndexOnceThenWalksTheSortIndexForItsFirstPage)
{
    // "smith" is in about a fifth of the rows: more matches than the threshold, and nothing else
    // narrows the query. The planner reads all of them once and walks the sort's index until a
    // page of them has passed; the page is then read by those row ids. Before, the page's query
    // read the FTS index a second time and put every match in a temporary index before its walk
    // (83 ms for "a" over 1M rows, where a walk takes 8 ms).
    const QString name = u"plan-walk-text"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(s_dir->filePath(u"plan.sqlite"_s));
        ASSERT_TRUE(db.open());
        auto planOf = [&](const QString& sql, const QVariantList& binds) {
            QSqlQuery explain(db);
            explain.prepare(u"EXPLAIN QUERY PLAN "_s + sql);
            for (const QVariant& bind : binds)
                explain.addBindValue(bind);
            EXPECT_TRUE(explain.exec()) << explain.lastError().text().toStdString();
            QStringList plan;
            while (explain.next())
                plan << explain.value(3).toString();
            return plan.join(u"; "_s);
        };
        auto idsOf = [&](const QString& sql, const QVariantList& binds) {
            QSqlQuery q(db);
            EXPECT_TRUE(q.prepare(sql)) << q.lastError().text().toStdString();
            for (const QVariant& bind : binds)
                q.addBindValue(bind);
            EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
            QStringList ids;
            while (q.next())
                ids << q.value(0).toString();
            return ids;
        };
        for (int offset : {0, 37}) {
            SCOPED_TRACE(offset);
            PaymentQuery q;
            q.text = u"smith"_s;
            q.statuses = {Code::Paid, Code::Failed, Code::Notified}; // dense: no narrower candidate
            q.offset = offset;
            q.limit = 40;
            PaymentQuerySql sql(q);
            const int text = int(sql.predicates().size()) - 1;
            const QString walk = planOf(sql.walkSelect(u"row_id"_s, text), sql.bindsWithout(text));
            EXPECT_TRUE(walk.contains(u"idx_payments_updated"_s)) << walk.toStdString();
            EXPECT_FALSE(walk.contains(u"TEMP B-TREE"_s)) << walk.toStdString();
            EXPECT_FALSE(walk.contains(u"VIRTUAL TABLE"_s)) << walk.toStdString();

            const StorePlanner::Source source = StorePlanner::source(db, sql, 400);
            EXPECT_EQ(source.plan, StorePlanner::Plan::PickedByWalk);
            EXPECT_EQ(source.source, u"payments NOT INDEXED"_s);
            EXPECT_FALSE(sql.where().contains(u"payments_fts"_s)) << sql.where().toStdString();
            const QStringList rowIds = idsOf(sql.select(u"row_id"_s, source.source), sql.binds());
            QStringList got;
            for (const QString& rowId : rowIds) {
                for (const Reference& r : *s_reference) {
                    if (QString::number(r.rowId) == rowId)
                        got << r.payment.paymentId;
                }
            }
            EXPECT_EQ(got, expected(q));
        }
        // A rare word's few matches are the page's rows; every id is not a page.
        PaymentQuery rare;
        rare.text = u"zanzibar"_s;
        PaymentQuerySql rareSql(rare);
        EXPECT_EQ(StorePlanner::source(db, rareSql, 400).plan, StorePlanner::Plan::LiteralIds);
        PaymentQuery every;
        every.text = u"smith"_s;
        every.limit = 0;
        PaymentQuerySql everySql(every);
        EXPECT_EQ(StorePlanner::source(db, everySql, 400).plan, StorePlanner::Plan::Walk);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(StoreQueryPlan, VeryShortWordsWalkTheSortIndexCheckingEachRowsOwnText)
{
    // The first keystrokes ("a", "sm", "10"): nearly every row has a word starting so, and the
    // FTS index would read (for one letter, merge) all of them; the planner walks the sort's
    // index and checks each row's own search text and amount instead (Plan::DenseWalk), and
    // gives up for the usual plans when the words are rare after all ("zq"). Every answer is
    // the reference's, under every threshold, sort and offset.
    // (Accents: SearchText.TheRowMatcherFindsWhatTheFtsIndexFindsForTheSameWords; this
    // reference splits ASCII only.)
    for (const QString& text : {u"a"_s, u"jo smi"_s, u"10"_s, u"zq"_s, u"a smith"_s, u"i 10010"_s}) {
        SCOPED_TRACE(text.toStdString());
        PaymentQuery q;
        q.text = text;
        if (text == u"jo smi")
            q.statuses = {Code::Paid, Code::Failed};
        check(q);
    }
    const QString name = u"plan-dense"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(s_dir->filePath(u"plan.sqlite"_s));
        ASSERT_TRUE(db.open());
        PaymentQuery q;
        q.text = u"a"_s;
        q.limit = 40;
        PaymentQuerySql dense(q);
        const StorePlanner::Source source = StorePlanner::source(db, dense, 400);
        EXPECT_EQ(source.plan, StorePlanner::Plan::DenseWalk);
        EXPECT_FALSE(dense.where().contains(u"payments_fts"_s)) << dense.where().toStdString();
        q.text = u"zanzibar"_s; // a long word: the FTS index
        PaymentQuerySql rare(q);
        EXPECT_EQ(StorePlanner::source(db, rare, 400).plan, StorePlanner::Plan::LiteralIds);
        // A short word beside a long one: the FTS index reads "smith" only, and each of its
        // rows is checked for "a" too; the query has no FTS subquery left.
        q.text = u"a smith"_s;
        PaymentQuerySql mixed(q);
        const StorePlanner::Plan plan = StorePlanner::source(db, mixed, 0).plan;
        EXPECT_TRUE(plan == StorePlanner::Plan::PickedByWalk || plan == StorePlanner::Plan::LiteralIds)
            << int(plan);
        EXPECT_FALSE(mixed.where().contains(u"payments_fts"_s)) << mixed.where().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(StoreQueryPlan, EverySortWalksItsIndexWithoutASortStep)
{
    // The ORDER BY keys and the index come from one sort table; if they ever disagree, SQLite
    // has to sort all rows ("USE TEMP B-TREE FOR ORDER BY") and a first page costs seconds at 1M.
    const QString name = u"plan-explain"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(s_dir->filePath(u"plan.sqlite"_s));
        ASSERT_TRUE(db.open());
        for (Sort sort : {Sort::Updated, Sort::Created, Sort::Status, Sort::Customer, Sort::Reference,
                          Sort::Amount, Sort::Provider, Sort::Store, Sort::Expires}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                PaymentQuery q;
                q.sortColumn = sort;
                q.sortOrder = order;
                const PaymentQuerySql sql(q);
                QSqlQuery explain(db);
                ASSERT_TRUE(
                    explain.exec(u"EXPLAIN QUERY PLAN "_s + sql.select(u"row_id"_s, sql.walkSource())))
                    << explain.lastError().text().toStdString();
                QStringList plan;
                while (explain.next())
                    plan << explain.value(3).toString();
                const QString text = plan.join(u"; "_s);
                EXPECT_TRUE(text.contains(PaymentQuerySql::sortOf(sort).index)) << text.toStdString();
                EXPECT_FALSE(text.contains(u"TEMP B-TREE"_s)) << int(sort) << ": " << text.toStdString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
