// ThreadMailbox: the GUI thread's hand-offs to the session's worker and the store's reader
// (SyncSession, StoreReader) go through it, so it must keep what a queued call promised: each
// job on the mailbox's thread, in the order posted, in its place among the other events queued
// there; run() back only once the job has run, its writes seen.
#include "util/ThreadMailbox.h"

#include <QCoreApplication>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <vector>

using namespace paydesk;

namespace {

/// A worker thread with a mailbox on it, ended and joined at the end of the test.
struct Worker
{
    QThread thread;
    ThreadMailbox* mailbox = new ThreadMailbox;

    Worker()
    {
        mailbox->moveToThread(&thread);
        thread.start();
    }
    ~Worker()
    {
        thread.quit();
        thread.wait();
        delete mailbox;
    }
};

/// Writes the marks -5, -15, -25, … into `order`, one per call, on its own thread.
class Marker : public QObject
{
    Q_OBJECT

public:
    explicit Marker(std::vector<int>& order)
        : m_order(order)
    {
    }
    Q_INVOKABLE void mark() { m_order.push_back(-(5 + 10 * m_calls++)); }

private:
    std::vector<int>& m_order;
    int m_calls = 0;
};

/// Something on a worker that says what it did in a signal with arguments.
class Announcer : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void said(int number, const QString& text);
};

} // namespace

TEST(ThreadMailbox, RunsEachJobOnItsThreadInTheOrderPostedAmongOtherQueuedCalls)
{
    Worker worker;
    std::vector<int> order; // written on the worker only
    std::vector<QThread*> threads;
    std::atomic<bool> done = false;
    Marker* marker = nullptr;
    worker.mailbox->run([&] { marker = new Marker(order); });
    for (int i = 0; i < 200; ++i) {
        if (i % 10 == 5) {
            // An ordinary queued call between two jobs keeps its place. (By name: a call that
            // carries nothing, so nothing is handed over behind the analyser's back.)
            QMetaObject::invokeMethod(marker, "mark", Qt::QueuedConnection);
            continue;
        }
        worker.mailbox->post([&order, &threads, i] {
            order.push_back(i);
            threads.push_back(QThread::currentThread());
        });
    }
    worker.mailbox->post([&done] { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.load(); }, 10000));
    ASSERT_EQ(order.size(), 200u);
    for (int i = 0; i < 200; ++i)
        EXPECT_EQ(order.at(size_t(i)), i % 10 == 5 ? -i : i) << i;
    for (QThread* t : threads)
        EXPECT_EQ(t, &worker.thread);
    worker.mailbox->run([&] { delete marker; });
}

TEST(ThreadMailbox, RunReturnsOnceTheJobHasRunAndItsWritesAreSeen)
{
    Worker worker;
    int written = 0;
    QThread* ranOn = nullptr;
    for (int i = 1; i <= 50; ++i) {
        worker.mailbox->run([&, i] {
            written = i;
            ranOn = QThread::currentThread();
        });
        // No wait, no event loop: run() came back after the job.
        ASSERT_EQ(written, i);
        ASSERT_EQ(ranOn, &worker.thread);
    }
}

TEST(ThreadMailbox, JobsLeftWhenTheThreadHasEndedAreDroppedWithTheMailbox)
{
    auto owned = std::make_shared<int>(7);
    std::weak_ptr<int> watch = owned;
    bool ran = false;
    {
        Worker worker;
        worker.thread.quit();
        worker.thread.wait();
        worker.mailbox->post([owned = std::move(owned), &ran] { ran = *owned == 7; });
    }
    EXPECT_FALSE(ran);
    EXPECT_TRUE(watch.expired()) << "the job and what it held are freed with the mailbox";
}

TEST(ThreadMailbox, RelayBringsASignalFromAnotherThreadWithItsArgumentsAndCallsAtOnceOnItsOwn)
{
    Worker worker;
    ThreadMailbox home; // on this thread
    Announcer* there = nullptr;
    worker.mailbox->run([&] { there = new Announcer; });
    Announcer here;
    struct Heard
    {
        int number;
        QString text;
        QThread* thread;
    };
    std::vector<Heard> heard;
    const auto listen = [&heard](int number, const QString& text) {
        heard.push_back({number, text, QThread::currentThread()});
    };
    home.relay(there, &Announcer::said, listen);
    home.relay(&here, &Announcer::said, listen);

    worker.mailbox->run([&] {
        QString text = QStringLiteral("first");
        Q_EMIT there->said(1, text);
        text = QStringLiteral("changed after the emit"); // the copy made at the emit travels
        Q_EMIT there->said(2, QStringLiteral("second"));
    });
    EXPECT_TRUE(heard.empty()) << "from another thread: on this thread's next turns, not at once";
    ASSERT_TRUE(QTest::qWaitFor([&] { return heard.size() == 2; }, 5000));
    EXPECT_EQ(heard[0].number, 1);
    EXPECT_EQ(heard[0].text, QStringLiteral("first"));
    EXPECT_EQ(heard[1].number, 2);
    EXPECT_EQ(heard[1].text, QStringLiteral("second"));
    for (const Heard& h : heard)
        EXPECT_EQ(h.thread, QThread::currentThread());

    Q_EMIT here.said(3, QStringLiteral("third"));
    ASSERT_EQ(heard.size(), 3u) << "emitted on the mailbox's own thread: called at once";
    EXPECT_EQ(heard[2].text, QStringLiteral("third"));

    worker.mailbox->run([&] { delete there; });
}

#include "ThreadMailboxTest.moc"
