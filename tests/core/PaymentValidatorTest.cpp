#include "payments/PaymentValidator.h"

#include "QtPrinters.h"
#include "payments/PhoneNumber.h"

#include <gtest/gtest.h>

using namespace paydesk;
using namespace Qt::StringLiterals;

namespace {

InitiateRequest validRequest()
{
    InitiateRequest r;
    r.enterpriseId = u"E1"_s;
    r.storeId = u"S1"_s;
    r.customer = {u"  Amelia Hart "_s, u"amelia@example.co.uk"_s, u"07700 900123"_s};
    r.channels = Channel::Email | Channel::Sms;
    r.reference = PaymentReference::make(PaymentReference::Type::Invoice, u"INV-1"_s);
    r.amount = *Money::fromMinor(24999, u"GBP"_s);
    return r;
}

QStringList fields(const FieldErrors& errors)
{
    QStringList out;
    for (const FieldError& e : errors)
        out << e.field;
    return out;
}

} // namespace

TEST(PhoneNumber, NormalisesToE164)
{
    EXPECT_EQ(PhoneNumber::toE164(u"07700 900123"_s).value_or(QString()), u"+447700900123"_s);
    EXPECT_EQ(PhoneNumber::toE164(u"+44 (0)7700-900-123"_s).value_or(QString()), u"+447700900123"_s);
    EXPECT_EQ(PhoneNumber::toE164(u"0044 7700 900123"_s).value_or(QString()), u"+447700900123"_s);
    EXPECT_EQ(PhoneNumber::toE164(u"+49 151 12345678"_s).value_or(QString()), u"+4915112345678"_s);
    EXPECT_EQ(PhoneNumber::toE164(u"0151 12345678"_s, u"49"_s).value_or(QString()), u"+4915112345678"_s);
    EXPECT_FALSE(PhoneNumber::toE164(u"7700 900123"_s));
    EXPECT_FALSE(PhoneNumber::toE164(u"+44 77OO 900123"_s));
    EXPECT_FALSE(PhoneNumber::toE164(u"+1234"_s));
    EXPECT_FALSE(PhoneNumber::toE164(u"+1234567890123456"_s));
    EXPECT_FALSE(PhoneNumber::toE164(u""_s));
}

TEST(PaymentValidator, AcceptsAndNormalisesAValidRequest)
{
    InitiateRequest r = validRequest();
    const FieldErrors errors = PaymentValidator().validate(r);
    EXPECT_TRUE(errors.isEmpty()) << fields(errors).join(u',').toStdString();
    EXPECT_EQ(r.customer.name, u"Amelia Hart"_s);
    EXPECT_EQ(r.customer.phone, u"+447700900123"_s);
}

TEST(PaymentValidator, SaysWhichFieldIsWrong)
{
    InitiateRequest r = validRequest();
    r.customer.name = u"   "_s;
    r.customer.email = u"amelia@@example"_s;
    r.customer.phone = u"12345"_s;
    r.amount = *Money::fromMinor(0, u"GBP"_s);
    r.reference.number.clear();
    r.description = QString(256, u'x');
    const FieldErrors errors = PaymentValidator().validate(r);
    EXPECT_EQ(fields(errors), (QStringList{u"customer.name"_s, u"customer.email"_s, u"customer.phone"_s,
                                           u"reference.number"_s, u"description"_s, u"amount"_s}));
    for (const FieldError& e : errors)
        EXPECT_FALSE(e.message.isEmpty());
}

TEST(PaymentValidator, ChannelsDecideWhichContactsAreRequired)
{
    InitiateRequest r = validRequest();
    r.channels = Channel::Email;
    r.customer.phone.clear();
    EXPECT_TRUE(PaymentValidator().validate(r).isEmpty());
    r.channels = Channel::Sms;
    EXPECT_EQ(fields(PaymentValidator().validate(r)), QStringList{u"customer.phone"_s});
    r.channels = {};
    EXPECT_TRUE(fields(PaymentValidator().validate(r)).contains(u"channels"_s));
}

TEST(PaymentValidator, LengthLimitIs255)
{
    InitiateRequest r = validRequest();
    r.reference.number = QString(255, u'7');
    r.description = QString(255, u'd');
    EXPECT_TRUE(PaymentValidator().validate(r).isEmpty());
    r.reference.number = QString(256, u'7');
    EXPECT_EQ(fields(PaymentValidator().validate(r)), QStringList{u"reference.number"_s});
}

// A name that shows nothing (zero-width space, joiners, word joiner, byte-order mark, a
// direction mark) is no name; inside a visible name those characters are kept as they are.
TEST(PaymentValidator, ANameOfOnlyInvisibleCharactersIsNoName)
{
    InitiateRequest r = validRequest();
    r.customer.name = u"\u200B\u200D\u200C\u2060\uFEFF\u200E "_s;
    EXPECT_EQ(fields(PaymentValidator().validate(r)), QStringList{u"customer.name"_s});
    r.customer.name = u"Maryam Alizade\u200C"_s + u"\u200Czadeh 👨\u200D👩\u200D👧"_s;
    const QString typed = r.customer.name;
    EXPECT_TRUE(PaymentValidator().validate(r).isEmpty());
    EXPECT_EQ(r.customer.name, typed);
}

TEST(PaymentValidator, ExpiryMustBeInTheFuture)
{
    InitiateRequest r = validRequest();
    const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
    r.expiresAt = now.addSecs(-1);
    EXPECT_EQ(fields(PaymentValidator().validate(r, now)), QStringList{u"expiresAt"_s});
    r.expiresAt = now.addDays(3);
    EXPECT_TRUE(PaymentValidator().validate(r, now).isEmpty());
}

TEST(PaymentValidator, EmailSyntax)
{
    for (const QString& ok : {u"a@b.co"_s, u"first.last+tag@mail.example.co.uk"_s, u"x_y@d-1.de"_s})
        EXPECT_TRUE(PaymentValidator::isValidEmail(ok)) << ok.toStdString();
    for (const QString& bad :
         {u"a@b"_s, u"a b@c.de"_s, u".a@b.de"_s, u"a..b@c.de"_s, u"a@-b.de"_s, u"@b.de"_s, u"a@b..de"_s})
        EXPECT_FALSE(PaymentValidator::isValidEmail(bad)) << bad.toStdString();
}

TEST(PaymentValidator, CancelNeedsAReasonAndResendAContact)
{
    CancelRequest c{u"E1"_s, u"S1"_s, u"p1"_s, u" "_s};
    EXPECT_EQ(fields(PaymentValidator().validate(c)), QStringList{u"reason"_s});
    c.reason = u"Paid in cash at the desk"_s;
    EXPECT_TRUE(PaymentValidator().validate(c).isEmpty());

    ResendRequest r{u"E1"_s, u"S1"_s, u"p1"_s, {u"Amelia"_s, u"not-an-email"_s, QString()}, Channel::Email};
    EXPECT_EQ(fields(PaymentValidator().validate(r)), QStringList{u"customer.email"_s});
}

TEST(PaymentValidator, RefusesACardNumberInEveryFreeTextField)
{
    InitiateRequest r = validRequest();
    r.customer.name = u"Amelia 4111 1111 1111 1111"_s;
    r.customer.email = u"5555555555554444@example.com"_s;
    r.reference.number = u"3782-822463-10005"_s;
    r.description = u"Paid by card 6011111111111117"_s;
    const FieldErrors errors = PaymentValidator().validate(r);
    EXPECT_EQ(fields(errors), (QStringList{u"customer.name"_s, u"customer.email"_s, u"reference.number"_s,
                                           u"description"_s}));
    for (const FieldError& e : errors) {
        EXPECT_TRUE(e.message.startsWith(u"Do not enter card numbers here"_s)) << qPrintable(e.message);
        EXPECT_FALSE(e.message.contains(u"1111 1111"_s)) << "the number is never echoed";
    }

    CancelRequest cancel{u"E1"_s, u"S1"_s, u"pay_1"_s, u"refunded to 4012 8888 8888 1881"_s};
    EXPECT_EQ(fields(PaymentValidator().validate(cancel)), QStringList{u"reason"_s});

    ResendRequest resend;
    resend.paymentId = u"pay_1"_s;
    resend.customer = {u"Amelia Hart"_s, u"amelia@example.co.uk"_s, QString()};
    resend.channels = Channel::Email;
    ASSERT_TRUE(PaymentValidator().validate(resend).isEmpty());
    resend.customer.name = u"Amelia 4111111111111111"_s;
    EXPECT_EQ(fields(PaymentValidator().validate(resend)), QStringList{u"customer.name"_s});
    EXPECT_FALSE(PaymentValidator().checkNoCardNumber(u"4111-1111-1111-1111"_s).isEmpty());
}

TEST(PaymentValidator, TheLastFourDigitsAndOtherNumbersAreFine)
{
    InitiateRequest r = validRequest();
    r.description = u"Paid by card ending 1111; call +49 151 12345678"_s;
    r.reference.number = u"7992739871300008"_s; // passes Luhn, but no card brand starts with 7
    r.customer.phone = u"+49 151 12345678"_s;   // passes the card rule as digits, but is a phone
    EXPECT_TRUE(PaymentValidator().validate(r).isEmpty())
        << fields(PaymentValidator().validate(r)).join(u',').toStdString();
}
