// SearchText::forFields(): the text the search index holds for a payment's row.
#include "store/SearchText.h"

#include "QtPrinters.h"
#include "money/Currency.h"
#include "money/Money.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace paydesk;
using namespace Qt::StringLiterals;

namespace {

/// forFields() as it was written before it built its text in one string (issue 9), but for the
/// calling code, which both take from the same rule: the non-empty parts joined by spaces, in
/// lower case.
QString asAList(const Customer& customer, const QString& referenceNumber, const QString& cardLast4,
                const QString& providerReference, const QString& digits, const QString& national)
{
    QStringList parts{customer.name, customer.email};
    if (!digits.isEmpty()) {
        parts << digits;
        if (!national.isEmpty())
            parts << national;
    }
    parts << referenceNumber << cardLast4;
    if (providerReference.compare(referenceNumber, Qt::CaseInsensitive) != 0)
        parts << providerReference;
    parts.removeAll(QString());
    return parts.join(u' ').toLower();
}

} // namespace

TEST(SearchText, ForFieldsIsTheNonEmptyPartsJoinedBySpacesInLowerCase)
{
    EXPECT_EQ(
        SearchText::forFields(Customer{u"Amelia Hart"_s, u"Amelia@Example.co.uk"_s, u"+44 7700 900123"_s},
                              u"RO-4411"_s, u"4242"_s, u"PA-778899"_s),
        u"amelia hart amelia@example.co.uk 447700900123 7700900123 ro-4411 4242 pa-778899"_s);
    EXPECT_EQ(SearchText::forFields(Customer{u"Jan"_s, QString(), u"07700 900123"_s}, u"RO-1"_s, QString(),
                                    u"ro-1"_s),
              u"jan 07700900123 ro-1"_s)
        << "a provider reference equal to the reference number is written once";
    EXPECT_EQ(SearchText::forFields(Customer{}, QString(), QString(), QString()), u""_s);
    EXPECT_EQ(SearchText::forFields(Customer{QString(), u""_s, u"n/a"_s}, u""_s, u"1234"_s, QString()),
              u"1234"_s);

    // Every mix of empty, null and filled parts against the list it was built from before.
    const QStringList names{QString(), u""_s, u"ÉLODIE Müller"_s};
    const QStringList emails{QString(), u"E@X.FR"_s};
    const QStringList phones{QString(), u"+1 (555) 010-9999"_s, u"0049 151 1234"_s, u"+49"_s};
    const QStringList references{QString(), u""_s, u"INV-7"_s};
    const QStringList lastFours{QString(), u"0042"_s};
    const QStringList providerReferences{QString(), u"inv-7"_s, u"PA-1"_s};
    for (const QString& name : names)
        for (const QString& email : emails)
            for (const QString& phone : phones)
                for (const QString& reference : references)
                    for (const QString& last4 : lastFours)
                        for (const QString& providerReference : providerReferences) {
                            const Customer customer{name, email, phone};
                            QString digits;
                            for (QChar c : phone) {
                                if (c.isDigit())
                                    digits.append(c);
                            }
                            const int cc = digits.startsWith(u'1') ? 1 : 2; // +1 and +49 here
                            const QString national =
                                phone.startsWith(u'+') && digits.size() > cc ? digits.mid(cc) : QString();
                            EXPECT_EQ(
                                SearchText::forFields(customer, reference, last4, providerReference),
                                asAList(customer, reference, last4, providerReference, digits, national))
                                << name.toStdString() << "|" << email.toStdString() << "|"
                                << phone.toStdString() << "|" << reference.toStdString() << "|"
                                << last4.toStdString() << "|" << providerReference.toStdString();
                        }
}

TEST(SearchText, TheRowMatcherFindsWhatTheFtsIndexFindsForTheSameWords)
{
    // unicode61 with remove_diacritics 2: runs of letters and digits, case and accents folded;
    // every word a prefix of some word of the row (a phone number: any of its forms); or the
    // exact amount.
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const QString row =
        SearchText::forFields({u"Chloé Müller-O'Brien"_s, u"c.muller@example.com"_s, u"+44 7700 900123"_s},
                              u"DEAL-77031"_s, u"4242"_s);
    auto matches = [&](const QString& typed, qint64 minor = 0, const QString& currency = u"GBP"_s) {
        return SearchText::RowMatcher(typed, en).matches(row, minor, currency);
    };
    EXPECT_TRUE(matches(u"chl"_s));
    EXPECT_TRUE(matches(u"CHLOÉ"_s));
    EXPECT_TRUE(matches(u"mu"_s)); // Müller
    EXPECT_TRUE(matches(u"mü"_s));
    EXPECT_TRUE(matches(u"o b"_s)); // O'Brien is two words
    EXPECT_TRUE(matches(u"br mu ch"_s));
    EXPECT_TRUE(matches(u"exa"_s));
    EXPECT_TRUE(matches(u"deal-770"_s));
    EXPECT_TRUE(matches(u"07700 900"_s)); // without its trunk zero
    EXPECT_TRUE(matches(u"424"_s));
    EXPECT_FALSE(matches(u"hl"_s)); // not the start of a word
    EXPECT_FALSE(matches(u"chl zz"_s));
    EXPECT_FALSE(matches(u"770312"_s));
    EXPECT_FALSE(matches(u""_s));
    // An amount read in the locale: the row's own amount, in one of its currencies.
    EXPECT_TRUE(matches(u"12.50"_s, 1250));
    EXPECT_FALSE(matches(u"12.50"_s, 1250, u"JPY"_s));
    EXPECT_FALSE(matches(u"12.50"_s, 1251));
    EXPECT_EQ(SearchText::RowMatcher(u"ab cdef"_s, en).longestWord(), 4);
    // The FTS index reads the longer words; each row it gives is checked for all of them.
    EXPECT_EQ(SearchText::RowMatcher(u"r-1000 Mü"_s, en).longerWordsMatch(3), u"\"1000\"*"_s);
    EXPECT_EQ(SearchText::RowMatcher(u"kow smithson"_s, en).longerWordsMatch(3), u"\"smithson\"*"_s);
    EXPECT_EQ(SearchText::RowMatcher(u"kowalski smithson"_s, en).longerWordsMatch(3), QString());
    EXPECT_EQ(SearchText::RowMatcher(u"r 1"_s, en).longerWordsMatch(3), QString());
    EXPECT_EQ(SearchText::RowMatcher(u"12.50"_s, en).longerWordsMatch(3), QString()); // an amount
    EXPECT_EQ(SearchText::RowMatcher::fold(u"ÀÉÎõü"_s), u"aeiou"_s);
}

TEST(SearchText, AnAmountReadOnceForEachExponentIsWhatEachCurrencyReadsItself)
{
    // amounts() reads the number once for each minor-unit exponent (0, 2, 3), not once for each
    // of the 44 currencies. It must give what each currency's own reading gives.
    auto byEachCurrency = [](const QString& number, const QStringList& codes, const QLocale& locale) {
        QList<SearchText::Amount> expected;
        for (const QString& code : codes) {
            const auto money = Money::parseUserInput(number, code, locale);
            if (!money || !money->isPositive())
                continue;
            auto it = std::find_if(expected.begin(), expected.end(), [&](const SearchText::Amount& a) {
                return a.minor == money->minorUnits();
            });
            if (it == expected.end())
                expected << SearchText::Amount{money->minorUnits(), {code}};
            else
                it->currencies << code;
        }
        return expected;
    };
    auto same = [](const QList<SearchText::Amount>& a, const QList<SearchText::Amount>& b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).minor != b.at(i).minor || a.at(i).currencies != b.at(i).currencies)
                return false;
        }
        return true;
    };
    const QStringList all = Currency::knownCodes();
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QList<std::pair<QString, QLocale>> numbers{
        {u"862"_s, en},    {u"862.5"_s, en},     {u"862.50"_s, en}, {u"862.505"_s, en},
        {u"1,534"_s, en},  {u"1,534.99"_s, en},  {u"0"_s, en},      {u"0.001"_s, en},
        {u"862,50"_s, de}, {u"1.534,505"_s, de}, {u"12"_s, de}};
    for (const auto& [number, locale] : numbers) {
        const QList<SearchText::Amount> read = SearchText::amounts(number, locale);
        EXPECT_TRUE(same(read, byEachCurrency(number, all, locale))) << number.toStdString();
    }
    // "862.505" is three decimals: only the currencies of exponent 3 (BHD, JOD…) read it.
    const QList<SearchText::Amount> threeDecimals = SearchText::amounts(u"862.505"_s, en);
    ASSERT_EQ(threeDecimals.size(), 1);
    EXPECT_EQ(threeDecimals.first().minor, 862505);
    EXPECT_TRUE(threeDecimals.first().currencies.contains(u"BHD"_s));
    EXPECT_FALSE(threeDecimals.first().currencies.contains(u"GBP"_s));
    // "862" is 86200 in GBP, 862 in JPY, 862000 in BHD: three values.
    EXPECT_EQ(SearchText::amounts(u"862"_s, en).size(), 3);
    // A mark at either end keeps its currencies only, read the same way.
    EXPECT_TRUE(same(SearchText::amounts(u"£862.50"_s, en), byEachCurrency(u"862.50"_s, {u"GBP"_s}, en)));
    EXPECT_TRUE(same(SearchText::amounts(u"862 kr"_s, en),
                     byEachCurrency(u"862"_s, {u"ISK"_s, u"NOK"_s, u"SEK"_s}, en)));
}
