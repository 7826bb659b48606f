#include "StatusColorPalette.h"

#include <QtMath>

namespace paydesk::ui {

StatusColorPalette::StatusColorPalette(bool dark)
    : m_dark(dark)
{
}

StatusColorPalette::Tone StatusColorPalette::toneOf(PaymentStatus::Code code)
{
    using Code = PaymentStatus::Code;
    switch (code) {
    case Code::Initiated:
    case Code::Notified:
    case Code::Viewed:
        return Tone::Waiting;
    case Code::InProgress:
    case Code::Authorised:
        return Tone::Progress;
    case Code::Paid:
        return Tone::Success;
    case Code::Failed:
        return Tone::Danger;
    case Code::Cancelled:
    case Code::Expired:
        return Tone::Muted;
    case Code::PartiallyRefunded:
    case Code::Refunded:
        return Tone::Refund;
    case Code::Unknown:
        break;
    }
    return Tone::Unknown;
}

StatusColorPalette::Tone StatusColorPalette::toneOf(PaymentStatus::Code code, bool fundsCleared)
{
    if (code == PaymentStatus::Code::Paid)
        return fundsCleared ? Tone::Cleared : Tone::Clearing;
    return toneOf(code);
}

StatusColorPalette::Colors StatusColorPalette::colors(Tone tone) const
{
    // Light: pale fill, dark text. Dark: deep fill, light text. Borders help in high contrast.
    if (!m_dark) {
        switch (tone) {
        case Tone::Waiting:
            return {QColor(0xe3, 0xed, 0xfb), QColor(0x15, 0x45, 0x8c), QColor(0xa9, 0xc5, 0xee)};
        case Tone::Progress:
            return {QColor(0xfd, 0xf0, 0xd5), QColor(0x7a, 0x4a, 0x00), QColor(0xf0, 0xc8, 0x7a)};
        case Tone::Success:
            return {QColor(0xdc, 0xf3, 0xe2), QColor(0x12, 0x5c, 0x2b), QColor(0x98, 0xd4, 0xa8)};
        case Tone::Clearing:
            return {QColor(0xff, 0xff, 0xff), QColor(0x7a, 0x4a, 0x00), QColor(0xd9, 0x8a, 0x00), 2.0};
        case Tone::Cleared:
            return {QColor(0x1e, 0x7a, 0x3c), QColor(0xff, 0xff, 0xff), QColor(0x16, 0x5c, 0x2d)};
        case Tone::Danger:
            return {QColor(0xfb, 0xe1, 0xe1), QColor(0x9b, 0x1c, 0x1c), QColor(0xee, 0xa5, 0xa5)};
        case Tone::Muted:
            return {QColor(0xec, 0xed, 0xf0), QColor(0x4a, 0x50, 0x5a), QColor(0xc9, 0xcc, 0xd2)};
        case Tone::Refund:
            return {QColor(0xee, 0xe6, 0xfb), QColor(0x55, 0x2d, 0x9c), QColor(0xc8, 0xb5, 0xee)};
        case Tone::Unknown:
            break;
        }
        return {QColor(0xff, 0xff, 0xff), QColor(0x3a, 0x3f, 0x46), QColor(0x8a, 0x90, 0x99)};
    }
    switch (tone) {
    case Tone::Waiting:
        return {QColor(0x1a, 0x34, 0x5c), QColor(0xb9, 0xd4, 0xfa), QColor(0x2c, 0x52, 0x8a)};
    case Tone::Progress:
        return {QColor(0x4a, 0x36, 0x0c), QColor(0xf8, 0xd9, 0x8f), QColor(0x7a, 0x5a, 0x1a)};
    case Tone::Success:
        return {QColor(0x13, 0x44, 0x24), QColor(0xa6, 0xe9, 0xb8), QColor(0x23, 0x6e, 0x3c)};
    case Tone::Clearing:
        return {QColor(0x1e, 0x1f, 0x22), QColor(0xf8, 0xc8, 0x6a), QColor(0xe0, 0xa0, 0x30), 2.0};
    case Tone::Cleared:
        return {QColor(0x3f, 0xb9, 0x6a), QColor(0x0b, 0x24, 0x14), QColor(0x6a, 0xd6, 0x8f)};
    case Tone::Danger:
        return {QColor(0x5a, 0x1a, 0x1a), QColor(0xff, 0xbc, 0xbc), QColor(0x8e, 0x2c, 0x2c)};
    case Tone::Muted:
        return {QColor(0x32, 0x36, 0x3c), QColor(0xc4, 0xc8, 0xcf), QColor(0x4a, 0x4f, 0x57)};
    case Tone::Refund:
        return {QColor(0x38, 0x25, 0x5e), QColor(0xd8, 0xc6, 0xfa), QColor(0x58, 0x3e, 0x8e)};
    case Tone::Unknown:
        break;
    }
    return {QColor(0x17, 0x19, 0x1d), QColor(0xe0, 0xe3, 0xe7), QColor(0x8a, 0x90, 0x99)};
}

double StatusColorPalette::contrastRatio(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace paydesk::ui
