#pragma once

#include "payments/Payment.h"

#include <QJsonArray>
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

/**
 * A feed page whose payments are not read yet: the page's own fields (`page.payments` empty) and
 * its records as the platform sent them, to be read by PlatformClient::parseFeedItems() (any
 * thread: a first sync reads the next page's records on a thread of its own while it writes a page).
 */
struct UnreadFeedPage
{
    FeedPage page;
    QJsonArray items;
};

} // namespace paydesk
