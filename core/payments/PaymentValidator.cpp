#include "PaymentValidator.h"

#include "CardNumber.h"
#include "PhoneNumber.h"
#include "money/Currency.h"

#include <QRegularExpression>

namespace paydesk {

PaymentValidator::PaymentValidator(QString defaultCallingCode)
    : m_callingCode(std::move(defaultCallingCode))
{
}

bool PaymentValidator::isValidEmail(const QString& email)
{
    // Syntax only, in the spirit of the HTML living standard's "valid e-mail address":
    // one @, a dot-separated domain of letters, digits and hyphens, no spaces.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    if (email.size() > 254)
        return false;
    if (!pattern.match(email).hasMatch())
        return false;
    const QString local = email.section(u'@', 0, 0);
    return !local.startsWith(u'.') && !local.endsWith(u'.') && !local.contains(QStringLiteral(".."));
}

namespace {

/// False for text that shows nothing: spaces, and format characters such as the zero-width
/// space, joiners, the byte-order mark and direction marks. (Inside a name they are kept: a
/// Persian name needs its zero-width non-joiner, an emoji family its joiners.)
bool showsSomething(const QString& text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c.category() != QChar::Other_Format && c.category() != QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

QString PaymentValidator::checkName(const QString& name) const
{
    const QString trimmed = name.trimmed();
    if (!showsSomething(trimmed))
        return tr("Enter the customer's name.");
    if (const QString e = checkNoCardNumber(trimmed); !e.isEmpty())
        return e;
    if (trimmed.size() > kMaxTextLength)
        return tr("Use at most %1 characters.").arg(kMaxTextLength);
    return QString();
}

QString PaymentValidator::checkEmail(const QString& email, bool required) const
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return required ? tr("Enter an email address to send the pay link by email.") : QString();
    if (const QString e = checkNoCardNumber(trimmed); !e.isEmpty())
        return e;
    if (!isValidEmail(trimmed))
        return tr("“%1” is not a valid email address.").arg(trimmed);
    return QString();
}

QString PaymentValidator::checkPhone(const QString& phone, bool required) const
{
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return required ? tr("Enter a mobile number to send the pay link by SMS.") : QString();
    if (!PhoneNumber::toE164(trimmed, m_callingCode))
        return tr("Enter the number in international form, e.g. +44 7700 900123.");
    return QString();
}

QString PaymentValidator::checkAmount(const Money& amount) const
{
    if (!amount.isValid() || !Currency::isKnown(amount.currency()))
        return tr("Choose a currency.");
    if (!amount.isPositive())
        return tr("The amount must be more than zero.");
    return QString();
}

QString PaymentValidator::checkNoCardNumber(const QString& text) const
{
    if (CardNumber::containsCardNumber(text))
        return tr("Do not enter card numbers here. PayDesk keeps at most the last four digits, "
                  "e.g. “card ending 1111”.");
    return QString();
}

void PaymentValidator::checkFreeText(const QString& field, const QString& value, FieldErrors& errors) const
{
    if (const QString e = checkNoCardNumber(value); !e.isEmpty())
        errors.append({field, e});
    checkLength(field, value, errors);
}

void PaymentValidator::checkLength(const QString& field, const QString& value, FieldErrors& errors) const
{
    if (value.size() > kMaxTextLength)
        errors.append({field, tr("Use at most %1 characters.").arg(kMaxTextLength)});
}

void PaymentValidator::validateCustomer(Customer& customer, Channels channels, FieldErrors& errors) const
{
    customer.name = customer.name.trimmed();
    customer.email = customer.email.trimmed();
    customer.phone = customer.phone.trimmed();

    if (const QString e = checkName(customer.name); !e.isEmpty())
        errors.append({QStringLiteral("customer.name"), e});
    if (const QString e = checkEmail(customer.email, channels.testFlag(Channel::Email)); !e.isEmpty())
        errors.append({QStringLiteral("customer.email"), e});
    checkLength(QStringLiteral("customer.email"), customer.email, errors);
    if (const QString e = checkPhone(customer.phone, channels.testFlag(Channel::Sms)); !e.isEmpty())
        errors.append({QStringLiteral("customer.phone"), e});
    else if (!customer.phone.isEmpty())
        customer.phone = *PhoneNumber::toE164(customer.phone, m_callingCode);
    if (!channels.testFlag(Channel::Email) && !channels.testFlag(Channel::Sms))
        errors.append({QStringLiteral("channels"), tr("Choose email, SMS or both.")});
}

FieldErrors PaymentValidator::validate(InitiateRequest& request, const QDateTime& now) const
{
    FieldErrors errors;
    validateCustomer(request.customer, request.channels, errors);

    request.reference.number = request.reference.number.trimmed();
    if (request.reference.number.isEmpty())
        errors.append(
            {QStringLiteral("reference.number"), tr("Enter the invoice, repair order or deal number.")});
    checkFreeText(QStringLiteral("reference.number"), request.reference.number, errors);
    if (request.reference.type == PaymentReference::Type::Unknown)
        errors.append({QStringLiteral("reference.type"), tr("Choose invoice, repair order or deal.")});

    request.description = request.description.trimmed();
    checkFreeText(QStringLiteral("description"), request.description, errors);

    if (const QString e = checkAmount(request.amount); !e.isEmpty())
        errors.append({QStringLiteral("amount"), e});

    if (request.expiresAt.isValid() && request.expiresAt <= now)
        errors.append({QStringLiteral("expiresAt"), tr("The expiry must be in the future.")});

    if (request.enterpriseId.isEmpty() || request.storeId.isEmpty())
        errors.append({QStringLiteral("storeId"), tr("Choose the site this payment is for.")});
    return errors;
}

FieldErrors PaymentValidator::validate(CancelRequest& request) const
{
    FieldErrors errors;
    request.reason = request.reason.trimmed();
    if (request.reason.isEmpty())
        errors.append({QStringLiteral("reason"), tr("Say why the request is cancelled, e.g. paid in cash.")});
    checkFreeText(QStringLiteral("reason"), request.reason, errors);
    if (request.paymentId.isEmpty())
        errors.append({QStringLiteral("paymentId"), tr("Choose a payment.")});
    return errors;
}

FieldErrors PaymentValidator::validate(ResendRequest& request) const
{
    FieldErrors errors;
    validateCustomer(request.customer, request.channels, errors);
    if (request.paymentId.isEmpty())
        errors.append({QStringLiteral("paymentId"), tr("Choose a payment.")});
    return errors;
}

} // namespace paydesk
