#include "AdminApi.h"

#include "Sandbox.h"
#include "faults/FaultInjector.h"
#include "http/HttpServer.h"
#include "payments/PaymentJson.h"
#include "platform/EventStream.h"
#include "platform/PlatformApi.h"
#include "platform/PlatformState.h"
#include "platform/TokenService.h"

#include <QJsonArray>

namespace paydesk::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

RouteOptions admin(const QString& name)
{
    return RouteOptions{name, RouteAuth::Admin, false, false};
}

} // namespace

AdminApi::AdminApi(Sandbox& sandbox)
    : m_sandbox(sandbox)
{
    m_sandbox.http().setAuthenticator(RouteAuth::Admin, [this](HttpRequest& r) { return authenticate(r); });
    addRoutes();
}

std::optional<HttpResponse> AdminApi::authenticate(HttpRequest& request) const
{
    if (!request.fromLoopback())
        return HttpResponse::error(403, QStringLiteral("FORBIDDEN"), QStringLiteral("Forbidden"),
                                   QStringLiteral("Admin endpoints answer loopback callers only."));
    QString token = request.bearerToken();
    if (token.isEmpty())
        token = QString::fromLatin1(request.header("X-Admin-Token").trimmed());
    // Pages opened in a browser (/outbox) cannot send a header: a GET may carry the token in
    // the query. Reads only, so a link cannot change anything; the sandbox logs paths, never
    // queries. Not a cookie or Basic auth, which a browser would attach to any site's requests.
    if (token.isEmpty() && request.method() == QHttpServerRequest::Method::Get)
        token = request.queryItem(QStringLiteral("token"));
    if (token.isEmpty() || token != m_sandbox.adminToken())
        return HttpResponse::error(401, QStringLiteral("ADMIN_TOKEN_REQUIRED"),
                                   QStringLiteral("Unauthorized"),
                                   QStringLiteral("Send the admin token printed at start-up."));
    return std::nullopt;
}

HttpResponse AdminApi::summary() const
{
    QJsonArray stores;
    const PlatformState& state = m_sandbox.state();
    for (const StoreInfo& s : state.stores()) {
        stores.append(QJsonObject{
            {QLatin1StringView("enterpriseId"), s.enterpriseId},
            {QLatin1StringView("storeId"), s.storeId},
            {QLatin1StringView("storeName"), s.storeName},
            {QLatin1StringView("payments"), state.paymentCount(s.enterpriseId, s.storeId)},
            {QLatin1StringView("latestSequence"), state.latestSequence(s.enterpriseId, s.storeId)},
            {QLatin1StringView("feedUrl"), m_sandbox.baseUrl().toString() + u'/' + s.enterpriseId + u'/' +
                                               s.storeId + QStringLiteral("/v1/payments")}});
    }
    QJsonObject calls;
    const auto counts = m_sandbox.http().callCounts();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        calls.insert(it.key(), it.value());
    QJsonObject faults;
    const auto all = m_sandbox.faults().all();
    for (auto it = all.begin(); it != all.end(); ++it)
        faults.insert(it.key(), it.value().toJson());
    return HttpResponse::json(QJsonObject{
        {QLatin1StringView("baseUrl"), m_sandbox.baseUrl().toString()},
        {QLatin1StringView("clientId"), m_sandbox.clientId()},
        {QLatin1StringView("partnerClientId"), m_sandbox.partnerClientId()},
        {QLatin1StringView("scenario"), m_sandbox.options().scenario},
        {QLatin1StringView("tokenLifetimeSeconds"), m_sandbox.tokens().tokenLifetimeSeconds()},
        {QLatin1StringView("tokensIssued"), m_sandbox.tokens().issuedCount()},
        {QLatin1StringView("streamConnections"), m_sandbox.stream().connectionCount()},
        {QLatin1StringView("stores"), stores},
        {QLatin1StringView("calls"), calls},
        {QLatin1StringView("faults"), faults},
    });
}

HttpResponse AdminApi::home() const
{
    // A landing page for people who open the base URL in a browser. No secrets here.
    const QString base = m_sandbox.baseUrl().toString();
    QString rows;
    for (const StoreInfo& s : m_sandbox.state().stores()) {
        rows += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td><code>%3/%4/%5/v1</code></td><td>%6</td><td>%7</td></tr>")
                    .arg(s.enterpriseName.toHtmlEscaped(), s.storeName.toHtmlEscaped(), base, s.enterpriseId,
                         s.storeId)
                    .arg(m_sandbox.state().paymentCount(s.enterpriseId, s.storeId))
                    .arg(m_sandbox.state().latestSequence(s.enterpriseId, s.storeId));
    }
    return HttpResponse::html(
        QStringLiteral(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>PayDesk sandbox</title>"
            "<style>body{font-family:sans-serif;margin:2em}td,th{padding:4px 10px;text-align:left}</style>"
            "</head><body><h1>PayDesk sandbox</h1><p>A local payments platform for PayDesk. Token URL: "
            "<code>%1/oauth/client_credential/accesstoken</code>. Scenario: %2.</p>"
            "<table><tr><th>Enterprise</th><th>Store</th><th>API prefix</th><th>Payments</th>"
            "<th>Sequence</th></tr>%3</table>"
            "<p>Sent emails and SMS: <code>/outbox?token=&lt;admin token&gt;</code>. Control: "
            "<code>/admin</code> (loopback, admin token printed at start-up).</p></body></html>")
            .arg(base, m_sandbox.options().scenario.toHtmlEscaped(), rows));
}

void AdminApi::addRoutes()
{
    HttpServer& http = m_sandbox.http();
    http.addRoute(Method::Get, QStringLiteral("/"),
                  RouteOptions{QStringLiteral("home"), RouteAuth::None, false, false},
                  [this](HttpRequest&) { return home(); });
    http.addRoute(Method::Get, QStringLiteral("/admin"), admin(QStringLiteral("admin.summary")),
                  [this](HttpRequest&) { return summary(); });
    http.addRoute(Method::Get, QStringLiteral("/admin/faults"), admin(QStringLiteral("admin.faults")),
                  [this](HttpRequest&) {
                      QJsonObject faults;
                      const auto all = m_sandbox.faults().all();
                      for (auto it = all.begin(); it != all.end(); ++it)
                          faults.insert(it.key(), it.value().toJson());
                      return HttpResponse::json(QJsonObject{{QLatin1StringView("faults"), faults}});
                  });
    http.addRoute(Method::Put, QStringLiteral("/admin/faults/{route}"),
                  admin(QStringLiteral("admin.faults.set")), [this](HttpRequest& r) {
                      auto body = r.jsonObject();
                      if (!body)
                          return body.error();
                      auto spec = FaultSpec::fromJson(body.value());
                      if (!spec)
                          return HttpResponse::errors(422, {{QStringLiteral("fault"), spec.error()}});
                      const QString route = r.param(QStringLiteral("route"));
                      m_sandbox.faults().set(route, spec.value());
                      return HttpResponse::json(QJsonObject{{QLatin1StringView("route"), route},
                                                            {QLatin1StringView("fault"), spec->toJson()}});
                  });
    http.addRoute(Method::Delete, QStringLiteral("/admin/faults/{route}"),
                  admin(QStringLiteral("admin.faults.clear")), [this](HttpRequest& r) {
                      m_sandbox.faults().clear(r.param(QStringLiteral("route")));
                      return HttpResponse::noContent();
                  });
    http.addRoute(Method::Delete, QStringLiteral("/admin/faults"),
                  admin(QStringLiteral("admin.faults.clearAll")), [this](HttpRequest&) {
                      m_sandbox.faults().clearAll();
                      return HttpResponse::noContent();
                  });
    http.addRoute(Method::Post, QStringLiteral("/admin/tokens/expire"),
                  admin(QStringLiteral("admin.tokens.expire")), [this](HttpRequest&) {
                      m_sandbox.tokens().expireAll();
                      return HttpResponse::noContent();
                  });
    http.addRoute(Method::Post, QStringLiteral("/admin/stream/close"),
                  admin(QStringLiteral("admin.stream.close")), [this](HttpRequest&) {
                      const int closed = m_sandbox.stream().closeAll();
                      return HttpResponse::json(QJsonObject{{QLatin1StringView("closed"), closed}});
                  });
    http.addRoute(Method::Post, QStringLiteral("/admin/payments/{paymentId}/force-status"),
                  admin(QStringLiteral("admin.payments.forceStatus")), [this](HttpRequest& r) {
                      auto body = r.jsonObject();
                      if (!body)
                          return body.error();
                      const QString status = body->value(QLatin1StringView("status")).toString().trimmed();
                      if (status.isEmpty())
                          return HttpResponse::errors(
                              422, {{QStringLiteral("status"), QStringLiteral("status is required.")}});
                      auto p =
                          m_sandbox.state().forceStatus(r.param(QStringLiteral("paymentId")), status,
                                                        body->value(QLatin1StringView("note")).toString());
                      if (!p)
                          return PlatformApi::errorResponse(p.error());
                      return HttpResponse::json(PaymentJson::paymentToJson(p.value(), true));
                  });
    http.addRoute(Method::Post, QStringLiteral("/admin/payments/{paymentId}/expire"),
                  admin(QStringLiteral("admin.payments.expire")), [this](HttpRequest& r) {
                      PlatformState& state = m_sandbox.state();
                      const auto p = state.paymentById(r.param(QStringLiteral("paymentId")));
                      if (!p)
                          return PlatformApi::errorResponse(
                              {PlatformError::Kind::NotFound, QStringLiteral("No such payment."), {}});
                      auto expired = state.expire(p->enterpriseId, p->storeId, p->paymentId);
                      if (!expired)
                          return PlatformApi::errorResponse(expired.error());
                      return HttpResponse::json(PaymentJson::paymentToJson(expired.value(), true));
                  });
    http.addRoute(Method::Post, QStringLiteral("/admin/expiry/sweep"),
                  admin(QStringLiteral("admin.expiry.sweep")), [this](HttpRequest&) {
                      const int expired = m_sandbox.state().sweepExpired();
                      return HttpResponse::json(QJsonObject{{QLatin1StringView("expired"), expired}});
                  });
}

} // namespace paydesk::sandbox
