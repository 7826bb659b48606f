#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>

#include <optional>

namespace paydesk {
class Clock;
}

namespace paydesk::sandbox {

/**
 * The platform's Apigee-style OAuth2 client-credentials grant
 * (`POST /oauth/client_credential/accesstoken`) and bearer-token checks.
 *
 * Answers as Apigee does: `token_type:"BearerToken"`, `expires_in` and `issued_at` as
 * strings, `status:"approved"`; a bad client is 401 `{"ErrorCode":"invalid_client",...}`;
 * a missing, unknown or expired token is 401 with a `fault` body.
 */
class TokenService : public QObject
{
    Q_OBJECT

public:
    explicit TokenService(Clock& clock, QObject* parent = nullptr);

    void addClient(const QString& clientId, const QString& secret, Principal::Role role);
    bool hasClient(const QString& clientId) const { return m_clients.contains(clientId); }
    void setTokenLifetimeSeconds(int seconds) { m_lifetimeSeconds = seconds; }
    int tokenLifetimeSeconds() const { return m_lifetimeSeconds; }

    /// Issues a token directly (tests, the simulated partner's bootstrap). Empty for a bad client.
    QString issue(const QString& clientId, const QString& secret);
    /// "Token expiry now": every token issued so far stops working.
    void expireAll();
    int issuedCount() const { return m_issuedCount; }
    /// Every access token issued since start, expired ones too: a test looks for each of them in
    /// whatever a client wrote (none may be found there).
    QStringList issuedTokens() const { return m_issued; }

    /// The token endpoint's handler.
    HttpResponse handleTokenRequest(const HttpRequest& request);
    /// RouteAuth::Platform: a rejection, or nothing after setting the request's principal.
    std::optional<HttpResponse> authenticate(HttpRequest& request) const;

private:
    struct Client
    {
        QString secret;
        Principal::Role role;
    };
    struct Token
    {
        QString clientId;
        Principal::Role role;
        qint64 expiresAtMs;
    };

    Clock& m_clock;
    QHash<QString, Client> m_clients;
    QHash<QString, Token> m_tokens;
    int m_lifetimeSeconds = 3599;
    int m_issuedCount = 0;
    QStringList m_issued;
    QRandomGenerator m_random;
};

} // namespace paydesk::sandbox
