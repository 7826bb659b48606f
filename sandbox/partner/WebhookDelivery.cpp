#include "WebhookDelivery.h"

#include <QJsonDocument>

namespace paydesk::sandbox {

QJsonObject WebhookDelivery::toJson(bool withEvent) const
{
    QJsonObject o{{QLatin1StringView("deliveryId"), deliveryId},
                  {QLatin1StringView("partnerId"), partnerId},
                  {QLatin1StringView("eventId"), eventId},
                  {QLatin1StringView("type"), type},
                  {QLatin1StringView("subject"), subject},
                  {QLatin1StringView("state"), stateName(state)},
                  {QLatin1StringView("attempts"), attempts},
                  {QLatin1StringView("lastStatus"), lastStatus},
                  {QLatin1StringView("lastError"), lastError},
                  {QLatin1StringView("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QLatin1StringView("lastAttemptAt"), lastAttemptAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (withEvent)
        o.insert(QLatin1StringView("event"), QJsonDocument::fromJson(body).object());
    return o;
}

} // namespace paydesk::sandbox
