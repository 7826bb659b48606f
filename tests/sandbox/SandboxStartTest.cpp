#include "SandboxTestClient.h"
#include "platform/PlatformState.h"

namespace paydesk::sandbox::test {

TEST(SandboxStart, ListensOnLoopbackWithAFreePortAndSeeds)
{
    SandboxOptions options;
    options.seedCount = 5000;
    options.scenario = QStringLiteral("off");
    Sandbox sandbox(options);
    ASSERT_TRUE(sandbox.start().ok());
    EXPECT_EQ(sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
    EXPECT_GT(sandbox.port(), 0);
    EXPECT_EQ(sandbox.state().paymentCount(), 5000);
    EXPECT_GE(sandbox.state().stores().size(), 3);
    EXPECT_FALSE(sandbox.adminToken().isEmpty());
    EXPECT_TRUE(sandbox.summary().contains(sandbox.baseUrl().toString()));
}

TEST(SandboxStart, TwoSandboxesRunSideBySide)
{
    SandboxOptions options;
    options.scenario = QStringLiteral("off");
    Sandbox a(options);
    Sandbox b(options);
    ASSERT_TRUE(a.start().ok());
    ASSERT_TRUE(b.start().ok());
    EXPECT_NE(a.port(), b.port());
}

} // namespace paydesk::sandbox::test

namespace paydesk::sandbox::test {

TEST(SandboxStart, StopIsAnOutageAndStartComesBackOnTheSameAddress)
{
    SandboxOptions options;
    options.seedCount = 30;
    Sandbox sandbox(options);
    ASSERT_TRUE(sandbox.start().ok());
    const QUrl url = sandbox.baseUrl();
    SandboxTestClient client(sandbox);
    const QString token = client.dealerToken();
    const QString id = client.initiate(token).value(QLatin1StringView("paymentId")).toString();
    const QString path = client.storePrefix() + QStringLiteral("/payments/") + id;
    ASSERT_EQ(client.get(path, token).status, 200);

    sandbox.stop();
    const Reply down = client.get(path, token);
    EXPECT_EQ(down.status, 0);
    EXPECT_NE(down.error, QNetworkReply::NoError);

    ASSERT_TRUE(sandbox.start().ok());
    EXPECT_EQ(sandbox.baseUrl(), url);
    EXPECT_EQ(sandbox.state().paymentCount(), 31) << "no re-seeding on restart";
    EXPECT_EQ(client.get(path, token).status, 200) << "tokens and payments survive";
}

TEST(SandboxStart, LandingPageForPeople)
{
    SandboxOptions options;
    options.seedCount = 10;
    Sandbox sandbox(options);
    ASSERT_TRUE(sandbox.start().ok());
    SandboxTestClient client(sandbox);
    const Reply r = client.send("GET", QStringLiteral("/"));
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.header("Content-Type").startsWith("text/html"));
    EXPECT_TRUE(r.body.contains("Lakeside Motors Bristol"));
    EXPECT_FALSE(r.body.contains(sandbox.clientSecret().toUtf8()));
    EXPECT_FALSE(r.body.contains(sandbox.adminToken().toUtf8()));
}

} // namespace paydesk::sandbox::test
