#include "HttpResponse.h"

#include <QJsonDocument>

namespace paydesk::sandbox {

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

QByteArray HttpResponse::toClosingWire(const QByteArray& reasonPhrase) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Connection: close\r\n\r\n" + body;
    return out;
}

HttpResponse HttpResponse::json(const QJsonObject& object, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::json(const QJsonArray& array, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::html(const QString& html, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = html.toUtf8();
    return r;
}

HttpResponse HttpResponse::text(const QString& text, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = text.toUtf8();
    return r;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

HttpResponse HttpResponse::error(int status, const QString& errorCode, const QString& title,
                                 const QString& message, const QString& field)
{
    QJsonObject e{{QLatin1StringView("errorCode"), errorCode},
                  {QLatin1StringView("errorTitle"), title},
                  {QLatin1StringView("errorMessage"), message}};
    if (!field.isEmpty())
        e.insert(QLatin1StringView("field"), field);
    return json(QJsonObject{{QLatin1StringView("errors"), QJsonArray{e}}}, status);
}

HttpResponse HttpResponse::errors(int status, const QList<FieldProblem>& problems)
{
    QJsonArray list;
    for (const FieldProblem& p : problems) {
        list.append(QJsonObject{{QLatin1StringView("errorCode"), p.errorCode},
                                {QLatin1StringView("errorTitle"), QStringLiteral("Invalid field")},
                                {QLatin1StringView("errorMessage"), p.message},
                                {QLatin1StringView("field"), p.field}});
    }
    return json(QJsonObject{{QLatin1StringView("errors"), list}}, status);
}

HttpResponse HttpResponse::fault(const QString& faultString, const QString& errorCode, int status)
{
    return json(QJsonObject{{QLatin1StringView("fault"),
                             QJsonObject{{QLatin1StringView("faultstring"), faultString},
                                         {QLatin1StringView("detail"),
                                          QJsonObject{{QLatin1StringView("errorcode"), errorCode}}}}}},
                status);
}

} // namespace paydesk::sandbox
