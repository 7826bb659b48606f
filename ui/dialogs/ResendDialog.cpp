#include "ResendDialog.h"

#include "CustomerContactFields.h"
#include "FieldMessage.h"
#include "payments/PhoneNumber.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

ResendDialog::ResendDialog(const Payment& payment, QWidget* parent)
    : QDialog(parent)
    , m_payment(payment)
{
    buildUi();
    m_customer->setCustomer(payment.customer);
    // A payment without recorded channels was notified by email (the platform's default).
    m_customer->setChannels(payment.channels ? payment.channels : Channels(Channel::Email));
    m_errors->clearTouched(); // prefilled, not the user's interaction
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
    m_errors = new FieldErrorPresenter(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_customer = new CustomerContactFields(this);
    m_customer->registerWith(*m_errors);

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
    layout->addWidget(m_customer);
    layout->addWidget(changesFrame);
    layout->addStretch();
    layout->addWidget(m_errors->formMessage());
    layout->addWidget(m_buttons);

    QList<QWidget*> order = m_customer->tabChain();
    order << m_buttons->button(QDialogButtonBox::Ok) << m_buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResendDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResendDialog::reject);
    connect(m_customer, &CustomerContactFields::touched, this, [this](const QString& field) {
        m_errors->markTouched(field);
        revalidate();
    });
    connect(m_customer, &CustomerContactFields::edited, this, [this](const QString& field) {
        m_errors->markEdited(field);
        revalidate();
    });
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

    m_changesTitle->setText(tr("What changes"));
    m_changes->setAccessibleName(tr("What changes"));
    m_errors->retranslate();
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

void ResendDialog::setValidator(const PaymentValidator& validator)
{
    m_validator = validator;
    m_customer->setCallingCode(validator.callingCode());
    revalidate();
}

void ResendDialog::setSubmit(SubmitFunction<ResendRequest> submit)
{
    m_submit = std::move(submit);
}

ResendRequest ResendDialog::collect(FieldErrors& errors) const
{
    ResendRequest request;
    request.enterpriseId = m_payment.enterpriseId;
    request.storeId = m_payment.storeId;
    request.paymentId = m_payment.paymentId;
    request.customer = m_customer->customer();
    request.channels = m_customer->channels();
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
    return m_errors->shownError(field);
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
    m_errors->show(errors);

    const QStringList lines = changes();
    m_changes->setText(lines.isEmpty() ? tr("Nothing changes: the customer gets the same pay link again.")
                                       : lines.join(u'\n'));
}

void ResendDialog::accept()
{
    m_customer->reformatPhone();
    FieldErrors errors;
    const ResendRequest request = collect(errors);
    revalidate();
    // Refused by the form's check or by the submit: the dialog stays open with the input.
    if (!m_errors->accept(errors))
        return;
    if (m_submit && !m_errors->refuse(m_submit(request)))
        return;
    m_accepted = request;
    QDialog::accept();
}

ResendRequest ResendDialog::request() const
{
    return m_accepted;
}

void ResendDialog::reject()
{
    m_errors->requestDiscard([this] { QDialog::reject(); });
}

} // namespace paydesk::ui
