#pragma once

#include "HttpLimits.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace paydesk::sandbox {

/**
 * One HTTP connection's guard: follows the framing of what the client sends and enforces
 * HttpLimits before Qt's request parser sees a byte.
 *
 * Why a guard in front of the parser: QAbstractHttpServer (Qt 6.4) reads whatever arrives,
 * keeps a whole request in memory (in the socket's transaction and again as the body), and
 * has no size limit and no timer. It connects to the socket's readyRead when LimitedTcpServer
 * hands the connection over. The gate connects one handler before that (scan the bytes that
 * are new, refuse early) and one after it (remember how many of the bytes the parser left
 * unread the gate has already scanned). A refusal writes its answer, hides every further byte
 * from the parser and closes the connection.
 *
 * The framing follows Qt's parser: whitespace before a request line is skipped, the header
 * ends at an empty line (CRLF or LF), the first Content-Length gives the body. Handlers
 * answer synchronously and do not spin event loops, so no bytes arrive between the two
 * handlers.
 *
 * Timers: a request (header, then body) must arrive within requestTimeoutMs of its first
 * byte (408 otherwise); a kept-alive connection with nothing pending is closed after
 * idleTimeoutMs; nothing runs while an answer is pending (latency faults hold answers back).
 */
class RequestGate : public QObject
{
    Q_OBJECT

public:
    /// Becomes a child of `socket` and connects its first readyRead handler: create it before
    /// the server connects its own.
    RequestGate(QTcpSocket* socket, const HttpLimits& limits);

    /// The gate of a socket, or nullptr (released, or never guarded).
    static RequestGate* of(const QTcpSocket* socket);

    QTcpSocket* socket() const { return m_socket; }
    /// Connects the handler that runs after the parser's; call once the server has connected its own.
    void attachAfterParser();
    /// An answer has been written; with nothing else pending the idle timer starts.
    void answered();
    /// The socket leaves HTTP (an accepted WebSocket upgrade): no more limits or timers.
    void release();
    /// No answer is pending: the connection waits for (or is receiving) a request.
    bool canBeClosed() const;
    /// When the connection began its current wait (accepted, or its last answer written), as
    /// a count over all gates: lower = waiting longer.
    quint64 waitingSince() const { return m_waitingSince; }
    /// Closes a connection that has no answer pending, to make room for a new one.
    void evict();

Q_SIGNALS:
    /// The connection no longer counts towards the cap (released, closing or gone).
    void retired(paydesk::sandbox::RequestGate* gate);

private:
    enum class Phase
    {
        Between, ///< no byte of the next request yet
        Header,  ///< request line and headers
        Body,    ///< Content-Length bytes
        Closing, ///< refused or timed out: everything else is ignored
    };

    void beforeParser();
    void afterParser();
    void startRequest();
    /// false when the request was refused.
    bool headerComplete();
    void requestComplete();
    void refuse(int status, const QByteArray& reason, const QByteArray& errorCode, const QByteArray& message);
    void close();
    void onTimeout();
    void startWaiting();

    QTcpSocket* m_socket;
    HttpLimits m_limits;
    Phase m_phase = Phase::Between;
    /// Bytes at the front of the socket's unread data that were already scanned.
    qint64 m_scannedAhead = 0;
    QByteArray m_header;
    qsizetype m_headerBytes = 0;
    bool m_lineStarted = false;
    qint64 m_bodyLeft = 0;
    /// Requests complete on the wire whose answer has not been written yet.
    int m_pending = 0;
    bool m_retired = false;
    quint64 m_waitingSince = 0;
    QTimer m_timer;
};

} // namespace paydesk::sandbox
