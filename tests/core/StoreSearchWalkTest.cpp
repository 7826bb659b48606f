// The early-exit plan of a one-character search (SearchWalk, issue 9): it must find exactly the
// rows the FTS index finds — accents, case, punctuation, digits, other filters, sorts and pages
// included — and give way to the FTS index when the matches are sparse.
#include "QtPrinters.h"
#include "StoreTestSupport.h"
#include "store/PaymentQuerySql.h"
#include "store/SearchText.h"
#include "store/SearchWalk.h"
#include "store/StoreSql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;
using Sort = PaymentQuery::SortColumn;

namespace {

constexpr int Rows = 2'400;

// Names the unicode61 tokenizer folds (accents, ligatures, case) or splits (apostrophes,
// hyphens), beside plain ones; the row with "Quincy" is the only one with a word starting in q.
const QStringList Names = {
    u"Åsa Öberg"_s,           u"Zoë d'Arcy"_s,   u"ÉLODIE Brun"_s,  u"anne-marie O'Neil"_s,
    u"Łukasz Ąbel"_s,         u"Ørjan Æsir"_s,   u"Amelia Hart"_s,  u"Oliver Smith"_s,
    u"Ingrid Straße"_s,       u"Çelik Ünal"_s,   u"Noah Jones"_s,   u"Ava Taylor"_s,
    u"José Núñez"_s,          u"Ève Dupont"_s,   u"李 安"_s,        u"Fatima Al-Amin"_s,
    u"ｆｕｌｌ Ｗｉｄｔｈ"_s, u"Sørensen Ærø"_s, u"Mary_Ann Lee"_s, u"Émile Zola"_s};

Payment payment(int i)
{
    Payment p = makePayment(u"walk-%1"_s.arg(i, 5, 10, QChar(u'0')));
    p.storeId = i % 3 == 0 ? u"S2"_s : u"S1"_s;
    p.customer.name = i == 1'777 ? u"Quincy Adams"_s : Names.at(i % Names.size());
    p.customer.email = i % 4 == 0 ? u"desk.%1@garage-example.co.uk"_s.arg(i) : QString();
    p.customer.phone = i % 5 == 0 ? u"+44 7700 9%1"_s.arg(i % 100'000, 5, 10, QChar(u'0')) : QString();
    p.reference = PaymentReference::make(PaymentReference::Type::Invoice, u"INV-%1"_s.arg(i));
    p.amount = gbp(1'000 + (i * 7'919) % 90'000);
    p.status = i % 7 == 0 ? PaymentStatus::Code::Paid : PaymentStatus::Code::Notified;
    if (p.status.isPaid())
        p.amountPaid = p.amount;
    p.updatedAt = at(1).addSecs((i * 7'901) % 86'400 + i % 3); // not in row order
    return p;
}

class StoreSearchWalkTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(u"cache.sqlite"_s);
        auto opened = PaymentStore::open(m_path);
        ASSERT_TRUE(opened.ok());
        m_store = std::move(opened).value();
        QList<Payment> all;
        for (int i = 0; i < Rows; ++i)
            all << payment(i);
        ASSERT_TRUE(m_store->upsertBatch(all).ok());
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"walk-oracle"_s);
        m_db.setDatabaseName(m_path);
        ASSERT_TRUE(m_db.open());
    }

    void TearDown() override
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"walk-oracle"_s);
    }

    /// The page as the FTS index alone answers it (row ids and payment ids): the query's own
    /// SQL, read with no planning.
    QPair<QList<qint64>, QStringList> ftsAnswer(const PaymentQuery& query)
    {
        const PaymentQuerySql sql(query);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        EXPECT_TRUE(q.prepare(sql.select(u"row_id, payment_id"_s, u"payments"_s)))
            << q.lastError().text().toStdString();
        StoreSql::bindAll(q, sql.binds());
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        QPair<QList<qint64>, QStringList> answer;
        while (q.next()) {
            answer.first << q.value(0).toLongLong();
            answer.second << q.value(1).toString();
        }
        return answer;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PaymentStore> m_store;
    QSqlDatabase m_db;
};

TEST_F(StoreSearchWalkTest, FindsExactlyWhatTheFtsIndexFinds)
{
    int pagesFound = 0;
    for (const QString& text :
         {u"a"_s, u"e"_s, u"o"_s, u"z"_s, u"l"_s, u"å"_s, u"Ø"_s, u"é"_s, u"ü"_s, u"s"_s, u"q"_s, u"d"_s,
          u"7"_s, u"0"_s, u"李"_s, u"ｆ"_s, u"a b"_s, u"anne m"_s, u"g"_s}) {
        for (const Sort sort : {Sort::Updated, Sort::Customer, Sort::Status}) {
            for (const auto& [offset, limit] : {std::pair{0, 100}, std::pair{30, 25}}) {
                for (const bool filtered : {false, true}) {
                    PaymentQuery query;
                    query.text = text;
                    query.sortColumn = sort;
                    query.sortOrder = sort == Sort::Customer ? Qt::AscendingOrder : Qt::DescendingOrder;
                    query.offset = offset;
                    query.limit = limit;
                    if (filtered)
                        query.storeIds = {u"S2"_s};
                    const auto expected = ftsAnswer(query);
                    pagesFound += expected.first.isEmpty() ? 0 : 1;
                    auto ids = m_store->queryIds(query);
                    ASSERT_TRUE(ids.ok());
                    EXPECT_EQ(*ids, expected.first)
                        << "'" << text.toStdString() << "' sort " << int(sort) << " offset " << offset
                        << " limit " << limit << " filtered " << filtered;
                    auto rows = m_store->query(query);
                    ASSERT_TRUE(rows.ok());
                    QStringList paymentIds;
                    for (const Payment& p : *rows)
                        paymentIds << p.paymentId;
                    EXPECT_EQ(paymentIds, expected.second) << "query() of '" << text.toStdString() << "'";
                }
            }
        }
    }
    EXPECT_GT(pagesFound, 150) << "the searches find rows";
}

TEST_F(StoreSearchWalkTest, WalksDenseMatchesAndGivesWayWhenTheyAreSparse)
{
    EXPECT_TRUE(SearchWalk::suits(SearchText::matchExpression(u"a"_s)));
    EXPECT_TRUE(SearchWalk::suits(SearchText::matchExpression(u"olga k"_s)));
    EXPECT_FALSE(SearchWalk::suits(SearchText::matchExpression(u"am"_s)));
    EXPECT_FALSE(SearchWalk::suits(SearchText::matchExpression(u"kowalski"_s)));

    auto walk = [&](const QString& text, int wanted, int budget) {
        PaymentQuery query;
        query.text = text;
        query.limit = wanted;
        const PaymentQuerySql sql(query);
        const int predicate = sql.textPredicate();
        EXPECT_GE(predicate, 0);
        EXPECT_EQ(sql.pageEnd(), wanted);
        QVariantList binds;
        const QString select = sql.walkSelect(predicate, binds);
        return SearchWalk::firstMatches(m_db, select, binds, SearchText::matchExpression(text), wanted,
                                        budget);
    };
    // "a" starts a word of most names: a page is found within a few hundred rows.
    PaymentQuery dense;
    dense.text = u"a"_s;
    dense.limit = 100;
    const auto page = walk(u"a"_s, 100, 2'000);
    ASSERT_TRUE(page.has_value()) << "walked";
    EXPECT_EQ(*page, ftsAnswer(dense).first);
    // "q" starts a word of one row in 2,400: the walk gives up, the FTS index answers.
    EXPECT_FALSE(walk(u"q"_s, 100, 2'000).has_value());
    // A page bigger than half the budget is never walked.
    EXPECT_FALSE(walk(u"a"_s, 1'500, 2'000).has_value());

    PaymentQuery amount;
    amount.text = u"12.50"_s;
    amount.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(PaymentQuerySql(amount).textPredicate(), -1) << "an amount search is not a plain FTS search";
}

} // namespace
