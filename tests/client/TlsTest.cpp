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

// A second private CA, and two certificates it signed for 127.0.0.1 / localhost whose validity
// periods do not include today: one expired on 2021-01-01, one valid only from 2100-01-01. They
// share one key.
const QByteArray kExpiryCaPem = "-----BEGIN CERTIFICATE-----\n"
                                "MIIBmTCCAT+gAwIBAgIUMsdd1RKQUzO46nFRTJyZJP+MOgcwCgYIKoZIzj0EAwIw\n"
                                "ITEfMB0GA1UEAwwWUGF5RGVzayBUZXN0IEV4cGlyeSBDQTAgFw0yNjEyMDYxMjIx\n"
                                "MThaGA8yMTI2MTExMjEyMjExOFowITEfMB0GA1UEAwwWUGF5RGVzayBUZXN0IEV4\n"
                                "cGlyeSBDQTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABN9d44ob8u59tc4dfu6l\n"
                                "ouNqw/iA2An5tx/iDJu9SQLZGLDSou3KxyZAcy3DYhy7tEEwWERugMYWIgKGDa17\n"
                                "XhCjUzBRMB0GA1UdDgQWBBQvts7nDdYsVHONwiJr4LWwwM+GbTAfBgNVHSMEGDAW\n"
                                "gBQvts7nDdYsVHONwiJr4LWwwM+GbTAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49\n"
                                "BAMCA0gAMEUCIArFNuNHoy4tBh+Mhx5vVGM+iIcXIPndlvyH7CxHLRkxAiEA2uqh\n"
                                "kGX3aZFr9HIIGBxCWBNgYNwoAlFUjk87xId4pN0=\n"
                                "-----END CERTIFICATE-----\n";

const QByteArray kExpiredLeafPem = "-----BEGIN CERTIFICATE-----\n"
                                   "MIIBsDCCAVegAwIBAgIBATAKBggqhkjOPQQDAjAhMR8wHQYDVQQDDBZQYXlEZXNr\n"
                                   "IFRlc3QgRXhwaXJ5IENBMB4XDTIwMDEwMTAwMDAwMFoXDTIxMDEwMTAwMDAwMFow\n"
                                   "FDESMBAGA1UEAwwJMTI3LjAuMC4xMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n"
                                   "1DO+sye56Gi9VyQeQgFme9RFrAdM5f0YMO+1CFe5O5d0xU7S+Xwt5jy+4+D6SrAp\n"
                                   "4ELavlVlulsETxQWCHqODKOBjDCBiTAaBgNVHREEEzARhwR/AAABgglsb2NhbGhv\n"
                                   "c3QwCQYDVR0TBAIwADALBgNVHQ8EBAMCB4AwEwYDVR0lBAwwCgYIKwYBBQUHAwEw\n"
                                   "HQYDVR0OBBYEFGRUikD5H1G03Abt2cEwAu2ObmDVMB8GA1UdIwQYMBaAFC+2zucN\n"
                                   "1ixUc43CImvgtbDAz4ZtMAoGCCqGSM49BAMCA0cAMEQCIDG/MzWcOMYcGlwmlHcO\n"
                                   "lnk2CrOFyb9d0r0dRAEyCqLQAiB55KJjdNmUY/vaGKzNKpnqnAshp8eTGQD5biyz\n"
                                   "CQPN3Q==\n"
                                   "-----END CERTIFICATE-----\n";

const QByteArray kFutureLeafPem = "-----BEGIN CERTIFICATE-----\n"
                                  "MIIBtTCCAVugAwIBAgIBAjAKBggqhkjOPQQDAjAhMR8wHQYDVQQDDBZQYXlEZXNr\n"
                                  "IFRlc3QgRXhwaXJ5IENBMCIYDzIxMDAwMTAxMDAwMDAwWhgPMjEyNjAxMDEwMDAw\n"
                                  "MDBaMBQxEjAQBgNVBAMMCTEyNy4wLjAuMTBZMBMGByqGSM49AgEGCCqGSM49AwEH\n"
                                  "A0IABNQzvrMnuehovVckHkIBZnvURawHTOX9GDDvtQhXuTuXdMVO0vl8LeY8vuPg\n"
                                  "+kqwKeBC2r5VZbpbBE8UFgh6jgyjgYwwgYkwGgYDVR0RBBMwEYcEfwAAAYIJbG9j\n"
                                  "YWxob3N0MAkGA1UdEwQCMAAwCwYDVR0PBAQDAgeAMBMGA1UdJQQMMAoGCCsGAQUF\n"
                                  "BwMBMB0GA1UdDgQWBBRkVIpA+R9RtNwG7dnBMALtjm5g1TAfBgNVHSMEGDAWgBQv\n"
                                  "ts7nDdYsVHONwiJr4LWwwM+GbTAKBggqhkjOPQQDAgNIADBFAiB5cWzxcjbtCWHk\n"
                                  "HB1/Ogyo3ULR0xd+ekxyUJZOVz9UFgIhAItgo9/EFTB/Z0Ju7TRWEGqHZKLyecpA\n"
                                  "moisJJRnaEBI\n"
                                  "-----END CERTIFICATE-----\n";

const QByteArray kExpiryLeafKey = "-----BEGIN PRIVATE KEY-----\n"
                                  "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgdhSxVTFMBiC1a8r+\n"
                                  "qDeW8pUH6w5LTdPsZSh4cqr2vJihRANCAATUM76zJ7noaL1XJB5CAWZ71EWsB0zl\n"
                                  "/Rgw77UIV7k7l3TFTtL5fC3mPL7j4PpKsCngQtq+VWW6WwRPFBYIeo4M\n"
                                  "-----END PRIVATE KEY-----\n";

class TlsServer
{
public:
    explicit TlsServer(const QHostAddress& address = QHostAddress::LocalHost,
                       const QByteArray& certificatePem = kLeafPem, const QByteArray& keyPem = kLeafKey)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certificatePem, QSsl::Pem));
        config.setPrivateKey(QSslKey(keyPem, QSsl::Ec, QSsl::Pem));
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

TEST_F(TlsTest, ACertificateOutsideItsValidityPeriodIsRefusedEvenFromATrustedCaAndSaysWhy)
{
    const auto ca = QSslCertificate::fromData(kExpiryCaPem, QSsl::Pem);
    ASSERT_EQ(ca.size(), 1);

    TlsServer expired(QHostAddress::LocalHost, kExpiredLeafPem, kExpiryLeafKey);
    auto refused = get(expired.url(), ca);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ApiError::Kind::Tls);
    EXPECT_EQ(refused.error().message, ApiError::tlsCertificateExpired({}).message);
    EXPECT_TRUE(scheduler.requestedDelays().isEmpty()); // not retried: waiting does not renew it

    TlsServer notYet(QHostAddress::LocalHost, kFutureLeafPem, kExpiryLeafKey);
    auto early = get(notYet.url(), ca);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().kind, ApiError::Kind::Tls);
    EXPECT_EQ(early.error().message, ApiError::tlsCertificateNotYetValid({}).message);

    // The same CA's certificates are otherwise fine: only the dates are refused, and the plain
    // "not accepted" message stays for a CA nobody trusted.
    auto untrusted = get(expired.url(), {});
    ASSERT_FALSE(untrusted.ok());
    EXPECT_EQ(untrusted.error().kind, ApiError::Kind::Tls);
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
