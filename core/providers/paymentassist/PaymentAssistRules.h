#pragma once

#include "payments/PaymentStatus.h"
#include "providers/ProviderRules.h"

namespace paydesk {

/**
 * Payment Assist point-of-sale finance (Partner API v1): begin an application, expire it (the
 * "cancel" of this provider: /update expiry=0), lower its amount, upload the invoice of a
 * completed one, capture one in pending_capture; quote a plan and pre-approve a customer.
 * There is no resend.
 *
 * Statuses (API-NOTES "Payment Assist"): pending → Initiated, in progress / in_progress →
 * InProgress, pending_capture → Authorised, completed → Paid, failed → Failed (final: a
 * declined application is not tried again), expired → Expired. The raw word is kept in
 * Payment::providerStatus.
 */
class PaymentAssistRules final : public ProviderRules
{
public:
    QString id() const override { return ProviderId::paymentAssist(); }
    QString displayName() const override;
    QList<ProviderAction> capabilities() const override;
    /// Plans (/account), QuotePlan (/plan), PreApprove (/preapproval).
    QList<ProviderQuery> queries() const override
    {
        return {ProviderQuery::Plans, ProviderQuery::QuotePlan, ProviderQuery::PreApprove};
    }
    bool allows(ProviderAction action, const Payment& payment) const override;
    /// completed, failed, expired (and an unknown word is not final).
    bool isFinal(const Payment& payment) const override;
    FieldErrors validate(ProviderActionRequest& request) const override;

    /// The PayDesk status of a Payment Assist status word (case and surrounding blanks ignored);
    /// an unknown word is Code::Unknown keeping the word.
    static PaymentStatus statusFor(const QString& paStatus);
};

} // namespace paydesk
