// PaymentStore: upserts (ordering rules), feed pages with their cursor, history, queries, KPIs.
#include "QtPrinters.h"
#include "StoreTestSupport.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <random>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;
using Code = PaymentStatus::Code;

namespace {

class StorePayments : public StoreFixture
{
protected:
    Payment stored(const QString& id)
    {
        auto p = store().payment(id);
        EXPECT_TRUE(p.ok());
        EXPECT_TRUE(p->has_value()) << id.toStdString();
        return p->value_or(Payment{});
    }

    QStringList ids(const PaymentQuery& query)
    {
        auto page = store().query(query);
        EXPECT_TRUE(page.ok()) << page.error().detail.toStdString();
        QStringList result;
        for (const Payment& p : page.valueOr({}))
            result << p.paymentId;
        return result;
    }

    /// Runs SQL on a connection of its own (what another process or a bug would do).
    bool rawExec(const QString& sql, QString* error = nullptr)
    {
        const QString name = u"raw-test-connection"_s;
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_path);
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (error)
                *error = q.lastError().text();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
};

} // namespace

TEST_F(StorePayments, RoundTripsEveryField)
{
    Payment p = makePayment(u"pay_1"_s, 7, Code::Paid);
    p.provider = u"paymentassist"_s;
    p.reference = PaymentReference::make(PaymentReference::Type::RepairOrder, u"RO-4411"_s);
    p.reference.rawType = u"REPAIR_ORDER"_s;
    p.amountPaid = gbp(9999);
    p.channels = Channel::Email | Channel::Sms;
    p.statusReason = u"ok"_s;
    p.payLink = u"https://pay.example/p/abc"_s;
    p.expiresAt = at(30, 12);
    p.cardBrand = u"VISA"_s;
    p.cardLast4 = u"4242"_s;
    p.transactionReference = u"TX-9"_s;
    p.reconciled = true;
    p.fundsCleared = true;
    p.sequence = 1042;
    p.providerStatus = u"completed"_s;
    p.providerReference = u"PA-77431"_s;
    p.invoiceOutstanding = true;
    p.providerData = QJsonObject{{u"order_id"_s, u"RO-4411"_s}, {u"requires_invoice"_s, true}};
    p.history = {StatusChange{Code::Initiated, at(1), StatusChange::Actor::Dealer, u"raised"_s},
                 StatusChange{Code::Paid, at(1, 10), StatusChange::Actor::Partner, {}}};

    auto applied = store().upsert(p);
    ASSERT_TRUE(applied.ok()) << applied.error().detail.toStdString();
    EXPECT_TRUE(*applied);

    const Payment s = stored(u"pay_1"_s);
    EXPECT_EQ(s.enterpriseId, p.enterpriseId);
    EXPECT_EQ(s.storeId, p.storeId);
    EXPECT_EQ(s.provider, p.provider);
    EXPECT_EQ(s.reference, p.reference);
    EXPECT_EQ(s.reference.type, PaymentReference::Type::RepairOrder);
    EXPECT_EQ(s.description, p.description);
    EXPECT_EQ(s.amount, p.amount);
    EXPECT_EQ(s.amountPaid, p.amountPaid);
    EXPECT_EQ(s.customer, p.customer);
    EXPECT_EQ(s.channels, p.channels);
    EXPECT_EQ(s.status, p.status);
    EXPECT_EQ(s.statusReason, p.statusReason);
    EXPECT_EQ(s.payLink, p.payLink);
    EXPECT_EQ(s.expiresAt, p.expiresAt);
    EXPECT_EQ(s.cardBrand, p.cardBrand);
    EXPECT_EQ(s.cardLast4, p.cardLast4);
    EXPECT_EQ(s.transactionReference, p.transactionReference);
    EXPECT_EQ(s.reconciled, p.reconciled);
    EXPECT_EQ(s.fundsCleared, p.fundsCleared);
    EXPECT_EQ(s.createdAt, p.createdAt);
    EXPECT_EQ(s.updatedAt, p.updatedAt);
    EXPECT_EQ(s.version, 7);
    EXPECT_EQ(s.sequence, 1042);
    EXPECT_EQ(s.providerStatus, p.providerStatus);
    EXPECT_EQ(s.providerReference, p.providerReference);
    EXPECT_TRUE(s.invoiceOutstanding);
    EXPECT_EQ(s.providerData, p.providerData);
    ASSERT_EQ(s.history.size(), 2);
    EXPECT_EQ(s.history, p.history);

    auto missing = store().payment(u"nope"_s);
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing->has_value());
}

TEST_F(StorePayments, MoneyIsStoredAsIntegerMinorUnits)
{
    Payment p = makePayment(u"pay_m"_s);
    p.amount = Money::fromMinor(123456789012345, u"JPY"_s).value();
    ASSERT_TRUE(store().upsert(p).ok());
    QString error;
    // A REAL column or value anywhere would make typeof() say 'real'.
    ASSERT_TRUE(
        rawExec(u"CREATE TABLE probe AS SELECT typeof(amount_minor) AS t, currency FROM payments"_s, &error))
        << error.toStdString();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
    {
        db.setDatabaseName(m_path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"SELECT t, currency FROM probe"_s) && q.next());
        EXPECT_EQ(q.value(0).toString(), u"integer"_s);
        EXPECT_EQ(q.value(1).toString(), u"JPY"_s);
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"probe"_s);
    EXPECT_EQ(stored(u"pay_m"_s).amount.minorUnits(), 123456789012345);
}

TEST_F(StorePayments, OlderVersionNeverOverwritesNewer)
{
    ASSERT_TRUE(store().upsert(makePayment(u"p"_s, 5, Code::Viewed)).ok());
    auto older = store().upsert(makePayment(u"p"_s, 3, Code::Notified));
    ASSERT_TRUE(older.ok());
    EXPECT_FALSE(*older);
    auto same = store().upsert(makePayment(u"p"_s, 5, Code::Notified));
    ASSERT_TRUE(same.ok());
    EXPECT_FALSE(*same);
    EXPECT_EQ(stored(u"p"_s).status.code(), Code::Viewed);
    EXPECT_EQ(stored(u"p"_s).version, 5);

    auto newer = store().upsert(makePayment(u"p"_s, 6, Code::InProgress));
    ASSERT_TRUE(newer.ok());
    EXPECT_TRUE(*newer);
    EXPECT_EQ(stored(u"p"_s).status.code(), Code::InProgress);
}

TEST_F(StorePayments, FinalStateIsLeftOnlyByRefund)
{
    ASSERT_TRUE(store().upsert(makePayment(u"p"_s, 4, Code::Paid)).ok());
    // A newer version that would reopen a paid payment is illegal and ignored.
    auto reopen = store().upsert(makePayment(u"p"_s, 5, Code::InProgress));
    ASSERT_TRUE(reopen.ok());
    EXPECT_FALSE(*reopen);
    EXPECT_EQ(stored(u"p"_s).status.code(), Code::Paid);

    auto refund = store().upsert(makePayment(u"p"_s, 6, Code::Refunded));
    ASSERT_TRUE(refund.ok());
    EXPECT_TRUE(*refund);
    EXPECT_EQ(stored(u"p"_s).status.code(), Code::Refunded);

    ASSERT_TRUE(store().upsert(makePayment(u"c"_s, 2, Code::Cancelled)).ok());
    EXPECT_FALSE(*store().upsert(makePayment(u"c"_s, 3, Code::Paid)));
    EXPECT_EQ(stored(u"c"_s).status.code(), Code::Cancelled);
}

TEST_F(StorePayments, ShuffledEventsWithDuplicatesConvergeOnTheNewestState)
{
    // 100 events over 10 payments, 20 % duplicated, shuffled (RELIABILITY.md).
    const QList<Code> path = {Code::Initiated,  Code::Notified, Code::Viewed, Code::InProgress,
                              Code::Authorised, Code::Paid,     Code::Paid,   Code::Paid,
                              Code::Paid,       Code::Refunded};
    QList<Payment> events;
    for (int n = 0; n < 10; ++n) {
        for (int v = 1; v <= 8; ++v) {
            Payment p = makePayment(u"p%1"_s.arg(n), v, path.at(v - 1));
            p.fundsCleared = v >= 7;
            events << p;
        }
    }
    std::mt19937 rng(20261121);
    for (int d = 0; d < 20; ++d)
        events << events.at(int(rng() % 80));
    std::shuffle(events.begin(), events.end(), rng);

    // Half one by one, half as one batch.
    for (int i = 0; i < 50; ++i)
        ASSERT_TRUE(store().upsert(events.at(i)).ok());
    ASSERT_TRUE(store().upsertBatch(events.mid(50)).ok());

    for (int n = 0; n < 10; ++n) {
        const Payment s = stored(u"p%1"_s.arg(n));
        EXPECT_EQ(s.version, 8);
        EXPECT_EQ(s.status.code(), Code::Paid);
        EXPECT_TRUE(s.fundsCleared);
    }
}

TEST_F(StorePayments, BatchReportsHowManyWereApplied)
{
    QList<Payment> batch;
    for (int i = 0; i < 50; ++i)
        batch << makePayment(u"b%1"_s.arg(i), 2);
    auto first = store().upsertBatch(batch);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(*first, 50);
    batch[3].version = 3;
    batch[4].version = 1;
    auto second = store().upsertBatch(batch);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(*second, 1);
    EXPECT_EQ(*store().count({}), 50);
}

TEST_F(StorePayments, FeedPageAndCursorCommitTogether)
{
    EXPECT_EQ(*store().syncCursor(u"E1"_s, u"S1"_s), 0);
    QList<Payment> page{makePayment(u"a"_s), makePayment(u"b"_s)};
    auto applied = store().ingestFeedPage(page, u"E1"_s, u"S1"_s, 42);
    ASSERT_TRUE(applied.ok());
    EXPECT_EQ(*applied, 2);
    EXPECT_EQ(*store().syncCursor(u"E1"_s, u"S1"_s), 42);
    EXPECT_EQ(*store().syncCursor(u"E1"_s, u"S2"_s), 0);

    // A page that fails half-way leaves neither its rows nor its cursor behind.
    ASSERT_TRUE(rawExec(u"CREATE TRIGGER poison BEFORE INSERT ON payments WHEN new.payment_id = 'poison' "
                        "BEGIN SELECT RAISE(ABORT, 'poisoned'); END"_s));
    QList<Payment> bad{makePayment(u"c"_s), makePayment(u"poison"_s), makePayment(u"d"_s)};
    auto failed = store().ingestFeedPage(bad, u"E1"_s, u"S1"_s, 99);
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(*store().syncCursor(u"E1"_s, u"S1"_s), 42);
    EXPECT_FALSE(store().payment(u"c"_s)->has_value());
    EXPECT_EQ(*store().count({}), 2);

    // A replayed older page never rewinds the cursor; an explicit reset does.
    ASSERT_TRUE(store().ingestFeedPage({}, u"E1"_s, u"S1"_s, 10).ok());
    EXPECT_EQ(*store().syncCursor(u"E1"_s, u"S1"_s), 42);
    ASSERT_TRUE(store().setSyncCursor(u"E1"_s, u"S1"_s, 0).ok());
    EXPECT_EQ(*store().syncCursor(u"E1"_s, u"S1"_s), 0);
}

TEST_F(StorePayments, HistoryIsReplacedByDetailsFetches)
{
    Payment p = makePayment(u"h"_s, 3, Code::Viewed);
    ASSERT_TRUE(store().upsert(p).ok());
    EXPECT_TRUE(stored(u"h"_s).history.isEmpty());

    const QList<StatusChange> history{
        StatusChange{Code::Initiated, at(1), StatusChange::Actor::Dealer, {}},
        StatusChange{Code::Notified, at(1, 9, 1), StatusChange::Actor::System, {}},
        StatusChange{Code::Viewed, at(1, 9, 5), StatusChange::Actor::Customer, {}}};
    ASSERT_TRUE(store().replaceHistory(u"h"_s, history).ok());
    EXPECT_EQ(stored(u"h"_s).history, history);

    // A feed record (no history) keeps the timeline; a details record of the same version replaces it.
    Payment feed = makePayment(u"h"_s, 4, Code::InProgress);
    ASSERT_TRUE(store().upsert(feed).ok());
    EXPECT_EQ(stored(u"h"_s).history, history);
    Payment details = feed;
    details.history = history.mid(0, 1);
    auto applied = store().upsert(details);
    ASSERT_TRUE(applied.ok());
    EXPECT_TRUE(*applied);
    EXPECT_EQ(stored(u"h"_s).history.size(), 1);

    auto missing = store().replaceHistory(u"nope"_s, history);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, StoreError::Kind::NotFound);
}

TEST_F(StorePayments, AHistoryReadsBackStepForStepWhateverItsNotesHold)
{
    // The timeline is stored as one JSON text a payment (PaymentRow::historyToDb()): every
    // character a note may hold comes back, and an empty history leaves no row behind.
    ASSERT_TRUE(store().upsert(makePayment(u"n"_s, 3, Code::Failed)).ok());
    const QList<StatusChange> history{
        StatusChange{Code::Initiated, at(1), StatusChange::Actor::Dealer, u"quote \" back\\slash"_s},
        StatusChange{Code::Failed, QDateTime(), StatusChange::Actor::Partner,
                     u"line\nfeed\ttab \x01\x1f del\x7f ü 😀 \u2028 ]},[\"null"_s},
        StatusChange{PaymentStatus::fromString(u"SOMETHING_NEW"_s), at(2), StatusChange::Actor::Unknown, {}}};
    ASSERT_TRUE(store().replaceHistory(u"n"_s, history).ok());
    const QList<StatusChange> read = stored(u"n"_s).history;
    ASSERT_EQ(read.size(), history.size());
    for (qsizetype i = 0; i < history.size(); ++i) {
        EXPECT_EQ(read.at(i).status.toString(), history.at(i).status.toString()) << i;
        EXPECT_EQ(read.at(i).at, history.at(i).at) << i;
        EXPECT_EQ(read.at(i).actor, history.at(i).actor) << i;
        EXPECT_EQ(read.at(i).note, history.at(i).note) << i;
    }
    ASSERT_TRUE(store().replaceHistory(u"n"_s, {}).ok());
    EXPECT_TRUE(stored(u"n"_s).history.isEmpty());
}

TEST_F(StorePayments, CommittedWritesAreSignalled)
{
    QSignalSpy spy(&store(), &PaymentStore::paymentsChanged);
    ASSERT_TRUE(store().upsertBatch({makePayment(u"x"_s), makePayment(u"y"_s)}).ok());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toStringList(), (QStringList{u"x"_s, u"y"_s}));
    // Nothing applied, nothing signalled.
    ASSERT_TRUE(store().upsert(makePayment(u"x"_s)).ok());
    EXPECT_EQ(spy.count(), 1);
}

namespace {

class StoreQueries : public StorePayments
{
protected:
    void SetUp() override
    {
        StorePayments::SetUp();
        QList<Payment> rows;
        auto add = [&](const QString& id, Code status, qint64 minor, const QString& storeId,
                       const QString& provider, const QString& name, const QString& email,
                       const QString& phone, int day) {
            Payment p = makePayment(id, 1, status);
            p.amount = gbp(minor);
            p.storeId = storeId;
            p.provider = provider;
            p.customer = Customer{name, email, phone};
            p.createdAt = at(day);
            p.updatedAt = at(day, 12);
            p.fundsCleared = status == Code::Paid && minor > 50000;
            rows << p;
        };
        add(u"p1"_s, Code::Initiated, 10000, u"S1"_s, u"keyloop"_s, u"Amelia Hart"_s,
            u"amelia@example.co.uk"_s, u"+447700900123"_s, 1);
        add(u"p2"_s, Code::Paid, 25000, u"S1"_s, u"keyloop"_s, u"Bob Stone"_s, u"bob@stone.example"_s,
            u"+447700900456"_s, 2);
        add(u"p3"_s, Code::Failed, 5000, u"S2"_s, u"paymentassist"_s, u"Chloé Durand"_s,
            u"chloe@example.fr"_s, u"+33612345678"_s, 3);
        add(u"p4"_s, Code::Paid, 90000, u"S2"_s, u"democrance"_s, u"dave smith"_s, u"d.smith@example.com"_s,
            u"+12025550199"_s, 4);
        add(u"p5"_s, Code::Cancelled, 70000, u"S3"_s, u"keyloop"_s, u"Eve Hart"_s, u"eve@example.com"_s,
            u"+447700900789"_s, 5);
        rows[1].cardLast4 = u"4242"_s;
        rows[4].reference = PaymentReference::make(PaymentReference::Type::Deal, u"DEAL-77031"_s);
        ASSERT_TRUE(store().upsertBatch(rows).ok());
    }
};

} // namespace

TEST_F(StoreQueries, FiltersCombine)
{
    PaymentQuery q;
    q.sortOrder = Qt::AscendingOrder;
    EXPECT_EQ(ids(q), (QStringList{u"p1"_s, u"p2"_s, u"p3"_s, u"p4"_s, u"p5"_s}));

    q.statuses = {Code::Paid, Code::Failed};
    EXPECT_EQ(ids(q), (QStringList{u"p2"_s, u"p3"_s, u"p4"_s}));
    q.storeIds = {u"S2"_s};
    EXPECT_EQ(ids(q), (QStringList{u"p3"_s, u"p4"_s}));
    q.providers = {u"democrance"_s};
    EXPECT_EQ(ids(q), (QStringList{u"p4"_s}));
    EXPECT_EQ(*store().count(q), 1);

    PaymentQuery amounts;
    amounts.sortOrder = Qt::AscendingOrder;
    amounts.amountMin = 10000;
    amounts.amountMax = 70000;
    amounts.currency = u"GBP"_s;
    EXPECT_EQ(ids(amounts), (QStringList{u"p1"_s, u"p2"_s, u"p5"_s}));
    amounts.currency = u"EUR"_s;
    EXPECT_TRUE(ids(amounts).isEmpty());

    PaymentQuery dates;
    dates.sortOrder = Qt::AscendingOrder;
    dates.from = at(2);
    dates.to = at(4, 12); // exclusive
    EXPECT_EQ(ids(dates), (QStringList{u"p2"_s, u"p3"_s}));
    dates.dateField = PaymentQuery::DateField::Created;
    EXPECT_EQ(ids(dates), (QStringList{u"p2"_s, u"p3"_s, u"p4"_s}));

    PaymentQuery cleared;
    cleared.fundsCleared = true;
    EXPECT_EQ(ids(cleared), (QStringList{u"p4"_s}));
    cleared.fundsCleared = false;
    cleared.statuses = {Code::Paid};
    EXPECT_EQ(ids(cleared), (QStringList{u"p2"_s}));
}

TEST_F(StoreQueries, TextSearchMatchesWordsAsPrefixes)
{
    auto search = [&](const QString& text) {
        PaymentQuery q;
        q.text = text;
        q.sortOrder = Qt::AscendingOrder;
        return ids(q);
    };
    EXPECT_EQ(search(u"hart"_s), (QStringList{u"p1"_s, u"p5"_s}));
    EXPECT_EQ(search(u"Am"_s), (QStringList{u"p1"_s}));
    EXPECT_EQ(search(u"eve hart"_s), (QStringList{u"p5"_s}));
    EXPECT_EQ(search(u"chloe"_s), (QStringList{u"p3"_s})); // accent-insensitive
    EXPECT_EQ(search(u"CHLOÉ"_s), (QStringList{u"p3"_s}));
    EXPECT_EQ(search(u"stone.example"_s), (QStringList{u"p2"_s})); // email parts
    EXPECT_EQ(search(u"d.smith@"_s), (QStringList{u"p4"_s}));
    EXPECT_EQ(search(u"+44 7700 900456"_s), (QStringList{u"p2"_s})); // phone, international
    EXPECT_EQ(search(u"07700 900123"_s), (QStringList{u"p1"_s}));    // phone, national
    EXPECT_EQ(search(u"0612"_s), (QStringList{u"p3"_s}));
    EXPECT_EQ(search(u"2025550"_s), (QStringList{u"p4"_s}));
    EXPECT_EQ(search(u"4242"_s), (QStringList{u"p2"_s}));  // card last 4
    EXPECT_EQ(search(u"77031"_s), (QStringList{u"p5"_s})); // reference number
    EXPECT_EQ(search(u"DEAL-770"_s), (QStringList{u"p5"_s}));
    EXPECT_TRUE(search(u"zebra"_s).isEmpty());
    EXPECT_EQ(search(u"  \"*) "_s).size(), 5); // only punctuation: no filter, and no FTS syntax error
    EXPECT_EQ(search(u"hart\" OR \"bob"_s).size(), 0);

    PaymentQuery combined;
    combined.text = u"hart"_s;
    combined.statuses = {Code::Cancelled};
    EXPECT_EQ(ids(combined), (QStringList{u"p5"_s}));

    // The index follows updates of the searched fields.
    Payment renamed = stored(u"p1"_s);
    renamed.version = 2;
    renamed.customer.name = u"Amelia Zebra"_s;
    ASSERT_TRUE(*store().upsert(renamed));
    EXPECT_EQ(search(u"zebra"_s), (QStringList{u"p1"_s}));
    EXPECT_EQ(search(u"hart"_s), (QStringList{u"p5"_s}));
}

TEST_F(StoreQueries, TextSearchFindsExactAmountsReadInTheLocale)
{
    QList<Payment> rows;
    auto add = [&](const QString& id, qint64 minor, const QString& currency) {
        Payment p = makePayment(id, 1, Code::Notified);
        p.amount = *Money::fromMinor(minor, currency);
        p.customer = Customer{u"Frank Moss"_s, u"frank@example.com"_s, QString()};
        rows << p;
    };
    add(u"a1"_s, 86200, u"GBP"_s);  // £862.00
    add(u"a2"_s, 86200, u"EUR"_s);  // €862.00
    add(u"a3"_s, 862, u"JPY"_s);    // ¥862
    add(u"a4"_s, 86200, u"JPY"_s);  // ¥86,200: not "862"
    add(u"a5"_s, 153400, u"GBP"_s); // £1,534.00
    ASSERT_TRUE(store().upsertBatch(rows).ok());

    auto search = [&](const QString& text, const QLocale& locale) {
        PaymentQuery q;
        q.text = text;
        q.locale = locale;
        q.sortOrder = Qt::AscendingOrder;
        return ids(q);
    };
    const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(search(u"862"_s, gb), (QStringList{u"a1"_s, u"a2"_s, u"a3"_s}));
    EXPECT_EQ(search(u"862.00"_s, gb), (QStringList{u"a1"_s, u"a2"_s, u"a3"_s})); // ¥862 is ¥862.00
    EXPECT_EQ(search(u"£862"_s, gb), (QStringList{u"a1"_s}));
    EXPECT_EQ(search(u"£ 862.00"_s, gb), (QStringList{u"a1"_s}));
    EXPECT_EQ(search(u"862 EUR"_s, gb), (QStringList{u"a2"_s}));
    EXPECT_EQ(search(u"1,534"_s, gb), (QStringList{u"a5"_s}));
    EXPECT_EQ(search(u"1534.00"_s, gb), (QStringList{u"a5"_s}));
    EXPECT_EQ(search(u"86,200"_s, gb), (QStringList{u"a4"_s}));
    EXPECT_TRUE(search(u"1,53"_s, gb).isEmpty()); // not grouped by three: not an amount
    EXPECT_TRUE(search(u"863"_s, gb).isEmpty());
    // Words still match as before, and an amount adds to them.
    EXPECT_EQ(search(u"4242"_s, gb), (QStringList{u"p2"_s}));
    EXPECT_EQ(search(u"250"_s, gb), (QStringList{u"p2"_s})); // £250.00

    const QLocale de(QLocale::German, QLocale::Germany);
    EXPECT_EQ(search(u"862,00"_s, de), (QStringList{u"a1"_s, u"a2"_s, u"a3"_s}));
    EXPECT_EQ(search(u"862,00 €"_s, de), (QStringList{u"a2"_s}));
    EXPECT_EQ(search(u"1.534,00"_s, de), (QStringList{u"a5"_s}));
    EXPECT_EQ(search(u"1534"_s, de), (QStringList{u"a5"_s}));
    EXPECT_TRUE(search(u"862.00"_s, de).isEmpty()); // "." groups thousands in German

    PaymentQuery combined;
    combined.text = u"862"_s;
    combined.locale = gb;
    combined.statuses = {Code::Notified};
    combined.providers = {rows.first().provider};
    combined.sortOrder = Qt::AscendingOrder;
    EXPECT_EQ(ids(combined), (QStringList{u"a1"_s, u"a2"_s, u"a3"_s}));
    EXPECT_EQ(*store().count(combined), 3);
}

TEST_F(StoreQueries, SortsByEveryColumnAndPages)
{
    PaymentQuery q;
    q.sortColumn = PaymentQuery::SortColumn::Amount;
    q.sortOrder = Qt::DescendingOrder;
    EXPECT_EQ(ids(q), (QStringList{u"p4"_s, u"p5"_s, u"p2"_s, u"p1"_s, u"p3"_s}));
    q.sortColumn = PaymentQuery::SortColumn::Customer; // case-insensitive
    q.sortOrder = Qt::AscendingOrder;
    EXPECT_EQ(ids(q), (QStringList{u"p1"_s, u"p2"_s, u"p3"_s, u"p4"_s, u"p5"_s}));
    q.sortColumn = PaymentQuery::SortColumn::Status;
    EXPECT_EQ(ids(q), (QStringList{u"p1"_s, u"p3"_s, u"p2"_s, u"p4"_s, u"p5"_s}));
    q.sortColumn = PaymentQuery::SortColumn::Provider;
    EXPECT_EQ(ids(q), (QStringList{u"p4"_s, u"p1"_s, u"p2"_s, u"p5"_s, u"p3"_s}));
    q.sortColumn = PaymentQuery::SortColumn::Store;
    q.sortOrder = Qt::DescendingOrder;
    EXPECT_EQ(ids(q), (QStringList{u"p5"_s, u"p4"_s, u"p3"_s, u"p2"_s, u"p1"_s}));
    for (auto column : {PaymentQuery::SortColumn::Created, PaymentQuery::SortColumn::Reference,
                        PaymentQuery::SortColumn::Expires, PaymentQuery::SortColumn::Updated}) {
        q.sortColumn = column;
        EXPECT_EQ(ids(q).size(), 5);
    }

    PaymentQuery paged;
    paged.sortOrder = Qt::AscendingOrder;
    paged.limit = 2;
    paged.offset = 1;
    EXPECT_EQ(ids(paged), (QStringList{u"p2"_s, u"p3"_s}));
    paged.offset = 4;
    EXPECT_EQ(ids(paged), (QStringList{u"p5"_s}));
    EXPECT_EQ(*store().count(paged), 5); // offset/limit ignored
}

TEST_F(StoreQueries, RowIdsGiveWindowedReads)
{
    PaymentQuery q;
    q.limit = 0;
    q.sortColumn = PaymentQuery::SortColumn::Amount;
    q.sortOrder = Qt::AscendingOrder;
    auto rowIds = store().queryIds(q);
    ASSERT_TRUE(rowIds.ok());
    ASSERT_EQ(rowIds->size(), 5);

    auto window = store().paymentsByRowIds(rowIds->mid(1, 3));
    ASSERT_TRUE(window.ok());
    ASSERT_EQ(window->size(), 3);
    EXPECT_EQ(window->value(rowIds->at(1)).paymentId, u"p1"_s);
    EXPECT_EQ(window->value(rowIds->at(3)).paymentId, u"p5"_s);
    EXPECT_EQ(*store().rowIdOf(u"p1"_s), rowIds->at(1));
    EXPECT_FALSE(store().rowIdOf(u"nope"_s)->has_value());
    EXPECT_TRUE(store().paymentsByRowIds({})->isEmpty());

    EXPECT_EQ(*store().storeIds(), (QStringList{u"S1"_s, u"S2"_s, u"S3"_s}));
    EXPECT_EQ(*store().providers(), (QStringList{u"democrance"_s, u"keyloop"_s, u"paymentassist"_s}));
    EXPECT_EQ(*store().currencies(), (QStringList{u"GBP"_s}));
}

TEST_F(StorePayments, KpisCountTheDashboardFigures)
{
    const QDate today(2026, 11, 21);
    const QDateTime noon(today, QTime(12, 0)); // local time, like the dashboard's "today"
    QList<Payment> rows;
    auto add = [&](const QString& id, Code status, qint64 minor, const QString& currency,
                   const QDateTime& updated, bool cleared, const QString& storeId = u"S1"_s) {
        Payment p = makePayment(id, 1, status);
        p.amount = Money::fromMinor(minor, currency).value();
        p.updatedAt = updated;
        p.fundsCleared = cleared;
        p.storeId = storeId;
        rows << p;
    };
    add(u"open1"_s, Code::Initiated, 100, u"GBP"_s, noon, false);
    add(u"open2"_s, Code::InProgress, 100, u"GBP"_s, noon, false, u"S2"_s);
    add(u"failed"_s, Code::Failed, 100, u"GBP"_s, noon, false);
    add(u"paid1"_s, Code::Paid, 1000, u"GBP"_s, noon, false);
    add(u"paid2"_s, Code::Paid, 2500, u"GBP"_s, noon.addSecs(3600), true, u"S2"_s);
    add(u"paid3"_s, Code::Paid, 700, u"EUR"_s, noon, true);
    add(u"paidYesterday"_s, Code::Paid, 99999, u"GBP"_s, noon.addDays(-1), false);
    add(u"cancelled"_s, Code::Cancelled, 100, u"GBP"_s, noon, false);
    rows[3].amountPaid = Money::fromMinor(900, u"GBP"_s).value(); // partial amount paid counts
    ASSERT_TRUE(store().upsertBatch(rows).ok());

    auto all = store().kpis(today);
    ASSERT_TRUE(all.ok()) << all.error().detail.toStdString();
    EXPECT_EQ(all->open, 2);
    EXPECT_EQ(all->failed, 1);
    EXPECT_EQ(all->paidToday, 3);
    EXPECT_EQ(all->paidTodayAmount.value(u"GBP"_s), 900 + 2500);
    EXPECT_EQ(all->paidTodayAmount.value(u"EUR"_s), 700);
    EXPECT_EQ(all->awaitingClearance, 2); // paid1, paidYesterday

    auto s2 = store().kpis(today, {u"S2"_s});
    ASSERT_TRUE(s2.ok());
    EXPECT_EQ(s2->open, 1);
    EXPECT_EQ(s2->failed, 0);
    EXPECT_EQ(s2->paidToday, 1);
    EXPECT_EQ(s2->paidTodayAmount, (QMap<QString, qint64>{{u"GBP"_s, 2500}}));
    EXPECT_EQ(s2->awaitingClearance, 0);

    // A refund keeps the day it was paid (from the history), not the day of the refund.
    Payment refunded = rows[4];
    refunded.version = 2;
    refunded.status = Code::PartiallyRefunded;
    refunded.updatedAt = noon.addDays(2);
    refunded.history = {StatusChange{Code::Paid, noon.addSecs(3600), StatusChange::Actor::Partner, {}}};
    ASSERT_TRUE(*store().upsert(refunded));
    EXPECT_EQ(store().kpis(today)->paidToday, 3);
    EXPECT_EQ(store().kpis(today.addDays(2))->paidToday, 0);
}
