// A full sync of 20,000 payments through the SyncSession while the dashboard's model re-queries
// without pause on the GUI thread (issue 8, "Off the GUI thread"): the sync completes, the
// cache equals the platform, the model stays consistent, every write ran on the session's
// worker, and the GUI thread's event loop was never held up for long.
#include "SandboxHarness.h"
#include "SandboxThread.h"
#include "models/PaymentTableModel.h"
#include "store/PaymentStore.h"
#include "sync/SyncSession.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using paydesk::PaymentQuery;
using paydesk::PaymentStore;
using paydesk::SyncSession;
using paydesk::test::SandboxHarness;
using paydesk::test::SandboxThread;
using paydesk::ui::PaymentTableModel;

namespace {

// Counts what QAbstractItemModelTester reports (category qt.modeltest) and passes every
// message on to the handler that was there before.
std::atomic<int> s_modelTestReports = 0;
QtMessageHandler s_previousHandler = nullptr;

void countModelTestReports(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArray(context.category).startsWith("qt.modeltest"))
        ++s_modelTestReports;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

} // namespace

TEST(SyncWhileBrowsingTest, FullSyncOnTheWorkerWhileTheModelRequeriesOnTheGuiThread)
{
    constexpr int Payments = 20000;
    SandboxThread platform;
    platform.start(Payments);

    SyncSession::Config config;
    QString clientSecret;
    int expected = 0;
    platform.on([&] {
        SandboxHarness& harness = platform.harness();
        config.profile.baseUrl = harness.sandbox().baseUrl();
        config.profile.clientId = harness.sandbox().clientId();
        clientSecret = harness.sandbox().clientSecret();
        for (const auto& s : harness.state().stores()) {
            if (config.profile.enterpriseId.isEmpty())
                config.profile.enterpriseId = s.enterpriseId;
            if (s.enterpriseId == config.profile.enterpriseId)
                config.profile.storeIds << s.storeId;
        }
        for (const QString& store : config.profile.storeIds)
            expected += harness.state().paymentCount(config.profile.enterpriseId, store);
        config.cachePath = harness.dir() + u"/browsing-cache.sqlite"_s;
    });
    config.profile.name = u"browsing"_s;
    config.profile.localTestPlatform = true; // the sandbox speaks plain http on loopback
    config.user = u"tester"_s;
    ASSERT_GT(expected, Payments / 4);
    paydesk::MemorySecretStore secrets;
    bool written = false;
    secrets.write(config.profile.clientSecretKey(), clientSecret.toUtf8(), &secrets,
                  [&](paydesk::SecretStore::DoneResult r) { written = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));

    SyncSession session(config, secrets);
    auto opened = session.open();
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    PaymentStore& store = *session.store();

    // Which threads wrote (the slot runs in the writing thread).
    QMutex mutex;
    QSet<QThread*> writers;
    QObject::connect(
        &store, &PaymentStore::paymentsChanged, &store,
        [&] {
            QMutexLocker lock(&mutex);
            writers.insert(QThread::currentThread());
        },
        Qt::DirectConnection);

    PaymentTableModel model(&store);
    s_modelTestReports = 0;
    s_previousHandler = qInstallMessageHandler(countModelTestReports);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    // The GUI thread's heartbeat: the longest gap between two ticks of a 5 ms timer.
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    int ticks = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longestGapMs = std::max(longestGapMs, sinceTick.restart());
        ++ticks;
    });

    // The dealer types searches without pause: each change re-queries the model, and so does
    // every page the sync writes (a search is a filter: new rows may match). Searches keep the
    // table to the hundreds of rows a dealer looks through; QAbstractItemModelTester walks
    // every row on every change, so on all 13,000 rows it alone would hold the GUI thread.
    const QStringList searches = {u"Smith"_s, u"RO-10"_s, u"INV-00"_s, u"Jones"_s, u"RO-21"_s, u"Brown"_s};
    int requeries = 0;
    QTimer typing;
    typing.setInterval(0);
    qint64 longestTypingMs = 0;
    int mostRows = 0;
    QObject::connect(&typing, &QTimer::timeout, [&] {
        QElapsedTimer typed;
        typed.start();
        auto measure = qScopeGuard([&] { longestTypingMs = std::max(longestTypingMs, typed.elapsed()); });
        PaymentQuery q = model.query();
        q.text = searches.at(requeries % searches.size());
        model.setQuery(q);
        ++requeries;
        mostRows = std::max(mostRows, model.rowCount());
        // Scrolling: the visible window is read as rows come and go.
        if (model.rowCount() > 0)
            (void)model.data(model.index(model.rowCount() / 2, 0));
    });

    sinceTick.start();
    heartbeat.start();
    typing.start();
    session.start();
    const bool synced = QTest::qWaitFor([&] { return session.isSynced(); }, 180000);
    typing.stop();
    // A search typed while the last was being read supersedes it, so typing without pause shows
    // only the answers read within one turn of the loop: on a slower build (ThreadSanitizer)
    // none. The last search's answer comes once the typing stops.
    const bool answered = QTest::qWaitFor([&] { return !model.isBusy(); }, 20000);
    mostRows = std::max(mostRows, model.rowCount());
    heartbeat.stop();
    qInstallMessageHandler(s_previousHandler);
    ASSERT_TRUE(synced) << session.state().text().toStdString();

    std::printf("[          ] %d payments synced; %d re-queries and %d GUI ticks meanwhile; longest GUI "
                "gap %lld ms (longest search change %lld ms, up to %d rows shown)\n",
                expected, requeries, ticks, static_cast<long long>(longestGapMs),
                static_cast<long long>(longestTypingMs), mostRows);
    EXPECT_TRUE(answered);
    EXPECT_GT(mostRows, 0) << "the searches found something";
    EXPECT_GT(requeries, 10);
    EXPECT_LT(longestGapMs, 500) << "the GUI thread was blocked";
    EXPECT_EQ(s_modelTestReports.load(), 0) << "QAbstractItemModelTester reported problems";

    for (const QString& storeId : config.profile.storeIds) {
        QHash<QString, QJsonObject> onPlatform;
        platform.on(
            [&] { onPlatform = platform.harness().platformPayments(config.profile.enterpriseId, storeId); });
        EXPECT_EQ(SandboxHarness::diff(onPlatform, SandboxHarness::cachedPayments(
                                                       store, config.profile.enterpriseId, storeId)),
                  QString())
            << storeId.toStdString();
    }
    // And the model, once its last query is answered, shows all of them.
    PaymentQuery all = model.query();
    all.text.clear();
    model.setQuery(all);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isBusy() && model.rowCount() == expected; }, 20000))
        << model.rowCount() << " of " << expected;

    session.shutdown();
    QMutexLocker lock(&mutex);
    ASSERT_FALSE(writers.isEmpty());
    EXPECT_FALSE(writers.contains(QThread::currentThread())) << "a write ran on the GUI thread";
    EXPECT_EQ(writers.size(), 1) << "one worker writes";
}
