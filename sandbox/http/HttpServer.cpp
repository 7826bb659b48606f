#include "HttpServer.h"

#include "LimitedTcpServer.h"
#include "RequestGate.h"
#include "SandboxLogging.h"
#include "faults/FaultInjector.h"
#include "platform/IdempotencyStore.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace paydesk::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

bool isWebSocketUpgrade(const QHttpServerRequest& request)
{
    return request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

QString peerKey(const QHostAddress& address, quint16 port)
{
    return address.toString() + u'|' + QString::number(port);
}

const QByteArray kHtmlLoginPage = "<!DOCTYPE html><html><head><title>Sign in</title></head><body>"
                                  "<h1>Sign in</h1><form method=\"post\" action=\"/login\">"
                                  "<input name=\"user\"><input name=\"password\" type=\"password\">"
                                  "<button>Sign in</button></form></body></html>";

} // namespace

HttpServer::HttpServer(QObject* parent)
    : QAbstractHttpServer(parent)
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &HttpServer::onNewWebSocket);
}

HttpServer::~HttpServer() = default;

quint16 HttpServer::listenOn(const QHostAddress& address, quint16 port)
{
    auto* tcp = new LimitedTcpServer(m_limits, this);
    if (m_tls)
        tcp->setTlsConfiguration(*m_tls);
    if (!tcp->listen(address, port)) {
        m_error = tcp->errorString();
        delete tcp;
        return 0;
    }
    bind(tcp);
    // Connected after bind(): runs after the server has connected its parser to new sockets.
    connect(tcp, &QTcpServer::pendingConnectionAvailable, tcp, &LimitedTcpServer::attachAfterParser);
    return tcp->serverPort();
}

void HttpServer::addRoute(QHttpServerRequest::Method method, const QString& pattern,
                          const RouteOptions& options, Handler handler)
{
    Route r;
    r.method = method;
    r.segments = pattern.split(u'/', Qt::SkipEmptyParts);
    for (const QString& s : std::as_const(r.segments))
        r.literalCount += s.startsWith(u'{') ? 0 : 1;
    r.options = options;
    r.handler = std::move(handler);
    m_routes.append(std::move(r));
}

void HttpServer::addWebSocketRoute(const QString& pattern, const RouteOptions& options,
                                   WebSocketHandler handler)
{
    Route r;
    r.method = QHttpServerRequest::Method::Get;
    r.segments = pattern.split(u'/', Qt::SkipEmptyParts);
    for (const QString& s : std::as_const(r.segments))
        r.literalCount += s.startsWith(u'{') ? 0 : 1;
    r.options = options;
    r.wsHandler = std::move(handler);
    m_routes.append(std::move(r));
}

void HttpServer::setAuthenticator(RouteAuth auth, Authenticator authenticator)
{
    m_authenticators.insert(auth, std::move(authenticator));
}

const HttpServer::Route* HttpServer::match(const QString& path, QHttpServerRequest::Method method,
                                           bool websocket, QHash<QString, QString>* params,
                                           bool* pathKnown) const
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const Route* best = nullptr;
    QHash<QString, QString> bestParams;
    for (const Route& r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QHash<QString, QString> captured;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString& seg = r.segments.at(i);
            if (seg.startsWith(u'{'))
                captured.insert(seg.mid(1, seg.size() - 2), parts.at(i));
            else
                ok = seg == parts.at(i);
        }
        if (!ok)
            continue;
        if (pathKnown)
            *pathKnown = true;
        if (r.method != method || bool(r.wsHandler) != websocket)
            continue;
        if (!best || r.literalCount > best->literalCount) {
            best = &r;
            bestParams = captured;
        }
    }
    if (best && params)
        *params = bestParams;
    return best;
}

HttpResponse HttpServer::run(const Route& route, HttpRequest& request)
{
    if (route.options.auth != RouteAuth::None) {
        const auto auth = m_authenticators.value(route.options.auth);
        if (!auth)
            return HttpResponse::error(500, QStringLiteral("NO_AUTHENTICATOR"),
                                       QStringLiteral("Server error"),
                                       QStringLiteral("No authenticator configured."));
        if (auto rejection = auth(request))
            return *rejection;
    }
    if (!route.options.idempotent || !m_idempotency)
        return route.handler(request);

    const QString key = QString::fromLatin1(request.header("Idempotency-Key").trimmed());
    if (key.isEmpty() && route.options.keyOptional)
        return route.handler(request);
    if (key.isEmpty())
        return HttpResponse::error(
            400, QStringLiteral("IDEMPOTENCY_KEY_REQUIRED"), QStringLiteral("Bad request"),
            QStringLiteral("This write needs an Idempotency-Key header."), QStringLiteral("Idempotency-Key"));
    if (key.size() > 255)
        return HttpResponse::error(400, QStringLiteral("IDEMPOTENCY_KEY_INVALID"),
                                   QStringLiteral("Bad request"),
                                   QStringLiteral("The Idempotency-Key is longer than 255 characters."),
                                   QStringLiteral("Idempotency-Key"));
    const QString scope = request.principal().clientId;
    const QByteArray fp =
        IdempotencyStore::fingerprint(methodName(request.method()), request.path(), request.body());
    auto begin = m_idempotency->begin(scope, key, fp);
    switch (begin.outcome) {
    case IdempotencyStore::Outcome::Replay:
        return begin.replay;
    case IdempotencyStore::Outcome::InFlight:
        return HttpResponse::error(
            409, QStringLiteral("IDEMPOTENCY_KEY_IN_USE"), QStringLiteral("Conflict"),
            QStringLiteral("A request with this Idempotency-Key is still being processed."),
            QStringLiteral("Idempotency-Key"));
    case IdempotencyStore::Outcome::Mismatch:
        return HttpResponse::error(422, QStringLiteral("IDEMPOTENCY_KEY_REUSED"),
                                   QStringLiteral("Unprocessable request"),
                                   QStringLiteral("This Idempotency-Key was used with a different request."),
                                   QStringLiteral("Idempotency-Key"));
    case IdempotencyStore::Outcome::Proceed:
        break;
    }
    HttpResponse response = route.handler(request);
    m_idempotency->complete(scope, key, response);
    QPointer<IdempotencyStore> store(m_idempotency);
    auto previous = std::move(response.onFinished);
    response.onFinished = [store, scope, key, previous]() {
        if (store)
            store->release(scope, key);
        if (previous)
            previous();
    };
    return response;
}

bool HttpServer::hostAllowed(const QHttpServerRequest& request, const QTcpSocket* socket)
{
    const QByteArray host = request.value("host").trimmed().toLower();
    const quint16 port = socket->localPort();
    const QByteArray suffix = ':' + QByteArray::number(port);
    for (const QByteArray& name : {QByteArray("127.0.0.1"), QByteArray("localhost"), QByteArray("[::1]")}) {
        if (host == name + suffix || (port == 80 && host == name))
            return true;
    }
    return false;
}

bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const bool websocket = isWebSocketUpgrade(request);
    if (!hostAllowed(request, socket)) {
        // The name is not logged: it is whatever the caller chose to send.
        qCDebug(lcSandboxHttp).noquote() << methodName(request.method()) << request.url().path()
                                         << "-> 421 (Host is not this loopback address)";
        m_rejection = HttpResponse::error(
            421, QStringLiteral("MISDIRECTED_REQUEST"), QStringLiteral("Misdirected request"),
            QStringLiteral("This server answers only requests addressed to 127.0.0.1, localhost or [::1] "
                           "with its port."));
        return false; // missingHandler answers
    }
    QHash<QString, QString> params;
    bool pathKnown = false;
    const Route* route = match(request.url().path(), request.method(), websocket, &params, &pathKnown);
    if (!route) {
        if (websocket)
            m_rejection = HttpResponse::error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Not found"),
                                              QStringLiteral("No WebSocket endpoint here."));
        else if (pathKnown)
            m_rejection = HttpResponse::error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                              QStringLiteral("Method not allowed"),
                                              QStringLiteral("This path does not accept %1.")
                                                  .arg(QString::fromLatin1(methodName(request.method()))));
        return false; // missingHandler answers
    }
    m_callCounts[route->options.name] += 1;

    FaultDecision fault;
    if (route->options.faults && m_faults)
        fault = m_faults->decide(route->options.name);

    if (websocket) {
        HttpRequest req(request, params);
        std::optional<HttpResponse> rejection;
        if (fault.action == FaultDecision::Action::Drop) {
            // Returning true would hand the dead socket to QWebSocketServer: refuse instead,
            // and let missingHandler know there is nothing left to answer.
            socket->abort();
            m_dropped = true;
            return false;
        }
        if (fault.action == FaultDecision::Action::ServerError ||
            fault.action == FaultDecision::Action::RateLimited) {
            rejection = HttpResponse::error(
                fault.status, QStringLiteral("FAULT_INJECTED"), QStringLiteral("Service unavailable"),
                QStringLiteral("The push channel is unavailable (injected fault)."));
            if (!fault.retryAfter.isEmpty())
                rejection->withHeader("Retry-After", fault.retryAfter);
        } else if (fault.action == FaultDecision::Action::TokenExpired) {
            rejection = HttpResponse::fault(QStringLiteral("Access Token expired"),
                                            QStringLiteral("keymanagement.service.access_token_expired"));
        } else if (route->options.auth != RouteAuth::None) {
            const auto auth = m_authenticators.value(route->options.auth);
            rejection = auth ? auth(req)
                             : std::optional<HttpResponse>(
                                   HttpResponse::fault(QStringLiteral("Invalid Access Token"),
                                                       QStringLiteral("oauth.v2.InvalidAccessToken")));
        }
        if (rejection) {
            m_rejection = std::move(rejection);
            return false; // missingHandler writes the refusal, then Qt closes the socket
        }
        m_upgradePrincipals.insert(peerKey(socket->peerAddress(), socket->peerPort()), req.principal());
        if (RequestGate* gate = RequestGate::of(socket))
            gate->release(); // a push channel is long-lived by design: no HTTP timers
        return true;         // QWebSocketServer takes the socket over
    }

    auto responder = makeResponder(request, socket);
    HttpResponse response;
    switch (fault.action) {
    case FaultDecision::Action::Drop:
        if (!fault.dropAfterHandling) {
            qCDebug(lcSandboxHttp) << "fault: dropping" << route->options.name;
            socket->abort();
            return true;
        }
        break;
    case FaultDecision::Action::ServerError:
        response = HttpResponse::error(fault.status, QStringLiteral("FAULT_INJECTED"),
                                       QStringLiteral("Server error"),
                                       QStringLiteral("An injected server error. Try again."));
        respond(std::move(responder), socket, std::move(response), fault.latencyMs, false);
        return true;
    case FaultDecision::Action::RateLimited:
        response =
            HttpResponse::error(429, QStringLiteral("RATE_LIMITED"), QStringLiteral("Too many requests"),
                                QStringLiteral("Slow down; see Retry-After."));
        response.withHeader("Retry-After", fault.retryAfter);
        respond(std::move(responder), socket, std::move(response), fault.latencyMs, false);
        return true;
    case FaultDecision::Action::MalformedJson:
        response.body = R"({"payments":[{"paymentId":"broken","amount":{"value":12)";
        respond(std::move(responder), socket, std::move(response), fault.latencyMs, false);
        return true;
    case FaultDecision::Action::HtmlPage:
        response.contentType = "text/html; charset=utf-8";
        response.body = kHtmlLoginPage;
        respond(std::move(responder), socket, std::move(response), fault.latencyMs, false);
        return true;
    case FaultDecision::Action::TokenExpired:
        response = HttpResponse::fault(QStringLiteral("Access Token expired"),
                                       QStringLiteral("keymanagement.service.access_token_expired"));
        respond(std::move(responder), socket, std::move(response), fault.latencyMs, false);
        return true;
    case FaultDecision::Action::None:
        break;
    }

    HttpRequest req(request, params);
    response = run(*route, req);
    // Paths only: queries may carry tokens (access_token) and bodies personal data.
    qCDebug(lcSandboxHttp).noquote() << methodName(request.method()) << request.url().path() << "->"
                                     << response.status << route->options.name;
    respond(std::move(responder), socket, std::move(response), fault.latencyMs,
            fault.action == FaultDecision::Action::Drop);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (std::exchange(m_dropped, false))
        return;
    HttpResponse response =
        m_rejection ? *m_rejection
                    : HttpResponse::error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Not found"),
                                          QStringLiteral("No such endpoint."));
    m_rejection.reset();
    auto responder = makeResponder(request, socket);
    write(responder, response);
}

void HttpServer::respond(QHttpServerResponder&& responder, QTcpSocket* socket, HttpResponse response,
                         int latencyMs, bool dropAfter)
{
    if (latencyMs <= 0) {
        if (dropAfter)
            socket->abort();
        else
            write(responder, response);
        if (response.onFinished)
            response.onFinished();
        return;
    }
    // Hold the answer back: keep the responder, and write only if the socket still exists.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(latencyMs, this, [held, guard, response = std::move(response), dropAfter]() {
        if (guard && guard->state() == QAbstractSocket::ConnectedState) {
            if (dropAfter)
                guard->abort();
            else
                write(*held, response);
        }
        if (response.onFinished)
            response.onFinished();
    });
}

void HttpServer::write(QHttpServerResponder& responder, const HttpResponse& response)
{
    QTcpSocket* socket = responder.socket();
    if (!socket || !socket->isOpen())
        return;
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto& h : response.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(response.body);
    if (RequestGate* gate = RequestGate::of(socket))
        gate->answered();
}

void HttpServer::onNewWebSocket()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> ws = nextPendingWebSocketConnection();
        if (!ws)
            break;
        const Principal principal = m_upgradePrincipals.take(peerKey(ws->peerAddress(), ws->peerPort()));
        QHash<QString, QString> params;
        const Route* route =
            match(ws->requestUrl().path(), QHttpServerRequest::Method::Get, true, &params, nullptr);
        if (!route) {
            ws->close(QWebSocketProtocol::CloseCodePolicyViolated);
            continue;
        }
        route->wsHandler(std::move(ws), params, principal);
    }
}

} // namespace paydesk::sandbox
