// The sandbox against a hostile client on loopback: request size limits and timers, the
// connection cap, the Host check (DNS rebinding), unguessable pay tokens, /outbox's token.
#include "SandboxTestClient.h"
#include "faults/FaultInjector.h"
#include "http/HttpServer.h"
#include "platform/PlatformState.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <set>

namespace paydesk::sandbox::test {

namespace {

/// One raw HTTP/1.1 connection: what a browser or an attacker can send, byte for byte.
class RawConnection
{
public:
    explicit RawConnection(quint16 port)
        : m_port(port)
    {
        // Connecting needs no event loop (the kernel completes it); everything else waits
        // with one, so that the in-process server can run.
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_connected = m_socket.waitForConnected(5000);
    }

    bool connected() const { return m_connected; }
    QTcpSocket& socket() { return m_socket; }
    QByteArray host() const { return "127.0.0.1:" + QByteArray::number(m_port); }

    void send(const QByteArray& bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    /// Status of the next complete answer (header and Content-Length body), 0 if none came.
    int answer(int timeoutMs = 5000)
    {
        int status = 0;
        const bool complete = QTest::qWaitFor(
            [&] {
                m_received += m_socket.readAll();
                const qsizetype end = m_received.indexOf("\r\n\r\n");
                if (end < 0)
                    return false;
                qsizetype length = 0;
                for (const QByteArray& line : m_received.left(end).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (m_received.size() < end + 4 + length)
                    return false;
                status = m_received.mid(9, 3).toInt();
                m_lastBody = m_received.mid(end + 4, length);
                m_received.remove(0, end + 4 + length);
                return true;
            },
            timeoutMs);
        return complete ? status : 0;
    }
    QByteArray lastBody() const { return m_lastBody; }

    /// Waits for the server to close the connection.
    bool waitClosed(int timeoutMs = 5000)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy closed(&m_socket, &QTcpSocket::disconnected);
        return closed.wait(timeoutMs);
    }

private:
    quint16 m_port;
    QTcpSocket m_socket;
    bool m_connected = false;
    QByteArray m_received;
    QByteArray m_lastBody;
};

QByteArray get(const QByteArray& path, const QByteArray& host, const QByteArray& extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extra + "\r\n";
}

/// Small limits and short timers, so that the tests need not send megabytes or wait seconds.
class SandboxLimits : public SandboxFixture
{
protected:
    void adjust(SandboxOptions& options) override
    {
        options.httpLimits.maxBodyBytes = 1024;
        options.httpLimits.maxHeaderBytes = 4096;
        options.httpLimits.requestTimeoutMs = 500;
        options.httpLimits.idleTimeoutMs = 1000;
    }
};

/// Three connections at most; the timers stay long so that only the cap closes anything.
class SandboxConnectionCap : public SandboxFixture
{
protected:
    void adjust(SandboxOptions& options) override { options.httpLimits.maxConnections = 3; }
};

using SandboxHostCheck = SandboxFixture;
using SandboxOutbox = SandboxFixture;

QByteArray tokenRequest(const QByteArray& host, const QByteArray& body, qint64 announcedLength)
{
    return "POST /oauth/client_credential/accesstoken HTTP/1.1\r\nHost: " + host +
           "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
           QByteArray::number(announcedLength) + "\r\n\r\n" + body;
}

} // namespace

TEST(SandboxHttpLimits, DefaultsAreBounded)
{
    const HttpLimits limits;
    EXPECT_EQ(limits.maxHeaderBytes, 64 * 1024);
    EXPECT_EQ(limits.maxBodyBytes, 8 * 1024 * 1024);
    EXPECT_EQ(limits.requestTimeoutMs, 10'000);
    EXPECT_EQ(limits.idleTimeoutMs, 30'000);
    EXPECT_EQ(limits.maxConnections, 256);
}

TEST_F(SandboxLimits, OversizeContentLengthIs413BeforeTheBodyIsSent)
{
    RawConnection c(sandbox->port());
    ASSERT_TRUE(c.connected());
    // 600 MB announced, not one byte of it sent: the answer must not wait for (or buffer) it.
    c.send(tokenRequest(c.host(), {}, 600LL * 1024 * 1024));
    EXPECT_EQ(c.answer(), 413);
    EXPECT_TRUE(c.lastBody().contains("BODY_TOO_LARGE"));
    EXPECT_TRUE(c.waitClosed());

    // At the limit the request is served.
    RawConnection ok(sandbox->port());
    ASSERT_TRUE(ok.connected());
    QByteArray form = "grant_type=client_credentials&client_id=" + sandbox->clientId().toUtf8() +
                      "&client_secret=" + sandbox->clientSecret().toUtf8() + "&pad=";
    form.append(1024 - form.size(), 'x');
    ok.send(tokenRequest(ok.host(), form, form.size()));
    EXPECT_EQ(ok.answer(), 200);
}

TEST_F(SandboxLimits, ChunkedRequestBodyIs411)
{
    RawConnection c(sandbox->port());
    ASSERT_TRUE(c.connected());
    c.send("POST /oauth/client_credential/accesstoken HTTP/1.1\r\nHost: " + c.host() +
           "\r\nTransfer-Encoding: chunked\r\n\r\n");
    EXPECT_EQ(c.answer(), 411);
    EXPECT_TRUE(c.waitClosed());
}

TEST_F(SandboxLimits, OversizeHeaderIs431)
{
    RawConnection c(sandbox->port());
    ASSERT_TRUE(c.connected());
    // Never finished: the server must not keep reading it.
    c.send("GET / HTTP/1.1\r\nHost: " + c.host() + "\r\nX-Filler: " + QByteArray(8000, 'a'));
    EXPECT_EQ(c.answer(), 431);
    EXPECT_TRUE(c.lastBody().contains("HEADER_TOO_LARGE"));
    EXPECT_TRUE(c.waitClosed());
}

TEST_F(SandboxLimits, APartialHeaderIsClosedAfterTheRequestTimeout)
{
    RawConnection c(sandbox->port());
    ASSERT_TRUE(c.connected());
    c.send("GET /stores HTTP/1.1\r\nHost: " + c.host() + "\r\nX-Slow: a");
    EXPECT_EQ(c.answer(), 408);
    EXPECT_TRUE(c.waitClosed()) << "a slow header must not hold the connection";
}

TEST_F(SandboxLimits, AnIdleKeptAliveConnectionIsClosed)
{
    RawConnection c(sandbox->port());
    ASSERT_TRUE(c.connected());
    c.send(get("/", c.host()));
    EXPECT_EQ(c.answer(), 200);
    c.send(get("/", c.host()));
    EXPECT_EQ(c.answer(), 200) << "kept alive between requests";
    EXPECT_TRUE(c.waitClosed());

    // A silent connection is closed too.
    RawConnection silent(sandbox->port());
    ASSERT_TRUE(silent.connected());
    EXPECT_TRUE(silent.waitClosed());
}

TEST_F(SandboxLimits, AnAnswerHeldBackByALatencyFaultIsNotCutByTheTimers)
{
    FaultSpec slow;
    slow.latencyMs = 2000; // twice the longer timer
    sandbox->faults().set(QStringLiteral("token"), slow);
    RawConnection c(sandbox->port());
    ASSERT_TRUE(c.connected());
    const QByteArray form = "grant_type=client_credentials&client_id=" + sandbox->clientId().toUtf8() +
                            "&client_secret=" + sandbox->clientSecret().toUtf8();
    c.send(tokenRequest(c.host(), form, form.size()));
    EXPECT_EQ(c.answer(), 200);
}

TEST_F(SandboxConnectionCap, TheLongestIdleConnectionMakesRoom)
{
    std::vector<std::unique_ptr<RawConnection>> open;
    for (int i = 0; i < 3; ++i) {
        open.push_back(std::make_unique<RawConnection>(sandbox->port()));
        ASSERT_TRUE(open.back()->connected());
        open.back()->send(get("/", open.back()->host()));
        ASSERT_EQ(open.back()->answer(), 200);
    }
    RawConnection fourth(sandbox->port());
    ASSERT_TRUE(fourth.connected());
    fourth.send(get("/", fourth.host()));
    EXPECT_EQ(fourth.answer(), 200);
    EXPECT_TRUE(open.front()->waitClosed()) << "the longest idle connection was closed for it";
    EXPECT_EQ(open.at(1)->socket().state(), QAbstractSocket::ConnectedState);
}

TEST_F(SandboxConnectionCap, WithEveryAnswerPendingANewConnectionIs503)
{
    FaultSpec slow;
    slow.latencyMs = 2000;
    sandbox->faults().set(QStringLiteral("token"), slow);
    const QByteArray form = "grant_type=client_credentials&client_id=" + sandbox->clientId().toUtf8() +
                            "&client_secret=" + sandbox->clientSecret().toUtf8();
    std::vector<std::unique_ptr<RawConnection>> open;
    for (int i = 0; i < 3; ++i) {
        open.push_back(std::make_unique<RawConnection>(sandbox->port()));
        ASSERT_TRUE(open.back()->connected());
        open.back()->send(tokenRequest(open.back()->host(), form, form.size()));
    }
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return sandbox->http().callCounts().value(QStringLiteral("token")) == 3; }, 5000));
    RawConnection fourth(sandbox->port());
    ASSERT_TRUE(fourth.connected());
    EXPECT_EQ(fourth.answer(), 503);
    EXPECT_TRUE(fourth.waitClosed());
    for (auto& c : open)
        EXPECT_EQ(c->answer(), 200) << "the pending answers still arrive";
}

TEST(SandboxPayTokens, DifferBetweenRunsWhileSeededIdsRepeat)
{
    auto snapshot = [](Sandbox& sandbox) {
        std::vector<QString> ids;
        std::set<QString> tokens;
        for (const StoreInfo& s : sandbox.state().stores()) {
            PaymentQuery all;
            all.limit = 1000;
            for (const Payment& p : sandbox.state().feed(s.enterpriseId, s.storeId, all).payments) {
                ids.push_back(p.paymentId);
                tokens.insert(PlatformState::payTokenOf(p));
            }
        }
        return std::make_pair(ids, tokens);
    };
    SandboxOptions options;
    options.seedCount = 30;
    Sandbox first(options);
    ASSERT_TRUE(first.start().ok());
    Sandbox second(options);
    ASSERT_TRUE(second.start().ok());
    const auto [firstIds, firstTokens] = snapshot(first);
    const auto [secondIds, secondTokens] = snapshot(second);
    ASSERT_EQ(firstIds.size(), 30u);
    EXPECT_EQ(firstIds, secondIds) << "the same seed gives the same demo data";
    ASSERT_EQ(firstTokens.size(), 30u);
    std::vector<QString> shared;
    std::set_intersection(firstTokens.begin(), firstTokens.end(), secondTokens.begin(), secondTokens.end(),
                          std::back_inserter(shared));
    EXPECT_TRUE(shared.empty()) << "pay tokens must not follow from the seed";

    // New requests too: the same id in both runs, a different link.
    SandboxTestClient a(first);
    SandboxTestClient b(second);
    const QJsonObject pa = a.initiate(a.dealerToken());
    const QJsonObject pb = b.initiate(b.dealerToken());
    EXPECT_EQ(pa.value(QLatin1StringView("paymentId")), pb.value(QLatin1StringView("paymentId")));
    const QString linkA =
        first.state().paymentById(pa.value(QLatin1StringView("paymentId")).toString())->payLink;
    const QString linkB =
        second.state().paymentById(pb.value(QLatin1StringView("paymentId")).toString())->payLink;
    EXPECT_NE(QUrl(linkA).path(), QUrl(linkB).path());
}

TEST_F(SandboxHostCheck, AnotherHostNameIsRefusedOnEveryRoute)
{
    const QByteArray admin = "Authorization: Bearer " + sandbox->adminToken().toLatin1() + "\r\n";
    const QByteArray port = QByteArray::number(sandbox->port());
    RawConnection c(sandbox->port());
    ASSERT_TRUE(c.connected());
    // A page on evil.example whose name now resolves to 127.0.0.1 (DNS rebinding).
    c.send(get("/admin", "evil.example:" + port, admin));
    EXPECT_EQ(c.answer(), 421);
    c.send(get("/admin/faults", "127.0.0.1:1" + port, admin));
    EXPECT_EQ(c.answer(), 421) << "another port is another origin";
    c.send(tokenRequest("evil.example:" + port, "grant_type=client_credentials", 29));
    EXPECT_EQ(c.answer(), 421) << "the platform API, reachable with the demo credentials, too";
    c.send("GET /admin HTTP/1.1\r\n" + admin + "\r\n");
    EXPECT_EQ(c.answer(), 421) << "no Host at all";

    for (const QByteArray& host : {"127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port}) {
        c.send(get("/admin", host, admin));
        EXPECT_EQ(c.answer(), 200) << host.constData();
    }
    // The usual clients send a loopback Host: QNetworkAccessManager here, PayDesk's HttpClient alike.
    EXPECT_EQ(client->admin("GET", QStringLiteral("/admin")).status, 200);
}

TEST_F(SandboxOutbox, NeedsTheAdminToken)
{
    EXPECT_EQ(client->send("GET", QStringLiteral("/outbox")).status, 401);
    EXPECT_EQ(client->send("GET", QStringLiteral("/outbox?token=wrong")).status, 401);
    EXPECT_EQ(client->send("GET", QStringLiteral("/outbox"), {}, {{"Authorization", "Bearer wrong"}}).status,
              401);
    EXPECT_EQ(client->admin("GET", QStringLiteral("/outbox")).status, 200);
    // In a browser: the token in the query.
    const Reply page = client->send("GET", QStringLiteral("/outbox?token=") + sandbox->adminToken());
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("no-referrer")) << "the token in the page's URL must not leak";
    // Only reads take it from the query.
    EXPECT_EQ(
        client->send("POST", QStringLiteral("/admin/tokens/expire?token=") + sandbox->adminToken()).status,
        401);
}

} // namespace paydesk::sandbox::test
