#pragma once

#include "ClientTestUtil.h"
#include "Sandbox.h"
#include "api/HttpClient.h"
#include "api/PlatformClient.h"
#include "api/PushChannel.h"
#include "api/Scheduler.h"
#include "api/TokenProvider.h"
#include "platform/PlatformState.h"
#include "secrets/MemorySecretStore.h"
#include "store/PaymentStore.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QTemporaryDir>

#include <memory>

namespace paydesk::test {

/// The in-process sandbox plus one complete client (HTTP, tokens, platform, cache) talking to it
/// over real loopback HTTP. Tests pick the scheduler: real timers, or a ManualScheduler that
/// auto-advances so backoff runs at full speed while the clock shows the schedule.
class SandboxHarness
{
public:
    explicit SandboxHarness(sandbox::SandboxOptions options);
    ~SandboxHarness();

    static sandbox::SandboxOptions defaultOptions(int seedCount = 0);

    sandbox::Sandbox& sandbox() { return *m_sandbox; }
    sandbox::PlatformState& state() { return m_sandbox->state(); }
    QString dir() const { return m_dir.path(); }

    /// One client on `scheduler` with its own cache file (`name`.sqlite in the temp dir).
    struct Client
    {
        MemorySecretStore secrets;
        std::unique_ptr<HttpClient> http;
        /// The push channel under the same transport options as `http`.
        std::unique_ptr<PushChannel> push;
        std::unique_ptr<TokenProvider> tokens;
        std::unique_ptr<PlatformClient> platform;
        std::unique_ptr<PaymentStore> store;
        QString storePath;

        std::unique_ptr<SyncEngine> makeEngine(Scheduler& scheduler, const QString& enterpriseId,
                                               const QString& storeId, SyncEngine::Options options = {});
    };
    std::unique_ptr<Client> makeClient(Scheduler& scheduler, const QString& name,
                                       const QString& secret = QString());
    std::unique_ptr<Client> makeClient(Scheduler& scheduler, const QString& name, const QString& secret,
                                       HttpClient::Options options);
    /// Opens (again) the cache file of a client, e.g. after simulating a restart.
    static std::unique_ptr<PaymentStore> openStore(const QString& path);

    /// Every payment of a store as the sandbox has it, keyed by id, as feed JSON (no history).
    QHash<QString, QJsonObject> platformPayments(const QString& enterpriseId, const QString& storeId);
    /// Every cached payment of a store, keyed by id, as feed JSON (no history).
    static QHash<QString, QJsonObject> cachedPayments(PaymentStore& store, const QString& enterpriseId,
                                                      const QString& storeId);
    /// Empty when equal; else a description of the first differences.
    static QString diff(const QHash<QString, QJsonObject>& expected,
                        const QHash<QString, QJsonObject>& actual);

    /// Makes `count` random committed changes on the platform (status updates, cancels,
    /// resends, new requests) in the given stores. Returns how many were made.
    int randomChanges(const QList<sandbox::StoreInfo>& stores, int count, quint32 seed);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
};

} // namespace paydesk::test
