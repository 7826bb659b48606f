#include "Money.h"

#include "Currency.h"

#include <QJsonValue>

#include <cmath>
#include <limits>

namespace paydesk {

namespace {

MoneyError makeError(MoneyError::Kind kind, const QString& message)
{
    return MoneyError{kind, message};
}

Unexpected<MoneyError> unknownCurrency(const QString& currency)
{
    return fail(makeError(MoneyError::Kind::UnknownCurrency,
                          Money::tr("“%1” is not a currency PayDesk knows.").arg(currency)));
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

int Money::exponent() const
{
    return Currency::exponent(m_currency);
}

Money::ParseResult Money::fromMinor(qint64 minorUnits, const QString& currency)
{
    if (!Currency::isKnown(currency))
        return unknownCurrency(currency);
    return Money(minorUnits, currency);
}

Money::ParseResult Money::parse(QStringView text, const QString& currency)
{
    const int exp = Currency::exponent(currency);
    if (exp < 0)
        return unknownCurrency(currency);

    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return fail(makeError(MoneyError::Kind::Empty, tr("Enter an amount.")));

    const QString lower = s.toString().toLower();
    if (lower.contains(u"nan") || lower.contains(u"inf"))
        return fail(makeError(MoneyError::Kind::NotFinite, tr("The amount must be a number.")));

    const auto syntaxError = [] {
        return fail(makeError(MoneyError::Kind::Syntax, tr("The amount must be a number such as 249.99.")));
    };

    qsizetype i = 0;
    bool negative = false;
    if (s[i] == u'-' || s[i] == u'+') {
        negative = s[i] == u'-';
        ++i;
    }

    // Significant digits (integer part then fraction) and how many came after the point.
    QString digits;
    int fractionDigits = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (isAsciiDigit(c)) {
            seenDigit = true;
            digits.append(c);
            if (seenPoint)
                ++fractionDigits;
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!seenDigit)
        return syntaxError();

    // Optional exponent, as JSON and shortest double formatting produce ("1e+21").
    int decimalExponent = 0;
    if (i < s.size() && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < s.size() && (s[i] == u'-' || s[i] == u'+')) {
            expNegative = s[i] == u'-';
            ++i;
        }
        if (i >= s.size())
            return syntaxError();
        for (; i < s.size() && isAsciiDigit(s[i]); ++i) {
            decimalExponent = decimalExponent * 10 + (s[i].unicode() - u'0');
            if (decimalExponent > 1000)
                return fail(makeError(MoneyError::Kind::OutOfRange, tr("The amount is too large.")));
        }
        if (expNegative)
            decimalExponent = -decimalExponent;
    }
    if (i != s.size())
        return syntaxError();

    // value = digits × 10^(decimalExponent − fractionDigits); minor = value × 10^exp.
    int shift = decimalExponent - fractionDigits + exp;

    // Leading zeros carry nothing.
    qsizetype firstNonZero = 0;
    while (firstNonZero < digits.size() && digits[firstNonZero] == u'0')
        ++firstNonZero;
    digits = digits.mid(firstNonZero);
    if (digits.isEmpty())
        return Money(0, currency);

    if (shift < 0) {
        // Digits beyond the currency's precision must all be zero ("249.990" is fine, "249.999" is not).
        const qsizetype drop = -shift;
        const QStringView tail =
            drop >= digits.size() ? QStringView(digits) : QStringView(digits).right(drop);
        for (QChar c : tail) {
            if (c != u'0') {
                return fail(
                    makeError(MoneyError::Kind::TooManyDecimals,
                              exp == 0 ? tr("%1 amounts have no decimals.").arg(currency)
                                       : tr("%1 amounts have at most %2 decimals.").arg(currency).arg(exp)));
            }
        }
        digits.chop(std::min(drop, digits.size()));
        shift = 0;
        if (digits.isEmpty())
            return Money(0, currency);
    }

    const auto tooLarge = [] {
        return fail(makeError(MoneyError::Kind::OutOfRange, tr("The amount is too large.")));
    };
    if (digits.size() + shift > 19)
        return tooLarge();

    // Accumulate as a negative number so that the most negative int64 is reachable too.
    qint64 acc = 0;
    for (QChar c : std::as_const(digits)) {
        const qint64 d = c.unicode() - u'0';
        if (__builtin_mul_overflow(acc, qint64(10), &acc) || __builtin_sub_overflow(acc, d, &acc))
            return tooLarge();
    }
    for (int k = 0; k < shift; ++k) {
        if (__builtin_mul_overflow(acc, qint64(10), &acc))
            return tooLarge();
    }
    if (!negative) {
        if (acc == std::numeric_limits<qint64>::min())
            return tooLarge();
        acc = -acc;
    }
    return Money(acc, currency);
}

Money::ParseResult Money::parseUserInput(QStringView text, const QString& currency, const QLocale& locale)
{
    QString normalised;
    normalised.reserve(text.size());
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    const QString minus = locale.negativeSign();
    const QString symbol = Currency::symbol(currency);
    QString t = text.trimmed().toString();
    // People paste "£249.99" or "249.99 GBP"; the currency is chosen elsewhere in the form.
    t.remove(symbol);
    t.remove(currency, Qt::CaseInsensitive);
    t = t.trimmed();
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QStringView rest = QStringView(t).mid(i);
        if (!group.isEmpty() && rest.startsWith(group)) {
            i += group.size() - 1;
            continue;
        }
        if (rest.startsWith(point)) {
            normalised.append(u'.');
            i += point.size() - 1;
            continue;
        }
        // The whole sign: in Arabic and Persian it carries a direction mark before the minus.
        if (!minus.isEmpty() && rest.startsWith(minus)) {
            normalised.append(u'-');
            i += minus.size() - 1;
            continue;
        }
        const QChar c = t[i];
        if (c.isSpace() || c == QChar(0x202F) || c == QChar(0x00A0))
            continue; // thin and non-breaking spaces used as group separators
        if (c.category() == QChar::Other_Format)
            continue; // invisible direction marks around the number
        if (c.isDigit() && !isAsciiDigit(c)) {
            normalised.append(QChar(u'0' + c.digitValue()));
            continue;
        }
        normalised.append(c);
    }
    return parse(normalised, currency);
}

Money::ParseResult Money::fromJson(const QJsonValue& value, const QString& currency)
{
    if (value.isString())
        return parse(value.toString(), currency);
    if (!value.isDouble())
        return fail(makeError(MoneyError::Kind::Syntax, tr("The amount must be a number such as 249.99.")));

    const double d = value.toDouble();
    if (!std::isfinite(d))
        return fail(makeError(MoneyError::Kind::NotFinite, tr("The amount must be a number.")));
    // Beyond 2^53 a JSON number no longer names one exact integer; such amounts must come as strings.
    constexpr double kExactLimit = 9007199254740992.0;
    if (std::fabs(d) >= kExactLimit)
        return fail(makeError(MoneyError::Kind::Inexact, tr("The amount is too large to be exact.")));

    // The shortest text that round-trips to this double is the decimal the sender wrote:
    // 249.99 parses to 249.98999999999999488..., whose shortest form is "249.99". Parsing
    // that text exactly gives 24999, where a multiply-and-truncate would give 24998.
    return parse(QString::number(d, 'g', QLocale::FloatingPointShortest), currency);
}

std::optional<Money> Money::checkedAdd(const Money& other) const
{
    if (!isValid() || m_currency != other.m_currency)
        return std::nullopt;
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return std::nullopt;
    return Money(sum, m_currency);
}

QString Money::toDecimalString() const
{
    const int exp = std::max(exponent(), 0);
    // Work on the magnitude as unsigned so that the most negative int64 has one too.
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    quint64 pow = 1;
    for (int k = 0; k < exp; ++k)
        pow *= 10;
    QString out = m_minor < 0 ? QStringLiteral("-") : QString();
    out += QString::number(magnitude / pow);
    if (exp > 0)
        out += u'.' + QString::number(magnitude % pow).rightJustified(exp, u'0');
    return out;
}

QJsonValue Money::toJsonNumber() const
{
    // JSON has only one number type. For |minor| < 2^53 both the numerator and 10^exp are exact
    // doubles and IEEE division is correctly rounded, so the result is the double nearest to the
    // decimal amount, and every JSON writer prints it back as exactly that decimal. No arithmetic
    // is ever done on this value; larger amounts go out as decimal strings.
    constexpr qint64 kExactLimit = qint64(1) << 53;
    if (m_minor >= kExactLimit || m_minor <= -kExactLimit)
        return QJsonValue(toDecimalString());
    double pow = 1;
    for (int k = 0; k < std::max(exponent(), 0); ++k)
        pow *= 10;
    return QJsonValue(double(m_minor) / pow);
}

QString Money::localeNumber(const QLocale& locale) const
{
    const int exp = std::max(exponent(), 0);
    // Work on the magnitude as unsigned so that the most negative int64 has one too.
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    quint64 pow = 1;
    for (int k = 0; k < exp; ++k)
        pow *= 10;

    QString number = locale.toString(qulonglong(magnitude / pow));
    if (exp > 0) {
        QString fraction = locale.toString(qulonglong(magnitude % pow));
        fraction.remove(locale.groupSeparator());
        while (fraction.size() < exp)
            fraction.prepend(locale.zeroDigit());
        number += locale.decimalPoint() + fraction;
    }
    return number;
}

QString Money::formatUserInput(const QLocale& locale) const
{
    if (!isValid())
        return QString();
    const QString number = localeNumber(locale);
    return m_minor < 0 ? locale.negativeSign() + number : number;
}

QString Money::format(const QLocale& locale) const
{
    if (!isValid())
        return QString();
    const QString number = localeNumber(locale);
    // Let the locale place the symbol and the sign, using an integer template: "£1", "1 €", "-£1".
    const QString one = locale.toString(1);
    QString pattern = locale.toCurrencyString(qlonglong(m_minor < 0 ? -1 : 1), Currency::symbol(m_currency));
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0)
        return Currency::symbol(m_currency) + u' ' + (m_minor < 0 ? locale.negativeSign() : QString()) +
               number;
    pattern.replace(at, one.size(), number);
    return pattern;
}

} // namespace paydesk
