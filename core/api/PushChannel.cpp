#include "PushChannel.h"

#include <QRegularExpression>
#include <QWebSocket>

namespace paydesk {

PushChannel::PushChannel(const HttpClient::Options& transport)
    : PushChannel(transport, Options{})
{
}

PushChannel::PushChannel(const HttpClient::Options& transport, Options options)
    : m_trustedCas(transport.trustedCaCertificates)
    , m_allowPlainToLoopback(transport.allowPlainHttpToLoopback)
    , m_transferTimeoutMs(transport.transferTimeoutMs)
    , m_maxMessageBytes(std::max<qint64>(options.maxMessageBytes, 1024))
{
}

bool PushChannel::allows(const QUrl& url) const
{
    return HttpClient::isAllowedUrl(url, m_allowPlainToLoopback);
}

std::unique_ptr<QWebSocket> PushChannel::createSocket() const
{
    auto socket = std::make_unique<QWebSocket>();
    socket->setSslConfiguration(HttpClient::sslConfiguration(m_trustedCas));
    socket->setMaxAllowedIncomingFrameSize(quint64(m_maxMessageBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(m_maxMessageBytes));
    return socket;
}

QNetworkRequest PushChannel::openRequest(const QUrl& url, const QString& bearerToken) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + bearerToken.toUtf8());
    request.setTransferTimeout(m_transferTimeoutMs);
    return request;
}

int PushChannel::refusedHandshakeStatus(const QWebSocket& socket)
{
    // Qt's own text, untranslated (PayDesk loads only qtbase's catalogue); error() itself does
    // not always say ConnectionRefusedError by the time the socket is closed.
    static const QRegularExpression status(QStringLiteral("status code: ([1-5][0-9][0-9])\\b"));
    const QRegularExpressionMatch m = status.match(socket.errorString());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace paydesk
