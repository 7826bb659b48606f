#pragma once

#include "SandboxComponent.h"
#include "SandboxOptions.h"
#include "util/Result.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <vector>

namespace paydesk {
class Clock;
}

namespace paydesk::sandbox {

class AdminApi;
class DmsActivity;
class EventStream;
class FaultInjector;
class HttpServer;
class IdempotencyStore;
class PlatformApi;
class PlatformState;
class PlatformStorage;
class TokenService;

/**
 * The whole sandbox in one object, embeddable in-process (tests, `paydesk --demo`) or run by
 * the paydesk-sandbox executable.
 *
 * ```
 * Sandbox sb(options);
 * if (auto started = sb.start(); !started) …started.error()…
 * sb.baseUrl();            // http://127.0.0.1:PORT (https:// with options.tls)
 * sb.clientId(); sb.clientSecret();                 // the dealer (PayDesk) credentials
 * sb.partnerClientId(); sb.partnerClientSecret();   // the partner's platform credentials
 * sb.adminToken();         // for the /admin endpoints (loopback only)
 * sb.state();              // PlatformState: payments, sequences, paymentChanged()
 * sb.faults().set("payments.list", spec);
 * ```
 *
 * Paths (all on baseUrl):
 * - `POST /oauth/client_credential/accesstoken` — Apigee-style client credentials
 * - `GET  /{enterpriseId}/{storeId}/v1/payments` — change feed (sinceSequence, limit ≤ 1000,
 *   status, q) or, with `page`/`pageSize`, the interactive list
 * - `GET  /{e}/{s}/v1/payments/{paymentId}` — details with history
 * - `POST /{e}/{s}/v1/payments`, `POST …/{id}/cancel`, `POST …/{id}/resend`,
 *   `PATCH …/{id}/status` (partner credentials) — all need an Idempotency-Key
 * - `GET  /{e}/{s}/v1/events/stream` (WebSocket) — the push channel of that one store;
 *   resume with `?sinceSequence=N` or by sending `{"sinceSequence":N}`; each text message is
 *   one change record, the same JSON as a feed entry
 * - `/admin/…` — see AdminApi (loopback + admin token)
 *
 * Lives in one thread: create, start and use it from the thread that runs its event loop.
 */
class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(SandboxOptions options = {}, QObject* parent = nullptr);
    /// With an injected clock (token expiry, idempotency retention, pay-link expiry).
    Sandbox(SandboxOptions options, Clock& clock, QObject* parent = nullptr);
    ~Sandbox() override;

    /// Listens on 127.0.0.1, loads or seeds the state and starts the components. After
    /// stop(), start() listens again on the same port with the state as it was.
    Result<Done, QString> start();
    /// Stops listening and drops every open connection and stream (an outage).
    void stop();
    bool isRunning() const { return m_running; }

    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return quint16(m_baseUrl.port()); }
    QString clientId() const { return m_options.dealerClientId; }
    QString clientSecret() const { return m_options.dealerClientSecret; }
    QString partnerClientId() const { return m_options.partnerClientId; }
    QString partnerClientSecret() const { return m_options.partnerClientSecret; }
    QString adminToken() const { return m_adminToken; }
    /// With `tls`: the PEM file of the private CA that signed the server certificate (empty
    /// without TLS), and that certificate.
    QString caCertificatePath() const { return m_caPath; }
    QSslCertificate caCertificate() const { return m_ca; }
    const SandboxOptions& options() const { return m_options; }
    Clock& clock() const { return m_clock; }

    PlatformState& state() const { return *m_state; }
    FaultInjector& faults() const { return *m_faults; }
    TokenService& tokens() const { return *m_tokens; }
    IdempotencyStore& idempotency() const { return *m_idempotency; }
    EventStream& stream() const { return *m_stream; }
    /// The HTTP server, for components that add routes (`http().addRoute(...)`).
    HttpServer& http() const { return *m_http; }

    void addComponent(std::unique_ptr<SandboxComponent> component);
    /// A component's persistentState() changed: with `--data` it is written behind, like a payment.
    void persistentStateChanged();
    template<typename T>
    T* component() const
    {
        for (const auto& c : m_components) {
            if (auto* t = dynamic_cast<T*>(c.get()))
                return t;
        }
        return nullptr;
    }

    /// The lines the executable prints: URL, stores, credentials, admin token.
    QString summary() const;

private:
    void init();

    SandboxOptions m_options;
    Clock& m_clock;
    QString m_adminToken;
    QUrl m_baseUrl;
    QString m_caPath;
    QSslCertificate m_ca;
    bool m_running = false;
    HttpServer* m_http = nullptr;
    FaultInjector* m_faults = nullptr;
    TokenService* m_tokens = nullptr;
    IdempotencyStore* m_idempotency = nullptr;
    PlatformState* m_state = nullptr;
    EventStream* m_stream = nullptr;
    DmsActivity* m_activity = nullptr;
    std::unique_ptr<PlatformApi> m_api;
    std::unique_ptr<AdminApi> m_admin;
    std::unique_ptr<PlatformStorage> m_storage;
    std::vector<std::unique_ptr<SandboxComponent>> m_components;
};

} // namespace paydesk::sandbox
