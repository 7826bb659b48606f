// Finding 4 of the security review: a server's answer cannot fill the client's memory. HTTP
// answers are capped (announced or streamed), push messages and frames too, and sync goes on.
#include "ScriptedPlatform.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

struct ReplySizeLimit : ::testing::Test
{
    ManualClock clock;
    ManualScheduler scheduler{clock, /*autoAdvance=*/true};
    ScriptedServer server;
    std::unique_ptr<HttpClient> client;
    QObject context;

    void SetUp() override
    {
        HttpClient::Options options;
        options.transferTimeoutMs = 5000;
        options.jitter = [] { return 0.0; };
        options.allowPlainHttpToLoopback = true; // the scripted server is plain http on loopback
        client = std::make_unique<HttpClient>(options, scheduler);
    }

    Result<HttpResponse, ApiError> get()
    {
        HttpRequest request;
        request.url = server.url(QStringLiteral("/feed"));
        request.authenticated = false;
        Await<HttpResponse> await;
        client->send(std::move(request), &context, await.callback());
        EXPECT_TRUE(await.wait(20000));
        return std::move(await.result());
    }

    void expectTooLarge(const Result<HttpResponse, ApiError>& r)
    {
        ASSERT_FALSE(r.ok()) << "an answer over the cap was accepted";
        EXPECT_TRUE(r.error().isReplyTooLarge()) << r.error().detail.toStdString();
        EXPECT_EQ(r.error().message, QStringLiteral("The server's answer was too large (over 16 MiB)."));
        EXPECT_EQ(server.requests().size(), 1) << "the same oversize answer is not fetched again at once";
    }
};

} // namespace

TEST_F(ReplySizeLimit, DefaultCapIs16MiB)
{
    EXPECT_EQ(HttpClient::Options{}.maxReplyBytes, 16 * kMiB);
}

TEST_F(ReplySizeLimit, AnnouncedOversizeAnswerIsRefusedBeforeItsBody)
{
    // 300 MB announced, then nothing more: refused on the headers, not after a transfer timeout.
    ScriptedAnswer answer = ScriptedAnswer::json(200, R"({"payments":[)");
    answer.announcedLength = 300 * kMiB;
    server.enqueue(answer);
    expectTooLarge(get());
}

TEST_F(ReplySizeLimit, ChunkedOversizeAnswerIsAbortedNearTheCap)
{
    // No length anywhere: the client has to count. 64 MiB are on offer; the pieces are only
    // written as the client reads, so what the server wrote is what the client took (to within
    // the kernel's socket buffers).
    ScriptedAnswer answer = ScriptedAnswer::json(200, R"({"payments":[],"nextSequence":1,"hasMore":false})");
    answer.framing = ScriptedAnswer::Framing::Chunked;
    answer.streamBytes = 64 * kMiB;
    server.enqueue(answer);
    expectTooLarge(get());
    std::cout << "[ figures  ] chunked: server wrote " << server.streamedBytes() << " bytes before the abort"
              << std::endl;
    EXPECT_LT(server.streamedBytes(), 16 * kMiB + 2 * kMiB);
}

TEST_F(ReplySizeLimit, UnannouncedOversizeAnswerIsAbortedNearTheCap)
{
    // HTTP/1.0 style: no Content-Length, no chunks, the body ends when the connection closes.
    ScriptedAnswer answer = ScriptedAnswer::json(200, R"({"payments":[],"nextSequence":1,"hasMore":false})");
    answer.framing = ScriptedAnswer::Framing::UntilClose;
    answer.streamBytes = 64 * kMiB;
    server.enqueue(answer);
    expectTooLarge(get());
    std::cout << "[ figures  ] until close: server wrote " << server.streamedBytes()
              << " bytes before the abort" << std::endl;
    EXPECT_LT(server.streamedBytes(), 16 * kMiB + 2 * kMiB);
}

TEST_F(ReplySizeLimit, AnswersUpToTheCapAreRead)
{
    ScriptedAnswer answer = ScriptedAnswer::json(200, R"({"ok":true})");
    answer.framing = ScriptedAnswer::Framing::Chunked;
    answer.streamBytes = 15 * kMiB;
    server.enqueue(answer);
    auto r = get();
    ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
    EXPECT_TRUE(r->json.object().value(QLatin1StringView("ok")).toBool());
}

TEST(ReplySizeLimitSync, OversizeFeedPageIsAConnectionErrorAndSyncGoesOnWithSmallerPages)
{
    ScriptedPlatform p;
    p.server.setHandler([&](const ReceivedRequest& r) {
        // A page of 200 asked for is "too large"; smaller pages are fine.
        const QUrlQuery query(QString::fromLatin1(r.target.mid(r.target.indexOf('?') + 1)));
        if (query.queryItemValue(QStringLiteral("limit")).toInt() >= 200) {
            ScriptedAnswer big = ScriptedAnswer::json(200, "{");
            big.announcedLength = 300 * kMiB;
            return big;
        }
        return ScriptedAnswer::json(200, R"({"payments":[)" + ScriptedPlatform::paymentJson("p1", 3) +
                                             R"(],"nextSequence":3,"hasMore":false,"latestSequence":3})");
    });
    SyncEngine::Options options;
    options.pageSize = 200;
    options.usePush = false;
    auto engine = p.makeEngine(options);
    QList<ApiError> errors;
    QObject::connect(engine.get(), &SyncEngine::syncError, engine.get(),
                     [&](const ApiError& e) { errors.append(e); });
    engine->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !errors.isEmpty(); }, 10000));
    EXPECT_TRUE(errors.first().isReplyTooLarge()) << errors.first().detail.toStdString();
    EXPECT_EQ(engine->state().kind, ConnectionState::Kind::Offline);
    EXPECT_TRUE(engine->state().errorMessage.contains(u"too large"))
        << engine->state().errorMessage.toStdString();
    EXPECT_EQ(engine->pageLimit(), 100);
    EXPECT_EQ(p.storedCursor(), 0);

    // The retry waits for the backoff, then asks for a smaller page and finishes the sync.
    EXPECT_EQ(p.feedRequests(), 1);
    p.scheduler.advanceMs(500);
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->isFullSyncDone(); }, 10000));
    EXPECT_EQ(p.feedRequests(), 2);
    EXPECT_TRUE(p.server.requests().last().target.contains("limit=100"));
    EXPECT_EQ(p.storedCursor(), 3);
    EXPECT_EQ(engine->state().kind, ConnectionState::Kind::Polling);
}

TEST(ReplySizeLimitSync, OversizePushMessageClosesTheChannelWhichReconnectsWithBackoff)
{
    ScriptedPlatform p;
    QWebSocketServer push(QStringLiteral("push"), QWebSocketServer::NonSecureMode);
    p.server.setWebSocketServer(&push);
    p.server.setHandler([](const ReceivedRequest& r) {
        // Nothing new on the feed: the cursor comes back as it was asked for.
        const QByteArray since = QByteArray::number(ScriptedPlatform::sinceOf(r));
        return ScriptedAnswer::json(200, R"({"payments":[],"nextSequence":)" + since +
                                             R"(,"hasMore":false,"latestSequence":)" + since + "}");
    });
    std::vector<std::unique_ptr<QWebSocket>> channels;
    QObject::connect(&push, &QWebSocketServer::newConnection, &push, [&] {
        while (QWebSocket* s = push.nextPendingConnection()) {
            channels.emplace_back(s);
            if (channels.size() == 1) {
                // One frame of 3 MiB: refused from its header, before the payload is read.
                s->setOutgoingFrameSize(8 * kMiB);
                s->sendTextMessage(QString(3 * kMiB, u' ') + QStringLiteral("{}"));
            } else if (channels.size() == 2) {
                // 3 MiB in 64 KiB frames: each frame is small, the message is not.
                s->setOutgoingFrameSize(64 * 1024);
                s->sendTextMessage(QString(3 * kMiB, u' ') + QStringLiteral("{}"));
            } else {
                s->sendTextMessage(QString::fromLatin1(ScriptedPlatform::paymentJson("p7", 7)));
            }
        }
    });

    SyncEngine::Options options;
    auto engine = p.makeEngine(options);
    QList<ApiError> errors;
    QObject::connect(engine.get(), &SyncEngine::syncError, engine.get(),
                     [&](const ApiError& e) { errors.append(e); });
    engine->start();

    for (int channel = 1; channel <= 2; ++channel) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return errors.size() == channel; }, 10000))
            << "channel " << channel;
        EXPECT_TRUE(errors.last().isReplyTooLarge()) << errors.last().detail.toStdString();
        EXPECT_EQ(engine->state().kind, ConnectionState::Kind::Polling);
        EXPECT_EQ(engine->state().errorMessage,
                  QStringLiteral("The server's answer was too large (over 1 MiB)."));
        // The client told the server why (1009, too much data).
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return channels.back()->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData; }, 5000));
        EXPECT_EQ(int(channels.size()), channel) << "no reconnect before the backoff";
        // Each oversize channel doubles the wait (1 s, then 2 s): a server that keeps doing it is
        // not reconnected to at once every time the channel opens.
        p.scheduler.advanceMs(500 * (1 << channel) - 1);
        EXPECT_EQ(int(channels.size()), channel);
        p.scheduler.advanceMs(1);
        ASSERT_TRUE(QTest::qWaitFor([&] { return int(channels.size()) == channel + 1; }, 10000));
    }
    // The third channel sends a proper record: live again, and it is stored.
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->cursor() == 7; }, 10000));
    EXPECT_EQ(engine->state().kind, ConnectionState::Kind::Live);
    EXPECT_TRUE(engine->state().errorMessage.isEmpty());
    EXPECT_EQ(engine->pushConnects(), 3);
}
