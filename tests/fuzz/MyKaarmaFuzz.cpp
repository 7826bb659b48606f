// myKaarma's answers as MyKaarmaClient reads them (both error shapes, warnings, the HTML login page
// answered with 200, numbers kept as their exact text) and as MyKaarmaProvider maps a dealer order
// or a prepayment answer into a Payment. Properties: never a crash; an HTML answer is an error
// naming the scope; JSON the exact reader takes stays the same JSON; an amount read is exact (its decimal
// text is the number's, and it reads back the same); a read payment is myKaarma's, with its id, and the same
// order read twice changes nothing the second time.

#include "FuzzSupport.h"
#include "money/Money.h"
#include "providers/ProviderAction.h"
#include "providers/mykaarma/MyKaarmaClient.h"
#include "providers/mykaarma/MyKaarmaProvider.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace paydesk;

namespace {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
const QString kSite = QStringLiteral("S01");
const QString kCurrency = QStringLiteral("USD");

/// `decimal` without a plus, leading zeros, trailing fraction zeros or a negative zero.
QString normalised(QString decimal)
{
    bool negative = decimal.startsWith(u'-');
    if (negative)
        decimal.remove(0, 1);
    if (decimal.contains(u'.')) {
        while (decimal.endsWith(u'0'))
            decimal.chop(1);
        if (decimal.endsWith(u'.'))
            decimal.chop(1);
    }
    while (decimal.size() > 1 && decimal.startsWith(u'0') && decimal.at(1) != u'.')
        decimal.remove(0, 1);
    if (decimal == QStringLiteral("0"))
        negative = false;
    return negative ? u'-' + decimal : decimal;
}

void checkAmount(const QJsonObject& object, const QString& key, const QByteArray& bytes)
{
    const auto amount = MyKaarmaClient::amountOf(object, key, kCurrency, false);
    if (!amount || !amount->isValid())
        return;
    const auto text = MyKaarmaClient::numberText(object.value(key));
    if (!text)
        fuzz::violated("an amount read from something that is not a number", bytes);
    if (normalised(amount->toDecimalString()) != normalised(*text))
        fuzz::violated("an amount read is not exactly the number sent", bytes);
    const auto back = Money::parse(amount->toDecimalString(), kCurrency);
    if (!back || back.value() != amount.value())
        fuzz::violated("an amount read does not read back the same", bytes);
}

/// `text` as the exact reader keeps it: U+001F (its number mark) becomes U+FFFD.
QString marked(QString text)
{
    return text.replace(QChar(0x1f), QChar(0xfffd));
}

bool sameJson(const QJsonValue& plain, const QJsonValue& exact)
{
    if (plain.isDouble()) {
        const auto text = MyKaarmaClient::numberText(exact);
        return text && text->toDouble() == plain.toDouble();
    }
    if (plain.isObject()) {
        const QJsonObject a = plain.toObject();
        const QJsonObject b = exact.toObject();
        if (!exact.isObject() || a.size() != b.size())
            return false;
        for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
            if (!b.contains(marked(it.key())) || !sameJson(it.value(), b.value(marked(it.key()))))
                return false;
        }
        return true;
    }
    if (plain.isArray()) {
        const QJsonArray a = plain.toArray();
        const QJsonArray b = exact.toArray();
        if (!exact.isArray() || a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!sameJson(a.at(i), b.at(i)))
                return false;
        }
        return true;
    }
    if (plain.isString())
        return exact.isString() && !MyKaarmaClient::numberText(exact) &&
               exact.toString() == marked(plain.toString());
    return plain == exact;
}

void checkPayment(const Payment& p, const QString& id, const QByteArray& bytes)
{
    if (p.provider != ProviderId::myKaarma())
        fuzz::violated("a myKaarma payment with another provider", bytes);
    if (p.paymentId.isEmpty() || p.paymentId != id)
        fuzz::violated("a myKaarma payment without its payment id", bytes);
    if (p.amount.isValid() && p.amount.currency() != kCurrency)
        fuzz::violated("a myKaarma amount in another currency", bytes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    fuzz::FuzzInput in(data, size);
    static const int statuses[] = {200, 201, 400, 401, 403, 404, 429, 500, 503};
    static const QByteArray types[] = {"application/json", "application/json;charset=UTF-8", "text/html",
                                       "text/plain", ""};
    const int mode = in.pick(4);
    const int status = statuses[in.pick(9)];
    const QByteArray type = types[in.pick(5)];
    const QByteArray bytes = in.rest();
    const QString scope = MyKaarmaClient::Scope::dealerOrderRead();

    if (mode == 0) {
        // Any answer of any endpoint: both error shapes, the login page, warnings.
        const auto answer = MyKaarmaClient::readAnswer(status, bytes, type, scope);
        if (answer) {
            (void)MyKaarmaClient::warningsOf(*answer);
            (void)MyKaarmaClient::integerOf(answer->value(QStringLiteral("ttl")));
            checkAmount(*answer, QStringLiteral("amount"), bytes);
        } else {
            if (answer.error().code == QLatin1String(MyKaarmaClient::kMissingScope) &&
                answer.error().field != scope)
                fuzz::violated("a missing scope error that does not name the scope", bytes);
            (void)MyKaarmaClient::isAccessProblem(answer.error());
        }
        return 0;
    }
    if (mode == 1) {
        // What the exact reader makes of valid JSON, when it reads at all, is the same JSON with
        // each number as its text. It refuses what Qt's lenient parser takes but RFC 8259 does
        // not (`125.`, `.5`: corpus numbers_trailing_dot, numbers_leading_dot): such an answer
        // is unreadable, never misread.
        QJsonParseError plainError;
        const QJsonDocument plain = QJsonDocument::fromJson(bytes, &plainError);
        const auto exact = MyKaarmaClient::numbersAsText(bytes);
        if (exact && plainError.error == QJsonParseError::NoError && plain.isObject()) {
            QJsonParseError exactError;
            const QJsonDocument doc = QJsonDocument::fromJson(*exact, &exactError);
            if (exactError.error == QJsonParseError::NoError && !sameJson(plain.object(), doc.object()))
                fuzz::violated("the exact number reader changed what the JSON says", bytes);
        }
        return 0;
    }
    const auto answer = MyKaarmaClient::readAnswer(200, bytes, "application/json", scope);
    if (!answer)
        return 0;
    if (mode == 2) {
        // The dealer-orders list, each entry merged into a new payment and into our prepayment.
        for (const QJsonValue& v : answer->value(QStringLiteral("mykaarmaDealerOrderList")).toArray()) {
            const QJsonObject entry = v.toObject();
            const QJsonObject dto = entry.value(QStringLiteral("paymentDealerOrderDTO")).toObject();
            checkAmount(dto, QStringLiteral("amount"), bytes);
            checkAmount(dto, QStringLiteral("paidAmount"), bytes);
            Payment base;
            base.paymentId = MyKaarmaProvider::paymentIdOf(kSite, QStringLiteral("order-1"));
            base.enterpriseId = QStringLiteral("ent");
            base.storeId = kSite;
            base.provider = ProviderId::myKaarma();
            const auto p = MyKaarmaProvider::merged(base, entry, kCurrency, kNow);
            if (!p)
                continue;
            checkPayment(*p, base.paymentId, bytes);
            const auto again = MyKaarmaProvider::merged(*p, entry, kCurrency, kNow);
            if (!again)
                fuzz::violated("a dealer order read once could not be read again", bytes);
            if (again->version != p->version)
                fuzz::violated("the same dealer order read twice changed the payment the second time", bytes);
        }
        return 0;
    }
    // A prepayment's answer into a new payment, then the order listing it as ours.
    const QJsonObject payload{{QStringLiteral("orderNumber"), QStringLiteral("RO-1")},
                              {QStringLiteral("desc"), QStringLiteral("Deposit")},
                              {QStringLiteral("amount"), 15000},
                              {QStringLiteral("sendAsText"), true}};
    checkAmount(*answer, QStringLiteral("amount"), bytes);
    const auto p = MyKaarmaProvider::prepaid(QStringLiteral("ent"), kSite, payload, *answer,
                                             QStringLiteral("key-1"), kCurrency, kNow);
    if (!p)
        return 0;
    const QString id =
        MyKaarmaProvider::paymentIdOf(kSite, answer->value(QStringLiteral("dealerOrderUuid")).toString());
    checkPayment(*p, id, bytes);
    for (const QJsonValue& v : answer->value(QStringLiteral("mykaarmaDealerOrderList")).toArray()) {
        const auto merged = MyKaarmaProvider::merged(*p, v.toObject(), kCurrency, kNow);
        if (merged)
            checkPayment(*merged, id, bytes);
    }
    return 0;
}
