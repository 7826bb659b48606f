#include "ConnectionTester.h"

#include "api/ApiError.h"
#include "api/HttpClient.h"
#include "api/PlatformClient.h"
#include "api/TokenProvider.h"
#include "secrets/MemorySecretStore.h"

namespace paydesk::ui {

namespace {
constexpr int kTestTimeoutMs = 15000;
} // namespace

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent)
{
}

ConnectionTester::~ConnectionTester()
{
    // The context goes first so that no answer arrives into a half-destroyed tester.
    m_context.reset();
    m_client.reset();
    if (m_http)
        m_http->setAuthenticator(nullptr);
    m_tokens.reset();
    m_http.reset();
}

void ConnectionTester::run(const ConnectionProfile& profile, const BoundSecret& clientSecret)
{
    // A fresh context drops the answers of an earlier, abandoned run.
    m_context = std::make_unique<QObject>();
    m_client.reset();
    if (m_http)
        m_http->setAuthenticator(nullptr);
    m_tokens.reset();
    m_http.reset();
    m_profile = profile;
    m_running = true;

    HttpClient::Options options;
    options.transferTimeoutMs = std::min(profile.transferTimeoutMs, kTestTimeoutMs);
    options.trustedCaCertificates = profile.trustedCaCertificates();
    options.allowPlainHttpToLoopback = profile.localTestPlatform;
    // One attempt: the person is waiting for an answer, not for a retry schedule.
    options.retry.maxAttempts = 1;
    m_http = std::make_unique<HttpClient>(options);
    m_secrets = std::make_unique<MemorySecretStore>();
    TokenProvider::Options tokenOptions;
    tokenOptions.tokenUrl = profile.effectiveTokenUrl();
    tokenOptions.clientId = profile.clientId;
    tokenOptions.clientSecretKey = profile.clientSecretKey();
    // No tokenCacheKey: a test leaves nothing behind. The profile may be edited and unsaved, so
    // a secret without an origin is never bound to its URL here.
    tokenOptions.bindUnboundSecret = false;
    m_tokens = std::make_unique<TokenProvider>(*m_http, *m_secrets, tokenOptions);
    m_http->setAuthenticator(m_tokens.get());
    m_client = std::make_unique<PlatformClient>(*m_http, profile.baseUrl, profile.paths);

    // The token provider checks the origin before sending: an unbound or foreign secret ends as
    // a sign-in failure without any request.
    QObject* context = m_context.get();
    m_secrets->write(profile.clientSecretKey(), clientSecret.isBound() ? clientSecret.encode() : QByteArray(),
                     context, [this](SecretStore::DoneResult) { signIn(); });
}

void ConnectionTester::signIn()
{
    m_tokens->accessToken(m_context.get(), [this](Result<QString, ApiError> token) {
        if (!token) {
            finish(false, describeSignInError(token.error()));
            return;
        }
        checkStore(0);
    });
}

void ConnectionTester::checkStore(int index)
{
    if (index >= m_profile.storeIds.size()) {
        finish(true, tr("Connected: signed in and read the payments of %n store(s).", nullptr,
                        int(m_profile.storeIds.size())));
        return;
    }
    const QString store = m_profile.storeIds.at(index);
    m_client->fetchFeed(m_profile.enterpriseId, store, 0, 1, m_context.get(),
                        [this, index, store](Result<FeedPage, ApiError> page) {
                            if (!page) {
                                finish(false, describeStoreError(page.error(), store));
                                return;
                            }
                            checkStore(index + 1);
                        });
}

void ConnectionTester::finish(bool ok, const QString& message)
{
    m_running = false;
    Q_EMIT finished(ok, message);
}

QString ConnectionTester::describeSignInError(const ApiError& e) const
{
    const QString host = m_profile.effectiveTokenUrl().host();
    const QString detail = e.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.detail);
    switch (e.kind) {
    case ApiError::Kind::Network:
        return tr("Unreachable: PayDesk cannot reach %1. Check the address and the network%2.")
            .arg(host, detail);
    case ApiError::Kind::Tls:
        return tr("TLS: the secure connection to %1 was refused%2. If your company uses its own certificate "
                  "authority, choose its CA file.")
            .arg(host, detail);
    case ApiError::Kind::Auth:
        if (e.code == u"secret-origin-mismatch")
            return e.message; // nothing was sent: the secret belongs to another address
        return tr("Bad credentials: the platform refused the client id or the client secret.");
    case ApiError::Kind::Parse:
        return tr("%1 answered, but not like the payments platform. Check the platform URL.").arg(host);
    case ApiError::Kind::Http:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Refused:
        if (e.httpStatus == 400 || e.httpStatus == 401 || e.httpStatus == 403)
            return tr("Bad credentials: the platform refused the client id or the client secret.");
        if (e.httpStatus == 404)
            return tr("%1 answered, but has no sign-in there. Check the platform URL.").arg(host);
        return tr("Signing in failed: %1").arg(e.message);
    case ApiError::Kind::Cancelled:
        break;
    }
    return tr("The test was cancelled.");
}

QString ConnectionTester::describeStoreError(const ApiError& e, const QString& store) const
{
    if (e.httpStatus == 404)
        return tr("No such store: “%1” was not found in enterprise “%2”.").arg(store, m_profile.enterpriseId);
    if (e.httpStatus == 403)
        return tr("Not allowed: this client may not read store “%1”.").arg(store);
    if (e.kind == ApiError::Kind::Auth)
        return tr("Bad credentials: the platform refused the client id or the client secret.");
    if (e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Tls)
        return describeSignInError(e);
    return tr("Reading store “%1” failed: %2").arg(store, e.message);
}

} // namespace paydesk::ui
