#pragma once

#include "FieldErrorPresenter.h"
#include "payments/DealerActions.h"
#include "payments/FieldError.h"
#include "payments/PaymentValidator.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace paydesk {
class Clock;
}

namespace paydesk::ui {

class CustomerContactFields;
class FieldMessage;

/**
 * "New payment request": customer, contact channels, reference, description, amount and
 * currency, expiry.
 *
 * The dialog collects and validates (with the validator it is given, the outbox's own); on OK
 * a valid request (trimmed, phone in E.164) goes to the submit function, and the dialog closes
 * only when that took it. When the submit refuses it (the outbox knows a rule the form does
 * not, or the cache cannot be written), its errors appear under the fields and everything the
 * user typed stays:
 *
 * @code
 * InitiateDialog dialog({{enterpriseId, storeId, storeName}}, this);
 * dialog.setValidator(outboxValidator);
 * dialog.setSubmit([&](const InitiateRequest& r) { return queue(r); }); // FieldErrors, empty = taken
 * if (dialog.exec() == QDialog::Accepted)
 *     showQueued(dialog.request());
 * @endcode
 *
 * Validation messages appear under each field once the user has touched it and for every
 * field when OK is pressed; OK is refused while anything is invalid. Enter submits, Esc
 * cancels (after "Discard this request?" once anything was changed). The amount takes locale input
 * ("1.234,56" in German) and is shown back with the currency's decimals (Money::formatUserInput); the phone
 * is shown back in E.164.
 */
class InitiateDialog : public QDialog
{
    Q_OBJECT

public:
    /// A store the request may be raised for. With more than one, the dialog shows a picker.
    struct Site
    {
        QString enterpriseId;
        QString storeId;
        /// Shown to people; the store id when empty.
        QString name;
        /// ISO 4217 code the site takes payments in (the platform's, or its cached payments');
        /// empty when unknown (GBP is assumed).
        QString currency = {};
    };

    /**
     * @param sites    stores the user may raise the request for (at least one).
     * @param parent   the usual QWidget parent.
     */
    explicit InitiateDialog(const QList<Site>& sites, QWidget* parent = nullptr);
    ~InitiateDialog() override;

    /// The rules (and the default country calling code for national phone numbers, "44"
    /// unless set): the outbox's validator, so the form checks what the outbox will.
    void setValidator(const PaymentValidator& validator);
    /// Where the request goes on OK (the outbox); the dialog closes only when it returns no
    /// errors. Without one, OK closes with a valid request.
    void setSubmit(SubmitFunction<InitiateRequest> submit);
    /// Time source for the expiry check and the default expiry; Clock::system() by default.
    void setClock(const Clock* clock);
    /// Preselects a currency in the picker. By default the picker shows the selected site's
    /// currency (GBP when unknown) and follows the site picker until the user picks one; the
    /// UI language never decides it.
    void setDefaultCurrency(const QString& code);
    /// Prefills every field from `request` (e.g. "raise again" from an expired payment).
    void setRequest(const InitiateRequest& request);

    /// The validated, normalised request. Only meaningful after the dialog was accepted.
    InitiateRequest request() const;

    /// Current errors of the form as it stands (empty = valid), with wire field names.
    FieldErrors validationErrors() const;
    /// The message currently shown under `field` ("customer.email", "amount", …); empty if none.
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
    FieldMessage* addMessage(QWidget* focus, const QString& field);
    void connectField(QLineEdit* edit, const QString& field);
    void markTouched(const QString& field);
    void revalidate();
    InitiateRequest collect(FieldErrors& errors) const;
    QString currentCurrency() const;
    QString siteCurrency() const;
    void followSiteCurrency();
    void reformatAmount();
    void updateAmountPlaceholder();

    QList<Site> m_sites;
    PaymentValidator m_validator;
    SubmitFunction<InitiateRequest> m_submit;
    const Clock* m_clock = nullptr;
    FieldErrorPresenter* m_errors = nullptr;
    QHash<QString, FieldMessage*> m_messages;
    InitiateRequest m_accepted;

    QLabel* m_intro = nullptr;
    QLabel* m_siteLabel = nullptr;
    QComboBox* m_site = nullptr;
    CustomerContactFields* m_customer = nullptr;
    QLabel* m_referenceLabel = nullptr;
    QComboBox* m_referenceType = nullptr;
    QLineEdit* m_referenceNumber = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_amountLabel = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_currency = nullptr;
    bool m_currencyChosen = false; // by the user (or a prefilled request): sites no longer move it
    QCheckBox* m_hasExpiry = nullptr;
    QDateTimeEdit* m_expiry = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace paydesk::ui
