#pragma once

#include "payments/Payment.h"

#include <QDateTime>

#include <algorithm>

namespace paydesk {

/**
 * When a change a provider connector sees now happened, for Payment::updatedAt: the provider's
 * own time of it (`providerTime`: a Democrance policy's `modified`, a myKaarma order's
 * dealerOrderSyncDate, a Payment Assist customer's last_accessed_at) when that time explains the
 * change — the payment is new here, or the time is later than the change PayDesk recorded last —
 * but never later than `now`. Otherwise `now`: the provider gave no usable time, or an older one,
 * so the change is news to its clock too (a payment's progress that moves no time of the policy).
 * This keeps a dashboard sorted by last change in the order things happened, not in the order a
 * poller first listed them.
 */
inline QDateTime changeTime(const Payment& base, const QDateTime& providerTime, const QDateTime& now)
{
    if (!providerTime.isValid())
        return now;
    if (base.version == 0 || !base.updatedAt.isValid() || providerTime > base.updatedAt)
        return std::min(providerTime, now);
    return now;
}

} // namespace paydesk
