#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace paydesk {

/**
 * Kiosk mode's settings, group "Kiosk" of PayDesk's settings. IT provisions them for every user
 * of a computer in the system scope (Linux `/etc/xdg/PayDesk/PayDesk.conf`, Windows
 * `HKLM\Software\PayDesk\PayDesk`, macOS `/Library/Preferences/com.paydesk.PayDesk.plist`); a
 * key set there wins over the user's own settings and cannot be changed from the kiosk
 * (isProvisioned()). Keys: enabled, profile, stores, pinHash, languages, idleSeconds,
 * finalIdleSeconds, staffIdleMinutes, dealershipName.
 */
struct KioskConfig
{
    bool enabled = false;
    QString profile;
    /// The stores whose payments the kiosk may show; empty = every store of the profile.
    QStringList storeIds;
    /// StaffPin::hash() form; empty = no PIN set (staff cannot unlock).
    QString pinHash;
    /// Languages offered on the Welcome screen; empty = every catalogue shipped.
    QStringList languages;
    int idleSeconds = 60;
    int finalIdleSeconds = 30;
    int staffIdleMinutes = 15;
    QString dealershipName;

    /// Keys that came from the system scope.
    QSet<QString> provisioned;
    bool isProvisioned(const QString& key) const { return provisioned.contains(key); }

    /// Reads the system scope first, then the user's settings for keys IT left unset.
    static KioskConfig load();
    /// Writes `key` to the user's settings unless it is provisioned; returns whether it did.
    static bool saveUserValue(const QString& key, const QVariant& value);
};

} // namespace paydesk
