#include "api/TokenProvider.h"

#include "ClientTestUtil.h"
#include "ScriptedServer.h"
#include "api/HttpClient.h"
#include "secrets/MemorySecretStore.h"

#include <QUrlQuery>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;

namespace {

struct TokenProviderTest : ::testing::Test
{
    ManualClock clock;
    ManualScheduler scheduler{clock};
    ScriptedServer server;
    MemorySecretStore secrets;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<TokenProvider> tokens;
    QObject context;
    int tokenRequests = 0;
    QByteArray expiresIn = "\"3599\"";
    int tokenStatus = 200;

    void SetUp() override
    {
        HttpClient::Options options;
        options.jitter = [] { return 0.0; };
        options.allowPlainHttpToLoopback = true; // the scripted server is plain http on loopback
        http = std::make_unique<HttpClient>(options, scheduler);
        server.setHandler([this](const ReceivedRequest& r) {
            if (r.target.startsWith("/oauth")) {
                ++tokenRequests;
                if (tokenStatus != 200)
                    return ScriptedAnswer::json(tokenStatus, R"({"error":"invalid_client"})");
                return ScriptedAnswer::json(
                    200, "{\"access_token\":\"tok" + QByteArray::number(tokenRequests) +
                             "\",\"token_type\":\"BearerToken\",\"expires_in\":" + expiresIn +
                             ",\"issued_at\":\"1700000000000\",\"status\":\"approved\"}");
            }
            // The API accepts only the newest token.
            const QByteArray expected = "Bearer tok" + QByteArray::number(tokenRequests);
            if (r.headers.value("authorization") != expected)
                return ScriptedAnswer::json(
                    401,
                    R"({"fault":{"faultstring":"Invalid Access Token","detail":{"errorcode":"keymanagement.service.invalid_access_token"}}})");
            return ScriptedAnswer::json(200, R"({"ok":true})");
        });
        writeSecret("s3cr3t+&=");
        tokens = makeProvider();
        http->setAuthenticator(tokens.get());
    }

    std::unique_ptr<TokenProvider> makeProvider(bool cacheTheToken = true)
    {
        TokenProvider::Options o;
        o.tokenUrl = server.url(QStringLiteral("/oauth/client_credential/accesstoken"));
        o.clientId = QStringLiteral("client-1");
        o.clientSecretKey = SecretStore::clientSecretKey(QStringLiteral("default"));
        if (cacheTheToken)
            o.tokenCacheKey = SecretStore::accessTokenKey(QStringLiteral("default"));
        return std::make_unique<TokenProvider>(*http, secrets, o);
    }

    void writeSecret(const QByteArray& value)
    {
        bool done = false;
        secrets.write(SecretStore::clientSecretKey(QStringLiteral("default")), value, &context,
                      [&](SecretStore::DoneResult) { done = true; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
    }

    Result<QString, ApiError> token(TokenProvider& provider)
    {
        Await<QString> await;
        provider.accessToken(&context, await.callback());
        EXPECT_TRUE(await.wait());
        return std::move(await.result());
    }

    Result<HttpResponse, ApiError> callApi()
    {
        HttpRequest r;
        r.url = server.url(QStringLiteral("/api"));
        Await<HttpResponse> await;
        http->send(r, &context, await.callback());
        EXPECT_TRUE(await.wait());
        return std::move(await.result());
    }
};

} // namespace

TEST_F(TokenProviderTest, SignsInWithClientCredentialsFormAndStringExpiry)
{
    auto t = token(*tokens);
    ASSERT_TRUE(t.ok()) << t.error().detail.toStdString();
    EXPECT_EQ(t.value(), QStringLiteral("tok1"));
    EXPECT_EQ(tokens->state(), TokenProvider::State::SignedIn);
    const ReceivedRequest& r = server.requests().first();
    EXPECT_EQ(r.method, QByteArray("POST"));
    EXPECT_EQ(r.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
    const QUrlQuery form(QString::fromUtf8(r.body));
    EXPECT_EQ(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
    EXPECT_EQ(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("client-1"));
    EXPECT_EQ(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded),
              QStringLiteral("s3cr3t+&="));
    EXPECT_FALSE(r.body.contains("+&="));
    // 75 % of 3599 s.
    EXPECT_EQ(clock.now().msecsTo(tokens->renewAt()), 2699250);
    EXPECT_EQ(clock.now().msecsTo(tokens->expiresAt()), 3599000);
}

TEST_F(TokenProviderTest, AcceptsNumericExpiry)
{
    expiresIn = "120";
    ASSERT_TRUE(token(*tokens).ok());
    EXPECT_EQ(clock.now().msecsTo(tokens->expiresAt()), 120000);
}

// RFC 6749 makes expires_in optional; a string is read strictly ("12abc" is not 12 s).
TEST_F(TokenProviderTest, AMissingOrUnreadableExpiryIsTheDocumentedDefault)
{
    for (const QByteArray& value : {QByteArray("null"), QByteArray("\"12abc\""), QByteArray("\"-12\""),
                                    QByteArray("12.5"), QByteArray("\"\"")}) {
        expiresIn = value;
        auto provider = makeProvider(false);
        ASSERT_TRUE(token(*provider).ok()) << value.constData();
        EXPECT_EQ(clock.now().msecsTo(provider->expiresAt()), TokenProvider::kDefaultLifetimeS * 1000)
            << value.constData();
    }
    expiresIn = "\"120\"";
    auto provider = makeProvider(false);
    ASSERT_TRUE(token(*provider).ok());
    EXPECT_EQ(clock.now().msecsTo(provider->expiresAt()), 120000);
}

TEST_F(TokenProviderTest, ALifetimeClaimedBeyondADayIsHeldToADay)
{
    // A token that says it lives for ever (2^53 s) would otherwise never be renewed.
    expiresIn = "\"9007199254740992\"";
    auto provider = makeProvider(false);
    ASSERT_TRUE(token(*provider).ok());
    EXPECT_EQ(clock.now().msecsTo(provider->expiresAt()), TokenProvider::kMaxLifetimeS * 1000);
}

TEST(TokenAnswer, AnAnswerWithoutATokenIsAParseErrorNamingIt)
{
    const auto read = TokenProvider::readTokenAnswer(QJsonObject{{QStringLiteral("expires_in"), 3600}});
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().field, QStringLiteral("access_token"));
}

TEST_F(TokenProviderTest, RenewsAtThreeQuartersOfTheLifetime)
{
    expiresIn = "100";
    ASSERT_TRUE(token(*tokens).ok());
    scheduler.advanceMs(74000);
    EXPECT_EQ(token(*tokens).value(), QStringLiteral("tok1"));
    EXPECT_EQ(tokenRequests, 1);
    scheduler.advanceMs(1000);
    EXPECT_EQ(token(*tokens).value(), QStringLiteral("tok2"));
    EXPECT_EQ(tokenRequests, 2);
    EXPECT_EQ(tokens->renewalCount(), 2);
}

TEST_F(TokenProviderTest, OneRenewalInFlightOthersWait)
{
    QList<Await<QString>> waits(8);
    for (auto& w : waits)
        tokens->accessToken(&context, w.callback());
    for (auto& w : waits) {
        ASSERT_TRUE(w.wait());
        EXPECT_EQ(w.result().value(), QStringLiteral("tok1"));
    }
    EXPECT_EQ(tokenRequests, 1);
}

TEST_F(TokenProviderTest, CachedTokenIsReusedByANewProvider)
{
    ASSERT_TRUE(token(*tokens).ok());
    auto second = makeProvider();
    auto t = token(*second);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.value(), QStringLiteral("tok1"));
    EXPECT_EQ(tokenRequests, 1);
    // The cache holds the token and its expiry, never the client secret.
    Await<QString> readBack;
    bool read = false;
    QByteArray cached;
    secrets.read(SecretStore::accessTokenKey(QStringLiteral("default")), &context,
                 [&](SecretStore::ReadResult r) {
                     cached = r.value().value_or(QByteArray());
                     read = true;
                 });
    ASSERT_TRUE(QTest::qWaitFor([&] { return read; }, 5000));
    EXPECT_TRUE(cached.contains("tok1"));
    EXPECT_TRUE(cached.contains("expiresAt"));
    EXPECT_FALSE(cached.contains("s3cr3t"));
}

TEST_F(TokenProviderTest, A401TriggersExactlyOneRenewalAndOneRetry)
{
    ASSERT_TRUE(token(*tokens).ok());
    // The platform forgets tok1 (server side expiry): the handler now wants tok2.
    ++tokenRequests;
    const int before = tokenRequests;
    auto r = callApi();
    ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
    // One token request made tok3, which is what the handler now expects... so count exactly:
    EXPECT_EQ(tokenRequests, before + 1);
    EXPECT_EQ(tokens->renewalCount(), 2);
}

TEST_F(TokenProviderTest, ParallelCallsRejectedTogetherCauseOneRenewal)
{
    ASSERT_TRUE(token(*tokens).ok());
    ++tokenRequests; // invalidate tok1 on the server
    QList<Await<HttpResponse>> waits(5);
    for (auto& w : waits) {
        HttpRequest r;
        r.url = server.url(QStringLiteral("/api"));
        http->send(r, &context, w.callback());
    }
    for (auto& w : waits) {
        ASSERT_TRUE(w.wait());
        EXPECT_TRUE(w.result().ok());
    }
    EXPECT_EQ(tokens->renewalCount(), 2);
}

TEST_F(TokenProviderTest, SecondConsecutive401IsAnAuthError)
{
    server.setHandler([this](const ReceivedRequest& r) {
        if (r.target.startsWith("/oauth")) {
            ++tokenRequests;
            return ScriptedAnswer::json(200, R"({"access_token":"x","expires_in":"3599"})");
        }
        return ScriptedAnswer::json(401, R"({"fault":{"faultstring":"Invalid Access Token"}})");
    });
    auto r = callApi();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ApiError::Kind::Auth);
    EXPECT_EQ(tokenRequests, 2);
    EXPECT_EQ(server.requests().size(), 4); // token, api, token, api — then stop
}

TEST_F(TokenProviderTest, BadCredentialsAreSignInFailedNotARetryLoop)
{
    tokenStatus = 401;
    auto t = token(*tokens);
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().kind, ApiError::Kind::Auth);
    EXPECT_EQ(tokens->state(), TokenProvider::State::SignInFailed);
    EXPECT_TRUE(t.error().message.startsWith(u"Sign-in failed"));
    EXPECT_EQ(tokenRequests, 1);

    auto api = callApi();
    ASSERT_FALSE(api.ok());
    EXPECT_EQ(api.error().kind, ApiError::Kind::Auth);
    EXPECT_EQ(tokenRequests, 1); // nothing sent again
    EXPECT_TRUE(scheduler.requestedDelays().isEmpty());

    tokenStatus = 200;
    tokens->resetSignIn();
    EXPECT_TRUE(token(*tokens).ok());
}

TEST_F(TokenProviderTest, MissingSecretIsSignInFailed)
{
    MemorySecretStore empty;
    TokenProvider::Options o;
    o.tokenUrl = server.url(QStringLiteral("/oauth/client_credential/accesstoken"));
    o.clientId = QStringLiteral("client-1");
    o.clientSecretKey = SecretStore::clientSecretKey(QStringLiteral("other"));
    TokenProvider provider(*http, empty, o);
    auto t = token(provider);
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(provider.state(), TokenProvider::State::SignInFailed);
    EXPECT_EQ(tokenRequests, 0);
}
