#pragma once

#include "money/Money.h"
#include "payments/PaymentStatus.h"
#include "payments/StatusChange.h"

#include <QString>

namespace paydesk::sandbox {

/**
 * The partner's "UPDATE payment status" (PATCH …/payments/{id}/status), also used by the
 * pay page (actor CUSTOMER) and the platform itself (actor SYSTEM).
 */
struct StatusUpdate
{
    PaymentStatus status;
    QString transactionReference;
    /// Required for PAID / PARTIALLY_REFUNDED; invalid when not given.
    Money amountPaid;
    QString cardBrand;
    /// At most the last four digits; anything longer is refused as a possible card number.
    QString cardLast4;
    /// Why a payment FAILED (becomes statusReason).
    QString failureReason;
    StatusChange::Actor actor = StatusChange::Actor::Partner;
    /// Free text for the history entry.
    QString note;
};

} // namespace paydesk::sandbox
