#include "DealerActions.h"

#include "Payment.h"
#include "providers/ProviderRules.h"

namespace paydesk {

bool DealerActions::allows(ProviderAction action, const Payment& payment)
{
    return ProviderRules::forPayment(payment).allows(action, payment);
}

bool DealerActions::canCancel(const Payment& payment)
{
    return allows(ProviderAction::Cancel, payment);
}

bool DealerActions::canResend(const Payment& payment)
{
    return allows(ProviderAction::Resend, payment);
}

bool DealerActions::canPrintReceipt(const Payment& payment)
{
    return payment.status.isPaid();
}

} // namespace paydesk
