#pragma once

#include "payments/PaymentStatus.h"
#include "providers/ProviderRules.h"

#include <QJsonObject>

namespace paydesk {

/**
 * myKaarma kpayment (docs.mykaarma.com "Payments API", seed 003): a **prepayment** for a repair
 * order — the amount on a new invoice of the dealer order, its pay link sent to the customer by
 * text and/or email (ProviderAction::Initiate) — and sending the payment request again
 * (ProviderAction::Resend). The surcharge and fees of an amount are a read-only question
 * (ProviderQuery::FeePreview, queries()). There is no cancel and no amount change.
 *
 * **Initiate payload** (wire names; checked and trimmed by validate()):
 * | field              | required | meaning                                                      |
 * |--------------------|----------|--------------------------------------------------------------|
 * | orderNumber        | yes      | the repair order's number                                    |
 * | amount             | yes      | the prepayment, integer minor units (> 0)                    |
 * | currency           | no       | ISO 4217, default USD                                         |
 * | customerUuid       | yes      | myKaarma's customer (the order's paymentCustomer)            |
 * | dealerOrderUuid    | no       | an existing dealer order                                     |
 * | dealerOrderAmount  | no       | the whole order, integer minor units (default: amount)       |
 * | orderType          | no       | RO (default) or PO                                           |
 * | desc               | no       | description on the invoice                                   |
 * | sendAsText         | no       | text the pay link (bool)                                     |
 * | sendAsEmail        | no       | email the pay link (bool); one of the two is required…       |
 * | prepaymentOnly     | no       | …unless this is true: the prepayment (and its fees) only,    |
 * |                    |          | the link sent later with Resend                              |
 * | feeRequest         | no       | {fetchSurcharge, fetchApplicationFee, tenderType, cardType,  |
 * |                    |          |  transactionDepartment, paymentType} as myKaarma names them  |
 *
 * **Resend payload**: sendAsText, sendAsEmail (bools; default: as first sent).
 *
 * **Statuses** (statusFor()): a dealer order is `open`, `invoiced` or `closed` (kept raw in
 * Payment::providerStatus); its flags and the payment request's status decide:
 * paid → Paid; request PAID → Paid; request FAILED → Failed; request EXPIRED → Expired; part
 * paid → InProgress; request VIEWED → Viewed; paymentRequestSent or request SENT → Notified;
 * closed (nothing paid through myKaarma) → Cancelled; otherwise Initiated. A **suspicious**
 * payment is never cleared (fundsCleared()), so it never reads as safe to release.
 */
class MyKaarmaRules final : public ProviderRules
{
public:
    QString id() const override { return ProviderId::myKaarma(); }
    QString displayName() const override;
    QList<ProviderAction> capabilities() const override;
    bool allows(ProviderAction action, const Payment& payment) const override;
    /// Paid and cleared, or Cancelled (a closed order). A suspicious paid one is not final: it
    /// is watched until myKaarma clears it. Expired and Failed are not final: Resend asks again.
    bool isFinal(const Payment& payment) const override;
    FieldErrors validate(ProviderActionRequest& request) const override;

    /// The read-only questions myKaarma answers: ProviderQuery::FeePreview.
    QList<ProviderQuery> queries() const override;

    /// What decides a myKaarma payment's status.
    struct Facts
    {
        /// The dealer order's orderStatus (open, invoiced, closed; any case).
        QString orderStatus;
        /// The payment request's status (CREATED, SENT, VIEWED, PAID, FAILED, EXPIRED), if known.
        QString requestStatus;
        bool paid = false;
        bool paymentRequestSent = false;
        /// Something, not all, was paid.
        bool partlyPaid = false;
    };
    static PaymentStatus statusFor(const Facts& facts);
    /// Whether a payment may be released: paid and not suspicious.
    static bool fundsCleared(bool paid, bool suspicious) { return paid && !suspicious; }
};

} // namespace paydesk
