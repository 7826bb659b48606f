#pragma once

#include "dialogs/AppSettings.h"
#include "payments/FieldError.h"
#include "secrets/SecretError.h"
#include "store/AuditEntry.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace paydesk {
class SecretStore;
}

namespace paydesk::ui {

/**
 * Settings: connection profiles and their stores, credentials (written to the keychain and
 * never shown back — the secret field is always empty and says whether one is stored), the
 * TLS CA file, language (English / German), theme (system / light / dark) and desktop
 * notification options; and this computer's kiosk mode with its staff PIN (KioskSettingsForm:
 * a new PIN is hashed on a pool thread first, then the save goes on; values IT provisioned
 * are read-only there).
 *
 * A secret is bound to the origin of the profile's token URL (BoundSecret): when the URL's
 * origin is edited, neither "Test connection" nor Save uses the stored secret — it must be
 * typed again. A CA chosen with Browse… is copied into PayDesk's own folder (TrustedCaStore)
 * and its SHA-256 fingerprint is shown. Plain http is allowed only for a profile marked
 * "Local test platform".
 *
 * The connection fields are the ConnectionProfileForm that the first-run screen shows too.
 *
 * On accept new secrets go to the keychain first, all or none (SecretChanges); only when they
 * are stored are the settings saved with QSettings (never the secret), and only once that
 * succeeded are the secrets of removed profiles (and tokens cached for an old address or old
 * credentials) deleted. When the keychain refuses a write, nothing is saved or deleted, the
 * dialog stays open with every change and says why. The dialog applies nothing itself; the
 * caller reacts to the signals and records the audit line:
 *
 * @code
 * SettingsDialog dialog(secrets, this);
 * connect(&dialog, &SettingsDialog::languageChanged, translator, &Translator::setLanguage);
 * connect(&dialog, &SettingsDialog::themeChanged, this, &MainWindow::applyTheme);
 * if (dialog.exec() == QDialog::Accepted && dialog.before() != dialog.after())
 *     store->appendAudit(dialog.auditEntry(userName));
 * @endcode
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Loads the current settings from the default QSettings.
    explicit SettingsDialog(SecretStore& secrets, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// The settings when the dialog opened, and as saved on accept (== before() otherwise).
    const AppSettings& before() const;
    const AppSettings& after() const;

    /// The audit line for this change: action "settings", before/after without secrets (a
    /// profile whose secret was replaced is named, the secret never appears).
    AuditEntry auditEntry(const QString& who) const;

    QString shownError(const QString& field) const;
    /// The result line of the last "Test connection" on the Connection tab.
    QString testResult() const;

public Q_SLOTS:
    void accept() override;
    /// Tests the shown profile with the typed secret, or the stored one (read, never shown).
    void testConnection();

Q_SIGNALS:
    /// A catalogue language ("en", "de", "fr", …) or "" (system); emitted on accept when it changed.
    void languageChanged(const QString& language);
    /// "system", "light" or "dark"; emitted on accept when it changed.
    void themeChanged(const QString& theme);
    /// Emitted on accept when anything changed (including a new secret).
    void settingsChanged();
    /// A connection test ended; testResult() says what works or what is wrong.
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void loadValues();
    int profileIndex(const QString& name) const;
    void storeShownProfile();
    void showProfile(int index);
    void updateSecretPlaceholder();
    /// Whether the secret the profile would use belongs to another origin than its edited URL's
    /// (then it must be typed again: a secret goes only to the origin it was entered for).
    bool secretNeedsRetyping(int index) const;
    void forgetTypedSecret(int index);
    FieldErrors profileErrors(int index) const;
    /// Shows profile `index` on the Connection tab with `errors` under its fields.
    void showProfileErrors(int index, const FieldErrors& errors);
    void secretsWritten(const AppSettings& after, std::optional<SecretError> error);

    class Private;
    std::unique_ptr<Private> m_d;
};

} // namespace paydesk::ui
