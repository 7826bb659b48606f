#pragma once

#include "Customer.h"
#include "PaymentReference.h"
#include "money/Money.h"

#include <QDateTime>
#include <QString>

namespace paydesk {

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

} // namespace paydesk
