#pragma once

#include <QString>
#include <QStringView>

namespace paydesk {

/**
 * The one rule for "this is a card number" (a PCI DSS primary account number), used wherever
 * PayDesk looks for one: the dealer's forms refuse it, data from a provider is masked with it
 * before it reaches the cache or the audit log, and the sandbox refuses it in requests.
 *
 * A card number is 13–19 digits that start with a card brand's IIN range, have a length that
 * brand issues, and pass the Luhn check. Luhn alone is not enough: one numeric reference in
 * ten passes it, and an acquirer's or partner's reference must not be mistaken for a card.
 *
 * In free text, digits may be grouped by single spaces or dashes ("4111 1111 1111 1111",
 * "3782-822463-10005"); any run of whole groups is a candidate, so a card number followed by
 * an expiry or preceded by an order number is still found. Digits joined to more digits
 * ("04111111111111111") are one longer number, not a card, and up to 15 digits after a "+" are a
 * phone number ("+49 151 12345678" would otherwise pass as a 13-digit Visa).
 *
 * @code
 * if (CardNumber::containsCardNumber(description)) refuse(...);
 * payment.description = CardNumber::maskCardNumbers(payment.description); // "•••• 1111"
 * @endcode
 */
class CardNumber
{
public:
    enum class Brand
    {
        None,
        Visa,
        Mastercard,
        Amex,
        Discover,
        Jcb,
        DinersClub,
        Maestro,
    };

    static constexpr int kMinDigits = 13;
    static constexpr int kMaxDigits = 19;

    /// The brand whose IIN range and lengths fit `digits` (ASCII digits only; no Luhn check).
    static Brand brandOf(QStringView digits);
    /// "VISA", "MASTERCARD", … (wire names, not translated); empty for None.
    static QString brandName(Brand brand);
    static bool luhnValid(QStringView digits);
    /// `digits` (ASCII digits only) is a card number: a brand's IIN and length, and Luhn.
    static bool isCardNumber(QStringView digits);

    /// True when `text` holds a card number anywhere (grouped or not).
    static bool containsCardNumber(QStringView text);
    /// `text` with every card number replaced by "•••• " and its last four digits. The result
    /// never contains a card number (a replacement that forms a new one is masked again).
    static QString maskCardNumbers(const QString& text);
    /// How a masked card number reads: "•••• 1111".
    static QString masked(QStringView last4);
};

} // namespace paydesk
