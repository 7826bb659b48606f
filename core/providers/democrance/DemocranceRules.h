#pragma once

#include "payments/PaymentStatus.h"
#include "providers/ProviderRules.h"

namespace paydesk {

/**
 * Democrance insurance policies (GAP, warranty, paint protection sold with the vehicle), as
 * pure rules. One payment per policy: Payment::paymentId is paymentIdFor(site, policy_number),
 * providerReference the policy_number, providerStatus the policy's raw status word, and
 * providerData the payment fields PayDesk knows (gateway, action, token, payment_status…).
 *
 * **Actions.** Initiate = "Send payment link for policy" (`POST /api/v3/payment/initiate/`,
 * payload `policy_number` and `gateway`); there is no cancel, resend or amount change in the
 * Payment API. Queries: Gateways (`/payment/gateways/?policy_number=`) and TaxInvoice (the
 * tax invoice or receipt of a paid policy).
 *
 * **Statuses** (statusOf()). The policy's status decides, the payment's progress refines an
 * open one:
 * - `S_ACTIVE` and `S_CANCELLATION_REQUESTED` → Paid. Democrance activates a policy only
 *   "once we have recorded the payment" (Payment API), so an active policy's money is
 *   established: fundsCleared — except when the payment is invoiced (action "Payment to be
 *   invoiced", gateway `invoice`): the policy is issued and the money follows with the invoice,
 *   so it stays awaiting clearance. "No payment required": Paid, nothing to clear, nothing paid.
 * - `S_CANCELLED` → Cancelled, `S_ENDED` → Expired; but a policy that was paid stays Paid
 *   (its term ending or a later cancellation does not undo the payment; the raw word shows it).
 * - `S_NEW`, `S_QUOTED`, `S_PENDING_APPROVAL` → open: Initiated until a payment is initiated;
 *   then by the initiate's action and the payment status: "Payment required" → Notified (the
 *   link is to be sent), payment in progress → InProgress, failed → Failed (the customer may
 *   try again: "should payment fail, it is up to the client application to re-try"), paid at
 *   the gateway but not yet recorded → Authorised, "Payment to be invoiced" and "No payment
 *   required" → Authorised (nothing for the customer to pay now; Democrance issues the policy).
 * - any other word → Unknown keeping the word.
 */
class DemocranceRules final : public ProviderRules
{
public:
    /// The initiate answer's `action` values, exactly as the Payment API spells them.
    static QString paymentRequired() { return QStringLiteral("Payment required"); }
    static QString noPaymentRequired() { return QStringLiteral("No payment required"); }
    static QString paymentToBeInvoiced() { return QStringLiteral("Payment to be invoiced"); }

    QString id() const override { return ProviderId::democrance(); }
    QString displayName() const override;
    /// Initiate ("Send payment link for policy").
    QList<ProviderAction> capabilities() const override;
    /// Gateways and TaxInvoice.
    QList<ProviderQuery> queries() const override;
    /// Initiate: for a new policy (no payment yet) or an open one whose payment is not invoiced
    /// or waived; every other action: never.
    bool allows(ProviderAction action, const Payment& payment) const override;
    /// TaxInvoice for a payment Democrance knows by its reference that is paid (the receipt) or
    /// invoiced; Gateways for an open policy or a new one.
    bool allowsQuery(ProviderQuery query, const Payment& payment) const override;
    /// Paid, Cancelled, Expired (and refunds); an unknown word is not final.
    bool isFinal(const Payment& payment) const override;
    /// Initiate: storeId, policy_number and gateway (trimmed), no card number in either.
    FieldErrors validate(ProviderActionRequest& request) const override;

    /// "democrance:<siteId>:<policy_number>": unique in the cache across sites and providers.
    static QString paymentIdFor(const QString& siteId, const QString& policyNumber);

    /// The bare mapping of a policy status word (case and surrounding blanks ignored).
    static PaymentStatus statusFor(const QString& policyStatus);
    /**
     * The payment's status from what Democrance said: the policy's status word, the initiate's
     * `action` (empty before any), the payment status word (empty when not asked) and the
     * status cached `before` (a paid policy stays paid).
     */
    static PaymentStatus statusOf(const QString& policyStatus, const QString& action,
                                  const QString& paymentStatus, const PaymentStatus& before = {});
    /// Whether a Paid policy's money is cleared: not while its payment is to be invoiced
    /// (payment status "invoiced", or action "Payment to be invoiced" with no later status).
    static bool fundsCleared(const PaymentStatus& status, const QString& action,
                             const QString& paymentStatus);
    /// `action` equals `expected` (case and surrounding blanks ignored).
    static bool isAction(const QString& action, const QString& expected);
};

} // namespace paydesk
