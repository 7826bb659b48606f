#include "SandboxTestClient.h"
#include "faults/FaultInjector.h"
#include "platform/PlatformState.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>

namespace paydesk::sandbox::test {

namespace {

class Faults : public SandboxFixture
{
protected:
    void SetUp() override
    {
        SandboxFixture::SetUp();
        dealer = client->dealerToken();
        feed = client->storePrefix() + QStringLiteral("/payments?limit=5");
    }

    void set(const QString& route, const QString& spec)
    {
        auto parsed = FaultSpec::parse(spec);
        ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error());
        sandbox->faults().set(route, parsed.value());
    }

    int storePayments() const
    {
        const StoreInfo s = sandbox->state().stores().at(0);
        return sandbox->state().paymentCount(s.enterpriseId, s.storeId);
    }

    QString dealer;
    QString feed;
};

} // namespace

TEST_F(Faults, LatencyDelaysTheAnswer)
{
    set(QStringLiteral("payments.list"), QStringLiteral("latencyMs=400"));
    QElapsedTimer timer;
    timer.start();
    const Reply r = client->get(feed, dealer);
    EXPECT_EQ(r.status, 200);
    EXPECT_GE(timer.elapsed(), 390);
    sandbox->faults().clearAll();
    timer.restart();
    EXPECT_EQ(client->get(feed, dealer).status, 200);
    EXPECT_LT(timer.elapsed(), 390);
}

TEST_F(Faults, ServerErrorsForTheNextCalls)
{
    set(QStringLiteral("payments.list"), QStringLiteral("error5xx=1,errorStatus=500,times=2"));
    EXPECT_EQ(client->get(feed, dealer).status, 500);
    EXPECT_EQ(client->get(feed, dealer).status, 500);
    EXPECT_EQ(client->get(feed, dealer).status, 200);
}

TEST_F(Faults, AShareOfServerErrors)
{
    set(QStringLiteral("payments.list"), QStringLiteral("error5xx=0.5"));
    sandbox->faults().setRandomSeed(7);
    int errors = 0;
    for (int i = 0; i < 40; ++i)
        errors += client->get(feed, dealer).status == 503 ? 1 : 0;
    EXPECT_GT(errors, 8);
    EXPECT_LT(errors, 32);
}

TEST_F(Faults, RateLimitWithRetryAfterSeconds)
{
    set(QStringLiteral("payments.list"), QStringLiteral("rateLimit=1,retryAfterSeconds=7,times=1"));
    const Reply r = client->get(feed, dealer);
    EXPECT_EQ(r.status, 429);
    EXPECT_EQ(r.header("Retry-After"), QByteArray("7"));
    EXPECT_EQ(client->get(feed, dealer).status, 200);
}

TEST_F(Faults, RateLimitWithRetryAfterHttpDate)
{
    set(QStringLiteral("payments.get"),
        QStringLiteral("rateLimit=1,retryAfterSeconds=30,retryAfterHttpDate=true,times=1"));
    const Reply r = client->get(client->storePrefix() + QStringLiteral("/payments/x"), dealer);
    EXPECT_EQ(r.status, 429);
    const QByteArray value = r.header("Retry-After");
    EXPECT_TRUE(value.endsWith(" GMT")) << value.constData();
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    at.setTimeSpec(Qt::UTC);
    ASSERT_TRUE(at.isValid()) << value.constData();
    const qint64 inSecs = QDateTime::currentDateTimeUtc().secsTo(at);
    EXPECT_GE(inSecs, 25);
    EXPECT_LE(inSecs, 31);
}

TEST_F(Faults, DroppedConnections)
{
    set(QStringLiteral("payments.list"), QStringLiteral("drop=1"));
    const Reply r = client->get(feed, dealer);
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.error, QNetworkReply::NoError);
    sandbox->faults().clear(QStringLiteral("payments.list"));
    EXPECT_EQ(client->get(feed, dealer).status, 200);
}

TEST_F(Faults, DropAfterHandlingLosesOnlyTheAnswerAndTheKeyReplaysIt)
{
    // RELIABILITY: "initiate while the network drops after the request was sent".
    set(QStringLiteral("payments.initiate"), QStringLiteral("drop=1,dropAfterHandling=true"));
    const int before = storePayments();
    const QString key = newKey();
    const QString path = client->storePrefix() + QStringLiteral("/payments");
    const Reply lost = client->postJson(path, SandboxTestClient::initiateBody(), dealer, key);
    EXPECT_EQ(lost.status, 0);
    EXPECT_NE(lost.error, QNetworkReply::NoError);
    EXPECT_EQ(storePayments(), before + 1) << "the payment was created before the connection dropped";
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(client->postJson(path, SandboxTestClient::initiateBody(), dealer, key).status, 0);
    sandbox->faults().clearAll();
    const Reply retry = client->postJson(path, SandboxTestClient::initiateBody(), dealer, key);
    EXPECT_EQ(retry.status, 201);
    EXPECT_EQ(retry.header("Idempotent-Replayed"), QByteArray("true"));
    EXPECT_EQ(storePayments(), before + 1) << "exactly one payment after five attempts";
}

TEST_F(Faults, MalformedJsonWith200)
{
    set(QStringLiteral("payments.list"), QStringLiteral("malformedJson=1,times=1"));
    const Reply r = client->get(feed, dealer);
    EXPECT_EQ(r.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    EXPECT_NE(error.error, QJsonParseError::NoError);
}

TEST_F(Faults, HtmlLoginPageWith200)
{
    set(QStringLiteral("payments.list"), QStringLiteral("htmlPage=1,times=1"));
    const Reply r = client->get(feed, dealer);
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.header("Content-Type").startsWith("text/html"));
    EXPECT_TRUE(r.body.contains("<html>"));
}

TEST_F(Faults, TokenExpiredSwitchAnswers401UntilOff)
{
    set(QStringLiteral("payments.list"), QStringLiteral("tokenExpired=1,times=1"));
    const Reply r = client->get(feed, dealer);
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.json()
                  .value(QLatin1StringView("fault"))
                  .toObject()
                  .value(QLatin1StringView("faultstring"))
                  .toString(),
              QStringLiteral("Access Token expired"));
    EXPECT_EQ(client->get(feed, dealer).status, 200);
}

TEST_F(Faults, TokenRouteFaults)
{
    set(QStringLiteral("token"), QStringLiteral("error5xx=1,times=1"));
    EXPECT_EQ(client->requestToken(sandbox->clientId(), sandbox->clientSecret()).status, 503);
    EXPECT_EQ(client->requestToken(sandbox->clientId(), sandbox->clientSecret()).status, 200);
}

TEST_F(Faults, WildcardCoversPlatformRoutesButNeverAdmin)
{
    set(QStringLiteral("*"), QStringLiteral("error5xx=1"));
    EXPECT_EQ(client->get(feed, dealer).status, 503);
    EXPECT_EQ(client->requestToken(sandbox->clientId(), sandbox->clientSecret()).status, 503);
    EXPECT_EQ(client->admin("GET", QStringLiteral("/admin")).status, 200);
    // A route's own spec wins over "*".
    set(QStringLiteral("payments.list"), QStringLiteral("latencyMs=1"));
    EXPECT_EQ(client->get(feed, dealer).status, 200);
    EXPECT_EQ(client->admin("DELETE", QStringLiteral("/admin/faults")).status, 204);
    EXPECT_EQ(client->requestToken(sandbox->clientId(), sandbox->clientSecret()).status, 200);
}

TEST_F(Faults, SwitchedAtRunTimeThroughTheAdminEndpoint)
{
    const Reply put =
        client->admin("PUT", QStringLiteral("/admin/faults/payments.list"),
                      {{QLatin1StringView("error5xx"), 1}, {QLatin1StringView("errorStatus"), 502}});
    ASSERT_EQ(put.status, 200) << put.body.constData();
    EXPECT_EQ(client->get(feed, dealer).status, 502);
    const Reply list = client->admin("GET", QStringLiteral("/admin/faults"));
    EXPECT_TRUE(list.json()
                    .value(QLatin1StringView("faults"))
                    .toObject()
                    .contains(QLatin1StringView("payments.list")));
    EXPECT_EQ(client->admin("DELETE", QStringLiteral("/admin/faults/payments.list")).status, 204);
    EXPECT_EQ(client->get(feed, dealer).status, 200);

    const Reply bad = client->admin("PUT", QStringLiteral("/admin/faults/payments.list"),
                                    {{QLatin1StringView("error5xx"), 3}});
    EXPECT_EQ(bad.status, 422);
    const Reply unknown = client->admin("PUT", QStringLiteral("/admin/faults/payments.list"),
                                        {{QLatin1StringView("explode"), 1}});
    EXPECT_EQ(unknown.status, 422);
}

TEST(FaultOptions, CommandLineFaultsAreParsedAndApplied)
{
    auto options = SandboxOptions::fromArguments(
        {QStringLiteral("paydesk-sandbox"), QStringLiteral("--fault"),
         QStringLiteral("payments.list:error5xx=1,times=1"), QStringLiteral("--fault"),
         QStringLiteral("*:latencyMs=5"), QStringLiteral("--scenario"), QStringLiteral("off")});
    ASSERT_TRUE(options.ok()) << qPrintable(options.error());
    ASSERT_EQ(options->faults.size(), 2);
    EXPECT_EQ(options->faults.value(QStringLiteral("payments.list")).error5xx, 1.0);
    EXPECT_EQ(options->faults.value(QStringLiteral("*")).latencyMs, 5);
    Sandbox sandbox(options.value());
    ASSERT_TRUE(sandbox.start().ok());
    SandboxTestClient client(sandbox);
    const QString dealer = client.dealerToken();
    EXPECT_EQ(client.get(client.storePrefix() + QStringLiteral("/payments"), dealer).status, 503);
    EXPECT_EQ(client.get(client.storePrefix() + QStringLiteral("/payments"), dealer).status, 200);

    EXPECT_FALSE(SandboxOptions::fromArguments(
                     {QStringLiteral("x"), QStringLiteral("--fault"), QStringLiteral("nocolon")})
                     .ok());
    EXPECT_FALSE(SandboxOptions::fromArguments(
                     {QStringLiteral("x"), QStringLiteral("--fault"), QStringLiteral("a:drop=2")})
                     .ok());
    EXPECT_FALSE(SandboxOptions::fromArguments(
                     {QStringLiteral("x"), QStringLiteral("--scenario"), QStringLiteral("chaos")})
                     .ok());
    EXPECT_FALSE(
        SandboxOptions::fromArguments({QStringLiteral("x"), QStringLiteral("--seed"), QStringLiteral("-3")})
            .ok());
}

TEST(SandboxOptionsParsing, AllOptions)
{
    auto o = SandboxOptions::fromArguments(
        {QStringLiteral("paydesk-sandbox"), QStringLiteral("--port"), QStringLiteral("18080"),
         QStringLiteral("--data"), QStringLiteral("/tmp/x.sqlite"), QStringLiteral("--seed"),
         QStringLiteral("5000"), QStringLiteral("--scenario"), QStringLiteral("fail-then-pay"),
         QStringLiteral("--token-lifetime"), QStringLiteral("30"), QStringLiteral("--settlement-delay"),
         QStringLiteral("100"), QStringLiteral("--partner"),
         QStringLiteral("webhook=http://127.0.0.1:9/hook,auth=http://127.0.0.1:9/oauth/"
                        "token,client-id=a,client-secret=b,"
                        "audience=https://partner.example")});
    ASSERT_TRUE(o.ok()) << qPrintable(o.error());
    EXPECT_EQ(o->port, 18080);
    EXPECT_EQ(o->dataPath, QStringLiteral("/tmp/x.sqlite"));
    EXPECT_EQ(o->seedCount, 5000);
    EXPECT_EQ(o->scenario, QStringLiteral("fail-then-pay"));
    EXPECT_EQ(o->tokenLifetimeSeconds, 30);
    EXPECT_EQ(o->settlementDelayMs, 100);
    ASSERT_EQ(o->partners.size(), 1);
    EXPECT_EQ(o->partners.at(0).audience, QStringLiteral("https://partner.example"));
    EXPECT_FALSE(
        PartnerConfig::parse(QStringLiteral("webhook=ftp://x,auth=http://y,client-id=a,client-secret=b"))
            .ok());
}

TEST_F(Faults, OperatorCanForceRawStatusesAndExpiry)
{
    const QString id = client->initiate(dealer).value(QLatin1StringView("paymentId")).toString();
    const Reply raw = client->admin("POST", QStringLiteral("/admin/payments/%1/force-status").arg(id),
                                    {{QLatin1StringView("status"), QStringLiteral("ON_HOLD")}});
    ASSERT_EQ(raw.status, 200) << raw.body.constData();
    const Reply details = client->get(client->storePrefix() + QStringLiteral("/payments/") + id, dealer);
    EXPECT_EQ(details.json().value(QLatin1StringView("status")).toString(), QStringLiteral("ON_HOLD"));
    const QString other = client->initiate(dealer).value(QLatin1StringView("paymentId")).toString();
    const Reply expired = client->admin("POST", QStringLiteral("/admin/payments/%1/expire").arg(other));
    ASSERT_EQ(expired.status, 200) << expired.body.constData();
    EXPECT_EQ(expired.json().value(QLatin1StringView("status")).toString(), QStringLiteral("EXPIRED"));
    EXPECT_EQ(client->admin("POST", QStringLiteral("/admin/payments/%1/expire").arg(other)).status, 409);
    EXPECT_EQ(client->admin("POST", QStringLiteral("/admin/payments/nope/expire")).status, 404);
}

} // namespace paydesk::sandbox::test
