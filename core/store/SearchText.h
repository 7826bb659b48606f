#pragma once

#include "payments/Customer.h"
#include "payments/Payment.h"

#include <QString>

namespace paydesk {

/**
 * What the search box matches (internal to core/store): the words of the customer name,
 * email, phone, reference number and card last 4, as stored in payments.search_text and
 * indexed by FTS5 (unicode61: case- and accent-insensitive, punctuation separates words).
 */
class SearchText
{
public:
    /// The indexed text of a payment.
    static QString forPayment(const Payment& payment);
    static QString forFields(const Customer& customer, const QString& referenceNumber,
                             const QString& cardLast4);

    /**
     * An FTS5 MATCH expression for what a person typed: every word must match as a prefix.
     * Text made only of digits and phone punctuation ("+44 7700 900123", "07700-900") is one
     * number, also tried without a trunk zero. Empty when there is nothing to search for.
     */
    static QString matchExpression(const QString& userText);
};

} // namespace paydesk
