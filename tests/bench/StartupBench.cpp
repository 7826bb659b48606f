// Start to first painted table, measured from process start (issue 9: "≤ 1.5× a bare QTableView
// program showing the same first page, measured from process start").
//
// The benchmark builds a cache of N payments once (PAYDESK_BENCH_ROWS, default 100k; 5k with
// PAYDESK_BENCH_SMALL=1; kept in PAYDESK_BENCH_CACHE_DIR when set), then starts this same
// program as a child, in turn:
//   --child=paydesk CACHE  the real MainWindow over the real PaymentStore on that cache;
//   --child=bare CACHE     a bare QTableView + QStandardItemModel with the same first page
//                          (newest first), read by one plain SQL query from the same file.
// Each child prints the monotonic clock (ns) at the first paint of its table's viewport and
// exits; the parent reads the clock just before starting the child. Both are measured the
// same way, each round (5 rounds, 2 in the smoke run) alternating which goes first.
// Counters: paydesk_ms, bare_ms (medians) and ratio (target ≤ 1.5).
#include "../ui/UiTestData.h"
#include "BenchMain.h"
#include "MainWindow.h"
#include "PrivateTestHome.h"
#include "store/PaymentStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QPaintEvent>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace paydesk;

namespace {

bool smallRun()
{
    return qEnvironmentVariableIntValue("PAYDESK_BENCH_SMALL") == 1;
}

int benchRows()
{
    if (smallRun())
        return 5'000;
    const int rows = qEnvironmentVariableIntValue("PAYDESK_BENCH_ROWS");
    return rows > 0 ? rows : 100'000;
}

/// CLOCK_MONOTONIC in ns: one clock for the parent and its children.
qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

/// Prints the clock at the first paint of `widget` and quits.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget* widget) { widget->installEventFilter(this); }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            const qint64 at = monotonicNs();
            std::printf("first-paint-ns %lld\n", static_cast<long long>(at));
            std::fflush(stdout);
            QMetaObject::invokeMethod(
                qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        }
        return false;
    }

private:
    bool m_done = false;
};

int runChild(const QString& kind, const QString& cachePath, int argc, char** argv)
{
    QApplication app(argc, argv);
    if (kind == u"paydesk"_s) {
        auto store = PaymentStore::open(cachePath);
        if (!store)
            return 3;
        ui::MainWindow window(store->get());
        window.resize(1400, 900);
        FirstPaint probe(window.table()->viewport());
        window.show();
        return QApplication::exec();
    }
    // The bare program: one query for the first page, a standard model, a table view.
    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
    db.setDatabaseName(cachePath);
    if (!db.open())
        return 3;
    QStandardItemModel model(0, 7);
    model.setHorizontalHeaderLabels(
        {u"Status"_s, u"Customer"_s, u"Reference"_s, u"Amount"_s, u"Provider"_s, u"Store"_s, u"Updated"_s});
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT status, customer_name, reference_number, amount_minor, currency, provider, "
                    "store_id, updated_at FROM payments ORDER BY updated_at DESC LIMIT 100"_s))
            return 3;
        const QLocale locale;
        while (q.next()) {
            QList<QStandardItem*> items;
            items << new QStandardItem(q.value(0).toString()) << new QStandardItem(q.value(1).toString())
                  << new QStandardItem(q.value(2).toString())
                  << new QStandardItem(locale.toString(q.value(3).toLongLong() / 100.0, 'f', 2) + u' ' +
                                       q.value(4).toString())
                  << new QStandardItem(q.value(5).toString()) << new QStandardItem(q.value(6).toString())
                  << new QStandardItem(locale.toString(
                         QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong()), QLocale::ShortFormat));
            model.appendRow(items);
        }
    }
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(1400, 900);
    FirstPaint probe(view.viewport());
    view.show();
    return QApplication::exec();
}

QString cachePath()
{
    const int rows = benchRows();
    QString dir = qEnvironmentVariable("PAYDESK_BENCH_CACHE_DIR");
    static QTemporaryDir temporary;
    if (dir.isEmpty())
        dir = temporary.path();
    const QString path = QDir(dir).filePath(u"startup-bench-cache-%1.sqlite"_s.arg(rows));
    auto store = PaymentStore::open(path);
    if (!store)
        qFatal("cannot open the bench cache");
    PaymentQuery all;
    all.limit = 0;
    if ((*store)->count(all).valueOr(0) < rows) {
        QElapsedTimer t;
        t.start();
        if (!uitest::fill(**store, rows, QDateTime::currentDateTimeUtc(), 10000))
            qFatal("cannot fill the bench cache");
        std::fprintf(stderr, "filled %d payments in %.1f s\n", rows, double(t.elapsed()) / 1000.0);
    }
    return path;
}

/// Starts this program as a child of `kind`; ms from just before the start to its first paint.
double childMs(const QString& kind, const QString& cache)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 start = monotonicNs();
    child.start(QCoreApplication::applicationFilePath(), {u"--child=%1"_s.arg(kind), cache});
    if (!child.waitForFinished(120'000) || child.exitCode() != 0)
        return -1;
    const QByteArray out = child.readAllStandardOutput();
    const int at = out.indexOf("first-paint-ns ");
    if (at < 0)
        return -1;
    const qint64 painted = out.mid(at + 15).trimmed().split('\n').first().toLongLong();
    return double(painted - start) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void StartToFirstPaintFromProcessStart(benchmark::State& state)
{
    const QString cache = cachePath();
    const int rounds = smallRun() ? 2 : 5;
    std::vector<double> ours;
    std::vector<double> bare;
    for (auto _ : state) {
        for (int r = 0; r < rounds; ++r) {
            const bool oursFirst = r % 2 == 0;
            const double a = childMs(oursFirst ? u"paydesk"_s : u"bare"_s, cache);
            const double b = childMs(oursFirst ? u"bare"_s : u"paydesk"_s, cache);
            if (a < 0 || b < 0) {
                state.SkipWithError("a child program did not paint its table");
                return;
            }
            ours.push_back(oursFirst ? a : b);
            bare.push_back(oursFirst ? b : a);
        }
        state.SetIterationTime(median(ours) / 1000.0);
    }
    state.counters["rows"] = benchRows();
    state.counters["paydesk_ms"] = median(ours);
    state.counters["bare_ms"] = median(bare);
    state.counters["ratio"] = median(bare) > 0 ? median(ours) / median(bare) : 0;
}

} // namespace

BENCHMARK(StartToFirstPaintFromProcessStart)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    paydesk::test::usePrivateHome(home.path());
    QLoggingCategory::setFilterRules(u"paydesk.*.info=false"_s);
    if (argc >= 3 && std::strncmp(argv[1], "--child=", 8) == 0)
        return runChild(QString::fromUtf8(argv[1] + 8), QString::fromUtf8(argv[2]), argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PayDeskBench"_s);
    QCoreApplication::setApplicationName(u"PayDeskStartupBench"_s);
    return paydesk::bench::runBenchmarks(argc, argv);
}
