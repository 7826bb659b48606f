#include "DealerActions.h"

#include "Payment.h"

namespace paydesk {

bool DealerActions::canCancel(const Payment& payment)
{
    return payment.status.isOpen();
}

bool DealerActions::canResend(const Payment& payment)
{
    // FAILED is open too: the customer may try again until the request expires, so a corrected
    // email or phone number is worth a new notification.
    return payment.status.isOpen();
}

bool DealerActions::canPrintReceipt(const Payment& payment)
{
    return payment.status.isPaid();
}

} // namespace paydesk
