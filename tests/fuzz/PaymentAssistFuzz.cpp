// Payment Assist's answers: the {status, msg, data} envelope, the signed return URL and an
// application's status merged into a cached payment. Properties: never a crash; a return URL
// verifies only with the right signature of its own parameters.

#include "FuzzSupport.h"
#include "paymentassist/PaymentAssistSignature.h"
#include "providers/paymentassist/PaymentAssistClient.h"
#include "providers/paymentassist/PaymentAssistProvider.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace paydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    fuzz::FuzzInput in(data, size);
    static const QByteArray secret = QByteArrayLiteral("fuzz_secret");
    switch (in.pick(3)) {
    case 0: {
        static const int statuses[] = {200, 400, 401, 403, 404, 422, 429, 500};
        static const QByteArray types[] = {"application/json", "text/html", ""};
        const int status = statuses[in.pick(8)];
        const QByteArray& type = types[in.pick(3)];
        (void)PaymentAssistClient::readEnvelope(status, in.rest(), type);
        break;
    }
    case 1: {
        const QUrl url(QString::fromUtf8(in.rest()));
        (void)PaymentAssistClient::verifyReturnUrl(url, secret);
        break;
    }
    default: {
        // The fields PayDesk sent to /begin (its own, well formed) and whatever came back.
        const QJsonObject fields{{QStringLiteral("order_id"), QStringLiteral("INV-1")},
                                 {QStringLiteral("amount"), 150000},
                                 {QStringLiteral("f_name"), QStringLiteral("Jane")},
                                 {QStringLiteral("s_name"), QStringLiteral("Doe")}};
        const QJsonObject status = QJsonDocument::fromJson(in.rest()).object();
        const Payment cached = PaymentAssistProvider::begun(
            QStringLiteral("ent"), QStringLiteral("S01"), fields, status, QStringLiteral("key-1"),
            QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        (void)PaymentAssistProvider::merged(cached, status,
                                            QDateTime::fromSecsSinceEpoch(1700000060, Qt::UTC));
        break;
    }
    }
    return 0;
}
