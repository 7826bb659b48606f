#include "LimitedTcpServer.h"

#include "HttpResponse.h"
#include "RequestGate.h"
#include "SandboxLogging.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace paydesk::sandbox {

LimitedTcpServer::LimitedTcpServer(const HttpLimits& limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
}

void LimitedTcpServer::incomingConnection(qintptr handle)
{
    // As QTcpServer does it, with the gate connected before the server's parser.
    QTcpSocket* socket = nullptr;
    if (m_tls) {
        auto* ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*m_tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        // A failed handshake (a plain-HTTP client, an untrusting client) just ends the connection.
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl](const QList<QSslError>&) { ssl->abort(); });
        ssl->startServerEncryption();
    }
    if (m_gates.size() >= m_limits.maxConnections && !makeRoom()) {
        refuse(socket);
        return;
    }
    auto* gate = new RequestGate(socket, m_limits);
    m_gates.append(gate);
    m_unattached.append(gate);
    auto forget = [this, gate] {
        m_gates.removeOne(gate);
        m_unattached.removeOne(gate);
    };
    connect(gate, &RequestGate::retired, this, forget);
    connect(gate, &QObject::destroyed, this, forget);
    addPendingConnection(socket);
}

void LimitedTcpServer::attachAfterParser()
{
    for (RequestGate* gate : std::as_const(m_unattached))
        gate->attachAfterParser();
    m_unattached.clear();
}

bool LimitedTcpServer::makeRoom()
{
    RequestGate* oldest = nullptr;
    for (RequestGate* gate : std::as_const(m_gates)) {
        if (gate->canBeClosed() && (!oldest || gate->waitingSince() < oldest->waitingSince()))
            oldest = gate;
    }
    if (!oldest)
        return false;
    oldest->evict(); // retires it: it no longer counts
    return true;
}

void LimitedTcpServer::refuse(QTcpSocket* socket)
{
    qCDebug(lcSandboxHttp) << "connection limit reached: refusing a connection";
    HttpResponse busy = HttpResponse::error(503, QStringLiteral("TOO_MANY_CONNECTIONS"),
                                            QStringLiteral("Service unavailable"),
                                            QStringLiteral("Too many open connections. Try again."));
    busy.withHeader("Retry-After", "1");
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A peer that does not read its answer must not keep the socket.
    QTimer::singleShot(m_limits.requestTimeoutMs, socket, [socket] { socket->abort(); });
    socket->write(busy.toClosingWire("Service Unavailable"));
    socket->disconnectFromHost();
}

} // namespace paydesk::sandbox
