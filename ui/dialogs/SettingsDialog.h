#pragma once

#include "dialogs/AppSettings.h"
#include "payments/FieldError.h"
#include "store/AuditEntry.h"

#include <QDialog>

#include <memory>

namespace paydesk {
class SecretStore;
}

namespace paydesk::ui {

/**
 * Settings: connection profiles and their stores, credentials (written to the keychain and
 * never shown back — the secret field is always empty and says whether one is stored), the
 * TLS CA file, language (English / German), theme (system / light / dark) and desktop
 * notification options.
 *
 * A secret is bound to the origin of the profile's token URL (BoundSecret): when the URL's
 * origin is edited, neither "Test connection" nor Save uses the stored secret — it must be
 * typed again. A CA chosen with Browse… is copied into PayDesk's own folder (TrustedCaStore)
 * and its SHA-256 fingerprint is shown. Plain http is allowed only for a profile marked
 * "Local test platform".
 *
 * On accept the settings are saved with QSettings (never the secret) and new secrets go to
 * the keychain. The dialog applies nothing itself; the caller reacts to the signals and
 * records the audit line:
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
    /// "en", "de" or "" (system); emitted on accept when it changed.
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
    QString retypeSecretMessage() const;
    /// Copies `file` into PayDesk's own folder (TrustedCaStore) and points the CA field at it.
    void trustCaFile(const QString& file);
    void updateCaFingerprint();
    FieldErrors profileErrors(int index) const;
    void finishAccept(const AppSettings& after);

    class Private;
    std::unique_ptr<Private> m_d;
};

} // namespace paydesk::ui
