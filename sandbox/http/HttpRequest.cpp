#include "HttpRequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace paydesk::sandbox {

Result<QJsonObject, HttpResponse> HttpRequest::jsonObject() const
{
    const QByteArray data = body();
    if (data.trimmed().isEmpty())
        return fail(HttpResponse::error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("Bad request"),
                                        QStringLiteral("The request body must be a JSON object.")));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(HttpResponse::error(400, QStringLiteral("INVALID_JSON"), QStringLiteral("Bad request"),
                                        QStringLiteral("The request body is not a valid JSON object.")));
    return doc.object();
}

QString HttpRequest::bearerToken() const
{
    const QByteArray auth = header("Authorization").trimmed();
    if (auth.size() > 7 && auth.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(auth.mid(7).trimmed());
    return QString();
}

} // namespace paydesk::sandbox
