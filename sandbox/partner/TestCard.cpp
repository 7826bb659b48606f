#include "TestCard.h"

namespace paydesk::sandbox {

bool TestCard::luhnValid(QStringView digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (d < 0)
            return false;
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

QString TestCard::brandOf(QStringView d)
{
    auto prefix = [&](int len) { return d.size() >= len ? d.first(len).toInt() : -1; };
    if (d.startsWith(u'4'))
        return QStringLiteral("VISA");
    const int two = prefix(2);
    const int four = prefix(4);
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return QStringLiteral("MASTERCARD");
    if (two == 34 || two == 37)
        return QStringLiteral("AMEX");
    if (d.startsWith(u"6011") || d.startsWith(u"65"))
        return QStringLiteral("DISCOVER");
    if (four >= 3528 && four <= 3589)
        return QStringLiteral("JCB");
    if (two == 50 || (two >= 56 && two <= 69))
        return QStringLiteral("MAESTRO");
    return QStringLiteral("CARD");
}

Result<TestCard, QString> TestCard::fromInput(const QString& cardNumber)
{
    QString digits;
    digits.reserve(cardNumber.size());
    for (const QChar c : cardNumber) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c != u' ' && c != u'-')
            return fail(tr("A card number has only digits."));
    }
    if (digits.isEmpty())
        return fail(tr("Enter the card number."));
    if (digits.size() < 12 || digits.size() > 19)
        return fail(tr("A card number has 12 to 19 digits."));
    if (!luhnValid(digits))
        return fail(tr("That card number is not valid. Check it and try again."));
    TestCard card;
    card.brand = brandOf(digits);
    card.last4 = digits.right(4);
    card.declines = digits == u"4000000000000002";
    // Overwrite the local copy: the full number should not linger in freed memory either.
    digits.fill(u'0');
    return card;
}

} // namespace paydesk::sandbox
