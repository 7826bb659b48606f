// The simulated partner over real loopback HTTP: its Auth0 token endpoint, its webhook's
// bearer check and dedupe, and its scripts driving payments with GET details + PATCH status.
#include "PartnerFixture.h"
#include "faults/FaultInjector.h"
#include "http/HttpServer.h"
#include "partner/PartnerRegistry.h"
#include "partner/PartnerScenario.h"
#include "partner/SimulatedPartner.h"
#include "partner/WebhookDispatcher.h"
#include "platform/PlatformState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace paydesk::sandbox::test {

namespace {

using Code = PaymentStatus::Code;
using Actor = StatusChange::Actor;

QList<Code> statusesBy(const Payment& p, Actor actor)
{
    QList<Code> out;
    for (const StatusChange& c : p.history) {
        if (c.actor == actor)
            out << c.status.code();
    }
    return out;
}

} // namespace

class PartnerSimulated : public PartnerFixture
{
protected:
    void startWith(const QString& scenario, double scale = 0.005)
    {
        startSandbox(fastOptions(scenario),
                     [scale](Sandbox& sb) { sb.component<SimulatedPartner>()->setTimeScale(scale); });
    }
};

TEST_F(PartnerSimulated, IsRegisteredAtStartAndAcceptsTheTestEvent)
{
    startWith(QStringLiteral("pay"));
    auto& sim = part<SimulatedPartner>();
    ASSERT_FALSE(sim.partnerId().isEmpty());
    const auto partner = part<PartnerRegistry>().partner(sim.partnerId());
    ASSERT_TRUE(partner.has_value());
    EXPECT_TRUE(partner->simulated);
    EXPECT_EQ(partner->config.webhookUrl, sandbox->baseUrl().toString() + QStringLiteral("/partner/webhook"));
    ASSERT_TRUE(QTest::qWaitFor([&]() { return sim.eventsReceived() == 1; }, 5000));
    EXPECT_EQ(sim.tokensIssued(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return part<WebhookDispatcher>().deliveredCount() == 1; }, 5000));
}

TEST_F(PartnerSimulated, OffMeansNoSimulatedPartner)
{
    startWith(QStringLiteral("off"));
    EXPECT_TRUE(part<SimulatedPartner>().partnerId().isEmpty());
    EXPECT_EQ(part<PartnerRegistry>().count(), 0);
}

TEST_F(PartnerSimulated, PaysARequestEndToEndOverHttp)
{
    startWith(QStringLiteral("pay"));
    const QString id = initiate();
    ASSERT_TRUE(waitForStatus(id, Code::Paid)) << qPrintable(payment(id)->status.toString());
    const Payment p = *payment(id);
    EXPECT_EQ(statusesBy(p, Actor::Partner), (QList<Code>{Code::Viewed, Code::InProgress, Code::Paid}));
    EXPECT_EQ(statusesBy(p, Actor::System).value(0), Code::Notified)
        << "the partner waited for the notification";
    EXPECT_EQ(p.amountPaid, p.amount);
    EXPECT_TRUE(p.transactionReference.startsWith(u"SIM-"));
    EXPECT_EQ(p.cardLast4.size(), 4);
    EXPECT_FALSE(p.cardBrand.isEmpty());
    // It went through the platform's HTTP API like any partner: details read, three updates.
    const auto calls = sandbox->http().callCounts();
    EXPECT_GE(calls.value(QStringLiteral("payments.get")), 1);
    EXPECT_EQ(calls.value(QStringLiteral("payments.status")), 3);
    EXPECT_GE(calls.value(QStringLiteral("partner.webhook")), 2);
    EXPECT_EQ(calls.value(QStringLiteral("token")), 2)
        << "the dealer's, and one partner token for the whole script";
}

TEST_F(PartnerSimulated, FailsThenPays)
{
    startWith(QStringLiteral("fail-then-pay"));
    const QString id = initiate();
    ASSERT_TRUE(waitForStatus(id, Code::Paid));
    const Payment p = *payment(id);
    EXPECT_EQ(statusesBy(p, Actor::Partner),
              (QList<Code>{Code::Viewed, Code::InProgress, Code::Failed, Code::InProgress, Code::Paid}));
    EXPECT_TRUE(p.statusReason.isEmpty()) << "paid clears the failure reason";
    // The declined attempt said why, in an issuer's words, and the timeline keeps it.
    QString why;
    for (const StatusChange& change : p.history) {
        if (change.status.code() == Code::Failed)
            why = change.note;
    }
    EXPECT_TRUE(PartnerScenario::failureReasons().contains(why)) << qPrintable(why);
}

TEST_F(PartnerSimulated, NeverPaysAndThePlatformExpiresTheRequest)
{
    startWith(QStringLiteral("never-pay"));
    QSignalSpy finished(&part<SimulatedPartner>(), &SimulatedPartner::scriptFinished);
    QJsonObject body = SandboxTestClient::initiateBody();
    body.insert(QLatin1StringView("expiresAt"),
                QDateTime::currentDateTimeUtc().addMSecs(1200).toString(Qt::ISODateWithMs));
    const QString id = initiate(body);
    ASSERT_TRUE(waitForStatus(id, Code::Viewed));
    ASSERT_TRUE(waitForStatus(id, Code::Expired, 5000));
    const Payment p = *payment(id);
    EXPECT_EQ(statusesBy(p, Actor::Partner), (QList<Code>{Code::Viewed}));
    EXPECT_FALSE(p.amountPaid.isValid());
    ASSERT_TRUE(finished.size() == 1 || finished.wait(2000));
    EXPECT_EQ(finished.at(0).at(0).toString(), id);
}

TEST_F(PartnerSimulated, ACancelledRequestStopsTheScript)
{
    startWith(QStringLiteral("slow"), 0.05); // view after 1 s, pay after 3.75 s
    auto& sim = part<SimulatedPartner>();
    const QString id = initiate();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return sim.activeScripts() == 1; }, 3000));
    const Reply cancel = client->postJson(
        client->storePrefix() + QStringLiteral("/payments/%1/cancel").arg(id),
        QJsonObject{{QLatin1StringView("reason"), QStringLiteral("Paid cash")}}, dealerToken, newKey());
    ASSERT_EQ(cancel.status, 200);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return sim.activeScripts() == 0; }, 3000))
        << "epayment.cancelled ends it";
    EXPECT_EQ(payment(id)->status.code(), Code::Cancelled);
    EXPECT_TRUE(statusesBy(*payment(id), Actor::Partner).isEmpty());
}

TEST_F(PartnerSimulated, LivelyMixDrivesManyRequests)
{
    startWith(QStringLiteral("lively"), 0.002);
    auto& sim = part<SimulatedPartner>();
    QStringList ids;
    for (int i = 0; i < 12; ++i)
        ids << initiate();
    // Every script runs to its end: paid, or (never-pay) left VIEWED for the expiry sweep.
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            if (sim.activeScripts() > 0)
                return false;
            for (const QString& id : ids) {
                const Code c = payment(id)->status.code();
                if (c != Code::Paid && c != Code::Viewed)
                    return false;
            }
            return true;
        },
        8000));
    int paid = 0;
    QSet<QString> kinds;
    for (const QString& id : ids) {
        const Payment p = *payment(id);
        paid += p.status.code() == Code::Paid ? 1 : 0;
        for (const StatusChange& c : p.history) {
            if (c.actor == Actor::Partner)
                kinds.insert(c.note);
        }
    }
    EXPECT_GE(paid, 6);
    EXPECT_GE(kinds.size(), 3) << "several scripts ran: "
                               << qPrintable(QStringList(kinds.values()).join(u", "));
}

TEST_F(PartnerSimulated, ItsTokenEndpointChecksClientSecretAndAudience)
{
    startWith(QStringLiteral("pay"));
    auto& sim = part<SimulatedPartner>();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return sim.eventsReceived() == 1; }, 5000)) << "the testEvent is in";
    auto tokenFor = [&](const QString& id, const QString& secret, const QString& audience) {
        const QJsonObject body{{QLatin1StringView("grant_type"), QStringLiteral("client_credentials")},
                               {QLatin1StringView("client_id"), id},
                               {QLatin1StringView("client_secret"), secret},
                               {QLatin1StringView("audience"), audience}};
        return client->send("POST", QStringLiteral("/partner/oauth/token"), QJsonDocument(body).toJson());
    };
    EXPECT_EQ(tokenFor(sim.clientId(), QStringLiteral("wrong"), sim.audience()).status, 401);
    EXPECT_EQ(tokenFor(QStringLiteral("someone"), sim.clientSecret(), sim.audience()).status, 401);
    EXPECT_EQ(tokenFor(sim.clientId(), sim.clientSecret(), QStringLiteral("https://elsewhere")).status, 401);
    const Reply ok = tokenFor(sim.clientId(), sim.clientSecret(), sim.audience());
    ASSERT_EQ(ok.status, 200);
    EXPECT_EQ(ok.json().value(QLatin1StringView("token_type")).toString(), u"Bearer");
    EXPECT_GT(ok.json().value(QLatin1StringView("expires_in")).toInt(), 0);
    const QByteArray token = ok.json().value(QLatin1StringView("access_token")).toString().toLatin1();

    const QJsonObject event{{QLatin1StringView("specversion"), QStringLiteral("1.0")},
                            {QLatin1StringView("id"), QStringLiteral("evt-1")},
                            {QLatin1StringView("source"), QStringLiteral("urn:test")},
                            {QLatin1StringView("type"), QStringLiteral("testEvent")}};
    const QByteArray json = QJsonDocument(event).toJson();
    const QByteArray type = "application/cloudevents+json";
    EXPECT_EQ(client->send("POST", QStringLiteral("/partner/webhook"), json, {{"Content-Type", type}}).status,
              401);
    EXPECT_EQ(client
                  ->send("POST", QStringLiteral("/partner/webhook"), json,
                         {{"Content-Type", type}, {"Authorization", "Bearer not-a-token"}})
                  .status,
              401);
    const int before = sim.eventsReceived();
    const QList<QPair<QByteArray, QByteArray>> good{{"Content-Type", type},
                                                    {"Authorization", "Bearer " + token}};
    EXPECT_EQ(client->send("POST", QStringLiteral("/partner/webhook"), json, good).status, 204);
    EXPECT_EQ(client->send("POST", QStringLiteral("/partner/webhook"), json, good).status, 204);
    EXPECT_EQ(sim.eventsReceived(), before + 1);
    EXPECT_EQ(sim.duplicatesIgnored(), 1) << "deduped on source + id";
    QJsonObject broken = event;
    broken.insert(QLatin1StringView("specversion"), QStringLiteral("0.3"));
    EXPECT_EQ(
        client->send("POST", QStringLiteral("/partner/webhook"), QJsonDocument(broken).toJson(), good).status,
        400);
    EXPECT_GE(sim.unauthorizedRejected(), 2);
}

TEST_F(PartnerSimulated, SurvivesAFlakyPlatformStatusRoute)
{
    startWith(QStringLiteral("pay"));
    auto parsed = FaultSpec::parse(QStringLiteral("error5xx=1,times=2"));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error());
    sandbox->faults().set(QStringLiteral("payments.status"), parsed.value());
    const QString id = initiate();
    ASSERT_TRUE(waitForStatus(id, Code::Paid, 8000));
    EXPECT_EQ(statusesBy(*payment(id), Actor::Partner),
              (QList<Code>{Code::Viewed, Code::InProgress, Code::Paid}))
        << "retried with the same Idempotency-Key: no step doubled";
}

} // namespace paydesk::sandbox::test
