#pragma once

#include "PlatformError.h"
#include "http/HttpResponse.h"
#include "payments/Payment.h"

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

    /**
     * The body of a change-feed page: the same JSON as QJsonDocument of PaymentJson::paymentToJson()
     * (keys in the same order, the same numbers and escapes), written straight to bytes the way a
     * server's serializer streams it. Building a QJsonObject per payment and then the document took
     * most of the sandbox's time serving a full sync, which on one machine is CPU taken from the
     * client being measured.
     */
    static QByteArray feedPageJson(const QList<Payment>& payments, qint64 nextSequence, bool hasMore,
                                   int totalItems, qint64 latestSequence);

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
