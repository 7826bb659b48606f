// Finding 5 of the security review: the change feed must move forward. A page that does not (or
// that runs past the feed's end) is a broken feed the dealer sees; its cursor is never stored;
// sync backs off. A long run of pages pauses now and then instead of running without a break.
#include "SandboxHarness.h"
#include "ScriptedPlatform.h"

#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;

namespace {

QByteArray page(const QList<QByteArray>& payments, const QByteArray& next, bool hasMore,
                const QByteArray& latest = {})
{
    QByteArray json = R"({"payments":[)" + payments.join(',') + R"(],"nextSequence":)" + next +
                      R"(,"hasMore":)" + (hasMore ? "true" : "false");
    if (!latest.isEmpty())
        json += R"(,"latestSequence":)" + latest;
    return json + "}";
}

const QString kBrokenFeedMessage =
    QStringLiteral("The platform's change feed is inconsistent: it does not move forward as it should. "
                   "PayDesk keeps the cached data, does not store the bad position, and tries again later.");

} // namespace

TEST(FeedProgress, PagesThatDoNotMoveForwardOrRunPastTheEndAreBrokenFeeds)
{
    ScriptedPlatform p;
    QObject context;
    auto fetch = [&](const QByteArray& body) {
        p.server.enqueue(ScriptedAnswer::json(200, body));
        Await<FeedPage> await;
        p.platform->fetchFeed(QStringLiteral("E1"), QStringLiteral("S1"), 5, 100, &context, await.callback());
        EXPECT_TRUE(await.wait());
        return std::move(await.result());
    };
    const QByteArray p6 = ScriptedPlatform::paymentJson("p6", 6);
    const QList<std::pair<QByteArray, const char*>> broken{
        {page({}, "0", true), "the endless empty feed of the report"},
        {page({}, "5", true), "hasMore without progress"},
        {page({p6}, "5", true), "payments but no progress"},
        {page({}, "3", false), "cursor going back"},
        {page({p6}, "41", false, "40"), "past latestSequence"},
        {page({p6}, "9007199254740991", false, "40"), "huge cursor"},
    };
    for (const auto& [body, label] : broken) {
        auto r = fetch(body);
        ASSERT_FALSE(r.ok()) << label;
        EXPECT_EQ(r.error().kind, ApiError::Kind::Parse) << label;
        EXPECT_EQ(r.error().code, QLatin1StringView(ApiError::kBrokenFeed)) << label;
        EXPECT_EQ(r.error().message, kBrokenFeedMessage) << label;
    }
    const QList<std::pair<QByteArray, const char*>> fine{
        {page({}, "5", false, "5"), "nothing new"},
        {page({p6}, "6", true, "40"), "moves forward"},
        {page({p6}, "40", true, "40"), "up to the end"},
        {page({p6}, "6", true), "no latestSequence sent"},
    };
    for (const auto& [body, label] : fine) {
        auto r = fetch(body);
        ASSERT_TRUE(r.ok()) << label << ": " << r.error().detail.toStdString();
    }
    EXPECT_EQ(fetch(page({}, "40", false, "40"))->latestSequence, 40);
    EXPECT_EQ(fetch(page({}, "40", false))->latestSequence, -1);
}

TEST(FeedProgress, EndlessEmptyFeedIsReportedAsBrokenAndBacksOffWithoutMovingTheCursor)
{
    ScriptedPlatform p;
    p.storeCursor(5);
    bool healed = false;
    p.server.setHandler([&](const ReceivedRequest&) {
        if (!healed) // exactly what the review's server sent, on every request
            return ScriptedAnswer::json(200, R"({"payments":[],"nextSequence":0,"hasMore":true})");
        return ScriptedAnswer::json(200, page({ScriptedPlatform::paymentJson("p6", 6)}, "6", false, "6"));
    });
    SyncEngine::Options options;
    options.usePush = false;
    auto engine = p.makeEngine(options);
    QList<ApiError> errors;
    QObject::connect(engine.get(), &SyncEngine::syncError, engine.get(),
                     [&](const ApiError& e) { errors.append(e); });
    engine->start();

    ASSERT_TRUE(QTest::qWaitFor([&] { return !errors.isEmpty(); }, 10000)) << "the feed was followed";
    EXPECT_EQ(errors.first().code, QLatin1StringView(ApiError::kBrokenFeed));
    EXPECT_EQ(p.feedRequests(), 1);
    // The dealer sees a connection error with its reason, not "Connecting…" forever.
    EXPECT_EQ(engine->state().kind, ConnectionState::Kind::Offline);
    EXPECT_EQ(engine->state().errorMessage, kBrokenFeedMessage);
    EXPECT_EQ(p.storedCursor(), 5);
    EXPECT_EQ(engine->cursor(), 5);
    // The next request waits for the backoff on the scheduler; it does not follow at once.
    EXPECT_EQ(p.scheduler.requestedDelays(), QList<qint64>{500});
    EXPECT_EQ(p.scheduler.pendingCount(), 1);

    p.scheduler.advanceMs(500);
    ASSERT_TRUE(QTest::qWaitFor([&] { return errors.size() == 2; }, 10000));
    EXPECT_EQ(p.feedRequests(), 2);
    EXPECT_EQ(p.scheduler.requestedDelays(), (QList<qint64>{500, 1000}));
    EXPECT_EQ(p.storedCursor(), 5);
    EXPECT_EQ(engine->state().kind, ConnectionState::Kind::Offline);

    // Once the feed is sound again, sync goes on from the cursor it kept.
    healed = true;
    p.scheduler.advanceMs(1000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->isFullSyncDone(); }, 10000));
    EXPECT_EQ(ScriptedPlatform::sinceOf(p.server.requests().last()), 5);
    EXPECT_EQ(p.storedCursor(), 6);
    EXPECT_EQ(engine->state().kind, ConnectionState::Kind::Polling);
    EXPECT_TRUE(engine->state().errorMessage.isEmpty());
}

TEST(FeedProgress, CursorBeyondLatestSequenceIsRefusedAndLaterChangesStillArrive)
{
    ScriptedPlatform p;
    p.storeCursor(5);
    bool healed = false;
    p.server.setHandler([&](const ReceivedRequest&) {
        const QByteArray p6 = ScriptedPlatform::paymentJson("p6", 6);
        // Stored as it came, this cursor would hide every later change for good.
        return ScriptedAnswer::json(200, healed ? page({p6}, "6", false, "6")
                                                : page({p6}, "9007199254740991", false, "6"));
    });
    SyncEngine::Options options;
    options.usePush = false;
    auto engine = p.makeEngine(options);
    QList<ApiError> errors;
    QObject::connect(engine.get(), &SyncEngine::syncError, engine.get(),
                     [&](const ApiError& e) { errors.append(e); });
    engine->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !errors.isEmpty(); }, 10000));
    EXPECT_EQ(errors.first().code, QLatin1StringView(ApiError::kBrokenFeed));
    EXPECT_EQ(engine->state().kind, ConnectionState::Kind::Offline);
    EXPECT_EQ(p.storedCursor(), 5);
    // Nothing of the refused page reached the cache.
    EXPECT_FALSE(p.store->payment(QStringLiteral("p6")).value().has_value());

    healed = true;
    p.scheduler.advanceMs(500);
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->isFullSyncDone(); }, 10000));
    EXPECT_EQ(p.storedCursor(), 6);
    EXPECT_TRUE(p.store->payment(QStringLiteral("p6")).value().has_value());
}

TEST(FeedProgress, AFeedThatKeepsGoingPausesAfterMaxPagesPerBurstAndThenGoesOn)
{
    ScriptedPlatform p;
    p.server.setHandler([](const ReceivedRequest& r) {
        // A sound feed of 12 one-payment pages.
        const qint64 next = ScriptedPlatform::sinceOf(r) + 1;
        return ScriptedAnswer::json(
            200, page({ScriptedPlatform::paymentJson("p" + QByteArray::number(next), next)},
                      QByteArray::number(next), next < 12, "12"));
    });
    SyncEngine::Options options;
    options.usePush = false;
    options.maxPagesPerBurst = 5;
    options.burstPauseMs = 1000;
    auto engine = p.makeEngine(options);
    QList<ApiError> errors;
    QObject::connect(engine.get(), &SyncEngine::syncError, engine.get(),
                     [&](const ApiError& e) { errors.append(e); });
    engine->start();

    for (int burst = 1; burst <= 2; ++burst) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return p.scheduler.pendingCount() == 1; }, 10000)) << burst;
        EXPECT_EQ(p.feedRequests(), 5 * burst);
        EXPECT_EQ(p.storedCursor(), 5 * burst);
        // A pause, not an error: still syncing.
        EXPECT_EQ(engine->state().kind, ConnectionState::Kind::Syncing);
        EXPECT_EQ(p.scheduler.requestedDelays().last(), 1000);
        p.scheduler.advanceMs(999);
        EXPECT_EQ(p.feedRequests(), 5 * burst);
        p.scheduler.advanceMs(1);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->isFullSyncDone(); }, 10000));
    EXPECT_EQ(p.feedRequests(), 12);
    EXPECT_EQ(p.storedCursor(), 12);
    EXPECT_TRUE(errors.isEmpty());
}

TEST(FeedProgress, NormalMultiPageSyncWithBurstPausesCompletes)
{
    SandboxHarness h(SandboxHarness::defaultOptions(1000));
    const auto store = h.state().stores().first();
    const int total = h.state().paymentCount(store.enterpriseId, store.storeId);
    ManualClock clock(QDateTime::currentDateTimeUtc());
    ManualScheduler scheduler(clock, /*autoAdvance=*/true);
    auto client = h.makeClient(scheduler, QStringLiteral("bursts"));
    SyncEngine::Options options;
    options.pageSize = 20;
    options.usePush = false;
    options.maxPagesPerBurst = 4;
    options.burstPauseMs = 1000;
    const int pages = (total + options.pageSize - 1) / options.pageSize;
    ASSERT_GE(pages, 8);
    auto engine = client->makeEngine(scheduler, store.enterpriseId, store.storeId, options);
    QList<ApiError> errors;
    QObject::connect(engine.get(), &SyncEngine::syncError, engine.get(),
                     [&](const ApiError& e) { errors.append(e); });
    engine->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->isFullSyncDone(); }, 30000));
    engine->stop(); // no polling on the auto-advancing clock
    EXPECT_TRUE(errors.isEmpty());
    EXPECT_EQ(engine->cursor(), h.state().latestSequence(store.enterpriseId, store.storeId));
    EXPECT_EQ(SandboxHarness::diff(
                  h.platformPayments(store.enterpriseId, store.storeId),
                  SandboxHarness::cachedPayments(*client->store, store.enterpriseId, store.storeId)),
              QString());
    EXPECT_EQ(int(scheduler.requestedDelays().count(1000)), (pages - 1) / options.maxPagesPerBurst);
}
