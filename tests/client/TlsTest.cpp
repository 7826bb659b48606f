// TLS rules against a real TLS server on loopback: verification is always on, and a private CA
// is accepted only when the operator trusted its certificate.
#include "ClientTestUtil.h"
#include "api/ConnectionProfile.h"
#include "api/HttpClient.h"
#include "api/PushChannel.h"
#include "api/TrustedCaStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;

namespace {

// A private CA and a server certificate it signed for 127.0.0.1 / localhost (valid until 2126),
// made with openssl for this test only.
const QByteArray kCaPem = "-----BEGIN CERTIFICATE-----\n"
                          "MIIBmzCCAUGgAwIBAgIUcKO94wC0l9T7vp4gnaJcU5EQXjcwCgYIKoZIzj0EAwIw\n"
                          "IjEgMB4GA1UEAwwXUGF5RGVzayBUZXN0IFByaXZhdGUgQ0EwIBcNMjYxMTIxMTcx\n"
                          "NTM4WhgPMjEyNjEwMjgxNzE1MzhaMCIxIDAeBgNVBAMMF1BheURlc2sgVGVzdCBQ\n"
                          "cml2YXRlIENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEL7l5ztlOSBlZPaiY\n"
                          "t5HYChq6KOGFVGpJqhVxGKeUsrNXQ24+8607Nu5NU1DHJOvAxWaA/+OIY2OvA/4g\n"
                          "TwiL5qNTMFEwHQYDVR0OBBYEFADTXZW7R5F1ARHW8W5C4lejz9iGMB8GA1UdIwQY\n"
                          "MBaAFADTXZW7R5F1ARHW8W5C4lejz9iGMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZI\n"
                          "zj0EAwIDSAAwRQIhAK+kcE+TndVJnjpIdfwAZEdRBAV5HV7kTgjXGlbkzxDtAiBJ\n"
                          "H9bNntyiAlB9JDwXTD4K0CkNxFy6itnXIOrtzZQ2SA==\n"
                          "-----END CERTIFICATE-----\n";

const QByteArray kLeafPem = "-----BEGIN CERTIFICATE-----\n"
                            "MIIBxjCCAW2gAwIBAgIUUlZk4VpcE2LvBFnl+S43Jn1LPmMwCgYIKoZIzj0EAwIw\n"
                            "IjEgMB4GA1UEAwwXUGF5RGVzayBUZXN0IFByaXZhdGUgQ0EwIBcNMjYxMTIxMTcx\n"
                            "NTM4WhgPMjEyNjEwMjgxNzE1MzhaMBQxEjAQBgNVBAMMCTEyNy4wLjAuMTBZMBMG\n"
                            "ByqGSM49AgEGCCqGSM49AwEHA0IABAdl2ICQ2D2R2aAxpFTxDsKxB9+IBSebeC8b\n"
                            "YBLXYwVi8igcIb9LunEwYfaH2Ng3Gfn4WUjQ1HxoqnekZrnM9SujgYwwgYkwGgYD\n"
                            "VR0RBBMwEYcEfwAAAYIJbG9jYWxob3N0MAkGA1UdEwQCMAAwCwYDVR0PBAQDAgeA\n"
                            "MBMGA1UdJQQMMAoGCCsGAQUFBwMBMB0GA1UdDgQWBBR1xsHcVgHxDWzDpHaf0YPF\n"
                            "hFc0ITAfBgNVHSMEGDAWgBQA012Vu0eRdQER1vFuQuJXo8/YhjAKBggqhkjOPQQD\n"
                            "AgNHADBEAiB+e8qKDpBIBs3sHwiW+Rulswe6MlwAWg/KTknBpTxo4QIgMjUlq0rS\n"
                            "wdzEjjmgV0Pao8NK/So9LT42NsmBGcUWytI=\n"
                            "-----END CERTIFICATE-----\n";

const QByteArray kLeafKey = "-----BEGIN PRIVATE KEY-----\n"
                            "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgkEt4G8dR06AvIftx\n"
                            "Uemgcg/Ok5dQGLSxSLueOaSAVXqhRANCAAQHZdiAkNg9kdmgMaRU8Q7CsQffiAUn\n"
                            "m3gvG2AS12MFYvIoHCG/S7pxMGH2h9jYNxn5+FlI0NR8aKp3pGa5zPUr\n"
                            "-----END PRIVATE KEY-----\n";

class TlsServer
{
public:
    explicit TlsServer(const QHostAddress& address = QHostAddress::LocalHost)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(kLeafPem, QSsl::Pem));
        config.setPrivateKey(QSslKey(kLeafKey, QSsl::Ec, QSsl::Pem));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(config);
        m_server.listen(address, 0);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                  "11\r\n\r\n{\"ok\":true}");
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url(const QString& host = QStringLiteral("127.0.0.1")) const
    {
        return QUrl(QStringLiteral("https://%1:%2/x").arg(host).arg(m_server.serverPort()));
    }

private:
    QSslServer m_server;
};

struct TlsTest : ::testing::Test
{
    ManualClock clock;
    ManualScheduler scheduler{clock, true};
    QObject context;

    void SetUp() override
    {
        if (!QSslSocket::supportsSsl())
            GTEST_SKIP() << "no TLS backend";
    }

    Result<HttpResponse, ApiError> get(const QUrl& url, const QList<QSslCertificate>& trusted)
    {
        HttpClient::Options o;
        o.trustedCaCertificates = trusted;
        o.transferTimeoutMs = 5000;
        HttpClient client(o, scheduler);
        HttpRequest r;
        r.url = url;
        r.authenticated = false;
        Await<HttpResponse> await;
        client.send(r, &context, await.callback());
        EXPECT_TRUE(await.wait());
        return std::move(await.result());
    }
};

} // namespace

TEST_F(TlsTest, APrivateCaIsRefusedUntilTheOperatorTrustsIt)
{
    TlsServer server;
    auto refused = get(server.url(), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ApiError::Kind::Tls);
    EXPECT_FALSE(refused.error().message.isEmpty());
    EXPECT_TRUE(scheduler.requestedDelays().isEmpty()); // a certificate problem is not retried

    const auto ca = QSslCertificate::fromData(kCaPem, QSsl::Pem);
    ASSERT_EQ(ca.size(), 1);
    auto accepted = get(server.url(), ca);
    ASSERT_TRUE(accepted.ok()) << accepted.error().detail.toStdString();
    EXPECT_EQ(accepted->status, 200);
}

TEST_F(TlsTest, ATrustedCaDoesNotExcuseTheWrongHostName)
{
    // The certificate names 127.0.0.1 and localhost; served on 127.0.0.2 it is the wrong host.
    TlsServer server(QHostAddress(QStringLiteral("127.0.0.2")));
    const auto ca = QSslCertificate::fromData(kCaPem, QSsl::Pem);
    auto wrongHost = get(server.url(QStringLiteral("127.0.0.2")), ca);
    ASSERT_FALSE(wrongHost.ok());
    EXPECT_EQ(wrongHost.error().kind, ApiError::Kind::Tls);
}

// Finding 10: the CA the operator trusts is copied into PayDesk's own folder when chosen; the
// file they picked is not read again.
TEST_F(TlsTest, ATrustedCaIsCopiedOwnerOnlyAndTheCopyIsWhatIsTrusted)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("Downloads/company-ca.pem"));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(source).path()));
    {
        QFile f(source);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Company CA, from IT\n" + kCaPem + "trailing notes\n");
    }
    const TrustedCaStore store(dir.filePath(QStringLiteral("data/PayDesk/trusted-ca")));
    auto imported = store.import(source);
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_TRUE(store.holds(imported->path));
    EXPECT_FALSE(store.holds(source));
    EXPECT_EQ(QFileInfo(imported->path).absolutePath(), QDir(store.directory()).absolutePath());
    // As `openssl x509 -noout -fingerprint -sha256` prints it for this CA.
    EXPECT_EQ(
        imported->fingerprints,
        QStringList{QStringLiteral("5B:72:FE:0C:58:85:C6:92:1B:1B:36:AF:32:EC:1F:FC:72:17:13:CE:E4:F5:81:"
                                   "29:B0:62:7A:6F:DB:A2:83:EC")});
    // Owner, group and other bits only (QFile also reports the current user's access).
    const QFile::Permissions modeBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                        QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    EXPECT_EQ(QFile::permissions(imported->path) & modeBits, QFile::ReadOwner | QFile::WriteOwner) << "0600";
    EXPECT_EQ(QFile::permissions(store.directory()) & modeBits,
              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)
        << "0700";
    QFile copy(imported->path);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    const QByteArray copied = copy.readAll();
    EXPECT_FALSE(copied.contains("trailing notes")) << "only the certificates are copied";

    // The picked file is swapped afterwards: PayDesk still trusts what was chosen, no more.
    {
        QFile f(source);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("not a certificate any more");
    }
    ConnectionProfile profile;
    profile.trustedCaFile = imported->path;
    ASSERT_EQ(profile.trustedCaCertificates().size(), 1);
    TlsServer server;
    auto accepted = get(server.url(), profile.trustedCaCertificates());
    ASSERT_TRUE(accepted.ok()) << accepted.error().detail.toStdString();

    // Importing the same CA again gives the same copy; a file that is no PEM is refused.
    auto again = store.import(imported->path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->path, imported->path);
    EXPECT_FALSE(store.import(source).ok());
}

// The push channel trusts what HTTP trusts, from the same options: the private CA's wss server
// is refused until the operator trusts the CA, then accepted.
TEST_F(TlsTest, ThePushChannelTrustsExactlyWhatHttpTrusts)
{
    QWebSocketServer server(QStringLiteral("push"), QWebSocketServer::SecureMode);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(kLeafPem, QSsl::Pem));
    config.setPrivateKey(QSslKey(kLeafKey, QSsl::Ec, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server.setSslConfiguration(config);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    QList<QWebSocket*> accepted;
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&] {
        while (QWebSocket* socket = server.nextPendingConnection())
            accepted << socket;
    });
    const QUrl url(QStringLiteral("wss://127.0.0.1:%1/events").arg(server.serverPort()));

    auto open = [&](const QList<QSslCertificate>& trusted) {
        HttpClient::Options transport;
        transport.trustedCaCertificates = trusted;
        transport.transferTimeoutMs = 5000;
        const PushChannel push(transport);
        EXPECT_TRUE(push.allows(url));
        std::unique_ptr<QWebSocket> socket = push.createSocket();
        bool connected = false;
        bool failed = false;
        QObject::connect(socket.get(), &QWebSocket::connected, &context, [&] { connected = true; });
        QObject::connect(socket.get(), &QWebSocket::disconnected, &context, [&] { failed = true; });
        QObject::connect(socket.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), &context,
                         [&](QAbstractSocket::SocketError) { failed = true; });
        socket->open(push.openRequest(url, QStringLiteral("token")));
        EXPECT_TRUE(QTest::qWaitFor([&] { return connected || failed; }, 10000));
        const bool opened = connected && !failed;
        socket->abort();
        return opened;
    };
    EXPECT_FALSE(open({})) << "a private CA nobody trusted";
    EXPECT_TRUE(accepted.isEmpty());
    const auto ca = QSslCertificate::fromData(kCaPem, QSsl::Pem);
    ASSERT_EQ(ca.size(), 1);
    EXPECT_TRUE(open(ca));
    EXPECT_TRUE(QTest::qWaitFor([&] { return accepted.size() == 1; }, 5000));
    qDeleteAll(accepted);
}
