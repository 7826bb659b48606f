#pragma once

#include "util/Clock.h"

#include <QString>

namespace paydesk {

/**
 * The kiosk look-up's cool-down: after FreeAttempts failed look-ups in a row the look-up is
 * blocked for BaseCooldownMs, and each failure after that blocks it for twice as long as the
 * one before (up to MaxCooldownMs). A successful look-up starts the count again.
 *
 * Like PinLockout, the count and the end of the cool-down are written to the settings file
 * (group "KioskLookupLock") at once, so quitting or restarting PayDesk neither resets the count
 * nor lifts the cool-down. It is judged by the wall clock of the injected Clock (it must hold
 * across restarts); a wall clock set back never makes a cool-down longer than it was given.
 */
class LookupThrottle
{
public:
    static constexpr int FreeAttempts = 5;
    static constexpr qint64 BaseCooldownMs = 30'000;
    static constexpr qint64 MaxCooldownMs = 15 * 60'000;

    /// `settingsPath` empty = the user's PayDesk settings (QSettings()).
    explicit LookupThrottle(const Clock& clock, QString settingsPath = {});

    /// Milliseconds until the next look-up is allowed; 0 = now.
    qint64 remainingMs() const;
    bool isBlocked() const { return remainingMs() > 0; }
    void recordFailure();
    void recordSuccess();
    int failures() const;

private:
    const Clock& m_clock;
    QString m_settingsPath;
};

} // namespace paydesk
