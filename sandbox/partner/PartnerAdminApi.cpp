#include "PartnerAdminApi.h"

#include "MessageOutbox.h"
#include "PartnerRegistry.h"
#include "Sandbox.h"
#include "WebhookDispatcher.h"
#include "http/HttpServer.h"

#include <QJsonArray>

namespace paydesk::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

RouteOptions admin(const QString& name)
{
    return RouteOptions{name, RouteAuth::Admin, false, false};
}

} // namespace

PartnerAdminApi::PartnerAdminApi(Sandbox& sandbox, PartnerRegistry& registry, WebhookDispatcher& dispatcher,
                                 MessageOutbox& outbox)
    : m_sandbox(sandbox)
    , m_registry(registry)
    , m_dispatcher(dispatcher)
    , m_outbox(outbox)
{
    addRoutes();
}

HttpResponse PartnerAdminApi::registerPartner(const HttpRequest& r)
{
    auto body = r.jsonObject();
    if (!body)
        return body.error();
    const QJsonObject& b = body.value();
    QList<HttpResponse::FieldProblem> problems;
    auto text = [&](QLatin1StringView key) {
        const QJsonValue v = b.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            problems.append({QString(key), QStringLiteral("%1 must be text.").arg(QString(key))});
        return v.toString();
    };
    PartnerConfig c;
    c.webhookUrl = text(QLatin1StringView("webhookUrl"));
    c.authUrl = text(QLatin1StringView("authUrl"));
    c.clientId = text(QLatin1StringView("clientId"));
    c.clientSecret = text(QLatin1StringView("clientSecret"));
    c.audience = text(QLatin1StringView("audience"));
    if (!problems.isEmpty())
        return HttpResponse::errors(422, problems);
    auto added = m_registry.add(c);
    if (!added) {
        const QString field = added.error().section(u' ', 0, 0);
        return HttpResponse::errors(422, {{field, added.error()}});
    }
    QJsonObject json = added->toJson();
    json.insert(QLatin1StringView("testEventId"), m_dispatcher.lastTestEventId(added->id));
    HttpResponse response = HttpResponse::json(json, 201);
    response.withHeader("Location", "/admin/partners/" + added->id.toUtf8());
    return response;
}

void PartnerAdminApi::addRoutes()
{
    HttpServer& http = m_sandbox.http();
    http.addRoute(Method::Post, QStringLiteral("/admin/partners"),
                  admin(QStringLiteral("admin.partners.add")),
                  [this](HttpRequest& r) { return registerPartner(r); });
    http.addRoute(Method::Get, QStringLiteral("/admin/partners"), admin(QStringLiteral("admin.partners")),
                  [this](HttpRequest&) {
                      QJsonArray list;
                      for (const RegisteredPartner& p : m_registry.partners())
                          list.append(p.toJson());
                      return HttpResponse::json(QJsonObject{{QLatin1StringView("partners"), list},
                                                            {QLatin1StringView("totalItems"), list.size()}});
                  });
    http.addRoute(Method::Delete, QStringLiteral("/admin/partners/{partnerId}"),
                  admin(QStringLiteral("admin.partners.remove")), [this](HttpRequest& r) {
                      if (!m_registry.remove(r.param(QStringLiteral("partnerId"))))
                          return HttpResponse::error(404, QStringLiteral("PARTNER_NOT_FOUND"),
                                                     QStringLiteral("Not found"),
                                                     QStringLiteral("There is no such partner."));
                      return HttpResponse::noContent();
                  });
    http.addRoute(Method::Post, QStringLiteral("/admin/partners/{partnerId}/test-event"),
                  admin(QStringLiteral("admin.partners.testEvent")), [this](HttpRequest& r) {
                      const QString id = m_dispatcher.sendTestEvent(r.param(QStringLiteral("partnerId")));
                      if (id.isEmpty())
                          return HttpResponse::error(404, QStringLiteral("PARTNER_NOT_FOUND"),
                                                     QStringLiteral("Not found"),
                                                     QStringLiteral("There is no such partner."));
                      return HttpResponse::json(QJsonObject{{QLatin1StringView("eventId"), id}}, 202);
                  });
    http.addRoute(Method::Get, QStringLiteral("/admin/deadletters"),
                  admin(QStringLiteral("admin.deadletters")), [this](HttpRequest&) {
                      QJsonArray list;
                      for (const WebhookDelivery& d : m_dispatcher.deadLetters())
                          list.append(d.toJson(true));
                      return HttpResponse::json(QJsonObject{{QLatin1StringView("deadLetters"), list},
                                                            {QLatin1StringView("totalItems"), list.size()}});
                  });
    http.addRoute(Method::Post, QStringLiteral("/admin/deadletters/{deliveryId}/redeliver"),
                  admin(QStringLiteral("admin.deadletters.redeliver")), [this](HttpRequest& r) {
                      if (!m_dispatcher.redeliver(r.param(QStringLiteral("deliveryId"))))
                          return HttpResponse::error(404, QStringLiteral("DEAD_LETTER_NOT_FOUND"),
                                                     QStringLiteral("Not found"),
                                                     QStringLiteral("There is no such dead letter."));
                      return HttpResponse::json(QJsonObject{{QLatin1StringView("queued"), true}}, 202);
                  });
    http.addRoute(Method::Get, QStringLiteral("/admin/deliveries"), admin(QStringLiteral("admin.deliveries")),
                  [this](HttpRequest&) {
                      QJsonArray list;
                      for (const WebhookDelivery& d : m_dispatcher.recentDeliveries())
                          list.append(d.toJson(false));
                      return HttpResponse::json(
                          QJsonObject{{QLatin1StringView("deliveries"), list},
                                      {QLatin1StringView("pending"), m_dispatcher.pendingCount()},
                                      {QLatin1StringView("delivered"), m_dispatcher.deliveredCount()},
                                      {QLatin1StringView("tokenFetches"), m_dispatcher.tokenFetchCount()}});
                  });
    http.addRoute(Method::Get, QStringLiteral("/admin/messages"), admin(QStringLiteral("admin.messages")),
                  [this](HttpRequest& r) {
                      QJsonArray list;
                      for (const OutboxMessage& m :
                           m_outbox.messages(r.queryItem(QStringLiteral("paymentId"))))
                          list.append(m.toJson());
                      return HttpResponse::json(QJsonObject{{QLatin1StringView("messages"), list},
                                                            {QLatin1StringView("totalItems"), list.size()}});
                  });
}

} // namespace paydesk::sandbox
