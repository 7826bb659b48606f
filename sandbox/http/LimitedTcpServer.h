#pragma once

#include "HttpLimits.h"

#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace paydesk::sandbox {

class RequestGate;

/**
 * The listening socket of HttpServer: puts a RequestGate in front of every connection and
 * caps how many are open (HttpLimits::maxConnections).
 *
 * At the cap, a new connection closes the one that has waited longest without an answer
 * pending (kept alive since its last answer, or still dribbling its request in — the
 * slow-header attack); when every connection has an answer pending it is refused with 503.
 * Connections that became WebSocket streams no longer count.
 */
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit LimitedTcpServer(const HttpLimits& limits, QObject* parent = nullptr);

    /// Serve HTTPS: every connection becomes a QSslSocket in server mode with this
    /// configuration (the gate and the HTTP parser then see decrypted bytes only).
    void setTlsConfiguration(const QSslConfiguration& configuration) { m_tls = configuration; }

    /// Connects the gates' second handler. Call it from a slot connected to
    /// pendingConnectionAvailable after QAbstractHttpServer::bind(), so that it runs after
    /// the server has connected its parser to the new sockets.
    void attachAfterParser();
    /// Open HTTP connections that count towards the cap.
    int connectionCount() const { return int(m_gates.size()); }

protected:
    void incomingConnection(qintptr handle) override;

private:
    bool makeRoom();
    void refuse(QTcpSocket* socket);

    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QList<RequestGate*> m_gates;
    QList<RequestGate*> m_unattached;
};

} // namespace paydesk::sandbox
