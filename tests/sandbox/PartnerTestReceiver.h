#pragma once

#include "SandboxOptions.h"
#include "http/HttpServer.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace paydesk::sandbox::test {

/**
 * A partner for the webhook tests, on its own free loopback port: an Auth0-style token
 * endpoint (`POST /oauth/token`, JSON body) and a webhook (`POST /hooks/keyloop`) that
 * checks the bearer token and records every event. It can fail on purpose.
 *
 * Built on the sandbox's HttpServer (a QAbstractHttpServer), nothing else of the sandbox.
 */
class PartnerTestReceiver
{
public:
    PartnerTestReceiver();

    PartnerConfig config() const;
    QString webhookUrl() const;
    QString authUrl() const;

    // --- behaviour ---
    /// The next N webhook calls answer failStatus.
    int failNext = 0;
    /// Every webhook call answers failStatus.
    bool alwaysFail = false;
    int failStatus = 503;
    /// Refuse every token request with 401.
    bool refuseTokens = false;
    /// Refuse the first N otherwise valid bearer tokens at the webhook with 401.
    int rejectTokensAtWebhook = 0;
    int tokenLifetimeSeconds = 86400;
    /// Unless null, sent as `expires_in` instead of tokenLifetimeSeconds (a string, say).
    QJsonValue expiresInAs;
    /// Leave `expires_in` out of the token answer (RFC 6749 makes it optional).
    bool omitExpiresIn = false;

    // --- what happened ---
    int tokenRequests = 0;
    QJsonObject lastTokenRequest;
    QByteArray lastTokenContentType;
    int webhookCalls = 0;
    int unauthorized = 0;
    /// Accepted events (2xx answered), in arrival order.
    QList<QJsonObject> events;
    QList<QByteArray> contentTypes;
    /// ms since construction of every webhook call.
    QList<qint64> callTimesMs;

    QStringList eventTypes() const;

private:
    HttpResponse token(const HttpRequest& request);
    HttpResponse webhook(const HttpRequest& request);

    HttpServer m_server;
    quint16 m_port = 0;
    QSet<QString> m_tokens;
    QElapsedTimer m_clock;
};

} // namespace paydesk::sandbox::test
