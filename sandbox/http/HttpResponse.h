#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace paydesk::sandbox {

/**
 * What a sandbox route answers. Handlers build one synchronously and return it; the server
 * applies faults (latency, drops, rewritten bodies) and writes it to the socket.
 *
 * Only status codes that QHttpServerResponder::StatusCode names may be used (Qt 6.4 looks the
 * reason phrase up in a map and would throw for others).
 */
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// Called once the answer has left (or was deliberately dropped). Used by idempotency to
    /// keep a key "in flight" while a latency fault holds its answer back.
    std::function<void()> onFinished;

    HttpResponse& withHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append({name, value});
        return *this;
    }
    QByteArray header(const QByteArray& name) const;
    /// The whole answer as bytes on the wire, with `Connection: close`: for refusals written
    /// before Qt has a request to answer (RequestGate, LimitedTcpServer).
    QByteArray toClosingWire(const QByteArray& reasonPhrase) const;

    static HttpResponse json(const QJsonObject& object, int status = 200);
    static HttpResponse json(const QJsonArray& array, int status = 200);
    static HttpResponse html(const QString& html, int status = 200);
    static HttpResponse text(const QString& text, int status = 200);
    static HttpResponse noContent();

    /// The platform's error shape: `{"errors":[{"errorCode","errorTitle","errorMessage","field"}]}`.
    static HttpResponse error(int status, const QString& errorCode, const QString& title,
                              const QString& message, const QString& field = QString());

    /// One field-level validation error entry for errors().
    struct FieldProblem
    {
        QString field;
        QString message;
        QString errorCode = QStringLiteral("INVALID_FIELD");
    };
    /// Several field-level errors in one answer (422 for validation, 400 for malformed requests).
    static HttpResponse errors(int status, const QList<FieldProblem>& problems);

    /// Apigee's auth failure body: `{"fault":{"faultstring","detail":{"errorcode"}}}` with 401.
    static HttpResponse fault(const QString& faultString, const QString& errorCode, int status = 401);
};

} // namespace paydesk::sandbox
