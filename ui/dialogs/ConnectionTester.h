#pragma once

#include "api/ConnectionProfile.h"
#include "secrets/BoundSecret.h"

#include <QObject>

#include <memory>

namespace paydesk {
class HttpClient;
class MemorySecretStore;
class PlatformClient;
class TokenProvider;
struct ApiError;
} // namespace paydesk

namespace paydesk::ui {

/**
 * "Test connection": really signs in with the profile's client credentials and reads the
 * first entry of each store's change feed, then says in plain words what is wrong — the
 * address cannot be reached, TLS refused the certificate, the credentials were refused, a
 * store does not exist — or that everything works.
 *
 * The secret is held in a private in-memory SecretStore for the test only; nothing is
 * written to the keychain or cached. It is sent only if it is bound to the origin of the
 * profile's token URL: a stored secret never goes to an address edited in the dialog.
 */
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject* parent = nullptr);
    ~ConnectionTester() override;

    /// Starts a test; a running one is abandoned. Ends with finished(). A secret typed for this
    /// test is bound to profile.secretOrigin(); a stored one keeps the origin it was stored with.
    void run(const ConnectionProfile& profile, const BoundSecret& clientSecret);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// `message` is translated: what works, or exactly what is wrong.
    void finished(bool ok, const QString& message);

private:
    void signIn();
    void checkStore(int index);
    void finish(bool ok, const QString& message);
    QString describeSignInError(const ApiError& error) const;
    QString describeStoreError(const ApiError& error, const QString& store) const;

    ConnectionProfile m_profile;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<QObject> m_context;
    bool m_running = false;
};

} // namespace paydesk::ui
