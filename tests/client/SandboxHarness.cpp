#include "SandboxHarness.h"

#include "payments/PaymentJson.h"
#include "store/PaymentQuery.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace paydesk::test {

SandboxHarness::SandboxHarness(sandbox::SandboxOptions options)
{
    m_sandbox = std::make_unique<sandbox::Sandbox>(std::move(options));
    auto started = m_sandbox->start();
    if (!started)
        qFatal("sandbox did not start: %s", qPrintable(started.error()));
}

SandboxHarness::~SandboxHarness()
{
    m_sandbox->stop();
}

sandbox::SandboxOptions SandboxHarness::defaultOptions(int seedCount)
{
    sandbox::SandboxOptions o;
    o.seedCount = seedCount;
    o.scenario = QStringLiteral("off"); // no simulated partner moving payments behind the test's back
    o.notifyDelayMs = 20;
    o.settlementDelayMs = 20;
    return o;
}

std::unique_ptr<SandboxHarness::Client> SandboxHarness::makeClient(Scheduler& scheduler, const QString& name,
                                                                   const QString& secret)
{
    HttpClient::Options options;
    options.transferTimeoutMs = 20000;
    return makeClient(scheduler, name, secret, options);
}

std::unique_ptr<SandboxHarness::Client> SandboxHarness::makeClient(Scheduler& scheduler, const QString& name,
                                                                   const QString& secret,
                                                                   HttpClient::Options options)
{
    auto c = std::make_unique<Client>();
    options.jitter = options.jitter ? options.jitter : [] { return 0.0; };
    options.allowPlainHttpToLoopback = true; // the sandbox is a local test platform (plain http)
    c->http = std::make_unique<HttpClient>(options, scheduler);
    c->push = std::make_unique<PushChannel>(options);
    const QString key = SecretStore::clientSecretKey(name);
    bool written = false;
    QObject context;
    c->secrets.write(key, (secret.isNull() ? m_sandbox->clientSecret() : secret).toUtf8(), &context,
                     [&](SecretStore::DoneResult) { written = true; });
    if (!QTest::qWaitFor([&] { return written; }, 5000))
        qFatal("secret store did not answer");
    TokenProvider::Options t;
    QUrl tokenUrl = m_sandbox->baseUrl();
    tokenUrl.setPath(PlatformPaths().token);
    t.tokenUrl = tokenUrl;
    t.clientId = m_sandbox->clientId();
    t.clientSecretKey = key;
    t.tokenCacheKey = SecretStore::accessTokenKey(name);
    c->tokens = std::make_unique<TokenProvider>(*c->http, c->secrets, t);
    c->http->setAuthenticator(c->tokens.get());
    c->platform = std::make_unique<PlatformClient>(*c->http, m_sandbox->baseUrl());
    c->storePath = m_dir.filePath(name + QStringLiteral(".sqlite"));
    c->store = openStore(c->storePath);
    return c;
}

std::unique_ptr<PaymentStore> SandboxHarness::openStore(const QString& path)
{
    auto store = PaymentStore::open(path);
    if (!store)
        qFatal("cannot open the cache: %s", qPrintable(store.error().detail));
    return std::move(store).value();
}

std::unique_ptr<SyncEngine> SandboxHarness::Client::makeEngine(Scheduler& scheduler,
                                                               const QString& enterpriseId,
                                                               const QString& storeId,
                                                               SyncEngine::Options options)
{
    auto engine = std::make_unique<SyncEngine>(*platform, *push, *tokens, *store, scheduler, enterpriseId,
                                               storeId, options);
    engine->setTokenProvider(tokens.get());
    return engine;
}

QHash<QString, QJsonObject> SandboxHarness::platformPayments(const QString& enterpriseId,
                                                             const QString& storeId)
{
    QHash<QString, QJsonObject> out;
    sandbox::PaymentQuery q;
    q.limit = 1000;
    for (;;) {
        const sandbox::FeedPage page = state().feed(enterpriseId, storeId, q);
        for (const Payment& p : page.payments)
            out.insert(p.paymentId, PaymentJson::paymentToJson(p, false));
        if (!page.hasMore)
            break;
        q.sinceSequence = page.nextSequence;
    }
    return out;
}

QHash<QString, QJsonObject> SandboxHarness::cachedPayments(PaymentStore& store, const QString& enterpriseId,
                                                           const QString& storeId)
{
    QHash<QString, QJsonObject> out;
    PaymentQuery q;
    q.enterpriseIds = {enterpriseId};
    q.storeIds = {storeId};
    q.limit = 0;
    auto payments = store.query(q);
    if (!payments)
        return out;
    for (const Payment& p : payments.value())
        out.insert(p.paymentId, PaymentJson::paymentToJson(p, false));
    return out;
}

QString SandboxHarness::diff(const QHash<QString, QJsonObject>& expected,
                             const QHash<QString, QJsonObject>& actual)
{
    QStringList problems;
    if (expected.size() != actual.size())
        problems << QStringLiteral("count %1 expected, %2 cached").arg(expected.size()).arg(actual.size());
    for (auto it = expected.cbegin(); it != expected.cend() && problems.size() < 5; ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend()) {
            problems << QStringLiteral("missing %1").arg(it.key());
            continue;
        }
        if (found.value() != it.value()) {
            QStringList fields;
            for (auto f = it.value().begin(); f != it.value().end(); ++f) {
                if (found.value().value(f.key()) != f.value())
                    fields << f.key() + QStringLiteral(": ") +
                                  QString::fromUtf8(QJsonDocument(QJsonObject{{f.key(), f.value()}})
                                                        .toJson(QJsonDocument::Compact)) +
                                  QStringLiteral(" vs ") +
                                  QString::fromUtf8(
                                      QJsonDocument(QJsonObject{{f.key(), found.value().value(f.key())}})
                                          .toJson(QJsonDocument::Compact));
            }
            for (auto f = found.value().begin(); f != found.value().end(); ++f) {
                if (!it.value().contains(f.key()))
                    fields << QStringLiteral("extra ") + f.key();
            }
            problems << QStringLiteral("differs %1: %2").arg(it.key(), fields.join(QStringLiteral("; ")));
        }
    }
    return problems.join(u'\n');
}

int SandboxHarness::randomChanges(const QList<sandbox::StoreInfo>& stores, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<std::pair<sandbox::StoreInfo, QString>> ids;
    for (const auto& store : stores) {
        const auto payments = platformPayments(store.enterpriseId, store.storeId);
        for (auto it = payments.cbegin(); it != payments.cend(); ++it)
            ids.append({store, it.key()});
    }
    std::sort(ids.begin(), ids.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    int made = 0;
    int tries = 0;
    while (made < count && tries++ < count * 20) {
        const int pick = int(random.bounded(qint64(ids.size()) + 20));
        if (pick >= ids.size() || ids.isEmpty()) {
            // A new request.
            const auto& store = stores.at(int(random.bounded(qint64(stores.size()))));
            InitiateRequest r;
            r.enterpriseId = store.enterpriseId;
            r.storeId = store.storeId;
            r.customer = Customer{QStringLiteral("Test Customer %1").arg(made),
                                  QStringLiteral("test%1@example.com").arg(made),
                                  QStringLiteral("+447700900%1").arg(100 + made % 800)};
            r.channels = Channel::Email;
            r.reference =
                PaymentReference::make(PaymentReference::Type::Invoice, QStringLiteral("INV-T-%1").arg(made));
            r.description = QStringLiteral("Random change %1").arg(made);
            r.amount = Money::fromMinor(1000 + random.bounded(100000), store.currency).value();
            if (auto p = state().initiate(r)) {
                ids.append({store, p->paymentId});
                ++made;
            }
            continue;
        }
        const auto& [store, id] = ids.at(pick);
        const auto current = state().payment(store.enterpriseId, store.storeId, id);
        if (!current)
            continue;
        const PaymentStatus status = current->status;
        const int action = int(random.bounded(4));
        bool ok = false;
        if (status.isOpen() && action == 0) {
            CancelRequest c{store.enterpriseId, store.storeId, id, QStringLiteral("Paid cash")};
            ok = state().cancel(c).ok();
        } else if (status.isOpen() && action == 1) {
            ResendRequest r{store.enterpriseId, store.storeId, id, current->customer, current->channels};
            r.customer.name = QStringLiteral("Renamed %1").arg(made);
            if (r.channels == Channels())
                r.channels = Channel::Email;
            ok = state().resend(r).ok();
        } else if (status.code() == PaymentStatus::Code::Paid && !current->reconciled) {
            ok = state().markReconciled(store.enterpriseId, store.storeId, id).ok();
        } else if (status.code() == PaymentStatus::Code::Paid && !current->fundsCleared) {
            ok = state().markFundsCleared(store.enterpriseId, store.storeId, id).ok();
        } else {
            QList<PaymentStatus::Code> targets;
            for (PaymentStatus::Code code : PaymentStatus::allKnown()) {
                if (code != PaymentStatus::Code::Cancelled && code != PaymentStatus::Code::Expired &&
                    status.canTransitionTo(code))
                    targets.append(code);
            }
            if (targets.isEmpty())
                continue;
            sandbox::StatusUpdate u;
            u.status = targets.at(int(random.bounded(qint64(targets.size()))));
            if (u.status.isPaid()) {
                u.amountPaid = current->amount;
                u.cardBrand = QStringLiteral("VISA");
                u.cardLast4 = QStringLiteral("4242");
                u.transactionReference = QStringLiteral("TX-%1").arg(made);
            }
            if (u.status.code() == PaymentStatus::Code::Failed)
                u.failureReason = QStringLiteral("Card declined");
            ok = state().applyStatusUpdate(store.enterpriseId, store.storeId, id, u).ok();
        }
        if (ok)
            ++made;
    }
    return made;
}

} // namespace paydesk::test
