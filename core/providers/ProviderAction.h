#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace paydesk {

/**
 * What a dealer can ask a payment provider to do. Which of them a provider supports at all is
 * ProviderRules::capabilities(); which a given payment allows now is ProviderRules::allows().
 *
 * The first six change something at the provider and go through the durable outbox (exactly
 * once, replayed with the same key); QuotePlan and PreApprove only ask (SyncSession::query()).
 */
enum class ProviderAction
{
    Initiate,      ///< raise a request / begin an application (the customer gets a link)
    Cancel,        ///< stop an open request (Keyloop: cancel; Payment Assist: expire now)
    Resend,        ///< send the customer's notification again
    AmendAmount,   ///< lower the amount of an open request
    UploadInvoice, ///< attach the dealer's invoice to a completed application
    Capture,       ///< take the money of an authorised application (Payment Assist pending_capture)
    QuotePlan,     ///< a repayment schedule for an amount (read only)
    PreApprove,    ///< an eligibility check before beginning (read only)
};

/// The read-only questions a provider may answer (SyncSession::query()).
enum class ProviderQuery
{
    Plans,      ///< the plans this account offers (Payment Assist /account)
    QuotePlan,  ///< the schedule of a plan for an amount (Payment Assist /plan)
    PreApprove, ///< whether the customer passes the provider's checks (Payment Assist /preapproval)
    Gateways,   ///< the payment gateways a payment may use (Democrance /payment/gateways/)
    TaxInvoice, ///< a payment's tax invoice or receipt as a file (Democrance /payment/<ref>/tax-invoice/)
    FeePreview, ///< the card surcharge and fees of an amount before it is requested (myKaarma feeRequest)
};

/// Stable wire names for the audit log and the outbox ("initiate", "cancel", "amend-amount"…).
QString providerActionName(ProviderAction action);

/// Provider ids as stored in payments.provider and outbox.provider.
namespace ProviderId {
inline QString keyloop()
{
    return QStringLiteral("keyloop");
}
inline QString paymentAssist()
{
    return QStringLiteral("paymentassist");
}
inline QString democrance()
{
    return QStringLiteral("democrance");
}
inline QString myKaarma()
{
    return QStringLiteral("mykaarma");
}
} // namespace ProviderId

/**
 * A dealer action for any provider, in the provider's own terms: `payload` holds the fields as
 * the provider's rules expect them (see the provider's request helpers, e.g.
 * PaymentAssistRequests). Validated by ProviderRules::validate(), then queued by
 * Outbox::submit() with its idempotency key and an audit line.
 *
 * Keyloop's typed requests (InitiateRequest, CancelRequest, ResendRequest) keep their own
 * submit() overloads and land in the same outbox with provider "keyloop".
 */
struct ProviderActionRequest
{
    QString provider;
    ProviderAction action = ProviderAction::Initiate;
    QString enterpriseId;
    /// The site (Keyloop store, Payment Assist dealer/branch) the action is for.
    QString storeId;
    /// Empty for Initiate.
    QString paymentId;
    QJsonObject payload;
};

} // namespace paydesk
