#include "ScriptedServer.h"

#include <QTcpSocket>

namespace paydesk::test {

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
        auto* buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                ReceivedRequest request;
                const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.method = first.value(0);
                request.target = first.value(1);
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                               lines[i].mid(colon + 1).trimmed());
                }
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
                QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\n";
                if (!answer.contentType.isEmpty())
                    out += "Content-Type: " + answer.contentType + "\r\n";
                for (const auto& [name, value] : answer.headers)
                    out += name + ": " + value + "\r\n";
                out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body;
                socket->write(out);
            }
        });
    }
}

} // namespace paydesk::test
