#pragma once

#include "util/Clock.h"

#include <QDateTime>
#include <QString>

namespace paydesk {

/**
 * Counts wrong staff PINs: MaxFailures in a row lock the PIN entry for LockMinutes. The count
 * and the end of the lock are written to the settings file (group "KioskPinLock") at once, so
 * quitting or restarting PayDesk neither resets the count nor lifts the lock. The lock is
 * judged by the wall clock of the injected Clock (it must hold across restarts).
 */
class PinLockout
{
public:
    static constexpr int MaxFailures = 10;
    static constexpr int LockMinutes = 30;

    /// `settingsPath` empty = the user's PayDesk settings (QSettings()).
    explicit PinLockout(const Clock& clock, QString settingsPath = {});

    bool isLocked() const;
    /// When the lock ends; invalid when not locked.
    QDateTime lockedUntil() const;
    int failures() const;

    /// Records a wrong PIN; returns true when this one locked the entry.
    bool recordFailure();
    /// A right PIN: the count starts again.
    void recordSuccess();

private:
    const Clock& m_clock;
    QString m_settingsPath;
};

} // namespace paydesk
