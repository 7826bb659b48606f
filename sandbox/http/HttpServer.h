#pragma once

#include "HttpLimits.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QWebSocket>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;

namespace paydesk::sandbox {

class FaultInjector;
class IdempotencyStore;

/// Which check a route needs before its handler runs.
enum class RouteAuth
{
    None,     ///< public (token endpoint, pay page, the simulated partner's own endpoints)
    Platform, ///< `Authorization: Bearer` with a platform access token (401 + Apigee fault otherwise)
    Admin,    ///< loopback only and the admin token (`Authorization: Bearer` or `X-Admin-Token`)
};

struct RouteOptions
{
    /// Name used by fault switches and logs ("payments.initiate", "partner.webhook").
    QString name;
    RouteAuth auth = RouteAuth::None;
    /// A write that needs an Idempotency-Key (400 without one; replay / 409 / 422 per the IETF draft).
    bool idempotent = false;
    /// Whether FaultInjector switches apply (never for admin routes).
    bool faults = true;
    /**
     * With `idempotent`: a request without an Idempotency-Key is run as it is instead of refused
     * with 400 (the route's repeat must be harmless); a key that is sent is honoured as usual.
     */
    bool keyOptional = false;
};

/**
 * The sandbox's HTTP server: a QAbstractHttpServer with a small router of its own.
 *
 * Why not QHttpServer::route(): the sandbox needs one place where every call passes through
 * auth, idempotency and fault injection, a WebSocket upgrade that can be refused with a
 * proper 401, and answers that can be held back (latency) or dropped (connection reset).
 *
 * Handlers answer synchronously (QtHttpServer 6.4 has no asynchronous handler API); slow or
 * scripted behaviour is done with timers that change state. Only the fault layer delays an
 * answer: it keeps the responder and writes it from a timer if the socket still exists
 * (in 6.4 the responder only holds the socket, and the request object lives as long as the
 * socket does).
 *
 * Every connection passes a RequestGate first (HttpLimits: header and body size, timers,
 * the connection cap), and every request must be addressed to the loopback name it was
 * sent to (see hostAllowed()).
 *
 * Patterns are paths whose segments are literals or `{name}` captures:
 * `/{enterpriseId}/{storeId}/v1/payments/{paymentId}`. Among matching routes the one with
 * the most literal segments wins.
 */
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(HttpRequest& request)>;
    using WebSocketHandler =
        std::function<void(std::unique_ptr<QWebSocket> socket, const QHash<QString, QString>& params,
                           const Principal& principal)>;
    /// Returns a rejection, or nothing after setting the request's principal.
    using Authenticator = std::function<std::optional<HttpResponse>(HttpRequest& request)>;

    explicit HttpServer(QObject* parent = nullptr);
    ~HttpServer() override;

    void addRoute(QHttpServerRequest::Method method, const QString& pattern, const RouteOptions& options,
                  Handler handler);
    /// A WebSocket endpoint; the upgrade is refused (401, 404…) when auth or faults say so.
    void addWebSocketRoute(const QString& pattern, const RouteOptions& options, WebSocketHandler handler);

    void setAuthenticator(RouteAuth auth, Authenticator authenticator);
    void setFaultInjector(FaultInjector* faults) { m_faults = faults; }
    void setIdempotencyStore(IdempotencyStore* store) { m_idempotency = store; }
    /// Applies to servers created by later listenOn() calls.
    void setLimits(const HttpLimits& limits) { m_limits = limits; }
    /// Serve HTTPS with this configuration on servers created by later listenOn() calls.
    void setTlsConfiguration(const QSslConfiguration& configuration) { m_tls = configuration; }
    bool isTls() const { return m_tls.has_value(); }
    const HttpLimits& limits() const { return m_limits; }

    /**
     * Listens on `address:port` through a LimitedTcpServer created here and handed to bind() —
     * the form that keeps working when Qt later changes listen(). Port 0 picks a free port.
     * Returns the port, 0 on failure (see errorString()).
     */
    quint16 listenOn(const QHostAddress& address, quint16 port);
    QString errorString() const { return m_error; }

    /// Number of calls answered so far, per route name (for tests and the admin summary).
    QHash<QString, int> callCounts() const { return m_callCounts; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Route
    {
        QHttpServerRequest::Method method;
        QStringList segments;
        int literalCount = 0;
        RouteOptions options;
        Handler handler;
        WebSocketHandler wsHandler;
    };

    const Route* match(const QString& path, QHttpServerRequest::Method method, bool websocket,
                       QHash<QString, QString>* params, bool* pathKnown) const;
    HttpResponse run(const Route& route, HttpRequest& request);
    void respond(QHttpServerResponder&& responder, QTcpSocket* socket, HttpResponse response, int latencyMs,
                 bool dropAfter);
    static void write(QHttpServerResponder& responder, const HttpResponse& response);
    /**
     * Whether the Host header names the loopback address and port the request came in on
     * (127.0.0.1, localhost or [::1]). Checked for every route: a web page whose name was
     * rebound to 127.0.0.1 (DNS rebinding) would otherwise reach the admin routes, the pay
     * pages and, with the well-known demo credentials, the platform API. Every real caller
     * (PayDesk's HttpClient, QWebSocket, a browser on the printed URL, the sandbox's own
     * webhooks) sends the loopback name it connected to.
     */
    static bool hostAllowed(const QHttpServerRequest& request, const QTcpSocket* socket);
    void onNewWebSocket();

    QList<Route> m_routes;
    QHash<RouteAuth, Authenticator> m_authenticators;
    FaultInjector* m_faults = nullptr;
    IdempotencyStore* m_idempotency = nullptr;
    std::optional<HttpResponse> m_rejection;
    bool m_dropped = false;
    /// Principals of accepted upgrades, by the socket that QWebSocketServer takes over.
    QHash<QString, Principal> m_upgradePrincipals;
    QHash<QString, int> m_callCounts;
    QString m_error;
    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace paydesk::sandbox
