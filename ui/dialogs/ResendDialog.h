#pragma once

#include "FieldErrorPresenter.h"
#include "payments/DealerActions.h"
#include "payments/FieldError.h"
#include "payments/Payment.h"
#include "payments/PaymentValidator.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace paydesk::ui {

class CustomerContactFields;

/**
 * "Resend notification": the customer's name, email, phone and channels, prefilled from the
 * payment and editable (the seed's "dealer corrected the customer's details"). Below the
 * fields the dialog lists what will change compared with the current details ("Email:
 * old → new") before anything is sent.
 *
 * On OK a validated ResendRequest (phone in E.164) goes to the submit function; the dialog
 * closes only when that took it, and shows a refusal under the fields with the input kept
 * (see InitiateDialog):
 *
 * @code
 * ResendDialog dialog(payment, this);
 * dialog.setValidator(outboxValidator);
 * dialog.setSubmit([&](const ResendRequest& r) { return queue(r); });
 * if (dialog.exec() == QDialog::Accepted)
 *     showQueued(dialog.request());
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

    /// The rules and calling code: the outbox's validator (see InitiateDialog::setValidator).
    void setValidator(const PaymentValidator& validator);
    /// Where the request goes on OK; the dialog closes only when it returns no errors.
    void setSubmit(SubmitFunction<ResendRequest> submit);

    /// The validated request. Only meaningful after the dialog was accepted.
    ResendRequest request() const;

    FieldErrors validationErrors() const;
    QString shownError(const QString& field) const;

    /// What differs from the payment's current details, one translated line per change;
    /// empty when the notification goes out unchanged.
    QStringList changes() const;

public Q_SLOTS:
    void accept() override;
    /// Escape and Cancel: a form the user changed asks before it is discarded.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void revalidate();
    ResendRequest collect(FieldErrors& errors) const;

    Payment m_payment;
    PaymentValidator m_validator;
    SubmitFunction<ResendRequest> m_submit;
    FieldErrorPresenter* m_errors = nullptr;
    ResendRequest m_accepted;

    QLabel* m_summary = nullptr;
    CustomerContactFields* m_customer = nullptr;
    QLabel* m_changesTitle = nullptr;
    QLabel* m_changes = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace paydesk::ui
