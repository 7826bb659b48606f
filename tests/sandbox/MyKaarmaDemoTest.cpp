// The myKaarma emulation's demo life: seeding with --seed, and under the demo scenario a
// simulated customer who pays the links that were sent, over real HTTP.
#include "mykaarma/MyKaarmaDemo.h"

#include "MyKaarmaTestSupport.h"
#include "mykaarma/MyKaarmaState.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::test {

namespace {

class MyKaarmaDemoTest : public MyKaarmaFixture
{
protected:
    void adjust(SandboxOptions& o) override
    {
        o.scenario = u"demo"_s;
        o.seedCount = 160; // 20 more orders
    }
};

class MyKaarmaSeedTest : public MyKaarmaFixture
{
protected:
    void adjust(SandboxOptions& o) override { o.seedCount = 800; } // 100 more orders
};

} // namespace

TEST_F(MyKaarmaSeedTest, EachSeededOrdersSyncDateIsItsLastEventAndRecentOnesInterleaveWithOlder)
{
    // dealerOrderSyncDate moves on with every change, so a seeded order's is the time of its last
    // event — what PayDesk dates the order's payment with.
    auto* state = sandbox->component<MyKaarmaState>();
    ASSERT_NE(state, nullptr);
    const QDateTime now = clock.now().toUTC();
    int lastHour = 0;
    int older = 0;
    for (const MkOrder& o : state->orders()) {
        const std::string what = o.orderNumber.toStdString();
        EXPECT_LE(o.orderDate, o.syncDate) << what;
        EXPECT_LE(o.syncDate, now) << what;
        QDateTime last = o.orderDate;
        for (const QString& guid : o.invoiceGuids) {
            const MkInvoice* inv = state->invoice(guid);
            ASSERT_NE(inv, nullptr);
            last = std::max(last, inv->invoiceDate);
            for (const MkTransaction& t : inv->transactions)
                last = std::max(last, t.at);
            for (const MkPaymentRequest& r : state->paymentRequestsOfInvoice(guid)) {
                EXPECT_LE(r.createdAt, now) << what;
                last = std::max(last, r.createdAt);
                if (r.finishedAt.isValid())
                    last = std::max(last, r.finishedAt);
            }
        }
        EXPECT_LE(last, now) << what;
        EXPECT_GE(o.syncDate, last) << what << ": its last event is later than its sync date";
        if (o.paymentRequestSent || o.paidAmount > 0) {
            lastHour += o.syncDate >= now.addSecs(-3600) ? 1 : 0;
            older += o.syncDate < now.addDays(-1) ? 1 : 0;
        }
    }
    EXPECT_GT(lastHour, 0);
    EXPECT_GT(older, 0);
}

TEST_F(MyKaarmaDemoTest, SeedsOrdersAndTheSimulatedCustomerPaysWhatWasSent)
{
    auto* state = sandbox->component<MyKaarmaState>();
    auto* demo = sandbox->component<MyKaarmaDemo>();
    ASSERT_TRUE(state && demo);
    EXPECT_EQ(state->orderCount(), 30 + 20);
    demo->setPace(5, 0, 0);

    const Reply pre =
        mk->post(u"/payment/kpayment/v1/prepayment"_s, mk->prepaymentBody(u"RO-990001"_s, u"64.00"_s));
    ASSERT_EQ(pre.status, 200) << pre.body.constData();
    const QString order = pre.json().value(u"dealerOrderUuid"_s).toString();
    const Reply sent = mk->post(
        u"/payment/v4/departments/%1/payment-requests"_s.arg(serviceDept()),
        QJsonObject{{u"invoiceGuid"_s, pre.json().value(u"invoiceGUID"_s)}, {u"sendAsText"_s, true}});
    ASSERT_EQ(sent.status, 200) << sent.body.constData();
    EXPECT_TRUE(QTest::qWaitFor([&] { return state->order(order) && state->order(order)->paid; }, 15000));
    const MkOrder* o = state->order(order);
    ASSERT_NE(o, nullptr);
    EXPECT_TRUE(o->paidOnline);
    EXPECT_GT(demo->ticks(), 0);

    // The admin list shows orders without customer contact details. The demo stops first: at
    // this pace it may add an order between the answer and the count (a slower build did).
    demo->stop();
    const Reply list = mk->http().admin("GET", u"/admin/mykaarma/orders"_s);
    ASSERT_EQ(list.status, 200) << list.body.constData();
    EXPECT_EQ(list.json().value(u"orders"_s).toArray().size(), state->orderCount());
    EXPECT_FALSE(list.body.contains("@example.com"));
    EXPECT_FALSE(list.body.contains("+1555"));
}

} // namespace paydesk::sandbox::test
