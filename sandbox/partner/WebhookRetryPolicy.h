#pragma once

#include <QRandomGenerator>

#include <algorithm>

namespace paydesk::sandbox {

/**
 * How the webhook dispatcher retries a delivery that did not get a 2xx: exponential backoff
 * from baseMs, doubling, capped at capMs, with "equal jitter" (half the step fixed, half
 * random) so that many failed deliveries do not retry in lock-step; after maxAttempts the
 * delivery is dead-lettered. Tests shrink the numbers so a full schedule runs in
 * milliseconds.
 */
struct WebhookRetryPolicy
{
    int baseMs = 1000;
    int capMs = 60000;
    /// Attempts in all, the first one included.
    int maxAttempts = 6;
    /// Per-request transfer timeout (token fetch and delivery).
    int timeoutMs = 10000;

    /// The wait before attempt number `nextAttempt` (2 = the first retry).
    int delayBeforeAttempt(int nextAttempt, QRandomGenerator& random) const
    {
        const int retry = std::max(1, nextAttempt - 1);
        qint64 step = std::max(1, baseMs);
        for (int i = 1; i < retry && step < capMs; ++i)
            step *= 2;
        step = std::min<qint64>(step, std::max(1, capMs));
        const qint64 half = step / 2;
        return int(step - half + (half > 0 ? qint64(random.bounded(quint32(half + 1))) : 0));
    }
};

} // namespace paydesk::sandbox
