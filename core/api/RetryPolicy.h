#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

namespace paydesk {

/**
 * The retry rule for platform calls (API-NOTES.md "Conventions", RELIABILITY.md "Faults survived"),
 * as pure arithmetic so tests check the schedule without sleeping:
 *
 * - only connection errors, 409, 429 and 5xx are retried; other 4xx never;
 * - exponential backoff from 0.5 s doubling, capped at 5 s, with jitter that only ever shortens
 *   the delay (by up to `jitterFraction`), so the cap is a real upper bound;
 * - a `Retry-After` (seconds or HTTP date) is honoured up to 60 s: the delay is the larger of the
 *   backoff and what the server asked for.
 */
class RetryPolicy
{
public:
    /// Uniform random number in [0, 1). Tests inject a fixed one.
    using JitterSource = std::function<double()>;

    struct Options
    {
        qint64 baseMs = 500;
        qint64 capMs = 5000;
        double jitterFraction = 0.2;
        qint64 retryAfterCapMs = 60000;
        /// Attempts per call, the first one included.
        int maxAttempts = 6;
    };

    RetryPolicy();
    explicit RetryPolicy(Options options, JitterSource jitter = {});

    const Options& options() const { return m_options; }

    /// Whether another attempt is allowed after `attemptsSoFar` attempts ended with `error`.
    bool shouldRetry(const ApiError& error, int attemptsSoFar) const;

    /// The backoff before retry number `retry` (1 = the first retry), jitter included.
    qint64 backoffMs(int retry) const;
    /// The backoff without jitter: min(cap, base · 2^(retry−1)).
    qint64 nominalBackoffMs(int retry) const;
    /// The delay before retry number `retry` after `error`: the backoff, or the server's Retry-After if
    /// longer.
    qint64 delayMs(int retry, const ApiError& error) const;

    /**
     * Reads a Retry-After header: delay-seconds ("7") or an HTTP date (IMF-fixdate, RFC 850 or
     * asctime form) relative to `now`. Dates in the past give 0. The result is capped at `capMs`.
     * Nothing for an empty or unreadable value.
     */
    static std::optional<qint64> parseRetryAfterMs(const QByteArray& value, const QDateTime& now,
                                                   qint64 capMs = 60000);

private:
    Options m_options;
    JitterSource m_jitter;
};

} // namespace paydesk
