#include "SandboxTestClient.h"
#include "platform/TokenService.h"
#include "util/Clock.h"

namespace paydesk::sandbox::test {

namespace {

class ManualClockSandbox : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SandboxOptions options;
        options.scenario = QStringLiteral("off");
        options.tokenLifetimeSeconds = 60;
        clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        sandbox = std::make_unique<Sandbox>(options, *clock);
        ASSERT_TRUE(sandbox->start().ok());
        client = std::make_unique<SandboxTestClient>(*sandbox);
    }

    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<Sandbox> sandbox;
    std::unique_ptr<SandboxTestClient> client;
};

using SandboxAuth = SandboxFixture;

} // namespace

TEST_F(SandboxAuth, TokenAnswerIsApigeeShaped)
{
    const Reply r = client->requestToken(sandbox->clientId(), sandbox->clientSecret());
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject o = r.json();
    EXPECT_FALSE(o.value(QLatin1StringView("access_token")).toString().isEmpty());
    EXPECT_EQ(o.value(QLatin1StringView("token_type")).toString(), QStringLiteral("BearerToken"));
    ASSERT_TRUE(o.value(QLatin1StringView("expires_in")).isString()) << "expires_in must be a string";
    EXPECT_EQ(o.value(QLatin1StringView("expires_in")).toString(), QStringLiteral("3599"));
    ASSERT_TRUE(o.value(QLatin1StringView("issued_at")).isString());
    const qint64 issued = o.value(QLatin1StringView("issued_at")).toString().toLongLong();
    EXPECT_NEAR(double(issued), double(QDateTime::currentMSecsSinceEpoch()), 60000.0);
    EXPECT_EQ(o.value(QLatin1StringView("status")).toString(), QStringLiteral("approved"));
}

TEST_F(SandboxAuth, GrantTypeInTheQueryAndBasicAuthAreAccepted)
{
    const Reply q = client->send(
        "POST", QStringLiteral("/oauth/client_credential/accesstoken?grant_type=client_credentials"),
        "client_id=" + sandbox->clientId().toUtf8() + "&client_secret=" + sandbox->clientSecret().toUtf8(),
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(q.status, 200) << q.body.constData();
    const QByteArray basic = (sandbox->clientId() + u':' + sandbox->clientSecret()).toUtf8().toBase64();
    const Reply b = client->send(
        "POST", QStringLiteral("/oauth/client_credential/accesstoken"), "grant_type=client_credentials",
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Basic " + basic}});
    EXPECT_EQ(b.status, 200) << b.body.constData();
}

TEST_F(SandboxAuth, BadClientIs401AndBadGrantIs400)
{
    const Reply wrongSecret = client->requestToken(sandbox->clientId(), QStringLiteral("nope"));
    EXPECT_EQ(wrongSecret.status, 401);
    EXPECT_EQ(wrongSecret.json().value(QLatin1StringView("ErrorCode")).toString(),
              QStringLiteral("invalid_client"));
    const Reply unknown = client->requestToken(QStringLiteral("stranger"), QStringLiteral("x"));
    EXPECT_EQ(unknown.status, 401);
    const Reply grant = client->send("POST", QStringLiteral("/oauth/client_credential/accesstoken"),
                                     "grant_type=password&client_id=a&client_secret=b",
                                     {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(grant.status, 400);
}

TEST_F(SandboxAuth, ApiCallsNeedAValidBearerToken)
{
    const QString path = client->storePrefix() + QStringLiteral("/payments");
    const Reply none = client->send("GET", path);
    EXPECT_EQ(none.status, 401);
    EXPECT_EQ(none.json()
                  .value(QLatin1StringView("fault"))
                  .toObject()
                  .value(QLatin1StringView("faultstring"))
                  .toString(),
              QStringLiteral("Invalid Access Token"));
    const Reply bogus = client->get(path, QStringLiteral("not-a-token"));
    EXPECT_EQ(bogus.status, 401);
    EXPECT_TRUE(bogus.json().contains(QLatin1StringView("fault")));
    const Reply ok = client->get(path, client->dealerToken());
    EXPECT_EQ(ok.status, 200) << ok.body.constData();
}

TEST_F(SandboxAuth, TokenExpiryNowInvalidatesEveryToken)
{
    const QString token = client->dealerToken();
    const QString path = client->storePrefix() + QStringLiteral("/payments?limit=1");
    ASSERT_EQ(client->get(path, token).status, 200);
    const Reply expire = client->admin("POST", QStringLiteral("/admin/tokens/expire"));
    EXPECT_EQ(expire.status, 204) << expire.body.constData();
    EXPECT_EQ(client->get(path, token).status, 401);
    EXPECT_EQ(client->get(path, client->dealerToken()).status, 200) << "a new token works again";
}

TEST_F(ManualClockSandbox, TokensExpireAfterTheirLifetime)
{
    const Reply r = client->requestToken(sandbox->clientId(), sandbox->clientSecret());
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value(QLatin1StringView("expires_in")).toString(), QStringLiteral("60"));
    const QString token = r.json().value(QLatin1StringView("access_token")).toString();
    const QString path = client->storePrefix() + QStringLiteral("/payments?limit=1");
    clock->advanceMs(59000);
    EXPECT_EQ(client->get(path, token).status, 200);
    clock->advanceMs(1500);
    const Reply expired = client->get(path, token);
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.json()
                  .value(QLatin1StringView("fault"))
                  .toObject()
                  .value(QLatin1StringView("detail"))
                  .toObject()
                  .value(QLatin1StringView("errorcode"))
                  .toString(),
              QStringLiteral("keymanagement.service.access_token_expired"));
}

TEST(SandboxTokenLifetime, ShortLifetimeFromOptionsExpiresInRealTime)
{
    SandboxOptions options;
    options.scenario = QStringLiteral("off");
    options.tokenLifetimeSeconds = 1;
    Sandbox sandbox(options);
    ASSERT_TRUE(sandbox.start().ok());
    SandboxTestClient client(sandbox);
    const QString token = client.dealerToken();
    const QString path = client.storePrefix() + QStringLiteral("/payments?limit=1");
    EXPECT_EQ(client.get(path, token).status, 200);
    EXPECT_TRUE(QTest::qWaitFor([&]() { return client.get(path, token).status == 401; }, 3000));
}

TEST_F(SandboxAuth, AdminEndpointsNeedTheAdminToken)
{
    EXPECT_EQ(client->send("GET", QStringLiteral("/admin")).status, 401);
    EXPECT_EQ(client->send("GET", QStringLiteral("/admin"), {}, {{"Authorization", "Bearer wrong"}}).status,
              401);
    EXPECT_EQ(
        client
            ->send("GET", QStringLiteral("/admin"), {}, {{"X-Admin-Token", sandbox->adminToken().toLatin1()}})
            .status,
        200);
    const Reply summary = client->admin("GET", QStringLiteral("/admin"));
    ASSERT_EQ(summary.status, 200);
    EXPECT_EQ(summary.json().value(QLatin1StringView("baseUrl")).toString(), sandbox->baseUrl().toString());
    EXPECT_GE(summary.json().value(QLatin1StringView("stores")).toArray().size(), 3);
    // A platform token is not an admin token.
    EXPECT_EQ(client
                  ->send("GET", QStringLiteral("/admin"), {},
                         {{"Authorization", "Bearer " + client->dealerToken().toLatin1()}})
                  .status,
              401);
}

} // namespace paydesk::sandbox::test
