#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace paydesk::sandbox {

/// One email or SMS the platform "sent" to a customer (nothing leaves the machine).
struct OutboxMessage
{
    QString id;
    QString paymentId;
    QString enterpriseId;
    QString storeId;
    /// "EMAIL" or "SMS".
    QString channel;
    /// The address or E.164 number it went to.
    QString to;
    QString customerName;
    /// Email subject (empty for SMS).
    QString subject;
    QString body;
    QString payLink;
    /// "initiated", "resent" or "updated" (resent with new contact details).
    QString reason;
    QDateTime sentAt;

    QJsonObject toJson() const
    {
        return QJsonObject{{QLatin1StringView("id"), id},
                           {QLatin1StringView("paymentId"), paymentId},
                           {QLatin1StringView("enterpriseId"), enterpriseId},
                           {QLatin1StringView("storeId"), storeId},
                           {QLatin1StringView("channel"), channel},
                           {QLatin1StringView("to"), to},
                           {QLatin1StringView("customerName"), customerName},
                           {QLatin1StringView("subject"), subject},
                           {QLatin1StringView("body"), body},
                           {QLatin1StringView("payLink"), payLink},
                           {QLatin1StringView("reason"), reason},
                           {QLatin1StringView("sentAt"), sentAt.toUTC().toString(Qt::ISODateWithMs)}};
    }
};

} // namespace paydesk::sandbox
