#include "ScriptedServer.h"

#include <QTcpSocket>
#include <QWebSocketServer>

#include <memory>

namespace paydesk::test {

namespace {

/// Request line and headers (without the blank line that ends them).
ReceivedRequest parseHead(const QByteArray& head)
{
    ReceivedRequest request;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    return request;
}

QByteArray chunk(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

} // namespace

ScriptedServer::ScriptedServer(QObject* parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onConnection);
}

QUrl ScriptedServer::url(const QString& path) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server.serverPort());
    u.setPath(path);
    return u;
}

void ScriptedServer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        const QMetaObject::Connection cleanup =
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, cleanup] {
            if (m_webSockets && buffer->isEmpty()) {
                // Peek only: the WebSocket server reads the handshake from the socket itself.
                const QByteArray head = socket->peek(socket->bytesAvailable());
                const qsizetype end = head.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                if (head.left(end).toLower().contains("upgrade: websocket")) {
                    m_requests.append(parseHead(head.left(end)));
                    socket->disconnect(this);
                    disconnect(cleanup); // the WebSocket takes the socket over
                    m_webSockets->handleConnection(socket);
                    return;
                }
            }
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                ReceivedRequest request = parseHead(buffer->left(headerEnd));
                const qsizetype length = request.headers.value("content-length", "0").toLongLong();
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                request.body = buffer->mid(headerEnd + 4, length);
                buffer->remove(0, headerEnd + 4 + length);
                m_requests.append(request);

                ScriptedAnswer answer;
                if (!m_queue.isEmpty())
                    answer = m_queue.takeFirst();
                else if (m_handler)
                    answer = m_handler(request);
                if (answer.drop) {
                    socket->abort();
                    return;
                }
                write(socket, answer);
            }
        });
    }
}

void ScriptedServer::write(QTcpSocket* socket, const ScriptedAnswer& answer)
{
    using Framing = ScriptedAnswer::Framing;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\n";
    if (!answer.contentType.isEmpty())
        out += "Content-Type: " + answer.contentType + "\r\n";
    for (const auto& [name, value] : answer.headers)
        out += name + ": " + value + "\r\n";
    switch (answer.framing) {
    case Framing::ContentLength: {
        const qint64 length =
            answer.announcedLength >= 0 ? answer.announcedLength : answer.body.size() + answer.streamBytes;
        out += "Content-Length: " + QByteArray::number(length) + "\r\n\r\n" + answer.body;
        break;
    }
    case Framing::Chunked:
        out += "Transfer-Encoding: chunked\r\n\r\n";
        if (!answer.body.isEmpty())
            out += chunk(answer.body);
        break;
    case Framing::UntilClose:
        out += "Connection: close\r\n\r\n" + answer.body;
        break;
    }
    socket->write(out);
    stream(socket, answer.streamBytes, answer.framing);
}

void ScriptedServer::stream(QTcpSocket* socket, qint64 bytes, ScriptedAnswer::Framing framing)
{
    const bool chunked = framing == ScriptedAnswer::Framing::Chunked;
    const bool untilClose = framing == ScriptedAnswer::Framing::UntilClose;
    if (bytes <= 0) {
        if (chunked)
            socket->write("0\r\n\r\n");
        else if (untilClose)
            socket->disconnectFromHost();
        return;
    }
    auto remaining = std::make_shared<qint64>(bytes);
    auto pump = [this, socket, remaining, chunked, untilClose] {
        // One piece at a time, only when the last one left Qt's buffer: what was written is
        // (to within one piece and the kernel's buffers) what the client read.
        if (*remaining <= 0 || socket->bytesToWrite() > 0 ||
            socket->state() != QAbstractSocket::ConnectedState)
            return;
        const qint64 n = std::min<qint64>(*remaining, 256 * 1024);
        const QByteArray filler(n, ' ');
        socket->write(chunked ? chunk(filler) : filler);
        *remaining -= n;
        m_streamedBytes += n;
        if (*remaining > 0)
            return;
        if (chunked)
            socket->write("0\r\n\r\n");
        else if (untilClose)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

} // namespace paydesk::test
