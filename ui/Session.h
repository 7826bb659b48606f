#pragma once

#include "MainWindow.h"
#include "api/ConnectionProfile.h"
#include "sync/ConnectionState.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace paydesk {
class HttpClient;
class Outbox;
class PaymentStore;
class PlatformClient;
class SecretStore;
class SyncEngine;
class TokenProvider;
} // namespace paydesk

namespace paydesk::ui {

/**
 * One signed-in connection to the platform, assembled from core's parts: the cache
 * (PaymentStore), the HTTP client and token provider, one SyncEngine per store, and the
 * Outbox. It feeds the dashboard (MainWindow::attach... via attach()) with the connection
 * state, the action submitter and payment details (the status timeline) on selection.
 */
class Session : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        ConnectionProfile profile;
        /// The SQLite cache; empty = PaymentStore::defaultPath().
        QString cachePath;
        /// Who acts, for the audit log.
        QString user = QStringLiteral("dealer");
    };

    Session(Config config, SecretStore& secrets, QObject* parent = nullptr);
    ~Session() override;

    /// Opens the cache. The returned text is for the user.
    Result<Done, QString> open();
    /// Starts signing in, syncing every store and sending queued actions.
    void start();
    void stop();

    PaymentStore* store() const { return m_store.get(); }
    Outbox* outbox() const { return m_outbox.get(); }
    const ConnectionProfile& profile() const { return m_config.profile; }
    /// The worst state over all stores, with the queued-action count.
    ConnectionState state() const;
    /// True once every store finished its first full sync.
    bool isSynced() const;

    /// Connects the window: connection indicator, actions through the outbox, sites, and a
    /// details fetch (the full timeline) when a payment is selected.
    void attach(MainWindow* window);

    /// Fetches a payment's details (with history) into the cache.
    void fetchDetails(const QString& paymentId);

Q_SIGNALS:
    void stateChanged(const paydesk::ConnectionState& state);
    /// Every store finished its first full sync.
    void synced();

private:
    void publishState();

    Config m_config;
    SecretStore& m_secrets;
    std::unique_ptr<PaymentStore> m_store;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<PlatformClient> m_platform;
    std::vector<std::unique_ptr<SyncEngine>> m_engines;
    std::unique_ptr<Outbox> m_outbox;
    QPointer<MainWindow> m_window;
    bool m_syncedEmitted = false;
};

} // namespace paydesk::ui
