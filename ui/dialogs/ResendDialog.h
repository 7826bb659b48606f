#pragma once

#include "payments/DealerActions.h"
#include "payments/FieldError.h"
#include "payments/Payment.h"
#include "payments/PaymentValidator.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace paydesk::ui {

class FieldMessage;

/**
 * "Resend notification": the customer's name, email, phone and channels, prefilled from the
 * payment and editable (the seed's "dealer corrected the customer's details"). Below the
 * fields the dialog lists what will change compared with the current details ("Email:
 * old → new") before anything is sent.
 *
 * The dialog sends nothing; after `exec() == Accepted`, `request()` is a validated
 * ResendRequest (phone in E.164) for the caller to queue in the outbox:
 *
 * @code
 * ResendDialog dialog(payment, this);
 * if (dialog.exec() == QDialog::Accepted)
 *     outbox.submit(dialog.request());
 * @endcode
 *
 * Offer it only when `DealerActions::canResend(payment)` is true (an open request).
 */
class ResendDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ResendDialog(const Payment& payment, QWidget* parent = nullptr);
    ~ResendDialog() override;

    /// Dealer's default country calling code for national phone numbers ("44" by default).
    void setValidator(const PaymentValidator& validator);

    /// The validated request. Only meaningful after the dialog was accepted.
    ResendRequest request() const;

    FieldErrors validationErrors() const;
    QString shownError(const QString& field) const;

    /// What differs from the payment's current details, one translated line per change;
    /// empty when the notification goes out unchanged.
    QStringList changes() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void connectField(QLineEdit* field, const QString& name);
    void markTouched(const QString& field);
    void revalidate();
    ResendRequest collect(FieldErrors& errors) const;
    void reformatPhone();

    Payment m_payment;
    PaymentValidator m_validator;
    bool m_submitAttempted = false;
    QSet<QString> m_touched;
    QHash<QString, FieldMessage*> m_messages;
    ResendRequest m_accepted;

    QLabel* m_summary = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_emailLabel = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_phoneLabel = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_channelsLabel = nullptr;
    QCheckBox* m_byEmail = nullptr;
    QCheckBox* m_bySms = nullptr;
    QLabel* m_changesTitle = nullptr;
    QLabel* m_changes = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace paydesk::ui
