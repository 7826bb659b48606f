#pragma once

#include "http/HttpResponse.h"

#include <optional>

namespace paydesk::sandbox {

class HttpRequest;
class Sandbox;

/**
 * `/admin/…`: the sandbox's control panel, for tests and demos. Loopback callers only, with
 * the admin token printed at start-up (`Authorization: Bearer <token>` or `X-Admin-Token`).
 * Faults never apply here, so a fault can always be switched off.
 *
 * | call | effect |
 * |---|---|
 * | `GET /` | (public) a landing page for people: stores, token URL, links |
 * | `GET /admin` | summary: base URL, stores with counts and latest sequences, calls per route, faults |
 * | `GET /admin/faults` | the switched-on faults per route |
 * | `PUT /admin/faults/{route}` | switch faults on for a route (`*` = all), body = FaultSpec JSON |
 * | `DELETE /admin/faults/{route}`, `DELETE /admin/faults` | switch off one / all |
 * | `POST /admin/tokens/expire` | "token expiry now": every platform token stops working |
 * | `POST /admin/stream/close` | "push channel closed": every WebSocket is closed |
 * | `POST /admin/expiry/sweep` | expire overdue requests now |
 * | `POST /admin/payments/{id}/expire` | expire one open request now (409 otherwise) |
 * | `POST /admin/payments/{id}/force-status` | `{"status":"ON_HOLD"}`: any raw status, no rules (client
 * robustness tests) |
 *
 * Partner components add their own admin routes (partners, dead letters, outbox) with
 * RouteAuth::Admin.
 */
class AdminApi
{
public:
    explicit AdminApi(Sandbox& sandbox);

    /// RouteAuth::Admin: a rejection (403 off loopback, 401 without the token) or nothing.
    std::optional<HttpResponse> authenticate(HttpRequest& request) const;

private:
    void addRoutes();
    HttpResponse summary() const;
    HttpResponse home() const;

    Sandbox& m_sandbox;
};

} // namespace paydesk::sandbox
