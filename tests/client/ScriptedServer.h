#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;
class QWebSocketServer;

namespace paydesk::test {

/// A request as the scripted server received it.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
};

/// What the scripted server does with one request.
struct ScriptedAnswer
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body = "{}";
    QList<std::pair<QByteArray, QByteArray>> headers;
    /// Close the connection without answering.
    bool drop = false;
    /// After `body`, this many bytes of JSON whitespace (so the whole stays valid JSON), written
    /// only as the socket drains: the server holds at most one piece, and streamedBytes() tells
    /// how much the client took before it closed the connection.
    qint64 streamBytes = 0;
    /// How the body's end is shown: Content-Length (default), chunked transfer coding, or the
    /// connection closing after the body (no length at all).
    enum class Framing
    {
        ContentLength,
        Chunked,
        UntilClose,
    };
    Framing framing = Framing::ContentLength;
    /// With Framing::ContentLength: the length to announce instead of the real one (-1 = real).
    /// A larger announced length leaves the connection open after the body.
    qint64 announcedLength = -1;

    static ScriptedAnswer json(int status, const QByteArray& body)
    {
        return {status, "application/json", body, {}, false};
    }
    static ScriptedAnswer dropped() { return {0, {}, {}, {}, true}; }
};

/**
 * A tiny HTTP/1.1 server on loopback (port 0) for transport tests that need exact control over
 * each answer: a scripted status, header, body or a dropped connection. Answers are taken from
 * the queue in order; when it is empty the handler (if any) decides, else 200 "{}".
 */
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedServer(QObject* parent = nullptr);

    QUrl url(const QString& path = QString()) const;
    void enqueue(const ScriptedAnswer& answer) { m_queue.append(answer); }
    void setHandler(std::function<ScriptedAnswer(const ReceivedRequest&)> handler)
    {
        m_handler = std::move(handler);
    }
    const QList<ReceivedRequest>& requests() const { return m_requests; }
    /// Filler bytes written for ScriptedAnswer::streamBytes, over all connections.
    qint64 streamedBytes() const { return m_streamedBytes; }
    /// WebSocket upgrade requests are handed to `server` (its newConnection() gives the socket)
    /// instead of being answered; they are still listed in requests(). Not owned.
    void setWebSocketServer(QWebSocketServer* server) { m_webSockets = server; }

private:
    void onConnection();
    void write(QTcpSocket* socket, const ScriptedAnswer& answer);
    void stream(QTcpSocket* socket, qint64 bytes, ScriptedAnswer::Framing framing);

    QTcpServer m_server;
    QList<ScriptedAnswer> m_queue;
    QList<ReceivedRequest> m_requests;
    std::function<ScriptedAnswer(const ReceivedRequest&)> m_handler;
    qint64 m_streamedBytes = 0;
    QWebSocketServer* m_webSockets = nullptr;
};

} // namespace paydesk::test
