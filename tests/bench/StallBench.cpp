// GUI-thread stalls and peak memory while PayDesk works (issue 9's "longest GUI-thread stall"
// and "peak RSS … during and after first sync"). One benchmark, four phases on one window:
//
// 1. first sync: N payments (PAYDESK_BENCH_ROWS, default 100k; 2k with PAYDESK_BENCH_SMALL=1)
//    of the profile's enterprise from the sandbox (the real paydesk-sandbox program in a
//    process of its own) over loopback into an empty cache, through the real SyncSession (its
//    worker thread) with the real MainWindow open (offscreen);
// 2. a burst of 20 keystrokes in the search box (one every 50 ms, the app's own debounce);
// 3. the window idle until the cache's indexes are built (after a first sync's bulk load the
//    store builds them in the background; at 1M they still are while the typing runs);
// 4. 200 live changes/s to the rows at the top of the table for 3 s (written from another
//    thread, as the session's worker writes pushes), once the indexes are built: a write waits
//    while the build holds the cache's write lock.
//
// A StallProbe ticks every 5 ms on the GUI event loop; per phase (and for 1 s of the idle
// window before them, the machine's noise floor: stall_idle_*) the p99 and max of the gaps
// beyond the tick are reported (stall_*_p99_ms, stall_*_max_ms; targets ≤ 16 ms p99, ≤ 50 ms
// max), and the same over each gap less the GUI thread's wait for a core in it (the window's own
// stall, stall_*_own_*; on a shared machine most of a long gap can be other processes' turn).
// The benchmark waits in a running event loop (bench::runUntil()), as the application does:
// QTest::qWaitFor sleeps 10 ms between its passes of the loop, and the probe counted those
// sleeps (and the wait for a core after each) as stalls of the window. Memory: the sandbox is
// another process (as a platform is another machine; in-process, 1M seeded payments took about
// 5 GB of this process), so this process's VmHWM is PayDesk's own peak: at the end of the sync
// (rss_sync_peak_MB) and the highest over every phase (rss_paydesk_peak_MB, target ≤ 250 MB);
// rss_before_session_MB is VmRSS before the session opens (Qt and the benchmark itself), and
// sandbox_rss_peak_MB the sandbox process's own peak, for information.
#include "BenchMain.h"
#include "MainWindow.h"
#include "PrivateTestHome.h"
#include "RunUntil.h"
#include "StallProbe.h"
#include "models/PaymentTableModel.h"
#include "secrets/MemorySecretStore.h"
#include "store/PaymentStore.h"
#include "sync/SyncSession.h"
#include "widgets/FilterBar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <dlfcn.h>
#include <malloc.h>
#include <memory>
#include <signal.h>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;
using namespace paydesk;

namespace {

int benchRows()
{
    if (qEnvironmentVariableIntValue("PAYDESK_BENCH_SMALL") == 1)
        return 2'000;
    const int rows = qEnvironmentVariableIntValue("PAYDESK_BENCH_ROWS");
    return rows > 0 ? rows : 100'000;
}

/// How long the live phase writes: 3 s, 1 s in the smoke run.
int liveMs()
{
    return qEnvironmentVariableIntValue("PAYDESK_BENCH_SMALL") == 1 ? 1'000 : 3'000;
}

double statusMb(const QString& path, const char* field)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double statusMb(const char* field)
{
    return statusMb(u"/proc/self/status"_s, field);
}

/// Where this process's memory goes, per part of the run: its peak RSS in the part (VmHWM,
/// reset when the part begins by writing 5 to /proc/self/clear_refs), SQLite's own peak
/// allocation in it (sqlite3_status64 of the library Qt's driver loaded: page caches, sorters,
/// in-memory temporary files), and the heap in use when it ends (mallinfo2; what RSS holds
/// beyond it is freed memory the allocator has kept).
class MemoryParts
{
public:
    void begin()
    {
        QFile clear(u"/proc/self/clear_refs"_s);
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
        if (auto status = sqliteStatus()) {
            long long current = 0, peak = 0;
            status(SqliteMemoryUsed, &current, &peak, 1);
        }
    }
    /// rss_<part>_peak_MB, sqlite_<part>_peak_MB, heap_<part>_MB.
    void end(benchmark::State& state, const std::string& part)
    {
        const double rss = statusMb("VmHWM:");
        m_peak = std::max(m_peak, rss);
        state.counters["rss_" + part + "_peak_MB"] = rss;
        if (auto status = sqliteStatus()) {
            long long current = 0, peak = 0;
            status(SqliteMemoryUsed, &current, &peak, 0);
            state.counters["sqlite_" + part + "_peak_MB"] = double(peak) / (1024.0 * 1024.0);
        }
        const struct mallinfo2 heap = mallinfo2();
        state.counters["heap_" + part + "_MB"] = double(heap.uordblks + heap.hblkhd) / (1024.0 * 1024.0);
    }
    /// The highest VmHWM of every part so far.
    double peakMb() const { return m_peak; }

private:
    using StatusFn = int (*)(int, long long*, long long*, int);
    static constexpr int SqliteMemoryUsed = 0; // SQLITE_STATUS_MEMORY_USED
    static StatusFn sqliteStatus()
    {
        // The library Qt's SQLite driver loaded (none before the first connection).
        static StatusFn fn = nullptr;
        if (!fn) {
            if (void* lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD))
                fn = reinterpret_cast<StatusFn>(dlsym(lib, "sqlite3_status64"));
        }
        return fn;
    }
    double m_peak = 0;
};

/// A store of the sandbox as its start-up summary lists it.
struct SandboxStore
{
    QString enterpriseId;
    QString storeId;
    int payments = 0;
};

/// The real `paydesk-sandbox` program in a process of its own, as a platform is another
/// machine: this process's memory (VmHWM) is then PayDesk's own (window, session worker, store,
/// feed parser), and the sandbox's serving takes none of its threads. The program is the one
/// built by the same tree (PAYDESK_SANDBOX_PROGRAM; PAYDESK_BENCH_SANDBOX overrides it); its
/// port and credentials come from the summary it prints once it listens.
class SandboxProcess
{
public:
    explicit SandboxProcess(int seedCount)
    {
        QString program = qEnvironmentVariable("PAYDESK_BENCH_SANDBOX");
        if (program.isEmpty())
            program = QString::fromUtf8(PAYDESK_SANDBOX_PROGRAM);
        // No simulated partner and no demo activity: the feed holds the seeded payments only.
        m_process.setProgram(program);
        m_process.setArguments(
            {u"--seed"_s, QString::number(seedCount), u"--scenario"_s, u"off"_s, u"--activity"_s, u"0"_s});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Ends with this process even when it is killed (a ctest timeout): a sandbox seeded with
        // 1M payments holds gigabytes.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.start();
        if (!m_process.waitForStarted(30'000)) {
            m_error = u"%1 did not start: %2"_s.arg(program, m_process.errorString());
            return;
        }
        // Seeding 1M payments takes a minute or more on a shared machine.
        static const QRegularExpression listening(u"^PayDesk sandbox listening on (\\S+)$"_s);
        static const QRegularExpression dealer(u"^dealer client\\s+id (\\S+)\\s+secret (\\S+)$"_s);
        static const QRegularExpression store(
            u"^\\S+/(\\w+)/(\\w+)/v1\\s.*\\(\\w+, (\\d+) payments, sequence \\d+\\)$"_s);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 1'800'000) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(1'000)) {
                if (m_process.state() == QProcess::NotRunning)
                    break;
                continue;
            }
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (auto m = listening.match(line); m.hasMatch())
                    m_baseUrl = QUrl(m.captured(1));
                else if (auto d = dealer.match(line); d.hasMatch()) {
                    m_clientId = d.captured(1);
                    m_clientSecret = d.captured(2);
                } else if (auto st = store.match(line); st.hasMatch())
                    m_stores.append({st.captured(1), st.captured(2), st.captured(3).toInt()});
                else if (line.startsWith(u"started in"_s))
                    return;
            }
        }
        m_error = u"%1 printed no complete summary (exit %2)"_s.arg(program).arg(m_process.exitCode());
    }
    ~SandboxProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM: the program stops cleanly
        if (!m_process.waitForFinished(120'000)) {
            m_process.kill();
            m_process.waitForFinished(10'000);
        }
    }
    /// Empty once the sandbox listens and its summary was read.
    QString error() const
    {
        if (!m_error.isEmpty())
            return m_error;
        if (!m_baseUrl.isValid() || m_clientId.isEmpty() || m_stores.isEmpty())
            return u"the sandbox's summary lacked its address, credentials or stores"_s;
        return {};
    }
    /// The sandbox's own peak memory (VmHWM of its process), in MB; -1 when unknown.
    double peakRssMb() const { return statusMb(u"/proc/%1/status"_s.arg(m_process.processId()), "VmHWM:"); }

    QUrl m_baseUrl;
    QString m_clientId;
    QString m_clientSecret;
    QList<SandboxStore> m_stores;

private:
    QProcess m_process;
    QString m_error;
};

/// Writes `perSecond` changes/s to the given payments from a thread of its own, for `ms`.
class LiveWriter
{
public:
    LiveWriter(PaymentStore& store, QList<Payment> payments, int perSecond, int ms)
    {
        m_thread.reset(QThread::create([&store, payments, perSecond, ms, this] {
            QEventLoop loop;
            QTimer timer;
            timer.setTimerType(Qt::PreciseTimer);
            timer.setInterval(1000 / perSecond);
            QElapsedTimer clock;
            clock.start();
            int k = 0;
            QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
                if (clock.elapsed() >= ms) {
                    loop.quit();
                    return;
                }
                Payment p = payments[k % payments.size()];
                p.version += 1 + k / int(payments.size());
                p.updatedAt = p.updatedAt.addMSecs(1 + k);
                p.description = u"live change %1"_s.arg(k);
                ++k;
                if (store.upsert(p))
                    ++m_written;
            });
            timer.start();
            loop.exec();
        }));
        m_thread->start();
    }
    ~LiveWriter() { m_thread->wait(); }
    bool isDone() const { return m_thread->isFinished(); }
    int written() const { return m_written; }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<int> m_written{0};
};

/// How many payments the table says it has (its rows, or the total counted beyond them).
qint64 shown(const ui::MainWindow& window)
{
    return std::max<qint64>(window.model()->rowCount(), window.model()->totalCount());
}

void setStallCounters(benchmark::State& state, const char* phase, const bench::StallProbe& probe)
{
    state.counters[std::string("stall_") + phase + "_p99_ms"] = probe.p99Ms();
    state.counters[std::string("stall_") + phase + "_max_ms"] = probe.maxMs();
    state.counters[std::string("stall_") + phase + "_own_p99_ms"] = probe.ownP99Ms();
    state.counters[std::string("stall_") + phase + "_own_max_ms"] = probe.ownMaxMs();
    state.counters[std::string("ticks_") + phase] = probe.ticks();
}

void GuiStallsAndPeakRss(benchmark::State& state)
{
    const int rows = benchRows();
    // A profile syncs one enterprise, which the sandbox's seeding gives a fixed share of its
    // payments: seed enough that the profile's stores hold `rows`.
    int seed = rows;
    {
        const SandboxProcess sample(10'000);
        if (const QString error = sample.error(); !error.isEmpty()) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        int share = 0;
        for (const SandboxStore& s : sample.m_stores) {
            if (s.enterpriseId == sample.m_stores.first().enterpriseId)
                share += s.payments;
        }
        if (share > 0)
            seed = int((qint64(rows) * 10'000 + share - 1) / share);
    }
    for (auto _ : state) {
        const SandboxProcess sandbox(seed);
        if (const QString error = sandbox.error(); !error.isEmpty()) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        int expected = 0;
        SyncSession::Config config;
        config.profile.name = u"bench"_s;
        config.profile.baseUrl = sandbox.m_baseUrl;
        config.profile.localTestPlatform = true; // the sandbox speaks plain http on loopback
        config.profile.clientId = sandbox.m_clientId;
        config.profile.enterpriseId = sandbox.m_stores.first().enterpriseId;
        for (const SandboxStore& s : sandbox.m_stores) {
            if (s.enterpriseId == config.profile.enterpriseId) {
                config.profile.storeIds << s.storeId;
                expected += s.payments;
            }
        }
        QTemporaryDir dir;
        config.cachePath = dir.filePath(u"cache.sqlite"_s);
        MemorySecretStore secrets;
        bool written = false;
        secrets.write(config.profile.clientSecretKey(), sandbox.m_clientSecret.toUtf8(), &secrets,
                      [&](SecretStore::DoneResult r) { written = r.ok(); });
        if (!QTest::qWaitFor([&] { return written; }, 5000)) {
            state.SkipWithError("the secret store did not answer");
            return;
        }
        const double beforeMb = statusMb("VmRSS:");

        SyncSession session(config, secrets);
        if (auto opened = session.open(); !opened) {
            state.SkipWithError(qPrintable(opened.error()));
            return;
        }
        ui::MainWindow window(session.store());
        window.setSession(&session);
        window.resize(1400, 900);
        window.show();
        (void)QTest::qWaitForWindowExposed(&window);

        // 0. The noise floor: the window open and idle for 1 s (on a shared machine the GUI
        // thread also waits for a core).
        bench::StallProbe probe;
        QElapsedTimer clock;
        clock.start();
        probe.start();
        (void)bench::runUntil([&] { return clock.elapsed() >= 1000; }, 2000);
        probe.stop();
        setStallCounters(state, "idle", probe);

        // 1. The first sync.
        MemoryParts memory;
        memory.end(state, "setup"); // from the process's start to here
        memory.begin();
        clock.restart();
        probe.start();
        session.start();
        // Progress on stderr every 10 s (a 1M sync takes minutes). Not the cache's count: that
        // read (a scan of the table while its indexes are set aside) would be a stall of the
        // GUI thread that the benchmark made itself.
        QTimer progress;
        QObject::connect(&progress, &QTimer::timeout, &probe, [&] {
            std::fprintf(stderr, "%.0f s: synced %d, table shows %lld of %d\n",
                         double(clock.elapsed()) / 1000.0, int(session.isSynced()),
                         static_cast<long long>(shown(window)), expected);
        });
        progress.start(10'000);
        const bool synced =
            bench::runUntil([&] { return session.isSynced() && shown(window) >= expected; }, 3'600'000);
        progress.stop();
        probe.stop();
        const double syncS = double(clock.elapsed()) / 1000.0;
        if (!synced) {
            state.SkipWithError("the first sync did not finish");
            return;
        }
        setStallCounters(state, "sync", probe);
        memory.end(state, "sync");
        memory.begin();
        // After the load the cache's indexes are built on a thread of the store's (1 while
        // that ran when the typing began).
        state.counters["indexing_at_keys"] = session.store()->isIndexing() ? 1 : 0;

        // 2. A burst of 20 keystrokes, one every 50 ms, with the app's own debounce; then the
        // answer to the last one.
        QLineEdit* search = window.filterBar()->searchEdit();
        search->setFocus();
        const QList<int> keys = {'h',
                                 'a',
                                 'r',
                                 't',
                                 Qt::Key_Backspace,
                                 Qt::Key_Backspace,
                                 Qt::Key_Backspace,
                                 Qt::Key_Backspace,
                                 'r',
                                 '-',
                                 '1',
                                 '0',
                                 '0',
                                 '4',
                                 Qt::Key_Backspace,
                                 Qt::Key_Backspace,
                                 Qt::Key_Backspace,
                                 Qt::Key_Backspace,
                                 Qt::Key_Backspace,
                                 '1'};
        int refreshes = 0;
        const QMetaObject::Connection counted =
            QObject::connect(window.model(), &ui::PaymentTableModel::refreshed, &probe, [&] { ++refreshes; });
        probe.start();
        for (int key : keys) {
            const qint64 slotEnd = clock.elapsed() + 50;
            if (key < 128)
                QTest::keyClick(search, char(key));
            else
                QTest::keyClick(search, Qt::Key(key));
            // The typing pace is what the phase defines; the event loop runs meanwhile.
            (void)bench::runUntil([&] { return clock.elapsed() >= slotEnd; }, 100);
        }
        const int before = refreshes;
        // The answer to the last keystroke (after the debounce), then the probe stops.
        (void)bench::runUntil([&] { return refreshes > before; }, 30'000);
        probe.stop();
        QObject::disconnect(counted);
        setStallCounters(state, "keys", probe);
        search->clear();
        window.filterBar()->clear();
        (void)bench::runUntil([&] { return shown(window) >= expected; }, 30'000);
        memory.end(state, "keys");

        // 3. Until the cache's indexes are built, if they still are (the window open, idle): a
        // live change is a write, which waits while the build holds the cache's write lock (at
        // 1M, 38 of 600 changes were written in the live phase during the build).
        memory.begin();
        clock.restart();
        probe.start();
        const bool indexed = bench::runUntil([&] { return !session.store()->isIndexing(); }, 3'600'000);
        probe.stop();
        if (!indexed) {
            state.SkipWithError("the indexes were never built");
            return;
        }
        state.counters["indexes_after_keys_s"] = double(clock.elapsed()) / 1000.0;
        setStallCounters(state, "indexes", probe);
        memory.end(state, "indexes");

        memory.begin();
        // 4. 200 live changes/s for 3 s to the 20 payments at the top of the table.
        QList<Payment> top;
        for (int r = 0; r < 20 && r < window.model()->rowCount(); ++r) {
            const QString id = window.model()->paymentIdAt(r);
            if (auto p = session.store()->payment(id); p && p->has_value())
                top << **p;
        }
        if (top.isEmpty()) {
            state.SkipWithError("no rows at the top of the table");
            return;
        }
        probe.start();
        int changes = 0;
        {
            LiveWriter writer(*session.store(), top, 200, liveMs());
            (void)bench::runUntil([&] { return writer.isDone(); }, 60'000);
            changes = writer.written();
        }
        probe.stop();
        setStallCounters(state, "live", probe);
        state.counters["live_changes"] = changes;
        memory.end(state, "live");

        // This process is PayDesk alone (the sandbox is another process): its VmHWM is
        // PayDesk's peak (the highest of every part's).
        state.counters["rss_before_session_MB"] = beforeMb;
        state.counters["rss_sync_peak_MB"] =
            std::max(state.counters["rss_setup_peak_MB"].value, state.counters["rss_sync_peak_MB"].value);
        state.counters["rss_paydesk_peak_MB"] = memory.peakMb();
        state.counters["rss_after_MB"] = statusMb("VmRSS:");
        state.counters["sandbox_rss_peak_MB"] = sandbox.peakRssMb();
        state.counters["sync_s"] = syncS;
        state.counters["payments"] = expected;
        state.SetIterationTime(syncS);
        session.shutdown();
    }
}

} // namespace

BENCHMARK(GuiStallsAndPeakRss)->UseManualTime()->Unit(benchmark::kSecond)->Iterations(1);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    paydesk::test::usePrivateHome(home.path());
    QLoggingCategory::setFilterRules(u"paydesk.*.info=false\npaydesk.*.debug=false"_s);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"PayDeskBench"_s);
    QApplication::setApplicationName(u"PayDeskStallBench"_s);
    return paydesk::bench::runBenchmarks(argc, argv);
}
