// CrossThreadSecretStore: a worker thread's view of the GUI thread's secret store. Calls run on
// the target's thread, answers come back on the caller's thread, in order, never before the
// call returns, and not at all once the forwarding store is gone.
#include "secrets/CrossThreadSecretStore.h"

#include "secrets/MemorySecretStore.h"

#include <QCoreApplication>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>

using namespace paydesk;

namespace {

/// A secret store (over a MemorySecretStore) that records the thread each call ran on.
class RecordingStore final : public SecretStore
{
public:
    std::atomic<QThread*> lastCallThread = nullptr;
    bool isPersistent() const override { return false; }
    QString statusMessage() const override { return {}; }

protected:
    void doRead(const QString& key, ReadCallback done) override
    {
        lastCallThread = QThread::currentThread();
        m_inner.read(key, this, std::move(done));
    }
    void doWrite(const QString& key, const QByteArray& value, DoneCallback done) override
    {
        lastCallThread = QThread::currentThread();
        m_inner.write(key, value, this, std::move(done));
    }
    void doRemove(const QString& key, DoneCallback done) override
    {
        lastCallThread = QThread::currentThread();
        m_inner.remove(key, this, std::move(done));
    }

private:
    MemorySecretStore m_inner;
};

/// A worker thread and its mailbox; run() executes there and waits.
class Worker
{
public:
    Worker()
    {
        m_thread.start();
        m_mailbox.moveToThread(&m_thread);
    }
    ~Worker()
    {
        m_thread.quit();
        m_thread.wait();
    }
    void run(const std::function<void()>& work) { m_mailbox.run(work); }
    QThread* thread() { return &m_thread; }

private:
    QThread m_thread;
    ThreadMailbox m_mailbox;
};

} // namespace

TEST(CrossThreadSecretStoreTest, CallsRunWhereTheTargetLivesAndAnswersComeBackToTheCaller)
{
    RecordingStore target; // on this (the GUI) thread
    ThreadMailbox targetMailbox;
    Worker worker;
    std::unique_ptr<CrossThreadSecretStore> bridge;
    std::unique_ptr<QObject> context;
    std::atomic<QThread*> writeAnsweredOn = nullptr;
    std::atomic<QThread*> readAnsweredOn = nullptr;
    std::atomic<bool> answeredBeforeReturn = false;
    std::atomic<bool> returned = false;
    std::atomic<int> order = 0;
    std::atomic<int> writeOrder = 0;
    std::atomic<int> readOrder = 0;
    QByteArray readValue;
    worker.run([&] {
        bridge = std::make_unique<CrossThreadSecretStore>(target, targetMailbox);
        context = std::make_unique<QObject>();
        bridge->write(QStringLiteral("k"), "secret", context.get(), [&](SecretStore::DoneResult r) {
            answeredBeforeReturn = answeredBeforeReturn || !returned;
            EXPECT_TRUE(r.ok());
            writeAnsweredOn = QThread::currentThread();
            writeOrder = ++order;
        });
        bridge->read(QStringLiteral("k"), context.get(), [&](SecretStore::ReadResult r) {
            answeredBeforeReturn = answeredBeforeReturn || !returned;
            ASSERT_TRUE(r.ok() && r->has_value());
            readValue = **r;
            readAnsweredOn = QThread::currentThread();
            readOrder = ++order;
        });
        returned = true;
    });
    // This thread runs the target's calls (its event loop turns here) and the worker answers.
    ASSERT_TRUE(QTest::qWaitFor([&] { return readOrder.load() != 0; }, 5000));
    EXPECT_EQ(target.lastCallThread.load(), QThread::currentThread());
    EXPECT_EQ(writeAnsweredOn.load(), worker.thread());
    EXPECT_EQ(readAnsweredOn.load(), worker.thread());
    EXPECT_LT(writeOrder.load(), readOrder.load()) << "answers in call order";
    EXPECT_FALSE(answeredBeforeReturn.load());
    worker.run([&] { EXPECT_EQ(readValue, QByteArray("secret")); });

    // An answer that comes back after the forwarding store has gone is dropped.
    std::atomic<bool> lateAnswer = false;
    worker.run([&] {
        bridge->read(QStringLiteral("k"), context.get(), [&](SecretStore::ReadResult) { lateAnswer = true; });
        bridge.reset();
    });
    // The target answers (its call was queued before the bridge went); nothing reaches the worker.
    target.lastCallThread = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return target.lastCallThread.load() != nullptr; }, 5000));
    // Its answer is posted on this thread: let it run (it finds no bridge and posts nothing),
    // then let the worker turn once, where a posted answer would have run.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    worker.run([] {});
    worker.run([&] { context.reset(); });
    EXPECT_FALSE(lateAnswer.load());
}
