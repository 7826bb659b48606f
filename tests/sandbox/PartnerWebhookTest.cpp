// Webhooks to partners over real loopback HTTP: Auth0 token fetch and caching, CloudEvents
// shape, testEvent on registration and on demand, retries with backoff, dead letters.
#include "PartnerFixture.h"
#include "PartnerTestReceiver.h"
#include "faults/FaultInjector.h"
#include "partner/MessageOutbox.h"
#include "partner/PartnerRegistry.h"
#include "partner/PartnerTokenCache.h"
#include "partner/SimulatedPartner.h"
#include "partner/WebhookDispatcher.h"
#include "platform/PlatformState.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace paydesk::sandbox::test {

namespace {

const QRegularExpression
    kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));

QJsonObject registration(const PartnerConfig& c)
{
    return QJsonObject{{QLatin1StringView("webhookUrl"), c.webhookUrl},
                       {QLatin1StringView("authUrl"), c.authUrl},
                       {QLatin1StringView("clientId"), c.clientId},
                       {QLatin1StringView("clientSecret"), c.clientSecret},
                       {QLatin1StringView("audience"), c.audience}};
}

WebhookRetryPolicy fastRetries(int attempts)
{
    WebhookRetryPolicy p;
    p.baseMs = 20;
    p.capMs = 80;
    p.maxAttempts = attempts;
    p.timeoutMs = 3000;
    return p;
}

} // namespace

class PartnerWebhook : public PartnerFixture
{
public:
    static SandboxOptions fastOptionsForTokens() { return fastOptions(); }
};

TEST_F(PartnerWebhook, RegistrationThroughAdminSendsATestEventWithABearerFromTheTokenUrl)
{
    startSandbox(fastOptions());
    PartnerTestReceiver receiver;
    const Reply r = client->admin("POST", QStringLiteral("/admin/partners"), registration(receiver.config()));
    ASSERT_EQ(r.status, 201) << r.body.constData();
    const QString partnerId = r.json().value(QLatin1StringView("id")).toString();
    EXPECT_FALSE(partnerId.isEmpty());
    EXPECT_FALSE(r.body.contains("test-partner-secret")) << "the secret is never echoed";
    ASSERT_TRUE(QTest::qWaitFor([&]() { return receiver.events.size() == 1; }, 5000));

    // The token request: Auth0 client credentials as JSON.
    EXPECT_EQ(receiver.tokenRequests, 1);
    EXPECT_TRUE(receiver.lastTokenContentType.startsWith("application/json"));
    EXPECT_EQ(receiver.lastTokenRequest.value(QLatin1StringView("grant_type")).toString(),
              u"client_credentials");
    EXPECT_EQ(receiver.lastTokenRequest.value(QLatin1StringView("audience")).toString(),
              receiver.config().audience);

    // The event: CloudEvents 1.0 structured mode.
    const QJsonObject e = receiver.events.constFirst();
    EXPECT_EQ(receiver.contentTypes.constFirst(), QByteArray("application/cloudevents+json"));
    EXPECT_EQ(e.value(QLatin1StringView("specversion")).toString(), u"1.0");
    EXPECT_EQ(e.value(QLatin1StringView("type")).toString(), u"testEvent");
    EXPECT_TRUE(kUuid.match(e.value(QLatin1StringView("id")).toString()).hasMatch());
    EXPECT_FALSE(e.value(QLatin1StringView("source")).toString().isEmpty());
    EXPECT_TRUE(
        QDateTime::fromString(e.value(QLatin1StringView("time")).toString(), Qt::ISODateWithMs).isValid());
    EXPECT_EQ(e.value(QLatin1StringView("id")).toString(),
              r.json().value(QLatin1StringView("testEventId")).toString());

    // Listed without the secret; a test event on demand goes out with the cached token.
    const Reply list = client->admin("GET", QStringLiteral("/admin/partners"));
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(list.json().value(QLatin1StringView("partners")).toArray().size(), 1);
    EXPECT_FALSE(list.body.contains("test-partner-secret"));
    const Reply test = client->admin("POST", QStringLiteral("/admin/partners/%1/test-event").arg(partnerId));
    ASSERT_EQ(test.status, 202) << test.body.constData();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return receiver.events.size() == 2; }, 5000));
    EXPECT_EQ(receiver.events.at(1).value(QLatin1StringView("id")).toString(),
              test.json().value(QLatin1StringView("eventId")).toString());
    EXPECT_EQ(receiver.tokenRequests, 1) << "the token is cached";
    EXPECT_EQ(client->admin("POST", QStringLiteral("/admin/partners/nope/test-event")).status, 404);
}

TEST_F(PartnerWebhook, RegistrationIsValidatedAndNeedsTheAdminToken)
{
    startSandbox(fastOptions());
    PartnerTestReceiver receiver;
    QJsonObject bad = registration(receiver.config());
    bad.insert(QLatin1StringView("webhookUrl"), QStringLiteral("ftp://nowhere"));
    const Reply r = client->admin("POST", QStringLiteral("/admin/partners"), bad);
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(r.firstErrorField(), u"webhookUrl");
    bad = registration(receiver.config());
    bad.remove(QLatin1StringView("clientSecret"));
    EXPECT_EQ(client->admin("POST", QStringLiteral("/admin/partners"), bad).status, 422);
    const Reply anonymous = client->send("POST", QStringLiteral("/admin/partners"),
                                         QJsonDocument(registration(receiver.config())).toJson());
    EXPECT_EQ(anonymous.status, 401);
    EXPECT_EQ(part<PartnerRegistry>().count(), 0);
}

TEST_F(PartnerWebhook, DealerActionsBecomeSeedEventsWithOneTokenForAll)
{
    PartnerTestReceiver receiver;
    SandboxOptions options = fastOptions();
    options.partners.append(receiver.config()); // the --partner way
    startSandbox(options);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return receiver.events.size() == 1; }, 5000)) << "testEvent at start";

    const QString first = initiate();
    const QString second = initiate();
    ASSERT_TRUE(waitForStatus(first, PaymentStatus::Code::Notified));
    const QString prefix = client->storePrefix();
    Reply resend = client->postJson(
        prefix + QStringLiteral("/payments/%1/resend").arg(first),
        QJsonObject{{QLatin1StringView("customer"),
                     QJsonObject{{QLatin1StringView("email"), QStringLiteral("jane.new@example.com")}}}},
        dealerToken, newKey());
    ASSERT_EQ(resend.status, 200) << resend.body.constData();
    Reply cancel = client->postJson(prefix + QStringLiteral("/payments/%1/cancel").arg(second),
                                    QJsonObject{{QLatin1StringView("reason"), QStringLiteral("Paid cash")}},
                                    dealerToken, newKey());
    ASSERT_EQ(cancel.status, 200) << cancel.body.constData();

    ASSERT_TRUE(QTest::qWaitFor([&]() { return receiver.events.size() == 5; }, 5000))
        << qPrintable(receiver.eventTypes().join(u','));
    QStringList types = receiver.eventTypes();
    types.sort();
    EXPECT_EQ(types, (QStringList{QStringLiteral("epayment.cancelled"), QStringLiteral("epayment.initiated"),
                                  QStringLiteral("epayment.initiated"), QStringLiteral("epayment.updated"),
                                  QStringLiteral("testEvent")}));
    EXPECT_EQ(receiver.tokenRequests, 1) << "one token fetch serves every event";
    EXPECT_EQ(receiver.unauthorized, 0);

    const StoreInfo store = sandbox->state().stores().constFirst();
    QSet<QString> ids;
    for (const QJsonObject& e : std::as_const(receiver.events)) {
        ids.insert(e.value(QLatin1StringView("id")).toString());
        if (e.value(QLatin1StringView("type")).toString() == u"testEvent")
            continue;
        const QString subject = e.value(QLatin1StringView("subject")).toString();
        EXPECT_TRUE(subject == first || subject == second);
        const QJsonObject data = e.value(QLatin1StringView("data")).toObject();
        const QJsonObject context = data.value(QLatin1StringView("context")).toObject();
        EXPECT_EQ(context.value(QLatin1StringView("enterpriseId")).toString(), store.enterpriseId);
        EXPECT_EQ(context.value(QLatin1StringView("storeId")).toString(), store.storeId);
        EXPECT_EQ(context.value(QLatin1StringView("dealerCode")).toString(), store.dealerCode);
        EXPECT_EQ(context.value(QLatin1StringView("provider")).toString(), u"keyloop");
        EXPECT_EQ(data.value(QLatin1StringView("payment"))
                      .toObject()
                      .value(QLatin1StringView("paymentId"))
                      .toString(),
                  subject);
        EXPECT_EQ(e.value(QLatin1StringView("datacontenttype")).toString(), u"application/json");
    }
    EXPECT_EQ(ids.size(), 5) << "every event has its own id";
    for (const QJsonObject& e : std::as_const(receiver.events)) {
        if (e.value(QLatin1StringView("type")).toString() == u"epayment.updated") {
            EXPECT_EQ(e.value(QLatin1StringView("data"))
                          .toObject()
                          .value(QLatin1StringView("payment"))
                          .toObject()
                          .value(QLatin1StringView("customer"))
                          .toObject()
                          .value(QLatin1StringView("email"))
                          .toString(),
                      u"jane.new@example.com");
        }
    }
}

TEST_F(PartnerWebhook, FailedDeliveriesAreRetriedWithBackoffUntilDelivered)
{
    PartnerTestReceiver receiver;
    receiver.failNext = 3;
    receiver.failStatus = 503;
    SandboxOptions options = fastOptions();
    options.partners.append(receiver.config());
    startSandbox(options,
                 [](Sandbox& sb) { sb.component<WebhookDispatcher>()->setRetryPolicy(fastRetries(6)); });
    auto& dispatcher = part<WebhookDispatcher>();
    QSignalSpy failed(&dispatcher, &WebhookDispatcher::attemptFailed);
    QSignalSpy delivered(&dispatcher, &WebhookDispatcher::delivered);
    ASSERT_TRUE(delivered.wait(5000));
    EXPECT_EQ(failed.size(), 3);
    EXPECT_EQ(receiver.webhookCalls, 4);
    EXPECT_EQ(receiver.events.size(), 1);
    EXPECT_TRUE(dispatcher.deadLetters().isEmpty());
    // Backoff: each wait is at least half its step (20, 40, 80 ms with equal jitter).
    ASSERT_EQ(receiver.callTimesMs.size(), 4);
    EXPECT_GE(receiver.callTimesMs.at(1) - receiver.callTimesMs.at(0), 10);
    EXPECT_GE(receiver.callTimesMs.at(2) - receiver.callTimesMs.at(1), 20);
    EXPECT_GE(receiver.callTimesMs.at(3) - receiver.callTimesMs.at(2), 40);
    EXPECT_EQ(dispatcher.recentDeliveries().constLast().attempts, 4);
}

TEST_F(PartnerWebhook, DeliveriesThatNeverSucceedAreDeadLetteredAndVisible)
{
    PartnerTestReceiver receiver;
    receiver.alwaysFail = true;
    receiver.failStatus = 500;
    SandboxOptions options = fastOptions();
    options.partners.append(receiver.config());
    startSandbox(options,
                 [](Sandbox& sb) { sb.component<WebhookDispatcher>()->setRetryPolicy(fastRetries(4)); });
    auto& dispatcher = part<WebhookDispatcher>();
    QSignalSpy dead(&dispatcher, &WebhookDispatcher::deadLettered);
    ASSERT_TRUE(dead.wait(5000)) << "the testEvent";
    const QString id = initiate();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return dead.size() == 2; }, 5000));
    EXPECT_EQ(receiver.webhookCalls, 8) << "4 attempts each";
    EXPECT_EQ(dispatcher.pendingCount(), 0);

    const Reply r = client->admin("GET", QStringLiteral("/admin/deadletters"));
    ASSERT_EQ(r.status, 200);
    const QJsonArray letters = r.json().value(QLatin1StringView("deadLetters")).toArray();
    ASSERT_EQ(letters.size(), 2);
    const QJsonObject initiated = letters.at(1).toObject();
    EXPECT_EQ(initiated.value(QLatin1StringView("type")).toString(), u"epayment.initiated");
    EXPECT_EQ(initiated.value(QLatin1StringView("subject")).toString(), id);
    EXPECT_EQ(initiated.value(QLatin1StringView("attempts")).toInt(), 4);
    EXPECT_EQ(initiated.value(QLatin1StringView("lastStatus")).toInt(), 500);
    EXPECT_EQ(initiated.value(QLatin1StringView("lastError")).toString(), u"webhook answered HTTP 500");
    EXPECT_EQ(
        initiated.value(QLatin1StringView("event")).toObject().value(QLatin1StringView("subject")).toString(),
        id);
    EXPECT_FALSE(r.body.contains("test-token")) << "tokens never appear in dead letters";

    const Reply partners = client->admin("GET", QStringLiteral("/admin/partners"));
    const QJsonObject p = partners.json().value(QLatin1StringView("partners")).toArray().at(0).toObject();
    EXPECT_EQ(p.value(QLatin1StringView("deadLettered")).toInt(), 2);
    EXPECT_EQ(p.value(QLatin1StringView("failedAttempts")).toInt(), 8);

    // Once the partner is fixed, a dead letter can be sent again.
    receiver.alwaysFail = false;
    QSignalSpy delivered(&dispatcher, &WebhookDispatcher::delivered);
    const QString deliveryId = initiated.value(QLatin1StringView("deliveryId")).toString();
    EXPECT_EQ(client->admin("POST", QStringLiteral("/admin/deadletters/%1/redeliver").arg(deliveryId)).status,
              202);
    // The admin call runs an event loop while it waits for its answer, in which the redelivery
    // may already succeed: wait for the count, not for a signal still to come.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !delivered.isEmpty(); }, 5000));
    EXPECT_EQ(receiver.events.constLast().value(QLatin1StringView("subject")).toString(), id);
    EXPECT_EQ(dispatcher.deadLetters().size(), 1);
}

TEST_F(PartnerWebhook, ATokenEndpointThatRefusesUsDeadLettersWithoutCallingTheWebhook)
{
    PartnerTestReceiver receiver;
    receiver.refuseTokens = true;
    SandboxOptions options = fastOptions();
    options.partners.append(receiver.config());
    startSandbox(options,
                 [](Sandbox& sb) { sb.component<WebhookDispatcher>()->setRetryPolicy(fastRetries(3)); });
    QSignalSpy dead(&part<WebhookDispatcher>(), &WebhookDispatcher::deadLettered);
    ASSERT_TRUE(dead.wait(5000));
    EXPECT_EQ(receiver.tokenRequests, 3);
    EXPECT_EQ(receiver.webhookCalls, 0);
    EXPECT_EQ(part<WebhookDispatcher>().deadLetters().constFirst().lastError,
              u"token endpoint answered HTTP 401");
}

TEST_F(PartnerWebhook, AWebhook401DropsTheCachedTokenAndTheRetryFetchesANewOne)
{
    PartnerTestReceiver receiver;
    receiver.rejectTokensAtWebhook = 1;
    SandboxOptions options = fastOptions();
    options.partners.append(receiver.config());
    startSandbox(options,
                 [](Sandbox& sb) { sb.component<WebhookDispatcher>()->setRetryPolicy(fastRetries(3)); });
    QSignalSpy delivered(&part<WebhookDispatcher>(), &WebhookDispatcher::delivered);
    ASSERT_TRUE(delivered.wait(5000));
    EXPECT_EQ(receiver.tokenRequests, 2);
    EXPECT_EQ(receiver.webhookCalls, 2);
    EXPECT_EQ(receiver.events.size(), 1);
}

TEST_F(PartnerWebhook, ManyEventsDoNotBlockTheServer)
{
    // The receiver answers slowly (its own latency fault is not available, so: many partners
    // at once); the platform API must keep answering while deliveries are in flight.
    PartnerTestReceiver receiver;
    SandboxOptions options = fastOptions();
    options.partners.append(receiver.config());
    startSandbox(options);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return receiver.events.size() == 1; }, 5000));
    QStringList ids;
    for (int i = 0; i < 20; ++i)
        ids << initiate();
    // Every initiate answered while its webhook was still queued or in flight.
    EXPECT_EQ(ids.size(), 20);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return receiver.events.size() == 21; }, 10000));
    EXPECT_EQ(receiver.tokenRequests, 1);
}

namespace {

/// Starts a sandbox delivering to `receiver` on `clock`; checks the token is kept until just
/// before `renewAtMs` after the first fetch and fetched again just after it.
void expectRenewalAt(PartnerTestReceiver& receiver, ManualClock& clock, qint64 renewAtMs)
{
    SandboxOptions options = PartnerWebhook::fastOptionsForTokens();
    options.partners.append(receiver.config());
    Sandbox sandbox(options, clock);
    ASSERT_TRUE(sandbox.start().ok());
    auto* dispatcher = sandbox.component<WebhookDispatcher>();
    const QString partnerId = sandbox.component<PartnerRegistry>()->partners().constFirst().id;
    auto sendAndWait = [&](int expectedEvents) {
        EXPECT_FALSE(dispatcher->sendTestEvent(partnerId).isEmpty());
        return QTest::qWaitFor([&]() { return receiver.events.size() == expectedEvents; }, 5000);
    };
    ASSERT_TRUE(QTest::qWaitFor([&]() { return receiver.events.size() == 1; }, 5000))
        << "the token answer was used";
    EXPECT_EQ(receiver.tokenRequests, 1);
    clock.advanceMs(renewAtMs - 1000);
    ASSERT_TRUE(sendAndWait(2));
    EXPECT_EQ(receiver.tokenRequests, 1) << "still fresh a second before three quarters";
    clock.advanceMs(2000);
    ASSERT_TRUE(sendAndWait(3));
    EXPECT_EQ(receiver.tokenRequests, 2) << "renewed at three quarters of its lifetime";
    EXPECT_EQ(receiver.unauthorized, 0);
}

} // namespace

// The renewal time the code, sandbox/partner/README.md and API-NOTES ("Tokens") all state:
// three quarters of the lifetime, for a long token too (it used to be one minute before expiry).
TEST(PartnerWebhookTokens, RenewedAtThreeQuartersOfItsLifetimeAsTheDocumentsSay)
{
    EXPECT_EQ(PartnerTokenCache::renewAfterMs(600), 450000);
    ManualClock clock(QDateTime::currentDateTimeUtc());
    PartnerTestReceiver receiver;
    receiver.tokenLifetimeSeconds = 600;
    expectRenewalAt(receiver, clock, 450000);
}

// RFC 6749: expires_in is optional. Without it the documented default lifetime applies.
TEST(PartnerWebhookTokens, AnAnswerWithoutExpiresInLivesTheDocumentedDefault)
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    PartnerTestReceiver receiver;
    receiver.omitExpiresIn = true;
    expectRenewalAt(receiver, clock, PartnerTokenCache::renewAfterMs(PartnerTokenCache::kDefaultLifetimeS));
}

TEST(PartnerWebhookTokens, ExpiresInAsANumericStringIsReadStrictly)
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    PartnerTestReceiver receiver;
    receiver.expiresInAs = QStringLiteral("600");
    expectRenewalAt(receiver, clock, 450000);

    for (const QString& bad : {QStringLiteral("600abc"), QStringLiteral("-600"), QStringLiteral("0")}) {
        PartnerTestReceiver refused;
        refused.expiresInAs = bad;
        SandboxOptions options = PartnerWebhook::fastOptionsForTokens();
        options.partners.append(refused.config());
        Sandbox sandbox(options);
        sandbox.component<WebhookDispatcher>()->setRetryPolicy(fastRetries(1));
        QSignalSpy dead(sandbox.component<WebhookDispatcher>(), &WebhookDispatcher::deadLettered);
        ASSERT_TRUE(sandbox.start().ok());
        ASSERT_TRUE(dead.wait(5000)) << bad.toStdString();
        EXPECT_EQ(refused.webhookCalls, 0) << bad.toStdString();
        EXPECT_EQ(sandbox.component<WebhookDispatcher>()->deadLetters().constFirst().lastError,
                  u"token endpoint answered without a usable Bearer token");
    }
}

TEST(PartnerWebhookTokens, CachedUntilShortlyBeforeExpiryThenFetchedAgain)
{
    // A 4 s token is renewed at three quarters of its life: kept at 2.9 s, replaced at 3.1 s.
    ManualClock clock(QDateTime::currentDateTimeUtc());
    PartnerTestReceiver receiver;
    receiver.tokenLifetimeSeconds = 4;
    SandboxOptions options = PartnerWebhook::fastOptionsForTokens();
    options.partners.append(receiver.config());
    Sandbox sandbox(options, clock);
    ASSERT_TRUE(sandbox.start().ok());
    auto* dispatcher = sandbox.component<WebhookDispatcher>();
    const QString partnerId = sandbox.component<PartnerRegistry>()->partners().constFirst().id;
    auto sendAndWait = [&](int expectedEvents) {
        EXPECT_FALSE(dispatcher->sendTestEvent(partnerId).isEmpty());
        return QTest::qWaitFor([&]() { return receiver.events.size() == expectedEvents; }, 5000);
    };
    ASSERT_TRUE(QTest::qWaitFor([&]() { return receiver.events.size() == 1; }, 5000));
    EXPECT_EQ(receiver.tokenRequests, 1);
    clock.advanceMs(2900);
    ASSERT_TRUE(sendAndWait(2));
    EXPECT_EQ(receiver.tokenRequests, 1) << "still fresh";
    clock.advanceMs(200);
    ASSERT_TRUE(sendAndWait(3));
    EXPECT_EQ(receiver.tokenRequests, 2) << "renewed before it expired";
    ASSERT_TRUE(sendAndWait(4));
    EXPECT_EQ(receiver.tokenRequests, 2);
    EXPECT_EQ(receiver.unauthorized, 0);
}

TEST_F(PartnerWebhook, TheSimulatedPartnersWebhookFaultsAreRetriedToo)
{
    // Faults switched on the simulated partner's own route ("partner.webhook") exercise the
    // dispatcher's retries end to end inside one sandbox.
    startSandbox(fastOptions(QStringLiteral("pay")), [](Sandbox& sb) {
        sb.component<WebhookDispatcher>()->setRetryPolicy(fastRetries(5));
        sb.component<SimulatedPartner>()->setTimeScale(0.005);
        auto spec = FaultSpec::parse(QStringLiteral("error5xx=1,times=2"));
        ASSERT_TRUE(spec.ok());
        sb.faults().set(QStringLiteral("partner.webhook"), spec.value());
    });
    auto& dispatcher = part<WebhookDispatcher>();
    QSignalSpy failed(&dispatcher, &WebhookDispatcher::attemptFailed);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return dispatcher.deliveredCount() == 1; }, 5000));
    EXPECT_EQ(failed.size(), 2);
    EXPECT_EQ(part<SimulatedPartner>().eventsReceived(), 1);
    const QString id = initiate();
    ASSERT_TRUE(waitForStatus(id, PaymentStatus::Code::Paid));
}

TEST_F(PartnerWebhook, DeliveriesWaitOutASandboxOutageAndGoOutAfterwards)
{
    PartnerTestReceiver receiver;
    SandboxOptions options = fastOptions();
    options.partners.append(receiver.config());
    startSandbox(options);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return part<WebhookDispatcher>().deliveredCount() == 1; }, 5000));
    sandbox->stop();
    // The DMS raises a request while the platform's server is down (in-process, no HTTP).
    InitiateRequest request;
    const StoreInfo store = sandbox->state().stores().constFirst();
    request.enterpriseId = store.enterpriseId;
    request.storeId = store.storeId;
    request.reference = PaymentReference::make(PaymentReference::Type::Invoice, QStringLiteral("INV-OUTAGE"));
    request.description = QStringLiteral("Tyres");
    request.amount = Money::fromMinor(9900, store.currency).value();
    request.customer = Customer{QStringLiteral("Sam Roe"), QStringLiteral("sam@example.com"), QString()};
    request.channels = Channel::Email;
    auto initiated = sandbox->state().initiate(request);
    ASSERT_TRUE(initiated.ok());
    // The dispatcher tries a delivery on the next turn of the event loop; a call queued after
    // the change runs once that try is over.
    bool tried = false;
    QMetaObject::invokeMethod(
        &part<WebhookDispatcher>(), [&tried]() { tried = true; }, Qt::QueuedConnection);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return tried; }, 5000));
    EXPECT_EQ(receiver.events.size(), 1) << "nothing goes out during the outage";
    EXPECT_EQ(part<WebhookDispatcher>().pendingCount(), 1);
    ASSERT_TRUE(sandbox->start().ok());
    ASSERT_TRUE(QTest::qWaitFor([&]() { return receiver.events.size() == 2; }, 5000));
    EXPECT_EQ(receiver.events.constLast().value(QLatin1StringView("subject")).toString(),
              initiated->paymentId);
    // Its first attempt came after the outage: none was made (and lost) during it.
    ASSERT_TRUE(QTest::qWaitFor([&]() { return part<WebhookDispatcher>().deliveredCount() == 2; }, 5000));
    int attempts = -1;
    for (const WebhookDelivery& d : part<WebhookDispatcher>().recentDeliveries()) {
        if (d.subject == initiated->paymentId)
            attempts = d.attempts;
    }
    EXPECT_EQ(attempts, 1);
}

// Issue 12, protocol item 6: with --data, partner registrations (with their secret), dead
// letters (with their events) and the message outbox survive a restart on the same file, and a
// partner from the command line is not registered twice.
TEST(SandboxPersistence, PartnersDeadLettersAndTheOutboxSurviveARestart)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    PartnerTestReceiver failing; // registered through the admin route; every webhook call fails
    failing.alwaysFail = true;
    PartnerTestReceiver fromOptions;
    SandboxOptions options = PartnerWebhook::fastOptionsForTokens();
    options.dataPath = dir.filePath(QStringLiteral("sandbox.sqlite"));
    options.partners.append(fromOptions.config());

    QString partnerId;
    QList<WebhookDelivery> dead;
    QList<OutboxMessage> messages;
    {
        Sandbox sandbox(options);
        auto* dispatcher = sandbox.component<WebhookDispatcher>();
        dispatcher->setRetryPolicy(fastRetries(1));
        ASSERT_TRUE(sandbox.start().ok());
        SandboxTestClient client(sandbox);
        const Reply added =
            client.admin("POST", QStringLiteral("/admin/partners"), registration(failing.config()));
        ASSERT_EQ(added.status, 201) << added.body.constData();
        partnerId = added.json().value(QLatin1StringView("id")).toString();
        ASSERT_FALSE(partnerId.isEmpty());
        const QString paymentId =
            client.initiate(client.dealerToken()).value(QLatin1StringView("paymentId")).toString();
        auto* outbox = sandbox.component<MessageOutbox>();
        ASSERT_TRUE(QTest::qWaitFor([&] { return outbox->messages(paymentId).size() == 2; }, 5000));
        // The test event and the initiated event to the failing partner end as dead letters.
        ASSERT_TRUE(QTest::qWaitFor([&] { return dispatcher->deadLetters().size() >= 2; }, 5000));
        dead = dispatcher->deadLetters();
        messages = outbox->messages();
    }
    ASSERT_FALSE(messages.isEmpty());
    {
        Sandbox sandbox(options);
        ASSERT_TRUE(sandbox.start().ok());
        auto* registry = sandbox.component<PartnerRegistry>();
        const auto kept = registry->partner(partnerId);
        ASSERT_TRUE(kept.has_value()) << "the registration survived";
        EXPECT_EQ(kept->config.webhookUrl, failing.config().webhookUrl);
        EXPECT_EQ(kept->config.clientSecret, failing.config().clientSecret) << "it can still fetch tokens";
        EXPECT_GE(kept->deadLettered, 2);
        int fromOptionsCount = 0;
        for (const RegisteredPartner& p : registry->partners())
            fromOptionsCount += p.config.webhookUrl == fromOptions.config().webhookUrl ? 1 : 0;
        EXPECT_EQ(fromOptionsCount, 1) << "a command-line partner is not registered twice";

        const QList<WebhookDelivery> deadAfter = sandbox.component<WebhookDispatcher>()->deadLetters();
        ASSERT_EQ(deadAfter.size(), dead.size());
        for (qsizetype i = 0; i < dead.size(); ++i) {
            EXPECT_EQ(deadAfter[i].deliveryId, dead[i].deliveryId);
            EXPECT_EQ(deadAfter[i].partnerId, dead[i].partnerId);
            EXPECT_EQ(deadAfter[i].type, dead[i].type);
            EXPECT_EQ(deadAfter[i].lastError, dead[i].lastError);
            EXPECT_EQ(deadAfter[i].body, dead[i].body) << "the event, byte for byte, for a redelivery";
        }

        auto* outbox = sandbox.component<MessageOutbox>();
        const QList<OutboxMessage> after = outbox->messages();
        ASSERT_EQ(after.size(), messages.size());
        for (qsizetype i = 0; i < messages.size(); ++i) {
            EXPECT_EQ(after[i].id, messages[i].id);
            EXPECT_EQ(after[i].to, messages[i].to);
            EXPECT_EQ(after[i].body, messages[i].body);
            EXPECT_EQ(after[i].sentAt, messages[i].sentAt);
        }
        // New messages continue the numbering instead of reusing an id.
        SandboxTestClient client(sandbox);
        const QString next =
            client.initiate(client.dealerToken()).value(QLatin1StringView("paymentId")).toString();
        ASSERT_TRUE(QTest::qWaitFor([&] { return outbox->messages(next).size() == 2; }, 5000));
        QSet<QString> ids;
        for (const OutboxMessage& m : outbox->messages())
            ids.insert(m.id);
        EXPECT_EQ(ids.size(), outbox->count());
    }
}

} // namespace paydesk::sandbox::test
