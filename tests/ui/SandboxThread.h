#pragma once

// The in-process sandbox on a thread of its own, as a real platform runs elsewhere: its work
// (serving a full sync, making a burst of changes, pushing them) does not count as the GUI
// thread being blocked. Everything that touches it runs there through on(), the caller waiting.
#include "SandboxHarness.h"
#include "sync/SyncSession.h"
#include "util/ThreadMailbox.h"

#include <QObject>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>

namespace paydesk::test {

class SandboxThread
{
public:
    SandboxThread()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
    }
    ~SandboxThread()
    {
        on([this] { m_harness.reset(); });
        m_thread.quit();
        m_thread.wait();
    }
    void on(const std::function<void()>& work) { m_context.run(work); }
    void start(int payments) { start(SandboxHarness::defaultOptions(payments)); }
    void start(const sandbox::SandboxOptions& options)
    {
        on([&] { m_harness = std::make_unique<SandboxHarness>(options); });
    }
    SandboxHarness& harness() { return *m_harness; }

    /// A session's configuration for the platform's first enterprise and all its stores (plain
    /// http on loopback), the cache as `name`.sqlite next to the platform's files; the client
    /// secret goes to `secrets`.
    SyncSession::Config sessionConfig(const QString& name, MemorySecretStore& secrets)
    {
        SyncSession::Config config;
        QString secret;
        on([&] {
            config.profile.baseUrl = m_harness->sandbox().baseUrl();
            config.profile.clientId = m_harness->sandbox().clientId();
            secret = m_harness->sandbox().clientSecret();
            for (const auto& s : m_harness->state().stores()) {
                if (config.profile.enterpriseId.isEmpty())
                    config.profile.enterpriseId = s.enterpriseId;
                if (s.enterpriseId == config.profile.enterpriseId)
                    config.profile.storeIds << s.storeId;
            }
            config.cachePath = m_harness->dir() + QStringLiteral("/%1.sqlite").arg(name);
        });
        config.profile.name = name;
        config.profile.localTestPlatform = true;
        config.user = QStringLiteral("tester");
        bool written = false;
        secrets.write(config.profile.clientSecretKey(), secret.toUtf8(), &secrets,
                      [&](SecretStore::DoneResult r) { written = r.ok(); });
        (void)QTest::qWaitFor([&] { return written; }, 5000);
        return config;
    }
    /// An object living on the platform's thread, for timers that drive it there.
    QObject* context() { return &m_context; }

private:
    QThread m_thread;
    ThreadMailbox m_context; // the work handed over through its lock, not Qt's event queue
    std::unique_ptr<SandboxHarness> m_harness;
};

} // namespace paydesk::test
