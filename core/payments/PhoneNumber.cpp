#include "PhoneNumber.h"

namespace paydesk {

bool PhoneNumber::isE164(const QString& number)
{
    if (number.size() < 9 || number.size() > 16 || number[0] != u'+' || number[1] == u'0')
        return false;
    for (qsizetype i = 1; i < number.size(); ++i) {
        if (number[i] < u'0' || number[i] > u'9')
            return false;
    }
    return true;
}

std::optional<QString> PhoneNumber::toE164(const QString& input, const QString& defaultCallingCode)
{
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input[i];
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/') {
            continue;
        } else {
            return std::nullopt;
        }
    }
    QString e164;
    if (plus) {
        e164 = u'+' + digits;
    } else if (digits.startsWith(QStringLiteral("00"))) {
        e164 = u'+' + digits.mid(2);
    } else if (digits.startsWith(u'0') && !defaultCallingCode.isEmpty()) {
        e164 = u'+' + defaultCallingCode + digits.mid(1);
    } else {
        return std::nullopt;
    }
    // "+44 (0)7700 900123": a trunk zero written after the country code.
    if (!defaultCallingCode.isEmpty() && e164.startsWith(u'+' + defaultCallingCode + u'0'))
        e164.remove(1 + defaultCallingCode.size(), 1);
    if (!isE164(e164))
        return std::nullopt;
    return e164;
}

} // namespace paydesk
