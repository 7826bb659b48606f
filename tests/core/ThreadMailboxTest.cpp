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

} // namespace

TEST(ThreadMailbox, RunsEachJobOnItsThreadInTheOrderPostedAmongOtherQueuedCalls)
{
    Worker worker;
    std::vector<int> order; // written on the worker only
    std::vector<QThread*> threads;
    std::atomic<bool> done = false;
    for (int i = 0; i < 200; ++i) {
        if (i % 10 == 5) {
            // An ordinary queued call between two jobs keeps its place.
            QMetaObject::invokeMethod(
                worker.mailbox, [&order, i] { order.push_back(-i); }, Qt::QueuedConnection);
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
