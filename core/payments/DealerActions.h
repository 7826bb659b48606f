#pragma once

#include "Customer.h"
#include "PaymentReference.h"
#include "money/Money.h"

#include <QDateTime>
#include <QString>

namespace paydesk {

struct Payment;
enum class ProviderAction; // providers/ProviderAction.h

// The three things a dealer does to payment requests. Each is validated by PaymentValidator,
// queued in the outbox with an idempotency key and sent to the platform.

/// Raise a new payment request; the customer gets a pay link by email and/or SMS.
struct InitiateRequest
{
    QString enterpriseId;
    QString storeId;
    Customer customer;
    Channels channels = Channel::Email;
    PaymentReference reference;
    QString description;
    Money amount;
    /// When the pay link stops working; invalid means the platform's default.
    QDateTime expiresAt;
};

/// Cancel an open request, e.g. because the customer paid cash.
struct CancelRequest
{
    QString enterpriseId;
    QString storeId;
    QString paymentId;
    QString reason;
};

/// Send the notification again, optionally with corrected customer details.
struct ResendRequest
{
    QString enterpriseId;
    QString storeId;
    QString paymentId;
    Customer customer;
    Channels channels = Channel::Email;
};

/**
 * Which dealer actions a payment allows: the one domain rule that the menus and toolbar, the
 * detail pane's buttons and the dialogs all ask, so they never disagree. It asks the payment's
 * provider (ProviderRules::forPayment(): Keyloop, Payment Assist…), so no caller assumes one.
 *
 * A status PayDesk does not know (PaymentStatus::Code::Unknown) allows nothing: the platform
 * decides what happens to it, and a later known status unlocks the actions again. A provider
 * PayDesk does not know allows nothing either.
 */
class DealerActions
{
public:
    DealerActions() = delete;

    /// An open request (waiting for the customer, or failed and still payable) can be
    /// cancelled: the pay link stops working. Paid, cancelled, expired and refunded ones cannot.
    static bool canCancel(const Payment& payment);
    /// Generic form: whether `payment`'s provider allows `action` on it now (ProviderRules::allows).
    /// `action` is a ProviderAction (declared in providers/ProviderAction.h).
    static bool allows(ProviderAction action, const Payment& payment);
    /// The notification of an open request can be sent again (optionally with corrected
    /// details); a request that is over has no pay link worth sending.
    static bool canResend(const Payment& payment);
    /// A receipt is printed only once the money was taken (paid, or refunded after that).
    static bool canPrintReceipt(const Payment& payment);
};

} // namespace paydesk
