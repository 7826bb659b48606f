#include "api/RetryPolicy.h"

#include "api/Scheduler.h"

#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;

namespace {

ApiError httpError(int status, qint64 retryAfterMs = -1)
{
    ApiError e = ApiError::http(status, {}, {});
    e.retryAfterMs = retryAfterMs;
    return e;
}

} // namespace

TEST(RetryPolicy, BackoffDoublesFromHalfASecondAndCapsAtFive)
{
    RetryPolicy policy(RetryPolicy::Options{}, [] { return 0.0; });
    const QList<qint64> expected{500, 1000, 2000, 4000, 5000, 5000, 5000};
    for (int retry = 1; retry <= expected.size(); ++retry)
        EXPECT_EQ(policy.backoffMs(retry), expected[retry - 1]) << "retry " << retry;
}

TEST(RetryPolicy, JitterOnlyShortensAndStaysWithinTwentyPercent)
{
    RetryPolicy policy(RetryPolicy::Options{}, [] { return 0.999; });
    for (int retry = 1; retry <= 8; ++retry) {
        const qint64 nominal = policy.nominalBackoffMs(retry);
        EXPECT_LE(policy.backoffMs(retry), nominal);
        EXPECT_GE(policy.backoffMs(retry), nominal * 8 / 10);
    }
    RetryPolicy random; // real random source: always inside the band
    for (int i = 0; i < 200; ++i) {
        const qint64 d = random.backoffMs(3);
        EXPECT_GE(d, 1600);
        EXPECT_LE(d, 2000);
    }
}

TEST(RetryPolicy, RetriesOnlyConnectionErrors409429And5xx)
{
    RetryPolicy policy;
    EXPECT_TRUE(policy.shouldRetry(ApiError::network(QStringLiteral("reset")), 1));
    EXPECT_TRUE(policy.shouldRetry(ApiError::timeout(QStringLiteral("timeout")), 1));
    for (int status : {409, 429, 500, 502, 503, 504})
        EXPECT_TRUE(policy.shouldRetry(httpError(status), 1)) << status;
    for (int status : {400, 403, 404, 410, 422})
        EXPECT_FALSE(policy.shouldRetry(httpError(status), 1)) << status;
    EXPECT_FALSE(policy.shouldRetry(ApiError::auth(QStringLiteral("401")), 1));
    EXPECT_FALSE(policy.shouldRetry(ApiError::parse(QStringLiteral("html")), 1));
    EXPECT_FALSE(policy.shouldRetry(ApiError::tls(QStringLiteral("self-signed")), 1));
    EXPECT_FALSE(policy.shouldRetry(httpError(503), policy.options().maxAttempts));
}

TEST(RetryPolicy, OnlyTheInFlight409IsRetriedABusinessConflictIsFinal)
{
    RetryPolicy policy;
    EXPECT_TRUE(policy.shouldRetry(ApiError::http(409, QStringLiteral("IDEMPOTENCY_KEY_IN_USE"), {}), 1));
    const ApiError illegal =
        ApiError::http(409, QStringLiteral("ILLEGAL_TRANSITION"), QStringLiteral("Already paid"));
    EXPECT_FALSE(policy.shouldRetry(illegal, 1));
    EXPECT_TRUE(illegal.isPermanent());
    EXPECT_FALSE(ApiError::http(429, {}, {}).isPermanent());
    EXPECT_FALSE(ApiError::http(503, {}, {}).isPermanent());
    EXPECT_TRUE(ApiError::http(404, {}, {}).isPermanent());
}

TEST(RetryPolicy, RetryAfterWinsWhenLongerAndIsCappedAtSixtySeconds)
{
    RetryPolicy policy(RetryPolicy::Options{}, [] { return 0.0; });
    EXPECT_EQ(policy.delayMs(1, httpError(429, 7000)), 7000);
    EXPECT_EQ(policy.delayMs(4, httpError(429, 1000)), 4000); // backoff longer than the hint
    EXPECT_EQ(policy.delayMs(1, httpError(429, 3600000)), 60000);
}

TEST(RetryAfter, ParsesSecondsAndCaps)
{
    const QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    EXPECT_EQ(RetryPolicy::parseRetryAfterMs("7", now), 7000);
    EXPECT_EQ(RetryPolicy::parseRetryAfterMs(" 0 ", now), 0);
    EXPECT_EQ(RetryPolicy::parseRetryAfterMs("120", now), 60000);
    EXPECT_EQ(RetryPolicy::parseRetryAfterMs("99999999999999999999", now), 60000);
    EXPECT_FALSE(RetryPolicy::parseRetryAfterMs("", now).has_value());
    EXPECT_FALSE(RetryPolicy::parseRetryAfterMs("-5", now).has_value());
    EXPECT_FALSE(RetryPolicy::parseRetryAfterMs("soon", now).has_value());
}

TEST(RetryAfter, ParsesTheThreeHttpDateForms)
{
    const QDateTime now = QDateTime(QDate(1994, 11, 6), QTime(8, 49, 30), Qt::UTC);
    EXPECT_EQ(RetryPolicy::parseRetryAfterMs("Sun, 06 Nov 1994 08:49:37 GMT", now), 7000);
    EXPECT_EQ(RetryPolicy::parseRetryAfterMs("Sunday, 06-Nov-94 08:49:37 GMT", now), 7000);
    EXPECT_EQ(RetryPolicy::parseRetryAfterMs("Sun Nov  6 08:49:37 1994", now), 7000);
    // In the past: go now. Far future: capped.
    EXPECT_EQ(RetryPolicy::parseRetryAfterMs("Sun, 06 Nov 1994 08:00:00 GMT", now), 0);
    EXPECT_EQ(RetryPolicy::parseRetryAfterMs("Mon, 07 Nov 1994 08:49:37 GMT", now), 60000);
    EXPECT_FALSE(RetryPolicy::parseRetryAfterMs("Sun, 32 Nov 1994 08:49:37 GMT", now).has_value());
}

TEST(ManualScheduler, RunsCallsInDueOrderOnlyWhenTheClockPassesThem)
{
    ManualClock clock;
    ManualScheduler scheduler(clock);
    QObject context;
    QList<int> ran;
    scheduler.callAfter(1000, &context, [&] { ran.append(1); });
    scheduler.callAfter(500, &context, [&] { ran.append(2); });
    scheduler.advanceMs(499);
    EXPECT_TRUE(ran.isEmpty());
    scheduler.advanceMs(1);
    EXPECT_EQ(ran, QList<int>({2}));
    {
        QObject gone;
        scheduler.callAfter(10, &gone, [&] { ran.append(3); });
    }
    scheduler.advanceMs(1000);
    EXPECT_EQ(ran, QList<int>({2, 1}));
    EXPECT_EQ(clock.monotonicMs(), 1500);
    EXPECT_EQ(scheduler.requestedDelays(), QList<qint64>({1000, 500, 10}));
}
