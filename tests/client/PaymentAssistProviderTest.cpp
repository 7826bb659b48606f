// PaymentAssistProvider against the sandbox's emulation: actions through the durable outbox
// exactly once (also across a crash between send and answer), the polling schedule on a
// ManualScheduler, the invoice-outstanding flag, and the status mapping into the cache.
#include "providers/paymentassist/PaymentAssistProvider.h"

#include "SandboxHarness.h"
#include "faults/FaultInjector.h"
#include "paymentassist/PaymentAssistState.h"
#include "providers/paymentassist/PaymentAssistClient.h"
#include "secrets/BoundSecret.h"
#include "sync/SyncSession.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;
using Code = PaymentStatus::Code;

namespace {

const QString kSite = u"S01"_s;

class PaymentAssistProviderTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QUrl base()
    {
        QUrl url = h.sandbox().baseUrl();
        url.setPath(u"/paymentassist"_s);
        return url;
    }
    sandbox::PaymentAssistState& state() { return *h.sandbox().component<sandbox::PaymentAssistState>(); }

    PaymentAssistProvider::Config config()
    {
        PaymentAssistProvider::Config c;
        c.profileName = u"pa-test"_s;
        c.enterpriseId = u"E1"_s;
        PaymentAssistSite site;
        site.siteId = kSite;
        site.baseUrl = base();
        site.apiKey = h.sandbox().options().paymentAssistApiKey;
        c.sites = {site};
        c.transport.allowPlainHttpToLoopback = true;
        c.transport.jitter = [] { return 0.0; };
        return c;
    }

    std::unique_ptr<PaymentStore> openStore()
    {
        auto opened = PaymentStore::open(m_dir.filePath(u"pa-cache.sqlite"_s));
        EXPECT_TRUE(opened.ok());
        return opened ? std::move(opened).value() : nullptr;
    }

    std::unique_ptr<PaymentAssistProvider> makeProvider(PaymentStore& store, Scheduler& scheduler)
    {
        return std::make_unique<PaymentAssistProvider>(
            config(), store, scheduler,
            QHash<QString, QByteArray>{{kSite, h.sandbox().options().paymentAssistSecret.toUtf8()}});
    }

    std::unique_ptr<Outbox> makeOutbox(PaymentStore& store, Scheduler& scheduler,
                                       PaymentAssistProvider& provider)
    {
        Outbox::Options o;
        o.user = u"tester"_s;
        o.retry = {50, 200, 0.0, 60000, 1 << 30};
        auto outbox = std::make_unique<Outbox>(store, scheduler, o);
        outbox->addSender(provider.id(), &provider);
        return outbox;
    }

    ProviderActionRequest beginRequest(const QString& orderId, qint64 amount = 125000)
    {
        ProviderActionRequest r;
        r.provider = ProviderId::paymentAssist();
        r.action = ProviderAction::Initiate;
        r.enterpriseId = u"E1"_s;
        r.storeId = kSite;
        r.payload = QJsonObject{{u"order_id"_s, orderId},
                                {u"amount"_s, amount},
                                {u"f_name"_s, u"Jane"_s},
                                {u"s_name"_s, u"Doe"_s},
                                {u"addr1"_s, u"1 High St"_s},
                                {u"postcode"_s, u"LS1 1AA"_s},
                                {u"email"_s, u"jane@example.com"_s},
                                {u"send_email"_s, true}};
        return r;
    }
    ProviderActionRequest action(ProviderAction a, const QString& token, QJsonObject payload = {})
    {
        ProviderActionRequest r;
        r.provider = ProviderId::paymentAssist();
        r.action = a;
        r.enterpriseId = u"E1"_s;
        r.storeId = kSite;
        r.paymentId = token;
        r.payload = payload;
        return r;
    }

    int applicationsWithOrder(const QString& orderId)
    {
        int n = 0;
        for (const auto& app : state().applications())
            n += app.orderId == orderId ? 1 : 0;
        return n;
    }
    QString tokenOfOrder(const QString& orderId)
    {
        for (const auto& app : state().applications()) {
            if (app.orderId == orderId)
                return app.token;
        }
        return {};
    }
    Payment cached(PaymentStore& store, const QString& id)
    {
        auto p = store.payment(id);
        EXPECT_TRUE(p.ok() && p->has_value()) << id.toStdString();
        return p.ok() && p->has_value() ? **p : Payment{};
    }
    OutboxEntry::State stateOf(PaymentStore& store, qint64 id) { return (*store.outboxEntry(id))->state; }

    SandboxHarness h{SandboxHarness::defaultOptions(0)};
    QTemporaryDir m_dir;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    ManualScheduler fast{clock, /*autoAdvance=*/true};
};

} // namespace

TEST_F(PaymentAssistProviderTest, BeginIsCachedWithItsTokenAndEveryActionReachesTheApplication)
{
    auto store = openStore();
    auto provider = makeProvider(*store, fast);
    auto outbox = makeOutbox(*store, fast, *provider);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    outbox->start();

    ProviderActionRequest begin = beginRequest(u"RO-7001"_s);
    auto id = outbox->submit(begin);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 10000));
    const QString token = confirmed.first().at(1).toString();
    EXPECT_EQ(token, tokenOfOrder(u"RO-7001"_s));
    Payment p = cached(*store, token);
    EXPECT_EQ(p.provider, u"paymentassist"_s);
    EXPECT_EQ(p.storeId, kSite);
    EXPECT_EQ(p.status.code(), Code::Initiated);
    EXPECT_EQ(p.providerStatus, u"pending"_s);
    EXPECT_EQ(p.amount, Money::fromMinor(125000, u"GBP"_s).value());
    EXPECT_EQ(p.customer.name, u"Jane Doe"_s);
    EXPECT_EQ(p.reference.number, u"RO-7001"_s);
    EXPECT_FALSE(p.payLink.isEmpty());
    EXPECT_EQ(p.providerData.value(u"order_id"_s).toString(), u"RO-7001"_s);
    EXPECT_EQ(p.providerData.value(u"outbox_key"_s).toString(), (*store->outboxEntry(*id))->idempotencyKey);

    ProviderActionRequest lower = action(ProviderAction::AmendAmount, token, {{u"amount"_s, 99000}});
    ASSERT_TRUE(outbox->submit(lower).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 2; }, 10000));
    EXPECT_EQ(cached(*store, token).amount.minorUnits(), 99000);

    // The customer completes: the detail pane's refresh shows Paid with the invoice outstanding.
    state().opened(token);
    ASSERT_TRUE(state().sign(token).ok());
    std::optional<Result<Payment, ApiError>> fetched;
    QObject context;
    provider->fetchPayment(cached(*store, token), &context,
                           [&](Result<Payment, ApiError> r) { fetched.emplace(r); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return fetched.has_value(); }, 10000));
    ASSERT_TRUE(fetched->ok());
    p = cached(*store, token);
    EXPECT_EQ(p.status.code(), Code::Paid);
    EXPECT_EQ(p.providerStatus, u"completed"_s);
    EXPECT_FALSE(p.providerReference.isEmpty()) << "pa_ref";
    EXPECT_TRUE(p.invoiceOutstanding);
    EXPECT_FALSE(p.fundsCleared) << "Payment Assist pays out once the invoice is there";

    ProviderActionRequest invoice = action(
        ProviderAction::UploadInvoice, token,
        {{u"filetype"_s, u"pdf"_s}, {u"filedata"_s, QString::fromLatin1(QByteArray("%PDF-1.4").toBase64())}});
    ASSERT_TRUE(outbox->submit(invoice).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 3; }, 10000));
    p = cached(*store, token);
    EXPECT_FALSE(p.invoiceOutstanding) << "the flag goes once the invoice is uploaded";
    EXPECT_TRUE(p.fundsCleared);

    // Capture of an application without auto-capture; expire of an open one.
    ProviderActionRequest manual = beginRequest(u"RO-7002"_s);
    manual.payload.insert(u"auto_capture"_s, false);
    ASSERT_TRUE(outbox->submit(manual).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 4; }, 10000));
    const QString manualToken = confirmed.last().at(1).toString();
    state().opened(manualToken);
    ASSERT_TRUE(state().sign(manualToken).ok());
    ProviderActionRequest capture = action(ProviderAction::Capture, manualToken);
    ASSERT_TRUE(outbox->submit(capture).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 5; }, 10000));
    EXPECT_EQ(cached(*store, manualToken).status.code(), Code::Paid);

    ProviderActionRequest third = beginRequest(u"RO-7003"_s);
    ASSERT_TRUE(outbox->submit(third).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 6; }, 10000));
    const QString thirdToken = confirmed.last().at(1).toString();
    ProviderActionRequest expire = action(ProviderAction::Cancel, thirdToken);
    ASSERT_TRUE(outbox->submit(expire).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 7; }, 10000));
    EXPECT_EQ(cached(*store, thirdToken).status.code(), Code::Expired);
    EXPECT_EQ(cached(*store, thirdToken).providerStatus, u"expired"_s);
}

TEST_F(PaymentAssistProviderTest, ABeginInterruptedAfterItsAnswerWasCachedIsNotSentAgainAfterARestart)
{
    qint64 id = 0;
    QString token;
    {
        auto store = openStore();
        auto provider = makeProvider(*store, fast);
        auto outbox = makeOutbox(*store, fast, *provider); // never started
        ProviderActionRequest begin = beginRequest(u"RO-8001"_s);
        id = *outbox->submit(begin);
        // The send happens and its answer is cached, then PayDesk stops before the outbox
        // records the entry as sent (the crash window between send and answer).
        ASSERT_TRUE(store->markOutboxSending(id, clock.now()).ok());
        const OutboxEntry entry = **store->outboxEntry(id);
        std::optional<Result<Payment, ApiError>> answer;
        QObject context;
        provider->sendAction(entry, &context, [&](Result<Payment, ApiError> r) { answer.emplace(r); });
        ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
        ASSERT_TRUE(answer->ok());
        token = answer->value().paymentId;
        EXPECT_EQ(stateOf(*store, id), OutboxEntry::State::Sending);
    }
    ASSERT_EQ(applicationsWithOrder(u"RO-8001"_s), 1);

    auto store = openStore(); // the entry found Sending is queued again
    EXPECT_EQ(stateOf(*store, id), OutboxEntry::State::Queued);
    auto provider = makeProvider(*store, fast);
    QSignalSpy attempts(&provider->http(), &HttpClient::attemptFinished);
    auto outbox = makeOutbox(*store, fast, *provider);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    outbox->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 10000));
    EXPECT_EQ(confirmed.first().at(1).toString(), token) << "the replay found the application by its key";
    EXPECT_EQ(attempts.count(), 0) << "nothing was sent again";
    EXPECT_EQ(applicationsWithOrder(u"RO-8001"_s), 1);
    EXPECT_EQ(stateOf(*store, id), OutboxEntry::State::Sent);
}

TEST_F(PaymentAssistProviderTest, ABeginWhoseAnswerIsLostMakesNoSecondApplicationAndSaysHowToFollowIt)
{
    auto store = openStore();
    auto provider = makeProvider(*store, fast);
    auto outbox = makeOutbox(*store, fast, *provider);
    sandbox::FaultSpec lost;
    lost.drop = 1.0;
    lost.dropAfterHandling = true; // Payment Assist begins the application, the answer never arrives
    lost.times = 1;
    h.sandbox().faults().set(u"paymentassist.begin"_s, lost);
    QSignalSpy failed(outbox.get(), &Outbox::actionFailed);
    outbox->start();
    ProviderActionRequest begin = beginRequest(u"RO-8101"_s);
    const qint64 id = *outbox->submit(begin);
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 10000));
    EXPECT_EQ(applicationsWithOrder(u"RO-8101"_s), 1) << "the replay's duplicate order_id made nothing new";
    EXPECT_TRUE(failed.first().at(1).toString().contains(u"RO-8101"_s))
        << failed.first().at(1).toString().toStdString();
    EXPECT_EQ((*store->outboxEntry(id))->state, OutboxEntry::State::Failed);

    // The dealer adds it by its token: fetched, cached, followed.
    std::optional<Result<Payment, ApiError>> added;
    QObject context;
    provider->track(kSite, tokenOfOrder(u"RO-8101"_s), &context,
                    [&](Result<Payment, ApiError> r) { added.emplace(r); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return added.has_value(); }, 10000));
    ASSERT_TRUE(added->ok());
    const Payment p = cached(*store, tokenOfOrder(u"RO-8101"_s));
    EXPECT_EQ(p.provider, u"paymentassist"_s);
    EXPECT_EQ(p.status.code(), Code::Initiated);
    EXPECT_TRUE(provider->poller()->trackedTokens().contains(p.paymentId));
}

TEST_F(PaymentAssistProviderTest, AnApplicationAddedByTokenIsDatedWithPaymentAssistsOwnTimesWhereItGivesThem)
{
    // Whole seconds: Payment Assist writes its times without fractions.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(clock.now().toSecsSinceEpoch(), Qt::UTC);
    const auto seed = [&](sandbox::PaApplication::Status status, const QString& orderId,
                          const QDateTime& created, const QDateTime& accessed) {
        sandbox::PaApplication a;
        a.apiKey = h.sandbox().options().paymentAssistApiKey;
        a.orderId = orderId;
        a.amount = 90000;
        a.status = status;
        a.fName = u"Ann"_s;
        a.sName = u"Lee"_s;
        a.createdAt = created;
        a.expiresAt = created.addSecs(86400);
        a.lastAccessedAt = accessed;
        a.finishedAt = status == sandbox::PaApplication::Status::Expired ? a.expiresAt : accessed;
        return state().insertSeeded(a);
    };
    const QDateTime signedAt = now.addDays(-3).addSecs(900);
    const QString completed =
        seed(sandbox::PaApplication::Status::Completed, u"RO-9001"_s, now.addDays(-3), signedAt);
    const QString expired = seed(sandbox::PaApplication::Status::Expired, u"RO-9002"_s, now.addDays(-5), {});
    const QString pending =
        seed(sandbox::PaApplication::Status::Pending, u"RO-9003"_s, now.addSecs(-600), {});

    auto store = openStore();
    auto provider = makeProvider(*store, fast);
    QObject context;
    for (const QString& token : {completed, expired, pending}) {
        std::optional<Result<Payment, ApiError>> added;
        provider->track(kSite, token, &context, [&](Result<Payment, ApiError> r) { added.emplace(r); });
        ASSERT_TRUE(QTest::qWaitFor([&] { return added.has_value(); }, 10000));
        ASSERT_TRUE(added->ok()) << added->error().detail.toStdString();
    }
    const Payment c = cached(*store, completed);
    EXPECT_EQ(c.status.code(), Code::Paid);
    EXPECT_EQ(c.updatedAt, signedAt) << "last_accessed_at, not the time the dealer added it";
    EXPECT_LE(c.createdAt, c.updatedAt);
    ASSERT_FALSE(c.history.isEmpty());
    EXPECT_EQ(c.history.last().at, signedAt);
    const Payment e = cached(*store, expired);
    EXPECT_EQ(e.status.code(), Code::Expired);
    EXPECT_EQ(e.updatedAt, now.addDays(-4)) << "expires_at";
    const Payment n = cached(*store, pending);
    EXPECT_EQ(n.status.code(), Code::Initiated);
    EXPECT_GE(n.updatedAt, now) << "nothing dated by Payment Assist: when PayDesk learned of it";

    // Later changes: a newer last access dates the change; one older than PayDesk's last
    // recorded change does not.
    const QDateTime seen = QDateTime::fromSecsSinceEpoch(n.updatedAt.toSecsSinceEpoch() + 30, Qt::UTC);
    const QJsonObject opened{{u"token"_s, pending},
                             {u"status"_s, u"in progress"_s},
                             {u"last_accessed_at"_s, seen.toString(Qt::ISODate)}};
    const Payment inProgress = PaymentAssistProvider::merged(n, opened, n.updatedAt.addSecs(300));
    EXPECT_EQ(inProgress.updatedAt, seen);
    const QJsonObject stale{{u"token"_s, pending},
                            {u"status"_s, u"failed"_s},
                            {u"last_accessed_at"_s, n.updatedAt.addSecs(-30).toString(Qt::ISODate)}};
    EXPECT_EQ(PaymentAssistProvider::merged(inProgress, stale, n.updatedAt.addSecs(600)).updatedAt,
              n.updatedAt.addSecs(600));
}

TEST_F(PaymentAssistProviderTest, AChangeWhoseAnswerWasLostIsRecognisedOnTheReplayInsteadOfFailing)
{
    auto store = openStore();
    auto provider = makeProvider(*store, fast);
    auto outbox = makeOutbox(*store, fast, *provider);
    QSignalSpy confirmed(outbox.get(), &Outbox::actionConfirmed);
    QSignalSpy failed(outbox.get(), &Outbox::actionFailed);
    outbox->start();
    ProviderActionRequest begin = beginRequest(u"RO-8201"_s);
    ASSERT_TRUE(outbox->submit(begin).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 10000));
    const QString token = confirmed.first().at(1).toString();

    sandbox::FaultSpec lost;
    lost.drop = 1.0;
    lost.dropAfterHandling = true;
    lost.times = 1;
    h.sandbox().faults().set(u"paymentassist.update"_s, lost);
    ProviderActionRequest expire = action(ProviderAction::Cancel, token);
    ASSERT_TRUE(outbox->submit(expire).ok());
    // First attempt: expired at Payment Assist, answer lost. The replay is refused ("only while
    // pending") and /status shows it is expired: confirmed, not failed.
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 2; }, 10000));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(cached(*store, token).status.code(), Code::Expired);
}

TEST_F(PaymentAssistProviderTest, PollingFollowsTheScheduleByAgeWatchedIdsTheRateCapAndRetryAfter)
{
    // A manual scheduler: nothing runs until the test moves the clock.
    ManualScheduler manual{clock, /*autoAdvance=*/false};
    auto store = openStore();
    auto provider = makeProvider(*store, manual);
    QSignalSpy attempts(&provider->http(), &HttpClient::attemptFinished);

    // Two applications PayDesk began (cached as begun now) and a failed one.
    PaymentAssistClient direct(provider->http(), base(), config().sites.first().apiKey,
                               h.sandbox().options().paymentAssistSecret.toUtf8());
    QStringList tokens;
    for (const QString& order : {u"RO-9001"_s, u"RO-9002"_s, u"RO-9003"_s}) {
        std::optional<Result<QJsonObject, ApiError>> r;
        QObject context;
        direct.begin(beginRequest(order).payload, &context,
                     [&](Result<QJsonObject, ApiError> a) { r.emplace(a); });
        ASSERT_TRUE(QTest::qWaitFor([&] { return r.has_value(); }, 10000));
        ASSERT_TRUE(r->ok());
        const Payment p = PaymentAssistProvider::begun(u"E1"_s, kSite, beginRequest(order).payload,
                                                       r->value(), u"key-"_s + order, clock.now());
        ASSERT_TRUE(store->upsert(p).ok());
        tokens << p.paymentId;
    }
    ASSERT_TRUE(state().decline(tokens[2]).ok() ||
                (state().opened(tokens[2]), state().decline(tokens[2]).ok()));
    attempts.clear();

    auto sources = provider->takeSources();
    ASSERT_EQ(sources.size(), 1u);
    PaymentAssistPoller* poller = provider->poller();
    QSignalSpy synced(poller, &PaymentSource::fullSyncFinished);
    poller->start();
    // The first round: every application once, one at a time, 500 ms apart (the rate cap).
    ASSERT_TRUE(QTest::qWaitFor([&] { return attempts.count() == 1; }, 10000));
    manual.advanceMs(499);
    EXPECT_EQ(poller->trackedTokens().size(), 3);
    manual.advanceMs(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return attempts.count() == 2; }, 10000));
    manual.advanceMs(500);
    ASSERT_TRUE(QTest::qWaitFor([&] { return synced.count() == 1; }, 10000));
    EXPECT_EQ(attempts.count(), 3);
    EXPECT_EQ(poller->state().kind, ConnectionState::Kind::Live);
    // The failed one is final: polled no more. The failed status is in the cache.
    EXPECT_EQ(poller->dueAtMs(tokens[2]), -1);
    EXPECT_EQ(cached(*store, tokens[2]).status.code(), Code::Failed);
    EXPECT_EQ(cached(*store, tokens[2]).providerStatus, u"failed"_s);

    // Young open applications: every 30 s.
    const qint64 t0 = clock.monotonicMs();
    EXPECT_LE(poller->dueAtMs(tokens[0]), t0 + 30000);
    EXPECT_GE(poller->dueAtMs(tokens[0]), t0 + 30000 - 1000);

    // Watched (open in the detail pane): within 15 s.
    poller->setWatched({tokens[1]});
    EXPECT_LE(poller->dueAtMs(tokens[1]), t0 + 15000);
    manual.advanceMs(15000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return attempts.count() == 4; }, 10000));
    EXPECT_GT(poller->dueAtMs(tokens[1]), clock.monotonicMs());
    EXPECT_LE(poller->dueAtMs(tokens[1]), clock.monotonicMs() + 15000);

    // A Retry-After of 7 s holds every poll back that long.
    sandbox::FaultSpec slow;
    slow.rateLimit = 1.0;
    slow.retryAfterSeconds = 7;
    slow.times = 1;
    h.sandbox().faults().set(u"paymentassist.status"_s, slow);
    manual.advanceMs(15000); // both are due now (30 s and the watched 15 s)
    ASSERT_TRUE(QTest::qWaitFor([&] { return attempts.count() == 5; }, 10000));
    const int afterLimit = attempts.count();
    ASSERT_FALSE(manual.requestedDelays().isEmpty());
    EXPECT_GE(manual.requestedDelays().last(), 7000) << "the next request waits for Retry-After";
    manual.advanceMs(6900);
    manual.advanceMs(0);
    EXPECT_EQ(attempts.count(), afterLimit) << "nothing before Retry-After";
    manual.advanceMs(100);
    ASSERT_TRUE(QTest::qWaitFor([&] { return attempts.count() == afterLimit + 1; }, 10000));

    // Older applications back off: the ladder by age.
    EXPECT_EQ(PaymentAssistPoller::intervalFor(0), 30000);
    EXPECT_EQ(PaymentAssistPoller::intervalFor(15 * 60 * 1000), 120000);
    EXPECT_EQ(PaymentAssistPoller::intervalFor(3 * 3600 * 1000), 600000);
    EXPECT_EQ(PaymentAssistPoller::intervalFor(2LL * 24 * 3600 * 1000), 1800000);
    poller->stop();
}

TEST_F(PaymentAssistProviderTest, ACompletedApplicationIsPolledUntilItsInvoiceIsUploadedAndThenNoMore)
{
    ManualScheduler manual{clock, /*autoAdvance=*/false};
    auto store = openStore();
    auto provider = makeProvider(*store, manual);
    QSignalSpy attempts(&provider->http(), &HttpClient::attemptFinished);
    PaymentAssistClient direct(provider->http(), base(), config().sites.first().apiKey,
                               h.sandbox().options().paymentAssistSecret.toUtf8());
    std::optional<Result<QJsonObject, ApiError>> r;
    QObject context;
    direct.begin(beginRequest(u"RO-9101"_s).payload, &context,
                 [&](Result<QJsonObject, ApiError> a) { r.emplace(a); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return r.has_value(); }, 10000));
    const Payment begun = PaymentAssistProvider::begun(u"E1"_s, kSite, beginRequest(u"RO-9101"_s).payload,
                                                       r->value(), u"k"_s, clock.now());
    ASSERT_TRUE(store->upsert(begun).ok());
    state().opened(begun.paymentId);
    ASSERT_TRUE(state().sign(begun.paymentId).ok());

    auto sources = provider->takeSources();
    PaymentAssistPoller* poller = provider->poller();
    attempts.clear();
    poller->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return attempts.count() == 1; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return cached(*store, begun.paymentId).invoiceOutstanding; }, 10000));
    const qint64 due = poller->dueAtMs(begun.paymentId);
    EXPECT_EQ(due, clock.monotonicMs() + 15 * 60 * 1000) << "final, but the invoice is outstanding";

    std::optional<Result<QJsonObject, ApiError>> uploaded;
    direct.invoice(begun.paymentId, u"pdf"_s, QString::fromLatin1(QByteArray("%PDF").toBase64()), &context,
                   [&](Result<QJsonObject, ApiError> a) { uploaded.emplace(a); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return uploaded.has_value(); }, 10000));
    manual.advanceMs(15 * 60 * 1000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return attempts.count() == 3; }, 10000)); // the upload and the poll
    ASSERT_TRUE(QTest::qWaitFor([&] { return !cached(*store, begun.paymentId).invoiceOutstanding; }, 10000));
    EXPECT_EQ(poller->dueAtMs(begun.paymentId), -1) << "final with its invoice: polled no more";
    poller->stop();
}

TEST_F(PaymentAssistProviderTest, ASessionWithPaymentAssistSitesRegistersTheProviderAndItsPoller)
{
    SyncSession::Config cfg;
    cfg.profile.name = u"pa-session"_s;
    cfg.profile.baseUrl = h.sandbox().baseUrl();
    cfg.profile.clientId = h.sandbox().clientId();
    cfg.profile.localTestPlatform = true;
    cfg.profile.enterpriseId = u"E1"_s;
    cfg.profile.paymentAssist = config().sites;
    cfg.cachePath = m_dir.filePath(u"session.sqlite"_s);
    MemorySecretStore secrets;
    QObject context;
    bool written = false;
    const PaymentAssistSite& site = cfg.profile.paymentAssist.first();
    BoundSecret::write(secrets, site.secretKey(cfg.profile.name),
                       {site.secretOrigin(), h.sandbox().options().paymentAssistSecret.toUtf8()}, &context,
                       [&](SecretStore::DoneResult done) { written = done.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));

    SyncSession session(cfg, secrets);
    ASSERT_TRUE(session.open().ok());
    EXPECT_EQ(session.providerIds(), (QStringList{u"keyloop"_s, u"paymentassist"_s}));
    session.start();
    std::optional<Result<QJsonObject, ApiError>> plans;
    session.query(u"paymentassist"_s, ProviderQuery::Plans, kSite, {}, &context,
                  [&](Result<QJsonObject, ApiError> r) { plans.emplace(r); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return plans.has_value(); }, 10000));
    ASSERT_TRUE(plans->ok()) << plans->error().detail.toStdString();
    EXPECT_FALSE(plans->value().value(u"plans"_s).toArray().isEmpty()) << "the secret came from the keychain";

    QSignalSpy confirmed(&session, &SyncSession::actionConfirmed);
    ProviderActionRequest begin = beginRequest(u"RO-9501"_s);
    ASSERT_TRUE(session.submit(begin).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 10000));
    const QString token = confirmed.first().at(1).toString();
    EXPECT_EQ(session.store()->payment(token)->value().provider, u"paymentassist"_s);
    session.setWatched({token});
}
