// A child process for SecretKeychainStoreTest. QtKeychain picks its backend, and GLib its D-Bus
// session connection, once per process, so every scenario that needs a different D-Bus
// environment (none at all, a bus that never answers) runs here, in a fresh process, and
// prints what it saw as key=value lines for the test to check.
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTextStream>

using namespace paydesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30'000;

QString describe(const SecretStore::ReadResult& r)
{
    if (!r.ok())
        return SecretError::kindName(r.error().kind);
    return r->has_value() ? u"value:"_s + QString::fromUtf8(**r) : u"absent"_s;
}

QString describe(const SecretStore::DoneResult& r)
{
    return r.ok() ? u"ok"_s : QString(SecretError::kindName(r.error().kind));
}

// createDefault() against whatever D-Bus session the environment names: reports what it chose
// and whether secrets still work for the session.
int probe(QTextStream& out)
{
    QElapsedTimer timer;
    timer.start();
    auto store = SecretStore::createDefault(u"PayDeskChildTest"_s);
    if (!QTest::qWaitFor([&] { return store->isReady(); }, kWaitMs)) {
        out << "ready=0\n";
        return 1;
    }
    out << "ready=1\n"
        << "persistent=" << (store->isPersistent() ? 1 : 0) << '\n'
        << "probeMs=" << timer.elapsed() << '\n'
        << "message=" << store->statusMessage() << '\n';

    QStringList answers;
    store->write(u"profile/child/clientSecret"_s, "child-secret-value", store.get(),
                 [&](SecretStore::DoneResult r) { answers << describe(r); });
    store->read(u"profile/child/clientSecret"_s, store.get(),
                [&](SecretStore::ReadResult r) { answers << describe(r); });
    if (!QTest::qWaitFor([&] { return answers.size() == 2; }, kWaitMs))
        return 1;
    out << "roundtrip=" << answers.join(u',') << '\n';
    return 0;
}

// Two reads through a KeychainSecretStore with a short timeout: the environment points at a
// bus that accepts the connection and never answers.
int timeout(QTextStream& out, int timeoutMs)
{
    KeychainSecretStore::Options options;
    options.timeout = std::chrono::milliseconds(timeoutMs);
    options.retryDelay = std::chrono::milliseconds(20);
    KeychainSecretStore store(u"PayDeskChildTest"_s, options);

    QElapsedTimer timer;
    timer.start();
    QStringList answers;
    qint64 firstMs = -1;
    store.read(u"a"_s, &store, [&](SecretStore::ReadResult r) {
        firstMs = timer.elapsed();
        answers << describe(r);
    });
    store.read(u"b"_s, &store, [&](SecretStore::ReadResult r) { answers << describe(r); });
    out << "pending=" << store.pendingCount() << '\n';
    if (!QTest::qWaitFor([&] { return answers.size() == 2; }, kWaitMs))
        return 1;
    out << "answers=" << answers.join(u',') << '\n' << "firstMs=" << firstMs << '\n';
    return 0;
}

// A burst of calls against no backend at all: every one must be answered, in call order.
int order(QTextStream& out)
{
    KeychainSecretStore::Options options;
    options.retryDelay = std::chrono::milliseconds(20);
    KeychainSecretStore store(u"PayDeskChildTest"_s, options);

    QStringList answers;
    store.write(u"k"_s, "1", &store, [&](SecretStore::DoneResult r) { answers << u"0:"_s + describe(r); });
    store.read(u"k"_s, &store, [&](SecretStore::ReadResult r) { answers << u"1:"_s + describe(r); });
    store.remove(u"k"_s, &store, [&](SecretStore::DoneResult r) { answers << u"2:"_s + describe(r); });
    store.read(u"j"_s, &store, [&](SecretStore::ReadResult r) { answers << u"3:"_s + describe(r); });
    store.write(u"j"_s, "2", &store, [&](SecretStore::DoneResult r) { answers << u"4:"_s + describe(r); });
    if (!QTest::qWaitFor([&] { return answers.size() == 5; }, kWaitMs))
        return 1;
    out << "answers=" << answers.join(u',') << '\n';
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    const QString scenario = args.value(1);
    int rc = 2;
    if (scenario == u"probe")
        rc = probe(out);
    else if (scenario == u"timeout")
        rc = timeout(out, args.value(2, u"300"_s).toInt());
    else if (scenario == u"order")
        rc = order(out);
    else
        out << "unknown scenario\n";
    out.flush();
    // Leave without waiting for a backend that may never answer: a QtKeychain job that is still
    // running cannot be cancelled.
    return rc;
}
