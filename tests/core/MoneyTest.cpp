#include "money/Money.h"

#include "QtPrinters.h"
#include "money/Currency.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <gtest/gtest.h>

#include <limits>

using namespace paydesk;
using namespace Qt::StringLiterals;

namespace {

qint64 minor(QStringView text, const QString& currency)
{
    auto m = Money::parse(text, currency);
    EXPECT_TRUE(m.ok()) << text.toString().toStdString() << ": "
                        << (m ? "" : m.error().message.toStdString());
    return m ? m->minorUnits() : -999;
}

MoneyError::Kind errorOf(QStringView text, const QString& currency)
{
    auto m = Money::parse(text, currency);
    EXPECT_FALSE(m.ok()) << text.toString().toStdString() << " parsed as " << (m ? m->minorUnits() : 0);
    return m ? MoneyError::Kind::Syntax : m.error().kind;
}

} // namespace

TEST(Currency, ExponentsFollowIso4217)
{
    EXPECT_EQ(Currency::exponent(u"GBP"), 2);
    EXPECT_EQ(Currency::exponent(u"EUR"), 2);
    EXPECT_EQ(Currency::exponent(u"USD"), 2);
    EXPECT_EQ(Currency::exponent(u"JPY"), 0);
    EXPECT_EQ(Currency::exponent(u"BHD"), 3);
    EXPECT_EQ(Currency::exponent(u"KWD"), 3);
    EXPECT_EQ(Currency::exponent(u"XXX"), -1);
    EXPECT_EQ(Currency::exponent(u"gbp"), -1);
}

TEST(Currency, TableIsSortedForBinarySearch)
{
    const QStringList codes = Currency::knownCodes();
    for (qsizetype i = 1; i < codes.size(); ++i)
        EXPECT_LT(codes[i - 1], codes[i]);
    for (const QString& code : codes)
        EXPECT_GE(Currency::exponent(code), 0) << code.toStdString();
}

TEST(Money, ParsesDecimalStringsExactly)
{
    EXPECT_EQ(minor(u"249.99", u"GBP"_s), 24999);
    EXPECT_EQ(minor(u"0.01", u"GBP"_s), 1);
    EXPECT_EQ(minor(u"5", u"GBP"_s), 500);
    EXPECT_EQ(minor(u"5.", u"GBP"_s), 500);
    EXPECT_EQ(minor(u".5", u"GBP"_s), 50);
    EXPECT_EQ(minor(u"-12.30", u"EUR"_s), -1230);
    EXPECT_EQ(minor(u"+1.10", u"EUR"_s), 110);
    EXPECT_EQ(minor(u"  7.25 ", u"USD"_s), 725);
    EXPECT_EQ(minor(u"1000", u"JPY"_s), 1000);
    EXPECT_EQ(minor(u"1.234", u"BHD"_s), 1234);
    EXPECT_EQ(minor(u"249.990000", u"GBP"_s), 24999);
    EXPECT_EQ(minor(u"000012.5", u"GBP"_s), 1250);
    EXPECT_EQ(minor(u"1.5e2", u"GBP"_s), 15000);
    EXPECT_EQ(minor(u"12345e-2", u"GBP"_s), 12345);
    EXPECT_EQ(minor(u"0", u"GBP"_s), 0);
    EXPECT_EQ(minor(u"0.000", u"GBP"_s), 0);
}

TEST(Money, HandlesTheInt64Limits)
{
    EXPECT_EQ(minor(u"92233720368547758.07", u"GBP"_s), std::numeric_limits<qint64>::max());
    EXPECT_EQ(minor(u"-92233720368547758.08", u"GBP"_s), std::numeric_limits<qint64>::min());
    EXPECT_EQ(errorOf(u"92233720368547758.08", u"GBP"_s), MoneyError::Kind::OutOfRange);
    EXPECT_EQ(errorOf(u"1e30", u"GBP"_s), MoneyError::Kind::OutOfRange);
    EXPECT_EQ(errorOf(u"99999999999999999999999", u"JPY"_s), MoneyError::Kind::OutOfRange);
}

TEST(Money, RejectsBadInput)
{
    EXPECT_EQ(errorOf(u"", u"GBP"_s), MoneyError::Kind::Empty);
    EXPECT_EQ(errorOf(u"   ", u"GBP"_s), MoneyError::Kind::Empty);
    EXPECT_EQ(errorOf(u"abc", u"GBP"_s), MoneyError::Kind::Syntax);
    EXPECT_EQ(errorOf(u"1.2.3", u"GBP"_s), MoneyError::Kind::Syntax);
    EXPECT_EQ(errorOf(u"1,50", u"GBP"_s), MoneyError::Kind::Syntax);
    EXPECT_EQ(errorOf(u"--1", u"GBP"_s), MoneyError::Kind::Syntax);
    EXPECT_EQ(errorOf(u"1e", u"GBP"_s), MoneyError::Kind::Syntax);
    EXPECT_EQ(errorOf(u".", u"GBP"_s), MoneyError::Kind::Syntax);
    EXPECT_EQ(errorOf(u"NaN", u"GBP"_s), MoneyError::Kind::NotFinite);
    EXPECT_EQ(errorOf(u"-Infinity", u"GBP"_s), MoneyError::Kind::NotFinite);
    EXPECT_EQ(errorOf(u"249.999", u"GBP"_s), MoneyError::Kind::TooManyDecimals);
    EXPECT_EQ(errorOf(u"0.001", u"GBP"_s), MoneyError::Kind::TooManyDecimals);
    EXPECT_EQ(errorOf(u"10.5", u"JPY"_s), MoneyError::Kind::TooManyDecimals);
    EXPECT_EQ(errorOf(u"1.2345", u"KWD"_s), MoneyError::Kind::TooManyDecimals);
    EXPECT_EQ(errorOf(u"1e-5", u"JPY"_s), MoneyError::Kind::TooManyDecimals);
    EXPECT_EQ(errorOf(u"10", u"XYZ"_s), MoneyError::Kind::UnknownCurrency);
}

TEST(Money, ErrorMessagesSayWhatIsWrong)
{
    auto m = Money::parse(u"249.999", u"GBP"_s);
    ASSERT_FALSE(m.ok());
    EXPECT_TRUE(m.error().message.contains(u"GBP"_s)) << m.error().message.toStdString();
    EXPECT_TRUE(m.error().message.contains(u"2 decimals"_s)) << m.error().message.toStdString();
}

TEST(Money, JsonNumbersNeverLoseAPenny)
{
    // Every two-decimal amount up to £10,000 written as a JSON number must come back exact.
    for (qint64 pence = 0; pence <= 1000000; pence += 7) {
        const QString text =
            QString::number(pence / 100) + u'.' + QString::number(pence % 100).rightJustified(2, u'0');
        const QJsonDocument doc = QJsonDocument::fromJson((u'[' + text + u']').toUtf8());
        auto m = Money::fromJson(doc.array().at(0), u"GBP"_s);
        ASSERT_TRUE(m.ok()) << text.toStdString();
        ASSERT_EQ(m->minorUnits(), pence) << text.toStdString();
    }
    auto tricky = Money::fromJson(QJsonValue(249.99), u"GBP"_s);
    ASSERT_TRUE(tricky.ok());
    EXPECT_EQ(tricky->minorUnits(), 24999);
    auto penny = Money::fromJson(QJsonValue(0.1 + 0.2), u"GBP"_s); // 0.30000000000000004
    EXPECT_FALSE(penny.ok());
}

TEST(Money, JsonStringsAndOtherTypes)
{
    auto s = Money::fromJson(QJsonValue(u"19.95"_s), u"EUR"_s);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->minorUnits(), 1995);
    EXPECT_FALSE(Money::fromJson(QJsonValue(true), u"EUR"_s).ok());
    EXPECT_FALSE(Money::fromJson(QJsonValue(), u"EUR"_s).ok());
    EXPECT_EQ(Money::fromJson(QJsonValue(1e300), u"EUR"_s).error().kind, MoneyError::Kind::Inexact);
    EXPECT_EQ(Money::fromJson(QJsonValue(std::numeric_limits<double>::quiet_NaN()), u"EUR"_s).error().kind,
              MoneyError::Kind::NotFinite);
    EXPECT_EQ(Money::fromJson(QJsonValue(std::numeric_limits<double>::infinity()), u"EUR"_s).error().kind,
              MoneyError::Kind::NotFinite);
}

TEST(Money, RoundTripsThroughJsonNumbers)
{
    for (qint64 v : {qint64(0), qint64(1), qint64(24999), qint64(-1995), qint64(123456789012)}) {
        auto m = Money::fromMinor(v, u"GBP"_s);
        ASSERT_TRUE(m.ok());
        const QByteArray json = QJsonDocument(QJsonArray{m->toJsonNumber()}).toJson(QJsonDocument::Compact);
        auto back = Money::fromJson(QJsonDocument::fromJson(json).array().at(0), u"GBP"_s);
        ASSERT_TRUE(back.ok()) << json.toStdString();
        EXPECT_EQ(back->minorUnits(), v) << json.toStdString();
    }
    auto big = Money::fromMinor(std::numeric_limits<qint64>::max(), u"GBP"_s);
    EXPECT_TRUE(big->toJsonNumber().isString());
}

TEST(Money, DecimalStringHasTheCurrencysDecimals)
{
    EXPECT_EQ(Money::fromMinor(24999, u"GBP"_s)->toDecimalString(), u"249.99"_s);
    EXPECT_EQ(Money::fromMinor(-50, u"GBP"_s)->toDecimalString(), u"-0.50"_s);
    EXPECT_EQ(Money::fromMinor(1000, u"JPY"_s)->toDecimalString(), u"1000"_s);
    EXPECT_EQ(Money::fromMinor(1, u"KWD"_s)->toDecimalString(), u"0.001"_s);
    EXPECT_EQ(Money::fromMinor(std::numeric_limits<qint64>::min(), u"GBP"_s)->toDecimalString(),
              u"-92233720368547758.08"_s);
}

TEST(Money, FormatsForTheLocale)
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QLocale de(QLocale::German, QLocale::Germany);
    EXPECT_EQ(Money::fromMinor(123456, u"GBP"_s)->format(uk), u"£1,234.56"_s);
    // Negative amounts follow the locale's own currency pattern (en_GB writes "(£1.00)").
    const QString negative = Money::fromMinor(-123456, u"GBP"_s)->format(uk);
    EXPECT_EQ(negative, uk.toCurrencyString(qlonglong(-1), u"£"_s).replace(u"1"_s, u"1,234.56"_s));
    EXPECT_EQ(Money::fromMinor(5, u"EUR"_s)->format(uk), u"€0.05"_s);
    EXPECT_EQ(Money::fromMinor(100000, u"JPY"_s)->format(uk), u"¥100,000"_s);
    const QString german = Money::fromMinor(123456, u"EUR"_s)->format(de);
    EXPECT_TRUE(german.startsWith(u"1.234,56"_s)) << german.toStdString();
    EXPECT_TRUE(german.endsWith(u"€"_s)) << german.toStdString();
}

TEST(Money, ParsesWhatPeopleTypeInTheirLocale)
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QLocale de(QLocale::German, QLocale::Germany);
    EXPECT_EQ(Money::parseUserInput(u"£1,234.56", u"GBP"_s, uk)->minorUnits(), 123456);
    EXPECT_EQ(Money::parseUserInput(u"1.234,56 €", u"EUR"_s, de)->minorUnits(), 123456);
    EXPECT_EQ(Money::parseUserInput(u"249,99", u"EUR"_s, de)->minorUnits(), 24999);
    EXPECT_FALSE(Money::parseUserInput(u"249,999", u"EUR"_s, de).ok());
}

TEST(Money, FormatsUserInputTheWayItIsTyped)
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QLocale de(QLocale::German, QLocale::Germany);
    EXPECT_EQ(Money::fromMinor(123456, u"GBP"_s)->formatUserInput(uk), u"1,234.56"_s);
    EXPECT_EQ(Money::fromMinor(123450, u"EUR"_s)->formatUserInput(de), u"1.234,50"_s);
    EXPECT_EQ(Money::fromMinor(0, u"EUR"_s)->formatUserInput(de), u"0,00"_s);
    EXPECT_EQ(Money::fromMinor(100000, u"JPY"_s)->formatUserInput(uk), u"100,000"_s) << "no decimals";
    EXPECT_EQ(Money::fromMinor(1, u"BHD"_s)->formatUserInput(uk), u"0.001"_s) << "three decimals";
    EXPECT_EQ(Money::fromMinor(-5, u"GBP"_s)->formatUserInput(uk), u"-0.05"_s);
    EXPECT_TRUE(Money().formatUserInput(uk).isEmpty());
}

// formatUserInput is the inverse of parseUserInput: what PayDesk shows back in a field parses
// to the same amount, in every locale and for every number of decimals.
TEST(Money, UserInputRoundTripsThroughFormatAndParse)
{
    const QLocale locales[] = {
        QLocale(QLocale::English, QLocale::UnitedKingdom),
        QLocale(QLocale::German, QLocale::Germany),
        QLocale(QLocale::French, QLocale::France),
        QLocale(QLocale::German, QLocale::Switzerland),
        QLocale(QLocale::Japanese, QLocale::Japan),
        QLocale(QLocale::Swedish, QLocale::Sweden),
        // Other digits, and a minus sign that carries a direction mark.
        QLocale(QLocale::Arabic, QLocale::Egypt),
        QLocale(QLocale::Persian, QLocale::Iran),
    };
    const QString currencies[] = {u"GBP"_s, u"EUR"_s, u"JPY"_s, u"BHD"_s, u"CHF"_s};
    const qint64 amounts[] = {0,
                              1,
                              5,
                              99,
                              100,
                              24999,
                              123456,
                              1000000,
                              123456789012,
                              -1,
                              -123456,
                              std::numeric_limits<qint64>::max(),
                              std::numeric_limits<qint64>::min()};
    for (const QLocale& locale : locales) {
        for (const QString& currency : currencies) {
            for (qint64 minorUnits : amounts) {
                const Money money = *Money::fromMinor(minorUnits, currency);
                const QString text = money.formatUserInput(locale);
                const auto back = Money::parseUserInput(text, currency, locale);
                ASSERT_TRUE(back.ok()) << locale.name().toStdString() << " " << currency.toStdString() << " "
                                       << text.toStdString() << ": " << back.error().message.toStdString();
                EXPECT_EQ(*back, money) << locale.name().toStdString() << " " << text.toStdString();
            }
        }
    }
}

TEST(Money, AddsOnlyTheSameCurrencyWithoutOverflow)
{
    auto a = *Money::fromMinor(100, u"GBP"_s);
    auto b = *Money::fromMinor(250, u"GBP"_s);
    EXPECT_EQ(a.checkedAdd(b)->minorUnits(), 350);
    EXPECT_FALSE(a.checkedAdd(*Money::fromMinor(1, u"EUR"_s)).has_value());
    auto max = *Money::fromMinor(std::numeric_limits<qint64>::max(), u"GBP"_s);
    EXPECT_FALSE(max.checkedAdd(a).has_value());
}
