// The process scripts/crash-campaign kills: a real SyncSession (worker thread, SQLite cache,
// outbox) syncing from a sandbox over loopback, optionally queueing dealer actions first.
//
//   paydesk_crash_child --url URL --client-id ID --secret S --enterprise E --stores S1,S2
//                       --cache FILE [--run R --actions] [--until-converged]
//
// Prints `cursor <store> <sequence>` for each store as found in the cache before starting (the
// campaign checks that a run resumes where the killed one committed), then `converged` once
// every store finished its sync and no action waits any more; it then stays live (push) until
// it is killed, or exits 0 with --until-converged. With --actions, run
// R first queues: two new requests (references CR-R-0 and CR-R-1), a resend of CR-(R-1)-0 and
// a cancel of CR-(R-1)-1 when those are cached.

#include "api/ConnectionProfile.h"
#include "secrets/MemorySecretStore.h"
#include "store/PaymentStore.h"
#include "sync/SyncSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace paydesk;
using namespace Qt::StringLiterals;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

std::optional<Payment> cachedByReference(PaymentStore& store, const QString& storeId,
                                         const QString& reference)
{
    auto found = store.paymentsWithReference(reference, {storeId});
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->constFirst();
}

void queueActions(SyncSession& session, const QString& enterpriseId, const QString& storeId, int run)
{
    for (int i = 0; i < 2; ++i) {
        InitiateRequest initiate;
        initiate.enterpriseId = enterpriseId;
        initiate.storeId = storeId;
        initiate.customer = {u"Crash Campaign"_s, u"campaign@example.com"_s, {}};
        initiate.channels = Channel::Email;
        initiate.reference =
            PaymentReference::make(PaymentReference::Type::Invoice, u"CR-%1-%2"_s.arg(run).arg(i));
        initiate.description = u"Crash campaign run %1"_s.arg(run);
        initiate.amount = *Money::fromMinor(1000 + run, u"GBP"_s);
        if (auto queued = session.submit(initiate); !queued)
            out() << "refused initiate " << queued.error().constFirst().message << Qt::endl;
    }
    if (run == 0)
        return;
    if (auto p = cachedByReference(*session.store(), storeId, u"CR-%1-0"_s.arg(run - 1))) {
        ResendRequest resend{enterpriseId, storeId, p->paymentId, p->customer, Channel::Email};
        if (auto queued = session.submit(resend); !queued)
            out() << "refused resend " << queued.error().constFirst().message << Qt::endl;
    }
    if (auto p = cachedByReference(*session.store(), storeId, u"CR-%1-1"_s.arg(run - 1))) {
        CancelRequest cancel{enterpriseId, storeId, p->paymentId, u"Paid another way"_s};
        if (auto queued = session.submit(cancel); !queued)
            out() << "refused cancel " << queued.error().constFirst().message << Qt::endl;
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption url(u"url"_s, u"Sandbox base URL"_s, u"url"_s);
    const QCommandLineOption clientId(u"client-id"_s, u"Dealer client id"_s, u"id"_s);
    const QCommandLineOption secret(u"secret"_s, u"Dealer client secret"_s, u"secret"_s);
    const QCommandLineOption enterprise(u"enterprise"_s, u"Enterprise id"_s, u"id"_s);
    const QCommandLineOption stores(u"stores"_s, u"Store ids, comma-separated"_s, u"ids"_s);
    const QCommandLineOption cache(u"cache"_s, u"Cache file"_s, u"file"_s);
    const QCommandLineOption run(u"run"_s, u"Run number"_s, u"n"_s, u"0"_s);
    const QCommandLineOption actions(u"actions"_s, u"Queue dealer actions first"_s);
    const QCommandLineOption untilConverged(u"until-converged"_s, u"Exit once converged"_s);
    parser.addOptions({url, clientId, secret, enterprise, stores, cache, run, actions, untilConverged});
    parser.process(app);

    SyncSession::Config config;
    config.profile.name = u"crash"_s;
    config.profile.baseUrl = QUrl(parser.value(url));
    config.profile.clientId = parser.value(clientId);
    config.profile.enterpriseId = parser.value(enterprise);
    config.profile.storeIds = parser.value(stores).split(u',');
    config.profile.localTestPlatform = true;
    config.cachePath = parser.value(cache);
    config.user = u"crash-campaign"_s;

    MemorySecretStore secrets;
    secrets.write(config.profile.clientSecretKey(), parser.value(secret).toUtf8(), &app,
                  [](SecretStore::DoneResult) {});

    SyncSession session(config, secrets);
    if (auto opened = session.open(); !opened) {
        out() << "open failed: " << opened.error() << Qt::endl;
        return 2;
    }
    for (const QString& storeId : config.profile.storeIds) {
        const auto cursor = session.store()->syncCursor(config.profile.enterpriseId, storeId);
        out() << "cursor " << storeId << ' ' << (cursor ? *cursor : -1) << Qt::endl;
    }
    if (parser.isSet(actions))
        queueActions(session, config.profile.enterpriseId, config.profile.storeIds.constFirst(),
                     parser.value(run).toInt());

    const auto waiting = session.store()->queuedActionCount();
    int queued = waiting ? *waiting : 0;
    bool synced = false;
    bool converged = false;
    const auto finishWhenDone = [&] {
        if (synced && queued == 0 && !converged) {
            converged = true;
            out() << "converged" << Qt::endl;
            if (parser.isSet(untilConverged))
                app.exit(0);
        }
    };
    QObject::connect(&session, &SyncSession::synced, &app, [&] {
        synced = true;
        finishWhenDone();
    });
    QObject::connect(&session, &SyncSession::queuedCountChanged, &app, [&](int count) {
        queued = count;
        finishWhenDone();
    });
    session.start();
    return app.exec();
}
