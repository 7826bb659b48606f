#pragma once

#include "payments/Payment.h"

#include <QList>

namespace paydesk {

/// One page of a store's change feed.
struct FeedPage
{
    /// Ordered by sequence.
    QList<Payment> payments;
    /// The cursor to ask from next time (and to store with this page).
    qint64 nextSequence = 0;
    bool hasMore = false;
    /// The store's newest sequence when the page was read, if the platform sends it; -1 when not.
    qint64 latestSequence = -1;
};

} // namespace paydesk
