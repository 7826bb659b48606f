#include "RequestGate.h"

#include "HttpResponse.h"
#include "SandboxLogging.h"

#include <QTcpSocket>

#include <atomic>

namespace paydesk::sandbox {

namespace {

bool isLeadingWhitespace(char c)
{
    // What Qt's parser skips before a request line (left over from a previous request).
    return c == '\v' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
}

} // namespace

RequestGate::RequestGate(QTcpSocket* socket, const HttpLimits& limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestGate::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestGate::beforeParser);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_timer.stop();
        if (!std::exchange(m_retired, true))
            Q_EMIT retired(this);
    });
    startWaiting();
    // A connection that never sends a byte gets as long as a request would.
    m_timer.start(m_limits.requestTimeoutMs);
}

RequestGate* RequestGate::of(const QTcpSocket* socket)
{
    auto* gate = socket ? socket->findChild<RequestGate*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    return gate && gate->m_socket ? gate : nullptr;
}

void RequestGate::attachAfterParser()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestGate::afterParser, Qt::UniqueConnection);
}

void RequestGate::beforeParser()
{
    if (m_phase == Phase::Closing) {
        m_socket->skip(m_socket->bytesAvailable()); // the parser never sees what follows a refusal
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available <= m_scannedAhead)
        return;
    const QByteArray data = m_socket->peek(available);
    qsizetype i = qsizetype(m_scannedAhead);
    while (i < data.size()) {
        switch (m_phase) {
        case Phase::Between:
            startRequest();
            break;
        case Phase::Header: {
            const char c = data.at(i++);
            if (++m_headerBytes > m_limits.maxHeaderBytes) {
                refuse(431, "Request Header Fields Too Large", "HEADER_TOO_LARGE",
                       "The request line and headers are larger than this server accepts.");
                return;
            }
            if (!m_lineStarted && isLeadingWhitespace(c))
                break;
            m_lineStarted = true;
            m_header.append(c);
            if (c == '\n' && (m_header.endsWith("\n\n") || m_header.endsWith("\n\r\n")) && !headerComplete())
                return;
            break;
        }
        case Phase::Body: {
            const qint64 take = std::min<qint64>(m_bodyLeft, data.size() - i);
            i += qsizetype(take);
            m_bodyLeft -= take;
            if (m_bodyLeft == 0)
                requestComplete();
            break;
        }
        case Phase::Closing:
            return;
        }
    }
    m_scannedAhead = available;
}

void RequestGate::afterParser()
{
    // The parser reads from the front; whatever it left unread was scanned before it ran.
    m_scannedAhead = std::min(m_scannedAhead, m_socket->bytesAvailable());
}

void RequestGate::startRequest()
{
    m_phase = Phase::Header;
    m_header.clear();
    m_headerBytes = 0;
    m_lineStarted = false;
    m_timer.start(m_limits.requestTimeoutMs);
}

bool RequestGate::headerComplete()
{
    bool haveLength = false;
    bool lengthOk = false;
    quint64 length = 0;
    bool chunked = false;
    const QList<QByteArray> lines = m_header.split('\n');
    for (qsizetype n = 1; n < lines.size(); ++n) { // [0] is the request line
        const QByteArray& line = lines.at(n);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length" && !haveLength) {
            haveLength = true; // Qt's parser uses the first one too
            length = value.toULongLong(&lengthOk);
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            chunked = true;
        }
    }
    m_header.clear();
    if (chunked) {
        refuse(411, "Length Required", "LENGTH_REQUIRED",
               "Send the body with a Content-Length; chunked request bodies are not accepted.");
        return false;
    }
    if (lengthOk && length > quint64(m_limits.maxBodyBytes)) {
        refuse(413, "Content Too Large", "BODY_TOO_LARGE",
               "The request body is larger than this server accepts.");
        return false;
    }
    if (lengthOk && length > 0) {
        m_phase = Phase::Body;
        m_bodyLeft = qint64(length);
        m_timer.start(m_limits.requestTimeoutMs);
        return true;
    }
    requestComplete();
    return true;
}

void RequestGate::requestComplete()
{
    m_phase = Phase::Between;
    ++m_pending;
    m_timer.stop(); // never close while an answer is pending (latency faults hold answers back)
}

void RequestGate::answered()
{
    if (m_phase == Phase::Closing)
        return;
    if (m_pending > 0)
        --m_pending;
    if (m_pending == 0 && m_phase == Phase::Between) {
        startWaiting();
        m_timer.start(m_limits.idleTimeoutMs);
    }
}

void RequestGate::release()
{
    m_timer.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket = nullptr;
    if (!std::exchange(m_retired, true))
        Q_EMIT retired(this);
    deleteLater();
}

bool RequestGate::canBeClosed() const
{
    return m_phase != Phase::Closing && m_pending == 0;
}

void RequestGate::evict()
{
    qCDebug(lcSandboxHttp) << "connection limit: closing the longest-waiting connection";
    close();
}

void RequestGate::refuse(int status, const QByteArray& reason, const QByteArray& errorCode,
                         const QByteArray& message)
{
    qCDebug(lcSandboxHttp) << "refusing a request:" << status << errorCode;
    m_socket->write(HttpResponse::error(status, QString::fromLatin1(errorCode), QString::fromLatin1(reason),
                                        QString::fromLatin1(message))
                        .toClosingWire(reason));
    close();
}

void RequestGate::close()
{
    m_phase = Phase::Closing;
    m_socket->skip(m_socket->bytesAvailable());
    m_scannedAhead = 0;
    if (!std::exchange(m_retired, true))
        Q_EMIT retired(this);
    // A peer that does not read its answer must not keep the socket: abort after a while.
    m_timer.start(m_limits.requestTimeoutMs);
    m_socket->disconnectFromHost();
}

void RequestGate::startWaiting()
{
    // A counter rather than a clock: two connections never tie. Atomic: sandboxes may run in
    // several threads.
    static std::atomic<quint64> next{0};
    m_waitingSince = ++next;
}

void RequestGate::onTimeout()
{
    switch (m_phase) {
    case Phase::Header:
    case Phase::Body:
        refuse(408, "Request Timeout", "REQUEST_TIMEOUT", "The request did not arrive in time.");
        break;
    case Phase::Between:
        close(); // kept alive, or never used: nothing to say
        break;
    case Phase::Closing:
        m_socket->abort();
        break;
    }
}

} // namespace paydesk::sandbox
