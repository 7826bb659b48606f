#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

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

private:
    void onConnection();

    QTcpServer m_server;
    QList<ScriptedAnswer> m_queue;
    QList<ReceivedRequest> m_requests;
    std::function<ScriptedAnswer(const ReceivedRequest&)> m_handler;
};

} // namespace paydesk::test
