#include "InitiateDialog.h"

#include "util/Clock.h"

namespace paydesk::ui {

InitiateDialog::InitiateDialog(const QList<Site>& sites, QWidget* parent)
    : QDialog(parent)
    , m_sites(sites)
    , m_clock(&Clock::system())
{
    setWindowTitle(tr("New payment request"));
}

InitiateDialog::~InitiateDialog() = default;

void InitiateDialog::setValidator(const PaymentValidator& validator)
{
    m_validator = validator;
}

void InitiateDialog::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &Clock::system();
}

void InitiateDialog::setDefaultCurrency(const QString&) {}

void InitiateDialog::setRequest(const InitiateRequest&) {}

InitiateRequest InitiateDialog::request() const
{
    return m_accepted;
}

FieldErrors InitiateDialog::validationErrors() const
{
    FieldErrors errors;
    collect(errors);
    return errors;
}

QString InitiateDialog::shownError(const QString&) const
{
    return QString();
}

void InitiateDialog::accept()
{
    FieldErrors errors;
    InitiateRequest request = collect(errors);
    if (!errors.isEmpty())
        return;
    m_accepted = request;
    QDialog::accept();
}

void InitiateDialog::buildUi() {}
void InitiateDialog::markTouched(const QString&) {}
void InitiateDialog::revalidate() {}
void InitiateDialog::reformatAmount() {}
void InitiateDialog::reformatPhone() {}
void InitiateDialog::updateAmountPlaceholder() {}

InitiateRequest InitiateDialog::collect(FieldErrors& errors) const
{
    InitiateRequest request;
    if (!m_sites.isEmpty()) {
        request.enterpriseId = m_sites.first().enterpriseId;
        request.storeId = m_sites.first().storeId;
    }
    errors = m_validator.validate(request, m_clock->now());
    return request;
}

} // namespace paydesk::ui
