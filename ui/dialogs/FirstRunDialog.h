#pragma once

#include "dialogs/AppSettings.h"
#include "payments/FieldError.h"

#include <QDialog>

#include <memory>

namespace paydesk {
class SecretStore;
}

namespace paydesk::ui {

/**
 * The first-run screen: creates a connection profile (platform URL, enterprise, store ids,
 * client id, client secret) when PayDesk starts with none. The fields are the
 * ConnectionProfileForm that Settings shows too.
 *
 * "Test connection" really signs in (fetches a token) and reads a first page of each store's
 * payments, then says exactly what is wrong when it fails: unreachable, TLS, bad credentials,
 * no such store. On accept the client secret goes to the keychain through `secrets` (under
 * SecretStore::clientSecretKey(name), bound to the origin of the profile's token URL:
 * BoundSecret) and the profile (without the secret) to QSettings as the current profile. A
 * secret already tested against one origin must be typed again after the URL's origin changed.
 * Plain http only with "Local test platform" ticked; a CA file is copied into PayDesk's own
 * folder (TrustedCaStore) and its SHA-256 fingerprint shown:
 *
 * @code
 * FirstRunDialog dialog(secrets, this);
 * if (dialog.exec() != QDialog::Accepted)
 *     return; // the user chose not to set PayDesk up now
 * const ConnectionProfile profile = dialog.profile(); // already saved
 * @endcode
 */
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    /// @param secrets  where the client secret is stored; must outlive the dialog.
    explicit FirstRunDialog(SecretStore& secrets, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    /// The profile that was saved. Only meaningful after the dialog was accepted.
    ConnectionProfile profile() const;

    /// The message under a field ("baseUrl", "enterpriseId", "storeIds", "clientId",
    /// "clientSecret", "name"); empty if none.
    QString shownError(const QString& field) const;
    /// The result line of the last "Test connection" (empty before the first test).
    QString testResult() const;

public Q_SLOTS:
    void accept() override;
    /// What the "Test connection" button does; finishes asynchronously (see testFinished).
    void testConnection();

Q_SIGNALS:
    /// A connection test ended; `ok` false means `testResult()` says what is wrong.
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    /// False (and the secret field cleared, with a message) when the typed secret was already
    /// used with another origin than `profile`'s: a secret goes only where it was entered for.
    bool checkSecretOrigin(const ConnectionProfile& profile);

    class Private;
    std::unique_ptr<Private> m_d;
};

} // namespace paydesk::ui
