#pragma once

#include "util/Clock.h"

namespace paydesk {

/**
 * The kiosk look-up's cool-down: the first FreeAttempts failures cost nothing; each failure
 * after them blocks the look-up for a cool-down that doubles (BaseCooldownMs, 2×, 4×, … up to
 * MaxCooldownMs). A successful look-up starts the count again. Time from the injected Clock.
 */
class LookupThrottle
{
public:
    static constexpr int FreeAttempts = 5;
    static constexpr qint64 BaseCooldownMs = 30'000;
    static constexpr qint64 MaxCooldownMs = 15 * 60'000;

    explicit LookupThrottle(const Clock& clock)
        : m_clock(clock)
    {
    }

    /// Milliseconds until the next look-up is allowed; 0 = now.
    qint64 remainingMs() const;
    bool isBlocked() const { return remainingMs() > 0; }
    void recordFailure();
    void recordSuccess();
    int failures() const { return m_failures; }

private:
    const Clock& m_clock;
    int m_failures = 0;
    qint64 m_blockedUntilMs = 0;
};

} // namespace paydesk
