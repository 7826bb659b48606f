#pragma once

#include "SandboxOptions.h"

#include <QDateTime>
#include <QJsonObject>

namespace paydesk::sandbox {

/// A partner the platform notifies, with its delivery counters. The secret stays inside.
struct RegisteredPartner
{
    QString id;
    PartnerConfig config;
    QDateTime registeredAt;
    /// The sandbox's own simulated partner.
    bool simulated = false;
    int delivered = 0;
    int failedAttempts = 0;
    int deadLettered = 0;
    QString lastError;
    QDateTime lastDeliveredAt;

    /// The admin view: everything but the client secret.
    QJsonObject toJson() const
    {
        return QJsonObject{
            {QLatin1StringView("id"), id},
            {QLatin1StringView("webhookUrl"), config.webhookUrl},
            {QLatin1StringView("authUrl"), config.authUrl},
            {QLatin1StringView("clientId"), config.clientId},
            {QLatin1StringView("audience"), config.audience},
            {QLatin1StringView("simulated"), simulated},
            {QLatin1StringView("registeredAt"), registeredAt.toUTC().toString(Qt::ISODateWithMs)},
            {QLatin1StringView("delivered"), delivered},
            {QLatin1StringView("failedAttempts"), failedAttempts},
            {QLatin1StringView("deadLettered"), deadLettered},
            {QLatin1StringView("lastError"), lastError},
            {QLatin1StringView("lastDeliveredAt"),
             lastDeliveredAt.isValid() ? QJsonValue(lastDeliveredAt.toUTC().toString(Qt::ISODateWithMs))
                                       : QJsonValue()},
        };
    }
};

} // namespace paydesk::sandbox
