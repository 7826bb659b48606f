// The push channel's rules come from the same HttpClient::Options as HTTP's.
#include "api/PushChannel.h"

#include "api/HttpClient.h"

#include <QSslConfiguration>
#include <QWebSocket>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;

namespace {

const QList<QUrl> kUrls{
    QUrl(QStringLiteral("wss://api.example.com/events")),
    QUrl(QStringLiteral("ws://api.example.com/events")),
    QUrl(QStringLiteral("ws://127.0.0.1:8080/events")),
    QUrl(QStringLiteral("ws://localhost/events")),
    QUrl(QStringLiteral("ws://[::1]:9000/events")),
    QUrl(QStringLiteral("ws://10.0.0.7/events")),
    QUrl(QStringLiteral("ftp://127.0.0.1/events")),
    QUrl(QStringLiteral("wss:///no-host")),
    QUrl(QStringLiteral("https://api.example.com/events")),
};

} // namespace

TEST(PushChannel, RefusesAndAllowsExactlyTheUrlsHttpDoes)
{
    for (bool plain : {false, true}) {
        HttpClient::Options transport;
        transport.allowPlainHttpToLoopback = plain;
        const HttpClient http(transport);
        const PushChannel push(transport);
        for (const QUrl& url : kUrls)
            EXPECT_EQ(push.allows(url), http.allows(url))
                << url.toString().toStdString() << " plain=" << plain;
    }
    HttpClient::Options strict;
    const PushChannel push(strict);
    EXPECT_TRUE(push.allows(QUrl(QStringLiteral("wss://api.example.com/events"))));
    EXPECT_FALSE(push.allows(QUrl(QStringLiteral("ws://127.0.0.1/events")))) << "https only by default";
    HttpClient::Options local;
    local.allowPlainHttpToLoopback = true;
    const PushChannel localPush(local);
    EXPECT_TRUE(localPush.allows(QUrl(QStringLiteral("ws://127.0.0.1/events"))));
    EXPECT_FALSE(localPush.allows(QUrl(QStringLiteral("ws://10.0.0.7/events")))) << "plain only to loopback";
}

TEST(PushChannel, SocketsVerifyPeersWithTheTrustedCasAndCapIncomingSizes)
{
    HttpClient::Options transport;
    transport.transferTimeoutMs = 4321;
    PushChannel::Options options;
    options.maxMessageBytes = 64 * 1024;
    const PushChannel push(transport, options);
    auto socket = push.createSocket();
    ASSERT_NE(socket, nullptr);
    EXPECT_EQ(socket->sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
    EXPECT_EQ(socket->sslConfiguration().caCertificates(),
              HttpClient(transport).sslConfiguration().caCertificates());
    EXPECT_EQ(socket->maxAllowedIncomingFrameSize(), quint64(64 * 1024));
    EXPECT_EQ(socket->maxAllowedIncomingMessageSize(), quint64(64 * 1024));
    EXPECT_EQ(push.maxMessageBytes(), 64 * 1024);

    const QNetworkRequest request =
        push.openRequest(QUrl(QStringLiteral("wss://api.example.com/events")), QStringLiteral("tok"));
    EXPECT_EQ(request.rawHeader("Authorization"), QByteArray("Bearer tok"));
    EXPECT_EQ(request.transferTimeout(), 4321);

    // The default is 1 MiB; nonsense values are raised to 1 KiB.
    EXPECT_EQ(PushChannel(transport).maxMessageBytes(), 1024 * 1024);
    options.maxMessageBytes = 3;
    EXPECT_EQ(PushChannel(transport, options).maxMessageBytes(), 1024);
}
