#include "TokenProvider.h"

#include "Logging.h"
#include "payments/PaymentJson.h"
#include "secrets/BoundSecret.h"
#include "secrets/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace paydesk {

TokenProvider::TokenProvider(HttpClient& http, SecretStore& secrets, Options options, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_secrets(secrets)
    , m_options(std::move(options))
{
    m_cacheLoaded = m_options.tokenCacheKey.isEmpty();
}

TokenProvider::~TokenProvider() = default;

bool TokenProvider::hasUsableToken() const
{
    return !m_token.isEmpty() && m_renewAt.isValid() && m_http.scheduler().clock().now() < m_renewAt;
}

QString TokenProvider::tokenOrigin() const
{
    return BoundSecret::originOf(m_options.tokenUrl);
}

void TokenProvider::accessToken(QObject* context, TokenCallback callback)
{
    if (m_state == State::SignInFailed) {
        callback(fail(m_lastError));
        return;
    }
    if (hasUsableToken()) {
        callback(m_token);
        return;
    }
    m_waiters.append(Waiter{QPointer<QObject>(context), std::move(callback)});
    if (!m_renewing)
        beginRenewal();
}

void TokenProvider::tokenRejected(const QString& token)
{
    // Only the first 401 for a token renews it; calls that used the same token and fail later
    // find a new token already in place (or the renewal in flight) and just wait for it.
    if (!token.isEmpty() && token == m_token) {
        qCInfo(lcApi) << "access token refused by the platform; renewing";
        m_token.clear();
        m_renewAt = QDateTime();
        if (!m_options.tokenCacheKey.isEmpty())
            m_secrets.remove(m_options.tokenCacheKey, this, [](SecretStore::DoneResult) {});
    }
}

void TokenProvider::resetSignIn()
{
    if (m_state == State::SignInFailed)
        setState(m_token.isEmpty() ? State::SignedOut : State::SignedIn);
}

void TokenProvider::signOut()
{
    m_token.clear();
    m_renewAt = QDateTime();
    m_expiresAt = QDateTime();
    if (!m_options.tokenCacheKey.isEmpty())
        m_secrets.remove(m_options.tokenCacheKey, this, [](SecretStore::DoneResult) {});
    setState(State::SignedOut);
}

void TokenProvider::beginRenewal()
{
    m_renewing = true;
    setState(State::SigningIn);
    if (!m_cacheLoaded) {
        m_cacheLoaded = true;
        m_secrets.read(m_options.tokenCacheKey, this, [this](SecretStore::ReadResult cached) {
            if (cached && cached->has_value())
                adoptCached(**cached);
            if (hasUsableToken()) {
                m_renewing = false;
                setState(State::SignedIn);
                deliver(m_token);
                return;
            }
            beginRenewal();
        });
        return;
    }
    const QString originIfUnbound = m_options.bindUnboundSecret ? tokenOrigin() : QString();
    BoundSecret::read(
        m_secrets, m_options.clientSecretKey, originIfUnbound, this, [this](BoundSecret::ReadResult secret) {
            if (!secret) {
                // A locked keychain is not bad credentials: report it, but let the next call try again.
                ApiError error =
                    ApiError::auth(QStringLiteral("client secret unreadable: ") + secret.error().detail);
                error.message = secret.error().message;
                m_renewing = false;
                m_lastError = error;
                setState(State::SignedOut);
                deliver(fail(error));
                return;
            }
            if (!secret->has_value() || (*secret)->secret.isEmpty()) {
                ApiError error = ApiError::signInFailed(QStringLiteral("no client secret stored"));
                error.message =
                    ApiError::tr("Sign-in failed: no client secret is stored for this connection. "
                                 "Enter it in the connection settings.");
                m_renewing = false;
                m_lastError = error;
                setState(State::SignInFailed);
                deliver(fail(error));
                return;
            }
            // The last check before the secret leaves the machine: it goes only to the origin it was
            // entered for, whatever URL this provider was given.
            if (!(*secret)->mayBeSentTo(m_options.tokenUrl)) {
                const QString bound = (*secret)->isBound() ? (*secret)->origin : QStringLiteral("no origin");
                qCWarning(lcApi).noquote()
                    << "not sending the client secret bound to" << bound << "to" << tokenOrigin();
                ApiError error = ApiError::signInFailed(
                    QStringLiteral("client secret bound to %1, not to %2").arg(bound, tokenOrigin()));
                error.code = QStringLiteral("secret-origin-mismatch");
                error.message =
                    ApiError::tr("Sign-in failed: the stored client secret was entered for another "
                                 "platform address. Enter it again in the connection settings.");
                m_renewing = false;
                m_lastError = error;
                setState(State::SignInFailed);
                deliver(fail(error));
                return;
            }
            requestToken((*secret)->secret);
        });
}

void TokenProvider::requestToken(const QByteArray& secret)
{
    // application/x-www-form-urlencoded, every value percent-encoded ('+' and '&' in a secret
    // must not survive as such).
    const QByteArray body =
        "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(m_options.clientId) +
        "&client_secret=" + QUrl::toPercentEncoding(QString::fromUtf8(secret));
    HttpRequest request;
    request.method = "POST";
    request.url = m_options.tokenUrl;
    request.contentType = "application/x-www-form-urlencoded";
    request.body = body;
    request.authenticated = false;
    ++m_renewals;
    qCInfo(lcApi) << "requesting an access token (renewal" << m_renewals << ")";
    m_http.send(std::move(request), this,
                [this](Result<HttpResponse, ApiError> answer) { onTokenAnswer(std::move(answer)); });
}

void TokenProvider::onTokenAnswer(Result<HttpResponse, ApiError> answer)
{
    m_renewing = false;
    if (!answer) {
        const ApiError& e = answer.error();
        const bool badCredentials = e.httpStatus == 400 || e.httpStatus == 401 || e.httpStatus == 403;
        if (badCredentials) {
            m_lastError = ApiError::signInFailed(e.detail);
            qCWarning(lcApi) << "sign-in failed:" << e.detail;
            setState(State::SignInFailed);
        } else {
            m_lastError = e;
            setState(m_token.isEmpty() ? State::SignedOut : State::SignedIn);
        }
        deliver(fail(m_lastError));
        return;
    }
    auto read = readTokenAnswer(answer->json.object());
    if (!read) {
        m_lastError = read.error();
        setState(State::SignedOut);
        deliver(fail(m_lastError));
        return;
    }
    const QString token = read->accessToken;
    const qint64 lifetimeS = read->lifetimeS;
    // Lifetime is measured from when we asked, on our own clock: the server's issued_at may
    // come from a clock that is off.
    const QDateTime now = m_http.scheduler().clock().now();
    m_token = token;
    m_expiresAt = now.addMSecs(lifetimeS * 1000);
    m_renewAt =
        now.addMSecs(static_cast<qint64>(static_cast<double>(lifetimeS * 1000) * m_options.renewAtFraction));
    setState(State::SignedIn);
    storeInCache();
    deliver(m_token);
}

Result<TokenProvider::TokenAnswer, ApiError> TokenProvider::readTokenAnswer(const QJsonObject& answer)
{
    TokenAnswer read;
    read.accessToken = answer.value(QLatin1StringView("access_token")).toString();
    if (read.accessToken.isEmpty())
        return fail(ApiError::parse(QStringLiteral("token answer without access_token"),
                                    QStringLiteral("access_token")));
    // Apigee sends expires_in as a string ("3599"), others as a number; read strictly, so "12abc"
    // is no lifetime at all rather than 12 s. RFC 6749 makes it optional: an unknown lifetime is
    // taken as kDefaultLifetimeS (renew early rather than hold a dead token).
    QJsonValue expiresIn = answer.value(QLatin1StringView("expires_in"));
    if (expiresIn.isString())
        expiresIn = expiresIn.toString().trimmed();
    const qint64 lifetimeS = PaymentJson::countFromJson(expiresIn).value_or(0);
    read.lifetimeS = lifetimeS <= 0 ? kDefaultLifetimeS : std::min(lifetimeS, kMaxLifetimeS);
    return read;
}

void TokenProvider::storeInCache()
{
    if (m_options.tokenCacheKey.isEmpty())
        return;
    const QJsonObject cached{{QLatin1StringView("accessToken"), m_token},
                             {QLatin1StringView("renewAt"), m_renewAt.toString(Qt::ISODateWithMs)},
                             {QLatin1StringView("expiresAt"), m_expiresAt.toString(Qt::ISODateWithMs)},
                             {QLatin1StringView("clientId"), m_options.clientId},
                             {QLatin1StringView("origin"), tokenOrigin()}};
    m_secrets.write(m_options.tokenCacheKey, QJsonDocument(cached).toJson(QJsonDocument::Compact), this,
                    [](SecretStore::DoneResult done) {
                        if (!done)
                            qCWarning(lcApi) << "could not cache the access token:" << done.error().detail;
                    });
}

void TokenProvider::adoptCached(const QByteArray& cached)
{
    const QJsonObject o = QJsonDocument::fromJson(cached).object();
    if (o.value(QLatin1StringView("clientId")).toString() != m_options.clientId)
        return; // cached for other credentials
    // A token issued by another origin (the URL was changed since) is never sent anywhere; one
    // cached before tokens carried their origin costs one sign-in.
    if (o.value(QLatin1StringView("origin")).toString() != tokenOrigin())
        return;
    const QString token = o.value(QLatin1StringView("accessToken")).toString();
    const QDateTime renewAt =
        QDateTime::fromString(o.value(QLatin1StringView("renewAt")).toString(), Qt::ISODateWithMs);
    const QDateTime expiresAt =
        QDateTime::fromString(o.value(QLatin1StringView("expiresAt")).toString(), Qt::ISODateWithMs);
    if (token.isEmpty() || !renewAt.isValid())
        return;
    m_token = token;
    m_renewAt = renewAt;
    m_expiresAt = expiresAt;
}

void TokenProvider::deliver(const Result<QString, ApiError>& result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& w : waiters) {
        if (w.context)
            w.callback(result);
    }
}

void TokenProvider::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace paydesk
