#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

class QJsonValue;

namespace paydesk {

/// Why an amount could not be turned into Money. The message is translated and fit for a form field.
struct MoneyError
{
    enum class Kind
    {
        Empty,
        Syntax,
        NotFinite,
        TooManyDecimals,
        OutOfRange,
        UnknownCurrency,
        Inexact,
    };
    Kind kind;
    QString message;
};

/**
 * An amount of money: an integer count of minor units plus an ISO 4217 currency code.
 *
 * There is no double anywhere in its arithmetic. Decimal text and JSON numbers are
 * parsed digit by digit, so "249.99" GBP is exactly 24999 pence.
 */
class Money
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::Money)

public:
    using ParseResult = Result<Money, MoneyError>;

    /// An invalid amount (no currency).
    Money() = default;

    /// Minor units of a known currency; an unknown currency gives an error.
    static ParseResult fromMinor(qint64 minorUnits, const QString& currency);

    /// Exact parse of a plain decimal ("249.99", "-5", "1.5e2") in major units.
    static ParseResult parse(QStringView decimal, const QString& currency);

    /// What a person typed in a form, in their locale ("1.234,56" in German), in major units.
    /// The inverse of formatUserInput().
    static ParseResult parseUserInput(QStringView text, const QString& currency,
                                      const QLocale& locale = QLocale());

    /// A JSON amount in major units: a number (249.99) or a decimal string ("249.99").
    static ParseResult fromJson(const QJsonValue& value, const QString& currency);

    bool isValid() const { return !m_currency.isEmpty(); }
    qint64 minorUnits() const { return m_minor; }
    const QString& currency() const { return m_currency; }
    int exponent() const;
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    /// Sum of two amounts in the same currency; nothing on a currency mismatch or overflow.
    std::optional<Money> checkedAdd(const Money& other) const;

    /// Canonical decimal text with exactly the currency's decimals: "249.99", "-0.50", "1000".
    QString toDecimalString() const;

    /// A JSON number in major units, for the wire. See the comment in the implementation.
    QJsonValue toJsonNumber() const;

    /// Locale-aware display: "£249.99" (en_GB), "249,99 £" (de_DE), "¥1,000".
    QString format(const QLocale& locale = QLocale()) const;

    /**
     * The amount as a person would type it in a form field: the locale's digits, group
     * separators and decimal point with exactly the currency's decimals, no symbol ("1,234.50"
     * in en_GB, "1.234,50" in de_DE, "1,000" for JPY). The inverse of parseUserInput():
     * `parseUserInput(m.formatUserInput(locale), m.currency(), locale) == m`.
     */
    QString formatUserInput(const QLocale& locale = QLocale()) const;

    friend bool operator==(const Money& a, const Money& b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    friend bool operator!=(const Money& a, const Money& b) { return !(a == b); }

private:
    /// The unsigned number with the currency's decimals in `locale`: "1,234.56".
    QString localeNumber(const QLocale& locale) const;

    Money(qint64 minor, QString currency)
        : m_minor(minor)
        , m_currency(std::move(currency))
    {
    }

    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace paydesk
