#include "CardNumber.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace paydesk {

namespace {

constexpr quint32 lengths(int from, int to)
{
    quint32 bits = 0;
    for (int n = from; n <= to; ++n)
        bits |= 1u << n;
    return bits;
}

constexpr quint32 length(int n)
{
    return 1u << n;
}

/// One IIN range: numbers whose first `prefixDigits` digits lie in [low, high], with the
/// lengths (bit n = n digits) the brand issues there.
struct IinRange
{
    CardNumber::Brand brand;
    int prefixDigits;
    int low;
    int high;
    quint32 lengths;
};

using B = CardNumber::Brand;

// The brands' published IIN ranges and lengths (ISO/IEC 7812 issuer tables as the card
// networks publish them, e.g. Discover's IIN bulletin and Mastercard's 2-series notice).
// Where ranges overlap (Maestro's 56–69 and Discover's 6011/644–649/65), the longer prefix
// decides the brand; either way it is a card. Maestro also has 12-digit numbers: they are left
// out on purpose, as a 12-digit run is as often an international phone number without its "+".
constexpr std::array kRanges{
    IinRange{B::Visa, 1, 4, 4, length(13) | length(16) | length(19)},
    IinRange{B::Mastercard, 2, 51, 55, length(16)},
    IinRange{B::Mastercard, 4, 2221, 2720, length(16)},
    IinRange{B::Amex, 2, 34, 34, length(15)},
    IinRange{B::Amex, 2, 37, 37, length(15)},
    IinRange{B::Discover, 4, 6011, 6011, lengths(16, 19)},
    IinRange{B::Discover, 3, 644, 649, lengths(16, 19)},
    IinRange{B::Discover, 2, 65, 65, lengths(16, 19)},
    IinRange{B::Discover, 6, 622126, 622925, lengths(16, 19)},
    IinRange{B::Jcb, 4, 3528, 3589, lengths(16, 19)},
    IinRange{B::DinersClub, 3, 300, 305, lengths(14, 19)},
    IinRange{B::DinersClub, 2, 36, 36, lengths(14, 19)},
    IinRange{B::DinersClub, 2, 38, 39, lengths(14, 19)},
    IinRange{B::Maestro, 2, 50, 50, lengths(13, 19)},
    IinRange{B::Maestro, 2, 56, 69, lengths(13, 19)},
};

bool isDigit(QChar c)
{
    // Any decimal digit (Unicode Nd), so full-width or Arabic-Indic digits are no way around it.
    return c.isDigit() && c.digitValue() >= 0;
}

/// What people and card forms put between digit groups: spaces and dashes, typographic ones too.
bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'-':
    case 0x00A0: // no-break space
    case 0x2009: // thin space
    case 0x202F: // narrow no-break space
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2212: // minus sign
        return true;
    default:
        return false;
    }
}

constexpr int kMaxPhoneDigits = 15;

struct Group
{
    qsizetype begin;
    qsizetype end;
};

struct Found
{
    qsizetype begin;
    qsizetype end;
    QString last4;
};

/// The card numbers among runs of whole groups in `run`, longest first from each start.
void scanRun(QStringView text, const QList<Group>& run, QList<Found>& found)
{
    if (run.isEmpty())
        return;
    const bool afterPlus = run.constFirst().begin > 0 && text.at(run.constFirst().begin - 1) == u'+';
    QString digits;
    qsizetype start = 0;
    while (start < run.size()) {
        digits.clear();
        qsizetype best = -1;
        QString bestDigits;
        for (qsizetype g = start; g < run.size(); ++g) {
            const Group& group = run.at(g);
            if (digits.size() + (group.end - group.begin) > CardNumber::kMaxDigits)
                break;
            for (qsizetype i = group.begin; i < group.end; ++i)
                digits.append(QChar(u'0' + text.at(i).digitValue()));
            // "+49 151 12345678" passes the rule as a 13-digit Visa, but digits after a "+" are
            // an international phone number, up to 15 digits long (E.164).
            if (start == 0 && afterPlus && digits.size() <= kMaxPhoneDigits)
                continue;
            if (digits.size() >= CardNumber::kMinDigits && CardNumber::isCardNumber(digits)) {
                best = g;
                bestDigits = digits;
            }
        }
        if (best < 0) {
            ++start;
            continue;
        }
        found.append({run.at(start).begin, run.at(best).end, bestDigits.right(4)});
        start = best + 1;
    }
}

/// Where UUID-shaped identifiers (8-4-4-4-12 hex digits) lie in `text`. Their all-digit groups
/// form dash-joined runs that pass the rule about once in 20,000 UUIDs (so a log of payment ids
/// would sometimes "contain a card"); a UUID is an identifier by nature, and no card number's
/// 13–19 digits can be written in that 32-digit shape.
QList<Group> uuidSpans(QStringView text)
{
    static const QRegularExpression uuid(
        QStringLiteral("(?<![0-9A-Za-z])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-"
                       "f]{12}(?![0-9A-Za-z])"));
    QList<Group> spans;
    for (auto it = uuid.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        spans.append({m.capturedStart(), m.capturedEnd()});
    }
    return spans;
}

/// Whether `text` holds at least kMinDigits digits: a card number needs that many, and most texts
/// (names, emails, references) have fewer, so they skip the scan and its identifier search.
bool hasEnoughDigits(QStringView text)
{
    int digits = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 ? (u >= u'0' && u <= u'9') : isDigit(c)) {
            if (++digits >= CardNumber::kMinDigits)
                return true;
        }
    }
    return false;
}

QList<Found> findCards(QStringView text)
{
    QList<Found> found;
    if (!hasEnoughDigits(text))
        return found;
    QList<Group> run;
    const QList<Group> uuids = uuidSpans(text);
    qsizetype nextUuid = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (nextUuid < uuids.size() && i >= uuids.at(nextUuid).begin) {
            // An identifier ends any run before it and is skipped whole.
            scanRun(text, run, found);
            run.clear();
            i = std::max(i, uuids.at(nextUuid).end);
            ++nextUuid;
            continue;
        }
        if (!isDigit(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        const qsizetype limit = nextUuid < uuids.size() ? uuids.at(nextUuid).begin : text.size();
        while (i < limit && isDigit(text.at(i)))
            ++i;
        // Groups belong to one run only when exactly one separator lies between them.
        if (!run.isEmpty() && !(begin - run.constLast().end == 1 && isSeparator(text.at(begin - 1)))) {
            scanRun(text, run, found);
            run.clear();
        }
        run.append({begin, i});
    }
    scanRun(text, run, found);
    return found;
}

} // namespace

CardNumber::Brand CardNumber::brandOf(QStringView digits)
{
    const qsizetype n = digits.size();
    if (n < kMinDigits || n > kMaxDigits)
        return Brand::None;
    Brand brand = Brand::None;
    int matchedPrefix = 0;
    for (const IinRange& range : kRanges) {
        if (!(range.lengths & (1u << n)) || range.prefixDigits <= matchedPrefix)
            continue;
        int prefix = 0;
        for (int i = 0; i < range.prefixDigits; ++i) {
            const int d = digits.at(i).unicode() - u'0';
            if (d < 0 || d > 9)
                return Brand::None;
            prefix = prefix * 10 + d;
        }
        if (prefix >= range.low && prefix <= range.high) {
            brand = range.brand;
            matchedPrefix = range.prefixDigits;
        }
    }
    return brand;
}

QString CardNumber::brandName(Brand brand)
{
    switch (brand) {
    case Brand::Visa:
        return QStringLiteral("VISA");
    case Brand::Mastercard:
        return QStringLiteral("MASTERCARD");
    case Brand::Amex:
        return QStringLiteral("AMEX");
    case Brand::Discover:
        return QStringLiteral("DISCOVER");
    case Brand::Jcb:
        return QStringLiteral("JCB");
    case Brand::DinersClub:
        return QStringLiteral("DINERS");
    case Brand::Maestro:
        return QStringLiteral("MAESTRO");
    case Brand::None:
        break;
    }
    return QString();
}

bool CardNumber::luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (d < 0 || d > 9)
            return false;
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool CardNumber::isCardNumber(QStringView digits)
{
    return brandOf(digits) != Brand::None && luhnValid(digits);
}

bool CardNumber::containsCardNumber(QStringView text)
{
    return !findCards(text).isEmpty();
}

QString CardNumber::masked(QStringView last4)
{
    return QStringLiteral("•••• ") + last4.toString();
}

QString CardNumber::maskCardNumbers(const QString& text)
{
    QString out = text;
    // Each pass shortens the text (13+ characters become 9), so this ends; a second pass is
    // needed only when a kept last four and the digits after it form a new card number.
    for (QList<Found> found = findCards(out); !found.isEmpty(); found = findCards(out)) {
        for (qsizetype i = found.size() - 1; i >= 0; --i) {
            const Found& f = found.at(i);
            out.replace(f.begin, f.end - f.begin, masked(f.last4));
        }
    }
    return out;
}

} // namespace paydesk
