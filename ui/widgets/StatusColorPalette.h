#pragma once

#include "payments/PaymentStatus.h"

#include <QColor>

namespace paydesk::ui {

/**
 * Badge colours for payment statuses, one set for light and one for dark backgrounds
 * (after KeePassXC's StateColorPalette). Colour is never the only signal: the badge also
 * carries the status text. Every pair keeps a WCAG contrast of at least 4.5:1.
 */
class StatusColorPalette
{
public:
    /// What a status means to a cashier; statuses with the same tone share colours.
    enum class Tone
    {
        Waiting,  ///< initiated / notified / viewed: the customer has not acted yet
        Progress, ///< in progress / authorised: the customer is paying
        Success,  ///< paid (before the funds cleared: Clearing; after: Cleared)
        Clearing, ///< paid, funds not cleared yet: an amber outline, not yet safe
        Cleared,  ///< paid and funds cleared: solid green, safe to release
        Danger,   ///< failed
        Muted,    ///< cancelled / expired: over, nothing to do
        Refund,   ///< partially refunded / refunded
        Unknown,  ///< a status PayDesk does not know
    };

    struct Colors
    {
        QColor background;
        QColor foreground;
        QColor border;
        /// An outline badge (Clearing) draws a heavier border over a plain background.
        qreal borderWidth = 1.0;
    };

    explicit StatusColorPalette(bool dark = false);

    bool isDark() const { return m_dark; }
    static Tone toneOf(PaymentStatus::Code code);
    /// As toneOf(code), but a paid payment is Clearing until its funds cleared, then Cleared.
    static Tone toneOf(PaymentStatus::Code code, bool fundsCleared);
    Colors colors(Tone tone) const;
    Colors colors(PaymentStatus::Code code) const { return colors(toneOf(code)); }

    /// WCAG 2 contrast ratio of two colours (1..21).
    static double contrastRatio(const QColor& a, const QColor& b);

private:
    bool m_dark = false;
};

} // namespace paydesk::ui
