#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace paydesk::sandbox {

/**
 * One CloudEvents 1.0 event in structured JSON mode (`application/cloudevents+json`), the
 * envelope Keyloop's Subscriber Event API uses for payment events to partners.
 *
 * Required attributes: specversion ("1.0"), id, source, type; optional: time, subject,
 * datacontenttype, data. Receivers dedupe on source + id (events are not ordered).
 */
struct CloudEvent
{
    static inline const QString kTestEvent = QStringLiteral("testEvent");
    static inline const QString kInitiated = QStringLiteral("epayment.initiated");
    static inline const QString kCancelled = QStringLiteral("epayment.cancelled");
    static inline const QString kUpdated = QStringLiteral("epayment.updated");
    static inline const QByteArray kContentType = QByteArrayLiteral("application/cloudevents+json");

    QString id;
    QString source;
    QString type;
    QDateTime time;
    QString subject;
    QString dataContentType = QStringLiteral("application/json");
    QJsonObject data;

    /// `source` + `id`: what a receiver dedupes on.
    QString dedupeKey() const { return source + u'#' + id; }

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    /// Reads and checks a structured event: the required attributes must be non-empty strings
    /// and specversion must be "1.0". The error text says which attribute is wrong.
    static Result<CloudEvent, QString> fromJson(const QJsonObject& json);
    /// A new random event id (UUID v4).
    static QString newId();
};

} // namespace paydesk::sandbox
