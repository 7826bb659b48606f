// MyKaarmaProvider against the sandbox's myKaarma emulation over loopback: a prepayment through
// the durable outbox exactly once (also when its answer is lost, and across a stop between send
// and answer), the link sent and re-sent, the fee preview, payment on the emulated pay page
// read back as Paid, a suspicious payment never cleared, the dealer-orders listing as the
// polling source, and the emulation's refusals (wrong password, JSON 403, HTML login page) and
// faults as typed errors.
#include "providers/mykaarma/MyKaarmaProvider.h"

#include "SandboxHarness.h"
#include "faults/FaultInjector.h"
#include "mykaarma/MyKaarmaState.h"
#include "payments/DealerActions.h"
#include "providers/mykaarma/MyKaarmaClient.h"
#include "providers/mykaarma/MyKaarmaRules.h"
#include "secrets/BoundSecret.h"
#include "store/PaymentQuery.h"
#include "sync/SyncSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;
using Code = PaymentStatus::Code;

namespace {

const QString kSite = u"S01"_s;

class MyKaarmaProviderTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QUrl base()
    {
        QUrl url = h.sandbox().baseUrl();
        url.setPath(u"/mykaarma"_s);
        return url;
    }
    sandbox::MyKaarmaState& state() { return *h.sandbox().component<sandbox::MyKaarmaState>(); }

    MyKaarmaSite site(const QString& department = {})
    {
        MyKaarmaSite s;
        s.siteId = kSite;
        s.baseUrl = base();
        s.username = h.sandbox().options().myKaarmaUsername;
        s.dealerUuid = h.sandbox().options().myKaarmaDealerUuid;
        s.departmentUuid = department.isEmpty() ? h.sandbox().options().myKaarmaDepartmentUuid : department;
        return s;
    }
    MyKaarmaProvider::Config config()
    {
        MyKaarmaProvider::Config c;
        c.profileName = u"mk-test"_s;
        c.enterpriseId = u"E1"_s;
        c.sites = {site()};
        c.transport.allowPlainHttpToLoopback = true;
        c.transport.jitter = [] { return 0.0; };
        return c;
    }
    std::unique_ptr<PaymentStore> openStore()
    {
        auto opened = PaymentStore::open(m_dir.filePath(u"mk-cache.sqlite"_s));
        EXPECT_TRUE(opened.ok());
        return opened ? std::move(opened).value() : nullptr;
    }
    std::unique_ptr<MyKaarmaProvider> makeProvider(PaymentStore& store, Scheduler& scheduler)
    {
        return std::make_unique<MyKaarmaProvider>(
            config(), store, scheduler,
            QHash<QString, QByteArray>{{kSite, h.sandbox().options().myKaarmaPassword.toUtf8()}});
    }
    std::unique_ptr<Outbox> makeOutbox(PaymentStore& store, Scheduler& scheduler, MyKaarmaProvider& provider)
    {
        Outbox::Options o;
        o.user = u"tester"_s;
        o.retry = {50, 200, 0.0, 60000, 1 << 30};
        auto outbox = std::make_unique<Outbox>(store, scheduler, o);
        outbox->addSender(provider.id(), &provider);
        return outbox;
    }
    /// A customer of the demo dealer who may get texts and emails.
    QString reachableCustomer()
    {
        QList<sandbox::MkCustomer> all = state().customers();
        std::sort(all.begin(), all.end(),
                  [](const auto& a, const auto& b) { return a.customerKey < b.customerKey; });
        for (const auto& c : all) {
            if (c.dealerUuid == h.sandbox().options().myKaarmaDealerUuid && !c.phone.isEmpty() &&
                c.okToText && !c.email.isEmpty())
                return c.customerUuid;
        }
        return {};
    }
    ProviderActionRequest prepayment(const QString& orderNumber, qint64 amount = 25010)
    {
        ProviderActionRequest r;
        r.provider = ProviderId::myKaarma();
        r.action = ProviderAction::Initiate;
        r.enterpriseId = u"E1"_s;
        r.storeId = kSite;
        r.payload = QJsonObject{{u"orderNumber"_s, orderNumber},
                                {u"amount"_s, amount},
                                {u"customerUuid"_s, reachableCustomer()},
                                {u"desc"_s, u"Brake pads, front"_s},
                                {u"sendAsText"_s, true},
                                {u"feeRequest"_s, QJsonObject{{u"fetchSurcharge"_s, true},
                                                              {u"fetchApplicationFee"_s, true},
                                                              {u"tenderType"_s, u"CREDIT"_s},
                                                              {u"cardType"_s, u"VISA"_s},
                                                              {u"transactionDepartment"_s, u"SERVICE"_s},
                                                              {u"paymentType"_s, u"ONLINE"_s}}}};
        return r;
    }
    int ordersNumbered(const QString& number)
    {
        int n = 0;
        for (const auto& o : state().orders())
            n += o.orderNumber == number ? 1 : 0;
        return n;
    }
    const sandbox::MkOrder* orderNumbered(const QString& number)
    {
        for (const auto& o : state().orders()) {
            if (o.orderNumber == number)
                return state().order(o.dealerOrderUuid);
        }
        return nullptr;
    }
    Payment cached(PaymentStore& store, const QString& id)
    {
        auto p = store.payment(id);
        EXPECT_TRUE(p.ok() && p->has_value()) << id.toStdString();
        return p.ok() && p->has_value() ? **p : Payment{};
    }
    Result<Payment, ApiError> fetch(MyKaarmaProvider& provider, const Payment& p)
    {
        std::optional<Result<Payment, ApiError>> out;
        QObject context;
        provider.fetchPayment(p, &context, [&](Result<Payment, ApiError> r) { out.emplace(r); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return out.has_value(); }, 10000));
        return out.value_or(fail(ApiError::cancelled()));
    }
    OutboxEntry::State stateOf(PaymentStore& store, qint64 id) { return (*store.outboxEntry(id))->state; }

    SandboxHarness h{SandboxHarness::defaultOptions(0)};
    QTemporaryDir m_dir;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    ManualScheduler fast{clock, /*autoAdvance=*/true};
};

} // namespace

TEST_F(MyKaarmaProviderTest, APrepaymentIsMadeOnceCachedSentAndReadBackAsPaid)
{
    auto store = openStore();
    auto provider = makeProvider(*store, fast);
    auto outbox = makeOutbox(*store, fast, *provider);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    outbox->start();
    ASSERT_FALSE(reachableCustomer().isEmpty());

    ProviderActionRequest request = prepayment(u"RO-90001"_s);
    const auto id = outbox->submit(request);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 10000));
    const sandbox::MkOrder* order = orderNumbered(u"RO-90001"_s);
    ASSERT_NE(order, nullptr);
    ASSERT_EQ(order->invoiceGuids.size(), 1);
    const QString paymentId = confirmed.first().at(1).toString();
    EXPECT_EQ(paymentId, u"mykaarma:S01:"_s + order->dealerOrderUuid);
    Payment p = cached(*store, paymentId);
    EXPECT_EQ(p.provider, u"mykaarma"_s);
    EXPECT_EQ(p.storeId, kSite);
    EXPECT_EQ(p.amount, Money::fromMinor(25010, u"USD"_s).value()) << "250.10 exactly";
    EXPECT_EQ(p.reference.number, u"RO-90001"_s);
    EXPECT_EQ(p.providerReference, u"RO-90001"_s);
    EXPECT_EQ(p.status.code(), Code::Notified);
    EXPECT_FALSE(p.payLink.isEmpty());
    EXPECT_TRUE(p.providerData.value(u"paymentRequestSent"_s).toBool());
    EXPECT_EQ(p.providerData.value(u"textSent"_s).toString(), u"SUCCESS"_s);
    EXPECT_EQ(p.providerData.value(u"invoiceGUID"_s).toString(), order->invoiceGuids.first());
    EXPECT_EQ(p.providerData.value(u"invoiceGUID"_s).toString(),
              MyKaarmaProvider::invoiceGuidFor((*store->outboxEntry(*id))->idempotencyKey))
        << "the invoiceGUID is ours, derived from the outbox key";
    // Fees from feeRequest: 3.00 % surcharge and 1.00 % application fee in the service department.
    const QJsonObject fees = p.providerData.value(u"fees"_s).toObject();
    EXPECT_EQ(fees.value(u"surcharge"_s).toInteger(), 750);
    EXPECT_EQ(fees.value(u"applicationFee"_s).toInteger(), 250);
    EXPECT_EQ(fees.value(u"total"_s).toInteger(), 25760);
    // No contact details in providerData.
    const QString data = QString::fromUtf8(QJsonDocument(p.providerData).toJson());
    EXPECT_FALSE(data.contains(u"@example.com"_s));
    EXPECT_FALSE(data.contains(u"+1555"_s));

    // The customer pays on the emulated page: the refresh reads Paid, cleared.
    const auto requests = state().paymentRequestsOfInvoice(order->invoiceGuids.first());
    ASSERT_EQ(requests.size(), 1);
    ASSERT_TRUE(state().pay(requests.first().guid, u"VISA"_s, u"4242"_s, 750).ok());
    auto now = fetch(*provider, p);
    ASSERT_TRUE(now.ok()) << now.error().detail.toStdString();
    p = cached(*store, paymentId);
    EXPECT_EQ(p.status.code(), Code::Paid);
    EXPECT_TRUE(p.fundsCleared);
    EXPECT_EQ(p.release(), Payment::Release::SafeToRelease);
    EXPECT_EQ(p.amountPaid, p.amount);
    EXPECT_TRUE(p.providerData.value(u"paidOnline"_s).toBool());
    EXPECT_EQ(p.providerData.value(u"paymentRequestStatus"_s).toString(), u"PAID"_s);

    // myKaarma then marks it suspicious: never safe to release.
    state().markSuspicious(order->dealerOrderUuid);
    ASSERT_TRUE(fetch(*provider, p).ok());
    p = cached(*store, paymentId);
    EXPECT_TRUE(p.providerData.value(u"suspicious"_s).toBool());
    EXPECT_FALSE(p.fundsCleared);
    EXPECT_NE(p.release(), Payment::Release::SafeToRelease);
}

TEST_F(MyKaarmaProviderTest, APrepaymentWhoseAnswerIsLostMakesNoSecondInvoiceOnTheReplay)
{
    auto store = openStore();
    auto provider = makeProvider(*store, fast);
    auto outbox = makeOutbox(*store, fast, *provider);
    sandbox::FaultSpec lost;
    lost.drop = 1.0;
    lost.dropAfterHandling = true; // myKaarma makes the invoice, the answer never arrives
    lost.times = 2;                // Qt's own repeat of the POST is lost too: the outbox replays
    h.sandbox().faults().set(u"mykaarma.prepayment"_s, lost);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    outbox->start();
    ProviderActionRequest request = prepayment(u"RO-90002"_s);
    const qint64 id = *outbox->submit(request);
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 15000));
    EXPECT_EQ(ordersNumbered(u"RO-90002"_s), 1);
    const sandbox::MkOrder* order = orderNumbered(u"RO-90002"_s);
    ASSERT_NE(order, nullptr);
    EXPECT_EQ(order->invoiceGuids.size(), 1) << "the replay's same invoiceGUID made nothing new";
    EXPECT_EQ(state().paymentRequestsOfInvoice(order->invoiceGuids.first()).size(), 1);
    EXPECT_GE((*store->outboxEntry(id))->attempts, 2) << "the outbox replayed the entry";
    EXPECT_EQ(stateOf(*store, id), OutboxEntry::State::Sent);
}

TEST_F(MyKaarmaProviderTest, ALinkWhoseAnswerIsLostIsNotSentTwice)
{
    auto store = openStore();
    auto provider = makeProvider(*store, fast);
    auto outbox = makeOutbox(*store, fast, *provider);
    sandbox::FaultSpec lost;
    lost.drop = 1.0;
    lost.dropAfterHandling = true;
    lost.times = 1;
    h.sandbox().faults().set(u"mykaarma.paymentrequests.send"_s, lost);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    outbox->start();
    ProviderActionRequest request = prepayment(u"RO-90003"_s);
    ASSERT_TRUE(outbox->submit(request).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 15000));
    const sandbox::MkOrder* order = orderNumbered(u"RO-90003"_s);
    ASSERT_NE(order, nullptr);
    const auto requests = state().paymentRequestsOfInvoice(order->invoiceGuids.first());
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests.first().status, sandbox::MkPaymentRequest::Status::Sent)
        << "one request, whichever way the lost answer was recovered";
    const Payment p = cached(*store, confirmed.first().at(1).toString());
    EXPECT_TRUE(p.providerData.value(u"paymentRequestSent"_s).toBool());
    EXPECT_EQ(p.status.code(), Code::Notified);
}

TEST_F(MyKaarmaProviderTest, APrepaymentCachedBeforeAStopIsNotSentAgainAfterTheRestart)
{
    qint64 id = 0;
    QString paymentId;
    {
        auto store = openStore();
        auto provider = makeProvider(*store, fast);
        auto outbox = makeOutbox(*store, fast, *provider); // never started
        ProviderActionRequest request = prepayment(u"RO-90004"_s);
        id = *outbox->submit(request);
        // Sent and cached, then PayDesk stops before the outbox records the entry as sent.
        ASSERT_TRUE(store->markOutboxSending(id, clock.now()).ok());
        const OutboxEntry entry = **store->outboxEntry(id);
        std::optional<Result<Payment, ApiError>> answer;
        QObject context;
        provider->sendAction(entry, &context, [&](Result<Payment, ApiError> r) { answer.emplace(r); });
        ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
        ASSERT_TRUE(answer->ok()) << answer->error().detail.toStdString();
        paymentId = answer->value().paymentId;
    }
    auto store = openStore(); // the entry found Sending is queued again
    EXPECT_EQ(stateOf(*store, id), OutboxEntry::State::Queued);
    auto provider = makeProvider(*store, fast);
    QSignalSpy attempts(&provider->http(), &HttpClient::attemptFinished);
    auto outbox = makeOutbox(*store, fast, *provider);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    outbox->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 10000));
    EXPECT_EQ(confirmed.first().at(1).toString(), paymentId);
    EXPECT_EQ(attempts.count(), 0) << "nothing was sent again";
    EXPECT_EQ(ordersNumbered(u"RO-90004"_s), 1);
    EXPECT_EQ(orderNumbered(u"RO-90004"_s)->invoiceGuids.size(), 1);
    EXPECT_EQ(stateOf(*store, id), OutboxEntry::State::Sent);
}

TEST_F(MyKaarmaProviderTest, APrepaymentFirstShowsItsFeesAndTheLinkGoesOutWithResend)
{
    auto store = openStore();
    auto provider = makeProvider(*store, fast);
    auto outbox = makeOutbox(*store, fast, *provider);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    outbox->start();
    ProviderActionRequest first = prepayment(u"RO-90005"_s, 10000);
    first.payload.remove(u"sendAsText"_s);
    first.payload.insert(u"prepaymentOnly"_s, true);
    ASSERT_TRUE(MyKaarmaRules().validate(first).isEmpty());
    ASSERT_TRUE(outbox->submit(first).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 10000));
    const QString paymentId = confirmed.first().at(1).toString();
    Payment p = cached(*store, paymentId);
    EXPECT_EQ(p.status.code(), Code::Initiated);
    EXPECT_FALSE(p.providerData.value(u"paymentRequestSent"_s).toBool());
    EXPECT_TRUE(
        state().paymentRequestsOfInvoice(p.providerData.value(u"invoiceGUID"_s).toString()).isEmpty());

    std::optional<Result<QJsonObject, ApiError>> fees;
    QObject context;
    provider->query(ProviderQuery::FeePreview, kSite, {{u"paymentId"_s, paymentId}}, &context,
                    [&](Result<QJsonObject, ApiError> r) { fees.emplace(r); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return fees.has_value(); }, 10000));
    ASSERT_TRUE(fees->ok());
    EXPECT_EQ(fees->value().value(u"surcharge"_s).toInteger(), 300);
    EXPECT_EQ(fees->value().value(u"total"_s).toInteger(), 10300);
    EXPECT_EQ(fees->value().value(u"currency"_s).toString(), u"USD"_s);

    ASSERT_TRUE(DealerActions::allows(ProviderAction::Resend, p));
    ProviderActionRequest send;
    send.provider = ProviderId::myKaarma();
    send.action = ProviderAction::Resend;
    send.enterpriseId = u"E1"_s;
    send.storeId = kSite;
    send.paymentId = paymentId;
    send.payload = {{u"sendAsEmail"_s, true}};
    ASSERT_TRUE(outbox->submit(send).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 2; }, 10000));
    p = cached(*store, paymentId);
    EXPECT_EQ(p.status.code(), Code::Notified);
    EXPECT_EQ(p.providerData.value(u"emailSent"_s).toString(), u"SUCCESS"_s);
    EXPECT_FALSE(p.payLink.isEmpty());
    EXPECT_EQ(state().paymentRequestsOfInvoice(p.providerData.value(u"invoiceGUID"_s).toString()).size(), 1);
}

TEST_F(MyKaarmaProviderTest, TheDealerOrdersListingIsThePollingSourceAndKeepsRawStatuses)
{
    auto store = openStore();
    auto provider = makeProvider(*store, fast);
    auto sources = provider->takeSources();
    ASSERT_EQ(sources.size(), 1u);
    QSignalSpy done(sources.front().get(), &PaymentSource::fullSyncFinished);
    sources.front()->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.count() == 1; }, 15000));
    EXPECT_EQ(sources.front()->state().kind, ConnectionState::Kind::Live);
    PaymentQuery q;
    q.providers = {ProviderId::myKaarma()};
    q.limit = 0;
    const QList<Payment> payments = *store->query(q);
    int expected = 0;
    for (const auto& o : state().orders()) {
        if (o.departmentUuid == h.sandbox().options().myKaarmaDepartmentUuid &&
            (o.paymentRequestSent || o.paid || o.paidAmount > 0 || o.suspicious))
            ++expected;
    }
    ASSERT_GT(expected, 0);
    EXPECT_EQ(payments.size(), expected) << "orders nothing happened on are not payments";
    for (const Payment& p : payments) {
        const sandbox::MkOrder* o = state().order(p.providerData.value(u"dealerOrderUuid"_s).toString());
        ASSERT_NE(o, nullptr);
        EXPECT_EQ(p.providerStatus, o->orderStatus);
        EXPECT_EQ(p.paymentId, u"mykaarma:S01:"_s + o->dealerOrderUuid);
        EXPECT_EQ(p.fundsCleared, o->paid && !o->suspicious) << o->orderNumber.toStdString();
        if (!o->paid) {
            EXPECT_NE(p.release(), Payment::Release::SafeToRelease);
        }
    }
    sources.front()->stop();
}

TEST_F(MyKaarmaProviderTest, ListedOrdersAreDatedWithMyKaarmasSyncDateNotWhenPayDeskFirstSawThem)
{
    auto store = openStore();
    auto provider = makeProvider(*store, fast);
    auto sources = provider->takeSources();
    QSignalSpy done(sources.front().get(), &PaymentSource::fullSyncFinished);
    sources.front()->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.count() == 1; }, 15000));
    PaymentQuery q;
    q.providers = {ProviderId::myKaarma()};
    q.limit = 0;
    const QList<Payment> payments = *store->query(q);
    ASSERT_FALSE(payments.isEmpty());
    QSet<QDateTime> times;
    for (const Payment& p : payments) {
        const sandbox::MkOrder* o = state().order(p.providerData.value(u"dealerOrderUuid"_s).toString());
        ASSERT_NE(o, nullptr);
        // The seeded orders changed before PayDesk's clock started: their own times, to the ms.
        EXPECT_EQ(p.updatedAt, o->syncDate.toUTC()) << o->orderNumber.toStdString();
        EXPECT_EQ(p.createdAt, o->orderDate.toUTC()) << o->orderNumber.toStdString();
        const QList<StatusChange> history = cached(*store, p.paymentId).history;
        ASSERT_FALSE(history.isEmpty());
        EXPECT_EQ(history.first().at, o->syncDate.toUTC());
        EXPECT_LT(p.updatedAt, clock.now());
        times.insert(p.updatedAt);
    }
    EXPECT_GT(times.size(), 1) << "not one common 'first seen' time";

    // The customer pays a sent link: the change is dated when myKaarma recorded it (its sync
    // date moved), never later than PayDesk's clock.
    Payment sent;
    for (const Payment& p : payments)
        if (p.status.code() == Code::Notified &&
            !p.providerData.value(u"paymentRequestUuid"_s).toString().isEmpty())
            sent = p;
    ASSERT_FALSE(sent.paymentId.isEmpty());
    ASSERT_TRUE(state()
                    .pay(sent.providerData.value(u"paymentRequestUuid"_s).toString(), u"VISA"_s, u"4242"_s, 0)
                    .ok());
    const QDateTime syncedAt =
        state().order(sent.providerData.value(u"dealerOrderUuid"_s).toString())->syncDate;
    ASSERT_TRUE(fetch(*provider, sent).ok());
    const Payment paid = cached(*store, sent.paymentId);
    EXPECT_EQ(paid.status.code(), Code::Paid);
    EXPECT_GT(paid.updatedAt, sent.updatedAt);
    EXPECT_EQ(paid.updatedAt, std::min(syncedAt.toUTC(), clock.now()));
    sources.front()->stop();
}

TEST(MyKaarmaChangeTimes, AMissingMalformedOrFutureSyncDateFallsBackAndAnOlderOneDoesNotDateANewChange)
{
    const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    const auto entry = [](const QString& times, bool paid = false) {
        const QByteArray body = QStringLiteral(R"({"mykaarmaDealerOrderList": [{
            "paymentDealerOrderDTO": {"dealerOrderUuid": "do-7", "orderNumber": "RO-7", "departmentUuid": "dep-1",
                "amount": 120.50, "paidAmount": %1, "paid": %2, "paidOnline": %2, "paymentRequestSent": true,
                "suspicious": false %3,
                "paymentCustomer": {"firstName": "Ann", "lastName": "Lee"}},
            "standardOrderDTO": {"dealerOrderUuid": "do-7", "orderStatus": "invoiced", "description": "Brakes"},
            "invoices": []}]})")
                                    .arg(paid ? u"120.50"_s : u"0"_s, paid ? u"true"_s : u"false"_s, times)
                                    .toUtf8();
        auto read = MyKaarmaClient::readAnswer(200, body, "application/json",
                                               MyKaarmaClient::Scope::dealerOrderRead());
        EXPECT_TRUE(read.ok());
        return read.ok() ? read->value(u"mykaarmaDealerOrderList"_s).toArray().at(0).toObject()
                         : QJsonObject();
    };
    Payment base;
    base.paymentId = MyKaarmaProvider::paymentIdOf(u"S01"_s, u"do-7"_s);
    const auto merged = [&](const Payment& b, const QJsonObject& e, const QDateTime& at) {
        auto p = MyKaarmaProvider::merged(b, e, u"USD"_s, at);
        EXPECT_TRUE(p.ok());
        return p.ok() ? p.value() : Payment();
    };
    const QDateTime nine(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);
    const QDateTime eight(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC);

    const Payment first = merged(
        base,
        entry(
            uR"(, "orderDate": "2026-12-06T08:00:00.000Z", "dealerOrderSyncDate": "2026-12-06T09:00:00.000Z")"_s),
        now);
    EXPECT_EQ(first.updatedAt, nine);
    EXPECT_EQ(first.createdAt, eight);
    EXPECT_EQ(merged(base, entry(uR"(, "dealerOrderSyncDate": "2026-12-06T09:00:00.123")"_s), now).updatedAt,
              nine.addMSecs(123))
        << "no offset: UTC";
    EXPECT_EQ(
        merged(base, entry(uR"(, "dealerOrderSyncDate": "2026-12-06T10:00:00+01:00")"_s), now).updatedAt,
        nine);
    // No sync date, or one that is not UTC ISO 8601: the order date; neither: now.
    EXPECT_EQ(merged(base, entry(uR"(, "orderDate": "2026-12-06T08:00:00.000Z")"_s), now).updatedAt, eight);
    EXPECT_EQ(
        merged(base,
               entry(uR"(, "orderDate": "2026-12-06T08:00:00.000Z", "dealerOrderSyncDate": "2026-12-06")"_s),
               now)
            .updatedAt,
        eight);
    for (const QString& bad :
         {uR"(, "dealerOrderSyncDate": "last week")"_s,
          uR"(, "dealerOrderSyncDate": "2026-02-30T09:00:00.000Z")"_s,
          uR"(, "dealerOrderSyncDate": "2026-12-06 09:00:00")"_s,
          uR"(, "dealerOrderSyncDate": 1765011600000)"_s, uR"(, "dealerOrderSyncDate": null)"_s, QString()}) {
        const Payment p = merged(base, entry(bad), now);
        EXPECT_EQ(p.updatedAt, now) << bad.toStdString();
        EXPECT_EQ(p.createdAt, now) << bad.toStdString();
    }
    // Ahead of PayDesk's clock: now, never in the future.
    EXPECT_EQ(merged(base, entry(uR"(, "dealerOrderSyncDate": "2026-12-06T13:00:00.000Z")"_s), now).updatedAt,
              now);

    // Later: paid, with the sync date moved on: dated with it; a change whose time is not later
    // than the last one PayDesk recorded: dated now; nothing new: nothing written.
    const QString times = uR"(, "orderDate": "2026-12-06T08:00:00.000Z", "dealerOrderSyncDate": "%1")"_s;
    const Payment same = merged(first, entry(times.arg(u"2026-12-06T09:00:00.000Z"_s)), now.addSecs(60));
    EXPECT_EQ(same.version, first.version);
    const Payment paid =
        merged(first, entry(times.arg(u"2026-12-06T12:00:30.000Z"_s), true), now.addSecs(60));
    EXPECT_EQ(paid.status.code(), Code::Paid);
    EXPECT_EQ(paid.updatedAt, now.addSecs(30));
    ASSERT_FALSE(paid.history.isEmpty());
    EXPECT_EQ(paid.history.last().at, now.addSecs(30));
    const Payment stale =
        merged(first, entry(times.arg(u"2026-12-06T09:00:00.000Z"_s), true), now.addSecs(90));
    EXPECT_EQ(stale.updatedAt, now.addSecs(90));
}

TEST_F(MyKaarmaProviderTest, RefusalsOfTheEmulationAreTypedAndNameWhatIsMissing)
{
    HttpClient http(config().transport, fast);
    QObject context;
    const auto ask = [&](MyKaarmaClient& c, auto call) {
        std::optional<Result<QJsonObject, ApiError>> out;
        call(c, [&](Result<QJsonObject, ApiError> r) { out.emplace(r); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return out.has_value(); }, 10000));
        return out.value_or(fail(ApiError::cancelled()));
    };
    // A wrong password.
    MyKaarmaClient wrong(http, site(), "not-the-password");
    auto a = ask(wrong, [&](MyKaarmaClient& c, auto cb) { c.dealerOrders({}, &context, cb); });
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().httpStatus, 401);
    EXPECT_TRUE(MyKaarmaClient::isAccessProblem(a.error()));

    // The parts department lacks the payment-request scope: JSON 403 on one route, the HTML
    // login page on another.
    MyKaarmaClient parts(http, site(u"d3p4a5r6-0000-4000-8000-000000000002"_s),
                         h.sandbox().options().myKaarmaPassword.toUtf8());
    auto b = ask(parts, [&](MyKaarmaClient& c, auto cb) {
        c.sendPaymentRequest({{u"invoiceGuid"_s, u"x"_s}, {u"sendAsText"_s, true}}, &context, cb);
    });
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().httpStatus, 403);
    EXPECT_TRUE(MyKaarmaClient::isAccessProblem(b.error()));
    auto c = ask(parts, [&](MyKaarmaClient& c, auto cb) { c.paymentUrl({}, &context, cb); });
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, QString::fromLatin1(MyKaarmaClient::kMissingScope));
    EXPECT_EQ(c.error().field, u"payment.all"_s);
    EXPECT_TRUE(c.error().message.contains(u"payment.all"_s));

    // The pay-by-link endpoint's single error object, and a 503 fault.
    MyKaarmaClient ok(http, site(), h.sandbox().options().myKaarmaPassword.toUtf8());
    auto d = ask(ok, [&](MyKaarmaClient& c, auto cb) { c.paymentUrl({{u"ttl"_s, 60000}}, &context, cb); });
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().kind, ApiError::Kind::Refused);
    EXPECT_EQ(d.error().code, u"100006"_s);
    sandbox::FaultSpec down;
    down.error5xx = 1.0;
    down.times = 1;
    h.sandbox().faults().set(u"mykaarma.prepayment"_s, down);
    auto e = ask(ok, [&](MyKaarmaClient& c, auto cb) { c.prepayment({}, &context, cb); });
    ASSERT_FALSE(e.ok());
    EXPECT_TRUE(e.error().isRetryable());
    sandbox::FaultSpec broken;
    broken.malformedJson = 1.0;
    broken.times = 1;
    h.sandbox().faults().set(u"mykaarma.paymentrequests.search"_s, broken);
    auto f = ask(ok, [&](MyKaarmaClient& c, auto cb) { c.searchPaymentRequests(u"x"_s, &context, cb); });
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().kind, ApiError::Kind::Parse);
}

TEST_F(MyKaarmaProviderTest, ASessionWithMyKaarmaSitesRegistersTheProviderWithThePasswordFromTheKeychain)
{
    SyncSession::Config cfg;
    cfg.profile.name = u"mk-session"_s;
    cfg.profile.baseUrl = h.sandbox().baseUrl();
    cfg.profile.clientId = h.sandbox().clientId();
    cfg.profile.localTestPlatform = true;
    cfg.profile.enterpriseId = u"E1"_s;
    cfg.profile.myKaarma = config().sites;
    cfg.cachePath = m_dir.filePath(u"session.sqlite"_s);
    MemorySecretStore secrets;
    QObject context;
    bool written = false;
    const MyKaarmaSite& s = cfg.profile.myKaarma.first();
    BoundSecret::write(secrets, s.secretKey(cfg.profile.name),
                       {s.secretOrigin(), h.sandbox().options().myKaarmaPassword.toUtf8()}, &context,
                       [&](SecretStore::DoneResult done) { written = done.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));

    SyncSession session(cfg, secrets);
    ASSERT_TRUE(session.open().ok());
    EXPECT_TRUE(session.providerIds().contains(u"mykaarma"_s));
    session.start();
    QSignalSpy confirmed(&session, &SyncSession::actionConfirmed);
    ProviderActionRequest request = prepayment(u"RO-90101"_s);
    ASSERT_TRUE(session.submit(request).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 10000));
    const QString id = confirmed.first().at(1).toString();
    EXPECT_EQ(session.store()->payment(id)->value().provider, u"mykaarma"_s)
        << "the password came from the keychain";
    session.setWatched({id});
}
