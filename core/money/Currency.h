#pragma once

#include <QString>

namespace paydesk {

/// ISO 4217 facts PayDesk needs about a currency: its minor-unit exponent and a display symbol.
class Currency
{
public:
    /// Minor-unit exponent (GBP 2, JPY 0, BHD 3), or -1 for a code PayDesk does not know.
    static int exponent(QStringView code);
    static bool isKnown(QStringView code) { return exponent(code) >= 0; }
    /// A short symbol for display ("£", "€"); the ISO code itself where no common symbol exists.
    static QString symbol(QStringView code);
    /// All known codes, sorted, for pickers.
    static QStringList knownCodes();
};

} // namespace paydesk
