#pragma once

#include "HttpClient.h"

#include <QList>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

class QWebSocket;

namespace paydesk {

/**
 * The rules of the live push channel (a WebSocket, DESIGN.md "Data flow" 2), taken from the
 * same HttpClient::Options the connection's HttpClient is made with, so both transports trust
 * the same CAs and refuse the same URLs:
 *
 * - TLS verification always on, with the system CAs plus the operator-trusted ones
 *   (HttpClient::sslConfiguration());
 * - wss:// anywhere; plain ws:// only to loopback and only when plain http is allowed
 *   (HttpClient::isAllowedUrl(), Options::allowPlainHttpToLoopback);
 * - the HTTP client's transfer timeout for the opening handshake;
 * - incoming frames and messages capped at Options::maxMessageBytes: Qt refuses a larger frame
 *   from its header, before reading the payload, and closes the channel with 1009.
 *
 * It holds no connection itself: createSocket() hands out a configured QWebSocket for the
 * caller (SyncEngine) to own, and openRequest() the request to open it with.
 *
 * @code
 * PushChannel push(httpOptions);          // the options the HttpClient was made with
 * if (push.allows(url)) {
 *     m_socket = push.createSocket();
 *     connect(m_socket.get(), …);
 *     m_socket->open(push.openRequest(url, token));
 * }
 * @endcode
 */
class PushChannel
{
public:
    struct Options
    {
        /// Largest push message (and frame) accepted; a larger one closes the channel. One change
        /// record is a few KiB. Values under 1 KiB are raised to 1 KiB.
        qint64 maxMessageBytes = qint64(1) * 1024 * 1024;
    };

    /// `transport`: the options of the connection's HttpClient.
    explicit PushChannel(const HttpClient::Options& transport);
    PushChannel(const HttpClient::Options& transport, Options options);

    /// Whether `url` may be opened: wss:// anywhere, ws:// only to loopback when allowed.
    bool allows(const QUrl& url) const;
    /// A new, unopened socket with the TLS configuration and the size limits set.
    std::unique_ptr<QWebSocket> createSocket() const;
    /// The request that opens `url` with a bearer token and the transfer timeout.
    QNetworkRequest openRequest(const QUrl& url, const QString& bearerToken) const;
    /**
     * The HTTP status with which the server refused the opening handshake of `socket` (401 for
     * an expired token), or 0 when it did not answer the handshake with a status. Qt 6.4 only
     * says so in its error text ("Unhandled http status code: 401 (Unauthorized)").
     */
    static int refusedHandshakeStatus(const QWebSocket& socket);

    qint64 maxMessageBytes() const { return m_maxMessageBytes; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    bool allowsPlainToLoopback() const { return m_allowPlainToLoopback; }
    const QList<QSslCertificate>& trustedCaCertificates() const { return m_trustedCas; }

private:
    QList<QSslCertificate> m_trustedCas;
    bool m_allowPlainToLoopback = false;
    int m_transferTimeoutMs = 30000;
    qint64 m_maxMessageBytes = 0;
};

} // namespace paydesk
