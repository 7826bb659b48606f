// Demo life of the Payment Assist emulation: seeded applications and the simulated customer.
#include "paymentassist/PaymentAssistDemo.h"

#include "PaymentAssistTestSupport.h"
#include "paymentassist/PaymentAssistState.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::test {

namespace {

class PaymentAssistSeedTest : public PaymentAssistFixture
{
protected:
    void adjust(SandboxOptions& o) override { o.seedCount = 400; }
};

class PaymentAssistDemoScenarioTest : public PaymentAssistFixture
{
protected:
    void adjust(SandboxOptions& o) override { o.scenario = u"demo"_s; }
};

} // namespace

TEST_F(PaymentAssistSeedTest, SeedsFinanceApplicationsInEveryStateWithInvoicesOutstanding)
{
    auto* state = sandbox->component<PaymentAssistState>();
    ASSERT_NE(state, nullptr);
    EXPECT_EQ(state->applicationCount(), 50); // one in eight of the seeded payments
    QSet<QString> statuses;
    int outstanding = 0;
    int uploaded = 0;
    for (const PaApplication& a : state->applications()) {
        statuses.insert(PaApplication::statusName(a.status));
        if (a.status == PaApplication::Status::Completed) {
            EXPECT_FALSE(a.paRef.isEmpty());
            (a.requiresInvoice && !a.hasInvoice ? outstanding : uploaded) += 1;
        }
        if (a.isOpen()) {
            EXPECT_GT(a.expiresAt, clock.now()); // still open for a while
        }
    }
    EXPECT_EQ(statuses, (QSet<QString>{u"pending"_s, u"in progress"_s, u"pending_capture"_s, u"completed"_s,
                                       u"failed"_s, u"expired"_s}));
    EXPECT_GT(outstanding, 0);
    EXPECT_GT(uploaded, 0);

    // The seeded applications answer through the API like any other, and the admin list
    // is how a demo client finds their tokens.
    SandboxTestClient admin(*sandbox);
    const Reply list = admin.admin("GET", u"/admin/paymentassist/applications"_s);
    ASSERT_EQ(list.status, 200);
    const QJsonArray apps = list.json().value(u"applications"_s).toArray();
    ASSERT_EQ(apps.size(), 50);
    int checked = 0;
    for (const auto& v : apps) {
        const QJsonObject a = v.toObject();
        if (a.value(u"api_key"_s).toString() != pa->apiKey())
            continue;
        const QJsonObject s = pa->status(a.value(u"token"_s).toString());
        EXPECT_EQ(s.value(u"status"_s).toString(), a.value(u"status"_s).toString());
        EXPECT_EQ(s.value(u"has_invoice"_s).toBool(), a.value(u"has_invoice"_s).toBool());
        ++checked;
    }
    EXPECT_GE(checked, 14);
    EXPECT_EQ(admin.send("GET", u"/admin/paymentassist/applications"_s).status, 401);
}

TEST_F(PaymentAssistDemoScenarioTest, TheSimulatedCustomerTakesApplicationsThroughThePage)
{
    auto* demo = sandbox->component<PaymentAssistDemo>();
    ASSERT_NE(demo, nullptr);
    demo->setPace(10, 5, 5);
    QStringList tokens;
    for (int i = 0; i < 12; ++i)
        tokens << pa->beginToken(u"ORD-DEMO-%1"_s.arg(i));
    // Nothing happens to an application younger than the customer's reaction time.
    const int seen = demo->ticks();
    QTRY_VERIFY(demo->ticks() >= seen + 3);
    for (const QString& t : std::as_const(tokens))
        EXPECT_EQ(pa->status(t).value(u"status"_s).toString(), u"pending"_s);

    clock.advanceMs(6000);
    auto finals = [&] {
        int n = 0;
        for (const QString& t : std::as_const(tokens)) {
            const QString s = pa->status(t).value(u"status"_s).toString();
            n += s == u"completed"_s || s == u"failed"_s ? 1 : 0;
        }
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(finals() >= 8, 10000);
    int completed = 0;
    for (const QString& t : std::as_const(tokens)) {
        const QJsonObject s = pa->status(t);
        if (s.value(u"status"_s).toString() == u"completed"_s) {
            ++completed;
            EXPECT_FALSE(s.value(u"last_accessed_at"_s).isNull()); // the page was opened
        }
    }
    EXPECT_GT(completed, 0);
}

} // namespace paydesk::sandbox::test
