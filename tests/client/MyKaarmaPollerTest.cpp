// MyKaarmaPoller on a ManualScheduler with its work functions scripted: each site's listing is
// walked page by page, one request at a time at least minGapMs apart, again every
// listIntervalMs; watched payments are fetched at once and every watchedIntervalMs; a server
// problem backs off and shows Offline; a refused password or scope stops that site only.
#include "providers/mykaarma/MyKaarmaPoller.h"

#include "api/Scheduler.h"
#include "providers/mykaarma/MyKaarmaClient.h"

#include <QSignalSpy>
#include <QTest>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace Qt::StringLiterals;

namespace {

struct Call
{
    QString what; ///< "S01/0" (site/page) or a payment id
    qint64 atMs;
};

} // namespace

TEST(MyKaarmaPoller, WalksPagesOneAtATimeWatchesFasterBacksOffAndStopsARefusedSite)
{
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    ManualScheduler manual{clock, /*autoAdvance=*/false};
    QList<Call> calls;
    QHash<QString, QList<Result<int, ApiError>>> pages; // answers per "site/page", used in turn
    pages[u"S01/0"_s] = {2, 2};
    pages[u"S01/1"_s] = {1, 1};
    pages[u"S02/0"_s] = {0};
    QList<Result<Payment, ApiError>> refreshes;
    const auto later = [](QObject* context, std::function<void()> fn) {
        QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
    };
    MyKaarmaPoller::Options options;
    options.pageSize = 2;
    options.retry.jitterFraction = 0.0;
    MyKaarmaPoller poller(
        manual, {u"S01"_s, u"S02"_s},
        [&](const QString& site, int page, int size, QObject* context, MyKaarmaPoller::PageDone done) {
            EXPECT_EQ(size, 2);
            const QString key = u"%1/%2"_s.arg(site).arg(page);
            calls.append({key, clock.monotonicMs()});
            Result<int, ApiError> answer =
                pages[key].isEmpty() ? Result<int, ApiError>(0) : pages[key].takeFirst();
            later(context, [done, answer] { done(answer); });
        },
        [&](const QString& id, QObject* context, std::function<void(Result<Payment, ApiError>)> done) {
            calls.append({id, clock.monotonicMs()});
            Payment p;
            p.paymentId = id;
            p.provider = u"mykaarma"_s;
            p.status = PaymentStatus::Code::Notified;
            Result<Payment, ApiError> answer =
                refreshes.isEmpty() ? Result<Payment, ApiError>(p) : refreshes.takeFirst();
            later(context, [done, answer] { done(answer); });
        },
        options);
    QSignalSpy synced(&poller, &PaymentSource::fullSyncFinished);
    const qint64 t0 = clock.monotonicMs();
    const auto settle = [] {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    };

    poller.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return calls.size() == 1; }, 5000));
    EXPECT_EQ(calls[0].what, u"S01/0"_s) << "a full page: the next one follows";
    settle();
    manual.advanceMs(499);
    settle();
    EXPECT_EQ(calls.size(), 1) << "at least minGapMs between two requests";
    manual.advanceMs(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return calls.size() == 2; }, 5000));
    EXPECT_EQ(calls[1].what, u"S01/1"_s);
    settle();
    manual.advanceMs(500);
    ASSERT_TRUE(QTest::qWaitFor([&] { return calls.size() == 3 && synced.count() == 1; }, 5000));
    EXPECT_EQ(calls[2].what, u"S02/0"_s);
    EXPECT_EQ(poller.state().kind, ConnectionState::Kind::Live) << "every site listed once";

    // A watched payment is fetched at once, then every watchedIntervalMs.
    settle();
    manual.advanceMs(1000);
    poller.setWatched({u"mykaarma:S01:o-1"_s, u"keyloop-id"_s});
    ASSERT_TRUE(QTest::qWaitFor([&] { return calls.size() == 4; }, 5000));
    EXPECT_EQ(calls[3].what, u"mykaarma:S01:o-1"_s);
    settle();
    manual.advanceMs(options.watchedIntervalMs);
    ASSERT_TRUE(QTest::qWaitFor([&] { return calls.size() == 5; }, 5000));
    EXPECT_EQ(calls[4].what, u"mykaarma:S01:o-1"_s);
    EXPECT_EQ(calls[4].atMs - calls[3].atMs, options.watchedIntervalMs);

    // The listing comes round again listIntervalMs after each site's last page.
    settle();
    manual.advanceMs(calls[1].atMs + options.listIntervalMs - clock.monotonicMs());
    ASSERT_TRUE(QTest::qWaitFor([&] { return calls.size() == 6; }, 5000));
    EXPECT_EQ(calls[5].what, u"S01/0"_s);
    EXPECT_EQ(calls[5].atMs - t0, 500 + options.listIntervalMs);

    // A 503 backs everything off (Offline) …
    poller.setWatched({});
    pages[u"S01/1"_s] = {fail(ApiError::http(503, QString(), QString()))};
    settle();
    manual.advanceMs(500);
    ASSERT_TRUE(QTest::qWaitFor([&] { return calls.size() == 7; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return poller.state().kind == ConnectionState::Kind::Offline; }, 5000));
    settle();
    manual.advanceMs(500);
    settle();
    EXPECT_EQ(calls.size(), 7) << "backed off for the retry policy's delay, not the gap";
    manual.advanceMs(options.retry.baseMs);
    ASSERT_TRUE(QTest::qWaitFor([&] { return calls.size() == 8; }, 5000));
    EXPECT_EQ(calls[7].what, u"S01/1"_s) << "the same page again";

    // … and a refused scope stops that site only.
    ApiError scope;
    scope.kind = ApiError::Kind::Refused;
    scope.httpStatus = 200;
    scope.code = QString::fromLatin1(MyKaarmaClient::kMissingScope);
    pages[u"S02/0"_s] = {fail(scope)};
    // Time passes in steps of the gap, so every due request gets its turn.
    const auto pump = [&](qint64 ms) {
        for (qint64 done = 0; done < ms; done += options.minGapMs) {
            settle();
            manual.advanceMs(options.minGapMs);
            settle();
        }
    };
    pump(options.listIntervalMs + 2000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return poller.refusedSites() == QStringList{u"S02"_s}; }, 5000));
    EXPECT_EQ(poller.state().kind, ConnectionState::Kind::SignInFailed);
    const qsizetype before =
        std::count_if(calls.cbegin(), calls.cend(), [](const Call& c) { return c.what.startsWith(u"S02"); });
    const qsizetype all = calls.size();
    pump(3 * options.listIntervalMs);
    EXPECT_EQ(
        std::count_if(calls.cbegin(), calls.cend(), [](const Call& c) { return c.what.startsWith(u"S02"); }),
        before)
        << "no more calls for the refused site";
    EXPECT_GE(calls.size(), all + 3) << "the other site goes on";
    poller.stop();
}
