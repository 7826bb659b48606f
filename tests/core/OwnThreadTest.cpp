// runOnOwnThread: slow pure work (the kiosk's PBKDF2 PIN hashes) runs on a thread of its own and
// its answer comes back to the caller's thread, or not at all once the caller has gone.
#include "util/OwnThread.h"

#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>

using namespace paydesk;

TEST(OwnThread, TheWorkRunsElsewhereAndTheAnswerComesBackHere)
{
    QObject context;
    std::atomic<QThread*> workedOn = nullptr;
    QThread* answeredOn = nullptr;
    QString answer;
    bool returned = false;
    bool answeredBeforeReturn = false;
    runOnOwnThread(
        &context,
        [&workedOn] {
            workedOn = QThread::currentThread();
            return QStringLiteral("hashed");
        },
        [&](const QString& value) {
            answeredBeforeReturn = !returned;
            answeredOn = QThread::currentThread();
            answer = value;
        });
    returned = true;
    ASSERT_TRUE(QTest::qWaitFor([&] { return !answer.isEmpty(); }, 10000));
    EXPECT_EQ(answer, QStringLiteral("hashed"));
    EXPECT_NE(workedOn.load(), nullptr);
    EXPECT_NE(workedOn.load(), QThread::currentThread());
    EXPECT_EQ(answeredOn, QThread::currentThread());
    EXPECT_FALSE(answeredBeforeReturn);
}

TEST(OwnThread, NoAnswerOnceTheContextHasGoneAndTheThreadDeletesItself)
{
    auto context = std::make_unique<QObject>();
    std::atomic<bool> release = false;
    bool answered = false;
    // Held by the work, so freed only when the thread object is deleted: after its end was told.
    auto held = std::make_shared<int>(1);
    std::weak_ptr<int> watch = held;
    runOnOwnThread(
        context.get(),
        [&release, held = std::move(held)] {
            while (!release.load())
                QThread::yieldCurrentThread();
            return *held;
        },
        [&answered](int) { answered = true; });
    context.reset();
    release = true;
    ASSERT_TRUE(QTest::qWaitFor([&] { return watch.expired(); }, 10000)) << "the thread deletes itself";
    EXPECT_FALSE(answered);
}
