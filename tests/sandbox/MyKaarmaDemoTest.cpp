// The myKaarma emulation's demo life: seeding with --seed, and under the demo scenario a
// simulated customer who pays the links that were sent, over real HTTP.
#include "mykaarma/MyKaarmaDemo.h"

#include "MyKaarmaTestSupport.h"
#include "mykaarma/MyKaarmaState.h"

#include <QTest>

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

} // namespace

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

    // The admin list shows orders without customer contact details.
    const Reply list = mk->http().admin("GET", u"/admin/mykaarma/orders"_s);
    ASSERT_EQ(list.status, 200) << list.body.constData();
    EXPECT_EQ(list.json().value(u"orders"_s).toArray().size(), state->orderCount());
    EXPECT_FALSE(list.body.contains("@example.com"));
    EXPECT_FALSE(list.body.contains("+1555"));
}

} // namespace paydesk::sandbox::test
