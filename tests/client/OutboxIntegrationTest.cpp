// The durable outbox against the in-process sandbox: nothing lost, nothing doubled.
#include "SandboxHarness.h"
#include "faults/FaultInjector.h"
#include "payments/PaymentJson.h"
#include "platform/IdempotencyStore.h"

#include <QSignalSpy>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;

namespace {

struct OutboxIntegration : ::testing::Test
{
    SandboxHarness h{SandboxHarness::defaultOptions(200)};
    sandbox::StoreInfo store = h.state().stores().first();
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    ManualScheduler fast{clock, /*autoAdvance=*/true};

    InitiateRequest initiateRequest(const QString& number = QStringLiteral("INV-900001"))
    {
        InitiateRequest r;
        r.enterpriseId = store.enterpriseId;
        r.storeId = store.storeId;
        r.customer = Customer{QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"),
                              QStringLiteral("07700 900123")};
        r.channels = Channel::Email | Channel::Sms;
        r.reference = PaymentReference::make(PaymentReference::Type::Invoice, number);
        r.description = QStringLiteral("Service and MOT");
        r.amount = Money::fromMinor(24999, store.currency).value();
        return r;
    }

    /// An open payment of the store on the platform.
    Payment openPayment(int skip = 0)
    {
        for (const QJsonObject& json : h.platformPayments(store.enterpriseId, store.storeId)) {
            auto p = PaymentJson::paymentFromJson(json);
            if (p && p->status.isOpen() && skip-- == 0)
                return p.value();
        }
        ADD_FAILURE() << "no open payment in the sandbox";
        return {};
    }

    int platformCount() { return h.state().paymentCount(store.enterpriseId, store.storeId); }

    int idempotencyRecordsWithKey(const QString& key)
    {
        int n = 0;
        for (const auto& r : h.sandbox().idempotency().records())
            n += r.key == key ? 1 : 0;
        return n;
    }

    std::unique_ptr<Outbox> makeOutbox(SandboxHarness::Client& c, Scheduler& scheduler)
    {
        Outbox::Options o;
        o.user = QStringLiteral("tester");
        return std::make_unique<Outbox>(*c.platform, *c.store, scheduler, o);
    }
};

} // namespace

TEST_F(OutboxIntegration, InvalidActionsAreRefusedWithFieldErrorsAndNothingIsQueued)
{
    auto c = h.makeClient(fast, QStringLiteral("invalid"));
    auto outbox = makeOutbox(*c, fast);
    QSignalSpy queued(outbox.get(), &Outbox::actionQueued);
    InitiateRequest r = initiateRequest();
    r.customer.name.clear();
    r.customer.email = QStringLiteral("not-an-email");
    r.amount = Money::fromMinor(0, store.currency).value();
    auto result = outbox->submit(r);
    ASSERT_FALSE(result.ok());
    QStringList fields;
    for (const FieldError& e : result.error())
        fields << e.field;
    EXPECT_TRUE(fields.contains(QStringLiteral("customer.name")));
    EXPECT_TRUE(fields.contains(QStringLiteral("customer.email")));
    EXPECT_TRUE(fields.contains(QStringLiteral("amount")));
    EXPECT_EQ(queued.count(), 0);
    EXPECT_TRUE(c->store->outboxEntries()->isEmpty());
}

TEST_F(OutboxIntegration, InitiateWhileTheConnectionDropsAfterSendingGivesExactlyOnePayment)
{
    auto c = h.makeClient(fast, QStringLiteral("drop"));
    sandbox::FaultSpec drop;
    drop.drop = 1.0;
    drop.dropAfterHandling = true; // the platform acts, the answer is lost
    drop.times = 5;
    h.sandbox().faults().set(QStringLiteral("payments.initiate"), drop);
    const int before = platformCount();

    auto outbox = makeOutbox(*c, fast);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    QSignalSpy queued(outbox.get(), &Outbox::actionQueued);
    outbox->start();
    InitiateRequest r = initiateRequest();
    auto id = outbox->submit(r);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(queued.count(), 1); // the UI sees "queued" before anything is sent
    EXPECT_EQ(r.customer.phone, QStringLiteral("+447700900123")); // normalised in place
    ASSERT_TRUE(confirmed.wait(30000) || confirmed.count() == 1);
    EXPECT_EQ(confirmed.first().at(0).toLongLong(), id.value());

    EXPECT_EQ(platformCount(), before + 1);
    auto entry = c->store->outboxEntry(id.value());
    ASSERT_TRUE(entry.ok() && entry->has_value());
    EXPECT_EQ((*entry)->state, OutboxEntry::State::Sent);
    EXPECT_FALSE((*entry)->paymentId.isEmpty());
    EXPECT_EQ(confirmed.first().at(1).toString(), (*entry)->paymentId);
    // Every attempt carried the same key: the platform saw exactly one key for this action.
    EXPECT_EQ(idempotencyRecordsWithKey((*entry)->idempotencyKey), 1);
    // The answer is in the cache at once.
    auto cached = c->store->payment((*entry)->paymentId);
    ASSERT_TRUE(cached.ok() && cached->has_value());
    EXPECT_EQ((*cached)->reference.number, QStringLiteral("INV-900001"));
    EXPECT_EQ(outbox->queuedCount(), 0);
    // The audit line was written with the action.
    auto audit = c->store->auditEntries(10);
    ASSERT_TRUE(audit.ok());
    ASSERT_FALSE(audit->isEmpty());
    EXPECT_EQ(audit->first().action, QStringLiteral("initiate"));
    EXPECT_EQ(audit->first().who, QStringLiteral("tester"));
}

TEST_F(OutboxIntegration, QueuedActionsSurviveARestartAndAreSentOnce)
{
    const int before = platformCount();
    const Payment toCancel = openPayment(0);
    const Payment toResend = openPayment(1);
    QString path;
    {
        auto c = h.makeClient(fast, QStringLiteral("restart"));
        path = c->storePath;
        auto outbox = makeOutbox(*c, fast); // never started: the app "closes" before sending
        InitiateRequest i = initiateRequest(QStringLiteral("INV-RESTART"));
        CancelRequest x{store.enterpriseId, store.storeId, toCancel.paymentId, QStringLiteral("Paid cash")};
        ResendRequest s{store.enterpriseId, store.storeId, toResend.paymentId,
                        Customer{QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.com"), {}},
                        Channel::Email};
        ASSERT_TRUE(outbox->submit(i).ok());
        ASSERT_TRUE(outbox->submit(x).ok());
        ASSERT_TRUE(outbox->submit(s).ok());
        EXPECT_EQ(outbox->queuedCount(), 3);
    }
    EXPECT_EQ(platformCount(), before);

    // "Restart": new objects on the same database file.
    auto c = h.makeClient(fast, QStringLiteral("restart"));
    ASSERT_EQ(c->storePath, path);
    auto outbox = makeOutbox(*c, fast);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    outbox->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 3; }, 30000));
    EXPECT_EQ(platformCount(), before + 1);
    EXPECT_EQ(h.state().payment(store.enterpriseId, store.storeId, toCancel.paymentId)->status.code(),
              PaymentStatus::Code::Cancelled);
    EXPECT_EQ(h.state().payment(store.enterpriseId, store.storeId, toResend.paymentId)->customer.name,
              QStringLiteral("Grace Hopper"));
    auto sent = c->store->outboxEntries({OutboxEntry::State::Sent});
    ASSERT_TRUE(sent.ok());
    ASSERT_EQ(sent->size(), 3);
    for (const OutboxEntry& e : sent.value())
        EXPECT_EQ(idempotencyRecordsWithKey(e.idempotencyKey), 1);

    // Another restart sends nothing again.
    const int records = h.sandbox().idempotency().size();
    outbox.reset();
    c.reset();
    auto again = h.makeClient(fast, QStringLiteral("restart"));
    auto third = makeOutbox(*again, fast);
    QSignalSpy none(third.get(), &Outbox::actionConfirmed);
    third->start();
    // start() looks at the outbox on the next event-loop turn; a call queued after it runs once
    // that look is over, and a send would have begun by then (isSending()).
    bool looked = false;
    QMetaObject::invokeMethod(
        third.get(), [&looked] { looked = true; }, Qt::QueuedConnection);
    ASSERT_TRUE(QTest::qWaitFor([&] { return looked; }, 5000));
    EXPECT_FALSE(third->isSending());
    EXPECT_EQ(none.count(), 0);
    EXPECT_EQ(h.sandbox().idempotency().size(), records);
    EXPECT_EQ(platformCount(), before + 1);
}

TEST_F(OutboxIntegration, CrashBetweenSendingAndTheAnswerReplaysWithTheStoredKey)
{
    const int before = platformCount();
    sandbox::FaultSpec drop;
    drop.drop = 1.0;
    drop.dropAfterHandling = true;
    h.sandbox().faults().set(QStringLiteral("payments.initiate"), drop);

    ManualClock slowClock{QDateTime::currentDateTimeUtc()};
    ManualScheduler slow(slowClock); // retries wait until the clock is moved: the crash comes first
    QString key;
    {
        auto c = h.makeClient(slow, QStringLiteral("crash"));
        auto outbox = makeOutbox(*c, slow);
        outbox->start();
        InitiateRequest r = initiateRequest(QStringLiteral("INV-CRASH"));
        auto id = outbox->submit(r);
        ASSERT_TRUE(id.ok());
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return platformCount() == before + 1 && slow.pendingCount() > 0; }, 10000));
        auto entry = c->store->outboxEntry(id.value());
        ASSERT_TRUE(entry.ok() && entry->has_value());
        EXPECT_EQ((*entry)->state, OutboxEntry::State::Sending);
        key = (*entry)->idempotencyKey;
        // kill -9: the objects vanish with the entry still marked Sending.
    }
    h.sandbox().faults().clear(QStringLiteral("payments.initiate"));

    auto c = h.makeClient(fast, QStringLiteral("crash"));
    EXPECT_EQ(c->store->openReport().requeuedOutboxEntries, 1);
    auto outbox = makeOutbox(*c, fast);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    outbox->start();
    ASSERT_TRUE(confirmed.wait(20000) || confirmed.count() == 1);
    EXPECT_EQ(platformCount(), before + 1); // replayed, not doubled
    EXPECT_EQ(idempotencyRecordsWithKey(key), 1);
    auto sent = c->store->outboxEntries({OutboxEntry::State::Sent});
    ASSERT_TRUE(sent.ok());
    ASSERT_EQ(sent->size(), 1);
    EXPECT_EQ(sent->first().idempotencyKey, key);
}

TEST_F(OutboxIntegration, APermanentRefusalFailsTheActionWithThePlatformsMessageAndIsNotRetried)
{
    auto c = h.makeClient(fast, QStringLiteral("refused"));
    int attempts = 0;
    QObject::connect(c->http.get(), &HttpClient::attemptFinished, c->http.get(),
                     [&](const QByteArray& method, const QUrl& url, int, int) {
                         attempts += method == "POST" && !url.path().startsWith(u"/oauth") ? 1 : 0;
                     });
    auto outbox = makeOutbox(*c, fast);
    QSignalSpy failed(outbox.get(), &Outbox::actionFailed);
    outbox->start();

    // Unknown payment: 404.
    CancelRequest unknown{store.enterpriseId, store.storeId, QStringLiteral("no-such-payment"),
                          QStringLiteral("Paid cash")};
    auto id = outbox->submit(unknown);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.first().at(0).toLongLong(), id.value());
    EXPECT_FALSE(failed.first().at(1).toString().isEmpty());
    EXPECT_EQ(attempts, 1);

    // Cancelling a request that is already cancelled: 409 ILLEGAL_TRANSITION, final.
    const Payment open = openPayment(2);
    CancelRequest first{store.enterpriseId, store.storeId, open.paymentId, QStringLiteral("Paid cash")};
    ASSERT_TRUE(h.state().cancel(first).ok());
    CancelRequest second = first;
    auto id2 = outbox->submit(second);
    ASSERT_TRUE(id2.ok());
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.last().at(0).toLongLong(), id2.value());
    EXPECT_EQ(attempts, 2);
    auto entry = c->store->outboxEntry(id2.value());
    ASSERT_TRUE(entry.ok() && entry->has_value());
    EXPECT_EQ((*entry)->state, OutboxEntry::State::Failed);
    EXPECT_EQ((*entry)->lastError, failed.last().at(1).toString());
    EXPECT_EQ(outbox->queuedCount(), 0);
}

TEST_F(OutboxIntegration, SameKeyWithADifferentBodyIsA422AndNotRetried)
{
    auto c = h.makeClient(fast, QStringLiteral("mismatch"));
    QObject context;
    Await<Payment> first;
    c->platform->initiate(initiateRequest(QStringLiteral("INV-A")), QStringLiteral("fixed-key-1"), &context,
                          first.callback());
    ASSERT_TRUE(first.wait());
    ASSERT_TRUE(first.result().ok());
    Await<Payment> second;
    c->platform->initiate(initiateRequest(QStringLiteral("INV-B")), QStringLiteral("fixed-key-1"), &context,
                          second.callback());
    ASSERT_TRUE(second.wait());
    ASSERT_FALSE(second.result().ok());
    EXPECT_EQ(second.result().error().httpStatus, 422);
    EXPECT_TRUE(second.result().error().isPermanent());
    EXPECT_TRUE(fast.requestedDelays().isEmpty());
}

TEST_F(OutboxIntegration, ActionsQueuedWhileThePlatformIsDownAreSentWhenItIsBack)
{
    auto c = h.makeClient(fast, QStringLiteral("down"));
    sandbox::FaultSpec down;
    down.error5xx = 1.0;
    down.times = 9; // more than one HttpClient call's attempts: the outbox itself must retry
    h.sandbox().faults().set(QStringLiteral("payments.initiate"), down);
    const int before = platformCount();
    auto outbox = makeOutbox(*c, fast);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    QSignalSpy counts(outbox.get(), &Outbox::queuedCountChanged);
    outbox->start();
    InitiateRequest r = initiateRequest(QStringLiteral("INV-DOWN"));
    ASSERT_TRUE(outbox->submit(r).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 30000));
    EXPECT_EQ(platformCount(), before + 1);
    auto sent = c->store->outboxEntries({OutboxEntry::State::Sent});
    ASSERT_TRUE(sent.ok());
    ASSERT_EQ(sent->size(), 1);
    EXPECT_GE(sent->first().attempts, 2);
    EXPECT_EQ(counts.last().at(0).toInt(), 0);
}
