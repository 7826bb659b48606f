#include "MyKaarmaRules.h"

#include "money/Money.h"
#include "payments/Payment.h"
#include "payments/PaymentValidator.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

using Code = PaymentStatus::Code;

void trimText(QJsonObject& payload, const QString& key)
{
    if (payload.value(key).isString())
        payload.insert(key, payload.value(key).toString().trimmed());
}

/// Text fields of the Initiate payload.
const QStringList& textFields()
{
    static const QStringList fields = {u"orderNumber"_s,     u"currency"_s,  u"customerUuid"_s,
                                       u"dealerOrderUuid"_s, u"orderType"_s, u"desc"_s};
    return fields;
}

const QStringList& feeRequestFields()
{
    static const QStringList fields = {u"tenderType"_s, u"cardType"_s, u"transactionDepartment"_s,
                                       u"paymentType"_s};
    return fields;
}

bool isWholeNumber(const QJsonValue& value)
{
    return value.isDouble() && double(value.toInteger()) == value.toDouble();
}

} // namespace

QString MyKaarmaRules::displayName() const
{
    return paydesk::ProviderRules::tr("myKaarma");
}

QList<ProviderAction> MyKaarmaRules::capabilities() const
{
    return {ProviderAction::Initiate, ProviderAction::Resend};
}

QList<ProviderQuery> MyKaarmaRules::queries() const
{
    return {ProviderQuery::FeePreview};
}

bool MyKaarmaRules::allows(ProviderAction action, const Payment& payment) const
{
    switch (action) {
    case ProviderAction::Initiate:
        return true;
    case ProviderAction::Resend: {
        // A request can be sent again while nothing is paid and the order is not closed; an
        // expired or failed one gets a new request.
        if (payment.providerData.value(u"invoiceGUID"_s).toString().isEmpty())
            return false;
        const Code code = payment.status.code();
        return code == Code::Initiated || code == Code::Notified || code == Code::Viewed ||
               code == Code::Failed || code == Code::Expired;
    }
    default:
        return false;
    }
}

bool MyKaarmaRules::isFinal(const Payment& payment) const
{
    const Code code = payment.status.code();
    if (code == Code::Paid)
        return !payment.providerData.value(u"suspicious"_s).toBool();
    return code == Code::Cancelled || code == Code::Refunded;
}

PaymentStatus MyKaarmaRules::statusFor(const Facts& facts)
{
    const QString order = facts.orderStatus.trimmed().toLower();
    const QString request = facts.requestStatus.trimmed().toUpper();
    if (facts.paid || request == u"PAID")
        return Code::Paid;
    if (request == u"FAILED")
        return Code::Failed;
    if (request == u"EXPIRED")
        return Code::Expired;
    if (facts.partlyPaid)
        return Code::InProgress;
    if (request == u"VIEWED")
        return Code::Viewed;
    if (facts.paymentRequestSent || request == u"SENT")
        return Code::Notified;
    if (order == u"closed")
        return Code::Cancelled;
    if (order == u"open" || order == u"invoiced" || order.isEmpty())
        return Code::Initiated;
    // A word the documents do not name: Unknown keeping it (Payment::providerStatus keeps it too).
    return PaymentStatus::fromString(facts.orderStatus);
}

FieldErrors MyKaarmaRules::validate(ProviderActionRequest& request) const
{
    FieldErrors errors = ProviderRules::validate(request);
    if (!errors.isEmpty())
        return errors;
    if (request.storeId.trimmed().isEmpty())
        errors.append({u"storeId"_s, paydesk::ProviderRules::tr("Choose the site the payment is for.")});
    QJsonObject& p = request.payload;
    const PaymentValidator text;
    switch (request.action) {
    case ProviderAction::Initiate: {
        for (const QString& key : textFields())
            trimText(p, key);
        for (const QString& key : {u"orderNumber"_s, u"customerUuid"_s}) {
            if (p.value(key).toString().isEmpty())
                errors.append({key, paydesk::ProviderRules::tr("This field is required.")});
        }
        for (const QString& key : textFields()) {
            const QString value = p.value(key).toString();
            if (const QString e = text.checkNoCardNumber(value); !e.isEmpty())
                errors.append({key, e});
            else if (value.size() > PaymentValidator::kMaxTextLength)
                errors.append({key, paydesk::ProviderRules::tr("Use at most %1 characters.")
                                        .arg(PaymentValidator::kMaxTextLength)});
        }
        const QString currency =
            p.value(u"currency"_s).toString().isEmpty() ? u"USD"_s : p.value(u"currency"_s).toString();
        // Amounts are integer minor units here; myKaarma's decimal is made from them exactly.
        const QJsonValue amount = p.value(u"amount"_s);
        if (!isWholeNumber(amount) || amount.toInteger() <= 0)
            errors.append({u"amount"_s, paydesk::ProviderRules::tr("Enter an amount greater than zero.")});
        else if (auto m = Money::fromMinor(amount.toInteger(), currency); !m)
            errors.append({u"currency"_s, m.error().message});
        if (p.contains(u"dealerOrderAmount"_s)) {
            const QJsonValue whole = p.value(u"dealerOrderAmount"_s);
            if (!isWholeNumber(whole) || whole.toInteger() < amount.toInteger())
                errors.append(
                    {u"dealerOrderAmount"_s,
                     paydesk::ProviderRules::tr("The order's amount cannot be less than the prepayment.")});
        }
        const QString orderType = p.value(u"orderType"_s).toString();
        if (!orderType.isEmpty() && orderType != u"RO" && orderType != u"PO")
            errors.append(
                {u"orderType"_s, paydesk::ProviderRules::tr("Use RO (repair order) or PO (parts order).")});
        for (const QString& flag : {u"sendAsText"_s, u"sendAsEmail"_s, u"prepaymentOnly"_s}) {
            if (p.contains(flag) && !p.value(flag).isBool())
                errors.append({flag, paydesk::ProviderRules::tr("This field is required.")});
        }
        // myKaarma sends a payment request by text or email; without either, only the prepayment
        // is made (its fees can be seen first) when that is asked for.
        if (!p.value(u"sendAsText"_s).toBool() && !p.value(u"sendAsEmail"_s).toBool() &&
            !p.value(u"prepaymentOnly"_s).toBool())
            errors.append({u"sendAsText"_s,
                           paydesk::ProviderRules::tr("Send the pay link by text, by email or both.")});
        if (p.contains(u"feeRequest"_s)) {
            QJsonObject fee = p.value(u"feeRequest"_s).toObject();
            for (const QString& key : feeRequestFields())
                trimText(fee, key);
            p.insert(u"feeRequest"_s, fee);
        }
        break;
    }
    case ProviderAction::Resend:
        if (request.paymentId.trimmed().isEmpty())
            errors.append({u"paymentId"_s, paydesk::ProviderRules::tr("This field is required.")});
        for (const QString& flag : {u"sendAsText"_s, u"sendAsEmail"_s}) {
            if (p.contains(flag) && !p.value(flag).isBool())
                errors.append({flag, paydesk::ProviderRules::tr("This field is required.")});
        }
        break;
    default:
        errors.append(
            {u"action"_s, paydesk::ProviderRules::tr("%1 does not support this action.").arg(displayName())});
        break;
    }
    return errors;
}

} // namespace paydesk
