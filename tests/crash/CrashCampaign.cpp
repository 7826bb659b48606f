// A thousand kill -9s (RELIABILITY "crash safety" and "exactly once"), run by
// scripts/crash-campaign [N]:
//
// - an in-process sandbox with new requests, cancels and resends arriving from its DMS, and
//   some latency on the action routes so kills land between sending and the answer;
// - N times: start paydesk_crash_child (a real SyncSession on a real SQLite cache), kill -9 it
//   after a random time. Every other run syncs (its cache is emptied every 20th such run, so
//   kills also land in first syncs); the others first queue dealer actions (initiate, resend,
//   cancel) into a cache that is never emptied;
// - the child never ends by itself (it stays live on push after syncing), so every run ends in
//   a kill: during start-up, the first sync, catch-up, live push or between send and answer;
// - after each kill: PRAGMA integrity_check is "ok"; every payment the platform has with its
//   last change at or before the cache's stored cursor is cached exactly as the platform has
//   it, and nothing is cached that the platform does not have; the next run of the same cache
//   reports the cursor the killed one committed (it resumes);
// - at the end, with the DMS and the sandbox's timers stopped, each cache runs to completion
//   (again, until it has caught up with the platform's latest sequence): the cache equals the
//   platform, every action queued in the outbox was sent or refused for good, each new
//   request exists exactly once on the platform, and each sent action's idempotency key has
//   exactly one completed record there.
//
// Prints the counts; exits 1 when any check failed.

#include "Sandbox.h"
#include "faults/FaultInjector.h"
#include "platform/DmsActivity.h"
#include "platform/IdempotencyStore.h"
#include "platform/PlatformState.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace paydesk;
using namespace Qt::StringLiterals;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Counts
{
    int kills = 0;
    int finishedBeforeKill = 0;
    int syncKills = 0;
    int actionKills = 0;
    int integrityFailures = 0;
    int lostRows = 0;
    int unknownRows = 0;
    int resumeFailures = 0;
    int childErrors = 0;
    int actionsQueued = 0;
    int actionsSent = 0;
    int actionsRefused = 0;
    int actionsLost = 0;
    int actionsDuplicated = 0;
    int finalMismatches = 0;
};

class Campaign
{
public:
    Campaign(sandbox::Sandbox& sandbox, QString child, QString dir, quint32 seed)
        : m_sandbox(sandbox)
        , m_child(std::move(child))
        , m_dir(std::move(dir))
        , m_random(seed)
    {
        const auto stores = m_sandbox.state().stores();
        m_enterpriseId = stores.constFirst().enterpriseId;
        for (const auto& s : stores) {
            if (s.enterpriseId == m_enterpriseId)
                m_storeIds << s.storeId;
        }
    }

    Counts run(int kills)
    {
        const QString syncCache = m_dir + u"/sync.sqlite"_s;
        const QString actionsCache = m_dir + u"/actions.sqlite"_s;
        int syncRuns = 0;
        while (m_counts.kills < kills) {
            const bool actions = m_counts.kills % 2 == 1;
            const QString cache = actions ? actionsCache : syncCache;
            if (!actions && syncRuns++ % 20 == 0) {
                for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                    QFile::remove(cache + QString::fromLatin1(suffix));
                m_cursors.remove(cache);
            }
            // From before the cache is open to well after the first sync and the last answer.
            const int killAfterMs = 20 + int(m_random.bounded(1500u));
            if (!runChild(cache, actions, killAfterMs, nullptr)) {
                ++m_counts.finishedBeforeKill; // it must not end by itself: a child error
                checkCache(cache);
                continue;
            }
            ++m_counts.kills;
            ++(actions ? m_counts.actionKills : m_counts.syncKills);
            checkCache(cache);
            if (m_counts.kills % 50 == 0)
                out() << "  " << m_counts.kills << " kills…" << Qt::endl;
        }

        // The end: no more DMS changes, each cache runs to completion and must equal the platform.
        if (auto* dms = m_sandbox.findChild<sandbox::DmsActivity*>())
            dms->stop();
        m_sandbox.state().stopTimers();
        for (const QString& cache : {syncCache, actionsCache}) {
            // What the platform does after an action (e.g. notifying the customer) may land
            // after a run converged: run again until nothing is left beyond the cursor.
            int behind = -1;
            for (int attempt = 0; attempt < 5 && behind != 0; ++attempt) {
                bool converged = false;
                runChild(cache, cache == actionsCache && attempt == 0, -1, &converged);
                if (!converged)
                    ++m_counts.childErrors;
                checkCache(cache);
                behind = paymentsBeyondCursor(cache);
            }
            if (behind != 0) {
                ++m_counts.finalMismatches;
                out() << cache << ": still " << behind << " payments behind after the final runs" << Qt::endl;
            }
        }
        checkActions(actionsCache);
        return m_counts;
    }

private:
    /// Runs the child on `cache`; kills it after `killAfterMs` (never when negative). True when
    /// it was killed, false when it finished first. Checks the cursors it reports.
    bool runChild(const QString& cache, bool actions, int killAfterMs, bool* converged)
    {
        QProcess child;
        QStringList args{
            u"--url"_s,    m_sandbox.baseUrl().toString(), u"--client-id"_s,  m_sandbox.clientId(),
            u"--secret"_s, m_sandbox.clientSecret(),       u"--enterprise"_s, m_enterpriseId,
            u"--stores"_s, m_storeIds.join(u','),          u"--cache"_s,      cache};
        if (actions)
            args << u"--actions"_s << u"--run"_s << QString::number(m_actionRun++);
        if (killAfterMs < 0)
            args << u"--until-converged"_s;
        QByteArray output;
        QEventLoop loop;
        QObject::connect(&child, &QProcess::readyReadStandardOutput, &loop,
                         [&] { output += child.readAllStandardOutput(); });
        QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&child, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                loop.quit();
        });
        bool killed = false;
        QTimer killer;
        killer.setSingleShot(true);
        QObject::connect(&killer, &QTimer::timeout, &loop, [&] {
            if (child.state() != QProcess::NotRunning) {
                killed = true;
                child.kill(); // SIGKILL
            }
        });
        // A final run that does not converge within two minutes has failed.
        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&limit, &QTimer::timeout, &loop, [&] { child.kill(); });
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(m_child, args);
        if (killAfterMs >= 0)
            killer.start(killAfterMs);
        else
            limit.start(120000);
        loop.exec(); // the sandbox serves the child meanwhile
        output += child.readAllStandardOutput();

        if (!killed && (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)) {
            ++m_counts.childErrors;
            out() << "child failed (" << child.exitCode() << "): " << output << Qt::endl;
        }
        if (converged)
            *converged = !killed && output.contains("converged\n");
        // The cursors it found are the ones the last run committed.
        const QHash<QString, qint64> expected = m_cursors.value(cache);
        for (const QByteArray& line : output.split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() != 3 || words[0] != "cursor")
                continue;
            const QString storeId = QString::fromUtf8(words[1]);
            const qint64 found = words[2].toLongLong();
            if (expected.contains(storeId) && expected.value(storeId) != found) {
                ++m_counts.resumeFailures;
                out() << "resume: store " << storeId << " expected cursor " << expected.value(storeId)
                      << ", found " << found << Qt::endl;
            }
        }
        return killed;
    }

    struct CachedRow
    {
        qint64 version = 0;
        QString status;
    };

    /// Integrity, rows up to the cursor, nothing invented; remembers the cursors.
    void checkCache(const QString& cache)
    {
        if (!QFile::exists(cache))
            return; // killed before the cache was created
        const QString connection = u"check-%1"_s.arg(++m_connections);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(cache);
            if (!db.open()) {
                ++m_counts.integrityFailures;
                out() << "cannot open " << cache << Qt::endl;
                return;
            }
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next() || q.value(0).toString() != u"ok") {
                ++m_counts.integrityFailures;
                out() << "integrity_check: " << q.value(0).toString() << Qt::endl;
            }
            QHash<QString, qint64> cursors;
            if (q.exec(u"SELECT store_id, sequence FROM sync_cursors"_s)) {
                while (q.next())
                    cursors.insert(q.value(0).toString(), q.value(1).toLongLong());
            }
            m_cursors[cache] = cursors;
            QHash<QString, CachedRow> rows;
            if (q.exec(u"SELECT payment_id, version, status FROM payments WHERE provider = 'keyloop'"_s)) {
                while (q.next())
                    rows.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString()});
            }
            for (const QString& storeId : m_storeIds) {
                const qint64 cursor = cursors.value(storeId, 0);
                for (const Payment& p : platformPayments(storeId)) {
                    const auto cached = rows.constFind(p.paymentId);
                    if (p.sequence <= cursor) {
                        if (cached == rows.constEnd() || cached->version != p.version) {
                            ++m_counts.lostRows;
                            out() << "row " << p.paymentId << " (sequence " << p.sequence << " <= cursor "
                                  << cursor << ") is "
                                  << (cached == rows.constEnd() ? u"missing"_s : u"stale"_s) << Qt::endl;
                        }
                    }
                    if (cached != rows.constEnd() && cached->version > p.version) {
                        ++m_counts.unknownRows;
                        out() << "row " << p.paymentId << " is newer in the cache than on the platform"
                              << Qt::endl;
                    }
                    rows.remove(p.paymentId);
                }
            }
            m_counts.unknownRows += int(rows.size());
            for (auto it = rows.cbegin(); it != rows.cend(); ++it)
                out() << "row " << it.key() << " is cached but not on the platform" << Qt::endl;
        }
        QSqlDatabase::removeDatabase(connection);
    }

    /// How many platform payments changed after the cache's cursor (checkCache() has checked
    /// every one before it).
    int paymentsBeyondCursor(const QString& cache) const
    {
        const QHash<QString, qint64> cursors = m_cursors.value(cache);
        int behind = 0;
        for (const QString& storeId : m_storeIds) {
            for (const Payment& p : platformPayments(storeId))
                behind += p.sequence > cursors.value(storeId, 0) ? 1 : 0;
        }
        return behind;
    }

    /// Every queued action: sent or refused for good; new requests exist once; keys done once.
    void checkActions(const QString& cache)
    {
        QHash<QString, int> completedByKey;
        for (const auto& record : m_sandbox.idempotency().records()) {
            if (record.completed)
                ++completedByKey[record.key];
        }
        const QString connection = u"actions-%1"_s.arg(++m_connections);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(cache);
            db.open();
            QSqlQuery q(db);
            q.exec(u"SELECT idempotency_key, kind, state, payload FROM outbox"_s);
            while (q.next()) {
                ++m_counts.actionsQueued;
                const QString key = q.value(0).toString();
                const QString kind = q.value(1).toString();
                const QString state = q.value(2).toString();
                if (state == u"failed") {
                    ++m_counts.actionsRefused;
                    continue;
                }
                if (state != u"sent" || completedByKey.value(key) == 0) {
                    ++m_counts.actionsLost;
                    out() << "action " << kind << " " << key << " is " << state << " with "
                          << completedByKey.value(key) << " platform records" << Qt::endl;
                    continue;
                }
                ++m_counts.actionsSent;
                if (completedByKey.value(key) > 1)
                    ++m_counts.actionsDuplicated;
                if (kind == u"initiate") {
                    const QJsonObject payload = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
                    const QString reference =
                        payload.value(u"reference"_s).toObject().value(u"number"_s).toString();
                    const int onPlatform = platformCountWithReference(reference);
                    if (onPlatform > 1)
                        ++m_counts.actionsDuplicated;
                    if (onPlatform == 0)
                        ++m_counts.actionsLost;
                    if (onPlatform != 1)
                        out() << "request " << reference << " exists " << onPlatform << " times" << Qt::endl;
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }

    QList<Payment> platformPayments(const QString& storeId) const
    {
        QList<Payment> all;
        sandbox::PaymentQuery query;
        query.limit = 1000;
        for (;;) {
            const auto page = m_sandbox.state().feed(m_enterpriseId, storeId, query);
            all += page.payments;
            if (!page.hasMore || page.payments.isEmpty())
                return all;
            query.sinceSequence = page.nextSequence;
        }
    }

    int platformCountWithReference(const QString& reference) const
    {
        int count = 0;
        for (const QString& storeId : m_storeIds) {
            for (const Payment& p : platformPayments(storeId))
                count += p.reference.number == reference ? 1 : 0;
        }
        return count;
    }

    sandbox::Sandbox& m_sandbox;
    QString m_child;
    QString m_dir;
    QRandomGenerator m_random;
    QString m_enterpriseId;
    QStringList m_storeIds;
    Counts m_counts;
    int m_actionRun = 0;
    int m_connections = 0;
    QHash<QString, QHash<QString, qint64>> m_cursors;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"kills"_s, u"How many kill -9s (default 1000)"_s);
    const QCommandLineOption seed(u"seed"_s, u"Random seed"_s, u"n"_s, u"1"_s);
    const QCommandLineOption child(u"child"_s, u"The child program"_s, u"path"_s,
                                   QCoreApplication::applicationDirPath() + u"/paydesk_crash_child"_s);
    const QCommandLineOption payments(u"payments"_s, u"Seeded payments per store"_s, u"n"_s, u"1500"_s);
    parser.addOptions({seed, child, payments});
    parser.addHelpOption();
    parser.process(app);
    const int kills = parser.positionalArguments().value(0, u"1000"_s).toInt();

    QTemporaryDir dir;
    sandbox::SandboxOptions options;
    options.seedCount = parser.value(payments).toInt();
    options.dmsActivityMs = 40; // a change every 40 ms: 25 a second while the children sync
    options.randomSeed = parser.value(seed).toUInt();
    sandbox::Sandbox sandbox(options);
    if (auto started = sandbox.start(); !started) {
        out() << "sandbox: " << started.error() << Qt::endl;
        return 2;
    }
    sandbox::FaultSpec slow;
    slow.latencyMs = 150;
    for (const QString& route : {u"payments.initiate"_s, u"payments.cancel"_s, u"payments.resend"_s})
        sandbox.faults().set(route, slow);

    out() << "crash campaign: " << kills << " kills, seed " << parser.value(seed) << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    Campaign campaign(sandbox, parser.value(child), dir.path(), parser.value(seed).toUInt());
    const Counts c = campaign.run(kills);

    out() << "\nkills                         " << c.kills << " (" << c.syncKills << " syncing, "
          << c.actionKills << " with actions in flight)\n"
          << "runs that ended by themselves " << c.finishedBeforeKill << "\n"
          << "integrity failures            " << c.integrityFailures << "\n"
          << "lost or stale rows            " << c.lostRows << "\n"
          << "rows the platform lacks       " << c.unknownRows << "\n"
          << "runs that did not resume      " << c.resumeFailures << "\n"
          << "child errors                  " << c.childErrors << "\n"
          << "actions queued                " << c.actionsQueued << " (" << c.actionsSent << " sent, "
          << c.actionsRefused << " refused for good)\n"
          << "actions lost                  " << c.actionsLost << "\n"
          << "actions duplicated            " << c.actionsDuplicated << "\n"
          << "caches not converged at end   " << c.finalMismatches << "\n"
          << "time                          " << timer.elapsed() / 1000 << " s" << Qt::endl;
    const bool ok = c.integrityFailures == 0 && c.lostRows == 0 && c.unknownRows == 0 &&
                    c.resumeFailures == 0 && c.childErrors == 0 && c.finishedBeforeKill == 0 &&
                    c.actionsLost == 0 && c.actionsDuplicated == 0 && c.finalMismatches == 0 &&
                    c.actionsQueued > 0;
    out() << (ok ? "PASS" : "FAIL") << Qt::endl;
    return ok ? 0 : 1;
}
