#pragma once

#include "payments/Payment.h"

#include <QMetaType>

namespace paydesk::sandbox {

/**
 * One committed change to a payment, as PlatformState::paymentChanged() reports it. Every
 * change has taken the next per-store sequence (payment.sequence) before it is emitted, so
 * the feed, the push channel and these signals all see the same order.
 */
struct ChangeEvent
{
    enum class Kind
    {
        Initiated,       ///< a dealer raised the request (→ epayment.initiated)
        Cancelled,       ///< a dealer cancelled it (→ epayment.cancelled)
        Resent,          ///< notification sent again, customer details unchanged
        CustomerUpdated, ///< resent with a changed name / email / phone (→ epayment.updated)
        StatusUpdated,   ///< status changed by the partner, the customer (pay page) or the platform
        Expired,         ///< the pay link ran out unpaid
        Reconciled,      ///< the DMS booked the payment into its accounts
        FundsCleared,    ///< settlement done: safe to release the goods
    };

    Kind kind = Kind::StatusUpdated;
    /// The payment after the change, with its full history.
    Payment payment;
    /// The status before the change (equals payment.status when it did not change).
    PaymentStatus previousStatus;

    static QString kindName(Kind kind);
};

} // namespace paydesk::sandbox

Q_DECLARE_METATYPE(paydesk::sandbox::ChangeEvent)
