#include "payments/CardNumber.h"

#include "QtPrinters.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace Qt::StringLiterals;
using Brand = CardNumber::Brand;

namespace {

struct Vector
{
    const char16_t* number;
    Brand brand;
};

// Published test numbers of each brand (the networks' and acquirers' test card lists).
const Vector kBrandVectors[] = {
    {u"4111111111111111", Brand::Visa},       {u"4012888888881881", Brand::Visa},
    {u"4222222222222", Brand::Visa},       // 13 digits
    {u"4111111111111111110", Brand::Visa}, // 19 digits
    {u"5555555555554444", Brand::Mastercard}, {u"5105105105105100", Brand::Mastercard},
    {u"2223003122003222", Brand::Mastercard}, // 2-series
    {u"2720990000000007", Brand::Mastercard}, {u"378282246310005", Brand::Amex},
    {u"371449635398431", Brand::Amex},        {u"6011111111111117", Brand::Discover},
    {u"6011000990139424", Brand::Discover},   {u"6445644564456445", Brand::Discover},
    {u"6221260000000000", Brand::Discover},   {u"3530111333300000", Brand::Jcb},
    {u"3566002020360505", Brand::Jcb},        {u"30569309025904", Brand::DinersClub},
    {u"38520000023237", Brand::DinersClub},   {u"36227206271667", Brand::DinersClub},
    {u"6759649826438453", Brand::Maestro},    {u"5018000000000009", Brand::Maestro},
    {u"6799990100000000019", Brand::Maestro},
};

} // namespace

TEST(CardNumber, RecognisesEveryBrandsTestNumbers)
{
    for (const Vector& v : kBrandVectors) {
        const QString number = QString::fromUtf16(v.number);
        EXPECT_EQ(CardNumber::brandOf(number), v.brand) << qPrintable(number);
        EXPECT_TRUE(CardNumber::isCardNumber(number)) << qPrintable(number);
        EXPECT_TRUE(CardNumber::containsCardNumber(number)) << qPrintable(number);
        EXPECT_FALSE(CardNumber::brandName(v.brand).isEmpty());
    }
}

TEST(CardNumber, LuhnAloneIsNotACardNumber)
{
    // Each passes Luhn, but no brand issues that prefix at that length.
    for (const QString& reference : {u"7992739871300008"_s,                     // no brand starts with 7
                                     u"1234567890123452"_s, u"1700000000004"_s, // an epoch-ms value
                                     u"9491100000000005"_s,
                                     u"3782822463100052"_s,       // Amex prefix, but 16 digits
                                     u"41111111111114"_s,         // Visa prefix, but 14 digits
                                     u"5555555555554444000"_s}) { // Mastercard is 16 digits only
        ASSERT_TRUE(CardNumber::luhnValid(reference)) << qPrintable(reference);
        EXPECT_FALSE(CardNumber::isCardNumber(reference)) << qPrintable(reference);
        EXPECT_FALSE(CardNumber::containsCardNumber(u"Ref "_s + reference)) << qPrintable(reference);
        EXPECT_EQ(CardNumber::maskCardNumbers(reference), reference);
    }
    EXPECT_FALSE(CardNumber::isCardNumber(u"4111111111111112")) << "fails Luhn";
    EXPECT_FALSE(CardNumber::luhnValid(u"")) << "nothing is not a number";
    EXPECT_FALSE(CardNumber::luhnValid(u"41a1")) << "digits only";
}

TEST(CardNumber, FindsGroupedNumbersInText)
{
    for (const QString& text :
         {u"Paid by card 4111 1111 1111 1111"_s, u"4111-1111-1111-1111"_s, u"amex 3782 822463 10005 thanks"_s,
          u"card:5555555555554444."_s,
          u"4111 1111 1111 1111 12/27"_s,    // followed by an expiry
          u"Order 12 4111 1111 1111 1111"_s, // preceded by more digits
          u"INV4111111111111111"_s, u"4111\u00a01111\u00a01111\u00a01111"_s,
          u"4111\u20131111\u20131111\u20131111"_s,
          // Full-width digits are digits too.
          u"\uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11"
          u"\uff11\uff11\uff11"_s}) {
        EXPECT_TRUE(CardNumber::containsCardNumber(text)) << qPrintable(text);
        const QString masked = CardNumber::maskCardNumbers(text);
        EXPECT_FALSE(CardNumber::containsCardNumber(masked)) << qPrintable(masked);
        EXPECT_TRUE(masked.contains(u"•••• ")) << qPrintable(masked);
    }
}

TEST(CardNumber, SeparatorsMustBeSingleAndDigitRunsWhole)
{
    EXPECT_FALSE(CardNumber::containsCardNumber(u"4111  1111  1111  1111")) << "double spaces";
    EXPECT_FALSE(CardNumber::containsCardNumber(u"4111 / 1111 / 1111 / 1111"));
    EXPECT_FALSE(CardNumber::containsCardNumber(u"4111.1111.1111.1111")) << "dots are not a card separator";
    EXPECT_FALSE(CardNumber::containsCardNumber(u"04111111111111111")) << "one longer number";
    EXPECT_FALSE(CardNumber::containsCardNumber(u"411111111111111"));
    EXPECT_FALSE(CardNumber::containsCardNumber(u"+44 7700 900123"));
    EXPECT_FALSE(CardNumber::containsCardNumber(u"INV-10234, RO 5521, £249.99"));
    EXPECT_FALSE(CardNumber::containsCardNumber(u""));
}

TEST(CardNumber, AnInternationalPhoneNumberIsNotACard)
{
    // 4915112345678 passes the rule as a 13-digit Visa; written after a "+" it is a German mobile.
    ASSERT_TRUE(CardNumber::isCardNumber(u"4915112345678"));
    EXPECT_FALSE(CardNumber::containsCardNumber(u"call +49 151 12345678"));
    EXPECT_FALSE(CardNumber::containsCardNumber(u"+4915112345678"));
    EXPECT_TRUE(CardNumber::containsCardNumber(u"call 49 151 12345678"));
    // A phone number has at most 15 digits: 16 after a "+" are still a card.
    EXPECT_TRUE(CardNumber::containsCardNumber(u"+4111 1111 1111 1111"));
    EXPECT_TRUE(CardNumber::containsCardNumber(u"+44 4111 1111 1111 1111")) << "a card after the prefix";
}

TEST(CardNumber, MasksToTheLastFour)
{
    EXPECT_EQ(CardNumber::maskCardNumbers(u"Paid by card 4111 1111 1111 1111, thanks"_s),
              u"Paid by card •••• 1111, thanks"_s);
    EXPECT_EQ(CardNumber::maskCardNumbers(u"3782-822463-10005 and 5555555555554444"_s),
              u"•••• 0005 and •••• 4444"_s);
    EXPECT_EQ(CardNumber::maskCardNumbers(u"card 4111 1111 1111 1111 exp 12/27"_s),
              u"card •••• 1111 exp 12/27"_s);
    EXPECT_EQ(CardNumber::masked(u"4242"), u"•••• 4242"_s);
    const QString plain = u"Service and MOT, INV-10234"_s;
    EXPECT_EQ(CardNumber::maskCardNumbers(plain), plain);
}

TEST(CardNumber, MaskingNeverLeavesACardNumberBehind)
{
    // The Mastercard is masked to "•••• 4111", whose last four and the digits after it read
    // as the Visa test number: masking goes on until nothing card-shaped is left.
    const QString text = u"5555 5555 5557 4111 1111 1111 1111"_s;
    ASSERT_TRUE(CardNumber::isCardNumber(u"5555555555574111"));
    const QString masked = CardNumber::maskCardNumbers(text);
    EXPECT_FALSE(CardNumber::containsCardNumber(masked)) << qPrintable(masked);
    EXPECT_FALSE(masked.contains(u"4111 1111 1111 1111"));
}

TEST(CardNumber, AUuidIsAnIdentifierNotACard)
{
    // The dash-joined all-digit groups "4111-111111111111" read as the Visa test number.
    const QString id = u"abcdef00-1234-abcd-4111-111111111111"_s;
    EXPECT_FALSE(CardNumber::containsCardNumber(id));
    EXPECT_EQ(CardNumber::maskCardNumbers(u"payment "_s + id + u" paid"_s), u"payment "_s + id + u" paid"_s);
    // A card next to an id is still found.
    EXPECT_TRUE(CardNumber::containsCardNumber(id + u" 4111 1111 1111 1111"_s));

    // About one random UUID in 20,000 held such a run: a log of ids must never "contain a card".
    QRandomGenerator random(20261129);
    const auto hex = [&random](int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s.append(QChar(u"0123456789abcdef"[random.bounded(16)]));
        return s;
    };
    QString log;
    for (int i = 0; i < 50000; ++i)
        log += hex(8) + u'-' + hex(4) + u'-' + hex(4) + u'-' + hex(4) + u'-' + hex(12) + u'\n';
    EXPECT_FALSE(CardNumber::containsCardNumber(log));
}
