#include "PartnerTestReceiver.h"

#include <gtest/gtest.h>

namespace paydesk::sandbox::test {

PartnerTestReceiver::PartnerTestReceiver()
{
    m_clock.start();
    m_port = m_server.listenOn(QHostAddress::LocalHost, 0);
    EXPECT_NE(m_port, 0) << qPrintable(m_server.errorString());
    m_server.addRoute(QHttpServerRequest::Method::Post, QStringLiteral("/oauth/token"),
                      RouteOptions{QStringLiteral("test.token")},
                      [this](HttpRequest& r) { return token(r); });
    m_server.addRoute(QHttpServerRequest::Method::Post, QStringLiteral("/hooks/keyloop"),
                      RouteOptions{QStringLiteral("test.webhook")},
                      [this](HttpRequest& r) { return webhook(r); });
}

QString PartnerTestReceiver::webhookUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/hooks/keyloop").arg(m_port);
}

QString PartnerTestReceiver::authUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/oauth/token").arg(m_port);
}

PartnerConfig PartnerTestReceiver::config() const
{
    PartnerConfig c;
    c.webhookUrl = webhookUrl();
    c.authUrl = authUrl();
    c.clientId = QStringLiteral("test-partner");
    c.clientSecret = QStringLiteral("test-partner-secret-0123");
    c.audience = QStringLiteral("https://test-partner.example/api");
    return c;
}

QStringList PartnerTestReceiver::eventTypes() const
{
    QStringList types;
    for (const QJsonObject& e : events)
        types << e.value(QLatin1StringView("type")).toString();
    return types;
}

HttpResponse PartnerTestReceiver::token(const HttpRequest& r)
{
    ++tokenRequests;
    lastTokenContentType = r.header("Content-Type");
    auto body = r.jsonObject();
    lastTokenRequest = body ? body.value() : QJsonObject();
    const PartnerConfig c = config();
    if (refuseTokens || !body ||
        lastTokenRequest.value(QLatin1StringView("grant_type")).toString() !=
            QStringLiteral("client_credentials") ||
        lastTokenRequest.value(QLatin1StringView("client_id")).toString() != c.clientId ||
        lastTokenRequest.value(QLatin1StringView("client_secret")).toString() != c.clientSecret ||
        lastTokenRequest.value(QLatin1StringView("audience")).toString() != c.audience)
        return HttpResponse::json(QJsonObject{{QLatin1StringView("error"), QStringLiteral("access_denied")}},
                                  401);
    const QString t = QStringLiteral("test-token-%1").arg(tokenRequests);
    m_tokens.insert(t);
    QJsonObject answer{{QLatin1StringView("access_token"), t},
                       {QLatin1StringView("token_type"), QStringLiteral("Bearer")}};
    if (!omitExpiresIn)
        answer.insert(QLatin1StringView("expires_in"),
                      expiresInAs.isNull() ? QJsonValue(tokenLifetimeSeconds) : expiresInAs);
    return HttpResponse::json(answer);
}

HttpResponse PartnerTestReceiver::webhook(const HttpRequest& r)
{
    ++webhookCalls;
    callTimesMs.append(m_clock.elapsed());
    const QString bearer = r.bearerToken();
    if (!m_tokens.contains(bearer)) {
        ++unauthorized;
        return HttpResponse::json(QJsonObject{{QLatin1StringView("error"), QStringLiteral("invalid_token")}},
                                  401);
    }
    if (rejectTokensAtWebhook > 0) {
        --rejectTokensAtWebhook;
        m_tokens.remove(bearer);
        ++unauthorized;
        return HttpResponse::json(QJsonObject{{QLatin1StringView("error"), QStringLiteral("invalid_token")}},
                                  401);
    }
    if (alwaysFail || failNext > 0) {
        if (failNext > 0)
            --failNext;
        return HttpResponse::error(failStatus, QStringLiteral("TEST_FAILURE"),
                                   QStringLiteral("Failing on purpose"),
                                   QStringLiteral("The test receiver fails this call on purpose."));
    }
    auto body = r.jsonObject();
    if (!body)
        return body.error();
    events.append(body.value());
    contentTypes.append(r.header("Content-Type"));
    return HttpResponse::noContent();
}

} // namespace paydesk::sandbox::test
