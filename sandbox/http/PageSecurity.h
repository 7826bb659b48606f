#pragma once

#include "HttpResponse.h"

namespace paydesk::sandbox {

/**
 * The headers every customer-facing HTML page of an emulation carries (Payment Assist's
 * application page, Democrance's gateway page, myKaarma's pay page): no scripts, no framing,
 * no referrer, not cached, no content sniffing. Forms may post to the page's own origin; a
 * redirect afterwards may leave for the dealer's own URL.
 */
inline HttpResponse securedPage(HttpResponse response)
{
    response.withHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");
    response.withHeader("X-Frame-Options", "DENY");
    response.withHeader("X-Content-Type-Options", "nosniff");
    response.withHeader("Referrer-Policy", "no-referrer");
    response.withHeader("Cache-Control", "no-store");
    return response;
}

} // namespace paydesk::sandbox
