#pragma once

#include "DealerActions.h"
#include "Payment.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace paydesk {

/// Why a JSON document could not be read as a platform object.
struct JsonError
{
    /// Dotted path of the offending field ("amount.value"), empty for the document itself.
    QString field;
    QString message;
};

/**
 * The platform's JSON shapes (DESIGN.md, "The platform API"), in both directions.
 *
 * Reading is lenient and total: unknown fields are ignored, unknown statuses, reference
 * types and actors are kept raw, and a missing required field or a wrong type is an
 * error value — never an exception or a crash.
 *
 * paymentFromJson() and statusChangeFromJson() read what a provider sends, and every
 * provider's payments (feed pages, push records, details, action answers) pass through them
 * before anything reaches the cache, the audit log or the screen. So that is where outside
 * text is made safe to keep:
 * - a card number in any free text (customer name, email and phone, reference number, description,
 *   status reason, pay link, transaction reference, card brand, history notes) is masked to
 *   its last four digits (CardNumber);
 * - free text longer than kMaxTextLength is cut there and ends in "…" (a long description
 *   must not hold up the feed: one unreadable record fails its whole page);
 * - an identifier or code longer than kMaxIdLength, or a pay link longer than kMaxLinkLength,
 *   is an error, since a cut identifier or link would name something else.
 * initiateFromJson() reads a dealer's request as sent, so a validator can refuse it.
 */
class PaymentJson
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::PaymentJson)

public:
    /// Longest free text kept from a provider (names, descriptions, notes), in UTF-16 units.
    static constexpr int kMaxTextLength = 1000;
    /// Longest identifier or code (payment, enterprise and store ids, statuses, types).
    static constexpr int kMaxIdLength = 255;
    static constexpr int kMaxLinkLength = 4096;

    /// Outside free text made safe to keep: cut at `maxLength` (plus "…"), card numbers masked.
    static QString safeText(const QString& text, int maxLength = kMaxTextLength);

    static Result<Payment, JsonError> paymentFromJson(const QJsonObject& json);
    static QJsonObject paymentToJson(const Payment& payment, bool withHistory = true);

    static Result<StatusChange, JsonError> statusChangeFromJson(const QJsonObject& json);
    static QJsonObject statusChangeToJson(const StatusChange& change);

    static QJsonObject moneyToJson(const Money& money);
    static Result<Money, JsonError> moneyFromJson(const QJsonValue& json, const QString& field);

    static QJsonObject customerToJson(const Customer& customer);
    static Customer customerFromJson(const QJsonObject& json);
    static QJsonArray channelsToJson(Channels channels);
    static Channels channelsFromJson(const QJsonArray& json);

    // Request bodies of the dealer actions (the ids travel in the path, not the body).
    static QJsonObject initiateToJson(const InitiateRequest& request);
    static Result<InitiateRequest, JsonError> initiateFromJson(const QJsonObject& json);
    static QJsonObject cancelToJson(const CancelRequest& request);
    static QJsonObject resendToJson(const ResendRequest& request);

    /**
     * A count (version, sequence, lifetime in seconds): a whole number ≥ 0 sent as a JSON number
     * or as a string of decimal digits, since gateways send both (Apigee's `expires_in` is
     * "3599"). Strict: "12abc", "-1", "1.5", " 12", "" and a number with a fraction are not
     * counts, and neither is anything past 2^53 (no JSON reader keeps it exact).
     */
    static std::optional<qint64> countFromJson(const QJsonValue& json);

    static QString dateTimeToJson(const QDateTime& at);
    static QDateTime dateTimeFromJson(const QJsonValue& json);
};

} // namespace paydesk
