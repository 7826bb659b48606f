#pragma once

#include "DealerActions.h"
#include "FieldError.h"

#include <QCoreApplication>

namespace paydesk {

/**
 * Field-level checks for dealer actions, shared by the dialogs (to say what is wrong next
 * to the field) and the outbox (so nothing invalid is ever queued or sent).
 *
 * The validate functions also normalise: trimmed text, phone numbers in E.164.
 * No free-text field (name, email, reference number, description, cancel reason) may hold a
 * card number (CardNumber's rule): PayDesk never sees one, so neither may what a dealer types.
 * Field names are the wire names: "customer.name", "customer.email", "customer.phone",
 * "channels", "reference.number", "description", "amount", "expiresAt", "reason".
 */
class PaymentValidator
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::PaymentValidator)

public:
    static constexpr int kMaxTextLength = 255;

    explicit PaymentValidator(QString defaultCallingCode = QStringLiteral("44"));

    FieldErrors validate(InitiateRequest& request,
                         const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    FieldErrors validate(CancelRequest& request) const;
    FieldErrors validate(ResendRequest& request) const;

    /// Single checks for forms that validate as the user types. Empty string = fine.
    QString checkName(const QString& name) const;
    QString checkEmail(const QString& email, bool required) const;
    QString checkPhone(const QString& phone, bool required) const;
    QString checkAmount(const Money& amount) const;
    /// Refuses a card number in any free text ("Do not enter card numbers here…").
    QString checkNoCardNumber(const QString& text) const;
    static bool isValidEmail(const QString& email);
    /// The country calling code used for national numbers ("44").
    const QString& callingCode() const { return m_callingCode; }

private:
    void validateCustomer(Customer& customer, Channels channels, FieldErrors& errors) const;
    void checkLength(const QString& field, const QString& value, FieldErrors& errors) const;
    void checkFreeText(const QString& field, const QString& value, FieldErrors& errors) const;

    QString m_callingCode;
};

} // namespace paydesk
