#pragma once

#include "api/ConnectionProfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace paydesk::ui {

/**
 * Everything PayDesk remembers between runs that is not a secret, persisted with QSettings
 * (`connections/<name>/…` via ConnectionProfile, `currentProfile`, `ui/language`, `ui/theme`,
 * `notifications/…`).
 *
 * The client secret and tokens are never here: they live in the OS keychain under
 * SecretStore::clientSecretKey(profileName). SettingsDialog, FirstRunDialog and the View
 * menu's theme choice write through this class, and nothing else writes these keys; the app
 * reads it at start-up (`AppSettings::load()`), applies `language` with Translator and `theme`
 * with the theme code.
 */
struct AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::ui::AppSettings)

public:
    /// Connection profiles (core's ConnectionProfile, stored under `connections/<name>/`).
    QList<ConnectionProfile> profiles;
    QString currentProfile;
    /// A catalogue language ("en", "de", "fr", "es", "it", "nl"), or empty for the system language.
    QString language;
    /// "system", "light" or "dark".
    QString theme = QStringLiteral("system");
    bool notifyPaid = true;
    bool notifyFailed = true;
    /// Notify when a paid payment's funds clear (safe to release).
    bool notifyCleared = true;
    /// A paid payment whose funds have not cleared after this many days is marked overdue.
    int clearanceOverdueDays = 3;
    /// Also notify while the window is in front (otherwise only when it is not active).
    bool notifyWhenActive = false;

    /// Reads from `settings` (missing keys give the defaults above).
    static AppSettings load(QSettings& settings);
    /// Reads from the application's default QSettings.
    static AppSettings load();
    /// Writes everything; false when the file could not be written (QSettings::status()).
    bool save(QSettings& settings) const;
    bool save() const;
    /// Stores only the theme ("system", "light" or "dark"; anything else is "system"), e.g. when
    /// it is chosen in the View menu. Nothing else writes `ui/theme`.
    static void saveTheme(QSettings& settings, const QString& theme);
    static void saveTheme(const QString& theme);

    /// The profile named `currentProfile`, or the first one; nullptr when there is none.
    const ConnectionProfile* current() const;
    const ConnectionProfile* profile(const QString& name) const;

    /// A secret-free JSON picture of these settings, for the audit log's before/after.
    QJsonObject toAuditJson() const;

    friend bool operator==(const AppSettings&, const AppSettings&) = default;
};

} // namespace paydesk::ui
