#include "CloudEvent.h"

#include <QJsonDocument>
#include <QUuid>

namespace paydesk::sandbox {

namespace {

const QLatin1StringView kSpecVersion("specversion");
const QLatin1StringView kId("id");
const QLatin1StringView kSource("source");
const QLatin1StringView kType("type");
const QLatin1StringView kTime("time");
const QLatin1StringView kSubject("subject");
const QLatin1StringView kDataContentType("datacontenttype");
const QLatin1StringView kData("data");

} // namespace

QJsonObject CloudEvent::toJson() const
{
    QJsonObject o{{kSpecVersion, QStringLiteral("1.0")}, {kId, id}, {kSource, source}, {kType, type}};
    // Optional attributes, when present, must be valid (CloudEvents 1.0: time is RFC 3339,
    // datacontenttype a media type): an event without them leaves them out.
    if (time.isValid())
        o.insert(kTime, time.toUTC().toString(Qt::ISODateWithMs));
    if (!subject.isEmpty())
        o.insert(kSubject, subject);
    if (!dataContentType.isEmpty())
        o.insert(kDataContentType, dataContentType);
    o.insert(kData, data);
    return o;
}

QByteArray CloudEvent::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<CloudEvent, QString> CloudEvent::fromJson(const QJsonObject& json)
{
    for (const QLatin1StringView key : {kSpecVersion, kId, kSource, kType}) {
        const QJsonValue v = json.value(key);
        if (!v.isString() || v.toString().isEmpty())
            return fail(
                QStringLiteral("the required attribute “%1” is missing or not a string").arg(QString(key)));
    }
    if (json.value(kSpecVersion).toString() != u"1.0")
        return fail(QStringLiteral("specversion must be \"1.0\""));
    CloudEvent e;
    e.id = json.value(kId).toString();
    e.source = json.value(kSource).toString();
    e.type = json.value(kType).toString();
    e.subject = json.value(kSubject).toString();
    if (json.contains(kDataContentType)) {
        const QJsonValue type = json.value(kDataContentType);
        if (!type.isString() || type.toString().isEmpty())
            return fail(QStringLiteral("datacontenttype must be a media type"));
        e.dataContentType = type.toString();
    }
    if (json.contains(kTime)) {
        e.time = QDateTime::fromString(json.value(kTime).toString(), Qt::ISODateWithMs);
        if (!e.time.isValid())
            return fail(QStringLiteral("time is not an RFC 3339 timestamp"));
    }
    const QJsonValue data = json.value(kData);
    if (!data.isUndefined() && !data.isNull() && !data.isObject())
        return fail(QStringLiteral("data must be a JSON object"));
    e.data = data.toObject();
    return e;
}

QString CloudEvent::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace paydesk::sandbox
