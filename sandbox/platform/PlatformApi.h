#pragma once

#include "PlatformError.h"
#include "http/HttpResponse.h"

#include <QCoreApplication>

namespace paydesk::sandbox {

class HttpRequest;
class HttpServer;
class PlatformState;
class TokenService;

/**
 * The platform routes of DESIGN.md ("The platform API") on top of PlatformState:
 * token endpoint, change feed / list, details, initiate, cancel, resend and the partner's
 * status update. Validation answers 400 (malformed) or 422 (field-level `errors`; a card
 * number in any text a dealer or partner sends is one, by CardNumber's rule), unknown
 * stores and payments 404, illegal transitions 409, the wrong kind of client 403.
 */
class PlatformApi
{
public:
    PlatformApi(HttpServer& http, PlatformState& state, TokenService& tokens);

    /// The HTTP answer for a refused platform operation.
    static HttpResponse errorResponse(const PlatformError& error);

private:
    void addRoutes();
    HttpResponse listPayments(const HttpRequest& request);
    HttpResponse getPayment(const HttpRequest& request);
    HttpResponse initiate(const HttpRequest& request);
    HttpResponse cancel(const HttpRequest& request);
    HttpResponse resend(const HttpRequest& request);
    HttpResponse updateStatus(const HttpRequest& request);
    HttpResponse stores(const HttpRequest& request);

    HttpServer& m_http;
    PlatformState& m_state;
    TokenService& m_tokens;
};

} // namespace paydesk::sandbox
