#include "ProviderRules.h"

#include "payments/Payment.h"
#include "providers/democrance/DemocranceRules.h"
#include "providers/keyloop/KeyloopRules.h"
#include "providers/mykaarma/MyKaarmaRules.h"
#include "providers/paymentassist/PaymentAssistRules.h"

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

/// A provider PayDesk does not know (a newer connector's payments in an older build): shown,
/// never acted on.
class UnknownProviderRules final : public ProviderRules
{
public:
    QString id() const override { return QString(); }
    QString displayName() const override { return paydesk::ProviderRules::tr("Unknown provider"); }
    QList<ProviderAction> capabilities() const override { return {}; }
    bool allows(ProviderAction, const Payment&) const override { return false; }
    bool isFinal(const Payment& payment) const override { return payment.status.isFinal(); }
};

} // namespace

QString providerActionName(ProviderAction action)
{
    switch (action) {
    case ProviderAction::Initiate:
        return u"initiate"_s;
    case ProviderAction::Cancel:
        return u"cancel"_s;
    case ProviderAction::Resend:
        return u"resend"_s;
    case ProviderAction::AmendAmount:
        return u"amend-amount"_s;
    case ProviderAction::UploadInvoice:
        return u"upload-invoice"_s;
    case ProviderAction::Capture:
        return u"capture"_s;
    case ProviderAction::QuotePlan:
        return u"quote-plan"_s;
    case ProviderAction::PreApprove:
        return u"pre-approve"_s;
    }
    return QString();
}

FieldErrors ProviderRules::validate(ProviderActionRequest& request) const
{
    if (!supports(request.action))
        return {FieldError{u"action"_s, tr("%1 does not support this action.").arg(displayName())}};
    return {};
}

bool ProviderRules::allowsQuery(ProviderQuery query, const Payment&) const
{
    return answers(query);
}

const ProviderRules& ProviderRules::forProvider(const QString& providerId)
{
    // Made once, never changed: safe to read from every thread.
    static const KeyloopRules keyloop;
    static const PaymentAssistRules paymentAssist;
    static const DemocranceRules democrance;
    static const MyKaarmaRules myKaarma;
    static const UnknownProviderRules unknown;
    if (providerId == keyloop.id())
        return keyloop;
    if (providerId == paymentAssist.id())
        return paymentAssist;
    if (providerId == democrance.id())
        return democrance;
    if (providerId == myKaarma.id())
        return myKaarma;
    return unknown;
}

const ProviderRules& ProviderRules::forPayment(const Payment& payment)
{
    return forProvider(payment.provider);
}

QList<const ProviderRules*> ProviderRules::all()
{
    return {&forProvider(ProviderId::keyloop()), &forProvider(ProviderId::paymentAssist()),
            &forProvider(ProviderId::democrance()), &forProvider(ProviderId::myKaarma())};
}

} // namespace paydesk
