#include "ResendDialog.h"

namespace paydesk::ui {

ResendDialog::ResendDialog(const Payment& payment, QWidget* parent)
    : QDialog(parent)
    , m_payment(payment)
{
    setWindowTitle(tr("Resend notification"));
}

ResendDialog::~ResendDialog() = default;

void ResendDialog::setValidator(const PaymentValidator& validator)
{
    m_validator = validator;
}

ResendRequest ResendDialog::request() const
{
    return m_accepted;
}

FieldErrors ResendDialog::validationErrors() const
{
    FieldErrors errors;
    collect(errors);
    return errors;
}

QString ResendDialog::shownError(const QString&) const
{
    return QString();
}

QStringList ResendDialog::changes() const
{
    return {};
}

void ResendDialog::accept()
{
    FieldErrors errors;
    ResendRequest request = collect(errors);
    if (!errors.isEmpty())
        return;
    m_accepted = request;
    QDialog::accept();
}

void ResendDialog::buildUi() {}
void ResendDialog::markTouched(const QString&) {}
void ResendDialog::revalidate() {}
void ResendDialog::reformatPhone() {}

ResendRequest ResendDialog::collect(FieldErrors& errors) const
{
    ResendRequest request;
    request.enterpriseId = m_payment.enterpriseId;
    request.storeId = m_payment.storeId;
    request.paymentId = m_payment.paymentId;
    request.customer = m_payment.customer;
    request.channels = m_payment.channels;
    errors = m_validator.validate(request);
    return request;
}

} // namespace paydesk::ui
