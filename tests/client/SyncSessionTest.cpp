// SyncSession: the object graph of one connection, against the in-process sandbox over real
// loopback HTTP and WebSocket, plus its combining of several payment sources.
#include "sync/SyncSession.h"

#include "SandboxHarness.h"
#include "sync/PaymentSource.h"

#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QThread>
#include <QtPrinters.h>

#include <gtest/gtest.h>

#include <atomic>

using namespace paydesk;
using namespace paydesk::test;
using Kind = ConnectionState::Kind;

namespace {

/// A source that does what the test says: stands in for another provider's connector.
class FakeSource final : public PaymentSource
{
public:
    void start() override
    {
        ++starts;
        set(Kind::Syncing);
    }
    void stop() override
    {
        ++stops;
        set(Kind::Stopped);
    }
    ConnectionState state() const override { return m_state; }
    bool isFullSyncDone() const override { return m_done; }

    void set(Kind kind, const QString& error = {})
    {
        m_state.kind = kind;
        m_state.errorMessage = error;
        Q_EMIT stateChanged(m_state);
    }
    void finishFullSync()
    {
        m_done = true;
        Q_EMIT fullSyncFinished();
    }

    // Counted on the session's worker, read by the test.
    std::atomic<int> starts = 0;
    std::atomic<int> stops = 0;

private:
    ConnectionState m_state;
    bool m_done = false;
};

class SyncSessionTest : public ::testing::Test
{
protected:
    SyncSessionTest()
        : m_harness(SandboxHarness::defaultOptions(120))
    {
    }

    /// A session on the sandbox for every store of its first enterprise, plus `extraStores`.
    std::unique_ptr<SyncSession> makeSession(const QStringList& extraStores = {})
    {
        SyncSession::Config config;
        config.profile.name = QStringLiteral("session-test");
        config.profile.baseUrl = m_harness.sandbox().baseUrl();
        config.profile.clientId = m_harness.sandbox().clientId();
        config.profile.localTestPlatform = true; // the sandbox speaks plain http on loopback
        for (const auto& s : m_harness.state().stores()) {
            if (config.profile.enterpriseId.isEmpty())
                config.profile.enterpriseId = s.enterpriseId;
            if (s.enterpriseId == config.profile.enterpriseId)
                config.profile.storeIds << s.storeId;
        }
        config.profile.storeIds << extraStores;
        config.cachePath = m_harness.dir() + QStringLiteral("/session-cache.sqlite");
        config.user = QStringLiteral("tester");
        config.sync.retry.baseMs = 100; // an unreachable store is retried quickly
        bool written = false;
        QObject context;
        m_secrets.write(config.profile.clientSecretKey(), m_harness.sandbox().clientSecret().toUtf8(),
                        &context, [&](SecretStore::DoneResult r) { written = r.ok(); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));
        m_profile = config.profile;
        return std::make_unique<SyncSession>(config, m_secrets);
    }

    // The states the session saw (the sources live on its worker: never call them from here).
    QList<Kind> kindsOf(const SyncSession& session) const
    {
        QList<Kind> kinds;
        for (const ConnectionState& state : session.sourceStates())
            kinds << state.kind;
        return kinds;
    }

    SandboxHarness m_harness;
    MemorySecretStore m_secrets;
    ConnectionProfile m_profile;
};

} // namespace

TEST_F(SyncSessionTest, OpensSyncsEveryStoreAndGoesLive)
{
    auto session = makeSession();
    ASSERT_GE(m_profile.storeIds.size(), 2);
    EXPECT_EQ(session->store(), nullptr);
    auto opened = session->open();
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    ASSERT_NE(session->store(), nullptr);
    ASSERT_NE(session->outbox(), nullptr);
    // One Keyloop source per store of the profile; nothing is started before start().
    ASSERT_EQ(session->sources().size(), m_profile.storeIds.size());
    EXPECT_EQ(session->state().kind, Kind::Stopped);
    EXPECT_FALSE(session->isSynced());

    QSignalSpy synced(session.get(), &SyncSession::synced);
    QSignalSpy states(session.get(), &SyncSession::stateChanged);
    session->start();
    ASSERT_TRUE(synced.wait(30000) || synced.count() == 1);
    EXPECT_EQ(synced.count(), 1);
    EXPECT_TRUE(session->isSynced());
    for (const QString& store : m_profile.storeIds) {
        EXPECT_EQ(SandboxHarness::diff(
                      m_harness.platformPayments(m_profile.enterpriseId, store),
                      SandboxHarness::cachedPayments(*session->store(), m_profile.enterpriseId, store)),
                  QString())
            << store.toStdString();
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return session->state().kind == Kind::Live; }, 15000))
        << session->state().text().toStdString();
    // The combined state went through the sync to live, and its last announcement is live.
    ASSERT_FALSE(states.isEmpty());
    EXPECT_EQ(states.last().at(0).value<ConnectionState>().kind, Kind::Live);
    for (Kind kind : kindsOf(*session))
        EXPECT_EQ(kind, Kind::Live);
    EXPECT_EQ(synced.count(), 1) << "synced() comes once per start()";
}

TEST_F(SyncSessionTest, OneStoreOfflineMakesTheCombinedStateOffline)
{
    // A store the platform does not answer for (404 on its feed) next to stores that work.
    auto session = makeSession({QStringLiteral("S-GONE")});
    ASSERT_TRUE(session->open().ok());
    QSignalSpy states(session.get(), &SyncSession::stateChanged);
    session->start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QList<Kind> kinds = kindsOf(*session);
            return kinds.count(Kind::Live) == kinds.size() - 1 && kinds.last() == Kind::Offline;
        },
        20000))
        << session->state().text().toStdString();
    const ConnectionState combined = session->state();
    EXPECT_EQ(combined.kind, Kind::Offline);
    EXPECT_FALSE(combined.errorMessage.isEmpty());
    EXPECT_TRUE(combined.text().startsWith(u"Offline since")) << combined.text().toStdString();
    ASSERT_FALSE(states.isEmpty());
    EXPECT_EQ(states.last().at(0).value<ConnectionState>().kind, Kind::Offline);
    // Every other store is in the cache all the same, and the session is not "synced".
    EXPECT_FALSE(session->isSynced());
    const QString working = m_profile.storeIds.first();
    EXPECT_EQ(SandboxHarness::diff(
                  m_harness.platformPayments(m_profile.enterpriseId, working),
                  SandboxHarness::cachedPayments(*session->store(), m_profile.enterpriseId, working)),
              QString());
}

TEST_F(SyncSessionTest, QueuedCountComesFromTheOutboxSignalAndStopStopsEverything)
{
    auto session = makeSession();
    ASSERT_TRUE(session->open().ok());
    Outbox* outbox = session->outbox();
    // The outbox lives on the session's worker; the session brings its signals here.
    QSignalSpy counts(session.get(), &SyncSession::queuedCountChanged);
    QSignalSpy confirmed(session.get(), &SyncSession::actionConfirmed);

    // Queued before the session runs: counted at once, sent only once started.
    InitiateRequest r;
    r.enterpriseId = m_profile.enterpriseId;
    r.storeId = m_profile.storeIds.first();
    r.customer = Customer{QStringLiteral("Queued Customer"), QStringLiteral("queued@example.com"), {}};
    r.reference = PaymentReference::make(PaymentReference::Type::RepairOrder, QStringLiteral("RO-7001"));
    QString currency = QStringLiteral("GBP");
    for (const auto& s : m_harness.state().stores()) {
        if (s.enterpriseId == r.enterpriseId && s.storeId == r.storeId)
            currency = s.currency;
    }
    r.amount = Money::fromMinor(12500, currency).value();
    ASSERT_TRUE(session->submit(r).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !counts.isEmpty() && counts.last().at(0).toInt() == 1; }, 5000));
    EXPECT_EQ(outbox->queuedCount(), 1);

    session->start();
    ASSERT_TRUE(confirmed.wait(15000) || confirmed.count() == 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return counts.last().at(0).toInt() == 0; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return session->state().kind == Kind::Live; }, 15000));

    QSignalSpy states(session.get(), &SyncSession::stateChanged);
    session->stop();
    EXPECT_FALSE(session->isRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session->state().kind == Kind::Stopped; }, 5000));
    for (Kind kind : kindsOf(*session))
        EXPECT_EQ(kind, Kind::Stopped);
    ASSERT_FALSE(states.isEmpty());
    EXPECT_EQ(states.last().at(0).value<ConnectionState>().kind, Kind::Stopped);

    // Stopped means nothing is sent: a new action waits. A details fetch (a full round trip to
    // the platform) runs after the outbox's queued send would have, so it is the barrier.
    const int before = m_harness.state().paymentCount(r.enterpriseId, r.storeId);
    r.reference = PaymentReference::make(PaymentReference::Type::RepairOrder, QStringLiteral("RO-7002"));
    ASSERT_TRUE(session->submit(r).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return counts.last().at(0).toInt() == 1; }, 5000));
    const QString anyId =
        SandboxHarness::cachedPayments(*session->store(), r.enterpriseId, r.storeId).keys().first();
    QSignalSpy fetched(session.get(), &SyncSession::detailsFetched);
    session->fetchDetails(anyId);
    ASSERT_TRUE(fetched.wait(10000) || fetched.count() == 1);
    EXPECT_EQ(m_harness.state().paymentCount(r.enterpriseId, r.storeId), before);
    EXPECT_EQ(outbox->queuedCount(), 1);
    EXPECT_EQ(confirmed.count(), 1);
}

TEST_F(SyncSessionTest, DetailsFetchWritesOnceAndNeverOverwritesANewerTimeline)
{
    auto session = makeSession();
    ASSERT_TRUE(session->open().ok());
    QSignalSpy synced(session.get(), &SyncSession::synced);
    session->start();
    ASSERT_TRUE(synced.wait(30000) || synced.count() == 1);
    session->stop(); // nothing but the fetches below writes from here on
    ASSERT_TRUE(QTest::qWaitFor([&] { return session->state().kind == Kind::Stopped; }, 5000));
    PaymentStore& store = *session->store();

    // A payment whose timeline the platform knows but the cache does not yet.
    QString id;
    const QString storeId = m_profile.storeIds.first();
    for (const QString& candidate :
         SandboxHarness::cachedPayments(store, m_profile.enterpriseId, storeId).keys()) {
        const auto onPlatform = m_harness.state().payment(m_profile.enterpriseId, storeId, candidate);
        if (onPlatform && onPlatform->history.size() >= 2) {
            id = candidate;
            break;
        }
    }
    ASSERT_FALSE(id.isEmpty());
    ASSERT_TRUE(store.replaceHistory(id, {}).ok());
    const Payment platform = *m_harness.state().payment(m_profile.enterpriseId, storeId, id);

    // paymentsChanged comes from the worker: counted here, queued (it arrives before
    // detailsFetched, which the worker posts after the write).
    QList<QStringList> changed;
    QObject receiver;
    QObject::connect(&store, &PaymentStore::paymentsChanged, &receiver,
                     [&](const QStringList& ids) { changed << ids; });
    QSignalSpy fetched(session.get(), &SyncSession::detailsFetched);
    session->fetchDetails(id);
    ASSERT_TRUE(fetched.wait(10000) || fetched.count() == 1);
    EXPECT_EQ(fetched.last().at(0).toString(), id);
    EXPECT_TRUE(fetched.last().at(1).toBool());
    // One write, one signal, for that payment only.
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first(), QStringList{id});
    auto cached = store.payment(id);
    ASSERT_TRUE(cached.ok() && cached->has_value());
    EXPECT_EQ((*cached)->history.size(), platform.history.size());

    // The feed moved on while a details request was out: the cache holds a newer version with
    // its own timeline. The older answer must leave both alone.
    Payment newer = **cached;
    newer.version = platform.version + 5;
    StatusChange latest;
    latest.status = newer.status;
    latest.at = newer.updatedAt.addSecs(60);
    latest.note = QStringLiteral("the newer timeline");
    newer.history = {latest};
    ASSERT_TRUE(store.upsert(newer).ok());
    changed.clear();
    fetched.clear();
    session->fetchDetails(id);
    ASSERT_TRUE(fetched.wait(10000) || fetched.count() == 1);
    EXPECT_FALSE(fetched.last().at(1).toBool()) << "an older answer is not written";
    EXPECT_EQ(changed.count(), 0);
    cached = store.payment(id);
    ASSERT_TRUE(cached.ok() && cached->has_value());
    EXPECT_EQ((*cached)->version, newer.version);
    ASSERT_EQ((*cached)->history.size(), 1);
    EXPECT_EQ((*cached)->history.first().note, QStringLiteral("the newer timeline"));
}

TEST_F(SyncSessionTest, AnotherSourceOfPaymentsJoinsTheCombinedStateAndTheSync)
{
    auto session = makeSession();
    ASSERT_TRUE(session->open().ok());
    auto owned = std::make_unique<FakeSource>();
    FakeSource* other = owned.get();
    session->addSource(std::move(owned));
    ASSERT_EQ(session->sources().size(), m_profile.storeIds.size() + 1);
    EXPECT_EQ(session->sources().last(), other);

    QSignalSpy synced(session.get(), &SyncSession::synced);
    session->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return other->starts == 1; }, 5000));
    // Every Keyloop store is synced and live; the other source is not done yet.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QList<Kind> kinds = kindsOf(*session);
            return kinds.count(Kind::Live) == kinds.size() - 1;
        },
        30000));
    EXPECT_EQ(synced.count(), 0);
    EXPECT_FALSE(session->isSynced());
    EXPECT_EQ(session->state().kind, Kind::Syncing) << "the other source is still syncing";

    other->finishFullSync();
    other->set(Kind::Polling);
    EXPECT_EQ(synced.count(), 1);
    EXPECT_TRUE(session->isSynced());
    EXPECT_EQ(session->state().kind, Kind::Polling);
    other->set(Kind::SignInFailed, QStringLiteral("refused"));
    EXPECT_EQ(session->state().kind, Kind::SignInFailed);
    EXPECT_EQ(session->state().errorMessage, QStringLiteral("refused"));
    other->set(Kind::Live);
    EXPECT_EQ(session->state().kind, Kind::Live);

    session->stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return other->stops == 1; }, 5000));
    // A source added to a running session starts at once.
    session->start();
    auto late = std::make_unique<FakeSource>();
    FakeSource* lateSource = late.get();
    session->addSource(std::move(late));
    EXPECT_EQ(lateSource->starts, 1);
}

TEST_F(SyncSessionTest, EveryWriteRunsOnTheWorkerThreadAndShutdownJoinsIt)
{
    auto session = makeSession();
    ASSERT_TRUE(session->open().ok());
    QThread* worker = session->workerThread();
    ASSERT_NE(worker, nullptr);
    ASSERT_NE(worker, QThread::currentThread());
    PaymentStore& store = *session->store();

    // Every committed write announces itself from the thread that wrote it (DirectConnection:
    // the slot runs there). Record which threads those are.
    QMutex mutex;
    QSet<QThread*> writers;
    int writes = 0;
    auto record = [&] {
        QMutexLocker lock(&mutex);
        writers.insert(QThread::currentThread());
        ++writes;
    };
    QObject::connect(&store, &PaymentStore::paymentsChanged, &store, record, Qt::DirectConnection);
    QObject::connect(&store, &PaymentStore::outboxChanged, &store, record, Qt::DirectConnection);

    QSignalSpy synced(session.get(), &SyncSession::synced);
    QSignalSpy confirmed(session.get(), &SyncSession::actionConfirmed);
    session->start();
    ASSERT_TRUE(synced.wait(30000) || synced.count() == 1);

    // An action (enqueue, sending, sent, the answer cached), a details fetch and an audit line.
    InitiateRequest r;
    r.enterpriseId = m_profile.enterpriseId;
    r.storeId = m_profile.storeIds.first();
    r.customer = Customer{QStringLiteral("Worker Customer"), QStringLiteral("worker@example.com"), {}};
    r.reference = PaymentReference::make(PaymentReference::Type::RepairOrder, QStringLiteral("RO-7101"));
    QString currency = QStringLiteral("GBP");
    for (const auto& s : m_harness.state().stores()) {
        if (s.enterpriseId == r.enterpriseId && s.storeId == r.storeId)
            currency = s.currency;
    }
    r.amount = Money::fromMinor(9900, currency).value();
    ASSERT_TRUE(session->submit(r).ok());
    ASSERT_TRUE(confirmed.wait(15000) || confirmed.count() == 1);
    const QString anyId = SandboxHarness::cachedPayments(store, r.enterpriseId, r.storeId).keys().first();
    QSignalSpy fetched(session.get(), &SyncSession::detailsFetched);
    session->fetchDetails(anyId);
    ASSERT_TRUE(fetched.wait(10000) || fetched.count() == 1);
    AuditEntry audit;
    audit.who = QStringLiteral("tester");
    audit.action = QStringLiteral("export");
    ASSERT_TRUE(session->appendAudit(audit).ok());
    ASSERT_TRUE(store.auditEntries(1).ok());
    EXPECT_EQ(store.auditEntries(1)->first().action, QStringLiteral("export"));

    session->shutdown();
    EXPECT_EQ(session->workerThread(), nullptr);
    QMutexLocker lock(&mutex);
    EXPECT_GT(writes, 3);
    EXPECT_FALSE(writers.contains(QThread::currentThread())) << "a write ran on the GUI thread";
    EXPECT_EQ(writers, QSet<QThread*>{worker}) << "every write ran on the session's one worker";
    // After the join the store still reads on this thread, and nothing writes any more.
    auto rows = store.count(PaymentQuery{});
    ASSERT_TRUE(rows.ok());
    EXPECT_GT(*rows, 0);
    EXPECT_FALSE(session->submit(r).ok()) << "no worker, no writes";
}
