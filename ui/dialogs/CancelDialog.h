#pragma once

#include "FieldErrorPresenter.h"
#include "payments/DealerActions.h"
#include "payments/FieldError.h"
#include "payments/Payment.h"
#include "payments/PaymentValidator.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace paydesk::ui {

class FieldMessage;

/**
 * "Cancel payment request": a reason (presets such as "Paid in cash" or free text) and an
 * explicit confirmation that the customer's pay link will stop working.
 *
 * Only offer it when `DealerActions::canCancel(payment)` is true: final states (paid, cancelled, expired,
 * refunded) and unknown statuses cannot be cancelled. On "Cancel request" a validated
 * CancelRequest goes to the submit function; the dialog closes only when that took it, and
 * shows a refusal under the fields with the input kept (see InitiateDialog):
 *
 * @code
 * if (DealerActions::canCancel(payment)) {
 *     CancelDialog dialog(payment, this);
 *     dialog.setValidator(outboxValidator);
 *     dialog.setSubmit([&](const CancelRequest& r) { return queue(r); });
 *     if (dialog.exec() == QDialog::Accepted)
 *         showQueued(dialog.request());
 * }
 * @endcode
 *
 * Esc (or "Keep request") closes without cancelling. "Cancel request" stays disabled until the
 * confirmation box is ticked, and is refused with a message under the field while the reason
 * is empty or too long.
 */
class CancelDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CancelDialog(const Payment& payment, QWidget* parent = nullptr);
    ~CancelDialog() override;

    /// The rules: the outbox's validator, so the form checks what the outbox will.
    void setValidator(const PaymentValidator& validator);
    /// Where the request goes on accept; the dialog closes only when it returns no errors.
    void setSubmit(SubmitFunction<CancelRequest> submit);

    /// The payment's latest state while the dialog is open (same payment id only; another id is
    /// ignored): the summary and the warning follow it, and "Cancel request" is refused once it
    /// can no longer be cancelled.
    void setPayment(const Payment& payment);
    const Payment& payment() const { return m_payment; }
    /// The warning shown above the reason (plain text).
    QString warningText() const;

    /// The validated request. Only meaningful after the dialog was accepted.
    CancelRequest request() const;

    FieldErrors validationErrors() const;
    /// The message shown under `field` ("reason", "confirm"); empty if none.
    QString shownError(const QString& field) const;

public Q_SLOTS:
    void accept() override;
    /// Escape and Cancel: a form the user changed asks before it is discarded.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void showPaymentState();
    void revalidate();
    CancelRequest collect(FieldErrors& errors) const;

    Payment m_payment;
    PaymentValidator m_validator;
    SubmitFunction<CancelRequest> m_submit;
    FieldErrorPresenter* m_errors = nullptr;
    CancelRequest m_accepted;

    QLabel* m_summary = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QComboBox* m_reason = nullptr;
    QCheckBox* m_confirm = nullptr;
    FieldMessage* m_reasonError = nullptr;
    FieldMessage* m_confirmError = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace paydesk::ui
