#include "TokenService.h"

#include "util/Clock.h"

#include <QUrlQuery>

namespace paydesk::sandbox {

TokenService::TokenService(Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_random(QRandomGenerator::securelySeeded())
{
}

void TokenService::addClient(const QString& clientId, const QString& secret, Principal::Role role)
{
    m_clients.insert(clientId, Client{secret, role});
}

QString TokenService::issue(const QString& clientId, const QString& secret)
{
    const auto it = m_clients.constFind(clientId);
    if (it == m_clients.cend() || it->secret != secret)
        return QString();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    // Drop dead tokens now and then so a long demo does not grow without bound.
    if (m_tokens.size() > 1000) {
        for (auto t = m_tokens.begin(); t != m_tokens.end();)
            t = t->expiresAtMs <= now ? m_tokens.erase(t) : std::next(t);
    }
    QByteArray bytes(24, Qt::Uninitialized);
    for (int i = 0; i < 24; i += 4) {
        const quint32 r = m_random.generate();
        std::memcpy(bytes.data() + i, &r, 4);
    }
    const QString token = QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
    m_tokens.insert(token, Token{clientId, it->role, now + qint64(m_lifetimeSeconds) * 1000});
    ++m_issuedCount;
    m_issued.append(token);
    return token;
}

void TokenService::expireAll()
{
    m_tokens.clear();
}

HttpResponse TokenService::handleTokenRequest(const HttpRequest& request)
{
    // Apigee reads the form body; some clients put grant_type in the query. Basic auth works too.
    const QUrlQuery form(QString::fromUtf8(request.body()));
    auto field = [&](const QString& name) {
        QString v = form.queryItemValue(name, QUrl::FullyDecoded);
        if (v.isEmpty())
            v = request.queryItem(name);
        return v;
    };
    const QString grantType = field(QStringLiteral("grant_type"));
    QString clientId = field(QStringLiteral("client_id"));
    QString secret = field(QStringLiteral("client_secret"));
    const QByteArray auth = request.header("Authorization").trimmed();
    if (clientId.isEmpty() && auth.size() > 6 && auth.first(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const QByteArray pair = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        clientId = QString::fromUtf8(pair.left(colon));
        secret = QString::fromUtf8(pair.mid(colon + 1));
    }
    if (grantType != u"client_credentials") {
        return HttpResponse::json(
            QJsonObject{
                {QLatin1StringView("ErrorCode"), QStringLiteral("invalid_request")},
                {QLatin1StringView("Error"), QStringLiteral("Unsupported grant type : %1").arg(grantType)}},
            400);
    }
    const QString token = issue(clientId, secret);
    if (token.isEmpty()) {
        return HttpResponse::json(
            QJsonObject{{QLatin1StringView("ErrorCode"), QStringLiteral("invalid_client")},
                        {QLatin1StringView("Error"), QStringLiteral("ClientId is Invalid")}},
            401);
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    return HttpResponse::json(QJsonObject{
        {QLatin1StringView("access_token"), token},
        {QLatin1StringView("token_type"), QStringLiteral("BearerToken")},
        {QLatin1StringView("expires_in"), QString::number(m_lifetimeSeconds)},
        {QLatin1StringView("issued_at"), QString::number(now)},
        {QLatin1StringView("client_id"), clientId},
        {QLatin1StringView("application_name"), QStringLiteral("paydesk-sandbox")},
        {QLatin1StringView("scope"), QString()},
        {QLatin1StringView("status"), QStringLiteral("approved")},
    });
}

std::optional<HttpResponse> TokenService::authenticate(HttpRequest& request) const
{
    QString token = request.bearerToken();
    if (token.isEmpty())
        token = request.queryItem(QStringLiteral("access_token")); // browsers cannot set WebSocket headers
    const auto it = m_tokens.constFind(token);
    if (token.isEmpty() || it == m_tokens.cend())
        return HttpResponse::fault(QStringLiteral("Invalid Access Token"),
                                   QStringLiteral("oauth.v2.InvalidAccessToken"));
    if (it->expiresAtMs <= m_clock.now().toMSecsSinceEpoch())
        return HttpResponse::fault(QStringLiteral("Access Token expired"),
                                   QStringLiteral("keymanagement.service.access_token_expired"));
    request.setPrincipal(Principal{it->clientId, it->role});
    return std::nullopt;
}

} // namespace paydesk::sandbox
