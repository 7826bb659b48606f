#include "QtPrinters.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 5000;

// Waits for one asynchronous answer of a SecretStore.
template<typename R>
struct Answer
{
    std::optional<R> result;
    std::function<void(R)> callback()
    {
        return [this](R r) { result.emplace(std::move(r)); };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, kWaitMs);
    }
};

using ReadAnswer = Answer<SecretStore::ReadResult>;
using DoneAnswer = Answer<SecretStore::DoneResult>;

std::optional<QByteArray> readNow(SecretStore& store, const QString& key)
{
    ReadAnswer answer;
    store.read(key, &store, answer.callback());
    EXPECT_TRUE(answer.wait()) << "no answer for " << key.toStdString();
    EXPECT_TRUE(answer.result && answer.result->ok());
    if (!answer.result || !answer.result->ok())
        return QByteArray("<error>");
    return answer.result->value();
}

bool writeNow(SecretStore& store, const QString& key, const QByteArray& value)
{
    DoneAnswer answer;
    store.write(key, value, &store, answer.callback());
    return answer.wait() && answer.result->ok();
}

} // namespace

TEST(SecretKeys, AreNamespacedPerProfile)
{
    EXPECT_EQ(SecretStore::defaultService(), u"PayDesk"_s);
    EXPECT_EQ(SecretStore::clientSecretKey(u"Main site"_s), u"profile/Main site/clientSecret"_s);
    EXPECT_EQ(SecretStore::accessTokenKey(u"Main site"_s), u"profile/Main site/token"_s);
}

TEST(MemorySecretStore, AbsentKeyReadsAsNulloptNotError)
{
    MemorySecretStore store;
    ReadAnswer answer;
    store.read(u"profile/a/token"_s, &store, answer.callback());
    ASSERT_TRUE(answer.wait());
    ASSERT_TRUE(answer.result->ok());
    EXPECT_FALSE(answer.result->value().has_value());
}

TEST(MemorySecretStore, WritesReadsOverwritesAndRemoves)
{
    MemorySecretStore store;
    const QString key = SecretStore::clientSecretKey(u"main"_s);
    ASSERT_TRUE(writeNow(store, key, "first"));
    EXPECT_EQ(readNow(store, key), QByteArray("first"));
    ASSERT_TRUE(writeNow(store, key, "second"));
    EXPECT_EQ(readNow(store, key), QByteArray("second"));
    EXPECT_EQ(store.size(), 1);

    DoneAnswer removed;
    store.remove(key, &store, removed.callback());
    ASSERT_TRUE(removed.wait());
    EXPECT_TRUE(removed.result->ok());
    EXPECT_EQ(readNow(store, key), std::nullopt);
    EXPECT_EQ(store.size(), 0);

    // Removing what is not there succeeds: callers clear tokens without checking first.
    DoneAnswer removedAgain;
    store.remove(key, &store, removedAgain.callback());
    ASSERT_TRUE(removedAgain.wait());
    EXPECT_TRUE(removedAgain.result->ok());
}

TEST(MemorySecretStore, KeepsBinaryValuesExactly)
{
    MemorySecretStore store;
    const QByteArray value("\0\x01\xff token \xc3\x28", 12);
    ASSERT_TRUE(writeNow(store, u"k"_s, value));
    EXPECT_EQ(readNow(store, u"k"_s), value);
}

TEST(MemorySecretStore, AnswersOnALaterEventLoopTurnNeverSynchronously)
{
    MemorySecretStore store;
    bool answered = false;
    store.write(u"k"_s, "v", &store, [&](SecretStore::DoneResult) { answered = true; });
    EXPECT_FALSE(answered);
    store.read(u"k"_s, &store, [&](SecretStore::ReadResult) { answered = true; });
    EXPECT_FALSE(answered);
    EXPECT_TRUE(QTest::qWaitFor([&] { return answered; }, kWaitMs));
}

TEST(MemorySecretStore, AnswersInCallOrderAndEachReadSeesTheWritesBeforeIt)
{
    MemorySecretStore store;
    QStringList log;
    auto logRead = [&](QString label) {
        return [&log, label](SecretStore::ReadResult r) {
            log << label + u'=' +
                       (r.ok() ? (r->has_value() ? QString::fromUtf8(**r) : u"absent"_s) : u"error"_s);
        };
    };
    auto logDone = [&](QString label) {
        return [&log, label](SecretStore::DoneResult r) { log << label + (r.ok() ? u"=ok"_s : u"=error"_s); };
    };
    store.read(u"k"_s, &store, logRead(u"read0"_s));
    store.write(u"k"_s, "1", &store, logDone(u"write1"_s));
    store.read(u"k"_s, &store, logRead(u"read1"_s));
    store.write(u"k"_s, "2", &store, logDone(u"write2"_s));
    store.read(u"k"_s, &store, logRead(u"read2"_s));
    store.remove(u"k"_s, &store, logDone(u"remove"_s));
    store.read(u"k"_s, &store, logRead(u"read3"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return log.size() == 7; }, kWaitMs));
    EXPECT_EQ(log.join(u' '), u"read0=absent write1=ok read1=1 write2=ok read2=2 remove=ok read3=absent"_s);
}

TEST(MemorySecretStore, DropsTheAnswerWhenTheContextIsDestroyed)
{
    MemorySecretStore store;
    int answers = 0;
    {
        QObject context;
        store.write(u"k"_s, "v", &context, [&](SecretStore::DoneResult) { ++answers; });
        store.read(u"k"_s, &context, [&](SecretStore::ReadResult) { ++answers; });
    }
    QObject alive;
    bool lastAnswered = false;
    store.read(u"k"_s, &alive, [&](SecretStore::ReadResult r) {
        // The write went through even though its caller went away.
        lastAnswered = r.ok() && r->has_value();
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return lastAnswered; }, kWaitMs));
    EXPECT_EQ(answers, 0);
}

TEST(MemorySecretStore, InjectedFailureIsReportedAsTypedError)
{
    MemorySecretStore store;
    store.setFailure(SecretError::make(SecretError::Kind::AccessDenied));
    ReadAnswer read;
    store.read(u"k"_s, &store, read.callback());
    DoneAnswer write;
    store.write(u"k"_s, "v", &store, write.callback());
    ASSERT_TRUE(read.wait());
    ASSERT_TRUE(write.wait());
    ASSERT_FALSE(read.result->ok());
    EXPECT_EQ(read.result->error().kind, SecretError::Kind::AccessDenied);
    EXPECT_FALSE(read.result->error().message.isEmpty());
    ASSERT_FALSE(write.result->ok());
    EXPECT_EQ(write.result->error().kind, SecretError::Kind::AccessDenied);
    EXPECT_EQ(store.size(), 0);

    store.setFailure(std::nullopt);
    EXPECT_TRUE(writeNow(store, u"k"_s, "v"));
}

TEST(MemorySecretStore, SaysItIsNotPersistent)
{
    MemorySecretStore store;
    EXPECT_TRUE(store.isReady());
    EXPECT_FALSE(store.isPersistent());
    EXPECT_FALSE(store.statusMessage().isEmpty());
}

// --- SessionSecretStore: the decision between the keychain and memory --------------------

TEST(SessionSecretStore, KeepsTheKeychainWhenTheProbeAnswers)
{
    auto candidate = std::make_unique<MemorySecretStore>();
    MemorySecretStore* keychain = candidate.get();
    SessionSecretStore store(std::move(candidate));
    EXPECT_FALSE(store.isReady());
    EXPECT_EQ(store.state(), SessionSecretStore::State::Probing);

    QSignalSpy changed(&store, &SecretStore::statusChanged);
    ASSERT_TRUE(changed.wait(kWaitMs));
    EXPECT_TRUE(store.isReady());
    EXPECT_EQ(store.state(), SessionSecretStore::State::Keychain);
    EXPECT_FALSE(store.probeError().has_value());

    ASSERT_TRUE(writeNow(store, u"k"_s, "v"));
    // It really went to the store it was given, and the probe wrote nothing.
    EXPECT_EQ(keychain->size(), 1);
    EXPECT_EQ(readNow(*keychain, u"k"_s), QByteArray("v"));
    EXPECT_EQ(readNow(*keychain, SessionSecretStore::probeKey()), std::nullopt);
}

TEST(SessionSecretStore, FallsBackToMemoryAndSaysSoWhenThereIsNoKeychain)
{
    auto candidate = std::make_unique<MemorySecretStore>();
    candidate->setFailure(SecretError::make(SecretError::Kind::NoBackend, u"no secret service"_s));
    SessionSecretStore store(std::move(candidate));

    QSignalSpy changed(&store, &SecretStore::statusChanged);
    ASSERT_TRUE(changed.wait(kWaitMs));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(store.isReady());
    EXPECT_EQ(store.state(), SessionSecretStore::State::SessionOnly);
    EXPECT_FALSE(store.isPersistent());
    ASSERT_TRUE(store.probeError().has_value());
    EXPECT_EQ(store.probeError()->kind, SecretError::Kind::NoBackend);
    EXPECT_EQ(store.statusMessage(),
              u"No system keychain is available: secrets are kept in memory for this session only and you "
              u"will need to enter them again next time."_s);

    // Secrets still work for the session.
    ASSERT_TRUE(writeNow(store, u"k"_s, "v"));
    EXPECT_EQ(readNow(store, u"k"_s), QByteArray("v"));
}

TEST(SessionSecretStore, ALockedKeychainIsExplainedAsSuch)
{
    auto candidate = std::make_unique<MemorySecretStore>();
    candidate->setFailure(SecretError::make(SecretError::Kind::AccessDenied));
    SessionSecretStore store(std::move(candidate));
    ASSERT_TRUE(QTest::qWaitFor([&] { return store.isReady(); }, kWaitMs));
    EXPECT_EQ(store.state(), SessionSecretStore::State::SessionOnly);
    EXPECT_TRUE(store.statusMessage().contains(u"locked"_s)) << store.statusMessage().toStdString();
    EXPECT_TRUE(store.statusMessage().contains(u"memory for this session only"_s));
}

TEST(SessionSecretStore, CallsMadeWhileProbingAreAnsweredInOrderByTheChosenStore)
{
    auto candidate = std::make_unique<MemorySecretStore>();
    candidate->setFailure(SecretError::make(SecretError::Kind::Timeout));
    SessionSecretStore store(std::move(candidate));
    ASSERT_FALSE(store.isReady());

    QStringList log;
    store.write(u"k"_s, "1", &store,
                [&](SecretStore::DoneResult r) { log << (r.ok() ? u"w1"_s : u"w1!"_s); });
    store.read(u"k"_s, &store, [&](SecretStore::ReadResult r) {
        log << (r.ok() && r->has_value() ? u"r="_s + QString::fromUtf8(**r) : u"r!"_s);
    });
    store.remove(u"k"_s, &store, [&](SecretStore::DoneResult r) { log << (r.ok() ? u"rm"_s : u"rm!"_s); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return log.size() == 3; }, kWaitMs));
    EXPECT_EQ(log.join(u' '), u"w1 r=1 rm"_s);
    EXPECT_EQ(store.state(), SessionSecretStore::State::SessionOnly);
}

TEST(SessionSecretStore, DestroyingItWhileProbingDropsPendingAnswersQuietly)
{
    int answers = 0;
    bool controlAnswered = false;
    // The same question to a store that lives: it takes the same turns of the event loop and was
    // asked second, so once it has its answer the destroyed store's would have come too.
    SessionSecretStore control(std::make_unique<MemorySecretStore>());
    {
        SessionSecretStore store(std::make_unique<MemorySecretStore>());
        store.read(u"k"_s, &store, [&](SecretStore::ReadResult) { ++answers; });
        control.read(u"k"_s, &control, [&](SecretStore::ReadResult) { controlAnswered = true; });
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return controlAnswered; }, kWaitMs));
    EXPECT_EQ(answers, 0);
}
