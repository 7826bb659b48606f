#pragma once

#include "DealerActions.h"
#include "Payment.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

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
 */
class PaymentJson
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::PaymentJson)

public:
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

    static QString dateTimeToJson(const QDateTime& at);
    static QDateTime dateTimeFromJson(const QJsonValue& json);
};

} // namespace paydesk
