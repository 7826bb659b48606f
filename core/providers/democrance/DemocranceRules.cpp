#include "DemocranceRules.h"

#include "payments/Payment.h"
#include "payments/PaymentValidator.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

using Code = PaymentStatus::Code;

bool wasPaid(const PaymentStatus& status)
{
    const Code c = status.code();
    return c == Code::Paid || c == Code::PartiallyRefunded || c == Code::Refunded;
}

/// The payment status words of the emulation and the gateways' usual ones, by meaning.
enum class Progress
{
    None,
    Pending,
    InProgress,
    Paid,
    Failed,
    Settled, ///< nothing for the customer to pay: invoiced to the dealer, or not required
};

Progress progressOf(const QString& word)
{
    const QString w = word.trimmed().toLower();
    if (w.isEmpty())
        return Progress::None;
    if (w == u"paid" || w == u"success" || w == u"successful" || w == u"completed" || w == u"complete" ||
        w == u"captured" || w == u"settled")
        return Progress::Paid;
    if (w == u"failed" || w == u"failure" || w == u"declined" || w == u"error" || w == u"cancelled" ||
        w == u"canceled" || w == u"expired" || w == u"rejected")
        return Progress::Failed;
    if (w == u"processing" || w == u"in_progress" || w == u"in progress" || w == u"authorised" ||
        w == u"authorized")
        return Progress::InProgress;
    if (w == u"invoiced" || w == u"not_required")
        return Progress::Settled;
    return Progress::Pending; // "pending", "initiated", "new", or a word the documents do not name
}

} // namespace

QString DemocranceRules::displayName() const
{
    return paydesk::ProviderRules::tr("Democrance");
}

QList<ProviderAction> DemocranceRules::capabilities() const
{
    return {ProviderAction::Initiate};
}

QList<ProviderQuery> DemocranceRules::queries() const
{
    return {ProviderQuery::Gateways, ProviderQuery::TaxInvoice};
}

bool DemocranceRules::isAction(const QString& action, const QString& expected)
{
    return action.trimmed().compare(expected, Qt::CaseInsensitive) == 0;
}

bool DemocranceRules::allows(ProviderAction action, const Payment& payment) const
{
    if (action != ProviderAction::Initiate)
        return false;
    if (payment.paymentId.isEmpty())
        return true; // a policy PayDesk does not hold yet
    const QString initiated = payment.providerData.value(u"action"_s).toString();
    if (isAction(initiated, paymentToBeInvoiced()) || isAction(initiated, noPaymentRequired()))
        return false;
    return payment.status.isOpen() && payment.status.code() != Code::Authorised;
}

bool DemocranceRules::allowsQuery(ProviderQuery query, const Payment& payment) const
{
    switch (query) {
    case ProviderQuery::TaxInvoice: {
        // Democrance issues it for a payment that is paid (the receipt) or invoiced; a waived
        // one ("No payment required") has none.
        const QString word = payment.providerData.value(u"payment_status"_s).toString().trimmed().toLower();
        if (payment.providerData.value(u"reference"_s).toString().isEmpty())
            return false;
        return word == u"paid" || word == u"invoiced" ||
               (word.isEmpty() && payment.status.code() == Code::Paid);
    }
    case ProviderQuery::Gateways:
        return payment.paymentId.isEmpty() || allows(ProviderAction::Initiate, payment);
    default:
        return false;
    }
}

bool DemocranceRules::isFinal(const Payment& payment) const
{
    return payment.status.isFinal();
}

QString DemocranceRules::paymentIdFor(const QString& siteId, const QString& policyNumber)
{
    return u"democrance:%1:%2"_s.arg(siteId, policyNumber);
}

PaymentStatus DemocranceRules::statusFor(const QString& policyStatus)
{
    const QString word = policyStatus.trimmed().toUpper();
    if (word == u"S_NEW" || word == u"S_QUOTED" || word == u"S_PENDING_APPROVAL")
        return Code::Initiated;
    if (word == u"S_ACTIVE" || word == u"S_CANCELLATION_REQUESTED")
        return Code::Paid;
    if (word == u"S_CANCELLED")
        return Code::Cancelled;
    if (word == u"S_ENDED")
        return Code::Expired;
    // A word the documents do not name: Unknown keeping it (providerStatus keeps it too).
    return PaymentStatus::fromString(policyStatus.trimmed());
}

PaymentStatus DemocranceRules::statusOf(const QString& policyStatus, const QString& action,
                                        const QString& paymentStatus, const PaymentStatus& before)
{
    const PaymentStatus policy = statusFor(policyStatus);
    switch (policy.code()) {
    case Code::Paid:
        return policy;
    case Code::Cancelled:
    case Code::Expired:
        // A paid policy that ends or is cancelled later was still paid.
        return wasPaid(before) ? before : policy;
    case Code::Initiated:
        break;
    default:
        return policy; // Unknown
    }
    if (isAction(action, paymentToBeInvoiced()) || isAction(action, noPaymentRequired()))
        return Code::Authorised;
    switch (progressOf(paymentStatus)) {
    case Progress::Paid:
    case Progress::Settled:
        return Code::Authorised; // paid at the gateway (not yet recorded), invoiced or waived
    case Progress::Failed:
        return Code::Failed;
    case Progress::InProgress:
        return Code::InProgress;
    case Progress::Pending:
        return Code::Notified;
    case Progress::None:
        break;
    }
    return action.trimmed().isEmpty() ? Code::Initiated : Code::Notified;
}

bool DemocranceRules::fundsCleared(const PaymentStatus& status, const QString& action,
                                   const QString& paymentStatus)
{
    if (status.code() != Code::Paid)
        return false;
    const QString word = paymentStatus.trimmed().toLower();
    if (word == u"invoiced")
        return false;
    return !(word.isEmpty() && isAction(action, paymentToBeInvoiced()));
}

FieldErrors DemocranceRules::validate(ProviderActionRequest& request) const
{
    FieldErrors errors = ProviderRules::validate(request);
    if (!errors.isEmpty())
        return errors;
    request.storeId = request.storeId.trimmed();
    if (request.storeId.isEmpty())
        errors.append({u"storeId"_s, paydesk::ProviderRules::tr("Choose the site the policy belongs to.")});
    const PaymentValidator text;
    QJsonObject& p = request.payload;
    for (const QString& key : {u"policy_number"_s, u"gateway"_s}) {
        const QString value = p.value(key).toString().trimmed();
        p.insert(key, value);
        if (value.isEmpty()) {
            errors.append({key, key == u"gateway"_s
                                    ? paydesk::ProviderRules::tr("Choose a payment gateway.")
                                    : paydesk::ProviderRules::tr("Enter the policy number.")});
        } else if (const QString e = text.checkNoCardNumber(value); !e.isEmpty()) {
            errors.append({key, e});
        } else if (value.size() > PaymentValidator::kMaxTextLength) {
            errors.append({key, paydesk::ProviderRules::tr("Use at most %1 characters.")
                                    .arg(PaymentValidator::kMaxTextLength)});
        }
    }
    if (!request.paymentId.isEmpty() && errors.isEmpty() &&
        request.paymentId != paymentIdFor(request.storeId, p.value(u"policy_number"_s).toString()))
        errors.append(
            {u"policy_number"_s, paydesk::ProviderRules::tr("This payment is for another policy.")});
    return errors;
}

} // namespace paydesk
