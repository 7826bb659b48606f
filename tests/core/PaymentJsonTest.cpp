#include "payments/PaymentJson.h"

#include "QtPrinters.h"
#include "payments/CardNumber.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object();
}

const char* kFull = R"({
  "paymentId": "pay_123", "enterpriseId": "E1", "storeId": "S1", "provider": "keyloop",
  "reference": {"type": "REPAIR_ORDER", "number": "RO-4411"},
  "description": "Service and MOT",
  "amount": {"value": 249.99, "currencyCode": "GBP"},
  "amountPaid": {"value": "249.99", "currencyCode": "GBP"},
  "customer": {"name": "Amelia Hart", "email": "amelia@example.co.uk", "phone": "+447700900123"},
  "channels": ["EMAIL", "SMS"],
  "status": "PAID", "statusReason": "",
  "payLink": "https://pay.example/p/abc",
  "expiresAt": "2026-11-30T12:00:00.000Z",
  "card": {"brand": "VISA", "last4": "4242"},
  "transactionReference": "TX-9", "reconciled": true, "fundsCleared": false,
  "createdAt": "2026-11-20T09:00:00.000Z", "updatedAt": "2026-11-20T09:05:00.000Z",
  "version": 7, "sequence": 1042,
  "someFutureField": {"nested": [1, 2, 3]},
  "history": [
    {"status": "INITIATED", "at": "2026-11-20T09:00:00.000Z", "actor": "DEALER", "note": "raised from DMS"},
    {"status": "PAID", "at": "2026-11-20T09:05:00.000Z", "actor": "PARTNER"}
  ]
})";

} // namespace

TEST(PaymentJson, ReadsEveryField)
{
    auto p = PaymentJson::paymentFromJson(parse(kFull));
    ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
    EXPECT_EQ(p->paymentId, u"pay_123"_s);
    EXPECT_EQ(p->storeId, u"S1"_s);
    EXPECT_EQ(p->reference.type, PaymentReference::Type::RepairOrder);
    EXPECT_EQ(p->reference.number, u"RO-4411"_s);
    EXPECT_EQ(p->amount.minorUnits(), 24999);
    EXPECT_EQ(p->amount.currency(), u"GBP"_s);
    EXPECT_EQ(p->amountPaid.minorUnits(), 24999);
    EXPECT_EQ(p->customer.phone, u"+447700900123"_s);
    EXPECT_TRUE(p->channels.testFlag(Channel::Sms));
    EXPECT_EQ(p->status.code(), PaymentStatus::Code::Paid);
    EXPECT_EQ(p->cardLast4, u"4242"_s);
    EXPECT_TRUE(p->reconciled);
    EXPECT_FALSE(p->fundsCleared);
    EXPECT_EQ(p->version, 7);
    EXPECT_EQ(p->sequence, 1042);
    EXPECT_EQ(p->expiresAt, QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC));
    ASSERT_EQ(p->history.size(), 2);
    EXPECT_EQ(p->history[0].actor, StatusChange::Actor::Dealer);
    EXPECT_EQ(p->history[0].note, u"raised from DMS"_s);
}

TEST(PaymentJson, RoundTrips)
{
    auto p = PaymentJson::paymentFromJson(parse(kFull));
    ASSERT_TRUE(p.ok());
    auto again = PaymentJson::paymentFromJson(PaymentJson::paymentToJson(*p));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(PaymentJson::paymentToJson(*again), PaymentJson::paymentToJson(*p));
    EXPECT_EQ(again->amount, p->amount);
    EXPECT_EQ(again->history, p->history);
}

TEST(PaymentJson, MissingRequiredFieldsAreErrors)
{
    for (const char* field : {"paymentId", "status", "amount", "version"}) {
        QJsonObject o = parse(kFull);
        o.remove(QLatin1StringView(field));
        auto p = PaymentJson::paymentFromJson(o);
        ASSERT_FALSE(p.ok()) << field;
        EXPECT_EQ(p.error().field, QString::fromLatin1(field));
    }
    QJsonObject noCurrency = parse(kFull);
    noCurrency.insert(u"amount"_s, QJsonObject{{u"value"_s, 10}});
    EXPECT_EQ(PaymentJson::paymentFromJson(noCurrency).error().field, u"amount.currencyCode"_s);
}

TEST(PaymentJson, WrongTypesAreErrorsNotCrashes)
{
    QJsonObject o = parse(kFull);
    o.insert(u"version"_s, u"seven"_s);
    EXPECT_FALSE(PaymentJson::paymentFromJson(o).ok());
    o = parse(kFull);
    o.insert(u"amount"_s, u"lots"_s);
    EXPECT_FALSE(PaymentJson::paymentFromJson(o).ok());
    o = parse(kFull);
    o.insert(u"history"_s, QJsonArray{1, 2});
    EXPECT_FALSE(PaymentJson::paymentFromJson(o).ok());
    o = parse(kFull);
    o.insert(u"amount"_s, QJsonObject{{u"value"_s, 1.234}, {u"currencyCode"_s, u"GBP"_s}});
    EXPECT_FALSE(PaymentJson::paymentFromJson(o).ok());
    EXPECT_FALSE(PaymentJson::paymentFromJson(QJsonObject()).ok());
}

// Some gateways send numbers as strings (Apigee's expires_in is "3599"): a count is read from
// either, strictly.
TEST(PaymentJson, CountsAreNumbersOrNumericStringsStrictly)
{
    EXPECT_EQ(PaymentJson::countFromJson(QJsonValue(12)), 12);
    EXPECT_EQ(PaymentJson::countFromJson(QJsonValue(0)), 0);
    EXPECT_EQ(PaymentJson::countFromJson(QJsonValue(u"12"_s)), 12);
    EXPECT_EQ(PaymentJson::countFromJson(QJsonValue(u"0"_s)), 0);
    EXPECT_EQ(PaymentJson::countFromJson(QJsonValue(u"9007199254740992"_s)), qint64(1) << 53);
    for (const QJsonValue& bad :
         {QJsonValue(u"12abc"_s), QJsonValue(u"-1"_s), QJsonValue(u"+1"_s), QJsonValue(u" 12"_s),
          QJsonValue(u"12 "_s), QJsonValue(u""_s), QJsonValue(u"1.5"_s), QJsonValue(u"1e3"_s),
          QJsonValue(u"0x10"_s), QJsonValue(u"99999999999999999999"_s), QJsonValue(u"9007199254740993"_s),
          QJsonValue(-1), QJsonValue(1.5), QJsonValue(1e300), QJsonValue(true), QJsonValue(),
          QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonArray{1}), QJsonValue(QJsonObject())})
        EXPECT_FALSE(PaymentJson::countFromJson(bad).has_value())
            << QJsonDocument(QJsonArray{bad}).toJson().constData();
}

TEST(PaymentJson, VersionAndSequenceMayBeNumericStrings)
{
    QJsonObject o = parse(kFull);
    o.insert(u"version"_s, u"7"_s);
    o.insert(u"sequence"_s, u"1042"_s);
    auto p = PaymentJson::paymentFromJson(o);
    ASSERT_TRUE(p.ok()) << p.error().field.toStdString() << p.error().message.toStdString();
    EXPECT_EQ(p->version, 7);
    EXPECT_EQ(p->sequence, 1042);
    for (const QString& bad : {u"7abc"_s, u"-7"_s, u""_s}) {
        o.insert(u"version"_s, bad);
        auto refused = PaymentJson::paymentFromJson(o);
        ASSERT_FALSE(refused.ok()) << bad.toStdString();
        EXPECT_EQ(refused.error().field, u"version"_s);
    }
    o.insert(u"version"_s, -7);
    EXPECT_FALSE(PaymentJson::paymentFromJson(o).ok()) << "a negative version is no version";
}

TEST(PaymentJson, UnknownValuesAreKeptRaw)
{
    QJsonObject o = parse(kFull);
    o.insert(u"status"_s, u"ON_HOLD"_s);
    o.insert(u"reference"_s, QJsonObject{{u"type"_s, u"PARTS_ORDER"_s}, {u"number"_s, u"P1"_s}});
    auto p = PaymentJson::paymentFromJson(o);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->status.code(), PaymentStatus::Code::Unknown);
    EXPECT_EQ(p->status.toString(), u"ON_HOLD"_s);
    EXPECT_EQ(p->reference.type, PaymentReference::Type::Unknown);
    EXPECT_EQ(p->reference.rawType, u"PARTS_ORDER"_s);
    EXPECT_EQ(PaymentJson::paymentToJson(*p).value(u"status"_s).toString(), u"ON_HOLD"_s);
}

TEST(PaymentJson, NeverKeepsMoreThanTheLastFourCardDigits)
{
    QJsonObject o = parse(kFull);
    o.insert(u"card"_s, QJsonObject{{u"brand"_s, u"VISA"_s}, {u"last4"_s, u"4111111111111111"_s}});
    auto p = PaymentJson::paymentFromJson(o);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->cardLast4, u"1111"_s);
}

TEST(PaymentJson, InitiateBodyRoundTrips)
{
    InitiateRequest r;
    r.customer = {u"Jonas Weber"_s, u"jonas@example.de"_s, u"+4915112345678"_s};
    r.channels = Channel::Email | Channel::Sms;
    r.reference = PaymentReference::make(PaymentReference::Type::Deal, u"D-77"_s);
    r.description = u"Deposit"_s;
    r.amount = *Money::fromMinor(50000, u"EUR"_s);
    r.expiresAt = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    auto back = PaymentJson::initiateFromJson(PaymentJson::initiateToJson(r));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->customer, r.customer);
    EXPECT_EQ(back->channels, r.channels);
    EXPECT_EQ(back->reference, r.reference);
    EXPECT_EQ(back->amount, r.amount);
    EXPECT_EQ(back->expiresAt, r.expiresAt);
}

TEST(PaymentJson, MasksCardNumbersInEveryTextAProviderSends)
{
    const QString pan = u"4111 1111 1111 1111"_s;
    QJsonObject o = parse(kFull);
    o.insert(u"description"_s, u"Paid by card "_s + pan);
    o.insert(u"customer"_s, QJsonObject{{u"name"_s, u"Jane "_s + pan},
                                        {u"email"_s, u"4111111111111111@example.com"_s},
                                        {u"phone"_s, u"4111111111111111"_s}});
    o.insert(u"reference"_s, QJsonObject{{u"type"_s, u"INVOICE"_s}, {u"number"_s, u"4111-1111-1111-1111"_s}});
    o.insert(u"statusReason"_s, u"declined: "_s + pan);
    o.insert(u"payLink"_s, u"https://pay.example/p/4111111111111111"_s);
    o.insert(u"transactionReference"_s, u"4111111111111111"_s);
    o.insert(u"card"_s, QJsonObject{{u"brand"_s, pan}, {u"last4"_s, u"1111"_s}});
    o.insert(u"history"_s,
             QJsonArray{QJsonObject{{u"status"_s, u"PAID"_s}, {u"actor"_s, u"PARTNER"_s}, {u"note"_s, pan}}});
    auto p = PaymentJson::paymentFromJson(o);
    ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
    EXPECT_EQ(p->description, u"Paid by card •••• 1111"_s);
    EXPECT_EQ(p->customer.name, u"Jane •••• 1111"_s);
    EXPECT_EQ(p->reference.number, u"•••• 1111"_s);
    EXPECT_EQ(p->history.value(0).note, u"•••• 1111"_s);
    const QByteArray stored = QJsonDocument(PaymentJson::paymentToJson(*p)).toJson();
    EXPECT_FALSE(stored.contains("4111111111111111")) << stored.constData();
    EXPECT_FALSE(stored.contains("4111 1111 1111 1111"));
    EXPECT_FALSE(stored.contains("4111-1111-1111-1111"));
    EXPECT_FALSE(CardNumber::containsCardNumber(QString::fromUtf8(stored)));

    // What is not a card number stays as it was.
    auto plain = PaymentJson::paymentFromJson(parse(kFull));
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain->description, u"Service and MOT"_s);
    EXPECT_EQ(plain->payLink, u"https://pay.example/p/abc"_s);
    QJsonObject german = parse(kFull);
    german.insert(u"customer"_s,
                  QJsonObject{{u"name"_s, u"Jonas Weber"_s}, {u"phone"_s, u"+4915112345678"_s}});
    german.insert(u"transactionReference"_s, u"7992739871300008"_s); // passes Luhn, no card brand
    auto jonas = PaymentJson::paymentFromJson(german);
    ASSERT_TRUE(jonas.ok());
    EXPECT_EQ(jonas->customer.phone, u"+4915112345678"_s);
    EXPECT_EQ(jonas->transactionReference, u"7992739871300008"_s);
}

TEST(PaymentJson, CutsLongTextAndRefusesLongIdentifiers)
{
    QJsonObject o = parse(kFull);
    o.insert(u"description"_s, QString(300000, u'd'));
    o.insert(u"customer"_s, QJsonObject{{u"name"_s, QString(5000, u'n')}});
    o.insert(u"history"_s,
             QJsonArray{QJsonObject{{u"status"_s, u"PAID"_s}, {u"note"_s, QString(5000, u'x')}}});
    auto p = PaymentJson::paymentFromJson(o);
    ASSERT_TRUE(p.ok()) << "a long text does not make the record unreadable";
    EXPECT_EQ(p->description.size(), PaymentJson::kMaxTextLength);
    EXPECT_TRUE(p->description.endsWith(u'…'));
    EXPECT_EQ(p->customer.name.size(), PaymentJson::kMaxTextLength);
    EXPECT_EQ(p->history.value(0).note.size(), PaymentJson::kMaxTextLength);

    // The cut never keeps most of a card number that runs past it.
    o.insert(u"description"_s, QString(PaymentJson::kMaxTextLength - 10, u'x') + u" 4111 1111 1111 1111"_s);
    p = PaymentJson::paymentFromJson(o);
    ASSERT_TRUE(p.ok());
    EXPECT_FALSE(p->description.contains(u"4111")) << qPrintable(p->description.right(20));
    EXPECT_TRUE(p->description.endsWith(u'…'));

    const QString longId(PaymentJson::kMaxIdLength + 1, u'i');
    for (const QString& field :
         {u"paymentId"_s, u"enterpriseId"_s, u"storeId"_s, u"provider"_s, u"status"_s}) {
        QJsonObject bad = parse(kFull);
        bad.insert(field, longId);
        auto r = PaymentJson::paymentFromJson(bad);
        ASSERT_FALSE(r.ok()) << qPrintable(field);
        EXPECT_EQ(r.error().field, field);
        EXPECT_FALSE(r.error().message.isEmpty());
    }
    QJsonObject longLink = parse(kFull);
    longLink.insert(u"payLink"_s, u"https://pay.example/p/"_s + QString(PaymentJson::kMaxLinkLength, u'a'));
    EXPECT_EQ(PaymentJson::paymentFromJson(longLink).error().field, u"payLink"_s)
        << "a cut link is a wrong link";
    QJsonObject longRefType = parse(kFull);
    longRefType.insert(u"reference"_s, QJsonObject{{u"type"_s, longId}, {u"number"_s, u"1"_s}});
    EXPECT_EQ(PaymentJson::paymentFromJson(longRefType).error().field, u"reference.type"_s);
    QJsonObject longStatus = parse(kFull);
    longStatus.insert(u"history"_s, QJsonArray{QJsonObject{{u"status"_s, longId}}});
    EXPECT_EQ(PaymentJson::paymentFromJson(longStatus).error().field, u"history.status"_s);
}

TEST(PaymentJson, ADealersRequestIsReadAsSentForTheValidatorToJudge)
{
    InitiateRequest request;
    request.customer.name = u"Jane"_s;
    request.amount = *Money::fromMinor(100, u"GBP"_s);
    QJsonObject body = PaymentJson::initiateToJson(request);
    body.insert(u"description"_s, u"Paid by card 4111 1111 1111 1111"_s);
    auto r = PaymentJson::initiateFromJson(body);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->description, u"Paid by card 4111 1111 1111 1111"_s);
}

TEST(PaymentJson, DatesReadDirectlyAreTheSameAsQtsIsoReading)
{
    // What dateTimeFromJson() did for every input before it read the feed's own form directly.
    auto byQt = [](const QString& text) {
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(text, Qt::ISODate);
        return at.isValid() ? at.toUTC() : QDateTime();
    };
    const QStringList samples{
        u"2026-11-20T09:05:00.000Z"_s, u"2026-11-20T09:05:00Z"_s, u"2024-02-29T23:59:59.999Z"_s,
        u"0001-01-01T00:00:00.000Z"_s, u"9999-12-31T23:59:59.999Z"_s, u"1970-01-01T00:00:00.001Z"_s,
        // Impossible or unusual values go to Qt's reading, whatever it makes of them.
        u"2026-02-29T00:00:00.000Z"_s, u"2026-13-01T00:00:00.000Z"_s, u"2026-00-10T00:00:00.000Z"_s,
        u"2026-11-00T00:00:00.000Z"_s, u"2026-11-20T24:00:00.000Z"_s, u"2026-11-20T23:59:60.000Z"_s,
        u"2026-11-20T23:60:00.000Z"_s, u"0000-01-01T00:00:00.000Z"_s, u"2026-11-20t09:05:00.000Z"_s,
        u"2026-11-20T09:05:00.000z"_s, u"2026-11-20 09:05:00.000Z"_s, u"2026-11-20T09:05:00,000Z"_s,
        u"2026-11-20T09:05:00.00Z"_s, u"2026-11-20T09:05:00.0000Z"_s, u"2026-11-20T09:05:00.000+02:00"_s,
        u"2026-11-20T09:05:00+02:00"_s, u"2026-11-20T09:05:00.000"_s, u"2026-11-20T09:05:00"_s,
        u"2026-11-20T09:05Z"_s, u"2026-11-20"_s, u"+026-11-20T09:05:00.000Z"_s, u"-026-11-20T09:05:00.000Z"_s,
        u"2026-11-2OT09:05:00.000Z"_s, u"20 6-11-20T09:05:00.000Z"_s, u"2026-1 -20T09:05:00.000Z"_s,
        u"٢٠٢٦-١١-٢٠T09:05:00.000Z"_s, u"2026-11-20T09:05:00.000Z "_s, u" 2026-11-20T09:05:00Z"_s, u""_s,
        u"Z"_s, u"not a date at all!!!!"_s};
    for (const QString& text : samples) {
        const QDateTime read = PaymentJson::dateTimeFromJson(QJsonValue(text));
        const QDateTime expected = byQt(text);
        EXPECT_EQ(read.isValid(), expected.isValid()) << text.toStdString();
        EXPECT_EQ(read, expected) << text.toStdString();
        EXPECT_EQ(read.timeSpec(), expected.timeSpec()) << text.toStdString();
        EXPECT_EQ(PaymentJson::dateTimeToJson(read), PaymentJson::dateTimeToJson(expected))
            << text.toStdString();
    }
    EXPECT_FALSE(PaymentJson::dateTimeFromJson(QJsonValue(42)).isValid());
    EXPECT_FALSE(PaymentJson::dateTimeFromJson(QJsonValue()).isValid());
}

TEST(PaymentJson, DatesWrittenDirectlyAreTheSameAsQtsIsoWriting)
{
    const QList<QDateTime> samples{
        QDateTime(QDate(2026, 11, 20), QTime(9, 5, 0, 7), Qt::UTC),
        QDateTime(QDate(2026, 11, 20), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(0, 0, 0, 1), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2026, 3, 29), QTime(1, 30, 15, 250), Qt::OffsetFromUTC, 2 * 3600),
        QDateTime(QDate(2026, 3, 1), QTime(0, 30), Qt::OffsetFromUTC, 5 * 3600 + 1800), // the day before
        QDateTime(QDate(2026, 7, 1), QTime(12, 0, 0, 42), Qt::LocalTime),
        QDateTime::fromMSecsSinceEpoch(1'764'000'000'123, Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(-86'400'000'000 - 5, Qt::UTC),
        // Outside years 1-9999 Qt's own writing is kept.
        QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(-1, 12, 31), QTime(23, 0), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 30), Qt::OffsetFromUTC, -3600), // the year after in UTC
        QDateTime(),
    };
    for (const QDateTime& at : samples) {
        const QString expected = at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
        EXPECT_EQ(PaymentJson::dateTimeToJson(at), expected) << expected.toStdString();
        EXPECT_EQ(PaymentJson::dateTimeToJson(at).isNull(), expected.isNull());
    }
    for (qint64 ms = 1; ms < 250'000'000'000'000; ms = ms * 3 + 123'457) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        ASSERT_EQ(PaymentJson::dateTimeToJson(at), at.toString(Qt::ISODateWithMs)) << ms;
    }
}
