#include "api/HttpClient.h"

#include "ClientTestUtil.h"
#include "ScriptedServer.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;

namespace {

struct HttpClientTest : ::testing::Test
{
    ManualClock clock;
    ManualScheduler scheduler{clock, /*autoAdvance=*/true};
    ScriptedServer server;
    std::unique_ptr<HttpClient> client;
    QObject context;

    void SetUp() override
    {
        HttpClient::Options options;
        options.transferTimeoutMs = 5000;
        options.jitter = [] { return 0.0; };
        options.allowPlainHttpToLoopback = true; // the scripted server is plain http on loopback
        client = std::make_unique<HttpClient>(options, scheduler);
    }

    Result<HttpResponse, ApiError> send(HttpRequest request)
    {
        request.authenticated = false;
        Await<HttpResponse> await;
        client->send(std::move(request), &context, await.callback());
        EXPECT_TRUE(await.wait());
        return std::move(await.result());
    }
    HttpRequest get(const QString& path = QStringLiteral("/x"))
    {
        HttpRequest r;
        r.url = server.url(path);
        return r;
    }
    HttpRequest post(const QString& path = QStringLiteral("/x"))
    {
        HttpRequest r = get(path);
        r.method = "POST";
        r.body = "{\"a\":1}";
        return r;
    }
};

} // namespace

TEST_F(HttpClientTest, ParsesJsonAnswer)
{
    server.enqueue(ScriptedAnswer::json(200, R"({"hello":"world"})"));
    auto r = send(get());
    ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
    EXPECT_EQ(r->json.object().value(QLatin1StringView("hello")).toString(), QStringLiteral("world"));
    EXPECT_EQ(r->attempts, 1);
    EXPECT_EQ(server.requests().first().headers.value("accept"), QByteArray("application/json"));
}

TEST_F(HttpClientTest, HtmlPageWith200IsATypedErrorNotAParse)
{
    server.enqueue({200, "text/html; charset=utf-8", "<html><body>Login</body></html>", {}, false});
    auto r = send(get());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ApiError::Kind::Parse);
    EXPECT_FALSE(r.error().message.isEmpty());
    EXPECT_EQ(server.requests().size(), 1); // not retried
}

TEST_F(HttpClientTest, MalformedJsonIsAParseError)
{
    server.enqueue(ScriptedAnswer::json(200, R"({"payments":[{"paymentId":"p1",)"));
    auto r = send(get());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ApiError::Kind::Parse);
}

TEST_F(HttpClientTest, RetriesServerErrorsOnTheBackoffSchedule)
{
    server.enqueue(ScriptedAnswer::json(503, "{}"));
    server.enqueue(ScriptedAnswer::json(504, "{}"));
    server.enqueue(ScriptedAnswer::json(500, "{}"));
    server.enqueue(ScriptedAnswer::json(409, "{}"));
    server.enqueue(ScriptedAnswer::json(200, R"({"ok":true})"));
    const qint64 before = clock.monotonicMs();
    auto r = send(get());
    ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
    EXPECT_EQ(r->attempts, 5);
    EXPECT_EQ(scheduler.requestedDelays(), QList<qint64>({500, 1000, 2000, 4000}));
    EXPECT_EQ(clock.monotonicMs() - before, 7500);
}

TEST_F(HttpClientTest, DroppedConnectionsAreNetworkErrorsAndRetried)
{
    server.setHandler([](const ReceivedRequest&) { return ScriptedAnswer::dropped(); });
    auto r = send(get());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ApiError::Kind::Network);
    // QNetworkAccessManager itself resends a request whose connection closed before any answer,
    // so the server may see more requests than our attempts; our schedule is the policy's.
    EXPECT_EQ(scheduler.requestedDelays(), QList<qint64>({500, 1000, 2000, 4000, 5000}));
    EXPECT_GE(server.requests().size(), 6);
}

TEST_F(HttpClientTest, GivesUpAfterTheAttemptBudget)
{
    server.setHandler([](const ReceivedRequest&) { return ScriptedAnswer::json(502, "{}"); });
    auto r = send(get());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ApiError::Kind::Http);
    EXPECT_EQ(r.error().httpStatus, 502);
    EXPECT_EQ(server.requests().size(), client->retryPolicy().options().maxAttempts);
    EXPECT_EQ(scheduler.requestedDelays(), QList<qint64>({500, 1000, 2000, 4000, 5000}));
}

TEST_F(HttpClientTest, HonoursRetryAfterSecondsAndHttpDate)
{
    server.enqueue({429, "application/json", "{}", {{"Retry-After", "7"}}, false});
    const QByteArray date = clock.now().addSecs(12).toString(u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1();
    server.enqueue({429, "application/json", "{}", {{"Retry-After", date}}, false});
    server.enqueue({503, "application/json", "{}", {{"Retry-After", "3600"}}, false});
    server.enqueue(ScriptedAnswer::json(200, "{}"));
    auto r = send(get());
    ASSERT_TRUE(r.ok());
    // 7 s; then the date 12 s after the start, i.e. 5 s after the first retry; then capped at 60 s.
    EXPECT_EQ(scheduler.requestedDelays(), QList<qint64>({7000, 5000, 60000}));
}

TEST_F(HttpClientTest, NeverRetriesOtherClientErrors)
{
    for (int status : {400, 403, 404, 422}) {
        const int before = static_cast<int>(server.requests().size());
        server.enqueue(ScriptedAnswer::json(
            status,
            R"({"errors":[{"errorCode":"E1","errorTitle":"Bad","errorMessage":"Email is invalid","field":"customer.email"}]})"));
        auto r = send(post());
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().httpStatus, status);
        EXPECT_TRUE(r.error().isPermanent());
        EXPECT_EQ(server.requests().size(), before + 1) << status;
        EXPECT_EQ(r.error().code, QStringLiteral("E1"));
        if (status == 400 || status == 422) {
            EXPECT_EQ(r.error().kind, ApiError::Kind::Validation);
            EXPECT_EQ(r.error().field, QStringLiteral("customer.email"));
        }
        EXPECT_TRUE(r.error().message.contains(u"Email is invalid"));
    }
    EXPECT_TRUE(scheduler.requestedDelays().isEmpty());
}

TEST_F(HttpClientTest, EveryWriteCarriesTheSameIdempotencyKeyOnEveryAttempt)
{
    server.enqueue(ScriptedAnswer::dropped());
    server.enqueue(ScriptedAnswer::json(503, "{}"));
    server.enqueue(ScriptedAnswer::json(201, R"({"id":1})"));
    auto r = send(post());
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(server.requests().size(), 3);
    const QByteArray key = server.requests().first().headers.value("idempotency-key");
    EXPECT_EQ(key.size(), 36);
    for (const auto& req : server.requests()) {
        EXPECT_EQ(req.headers.value("idempotency-key"), key);
        EXPECT_EQ(req.body, QByteArray("{\"a\":1}"));
    }
    EXPECT_EQ(r->idempotencyKey.toUtf8(), key);

    HttpRequest withKey = post();
    withKey.idempotencyKey = QStringLiteral("my-key");
    server.enqueue(ScriptedAnswer::json(200, "{}"));
    ASSERT_TRUE(send(withKey).ok());
    EXPECT_EQ(server.requests().last().headers.value("idempotency-key"), QByteArray("my-key"));

    server.enqueue(ScriptedAnswer::json(200, "{}"));
    ASSERT_TRUE(send(get()).ok());
    EXPECT_FALSE(server.requests().last().headers.contains("idempotency-key"));
}

TEST_F(HttpClientTest, PlainHttpIsRefusedExceptToLoopbackForALocalTestPlatform)
{
    // A local test platform (or the demo): plain http to loopback only.
    EXPECT_TRUE(HttpClient::isAllowedUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/x")), true));
    EXPECT_TRUE(HttpClient::isAllowedUrl(QUrl(QStringLiteral("http://localhost/x")), true));
    EXPECT_TRUE(HttpClient::isAllowedUrl(QUrl(QStringLiteral("http://[::1]:9/x")), true));
    EXPECT_TRUE(HttpClient::isAllowedUrl(QUrl(QStringLiteral("https://api.eu.keyloop.io/x")), true));
    EXPECT_FALSE(HttpClient::isAllowedUrl(QUrl(QStringLiteral("http://api.eu.keyloop.io/x")), true));
    EXPECT_FALSE(HttpClient::isAllowedUrl(QUrl(QStringLiteral("http://192.168.1.10/x")), true));
    EXPECT_FALSE(HttpClient::isAllowedUrl(QUrl(QStringLiteral("http://127.0.0.1.evil.com/x")), true));
    EXPECT_FALSE(HttpClient::isAllowedUrl(QUrl(QStringLiteral("ftp://127.0.0.1/x")), true));
    // Any other profile: https only, loopback included.
    EXPECT_FALSE(HttpClient::isAllowedUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/x")), false));
    EXPECT_FALSE(HttpClient::isAllowedUrl(QUrl(QStringLiteral("http://localhost/x")), false));
    EXPECT_FALSE(HttpClient::isAllowedUrl(QUrl(QStringLiteral("ws://[::1]:9/x")), false));
    EXPECT_TRUE(HttpClient::isAllowedUrl(QUrl(QStringLiteral("https://127.0.0.1:8443/x")), false));
    EXPECT_TRUE(HttpClient::isAllowedUrl(QUrl(QStringLiteral("https://api.eu.keyloop.io/x")), false));

    // A client not made for a local test platform sends nothing to a plain-http listener on
    // loopback.
    HttpClient strict(HttpClient::Options{}, scheduler);
    EXPECT_FALSE(strict.options().allowPlainHttpToLoopback) << "https only unless asked";
    HttpRequest local;
    local.url = server.url(QStringLiteral("/x"));
    local.authenticated = false;
    Await<HttpResponse> refused;
    strict.send(local, &context, refused.callback());
    ASSERT_TRUE(refused.wait());
    ASSERT_FALSE(refused.result().ok());
    EXPECT_EQ(refused.result().error().kind, ApiError::Kind::Tls);
    EXPECT_TRUE(server.requests().isEmpty());

    HttpRequest r;
    r.url = QUrl(QStringLiteral("http://api.example.com/x"));
    auto result = send(r);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ApiError::Kind::Tls);
}

TEST_F(HttpClientTest, TlsVerificationStaysOnAndTrustedCaIsAdded)
{
    const QSslConfiguration config = client->sslConfiguration();
    EXPECT_EQ(config.peerVerifyMode(), QSslSocket::VerifyPeer);
    const auto systemCount = config.caCertificates().size();

    // A self-signed CA made for this test.
    const QByteArray pem = "-----BEGIN CERTIFICATE-----\n"
                           "MIIBiDCCAS+gAwIBAgIUG78Pq4ZCK2d20zok18KnEC6becEwCgYIKoZIzj0EAwIw\n"
                           "GjEYMBYGA1UEAwwPUGF5RGVzayBUZXN0IENBMB4XDTI2MTEyMTE2MjMzMVoXDTM2\n"
                           "MTExODE2MjMzMVowGjEYMBYGA1UEAwwPUGF5RGVzayBUZXN0IENBMFkwEwYHKoZI\n"
                           "zj0CAQYIKoZIzj0DAQcDQgAE9ECc0rGkickaEOkV6aWUk4PVhwRvL0h2FX+rfHYU\n"
                           "0fjsLmKTvTj+SiJXNkZWfTsLHF5scNzMSsJp9dpHi5pLraNTMFEwHQYDVR0OBBYE\n"
                           "FI7KtO8/35xUvulYRkg/bv/t4Z6NMB8GA1UdIwQYMBaAFI7KtO8/35xUvulYRkg/\n"
                           "bv/t4Z6NMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgMhm490h2\n"
                           "xs98J0wu+jiy+ZbY3m0paZMn2HDrXp+av60CIHx6uu9fN5q1UCOmY5hhJn61EzHQ\n"
                           "Sv/G7Cuov+tSmUSI\n"
                           "-----END CERTIFICATE-----\n";
    const auto certs = QSslCertificate::fromData(pem, QSsl::Pem);
    ASSERT_EQ(certs.size(), 1);
    HttpClient::Options options;
    options.trustedCaCertificates = certs;
    HttpClient trusting(options, scheduler);
    EXPECT_EQ(trusting.sslConfiguration().caCertificates().size(), systemCount + certs.size());
    EXPECT_EQ(trusting.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
}

TEST_F(HttpClientTest, TransferTimeoutIsANetworkErrorAndRetried)
{
    HttpClient::Options options;
    options.transferTimeoutMs = 200;
    options.retry.maxAttempts = 2;
    options.allowPlainHttpToLoopback = true;
    options.jitter = [] { return 0.0; };
    HttpClient quick(options, scheduler);
    // The first request never gets an answer (the handler answers nothing by dropping later).
    int seen = 0;
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (silent.nextPendingConnection())
            ++seen;
    });
    HttpRequest r;
    r.authenticated = false;
    r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/slow").arg(silent.serverPort()));
    Await<HttpResponse> await;
    quick.send(r, &context, await.callback());
    ASSERT_TRUE(await.wait(5000));
    ASSERT_FALSE(await.result().ok());
    EXPECT_EQ(await.result().error().kind, ApiError::Kind::Network);
    EXPECT_EQ(scheduler.requestedDelays(), QList<qint64>({500}));
    EXPECT_EQ(seen, 2);
}

TEST_F(HttpClientTest, DestroyedContextDropsTheCallback)
{
    server.enqueue(ScriptedAnswer::json(200, "{}"));
    QSignalSpy answered(client.get(), &HttpClient::attemptFinished);
    bool called = false;
    {
        QObject shortLived;
        HttpRequest r = get();
        r.authenticated = false;
        client->send(r, &shortLived, [&](Result<HttpResponse, ApiError>) { called = true; });
    }
    // The answer arrived and was handled to the end (the callback would run in the same call).
    ASSERT_TRUE(answered.wait(5000));
    EXPECT_EQ(answered.at(0).at(3).toInt(), 200);
    EXPECT_FALSE(called);
}
