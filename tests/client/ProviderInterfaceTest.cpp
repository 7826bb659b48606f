// The provider interface: the outbox hands every entry to its provider's sender (exactly the
// entry, with its key, on every replay), and a SyncSession builds providers on its worker,
// adds their sources and routes actions, queries, tracking and watched ids to them.
#include "SandboxHarness.h"
#include "providers/PaymentProvider.h"
#include "providers/ProviderRules.h"
#include "sync/PaymentSource.h"
#include "sync/SyncSession.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtPrinters.h>

#include <gtest/gtest.h>

#include <atomic>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;

namespace {

Payment answerFor(const OutboxEntry& entry)
{
    Payment p;
    p.paymentId = entry.paymentId.isEmpty() ? u"new-"_s + entry.idempotencyKey.left(8) : entry.paymentId;
    p.enterpriseId = entry.enterpriseId;
    p.storeId = entry.storeId;
    p.provider = entry.provider;
    p.amount = Money::fromMinor(1000, u"GBP"_s).value();
    p.status = PaymentStatus::Code::Authorised;
    p.version = 1;
    return p;
}

/// Records what it is asked to send and answers with what the test scripts (success by default).
class FakeSender final : public ActionSender
{
public:
    void sendAction(const OutboxEntry& entry, QObject* context, ActionCallback callback) override
    {
        QMutexLocker lock(&m_mutex);
        sent.append(entry);
        std::optional<ApiError> error;
        if (!errors.isEmpty())
            error = errors.takeFirst();
        lock.unlock();
        QMetaObject::invokeMethod(
            context,
            [entry, callback, error] {
                if (error)
                    callback(fail(*error));
                else
                    callback(answerFor(entry));
            },
            Qt::QueuedConnection);
    }
    QList<OutboxEntry> sentEntries()
    {
        QMutexLocker lock(&m_mutex);
        return sent;
    }

    QList<OutboxEntry> sent;
    QList<ApiError> errors;

private:
    QMutex m_mutex;
};

ApiError refused(const QString& message)
{
    ApiError e;
    e.kind = ApiError::Kind::Refused;
    e.httpStatus = 400;
    e.message = message;
    e.detail = u"refused"_s;
    return e;
}

class ProviderOutbox : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = PaymentStore::open(m_dir.filePath(u"cache.sqlite"_s));
        ASSERT_TRUE(opened.ok());
        m_store = std::move(opened).value();
        Outbox::Options o;
        o.user = u"tester"_s;
        o.retry = {100, 1000, 0.0, 60000, 1 << 30};
        m_outbox = std::make_unique<Outbox>(*m_store, m_scheduler, o);
    }

    InitiateRequest keyloopInitiate()
    {
        InitiateRequest r;
        r.enterpriseId = u"E1"_s;
        r.storeId = u"S1"_s;
        r.customer = Customer{u"Ada Lovelace"_s, u"ada@example.com"_s, QString()};
        r.channels = Channel::Email;
        r.reference = PaymentReference::make(PaymentReference::Type::Invoice, u"INV-1"_s);
        r.description = u"Service"_s;
        r.amount = Money::fromMinor(24999, u"GBP"_s).value();
        return r;
    }

    ProviderActionRequest paAction(ProviderAction action, const QJsonObject& payload = {})
    {
        ProviderActionRequest r;
        r.provider = ProviderId::paymentAssist();
        r.action = action;
        r.enterpriseId = u"E1"_s;
        r.storeId = u"PA-1"_s;
        r.paymentId = u"tok-1"_s;
        r.payload = payload;
        return r;
    }

    OutboxEntry::State stateOf(qint64 id) { return (*m_store->outboxEntry(id))->state; }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC)};
    ManualScheduler m_scheduler{m_clock, /*autoAdvance=*/true};
    std::unique_ptr<PaymentStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    FakeSender m_keyloop;
    FakeSender m_pa;
};

} // namespace

TEST_F(ProviderOutbox, EachEntryGoesToItsProvidersSenderAndOneWithoutASenderHoldsUpNothing)
{
    m_outbox->addSender(ProviderId::paymentAssist(), &m_pa);
    InitiateRequest initiate = keyloopInitiate();
    auto keyloop = m_outbox->submit(initiate);
    ASSERT_TRUE(keyloop.ok());
    ProviderActionRequest capture = paAction(ProviderAction::Capture);
    auto pa = m_outbox->submit(capture);
    ASSERT_TRUE(pa.ok());
    QSignalSpy confirmed(m_outbox.get(), &Outbox::actionConfirmed);
    m_outbox->start();

    // The older Keyloop entry has no sender yet: the Payment Assist one goes first.
    ASSERT_TRUE(QTest::qWaitFor([&] { return stateOf(*pa) == OutboxEntry::State::Sent; }, 5000));
    ASSERT_EQ(m_pa.sentEntries().size(), 1);
    const OutboxEntry sent = m_pa.sentEntries().first();
    EXPECT_EQ(sent.provider, u"paymentassist"_s);
    EXPECT_EQ(sent.kind, OutboxEntry::Kind::Capture);
    EXPECT_EQ(sent.paymentId, u"tok-1"_s);
    EXPECT_FALSE(sent.idempotencyKey.isEmpty());
    EXPECT_EQ(stateOf(*keyloop), OutboxEntry::State::Queued);
    EXPECT_TRUE(m_keyloop.sentEntries().isEmpty());
    // The answer is cached as the provider sent it.
    auto cached = m_store->payment(u"tok-1"_s);
    ASSERT_TRUE(cached.ok() && cached->has_value());
    EXPECT_EQ((*cached)->provider, u"paymentassist"_s);

    // Keyloop's sender arrives (the session registered it): its entry goes now.
    m_outbox->addSender(ProviderId::keyloop(), &m_keyloop);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stateOf(*keyloop) == OutboxEntry::State::Sent; }, 5000));
    ASSERT_EQ(m_keyloop.sentEntries().size(), 1);
    EXPECT_EQ(m_keyloop.sentEntries().first().provider, u"keyloop"_s);
    EXPECT_EQ(m_keyloop.sentEntries().first().kind, OutboxEntry::Kind::Initiate);
    EXPECT_EQ(m_pa.sentEntries().size(), 1) << "nothing was sent twice";
    EXPECT_EQ(confirmed.count(), 2);
}

TEST_F(ProviderOutbox, AReplayCarriesTheSameKeyAndARefusalIsFinal)
{
    m_outbox->addSender(ProviderId::paymentAssist(), &m_pa);
    ApiError unreachable = ApiError::network(u"connection refused"_s);
    m_pa.errors = {unreachable, unreachable, refused(u"Application not in pending_capture."_s)};
    ProviderActionRequest capture = paAction(ProviderAction::Capture);
    auto id = m_outbox->submit(capture);
    ASSERT_TRUE(id.ok());
    QSignalSpy failed(m_outbox.get(), &Outbox::actionFailed);
    m_outbox->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return stateOf(*id) == OutboxEntry::State::Failed; }, 5000));
    const QList<OutboxEntry> attempts = m_pa.sentEntries();
    ASSERT_EQ(attempts.size(), 3) << "two unexpected failures replayed, the refusal ends it";
    EXPECT_EQ(attempts[0].idempotencyKey, attempts[1].idempotencyKey);
    EXPECT_EQ(attempts[1].idempotencyKey, attempts[2].idempotencyKey);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.first().at(1).toString(), u"Application not in pending_capture."_s);
    // Not tried again: a later event (another action) goes through while the refused one stays failed.
    ProviderActionRequest again = paAction(ProviderAction::Cancel);
    auto second = m_outbox->submit(again);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stateOf(*second) == OutboxEntry::State::Sent; }, 5000));
    EXPECT_EQ(m_pa.sentEntries().size(), 4);
}

TEST_F(ProviderOutbox, GenericActionsAreCheckedByTheirProvidersRulesAndTheAuditLogKeepsNoInvoiceFile)
{
    m_outbox->addSender(ProviderId::paymentAssist(), &m_pa);
    ProviderActionRequest resend = paAction(ProviderAction::Resend);
    auto refusedResend = m_outbox->submit(resend);
    ASSERT_FALSE(refusedResend.ok()) << "Payment Assist has no resend";
    EXPECT_EQ(refusedResend.error().first().field, u"action"_s);
    ProviderActionRequest quote = paAction(ProviderAction::QuotePlan);
    EXPECT_FALSE(m_outbox->submit(quote).ok()) << "a quote is asked, never queued";

    const QString file = QString::fromLatin1(QByteArray(4096, 'x').toBase64());
    ProviderActionRequest invoice =
        paAction(ProviderAction::UploadInvoice, {{u"filetype"_s, u"pdf"_s}, {u"filedata"_s, file}});
    auto queued = m_outbox->submit(invoice);
    ASSERT_TRUE(queued.ok());
    EXPECT_EQ((*m_store->outboxEntry(*queued))->payload.value(u"filedata"_s).toString(), file)
        << "the outbox keeps the file to replay it";
    auto audit = m_store->auditEntries();
    ASSERT_TRUE(audit.ok() && !audit->isEmpty());
    const AuditEntry& line =
        audit->first().action == u"paymentassist:upload-invoice"_s ? audit->first() : audit->last();
    EXPECT_EQ(line.action, u"paymentassist:upload-invoice"_s);
    EXPECT_FALSE(line.after.contains(u"filedata"_s));
    EXPECT_EQ(line.after.value(u"filedata_base64_length"_s).toInt(), file.size());
    EXPECT_EQ(line.after.value(u"filedata_sha256"_s).toString().size(), 64);
}

namespace {

/// A source that is done as soon as it starts.
class QuietSource final : public PaymentSource
{
public:
    void start() override
    {
        m_state.kind = ConnectionState::Kind::Live;
        Q_EMIT stateChanged(m_state);
        m_done = true;
        Q_EMIT fullSyncFinished();
    }
    void stop() override
    {
        m_state.kind = ConnectionState::Kind::Stopped;
        Q_EMIT stateChanged(m_state);
    }
    ConnectionState state() const override { return m_state; }
    bool isFullSyncDone() const override { return m_done; }

private:
    ConnectionState m_state;
    bool m_done = false;
};

/// What the fake provider saw, written on the worker and read by the test.
struct Seen
{
    QMutex mutex;
    QList<OutboxEntry> sent;
    QList<QThread*> threads;
    QStringList watched;
    QStringList tracked;
    QStringList fetched;
};

class FakeProvider final : public PaymentProvider
{
public:
    explicit FakeProvider(Seen& seen)
        : m_seen(seen)
    {
    }
    QString id() const override { return ProviderId::paymentAssist(); }
    std::vector<std::unique_ptr<PaymentSource>> takeSources() override
    {
        std::vector<std::unique_ptr<PaymentSource>> sources;
        sources.push_back(std::make_unique<QuietSource>());
        return sources;
    }
    void sendAction(const OutboxEntry& entry, QObject* context, ActionCallback callback) override
    {
        note([&] { m_seen.sent.append(entry); });
        QMetaObject::invokeMethod(
            context, [entry, callback] { callback(answerFor(entry)); }, Qt::QueuedConnection);
    }
    void query(ProviderQuery query, const QString& storeId, const QJsonObject& params, QObject* context,
               QueryCallback callback) override
    {
        note([] {});
        const QJsonObject answer{{u"query"_s, int(query)}, {u"site"_s, storeId}, {u"echo"_s, params}};
        QMetaObject::invokeMethod(
            context, [answer, callback] { callback(answer); }, Qt::QueuedConnection);
    }
    void setWatched(const QStringList& ids) override
    {
        note([&] { m_seen.watched = ids; });
    }
    void track(const QString& storeId, const QString& externalId, QObject* context,
               PaymentCallback callback) override
    {
        note([&] { m_seen.tracked << storeId + u'/' + externalId; });
        OutboxEntry e;
        e.paymentId = externalId;
        e.storeId = storeId;
        e.provider = id();
        QMetaObject::invokeMethod(
            context, [e, callback] { callback(answerFor(e)); }, Qt::QueuedConnection);
    }
    void fetchPayment(const Payment& cached, QObject* context, PaymentCallback callback) override
    {
        note([&] { m_seen.fetched << cached.paymentId; });
        Payment newer = cached;
        newer.version += 1;
        newer.status = PaymentStatus::Code::Paid;
        QMetaObject::invokeMethod(
            context, [newer, callback] { callback(newer); }, Qt::QueuedConnection);
    }

private:
    template<typename F>
    void note(F&& f)
    {
        QMutexLocker lock(&m_seen.mutex);
        m_seen.threads << QThread::currentThread();
        f();
    }
    Seen& m_seen;
};

} // namespace

TEST(ProviderSession, AnAddedProviderIsBuiltOnTheWorkerAndReceivesItsActionsQueriesAndWatchedIds)
{
    SandboxHarness h(SandboxHarness::defaultOptions(20));
    SyncSession::Config config;
    config.profile.name = u"provider-test"_s;
    config.profile.baseUrl = h.sandbox().baseUrl();
    config.profile.clientId = h.sandbox().clientId();
    config.profile.localTestPlatform = true;
    const auto store = h.state().stores().first();
    config.profile.enterpriseId = store.enterpriseId;
    config.profile.storeIds = {store.storeId};
    config.cachePath = h.dir() + u"/provider-cache.sqlite"_s;
    MemorySecretStore secrets;
    bool written = false;
    QObject context;
    secrets.write(config.profile.clientSecretKey(), h.sandbox().clientSecret().toUtf8(), &context,
                  [&](SecretStore::DoneResult r) { written = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));

    SyncSession session(config, secrets);
    ASSERT_TRUE(session.open().ok());
    EXPECT_EQ(session.providerIds(), QStringList{u"keyloop"_s}) << "Keyloop is one provider like the others";
    ASSERT_EQ(session.sources().size(), 1);

    Seen seen;
    QThread* builtOn = nullptr;
    session.addProvider([&](const SyncSession::ProviderContext&) {
        builtOn = QThread::currentThread();
        return std::make_unique<FakeProvider>(seen);
    });
    EXPECT_EQ(builtOn, session.workerThread());
    EXPECT_EQ(session.providerIds(), (QStringList{u"keyloop"_s, u"paymentassist"_s}));
    ASSERT_EQ(session.sources().size(), 2) << "its source joins the session";

    QSignalSpy synced(&session, &SyncSession::synced);
    QSignalSpy confirmed(&session, &SyncSession::actionConfirmed);
    session.start();
    ASSERT_TRUE(synced.wait(30000)) << "the Keyloop store and the provider's source both finished";

    ProviderActionRequest capture;
    capture.provider = u"paymentassist"_s;
    capture.action = ProviderAction::Capture;
    capture.enterpriseId = u"E1"_s;
    capture.storeId = u"PA-1"_s;
    capture.paymentId = u"tok-9"_s;
    auto queued = session.submit(capture);
    ASSERT_TRUE(queued.ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 5000));
    EXPECT_EQ(confirmed.first().at(1).toString(), u"tok-9"_s);

    QJsonObject answer;
    QThread* answeredOn = nullptr;
    session.query(u"paymentassist"_s, ProviderQuery::QuotePlan, u"PA-1"_s, {{u"amount"_s, 50000}}, &context,
                  [&](Result<QJsonObject, ApiError> r) {
                      answeredOn = QThread::currentThread();
                      ASSERT_TRUE(r.ok());
                      answer = r.value();
                  });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answeredOn != nullptr; }, 5000));
    EXPECT_EQ(answeredOn, QThread::currentThread()) << "answers come back to the caller's thread";
    EXPECT_EQ(answer.value(u"site"_s).toString(), u"PA-1"_s);
    EXPECT_EQ(answer.value(u"echo"_s).toObject().value(u"amount"_s).toInt(), 50000);

    bool noSuch = false;
    session.query(u"democrance"_s, ProviderQuery::Plans, u"X"_s, {}, &context,
                  [&](Result<QJsonObject, ApiError> r) { noSuch = !r.ok() && r.error().isPermanent(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return noSuch; }, 5000));

    bool tracked = false;
    session.track(u"paymentassist"_s, u"PA-1"_s, u"tok-added"_s, &context,
                  [&](Result<Payment, ApiError> r) { tracked = r.ok() && r->paymentId == u"tok-added"_s; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return tracked; }, 5000));

    session.setWatched({u"tok-9"_s});
    // The detail pane's refresh of a Payment Assist payment goes to its provider, not Keyloop's API.
    QSignalSpy fetched(&session, &SyncSession::detailsFetched);
    session.fetchDetails(u"tok-9"_s);
    ASSERT_TRUE(fetched.wait(5000));
    EXPECT_EQ(fetched.first().at(0).toString(), u"tok-9"_s);
    EXPECT_TRUE(fetched.first().at(1).toBool());
    EXPECT_EQ((*session.store()->payment(u"tok-9"_s))->status.code(), PaymentStatus::Code::Paid);

    QMutexLocker lock(&seen.mutex);
    EXPECT_EQ(seen.watched, QStringList{u"tok-9"_s});
    EXPECT_EQ(seen.tracked, QStringList{u"PA-1/tok-added"_s});
    EXPECT_EQ(seen.fetched, QStringList{u"tok-9"_s});
    ASSERT_EQ(seen.sent.size(), 1);
    EXPECT_EQ(seen.sent.first().kind, OutboxEntry::Kind::Capture);
    for (QThread* t : seen.threads)
        EXPECT_EQ(t, session.workerThread()) << "the provider is only ever called on the worker";
}
