// PaymentQuerySql: the SQL of a PaymentQuery, built without a database. One predicate table
// gives both the WHERE clause and the planner's candidates; one sort table gives both the
// ORDER BY keys and the index they walk. (StoreQueryPlanTest runs the SQL on a real file.)
#include "store/PaymentQuerySql.h"

#include "QtPrinters.h"
#include "store/SearchText.h"

#include <gtest/gtest.h>

using namespace paydesk;
using namespace Qt::StringLiterals;
using Code = PaymentStatus::Code;
using Sort = PaymentQuery::SortColumn;

namespace {

QDateTime utc(int day, int hour = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

QStringList terms(const PaymentQuerySql& sql)
{
    QStringList list;
    for (const PaymentQuerySql::Predicate& p : sql.predicates())
        list << p.term;
    return list;
}

QStringList sources(const QList<PaymentQuerySql::Candidate>& candidates)
{
    QStringList list;
    for (const PaymentQuerySql::Candidate& c : candidates)
        list << c.source;
    return list;
}

} // namespace

TEST(PaymentQuerySql, NoCriteriaMeansNoWhereNoCandidatesAndAWalkOfTheUpdatedIndex)
{
    const PaymentQuerySql sql(PaymentQuery{});
    EXPECT_TRUE(sql.predicates().isEmpty());
    EXPECT_EQ(sql.where(), QString());
    EXPECT_TRUE(sql.binds().isEmpty());
    EXPECT_TRUE(sql.candidates(10'000).isEmpty());
    EXPECT_EQ(sql.orderBy(), u" ORDER BY updated_at DESC, row_id DESC"_s);
    EXPECT_EQ(sql.limit(), u" LIMIT 100 OFFSET 0"_s);
    EXPECT_EQ(sql.chooseSource({}, 10'000), u"payments INDEXED BY idx_payments_updated"_s);
    EXPECT_EQ(sql.count(), u"SELECT count(*) FROM payments"_s);
    EXPECT_EQ(sql.select(u"row_id"_s, u"payments"_s),
              u"SELECT row_id FROM payments ORDER BY updated_at DESC, row_id DESC LIMIT 100 OFFSET 0"_s);
}

TEST(PaymentQuerySql, EachCriterionIsOnePredicateAndTheIndexedOnesAreCandidates)
{
    struct Case
    {
        const char* name;
        PaymentQuery query;
        QString term;
        QVariantList binds;
        QString source; // "" = a filter only
    };
    auto with = [](auto set) {
        PaymentQuery q;
        set(q);
        return q;
    };
    const QList<Case> cases = {
        {"statuses",
         with([](PaymentQuery& q) {
             q.statuses = {Code::Paid, Code::Viewed, Code::Paid};
         }),
         u"status_code IN (70, 30)"_s,
         {},
         u"payments INDEXED BY idx_payments_status"_s},
        {"updated range",
         with([](PaymentQuery& q) {
             q.from = utc(2);
             q.to = utc(3);
         }),
         u"updated_at >= ? AND updated_at < ?"_s,
         {utc(2).toMSecsSinceEpoch(), utc(3).toMSecsSinceEpoch()},
         u"payments INDEXED BY idx_payments_updated"_s},
        {"created from",
         with([](PaymentQuery& q) {
             q.dateField = PaymentQuery::DateField::Created;
             q.from = utc(2);
         }),
         u"created_at >= ?"_s,
         {utc(2).toMSecsSinceEpoch()},
         u"payments INDEXED BY idx_payments_created"_s},
        {"paid range",
         with([](PaymentQuery& q) {
             q.dateField = PaymentQuery::DateField::Paid;
             q.from = utc(2);
             q.to = utc(3);
         }),
         u"paid_at IS NOT NULL AND paid_at >= ? AND paid_at < ?"_s,
         {utc(2).toMSecsSinceEpoch(), utc(3).toMSecsSinceEpoch()},
         u"payments INDEXED BY idx_payments_paid_at"_s},
        {"enterprises",
         with([](PaymentQuery& q) {
             q.enterpriseIds = {u"E1"_s, u"E2"_s};
         }),
         u"enterprise_id IN (?, ?)"_s,
         {u"E1"_s, u"E2"_s},
         QString()},
        {"stores",
         with([](PaymentQuery& q) { q.storeIds = {u"S1"_s}; }),
         u"store_id IN (?)"_s,
         {u"S1"_s},
         u"payments INDEXED BY idx_payments_store"_s},
        {"providers",
         with([](PaymentQuery& q) {
             q.providers = {u"keyloop"_s, u"mykaarma"_s};
         }),
         u"provider IN (?, ?)"_s,
         {u"keyloop"_s, u"mykaarma"_s},
         u"payments INDEXED BY idx_payments_provider"_s},
        {"amount",
         with([](PaymentQuery& q) {
             q.amountMin = 100;
             q.amountMax = 900;
         }),
         u"amount_minor >= ? AND amount_minor <= ?"_s,
         {qint64(100), qint64(900)},
         u"payments INDEXED BY idx_payments_amount"_s},
        {"amount max",
         with([](PaymentQuery& q) { q.amountMax = 900; }),
         u"amount_minor <= ?"_s,
         {qint64(900)},
         u"payments INDEXED BY idx_payments_amount"_s},
        {"currency",
         with([](PaymentQuery& q) { q.currency = u"EUR"_s; }),
         u"currency = ?"_s,
         {u"EUR"_s},
         QString()},
        {"cleared",
         with([](PaymentQuery& q) { q.fundsCleared = true; }),
         u"funds_cleared = 1"_s,
         {},
         QString()},
        {"not cleared",
         with([](PaymentQuery& q) { q.fundsCleared = false; }),
         u"funds_cleared = 0"_s,
         {},
         QString()},
        {"text",
         with([](PaymentQuery& q) { q.text = u"Amelia H"_s; }),
         u"row_id IN (SELECT rowid FROM payments_fts WHERE payments_fts MATCH ?)"_s,
         {SearchText::matchExpression(u"Amelia H"_s)},
         u"payments NOT INDEXED"_s},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const PaymentQuerySql sql(c.query);
        ASSERT_EQ(sql.predicates().size(), 1);
        const PaymentQuerySql::Predicate& p = sql.predicates().first();
        EXPECT_EQ(p.term, c.term);
        EXPECT_EQ(p.binds, c.binds);
        EXPECT_EQ(p.source, c.source);
        // The WHERE clause is the predicate.
        EXPECT_EQ(sql.where(), u" WHERE "_s + c.term);
        EXPECT_EQ(sql.binds(), c.binds);
        // The planner reads it through its index, and counts it with the same binds, capped.
        const auto candidates = sql.candidates(400);
        if (c.source.isEmpty()) {
            EXPECT_TRUE(candidates.isEmpty());
            continue;
        }
        ASSERT_EQ(candidates.size(), 1);
        EXPECT_EQ(candidates.first().source, c.source);
        EXPECT_EQ(candidates.first().binds, c.binds);
        EXPECT_TRUE(candidates.first().countSql.startsWith(u"SELECT count(*) FROM (SELECT 1 FROM "_s));
        EXPECT_TRUE(candidates.first().countSql.endsWith(u" LIMIT 401)"_s))
            << candidates.first().countSql.toStdString();
    }
}

TEST(PaymentQuerySql, TheWhereClauseAndTheCandidatesComeFromTheSamePredicates)
{
    PaymentQuery q;
    q.statuses = {Code::Paid};
    q.from = utc(1);
    q.enterpriseIds = {u"E1"_s};
    q.storeIds = {u"S1"_s, u"S2"_s};
    q.providers = {u"keyloop"_s};
    q.amountMin = 5;
    q.currency = u"GBP"_s;
    q.fundsCleared = false;
    q.text = u"smith"_s;
    const PaymentQuerySql sql(q);

    ASSERT_EQ(sql.predicates().size(), 9);
    EXPECT_EQ(sql.where(), u" WHERE "_s + terms(sql).join(u" AND "_s));
    QVariantList allBinds;
    for (const auto& p : sql.predicates())
        allBinds << p.binds;
    EXPECT_EQ(sql.binds(), allBinds);
    EXPECT_EQ(sql.binds().size(), sql.where().count(u'?'));

    // Every candidate is one of the predicates, in the table's order, with that predicate's binds.
    const auto candidates = sql.candidates(10'000);
    EXPECT_EQ(sources(candidates),
              (QStringList{
                  u"payments INDEXED BY idx_payments_status"_s, u"payments INDEXED BY idx_payments_updated"_s,
                  u"payments INDEXED BY idx_payments_store"_s, u"payments INDEXED BY idx_payments_provider"_s,
                  u"payments INDEXED BY idx_payments_amount"_s, u"payments NOT INDEXED"_s}));
    int next = 0;
    for (const auto& p : sql.predicates()) {
        if (p.source.isEmpty())
            continue;
        const auto& c = candidates.at(next++);
        EXPECT_EQ(c.source, p.source);
        EXPECT_EQ(c.binds, p.binds);
        EXPECT_EQ(c.countSql.count(u'?'), p.binds.size()) << c.countSql.toStdString();
    }
    // An indexed candidate counts its own term through its own index.
    EXPECT_EQ(candidates.at(2).countSql, u"SELECT count(*) FROM (SELECT 1 FROM payments INDEXED BY "
                                         u"idx_payments_store WHERE store_id IN (?, ?) "
                                         "LIMIT 10001)"_s);
    // Text search is counted in the FTS index, not by scanning payments.
    EXPECT_EQ(candidates.at(5).countSql,
              u"SELECT count(*) FROM (SELECT 1 FROM payments_fts WHERE payments_fts MATCH ? LIMIT 10001)"_s);
}

TEST(PaymentQuerySql, EachSortHasKeysMatchingItsIndexAndEndsWithTheRowId)
{
    struct Case
    {
        Sort column;
        QStringList keys;
        QString index;
    };
    const QList<Case> cases = {
        {Sort::Updated, {u"updated_at"_s}, u"idx_payments_updated"_s},
        {Sort::Created, {u"created_at"_s}, u"idx_payments_created"_s},
        {Sort::Status, {u"status_code"_s, u"updated_at"_s}, u"idx_payments_status"_s},
        {Sort::Customer, {u"customer_name COLLATE NOCASE"_s}, u"idx_payments_customer"_s},
        {Sort::Reference, {u"reference_number COLLATE NOCASE"_s}, u"idx_payments_reference"_s},
        {Sort::Amount, {u"amount_minor"_s}, u"idx_payments_amount"_s},
        {Sort::Provider, {u"provider"_s, u"updated_at"_s}, u"idx_payments_provider"_s},
        {Sort::Store, {u"store_id"_s, u"updated_at"_s}, u"idx_payments_store"_s},
        {Sort::Expires, {u"expires_at"_s}, u"idx_payments_expires"_s},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(int(c.column));
        const PaymentQuerySql::Sort sort = PaymentQuerySql::sortOf(c.column);
        EXPECT_EQ(sort.keys, c.keys);
        EXPECT_EQ(sort.index, c.index);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            PaymentQuery q;
            q.sortColumn = c.column;
            q.sortOrder = order;
            const PaymentQuerySql sql(q);
            const QString dir = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
            EXPECT_EQ(sql.orderBy(),
                      u" ORDER BY "_s + (c.keys + QStringList{u"row_id"_s}).join(dir + u", "_s) + dir);
            EXPECT_EQ(sql.walkSource(), u"payments INDEXED BY "_s + c.index);
        }
    }
}

TEST(PaymentQuerySql, ThePlannerReadsTheSmallestCandidateWithinTheThresholdElseWalksTheSortIndex)
{
    PaymentQuery q;
    q.statuses = {Code::Paid};
    q.storeIds = {u"S1"_s};
    q.providers = {u"mykaarma"_s};
    q.sortColumn = Sort::Customer;
    const PaymentQuerySql sql(q);
    const QString status = u"payments INDEXED BY idx_payments_status"_s;
    const QString store = u"payments INDEXED BY idx_payments_store"_s;
    const QString provider = u"payments INDEXED BY idx_payments_provider"_s;
    const QString walk = u"payments INDEXED BY idx_payments_customer"_s;
    ASSERT_EQ(sources(sql.candidates(400)), (QStringList{status, store, provider}));

    // Counts are capped at threshold + 1: 401 means "more than 400".
    EXPECT_EQ(sql.chooseSource({401, 401, 401}, 400), walk);
    EXPECT_EQ(sql.chooseSource({401, 120, 30}, 400), provider);
    EXPECT_EQ(sql.chooseSource({400, 401, 401}, 400), status); // the threshold itself is selective enough
    EXPECT_EQ(sql.chooseSource({50, 50, 401}, 400), status);   // a tie keeps the first
    EXPECT_EQ(sql.chooseSource({0, 3, 3}, 0), status);         // threshold 0: only an empty filter
    EXPECT_EQ(sql.chooseSource({1, 1, 1}, 0), walk);
}

TEST(PaymentQuerySql, TheWalkOverTheOtherCriteriaLeavesOneOutAndKeepsTheSort)
{
    PaymentQuery q;
    q.storeIds = {u"S1"_s};
    q.text = u"smith"_s;
    q.sortColumn = Sort::Customer;
    q.sortOrder = Qt::AscendingOrder;
    q.offset = 30;
    q.limit = 20;
    const PaymentQuerySql sql(q);
    ASSERT_EQ(sql.predicates().size(), 2); // store, text
    EXPECT_EQ(sql.rowsNeeded(), 50);
    EXPECT_EQ(sql.walkSelect(u"row_id"_s, 1),
              u"SELECT row_id FROM payments INDEXED BY idx_payments_customer WHERE store_id IN (?) "
              "ORDER BY customer_name COLLATE NOCASE ASC, row_id ASC"_s);
    EXPECT_EQ(sql.bindsWithout(1), QVariantList{u"S1"_s});
    EXPECT_EQ(sql.bindsWithout(0), sql.predicates().at(1).binds);
    EXPECT_EQ(sql.idsSql(1, 7), u"SELECT * FROM (%1) LIMIT 7"_s.arg(sql.predicates().at(1).idsSelect));
    EXPECT_EQ(sql.idsSql(0, 7), QString()); // the store's index is counted, not read
    q.limit = 0;
    EXPECT_EQ(PaymentQuerySql(q).rowsNeeded(), -1);
}

TEST(PaymentQuerySql, LimitAndOffset)
{
    PaymentQuery q;
    q.limit = 40;
    q.offset = 37;
    EXPECT_EQ(PaymentQuerySql(q).limit(), u" LIMIT 40 OFFSET 37"_s);
    q.limit = 0;
    EXPECT_EQ(PaymentQuerySql(q).limit(), u" LIMIT -1 OFFSET 37"_s);
    q.offset = 0;
    EXPECT_EQ(PaymentQuerySql(q).limit(), QString());
    q.limit = 10;
    q.offset = -5;
    EXPECT_EQ(PaymentQuerySql(q).limit(), u" LIMIT 10 OFFSET 0"_s);
}
