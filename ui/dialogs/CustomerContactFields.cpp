#include "CustomerContactFields.h"

#include "FieldErrorPresenter.h"
#include "FieldMessage.h"
#include "payments/PaymentValidator.h"
#include "payments/PhoneNumber.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace paydesk::ui {

CustomerContactFields::CustomerContactFields(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("customerContact"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    // One more than allowed, so an over-long paste is refused with a message, not cut silently.
    m_name->setMaxLength(PaymentValidator::kMaxTextLength + 1);
    m_emailLabel = new QLabel(this);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    // One more than an address can have (254), so a longer paste is refused with a message.
    m_email->setMaxLength(255);
    m_phoneLabel = new QLabel(this);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    // Room for any number written with spaces, dashes and brackets; a paste beyond is refused.
    m_phone->setMaxLength(33);

    m_channelsLabel = new QLabel(this);
    auto* channels = new QWidget(this);
    auto* channelsLayout = new QHBoxLayout(channels);
    channelsLayout->setContentsMargins(0, 0, 0, 0);
    m_byEmail = new QCheckBox(channels);
    m_byEmail->setObjectName(QStringLiteral("byEmail"));
    m_byEmail->setChecked(true); // the platform's default channel
    m_bySms = new QCheckBox(channels);
    m_bySms->setObjectName(QStringLiteral("bySms"));
    channelsLayout->addWidget(m_byEmail);
    channelsLayout->addWidget(m_bySms);
    channelsLayout->addStretch();

    m_nameMessage = addRow(m_nameLabel, m_name, m_name, kName);
    m_emailMessage = addRow(m_emailLabel, m_email, m_email, kEmail);
    m_phoneMessage = addRow(m_phoneLabel, m_phone, m_phone, kPhone);
    m_channelsMessage = addRow(m_channelsLabel, channels, m_byEmail, kChannels);

    connectLineEdit(m_name, kName);
    connectLineEdit(m_email, kEmail);
    connectLineEdit(m_phone, kPhone);
    connect(m_phone, &QLineEdit::editingFinished, this, &CustomerContactFields::reformatPhone);
    for (QCheckBox* box : {m_byEmail, m_bySms}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            Q_EMIT edited(kChannels);
            // Which contact detail is required depends on the channels.
            Q_EMIT touched(kChannels);
        });
    }
    QWidget::setTabOrder(m_name, m_email);
    QWidget::setTabOrder(m_email, m_phone);
    QWidget::setTabOrder(m_phone, m_byEmail);
    QWidget::setTabOrder(m_byEmail, m_bySms);
    retranslateUi();
}

CustomerContactFields::~CustomerContactFields()
{
    // A line edit losing the focus as the form goes away would signal into a half-destroyed
    // object; cut those connections first (as the dialogs do).
    const auto children = findChildren<QWidget*>();
    for (QWidget* child : children)
        child->disconnect(this);
}

FieldMessage* CustomerContactFields::addRow(QLabel* label, QWidget* field, QWidget* focus, const QString& key)
{
    label->setBuddy(focus);
    m_form->addRow(label, field);
    auto* message = new FieldMessage(focus, QString(), this);
    message->setObjectName(key + QStringLiteral(".message"));
    m_form->addRow(nullptr, message);
    return message;
}

void CustomerContactFields::connectLineEdit(QLineEdit* edit, const QString& key)
{
    // Quiet while the user types a field for the first time; once they leave it (or pressed
    // OK), every keystroke re-checks it so the message disappears as soon as it is fixed.
    connect(edit, &QLineEdit::editingFinished, this, [this, key] { Q_EMIT touched(key); });
    connect(edit, &QLineEdit::textEdited, this, [this, key] { Q_EMIT edited(key); });
}

void CustomerContactFields::retranslateUi()
{
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Customer name"));
    m_name->setPlaceholderText(tr("As on the invoice"));
    m_emailLabel->setText(tr("&Email:"));
    m_email->setAccessibleName(tr("Customer email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phoneLabel->setText(tr("&Mobile:"));
    m_phone->setAccessibleName(tr("Customer mobile number"));
    m_phone->setPlaceholderText(tr("+44 7700 900123"));
    m_channelsLabel->setText(tr("Send link by:"));
    m_byEmail->setText(tr("Emai&l"));
    m_byEmail->setAccessibleName(tr("Send the pay link by email"));
    m_bySms->setText(tr("SM&S"));
    m_bySms->setAccessibleName(tr("Send the pay link by SMS"));
    m_nameMessage->setAccessibleName(tr("Customer name problem"));
    m_emailMessage->setAccessibleName(tr("Email problem"));
    m_phoneMessage->setAccessibleName(tr("Mobile number problem"));
    m_channelsMessage->setAccessibleName(tr("Channel problem"));
}

void CustomerContactFields::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

Customer CustomerContactFields::customer() const
{
    return Customer{m_name->text(), m_email->text(), m_phone->text()};
}

Channels CustomerContactFields::channels() const
{
    Channels channels;
    channels.setFlag(Channel::Email, m_byEmail->isChecked());
    channels.setFlag(Channel::Sms, m_bySms->isChecked());
    return channels;
}

void CustomerContactFields::setCustomer(const Customer& customer)
{
    m_name->setText(customer.name);
    m_email->setText(customer.email);
    m_phone->setText(customer.phone);
}

void CustomerContactFields::setChannels(Channels channels)
{
    m_byEmail->setChecked(channels.testFlag(Channel::Email));
    m_bySms->setChecked(channels.testFlag(Channel::Sms));
}

void CustomerContactFields::setCallingCode(const QString& callingCode)
{
    m_callingCode = callingCode;
}

void CustomerContactFields::reformatPhone()
{
    if (const auto e164 = PhoneNumber::toE164(m_phone->text().trimmed(), m_callingCode))
        m_phone->setText(*e164);
}

void CustomerContactFields::registerWith(FieldErrorPresenter& presenter) const
{
    presenter.addField(kName, m_name, m_nameMessage);
    presenter.addField(kEmail, m_email, m_emailMessage);
    presenter.addField(kPhone, m_phone, m_phoneMessage);
    presenter.addField(kChannels, m_byEmail, m_channelsMessage);
}

QList<QWidget*> CustomerContactFields::tabChain() const
{
    return {m_name, m_email, m_phone, m_byEmail, m_bySms};
}

} // namespace paydesk::ui
