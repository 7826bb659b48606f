// The platform's JSON answers as PlatformClient reads them: one payment (details), a feed page
// and the store list. Property: a malformed answer is a typed error, never a crash; a payment
// that was read can be written and read back the same.

#include "FuzzSupport.h"
#include "api/PlatformClient.h"
#include "payments/PaymentJson.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace paydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    fuzz::FuzzInput in(data, size);
    const int which = in.pick(3);
    const QJsonDocument doc = QJsonDocument::fromJson(in.rest());
    switch (which) {
    case 0:
        if (auto payment = PlatformClient::parsePayment(doc)) {
            const QJsonObject written = PaymentJson::paymentToJson(*payment);
            auto again = PaymentJson::paymentFromJson(written);
            if (!again)
                fuzz::violated("a payment PayDesk read does not read back after writing",
                               QJsonDocument(written).toJson());
            if (again->paymentId != payment->paymentId || again->amount != payment->amount ||
                again->status != payment->status || again->version != payment->version)
                fuzz::violated("a payment changed on its way through paymentToJson",
                               QJsonDocument(written).toJson());
        }
        break;
    case 1:
        (void)PlatformClient::parseFeedPage(doc);
        break;
    default:
        (void)PlatformClient::parseStores(doc);
        break;
    }
    return 0;
}
