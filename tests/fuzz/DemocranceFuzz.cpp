// Democrance's answers as DemocranceClient reads them (Django REST error bodies, login, the policy
// listing, gateways, token, initiate and payment status answers) and as DemocranceProvider maps a
// policy or a payment into a Payment. Properties: never a crash; a login read has a token; a read
// policy page keeps only policies with a policy number and a status, and each becomes a Democrance
// payment with its id and reference; the same policy read twice changes nothing the second time;
// a payment answer never changes whose payment it is; a card is only ever its last four digits.

#include "FuzzSupport.h"
#include "providers/ProviderAction.h"
#include "providers/democrance/DemocranceClient.h"
#include "providers/democrance/DemocranceProvider.h"
#include "providers/democrance/DemocranceRules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace paydesk;

namespace {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
const QString kSite = QStringLiteral("S01");

void checkPayment(const Payment& p, const QByteArray& bytes)
{
    if (p.provider != ProviderId::democrance())
        fuzz::violated("a Democrance payment with another provider", bytes);
    if (p.paymentId.isEmpty())
        fuzz::violated("a Democrance payment without a payment id", bytes);
    static const QRegularExpression four(QStringLiteral("^\\d{4}$"));
    if (!p.cardLast4.isEmpty() && !four.match(p.cardLast4).hasMatch())
        fuzz::violated("more of a card than its last four digits", bytes);
    if (p.amountPaid.isValid() && p.amount.isValid() && p.amountPaid.currency() != p.amount.currency())
        fuzz::violated("paid in another currency than the amount", bytes);
}

/// A payment PayDesk holds for policy P-1 (initiated through a gateway).
Payment cached()
{
    Payment base;
    base.paymentId = DemocranceRules::paymentIdFor(kSite, QStringLiteral("P-1"));
    base.enterpriseId = QStringLiteral("ent");
    base.storeId = kSite;
    base.provider = ProviderId::democrance();
    base.providerReference = QStringLiteral("P-1");
    base.version = 3;
    return DemocranceProvider::fromInitiate(
        base,
        QJsonObject{{QStringLiteral("action"), QStringLiteral("Payment required")},
                    {QStringLiteral("url"), QStringLiteral("https://pay.example/1")},
                    {QStringLiteral("token"), QStringLiteral("tok-1")}},
        QStringLiteral("card"), QStringLiteral("key-1"), kNow);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    fuzz::FuzzInput in(data, size);
    static const int statuses[] = {200, 201, 400, 401, 403, 404, 429, 500, 502};
    static const QByteArray types[] = {"application/json", "application/json; charset=utf-8",
                                       "application/problem+json", "text/html", ""};
    const int mode = in.pick(8);
    const int status = statuses[in.pick(9)];
    const QByteArray type = types[in.pick(5)];
    const QByteArray bytes = in.rest();

    if (mode == 0) {
        // An error body (any status, any content type).
        const ApiError e = DemocranceClient::readError(status, bytes, type);
        if (e.message.size() > 1000)
            fuzz::violated("an error message for people longer than 1000 characters", bytes);
        (void)DemocranceClient::failureOf(e);
        return 0;
    }
    if (mode == 7) {
        (void)DemocranceClient::timeOf(QJsonValue(QString::fromUtf8(bytes)));
        const QDateTime t =
            DemocranceClient::timeOf(QJsonDocument::fromJson("[" + bytes + "]").array().at(0));
        if (t.isValid() && t.timeSpec() != Qt::UTC)
            fuzz::violated("a Democrance time that is not UTC", bytes);
        return 0;
    }
    const auto json = DemocranceClient::readJson(200, bytes, type);
    if (!json)
        return 0;
    switch (mode) {
    case 1: {
        const auto session = DemocranceClient::readLogin(*json);
        if (session && session->token.isEmpty())
            fuzz::violated("a login read without a token", bytes);
        break;
    }
    case 2: {
        const auto page = DemocranceClient::readPolicyPage(*json);
        if (!page)
            break;
        for (const QJsonValue& v : page->value(QStringLiteral("results")).toArray()) {
            const QJsonObject policy = v.toObject();
            const QString number = policy.value(QStringLiteral("policy_number")).toString();
            if (number.trimmed().isEmpty() ||
                policy.value(QStringLiteral("status")).toString().trimmed().isEmpty())
                fuzz::violated("a policy page read with a policy without number or status", bytes);
            const Payment p =
                DemocranceProvider::fromPolicy(Payment(), policy, QStringLiteral("ent"), kSite, kNow);
            checkPayment(p, bytes);
            if (p.version != 1)
                fuzz::violated("a new policy's payment is not version 1", bytes);
            const Payment again =
                DemocranceProvider::fromPolicy(p, policy, QStringLiteral("ent"), kSite, kNow);
            if (again.version != p.version)
                fuzz::violated("the same policy read twice changed the payment the second time", bytes);
            checkPayment(DemocranceProvider::fromPolicy(cached(), policy, QStringLiteral("ent"), kSite, kNow),
                         bytes);
        }
        break;
    }
    case 3: {
        const auto list = DemocranceClient::readGateways(*json);
        if (list) {
            for (const QJsonValue& g : *list) {
                if (g.toObject().value(QStringLiteral("gateway")).toString().isEmpty())
                    fuzz::violated("a gateway read without its key", bytes);
            }
        }
        break;
    }
    case 4: {
        const auto o = DemocranceClient::readObject(*json, QStringLiteral("api/v3/payment/token/"));
        if (!o)
            break;
        const auto token = DemocranceClient::readTokenAnswer(*o);
        if (token && token->value(QStringLiteral("token")).toString().isEmpty())
            fuzz::violated("a token answer read without a token", bytes);
        break;
    }
    case 5: {
        const auto o = DemocranceClient::readObject(*json, QStringLiteral("api/v3/payment/initiate/"),
                                                    {QStringLiteral("action"), QStringLiteral("token")});
        if (!o)
            break;
        const auto answer = DemocranceClient::readInitiateAnswer(*o);
        if (!answer)
            break;
        const Payment base = cached();
        const Payment p = DemocranceProvider::fromInitiate(base, *answer, QStringLiteral("invoice"),
                                                           QStringLiteral("key-2"), kNow);
        checkPayment(p, bytes);
        if (p.paymentId != base.paymentId)
            fuzz::violated("an initiate answer changed whose payment it is", bytes);
        break;
    }
    default: {
        const auto o = DemocranceClient::readObject(*json, QStringLiteral("api/v3/payment/status/"),
                                                    {QStringLiteral("status")});
        if (!o)
            break;
        const Payment base = cached();
        const Payment p = DemocranceProvider::fromPaymentStatus(base, *o, kNow);
        checkPayment(p, bytes);
        if (p.paymentId != base.paymentId || p.storeId != base.storeId)
            fuzz::violated("a payment status answer changed whose payment it is", bytes);
        const Payment again = DemocranceProvider::fromPaymentStatus(p, *o, kNow);
        if (again.version != p.version)
            fuzz::violated("the same payment status read twice changed the payment the second time", bytes);
        break;
    }
    }
    return 0;
}
