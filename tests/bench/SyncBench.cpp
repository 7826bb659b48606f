// End-to-end sync benchmark: the in-process sandbox serves N payments (100k, PAYDESK_BENCH_ROWS
// when set; 2k with PAYDESK_BENCH_SMALL=1) over loopback HTTP; SyncEngines (one per store, feed pages of
// 1000) pull them into a fresh cache. In the same run the same payments go straight into another fresh cache
// through PaymentStore::ingestFeedPage() in pages of 1000 (the store's own ingest rate). Reported: payments/s
// of both and sync/ingest — how much the network and JSON path costs. Target: the ratio is at least 0.5.
#include "BenchMain.h"
#include "Sandbox.h"
#include "api/HttpClient.h"
#include "api/PlatformClient.h"
#include "api/PushChannel.h"
#include "api/Scheduler.h"
#include "api/TokenProvider.h"
#include "platform/PlatformState.h"
#include "secrets/MemorySecretStore.h"
#include "store/PaymentStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;

namespace {

int paymentCount()
{
    if (qEnvironmentVariableIntValue("PAYDESK_BENCH_SMALL") == 1)
        return 2'000;
    const int rows = qEnvironmentVariableIntValue("PAYDESK_BENCH_ROWS");
    return rows > 0 ? rows : 100'000;
}

struct Fixture
{
    sandbox::Sandbox sandbox{[] {
        sandbox::SandboxOptions o;
        o.seedCount = paymentCount();
        o.scenario = QStringLiteral("off");
        return o;
    }()};
    QList<sandbox::StoreInfo> stores;
    /// The feed pages as the platform has them, per store, for the bare-ingest baseline.
    QList<std::tuple<QString, QString, QList<Payment>, qint64>> pages;

    Fixture()
    {
        if (auto started = sandbox.start(); !started)
            qFatal("sandbox: %s", qPrintable(started.error()));
        stores = sandbox.state().stores();
        for (const auto& s : stores) {
            sandbox::PaymentQuery q;
            q.limit = 1000;
            for (;;) {
                const sandbox::FeedPage page = sandbox.state().feed(s.enterpriseId, s.storeId, q);
                pages.append({s.enterpriseId, s.storeId, page.payments, page.nextSequence});
                if (!page.hasMore)
                    break;
                q.sinceSequence = page.nextSequence;
            }
        }
    }
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

/// Bare ingest of every page into a fresh cache; returns elapsed ms.
qint64 ingestOnce(const QString& path)
{
    auto store = PaymentStore::open(path);
    if (!store)
        qFatal("cache: %s", qPrintable(store.error().detail));
    QElapsedTimer timer;
    timer.start();
    for (const auto& [enterpriseId, storeId, payments, next] : fixture().pages) {
        if (!(*store)->ingestFeedPage(payments, enterpriseId, storeId, next))
            qFatal("ingest failed");
    }
    return timer.elapsed();
}

/// Full sync of every store over loopback into a fresh cache; returns elapsed ms.
qint64 syncOnce(const QString& path)
{
    Fixture& f = fixture();
    auto store = PaymentStore::open(path);
    if (!store)
        qFatal("cache: %s", qPrintable(store.error().detail));
    MemorySecretStore secrets;
    QObject context;
    bool written = false;
    secrets.write(SecretStore::clientSecretKey(QStringLiteral("bench")), f.sandbox.clientSecret().toUtf8(),
                  &context, [&](SecretStore::DoneResult) { written = true; });
    if (!QTest::qWaitFor([&] { return written; }, 5000))
        qFatal("secret store");
    HttpClient::Options httpOptions;
    httpOptions.allowPlainHttpToLoopback = true; // the sandbox is a local test platform (plain http)
    HttpClient http(httpOptions);
    TokenProvider::Options t;
    t.tokenUrl = f.sandbox.baseUrl().resolved(QUrl(PlatformPaths().token));
    t.clientId = f.sandbox.clientId();
    t.clientSecretKey = SecretStore::clientSecretKey(QStringLiteral("bench"));
    TokenProvider tokens(http, secrets, t);
    http.setAuthenticator(&tokens);
    PlatformClient platform(http, f.sandbox.baseUrl());
    const PushChannel push(httpOptions);

    SyncEngine::Options options;
    options.pageSize = 1000;
    options.usePush = false;
    options.pollIntervalMs = 3'600'000;
    std::vector<std::unique_ptr<SyncEngine>> engines;
    QElapsedTimer timer;
    timer.start();
    for (const auto& s : f.stores) {
        engines.push_back(std::make_unique<SyncEngine>(platform, push, tokens, **store, Scheduler::system(),
                                                       s.enterpriseId, s.storeId, options));
        engines.back()->start();
    }
    const bool done = QTest::qWaitFor(
        [&] {
            return std::all_of(engines.begin(), engines.end(),
                               [](const auto& e) { return e->isFullSyncDone(); });
        },
        600'000);
    const qint64 elapsed = timer.elapsed();
    if (!done)
        qFatal("sync did not finish");
    return elapsed;
}

void BM_SyncVsIngest(benchmark::State& state)
{
    Fixture& f = fixture();
    const double n = f.sandbox.state().paymentCount();
    double syncMs = 0;
    double ingestMs = 0;
    int round = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        const qint64 ingest = ingestOnce(dir.filePath(QStringLiteral("ingest-%1.sqlite").arg(round)));
        const qint64 sync = syncOnce(dir.filePath(QStringLiteral("sync-%1.sqlite").arg(round)));
        ++round;
        ingestMs += double(ingest);
        syncMs += double(sync);
        state.SetIterationTime(double(sync) / 1000.0);
    }
    const double syncRate = n * round / (syncMs / 1000.0);
    const double ingestRate = n * round / (ingestMs / 1000.0);
    state.counters["payments"] = n;
    state.counters["sync_payments_per_s"] = syncRate;
    state.counters["ingest_payments_per_s"] = ingestRate;
    state.counters["sync_to_ingest_ratio"] = syncRate / ingestRate;
    state.SetItemsProcessed(int64_t(n) * round);
}

BENCHMARK(BM_SyncVsIngest)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // Per-request logging would measure the terminal, not the sync.
    QLoggingCategory::setFilterRules(QStringLiteral("paydesk.*.info=false\npaydesk.*.debug=false"));
    return paydesk::bench::runBenchmarks(argc, argv);
}
