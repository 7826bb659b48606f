#include "ResendDialog.h"

#include "FieldMessage.h"
#include "payments/PhoneNumber.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

const QString kName = QStringLiteral("customer.name");
const QString kEmail = QStringLiteral("customer.email");
const QString kPhone = QStringLiteral("customer.phone");
const QString kChannels = QStringLiteral("channels");

} // namespace

ResendDialog::ResendDialog(const Payment& payment, QWidget* parent)
    : QDialog(parent)
    , m_payment(payment)
{
    buildUi();
    m_name->setText(payment.customer.name);
    m_email->setText(payment.customer.email);
    m_phone->setText(payment.customer.phone);
    // A payment without recorded channels was notified by email (the platform's default).
    const Channels channels = payment.channels ? payment.channels : Channels(Channel::Email);
    m_byEmail->setChecked(channels.testFlag(Channel::Email));
    m_bySms->setChecked(channels.testFlag(Channel::Sms));
    retranslateUi();
    revalidate();
}

ResendDialog::~ResendDialog()
{
    // See InitiateDialog: ~QDialog's hide would signal into a half-destroyed dialog.
    const auto children = findChildren<QWidget*>();
    for (QWidget* child : children)
        child->disconnect(this);
}

void ResendDialog::buildUi()
{
    setObjectName(QStringLiteral("ResendDialog"));
    setModal(true);
    setMinimumWidth(480);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;
    const auto addRow = [&](QLabel* label, QWidget* field, QWidget* focus, const QString& key) {
        grid->addWidget(label, row, 0);
        grid->addWidget(field, row, 1);
        label->setBuddy(focus);
        ++row;
        auto* message = new FieldMessage(focus, QString(), this);
        message->setObjectName(key + QStringLiteral(".message"));
        m_messages.insert(key, message);
        grid->addWidget(message, row, 1);
        ++row;
    };

    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_emailLabel = new QLabel(this);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_phoneLabel = new QLabel(this);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_channelsLabel = new QLabel(this);
    auto* channels = new QWidget(this);
    auto* channelsLayout = new QHBoxLayout(channels);
    channelsLayout->setContentsMargins(0, 0, 0, 0);
    m_byEmail = new QCheckBox(channels);
    m_byEmail->setObjectName(QStringLiteral("byEmail"));
    m_bySms = new QCheckBox(channels);
    m_bySms->setObjectName(QStringLiteral("bySms"));
    channelsLayout->addWidget(m_byEmail);
    channelsLayout->addWidget(m_bySms);
    channelsLayout->addStretch();

    addRow(m_nameLabel, m_name, m_name, kName);
    addRow(m_emailLabel, m_email, m_email, kEmail);
    addRow(m_phoneLabel, m_phone, m_phone, kPhone);
    addRow(m_channelsLabel, channels, m_byEmail, kChannels);

    // What will change, shown before anything is sent: a typo in an address is easy to make
    // and the platform also tells the payment partner (epayment.updated).
    auto* changesFrame = new QFrame(this);
    changesFrame->setFrameShape(QFrame::StyledPanel);
    auto* changesLayout = new QVBoxLayout(changesFrame);
    m_changesTitle = new QLabel(changesFrame);
    QFont bold2 = m_changesTitle->font();
    bold2.setBold(true);
    m_changesTitle->setFont(bold2);
    m_changes = new QLabel(changesFrame);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setTextFormat(Qt::PlainText);
    m_changes->setWordWrap(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    changesLayout->addWidget(m_changesTitle);
    changesLayout->addWidget(m_changes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(grid);
    layout->addWidget(changesFrame);
    layout->addStretch();
    layout->addWidget(m_buttons);

    QWidget* order[] = {m_name,
                        m_email,
                        m_phone,
                        m_byEmail,
                        m_bySms,
                        m_buttons->button(QDialogButtonBox::Ok),
                        m_buttons->button(QDialogButtonBox::Cancel)};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResendDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResendDialog::reject);
    connectField(m_name, kName);
    connectField(m_email, kEmail);
    connectField(m_phone, kPhone);
    connect(m_phone, &QLineEdit::editingFinished, this, &ResendDialog::reformatPhone);
    for (QCheckBox* box : {m_byEmail, m_bySms})
        connect(box, &QCheckBox::toggled, this, [this] { markTouched(kChannels); });
}

void ResendDialog::retranslateUi()
{
    setWindowTitle(tr("Resend notification"));
    const QString amount = m_payment.amount.isValid() ? m_payment.amount.format(locale()) : QString();
    QStringList summary{
        QStringLiteral("%1 %2").arg(m_payment.reference.typeDisplayName(), m_payment.reference.number),
        amount, m_payment.status.displayName()};
    summary.removeAll(QString());
    m_summary->setText(summary.join(QStringLiteral(" · ")));
    m_summary->setAccessibleName(tr("Payment"));

    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Customer name"));
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
    m_changesTitle->setText(tr("What changes"));
    m_changes->setAccessibleName(tr("What changes"));
    m_messages.value(kName)->setAccessibleName(tr("Customer name problem"));
    m_messages.value(kEmail)->setAccessibleName(tr("Email problem"));
    m_messages.value(kPhone)->setAccessibleName(tr("Mobile number problem"));
    m_messages.value(kChannels)->setAccessibleName(tr("Channel problem"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Resend"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Resend the notification"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

void ResendDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        revalidate();
    }
}

void ResendDialog::connectField(QLineEdit* field, const QString& name)
{
    connect(field, &QLineEdit::editingFinished, this, [this, name] { markTouched(name); });
    connect(field, &QLineEdit::textEdited, this, [this] { revalidate(); });
}

void ResendDialog::markTouched(const QString& field)
{
    m_touched.insert(field);
    revalidate();
}

void ResendDialog::setValidator(const PaymentValidator& validator)
{
    m_validator = validator;
    revalidate();
}

void ResendDialog::reformatPhone()
{
    if (const auto e164 = PhoneNumber::toE164(m_phone->text().trimmed(), m_validator.callingCode()))
        m_phone->setText(*e164);
}

ResendRequest ResendDialog::collect(FieldErrors& errors) const
{
    ResendRequest request;
    request.enterpriseId = m_payment.enterpriseId;
    request.storeId = m_payment.storeId;
    request.paymentId = m_payment.paymentId;
    request.customer.name = m_name->text();
    request.customer.email = m_email->text();
    request.customer.phone = m_phone->text();
    Channels channels;
    channels.setFlag(Channel::Email, m_byEmail->isChecked());
    channels.setFlag(Channel::Sms, m_bySms->isChecked());
    request.channels = channels;
    errors = m_validator.validate(request);
    return request;
}

FieldErrors ResendDialog::validationErrors() const
{
    FieldErrors errors;
    collect(errors);
    return errors;
}

QString ResendDialog::shownError(const QString& field) const
{
    const FieldMessage* message = m_messages.value(field);
    return message ? message->message() : QString();
}

QStringList ResendDialog::changes() const
{
    FieldErrors ignored;
    const ResendRequest now = collect(ignored); // normalised: trimmed, phone in E.164 when valid
    const Customer& was = m_payment.customer;
    const auto orNone = [](const QString& value) { return value.isEmpty() ? tr("(none)") : value; };
    const auto channelText = [](Channels c) {
        if (c.testFlag(Channel::Email) && c.testFlag(Channel::Sms))
            return tr("email and SMS");
        if (c.testFlag(Channel::Sms))
            return tr("SMS");
        if (c.testFlag(Channel::Email))
            return tr("email");
        return tr("(none)");
    };
    QStringList lines;
    if (now.customer.name != was.name.trimmed())
        lines << tr("Name: %1 → %2").arg(orNone(was.name), orNone(now.customer.name));
    if (now.customer.email.compare(was.email.trimmed(), Qt::CaseInsensitive) != 0)
        lines << tr("Email: %1 → %2").arg(orNone(was.email), orNone(now.customer.email));
    const QString wasPhone = PhoneNumber::toE164(was.phone, m_validator.callingCode()).value_or(was.phone);
    if (now.customer.phone != wasPhone)
        lines << tr("Mobile: %1 → %2").arg(orNone(was.phone), orNone(now.customer.phone));
    const Channels wasChannels = m_payment.channels ? m_payment.channels : Channels(Channel::Email);
    if (now.channels != wasChannels)
        lines << tr("Send by: %1 → %2").arg(channelText(wasChannels), channelText(now.channels));
    return lines;
}

void ResendDialog::revalidate()
{
    FieldErrors errors;
    collect(errors);
    QHash<QString, QString> shown;
    for (const FieldError& e : std::as_const(errors)) {
        if (!shown.contains(e.field) && (m_submitAttempted || m_touched.contains(e.field)))
            shown.insert(e.field, e.message);
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        it.value()->setMessage(shown.value(it.key()));

    const QStringList lines = changes();
    m_changes->setText(lines.isEmpty() ? tr("Nothing changes: the customer gets the same pay link again.")
                                       : lines.join(u'\n'));
}

void ResendDialog::accept()
{
    m_submitAttempted = true;
    reformatPhone();
    FieldErrors errors;
    const ResendRequest request = collect(errors);
    revalidate();
    if (!errors.isEmpty()) {
        const std::pair<QString, QWidget*> fields[] = {
            {kName, m_name}, {kEmail, m_email}, {kPhone, m_phone}, {kChannels, m_byEmail}};
        for (const auto& [key, widget] : fields) {
            if (!shownError(key).isEmpty()) {
                widget->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return;
    }
    m_accepted = request;
    QDialog::accept();
}

ResendRequest ResendDialog::request() const
{
    return m_accepted;
}

} // namespace paydesk::ui
