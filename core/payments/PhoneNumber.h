#pragma once

#include <QString>

#include <optional>

namespace paydesk {

/**
 * Turns what people type into E.164 ("+447700900123").
 *
 * Accepts international numbers ("+44 7700 900123", "0044 7700 900123") and national ones
 * with a trunk zero ("07700 900123") for the dealer's default country calling code. Spaces,
 * dashes, dots and brackets are ignored. This is a syntactic check (E.164: 8–15 digits, no
 * leading zero after the +), not a numbering-plan check.
 */
class PhoneNumber
{
public:
    static std::optional<QString> toE164(const QString& input,
                                         const QString& defaultCallingCode = QStringLiteral("44"));
    static bool isE164(const QString& number);
};

} // namespace paydesk
