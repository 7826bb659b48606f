// Issue 13, finding 3: a stored client secret, and the token it earned, go only to the origin
// (scheme, host, port) of the token endpoint they were stored for. Two real listeners on
// loopback: A is the platform the secret was entered for, B any other address.
#include "ClientTestUtil.h"
#include "ScriptedServer.h"
#include "api/HttpClient.h"
#include "api/TokenProvider.h"
#include "secrets/BoundSecret.h"
#include "secrets/MemorySecretStore.h"

#include <QUrlQuery>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;

namespace {

const QByteArray kSecret = "s3cr3t-for-A+&=";
const QString kProfile = QStringLiteral("default");

/// A token endpoint and an API that accepts only the tokens it issued itself.
void serveTokensAndApi(ScriptedServer& server, const QByteArray& prefix)
{
    server.setHandler([prefix](const ReceivedRequest& r) {
        if (r.target.startsWith("/oauth"))
            return ScriptedAnswer::json(200, "{\"access_token\":\"" + prefix +
                                                 "-token\",\"expires_in\":\"3599\"}");
        if (r.headers.value("authorization") != "Bearer " + prefix + "-token")
            return ScriptedAnswer::json(401, R"({"fault":{"faultstring":"Invalid Access Token"}})");
        return ScriptedAnswer::json(200, R"({"ok":true})");
    });
}

bool anyRequestCarries(const ScriptedServer& server, const QByteArray& needle)
{
    for (const ReceivedRequest& r : server.requests()) {
        if (r.body.contains(needle) || r.target.contains(needle))
            return true;
        for (const QByteArray& value : r.headers)
            if (value.contains(needle))
                return true;
    }
    return false;
}

struct SecretOriginTest : ::testing::Test
{
    ManualClock clock;
    ManualScheduler scheduler{clock};
    ScriptedServer a;
    ScriptedServer b;
    MemorySecretStore secrets;
    QObject context;

    /// One platform connection: its own HttpClient and TokenProvider, sharing the keychain.
    struct Connection
    {
        std::unique_ptr<HttpClient> http;
        std::unique_ptr<TokenProvider> tokens;
    };

    void SetUp() override
    {
        serveTokensAndApi(a, "A");
        serveTokensAndApi(b, "B");
    }

    Connection connectTo(const ScriptedServer& server)
    {
        HttpClient::Options options;
        options.jitter = [] { return 0.0; };
        options.allowPlainHttpToLoopback = true; // both listeners are plain http on loopback
        Connection c;
        c.http = std::make_unique<HttpClient>(options, scheduler);
        TokenProvider::Options o;
        o.tokenUrl = server.url(QStringLiteral("/oauth/client_credential/accesstoken"));
        o.clientId = QStringLiteral("client-1");
        o.clientSecretKey = SecretStore::clientSecretKey(kProfile);
        o.tokenCacheKey = SecretStore::accessTokenKey(kProfile);
        c.tokens = std::make_unique<TokenProvider>(*c.http, secrets, o);
        c.http->setAuthenticator(c.tokens.get());
        return c;
    }

    void store(const QString& key, const QByteArray& value)
    {
        bool done = false;
        secrets.write(key, value, &context, [&](SecretStore::DoneResult) { done = true; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
    }

    std::optional<QByteArray> stored(const QString& key)
    {
        std::optional<QByteArray> value;
        bool done = false;
        secrets.read(key, &context, [&](SecretStore::ReadResult r) {
            if (r)
                value = *r;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
        return value;
    }

    Result<HttpResponse, ApiError> callApi(Connection& c, const ScriptedServer& server)
    {
        HttpRequest r;
        r.url = server.url(QStringLiteral("/api"));
        Await<HttpResponse> await;
        c.http->send(r, &context, await.callback());
        EXPECT_TRUE(await.wait());
        return std::move(await.result());
    }

    QString originOf(const ScriptedServer& server) const
    {
        return BoundSecret::originOf(server.url(QStringLiteral("/oauth/client_credential/accesstoken")));
    }
};

} // namespace

TEST(BoundSecretTest, OriginIsSchemeHostAndPortWithTheDefaultPortSpelledOut)
{
    EXPECT_EQ(BoundSecret::originOf(QUrl(QStringLiteral("https://API.Example.com/oauth/token"))),
              QStringLiteral("https://api.example.com:443"));
    EXPECT_EQ(BoundSecret::originOf(QUrl(QStringLiteral("https://api.example.com:443/x"))),
              BoundSecret::originOf(QUrl(QStringLiteral("https://api.example.com/y"))));
    EXPECT_NE(BoundSecret::originOf(QUrl(QStringLiteral("https://api.example.com:8443/x"))),
              BoundSecret::originOf(QUrl(QStringLiteral("https://api.example.com/x"))));
    EXPECT_NE(BoundSecret::originOf(QUrl(QStringLiteral("http://api.example.com/x"))),
              BoundSecret::originOf(QUrl(QStringLiteral("https://api.example.com/x"))));
    EXPECT_NE(BoundSecret::originOf(QUrl(QStringLiteral("https://api.example.com.evil.io/x"))),
              BoundSecret::originOf(QUrl(QStringLiteral("https://api.example.com/x"))));
    EXPECT_EQ(BoundSecret::originOf(QUrl(QStringLiteral("http://[::1]:9/x"))),
              QStringLiteral("http://[::1]:9"));
    EXPECT_TRUE(BoundSecret::originOf(QUrl()).isEmpty());
}

TEST(BoundSecretTest, KeepsTheSecretBytesAndReadsAnOlderUnboundValue)
{
    const BoundSecret bound{QStringLiteral("https://api.example.com:443"),
                            QByteArray("line1\nline2 +&=\0x", 17)};
    EXPECT_EQ(BoundSecret::decode(bound.encode()), bound);
    EXPECT_TRUE(bound.mayBeSentTo(QUrl(QStringLiteral("https://api.example.com/oauth"))));
    EXPECT_FALSE(bound.mayBeSentTo(QUrl(QStringLiteral("https://other.example.com/oauth"))));

    const BoundSecret legacy = BoundSecret::decode("plain-old-secret");
    EXPECT_FALSE(legacy.isBound());
    EXPECT_EQ(legacy.secret, QByteArray("plain-old-secret"));
    EXPECT_FALSE(legacy.mayBeSentTo(QUrl(QStringLiteral("https://api.example.com/oauth"))));
}

TEST_F(SecretOriginTest, ASecretBoundToOneOriginIsNeverSentToAnother)
{
    store(SecretStore::clientSecretKey(kProfile), BoundSecret{originOf(a), kSecret}.encode());

    // A provider pointed at B (an edited URL, a changed settings file) asks B for nothing.
    Connection toB = connectTo(b);
    Await<QString> refused;
    toB.tokens->accessToken(&context, refused.callback());
    ASSERT_TRUE(refused.wait());
    ASSERT_FALSE(refused.result().ok());
    EXPECT_EQ(refused.result().error().code, QStringLiteral("secret-origin-mismatch"));
    EXPECT_EQ(toB.tokens->state(), TokenProvider::State::SignInFailed);
    EXPECT_TRUE(b.requests().isEmpty()) << "B must not even be asked";
    EXPECT_FALSE(anyRequestCarries(b, "client_secret"));
    EXPECT_EQ(toB.tokens->renewalCount(), 0);

    // The origin it was stored for gets it as before.
    Connection toA = connectTo(a);
    auto api = callApi(toA, a);
    ASSERT_TRUE(api.ok()) << api.error().detail.toStdString();
    ASSERT_FALSE(a.requests().isEmpty());
    const QUrlQuery form(QString::fromUtf8(a.requests().first().body));
    EXPECT_EQ(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded),
              QString::fromUtf8(kSecret));
}

TEST_F(SecretOriginTest, AnOlderUnboundSecretIsBoundToTheSavedOriginOnFirstReadAndGoesNowhereElse)
{
    // Stored by an earlier PayDesk: the bare secret, no origin.
    store(SecretStore::clientSecretKey(kProfile), kSecret);
    {
        Connection saved = connectTo(a); // the profile's saved URL
        ASSERT_TRUE(callApi(saved, a).ok());
    }
    const BoundSecret migrated =
        BoundSecret::decode(stored(SecretStore::clientSecretKey(kProfile)).value_or(""));
    EXPECT_EQ(migrated.origin, originOf(a));
    EXPECT_EQ(migrated.secret, kSecret);

    Connection elsewhere = connectTo(b);
    auto api = callApi(elsewhere, b);
    ASSERT_FALSE(api.ok());
    EXPECT_FALSE(anyRequestCarries(b, "client_secret"));
    EXPECT_FALSE(anyRequestCarries(b, "s3cr3t"));
    EXPECT_TRUE(b.requests().isEmpty());
}

TEST_F(SecretOriginTest, TheCachedTokenOfOneOriginIsNeverSentToAnother)
{
    store(SecretStore::clientSecretKey(kProfile), BoundSecret{originOf(a), kSecret}.encode());
    {
        Connection toA = connectTo(a);
        ASSERT_TRUE(callApi(toA, a).ok());
    }
    ASSERT_TRUE(stored(SecretStore::accessTokenKey(kProfile)).value_or("").contains("A-token"));

    // Same profile, same client id, the URL now points at B: A's cached token is not adopted,
    // and the secret (bound to A) is not sent either, so B receives nothing at all.
    Connection toB = connectTo(b);
    auto api = callApi(toB, b);
    ASSERT_FALSE(api.ok());
    EXPECT_FALSE(anyRequestCarries(b, "A-token"));
    EXPECT_TRUE(b.requests().isEmpty());
}

TEST_F(SecretOriginTest, ASecretTypedAgainForTheNewOriginGetsItsOwnTokenThere)
{
    store(SecretStore::clientSecretKey(kProfile), BoundSecret{originOf(a), kSecret}.encode());
    {
        Connection toA = connectTo(a);
        ASSERT_TRUE(callApi(toA, a).ok());
    }
    // The user typed the secret again for B (Settings does this on save).
    store(SecretStore::clientSecretKey(kProfile), BoundSecret{originOf(b), "secret-for-B"}.encode());
    Connection toB = connectTo(b);
    auto api = callApi(toB, b);
    ASSERT_TRUE(api.ok()) << api.error().detail.toStdString();
    EXPECT_EQ(toB.tokens->renewalCount(), 1) << "a token of its own, not A's from the cache";
    EXPECT_FALSE(anyRequestCarries(b, "A-token"));
    EXPECT_FALSE(anyRequestCarries(b, "s3cr3t-for-A"));
    EXPECT_TRUE(stored(SecretStore::accessTokenKey(kProfile)).value_or("").contains("B-token"));
}
