#include "CancelDialog.h"

#include "FieldMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {
const QString kReason = QStringLiteral("reason");
const QString kConfirm = QStringLiteral("confirm");
} // namespace

CancelDialog::CancelDialog(const Payment& payment, QWidget* parent)
    : QDialog(parent)
    , m_payment(payment)
{
    buildUi();
    retranslateUi();
    revalidate();
}

CancelDialog::~CancelDialog()
{
    // See InitiateDialog: ~QDialog's hide would signal into a half-destroyed dialog.
    const auto children = findChildren<QWidget*>();
    for (QWidget* child : children)
        child->disconnect(this);
}

void CancelDialog::buildUi()
{
    setObjectName(QStringLiteral("CancelDialog"));
    setModal(true);
    setMinimumWidth(440);
    m_errors = new FieldErrorPresenter(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText); // names the status, raw when PayDesk does not know it

    m_reasonLabel = new QLabel(this);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->lineEdit()->setMaxLength(PaymentValidator::kMaxTextLength + 1);
    m_reason->lineEdit()->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonLabel->setBuddy(m_reason);
    m_reasonError = new FieldMessage(m_reason, QString(), this);
    m_reasonError->setObjectName(QStringLiteral("reason.message"));

    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirmError = new FieldMessage(m_confirm, QString(), this);
    m_confirmError->setObjectName(QStringLiteral("confirm.message"));

    m_buttons = new QDialogButtonBox(this);
    auto* cancelRequest = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    cancelRequest->setObjectName(QStringLiteral("cancelRequest"));
    auto* keep = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRequest"));
    cancelRequest->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(QString(), m_reasonError);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addLayout(form);
    layout->addWidget(m_confirm);
    layout->addWidget(m_confirmError);
    layout->addStretch();
    layout->addWidget(m_errors->formMessage());
    layout->addWidget(m_buttons);
    m_errors->addField(kReason, m_reason, m_reasonError);
    // Only shown once the user tried to cancel: the box is not "touched" by ticking it.
    m_errors->addField(kConfirm, m_confirm, m_confirmError);

    setTabOrder(m_reason, m_confirm);
    setTabOrder(m_confirm, cancelRequest);
    setTabOrder(cancelRequest, keep);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CancelDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CancelDialog::reject);
    connect(m_reason->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        m_errors->markTouched(kReason);
        revalidate();
    });
    connect(m_reason, &QComboBox::currentTextChanged, this, [this] {
        m_errors->markEdited(kReason);
        revalidate();
    });
    connect(m_confirm, &QCheckBox::toggled, this, [this] {
        m_errors->markEdited(kConfirm);
        revalidate();
    });
    m_reason->setFocus();
}

void CancelDialog::retranslateUi()
{
    setWindowTitle(tr("Cancel payment request"));
    m_summary->setAccessibleName(tr("Payment"));
    showPaymentState();

    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setAccessibleName(tr("Reason for cancelling"));
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type a reason"));
    const QString typed = m_reason->currentText();
    m_reason->clear();
    m_reason->addItems({tr("Paid in cash"), tr("Paid by card at the desk"), tr("Paid by bank transfer"),
                        tr("Wrong amount or details; a new request follows"),
                        tr("The customer no longer wants to pay")});
    m_reason->setCurrentIndex(-1);
    m_reason->setEditText(typed);
    m_reasonError->setAccessibleName(tr("Reason problem"));

    m_confirm->setText(tr("I &understand that the customer can no longer pay with this link"));
    m_confirm->setAccessibleName(tr("Confirm the cancellation"));
    m_confirmError->setAccessibleName(tr("Confirmation problem"));
    m_errors->retranslate();

    auto* cancelRequest = findChild<QPushButton*>(QStringLiteral("cancelRequest"));
    cancelRequest->setText(tr("Cancel request"));
    cancelRequest->setAccessibleName(tr("Cancel the payment request"));
    auto* keep = findChild<QPushButton*>(QStringLiteral("keepRequest"));
    keep->setText(tr("Keep request"));
    keep->setAccessibleName(tr("Keep the payment request"));
}

void CancelDialog::showPaymentState()
{
    const QString amount = m_payment.amount.isValid() ? m_payment.amount.format(locale()) : QString();
    QStringList summary{
        m_payment.customer.name,
        QStringLiteral("%1 %2").arg(m_payment.reference.typeDisplayName(), m_payment.reference.number),
        amount, m_payment.status.displayName()};
    summary.removeAll(QString());
    m_summary->setText(summary.join(QStringLiteral(" · ")));

    // Plain words for the two cases where cancelling is the wrong move: the customer is in the
    // middle of paying (the money may already be reserved), or has paid.
    const PaymentStatus::Code code = m_payment.status.code();
    const bool beingPaid = code == PaymentStatus::Code::InProgress || code == PaymentStatus::Code::Authorised;
    QString warning;
    if (m_payment.status.isPaid())
        warning = tr("Warning: this payment is already paid. It can no longer be cancelled; if the "
                     "money must go back, refund it with the payment partner.");
    else if (!DealerActions::canCancel(m_payment))
        warning = tr("This payment is %1 and can no longer be cancelled.")
                      .arg(m_payment.status.displayName().toLower());
    else if (beingPaid)
        warning = tr("Warning: the customer is paying right now (%1). Cancelling stops the pay link "
                     "and may interrupt their payment. Check with the customer before you cancel.")
                      .arg(m_payment.status.displayName());
    else
        warning = tr("The customer's pay link stops working at once. This cannot be undone; to take "
                     "the payment later, raise a new request.");
    m_warning->setText(warning);
    const bool strong = beingPaid || !DealerActions::canCancel(m_payment);
    QFont font = m_warning->font();
    font.setBold(strong);
    m_warning->setFont(font);
}

void CancelDialog::setPayment(const Payment& payment)
{
    if (payment.paymentId != m_payment.paymentId)
        return; // the dialog stays bound to the payment it was opened for
    m_payment = payment;
    showPaymentState();
    revalidate();
}

QString CancelDialog::warningText() const
{
    return m_warning->text();
}

void CancelDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        revalidate();
    }
}

CancelRequest CancelDialog::collect(FieldErrors& errors) const
{
    CancelRequest request;
    request.enterpriseId = m_payment.enterpriseId;
    request.storeId = m_payment.storeId;
    request.paymentId = m_payment.paymentId;
    request.reason = m_reason->currentText();
    errors = m_validator.validate(request);
    if (!m_confirm->isChecked())
        errors.append({kConfirm, tr("Tick the box to confirm the cancellation.")});
    if (!DealerActions::canCancel(m_payment))
        errors.append({QStringLiteral("status"), tr("This payment can no longer be cancelled.")});
    return request;
}

FieldErrors CancelDialog::validationErrors() const
{
    FieldErrors errors;
    collect(errors);
    return errors;
}

void CancelDialog::setValidator(const PaymentValidator& validator)
{
    m_validator = validator;
    revalidate();
}

void CancelDialog::setSubmit(SubmitFunction<CancelRequest> submit)
{
    m_submit = std::move(submit);
}

QString CancelDialog::shownError(const QString& field) const
{
    return m_errors->shownError(field);
}

void CancelDialog::revalidate()
{
    FieldErrors errors;
    collect(errors);
    m_errors->show(errors);
    // A destructive action: the button only becomes available once the box is ticked.
    if (auto* b = findChild<QPushButton*>(QStringLiteral("cancelRequest")))
        b->setEnabled(m_confirm->isChecked() && DealerActions::canCancel(m_payment));
}

void CancelDialog::accept()
{
    FieldErrors errors;
    const CancelRequest request = collect(errors);
    // Refused by the form's check or by the submit: the dialog stays open with the reason.
    if (!m_errors->accept(errors))
        return;
    if (m_submit && !m_errors->refuse(m_submit(request)))
        return;
    m_accepted = request;
    QDialog::accept();
}

CancelRequest CancelDialog::request() const
{
    return m_accepted;
}

void CancelDialog::reject()
{
    m_errors->requestDiscard([this] { QDialog::reject(); });
}

} // namespace paydesk::ui
