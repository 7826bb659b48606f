#include "SearchText.h"

#include "money/Currency.h"
#include "money/Money.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

QString digitsOf(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

// Length of the country calling code at the start of an E.164 number (without '+'). ITU
// zones 1 and 7 use one digit; the two-digit codes are listed; everything else has three.
int callingCodeLength(const QString& digits)
{
    if (digits.startsWith(u'1') || digits.startsWith(u'7'))
        return 1;
    static const QStringList twoDigit = {
        u"20"_s, u"27"_s, u"30"_s, u"31"_s, u"32"_s, u"33"_s, u"34"_s, u"36"_s, u"39"_s, u"40"_s, u"41"_s,
        u"43"_s, u"44"_s, u"45"_s, u"46"_s, u"47"_s, u"48"_s, u"49"_s, u"51"_s, u"52"_s, u"53"_s, u"54"_s,
        u"55"_s, u"56"_s, u"57"_s, u"58"_s, u"60"_s, u"61"_s, u"62"_s, u"63"_s, u"64"_s, u"65"_s, u"66"_s,
        u"81"_s, u"82"_s, u"84"_s, u"86"_s, u"90"_s, u"91"_s, u"92"_s, u"93"_s, u"94"_s, u"95"_s, u"98"_s};
    if (digits.size() >= 2 && twoDigit.contains(digits.left(2)))
        return 2;
    return 3;
}

bool isPhoneLike(const QString& text)
{
    bool anyDigit = false;
    for (QChar c : text) {
        if (c.isDigit())
            anyDigit = true;
        else if (!(c.isSpace() || c == u'+' || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u'/'))
            return false;
    }
    return anyDigit;
}

QString prefixTerm(const QString& word)
{
    // Words hold only letters and digits, so quoting cannot be broken out of.
    return u"\"%1\"*"_s.arg(word);
}

/// `number` written with the locale's digits, group separators (by three) and decimal point.
bool isLocaleNumber(const QString& number, const QLocale& locale)
{
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const qsizetype pointAt = point.isEmpty() ? -1 : number.indexOf(point);
    const QString integer = pointAt < 0 ? number : number.left(pointAt);
    const QString fraction = pointAt < 0 ? QString() : number.mid(pointAt + point.size());
    auto allDigits = [](const QString& s) {
        for (QChar c : s) {
            if (!c.isDigit())
                return false;
        }
        return true;
    };
    if (!allDigits(fraction) || (pointAt >= 0 && fraction.isEmpty()))
        return false;
    QStringList groups = group.isEmpty() ? QStringList{integer} : integer.split(group);
    if (groups.size() > 1) {
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString& g = groups.at(i);
            if (!allDigits(g) || g.isEmpty() || (i == 0 ? g.size() > 3 : g.size() != 3))
                return false;
        }
        return true;
    }
    return !integer.isEmpty() && allDigits(integer);
}

/// What a typed search looks for: a phone number is one of its digit strings (as typed, and
/// without the trunk 0); any other text is all of its words, split as the unicode61 tokenizer
/// splits them (runs of letters and digits), lower case.
struct SearchTerms
{
    QStringList anyOf;
    QStringList allOf;
};

SearchTerms searchTermsOf(const QString& trimmed)
{
    if (isPhoneLike(trimmed)) {
        QString digits = digitsOf(trimmed);
        if (digits.startsWith(u"00"))
            digits = digits.mid(2); // international prefix
        if (digits.size() > 1 && digits.startsWith(u'0'))
            return {{digits, digits.mid(1)}, {}};
        return {{digits}, {}};
    }
    SearchTerms terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms.allOf << word.toLower();
        word.clear();
    };
    for (QChar c : trimmed) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word.append(c);
        else
            flush();
    }
    flush();
    return terms;
}

/// The terms as one condition, each word written by `term` (called in the order they appear).
template<typename Term>
QString conditionOf(const SearchTerms& terms, Term&& term)
{
    QStringList any;
    for (const QString& digits : terms.anyOf)
        any << term(digits);
    if (any.size() > 1)
        return u"(%1)"_s.arg(any.join(u" OR "_s));
    if (any.size() == 1)
        return any.constFirst();
    QStringList all;
    for (const QString& word : terms.allOf)
        all << term(word);
    return all.join(u" AND "_s);
}

} // namespace

QList<SearchText::Amount> SearchText::amounts(const QString& userText, const QLocale& locale)
{
    QString text = userText.trimmed();
    if (text.isEmpty() || text.size() > 40)
        return {};
    // Every search is read as an amount, so the currencies' codes and symbols are made once.
    struct Mark
    {
        QString code;
        QString symbol;
    };
    static const QList<Mark> known = [] {
        QList<Mark> marks;
        for (const QString& code : Currency::knownCodes())
            marks << Mark{code, Currency::symbol(code)};
        return marks;
    }();
    // A symbol or code at either end names the currencies; the longest one that fits wins
    // ("CA$" before "$").
    QStringList only;
    qsizetype best = 0;
    bool atStart = false;
    for (const Mark& entry : known) {
        for (const QString& mark : {entry.symbol, entry.code}) {
            for (bool start : {true, false}) {
                const bool fits = start ? text.startsWith(mark, Qt::CaseInsensitive)
                                        : text.endsWith(mark, Qt::CaseInsensitive);
                if (!fits || mark.size() < best)
                    continue;
                if (mark.size() > best || start != atStart)
                    only.clear();
                best = mark.size();
                atStart = start;
                if (!only.contains(entry.code))
                    only << entry.code;
            }
        }
    }
    if (best > 0)
        text = (atStart ? text.mid(best) : text.left(text.size() - best)).trimmed();
    if (!isLocaleNumber(text, locale))
        return {};

    // What is left is digits, the locale's separators and its point, which no currency's symbol
    // or code is made of: the value depends on the currency's exponent only, so it is read once
    // for each exponent (0, 2 and 3 for the 44 currencies) rather than once for each currency.
    QHash<int, qint64> byExponent; // exponent → minor units, 0 when not a positive amount
    QList<Amount> result;
    auto add = [&](const QString& code) {
        const int exponent = Currency::exponent(code);
        auto read = byExponent.constFind(exponent);
        if (read == byExponent.cend()) {
            const auto money = Money::parseUserInput(text, code, locale);
            read = byExponent.insert(exponent, money && money->isPositive() ? money->minorUnits() : 0);
        }
        if (*read <= 0)
            return;
        auto it =
            std::find_if(result.begin(), result.end(), [&](const Amount& a) { return a.minor == *read; });
        if (it == result.end())
            result << Amount{*read, {code}};
        else
            it->currencies << code;
    };
    if (only.isEmpty()) {
        for (const Mark& mark : known)
            add(mark.code);
    } else {
        for (const QString& code : std::as_const(only))
            add(code);
    }
    return result;
}

QString SearchText::forPayment(const Payment& payment)
{
    return forFields(payment.customer, payment.reference.number, payment.cardLast4,
                     payment.providerReference);
}

QString SearchText::forFields(const Customer& customer, const QString& referenceNumber,
                              const QString& cardLast4, const QString& providerReference)
{
    // The non-empty parts joined by spaces, in lower case, written into one string: a list of the
    // parts and its join were about a third of this in a first sync's write of each row (issue 9).
    const QString digits = digitsOf(customer.phone);
    QString text;
    text.reserve(customer.name.size() + customer.email.size() + 2 * digits.size() + referenceNumber.size() +
                 cardLast4.size() + providerReference.size() + 6);
    const auto add = [&text](QStringView part) {
        if (part.isEmpty())
            return;
        if (!text.isEmpty())
            text.append(u' ');
        text.append(part);
    };
    add(customer.name);
    add(customer.email);
    if (!digits.isEmpty()) {
        // The full international number and the national significant number, so "+44 7700",
        // "447700", "7700" and "07700" all find it.
        add(digits);
        const int cc = callingCodeLength(digits);
        if (customer.phone.startsWith(u'+') && digits.size() > cc)
            add(QStringView(digits).mid(cc));
    }
    add(referenceNumber);
    add(cardLast4);
    // Democrance and myKaarma give their reference number as both; Payment Assist's pa_ref is
    // only here.
    if (providerReference.compare(referenceNumber, Qt::CaseInsensitive) != 0)
        add(providerReference);
    return std::move(text).toLower();
}

QString SearchText::matchExpression(const QString& userText)
{
    return conditionOf(searchTermsOf(userText.trimmed()), prefixTerm);
}

QString SearchText::scanCondition(const QString& userText, QVariantList& binds)
{
    // The words of search_text as the unicode61 tokenizer splits them: the separators that its
    // parts (name, e-mail, digits, reference, card last 4) hold become spaces, and a leading
    // space lets "% word%" find a word at the very start too.
    static const QString words = [] {
        QString column = u"search_text"_s;
        for (const QString& separator : {u"."_s, u"@"_s, u"-"_s, u"_"_s, u"+"_s, u"''"_s, u"/"_s, u","_s})
            column = u"replace(%1, '%2', ' ')"_s.arg(column, separator);
        return u"(' ' || %1)"_s.arg(column);
    }();
    const QString condition = conditionOf(searchTermsOf(userText.trimmed()), [&](const QString& word) {
        // Words hold only letters and digits, so they hold no LIKE wildcard.
        binds << QVariant(u"% "_s + word + u"%"_s);
        return u"%1 LIKE ?"_s.arg(words);
    });
    return condition.isEmpty() ? QString() : u"(%1)"_s.arg(condition);
}

SearchText::RowMatcher::RowMatcher(const QString& userText, const QLocale& locale)
    : RowMatcher(userText, amounts(userText, locale))
{
}

SearchText::RowMatcher::RowMatcher(const QString& userText, QList<Amount> amounts)
    : m_amounts(std::move(amounts))
{
    const SearchTerms terms = searchTermsOf(userText.trimmed());
    m_anyWord = !terms.anyOf.isEmpty();
    for (const QString& word : m_anyWord ? terms.anyOf : terms.allOf)
        m_words << fold(word);
}

qsizetype SearchText::RowMatcher::longestWord() const
{
    qsizetype longest = 0;
    for (const QString& word : m_words)
        longest = std::max(longest, word.size());
    return longest;
}

QString SearchText::RowMatcher::longerWordsMatch(qsizetype length) const
{
    if (m_anyWord || !m_amounts.isEmpty())
        return {};
    QStringList longer;
    for (const QString& word : m_words) {
        if (word.size() > length)
            longer << prefixTerm(word);
    }
    if (longer.isEmpty() || longer.size() == m_words.size())
        return {};
    return longer.join(u" AND "_s);
}

QString SearchText::RowMatcher::fold(const QString& text)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();
    QString folded;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toLower();
}

bool SearchText::RowMatcher::matches(const QString& searchText, qint64 amountMinor,
                                     const QString& currency) const
{
    for (const Amount& amount : m_amounts) {
        if (amount.minor == amountMinor && amount.currencies.contains(currency))
            return true;
    }
    if (m_words.isEmpty())
        return false;
    // The row's words, as the tokenizer splits them: runs of letters, digits (and private-use
    // characters), folded.
    const QString text = fold(searchText);
    QList<QStringView> tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inToken = i < text.size() && (text.at(i).isLetterOrNumber() ||
                                                 text.at(i).category() == QChar::Other_PrivateUse);
        if (inToken && start < 0) {
            start = i;
        } else if (!inToken && start >= 0) {
            tokens << QStringView(text).sliced(start, i - start);
            start = -1;
        }
    }
    auto begins = [&](const QString& word) {
        return std::any_of(tokens.cbegin(), tokens.cend(),
                           [&](QStringView token) { return token.startsWith(word); });
    };
    return m_anyWord ? std::any_of(m_words.cbegin(), m_words.cend(), begins)
                     : std::all_of(m_words.cbegin(), m_words.cend(), begins);
}

} // namespace paydesk
