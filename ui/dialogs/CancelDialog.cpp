#include "CancelDialog.h"

#include "payments/PaymentValidator.h"

namespace paydesk::ui {

CancelDialog::CancelDialog(const Payment& payment, QWidget* parent)
    : QDialog(parent)
    , m_payment(payment)
{
    setWindowTitle(tr("Cancel payment request"));
}

CancelDialog::~CancelDialog() = default;

bool CancelDialog::canCancel(const Payment& payment)
{
    return payment.status.isOpen();
}

CancelRequest CancelDialog::request() const
{
    return m_accepted;
}

FieldErrors CancelDialog::validationErrors() const
{
    FieldErrors errors;
    collect(errors);
    return errors;
}

QString CancelDialog::shownError(const QString&) const
{
    return QString();
}

void CancelDialog::accept()
{
    FieldErrors errors;
    CancelRequest request = collect(errors);
    if (!errors.isEmpty())
        return;
    m_accepted = request;
    QDialog::accept();
}

void CancelDialog::buildUi() {}
void CancelDialog::revalidate() {}

CancelRequest CancelDialog::collect(FieldErrors& errors) const
{
    CancelRequest request;
    request.enterpriseId = m_payment.enterpriseId;
    request.storeId = m_payment.storeId;
    request.paymentId = m_payment.paymentId;
    errors = PaymentValidator().validate(request);
    return request;
}

} // namespace paydesk::ui
