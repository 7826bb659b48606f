#pragma once

#include "api/ConnectionProfile.h"
#include "payments/FieldError.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace paydesk::ui {

class FieldMessage;

/**
 * Settings' "Payment Assist" tab: the Payment Assist credentials of the profile shown on the
 * Connection tab, for its first site (PaymentAssistSite): the site (store id) the applications
 * belong to, a name, the API base URL and API key — saved with the profile — and the API secret,
 * typed here and written to the keychain by the dialog (BoundSecret under
 * PaymentAssistSite::secretKey(), bound to the base URL's origin), never shown back.
 *
 * Empty API key = no Payment Assist for this profile. Further sites of a profile (set in the
 * settings file) are kept as they are.
 */
class PaymentAssistSiteForm : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentAssistSiteForm(QWidget* parent = nullptr);
    ~PaymentAssistSiteForm() override;

    /// Shows `profile`'s first Payment Assist site (the secret field is cleared).
    void setProfile(const ConnectionProfile& profile);
    /// Writes what is shown into `profile.paymentAssist` (first site; none when the key is empty).
    void applyTo(ConnectionProfile& profile) const;
    void setFieldsEnabled(bool enabled);
    QString typedSecret() const;
    void clearSecret();
    /// "Stored in the keychain; type to replace" and the like.
    void setSecretPlaceholder(const QString& text);
    /// Shows `errors` (plain text) above the fields; empty clears.
    void showErrors(const FieldErrors& errors);
    QString shownErrors() const;

    /// The checks of `profile`'s first site: `secretNeeded` when no secret is stored for its
    /// origin (a new site, or its base URL moved to another address) and none was typed.
    static FieldErrors errors(const ConnectionProfile& profile, bool secretNeeded);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_intro = nullptr;
    FieldMessage* m_errors = nullptr;
    QLabel* m_siteLabel = nullptr;
    QLineEdit* m_site = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_urlLabel = nullptr;
    QLineEdit* m_url = nullptr;
    QLabel* m_keyLabel = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLineEdit* m_secret = nullptr;
    QString m_defaultSite;
};

} // namespace paydesk::ui
