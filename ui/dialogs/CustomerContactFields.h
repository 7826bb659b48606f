#pragma once

#include "payments/Customer.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace paydesk::ui {

class FieldErrorPresenter;
class FieldMessage;

/**
 * The customer's contact block of the dealer-action forms (new request, resend): name, email,
 * mobile number and the channels the pay link goes by, each with its label, accessible name
 * and the FieldMessage under it. Children keep the object names the tests and screen readers
 * know ("name", "email", "phone", "byEmail", "bySms", "customer.name.message", …).
 *
 * It reads and fills the fields; the dialog validates (with PaymentValidator) and shows the
 * errors through a FieldErrorPresenter, to which registerWith() adds these fields. A form may
 * put rows of its own above the block through formLayout() (the site picker of a new request),
 * so every label lines up in one column.
 */
class CustomerContactFields : public QWidget
{
    Q_OBJECT

public:
    /// Wire names of the fields, as PaymentValidator reports them.
    static inline const QString kName = QStringLiteral("customer.name");
    static inline const QString kEmail = QStringLiteral("customer.email");
    static inline const QString kPhone = QStringLiteral("customer.phone");
    static inline const QString kChannels = QStringLiteral("channels");

    explicit CustomerContactFields(QWidget* parent = nullptr);
    ~CustomerContactFields() override;

    /// The texts as typed (the validator trims them and puts the phone in E.164).
    Customer customer() const;
    Channels channels() const;
    void setCustomer(const Customer& customer);
    void setChannels(Channels channels);

    /// Country calling code for a mobile number typed without one ("44" by default).
    void setCallingCode(const QString& callingCode);
    /// Shows the typed mobile number back in E.164 when it is one.
    void reformatPhone();

    /// Adds name, email, mobile and channels to `presenter`, in this order.
    void registerWith(FieldErrorPresenter& presenter) const;
    /// The block's controls in tab order.
    QList<QWidget*> tabChain() const;
    QFormLayout* formLayout() const { return m_form; }

Q_SIGNALS:
    /// The user left a field or toggled a channel: its errors may show now.
    void touched(const QString& field);
    /// The user changed a field (each keystroke, each toggle).
    void edited(const QString& field);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    FieldMessage* addRow(QLabel* label, QWidget* field, QWidget* focus, const QString& key);
    void connectLineEdit(QLineEdit* edit, const QString& key);

    QString m_callingCode = QStringLiteral("44");
    QFormLayout* m_form = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    FieldMessage* m_nameMessage = nullptr;
    QLabel* m_emailLabel = nullptr;
    QLineEdit* m_email = nullptr;
    FieldMessage* m_emailMessage = nullptr;
    QLabel* m_phoneLabel = nullptr;
    QLineEdit* m_phone = nullptr;
    FieldMessage* m_phoneMessage = nullptr;
    QLabel* m_channelsLabel = nullptr;
    QCheckBox* m_byEmail = nullptr;
    QCheckBox* m_bySms = nullptr;
    FieldMessage* m_channelsMessage = nullptr;
};

} // namespace paydesk::ui
