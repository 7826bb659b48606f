#include "KeyloopRules.h"

#include "payments/Payment.h"

namespace paydesk {

QString KeyloopRules::displayName() const
{
    return paydesk::ProviderRules::tr("Keyloop");
}

QList<ProviderAction> KeyloopRules::capabilities() const
{
    return {ProviderAction::Initiate, ProviderAction::Cancel, ProviderAction::Resend};
}

bool KeyloopRules::allows(ProviderAction action, const Payment& payment) const
{
    switch (action) {
    case ProviderAction::Initiate:
        return true;
    case ProviderAction::Cancel:
        // An open request (waiting for the customer, or failed and still payable): the pay link
        // stops working. Paid, cancelled, expired and refunded ones cannot.
        return payment.status.isOpen();
    case ProviderAction::Resend:
        // FAILED is open too: the customer may try again until the request expires, so a
        // corrected email or phone number is worth a new notification.
        return payment.status.isOpen();
    default:
        return false;
    }
}

bool KeyloopRules::isFinal(const Payment& payment) const
{
    return payment.status.isFinal();
}

} // namespace paydesk
