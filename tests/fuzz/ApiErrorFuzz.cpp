// Error answers of the platform and of Apigee ({"errors":[…]}, {"fault":…}, HTML, anything),
// as HttpClient turns them into ApiError. Property: never a crash; the message a person sees
// is bounded in size.

#include "FuzzSupport.h"
#include "api/HttpClient.h"

using namespace paydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    fuzz::FuzzInput in(data, size);
    static const int statuses[] = {400, 401, 403, 404, 409, 422, 429, 500, 502, 503};
    static const QByteArray types[] = {"application/json", "application/problem+json", "text/html", ""};
    const int status = statuses[in.pick(10)];
    const QByteArray& type = types[in.pick(4)];
    const ApiError error = HttpClient::errorFromAnswer(status, in.rest(), type);
    if (error.httpStatus != status)
        fuzz::violated("errorFromAnswer lost the HTTP status");
    return 0;
}
