#pragma once

#include "api/ConnectionProfile.h"
#include "payments/FieldError.h"
#include "secrets/BoundSecret.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace paydesk::ui {

class ConnectionTester;
class FieldErrorPresenter;
class FieldMessage;

/**
 * The connection-profile fields shared by the first-run screen and Settings: profile name,
 * platform URL with the "Local test platform" mark (the only way to allow plain http), the
 * enterprise, the store ids, the client id, the client secret (typed, never shown back), the
 * trusted CA with its SHA-256 fingerprint, and "Test connection" with its result line.
 *
 * The form reads and fills a ConnectionProfile and shows FieldErrors under the fields (a field's
 * message goes when the user edits it). It keeps no secret and decides nothing about one: which
 * secret a test or a save may use (a secret goes only to the origin it was entered for,
 * BoundSecret) is the dialog's rule; the form runs the test it is given (runTest()).
 *
 * A CA file, browsed or typed, is copied into PayDesk's own folder (TrustedCaStore) so the
 * profile never points at a file someone else may change; the fingerprint shown is the copy's.
 * Children keep the object names tests and screen readers know ("baseUrl", "clientSecret",
 * "trustedCaFingerprint", "testConnection", "testResult", "<field>.message", …). A dialog may add
 * rows of its own above or below through formLayout() (Settings' profile picker).
 */
class ConnectionProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionProfileForm(QWidget* parent = nullptr);
    ~ConnectionProfileForm() override;

    /// The profile as typed (trimmed, store ids split and deduplicated); never a secret.
    ConnectionProfile profile() const;
    /// Shows `profile` (the secret field is cleared, messages and the test result too).
    void setProfile(const ConnectionProfile& profile);
    /// Whether the name may be edited (a saved profile keeps its name: keychain keys follow it).
    void setNameEditable(bool editable);
    /// Enables or disables every field (Settings with no profile to show).
    void setFieldsEnabled(bool enabled);

    /// The secret as typed; empty when none was.
    QString typedSecret() const;
    void clearSecret();
    /// What the empty secret field says ("Stored in the keychain; type to replace").
    void setSecretPlaceholder(const QString& text);

    /// Copies a typed CA path into PayDesk's own folder (as Browse… does) and shows the copy;
    /// one that cannot be read stays as typed (ConnectionProfile::validate() says so).
    void importTypedCa();

    /// The profile's own checks, a name, and (when `secretRequired`) a typed secret.
    FieldErrors errors(bool secretRequired) const;
    /// Shows `errors` under their fields (replacing what was shown) and focuses the first one;
    /// true when there is none.
    bool showErrors(const FieldErrors& errors);
    /// Adds one message under `field`, keeping the others (e.g. the keychain's later answer).
    void showError(const QString& field, const QString& message);
    QString shownError(const QString& field) const;

    /// Runs "Test connection" with `secret` (which the dialog chose); ends with testFinished().
    void runTest(const ConnectionProfile& profile, const BoundSecret& secret);
    /// Ends a test that could not start, with `message` as its result.
    void refuseTest(const QString& message);
    /// The last test's result line, without its sign (empty before the first test).
    QString testResult() const { return m_testResult; }

    QFormLayout* formLayout() const { return m_form; }
    /// The form's controls in tab order, for a dialog that puts its own controls around them.
    QList<QWidget*> tabChain() const;
    /// Puts the focus in the name field with its text selected (a profile just added).
    void focusName();

    /// "The platform address changed: type the client secret again…".
    static QString retypeSecretMessage();
    /// "The secret could not be stored in the keychain: …".
    static QString keychainFailureMessage(const QString& detail);

Q_SIGNALS:
    /// The user pressed "Test connection"; the dialog chooses the secret and calls runTest().
    void testRequested();
    /// A test ended; `ok` false means testResult() says what is wrong.
    void testFinished(bool ok);
    /// The user typed in the secret field (a secret typed anew is bound when first used).
    void secretEdited();
    /// The user typed a new profile name.
    void nameEdited(const QString& name);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLineEdit* addField(const QString& key, QLabel*& label, QWidget* row = nullptr);
    void trustCaFile(const QString& file);
    void updateCaFingerprint();
    void showTestResult(bool ok, const QString& message);

    FieldErrorPresenter* m_errors = nullptr;
    QHash<QString, FieldMessage*> m_messages;
    ConnectionTester* m_tester = nullptr;
    QString m_testResult;
    QFormLayout* m_form = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_urlLabel = nullptr;
    QLineEdit* m_url = nullptr;
    QCheckBox* m_localTest = nullptr;
    QLabel* m_enterpriseLabel = nullptr;
    QLineEdit* m_enterprise = nullptr;
    QLabel* m_storesLabel = nullptr;
    QLineEdit* m_stores = nullptr;
    QLabel* m_clientIdLabel = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_caLabel = nullptr;
    QLineEdit* m_ca = nullptr;
    QPushButton* m_browseCa = nullptr;
    QLabel* m_caFingerprint = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace paydesk::ui
