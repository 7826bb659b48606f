#pragma once

#include "HttpResponse.h"
#include "util/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QUrlQuery>

namespace paydesk::sandbox {

/// Who made an authenticated platform call (filled in by the server for RouteAuth::Platform routes).
struct Principal
{
    enum class Role
    {
        None,
        Dealer,  ///< PayDesk and other dealer apps: read, initiate, cancel, resend, stream
        Partner, ///< a payment partner: read details, update status
    };
    QString clientId;
    Role role = Role::None;
};

/**
 * One request as a sandbox route sees it: the Qt request plus the path parameters the
 * route pattern captured (`{paymentId}` → param("paymentId")) and the authenticated caller.
 */
class HttpRequest
{
public:
    HttpRequest(const QHttpServerRequest& raw, QHash<QString, QString> params)
        : m_raw(raw)
        , m_params(std::move(params))
    {
    }

    const QHttpServerRequest& raw() const { return m_raw; }
    QHttpServerRequest::Method method() const { return m_raw.method(); }
    QString path() const { return m_raw.url().path(); }
    QUrlQuery query() const { return m_raw.query(); }
    QString queryItem(const QString& key) const
    {
        return m_raw.query().queryItemValue(key, QUrl::FullyDecoded);
    }
    /// Header value, case-insensitive name.
    QByteArray header(const QByteArray& name) const { return m_raw.value(name); }
    QByteArray body() const { return m_raw.body(); }
    bool fromLoopback() const { return m_raw.remoteAddress().isLoopback(); }

    QString param(const QString& name) const { return m_params.value(name); }
    const QHash<QString, QString>& params() const { return m_params; }

    const Principal& principal() const { return m_principal; }
    void setPrincipal(Principal principal) { m_principal = std::move(principal); }

    /// The body as a JSON object, or a ready 400 answer saying why it is not one.
    Result<QJsonObject, HttpResponse> jsonObject() const;

    /// The bearer token of the Authorization header, empty when there is none.
    QString bearerToken() const;

private:
    const QHttpServerRequest& m_raw;
    QHash<QString, QString> m_params;
    Principal m_principal;
};

} // namespace paydesk::sandbox
