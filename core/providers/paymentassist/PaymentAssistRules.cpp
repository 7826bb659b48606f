#include "PaymentAssistRules.h"

#include "payments/Payment.h"
#include "payments/PaymentValidator.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

using Code = PaymentStatus::Code;

/// The file types /invoice accepts.
const QStringList& invoiceFileTypes()
{
    static const QStringList types = {u"pdf"_s, u"html"_s, u"txt"_s, u"doc"_s, u"xls"_s};
    return types;
}

/// Largest invoice PayDesk uploads (its base64 text), so one outbox row stays reasonable.
constexpr qsizetype kMaxInvoiceBase64 = 16 * 1024 * 1024;

bool isOpenApplication(const Payment& payment)
{
    const Code code = payment.status.code();
    return code == Code::Initiated || code == Code::InProgress || code == Code::Authorised;
}

void trimText(QJsonObject& payload, const QString& key)
{
    if (payload.value(key).isString())
        payload.insert(key, payload.value(key).toString().trimmed());
}

} // namespace

QString PaymentAssistRules::displayName() const
{
    return paydesk::ProviderRules::tr("Payment Assist");
}

QList<ProviderAction> PaymentAssistRules::capabilities() const
{
    return {ProviderAction::Initiate,      ProviderAction::Cancel,  ProviderAction::AmendAmount,
            ProviderAction::UploadInvoice, ProviderAction::Capture, ProviderAction::QuotePlan,
            ProviderAction::PreApprove};
}

bool PaymentAssistRules::allows(ProviderAction action, const Payment& payment) const
{
    switch (action) {
    case ProviderAction::Initiate:
    case ProviderAction::QuotePlan:
    case ProviderAction::PreApprove:
        return true;
    case ProviderAction::Cancel:
    case ProviderAction::AmendAmount:
        // /update changes expiry and amount of pending, in progress and pending_capture ones.
        return isOpenApplication(payment);
    case ProviderAction::UploadInvoice:
        // /invoice answers 404 until the application is completed.
        return payment.status.code() == Code::Paid;
    case ProviderAction::Capture:
        return payment.status.code() == Code::Authorised;
    case ProviderAction::Resend:
        return false;
    }
    return false;
}

bool PaymentAssistRules::isFinal(const Payment& payment) const
{
    const Code code = payment.status.code();
    return code == Code::Paid || code == Code::Failed || code == Code::Expired || code == Code::Cancelled;
}

PaymentStatus PaymentAssistRules::statusFor(const QString& paStatus)
{
    const QString word = paStatus.trimmed().toLower();
    if (word == u"pending")
        return Code::Initiated;
    if (word == u"in progress" || word == u"in_progress")
        return Code::InProgress;
    if (word == u"pending_capture")
        return Code::Authorised;
    if (word == u"completed")
        return Code::Paid;
    if (word == u"failed")
        return Code::Failed;
    if (word == u"expired")
        return Code::Expired;
    // A word the documents do not name: PaymentStatus's own reading (Unknown keeping the raw
    // word unless it is a status PayDesk knows by that name); Payment::providerStatus keeps it.
    return PaymentStatus::fromString(paStatus);
}

FieldErrors PaymentAssistRules::validate(ProviderActionRequest& request) const
{
    FieldErrors errors = ProviderRules::validate(request);
    if (!errors.isEmpty())
        return errors;
    if (request.storeId.trimmed().isEmpty())
        errors.append({u"storeId"_s, paydesk::ProviderRules::tr("Choose the site the application is for.")});
    if (request.action != ProviderAction::Initiate && request.paymentId.trimmed().isEmpty())
        errors.append({u"token"_s, paydesk::ProviderRules::tr("This action needs the application's token.")});

    const PaymentValidator text;
    QJsonObject& p = request.payload;
    switch (request.action) {
    case ProviderAction::Initiate: {
        for (const QString& key : {u"order_id"_s, u"f_name"_s, u"s_name"_s, u"addr1"_s, u"postcode"_s,
                                   u"email"_s, u"telephone"_s, u"reg_no"_s, u"description"_s})
            trimText(p, key);
        for (const QString& key : {u"order_id"_s, u"f_name"_s, u"s_name"_s, u"addr1"_s, u"postcode"_s}) {
            const QString value = p.value(key).toString();
            if (value.isEmpty())
                errors.append({key, paydesk::ProviderRules::tr("This field is required.")});
        }
        for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
            if (!it.value().isString())
                continue;
            const QString value = it.value().toString();
            if (const QString e = text.checkNoCardNumber(value); !e.isEmpty())
                errors.append({it.key(), e});
            else if (value.size() > PaymentValidator::kMaxTextLength)
                errors.append({it.key(), paydesk::ProviderRules::tr("Use at most %1 characters.")
                                             .arg(PaymentValidator::kMaxTextLength)});
        }
        if (p.value(u"amount"_s).toInteger(0) <= 0)
            errors.append({u"amount"_s, paydesk::ProviderRules::tr("Enter an amount greater than zero.")});
        const QString email = p.value(u"email"_s).toString();
        if (const QString e = text.checkEmail(email, p.value(u"send_email"_s).toBool()); !e.isEmpty())
            errors.append({u"email"_s, e});
        if (p.value(u"send_sms"_s).toBool() && p.value(u"telephone"_s).toString().isEmpty())
            errors.append({u"telephone"_s,
                           paydesk::ProviderRules::tr("Enter a mobile number to send the pay link by SMS.")});
        if (p.contains(u"expiry"_s) && p.value(u"expiry"_s).toInteger(-1) <= 0)
            errors.append(
                {u"expiry"_s, paydesk::ProviderRules::tr("The link must stay valid for some time.")});
        break;
    }
    case ProviderAction::AmendAmount:
        if (p.value(u"amount"_s).toInteger(0) <= 0)
            errors.append({u"amount"_s, paydesk::ProviderRules::tr("Enter an amount greater than zero.")});
        break;
    case ProviderAction::UploadInvoice: {
        const QString type = p.value(u"filetype"_s).toString().trimmed().toLower();
        p.insert(u"filetype"_s, type);
        if (!invoiceFileTypes().contains(type))
            errors.append(
                {u"filetype"_s,
                 paydesk::ProviderRules::tr("Payment Assist accepts PDF, HTML, TXT, DOC and XLS invoices.")});
        const QString data = p.value(u"filedata"_s).toString();
        if (data.isEmpty())
            errors.append({u"filedata"_s, paydesk::ProviderRules::tr("The invoice file is empty.")});
        else if (data.size() > kMaxInvoiceBase64)
            errors.append({u"filedata"_s, paydesk::ProviderRules::tr("The invoice file is too large.")});
        break;
    }
    case ProviderAction::Cancel:
    case ProviderAction::Capture:
        break;
    default:
        // Resend is not supported (refused above); quotes are not queued.
        errors.append(
            {u"action"_s, paydesk::ProviderRules::tr("%1 does not support this action.").arg(displayName())});
        break;
    }
    return errors;
}

} // namespace paydesk
