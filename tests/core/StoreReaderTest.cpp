#include "store/StoreReader.h"

#include "StoreTestSupport.h"

#include <QMutex>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <optional>

namespace paydesk::test {

namespace {

class StoreReaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = PaymentStore::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
        m_store = std::move(opened).value();
        for (int i = 0; i < 30; ++i)
            ASSERT_TRUE(
                m_store->upsert(makePayment(QStringLiteral("pay-%1").arg(i, 2, 10, QLatin1Char('0')))).ok());
    }

    /// The number of rows of a query limited to `limit`, read on the reader's thread.
    quint64 ask(StoreReader& reader, int limit)
    {
        PaymentQuery query;
        query.limit = limit;
        return reader.request(
            StoreReader::Kind::QueryIds,
            [this, query](PaymentStore& store) {
                {
                    QMutexLocker lock(&m_mutex);
                    m_threads << QThread::currentThread();
                    m_ran << query.limit;
                }
                auto ids = store.queryIds(query);
                return ids ? int(ids->size()) : -1;
            },
            &m_receiver,
            [this](quint64 generation, int rows) { m_delivered << qMakePair(generation, rows); });
    }

    QList<int> ran()
    {
        QMutexLocker lock(&m_mutex);
        return m_ran;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PaymentStore> m_store;
    QObject m_receiver;
    QMutex m_mutex;
    QList<QThread*> m_threads;
    QList<int> m_ran;
    QList<QPair<quint64, int>> m_delivered;
};

} // namespace

TEST_F(StoreReaderTest, ReadsOnItsOwnThreadWithItsOwnConnection)
{
    StoreReader reader(m_store.get());
    const quint64 generation = ask(reader, 7);
    EXPECT_TRUE(reader.isBusy(StoreReader::Kind::QueryIds));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_delivered.isEmpty(); }, 5000));
    EXPECT_EQ(m_delivered, (QList<QPair<quint64, int>>{{generation, 7}}));
    EXPECT_FALSE(reader.isBusy(StoreReader::Kind::QueryIds));
    ASSERT_EQ(m_threads.size(), 1);
    EXPECT_EQ(m_threads.first(), reader.workerThread(StoreReader::Kind::QueryIds));
    EXPECT_NE(m_threads.first(), QThread::currentThread());
}

TEST_F(StoreReaderTest, ASearchIsAnsweredWhileALongBackgroundReadIsRunning)
{
    // Issue 9: over 1M rows a count, the KPIs or an export take seconds; a search typed
    // meanwhile runs on a thread of its own instead of waiting behind them.
    StoreReader reader(m_store.get());
    QSemaphore entered;
    QSemaphore release;
    reader.setHook([&](StoreReader::Kind kind, quint64) {
        if (kind == StoreReader::Kind::Count) {
            entered.release();
            release.acquire();
        }
    });
    std::optional<qint64> counted;
    reader.request(
        StoreReader::Kind::Count, [](PaymentStore& store) { return store.count({}).valueOr(-1); },
        &m_receiver, [&](quint64, qint64 total) { counted = total; });
    ASSERT_TRUE(entered.tryAcquire(1, 5000)) << "the count is running";
    ask(reader, 5);
    const bool answered = QTest::qWaitFor([&] { return !m_delivered.isEmpty(); }, 5000);
    release.release();
    ASSERT_TRUE(answered) << "the search waited for the count";
    EXPECT_EQ(m_delivered.first().second, 5);
    EXPECT_FALSE(counted.has_value());
    ASSERT_TRUE(QTest::qWaitFor([&] { return counted.has_value(); }, 5000));
    EXPECT_EQ(*counted, 30);
    EXPECT_NE(reader.workerThread(StoreReader::Kind::Count),
              reader.workerThread(StoreReader::Kind::QueryIds));
    for (auto kind : {StoreReader::Kind::Kpis, StoreReader::Kind::Export, StoreReader::Kind::FilterChoices})
        EXPECT_EQ(reader.workerThread(kind), reader.workerThread(StoreReader::Kind::Count));
}

TEST_F(StoreReaderTest, RequestsSupersededBeforeTheyStartAreSkipped)
{
    StoreReader reader(m_store.get());
    QSemaphore entered;
    QSemaphore release;
    reader.setHook([&](StoreReader::Kind, quint64 generation) {
        if (generation == 1) {
            entered.release();
            release.acquire();
        }
    });
    ask(reader, 1);
    ASSERT_TRUE(entered.tryAcquire(1, 5000)) << "the first request is running";
    for (int limit = 2; limit <= 5; ++limit)
        ask(reader, limit);
    release.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !reader.isBusy(StoreReader::Kind::QueryIds); }, 5000));
    // The first one was running and finished, but its answer is stale; 2..4 never ran.
    EXPECT_EQ(ran(), (QList<int>{1, 5}));
    EXPECT_EQ(m_delivered, (QList<QPair<quint64, int>>{{5, 5}}));
}

TEST_F(StoreReaderTest, AStaleAnswerArrivingAfterANewerRequestIsDropped)
{
    StoreReader reader(m_store.get());
    QSemaphore entered;
    QSemaphore release;
    reader.setHook([&](StoreReader::Kind, quint64 generation) {
        if (generation == 1) {
            entered.release();
            release.acquire();
        }
    });
    ask(reader, 3);
    ASSERT_TRUE(entered.tryAcquire(1, 5000));
    // The newer request is made while the older one runs; the older answer comes first.
    ask(reader, 4);
    release.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_delivered.isEmpty(); }, 5000));
    EXPECT_EQ(ran(), (QList<int>{3, 4}));
    EXPECT_EQ(m_delivered, (QList<QPair<quint64, int>>{{2, 4}}));
}

TEST_F(StoreReaderTest, KindsDoNotSupersedeEachOther)
{
    StoreReader reader(m_store.get());
    ask(reader, 2);
    std::optional<qint64> open;
    reader.request(
        StoreReader::Kind::Kpis, [](PaymentStore& store) { return store.kpis(at(1).date()); }, &m_receiver,
        [&](quint64, Result<DashboardKpis, StoreError> kpis) { open = kpis ? kpis->open : -1; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return open.has_value() && !m_delivered.isEmpty(); }, 5000));
    EXPECT_EQ(*open, 30);
    EXPECT_EQ(m_delivered.first().second, 2);
}

TEST_F(StoreReaderTest, NoAnswerReachesAReceiverThatIsGone)
{
    StoreReader reader(m_store.get());
    bool delivered = false;
    bool done = false;
    {
        QObject receiver;
        reader.request(
            StoreReader::Kind::QueryIds, [](PaymentStore& store) { return store.queryIds({}).ok(); },
            &receiver, [&](quint64, bool) { delivered = true; });
    }
    // A later request of another kind is answered after the first one's would have been.
    QObject witness;
    reader.request(
        StoreReader::Kind::Kpis, [](PaymentStore&) { return true; }, &witness,
        [&](quint64, bool) { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
    EXPECT_FALSE(delivered);
}

} // namespace paydesk::test
