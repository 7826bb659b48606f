// Demo life of the Democrance emulation: seeded policies in every status for both dealers and
// the simulated customers who pay on the gateway page.
#include "democrance/DemocranceDemo.h"

#include "DemocranceTestSupport.h"
#include "democrance/DemocranceState.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::test {

namespace {

class DemocranceSeedTest : public DemocranceFixture
{
protected:
    void adjust(SandboxOptions& o) override { o.seedCount = 400; }
};

class DemocranceDemoScenarioTest : public DemocranceFixture
{
protected:
    void adjust(SandboxOptions& o) override { o.scenario = u"demo"_s; }
};

} // namespace

TEST_F(DemocranceSeedTest, SeedsPoliciesInEveryStatusForBothDealers)
{
    // 400 / 16 = 25 per dealer from the sandbox's own seeding, then the fixture's 14.
    const QStringList every = DemocranceState::statuses();
    for (const QString& dealer : {u"paydesk-demo"_s, u"paydesk-demo-2"_s}) {
        QSet<QString> statuses;
        int receipts = 0;
        for (const DemPolicy& p : state->policies(dealer)) {
            statuses.insert(p.status);
            if (p.status == u"S_ACTIVE"_s) {
                const DemPayment* pay = state->payment(p.lastPayment);
                ASSERT_NE(pay, nullptr) << qPrintable(p.policyNumber);
                EXPECT_EQ(pay->status, DemPayment::Status::Paid);
                ++receipts;
            }
        }
        EXPECT_EQ(statuses, QSet<QString>(every.cbegin(), every.cend())) << qPrintable(dealer);
        EXPECT_GT(receipts, 0);
        EXPECT_GE(state->policies(dealer).size(), 25 + 14);
    }

    SandboxTestClient admin(*sandbox);
    const Reply list = admin.admin("GET", u"/admin/democrance/policies"_s);
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(list.json().value(u"policies"_s).toArray().size(), state->policyCount());
    EXPECT_EQ(admin.send("GET", u"/admin/democrance/policies"_s).status, 401);

    // The seeded receipts are real PDFs through the API.
    const QString t = token();
    const DemPolicy active = state->policies(u"paydesk-demo"_s, {u"S_ACTIVE"_s}).first();
    const Reply pdf = get(
        u"/democrance/api/v3/payment/%1/tax-invoice/"_s.arg(state->payment(active.lastPayment)->reference),
        t);
    EXPECT_EQ(pdf.status, 200);
    EXPECT_TRUE(pdf.body.startsWith("%PDF"));
}

TEST_F(DemocranceSeedTest, SeededTimesAreRealisticAQuoteOfTheLastHourBesideOlderOnes)
{
    // A dashboard sorted by the last change shows Democrance among the other providers only when
    // the seeded policies carry times of their own: recent ones awaiting payment, older settled ones.
    const QDateTime now = clock.now().toUTC();
    const QSet<QString> awaiting = {u"S_NEW"_s, u"S_QUOTED"_s, u"S_PENDING_APPROVAL"_s};
    int lastHour = 0;
    int today = 0;
    int older = 0;
    for (const QString& dealer : {u"paydesk-demo"_s, u"paydesk-demo-2"_s}) {
        for (const DemPolicy& p : state->policies(dealer)) {
            if (p.created == now)
                continue; // the fixture's own, made at the manual clock's time
            const std::string what = p.policyNumber.toStdString() + " " + p.status.toStdString();
            EXPECT_LE(p.created, p.modified) << what;
            EXPECT_LE(p.modified, now) << what;
            if (awaiting.contains(p.status)) {
                EXPECT_GE(p.created, now.addDays(-3)) << what;
                lastHour += p.modified >= now.addSecs(-3600) ? 1 : 0;
                today += p.modified >= now.addDays(-1) ? 1 : 0;
                older += p.modified < now.addDays(-1) ? 1 : 0;
            }
            if (const DemPayment* pay = state->payment(p.lastPayment)) {
                EXPECT_LE(pay->created, now) << what;
                EXPECT_LE(pay->finishedAt, now) << what;
                if (p.status == u"S_ACTIVE"_s) {
                    EXPECT_EQ(p.modified, pay->finishedAt)
                        << "activated when the payment was recorded: " << what;
                }
            }
        }
    }
    EXPECT_GT(lastHour, 0);
    EXPECT_GT(today, lastHour);
    EXPECT_GT(older, 0);
}

TEST_F(DemocranceDemoScenarioTest, SimulatedCustomersPayOnTheGatewayPageAndTheRecheckFindsLostReturns)
{
    auto* demo = sandbox->component<DemocranceDemo>();
    ASSERT_NE(demo, nullptr);
    demo->setPace(10, 5);
    const QString t = token();
    QStringList policies;
    for (int i = 0; i < 12; ++i) {
        DemPolicy p;
        p.dealer = u"paydesk-demo"_s;
        p.status = u"S_QUOTED"_s;
        p.productSlug = u"gap-insurance"_s;
        p.productName = u"GAP Insurance"_s;
        p.premium = 150000 + i;
        p.firstName = u"Test"_s;
        p.lastName = u"Customer %1"_s.arg(i);
        policies << state->insertPolicy(p);
    }
    QStringList tokens;
    for (const QString& policy : std::as_const(policies)) {
        const Reply r = postJson(u"/democrance/api/v3/payment/initiate/"_s,
                                 {{u"policy_number"_s, policy}, {u"gateway"_s, u"payfort-aed"_s}}, t);
        ASSERT_EQ(r.status, 200) << r.body.constData();
        tokens << r.json().value(u"token"_s).toString();
    }
    auto gatewayResults = [&] {
        int n = 0;
        for (const QString& token : std::as_const(tokens))
            n += state->payment(token)->gatewayResult != DemPayment::GatewayResult::None ? 1 : 0;
        return n;
    };
    // Nobody pays a payment younger than the customer's reaction time.
    const int seen = demo->ticks();
    QTRY_VERIFY(demo->ticks() >= seen + 3);
    EXPECT_EQ(gatewayResults(), 0);

    clock.advanceMs(6000);
    QTRY_VERIFY_WITH_TIMEOUT(gatewayResults() >= 8, 10000);
    // Once the re-check has run, everything the gateway knows is recorded, whether or not the
    // customer's return reached /process/.
    clock.advanceMs(state->recheckIntervalSeconds() * 1000);
    int paid = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        const DemPayment* p = state->payment(tokens.at(i));
        if (p->gatewayResult == DemPayment::GatewayResult::None)
            continue;
        EXPECT_TRUE(p->status == DemPayment::Status::Paid || p->status == DemPayment::Status::Failed);
        if (p->status == DemPayment::Status::Paid) {
            ++paid;
            EXPECT_EQ(state->policyOf(u"paydesk-demo"_s, policies.at(i))->status, u"S_ACTIVE"_s);
        }
    }
    EXPECT_GT(paid, 0);
}

} // namespace paydesk::sandbox::test
