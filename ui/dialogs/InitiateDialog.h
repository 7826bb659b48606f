#pragma once

#include "payments/DealerActions.h"
#include "payments/FieldError.h"
#include "payments/PaymentValidator.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>

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

class FieldMessage;

/**
 * "New payment request": customer, contact channels, reference, description, amount and
 * currency, expiry.
 *
 * The dialog only collects and validates; it sends nothing. After `exec() == Accepted`,
 * `request()` is a request that PaymentValidator accepted (trimmed, phone in E.164), ready
 * for the caller to queue in the outbox:
 *
 * @code
 * InitiateDialog dialog({{enterpriseId, storeId, storeName}}, this);
 * if (dialog.exec() == QDialog::Accepted)
 *     outbox.submit(dialog.request());
 * @endcode
 *
 * Validation messages appear under each field once the user has touched it and for every
 * field when OK is pressed; OK is refused while anything is invalid. Enter submits, Esc
 * cancels. The amount takes locale input ("1.234,56" in German) and is shown back with the
 * currency's decimals; the phone is shown back in E.164.
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
    };

    /**
     * @param sites    stores the user may raise the request for (at least one).
     * @param parent   the usual QWidget parent.
     */
    explicit InitiateDialog(const QList<Site>& sites, QWidget* parent = nullptr);
    ~InitiateDialog() override;

    /// Dealer's default country calling code for national phone numbers ("44" by default).
    void setValidator(const PaymentValidator& validator);
    /// Time source for the expiry check and the default expiry; Clock::system() by default.
    void setClock(const Clock* clock);
    /// Preselects a currency in the picker (default: GBP, or the locale's currency if known).
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void connectField(QWidget* field, const QString& name);
    void markTouched(const QString& field);
    void revalidate();
    InitiateRequest collect(FieldErrors& errors) const;
    QString currentCurrency() const;
    void reformatAmount();
    void reformatPhone();
    void updateAmountPlaceholder();

    QList<Site> m_sites;
    PaymentValidator m_validator;
    const Clock* m_clock = nullptr;
    bool m_submitAttempted = false;
    QSet<QString> m_touched;
    QHash<QString, FieldMessage*> m_messages;
    InitiateRequest m_accepted;

    QLabel* m_intro = nullptr;
    QLabel* m_siteLabel = nullptr;
    QComboBox* m_site = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_emailLabel = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_phoneLabel = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_channelsLabel = nullptr;
    QCheckBox* m_byEmail = nullptr;
    QCheckBox* m_bySms = nullptr;
    QLabel* m_referenceLabel = nullptr;
    QComboBox* m_referenceType = nullptr;
    QLineEdit* m_referenceNumber = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_amountLabel = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_currency = nullptr;
    QCheckBox* m_hasExpiry = nullptr;
    QDateTimeEdit* m_expiry = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace paydesk::ui
