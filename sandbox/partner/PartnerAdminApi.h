#pragma once

#include "SandboxComponent.h"
#include "http/HttpResponse.h"

namespace paydesk::sandbox {

class HttpRequest;
class MessageOutbox;
class PartnerRegistry;
class WebhookDispatcher;

/**
 * The partner side's admin routes (loopback + admin token, RouteAuth::Admin; faults never apply):
 *
 * | call | effect |
 * |---|---|
 * | `POST /admin/partners` | register `{webhookUrl, authUrl, clientId, clientSecret, audience}` → 201, sends
 * a testEvent | | `GET /admin/partners` | the partners with their delivery counters (never the secret) | |
 * `DELETE /admin/partners/{id}` | stop notifying a partner | | `POST /admin/partners/{id}/test-event` | send
 * a testEvent now → 202 `{eventId}` | | `GET /admin/deadletters` | deliveries that ran out of attempts, with
 * their last error and the event | | `POST /admin/deadletters/{deliveryId}/redeliver` | try a dead letter
 * again from attempt 1 | | `GET /admin/deliveries` | the latest finished deliveries and how many are pending
 * | | `GET /admin/messages[?paymentId=]` | the emails and SMS the platform "sent" |
 */
class PartnerAdminApi : public SandboxComponent
{
public:
    PartnerAdminApi(Sandbox& sandbox, PartnerRegistry& registry, WebhookDispatcher& dispatcher,
                    MessageOutbox& outbox);

    QString name() const override { return QStringLiteral("partner.admin"); }

private:
    void addRoutes();
    HttpResponse registerPartner(const HttpRequest& request);

    Sandbox& m_sandbox;
    PartnerRegistry& m_registry;
    WebhookDispatcher& m_dispatcher;
    MessageOutbox& m_outbox;
};

} // namespace paydesk::sandbox
