// A first sync reads a feed page's records on the engine's parser thread while the page before it
// is written (issue 9). The cursor still only moves with a written page: a next page that cannot be
// read, or that fails, never takes the cursor past the last page written.
#include "ScriptedPlatform.h"
#include "sync/FeedPageParser.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QThread>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPages = 5;
constexpr int kPerPage = 2;

/// Page `k` (1-based) of a sound feed of kPages pages: sequences 2k-1 and 2k.
QByteArray feedPage(int k, bool malformed = false)
{
    QList<QByteArray> records;
    for (int i = 1; i <= kPerPage; ++i) {
        const qint64 sequence = (k - 1) * kPerPage + i;
        QByteArray record = ScriptedPlatform::paymentJson("p" + QByteArray::number(sequence), sequence);
        if (malformed && i == kPerPage) // a record without its amount: PaymentJson refuses it
            record.replace(R"("amount":{"value":249.99,"currencyCode":"GBP"},)", "");
        records << record;
    }
    return R"({"payments":[)" + records.join(',') + R"(],"nextSequence":)" +
           QByteArray::number(k * kPerPage) + R"(,"hasMore":)" + (k < kPages ? "true" : "false") +
           R"(,"latestSequence":)" + QByteArray::number(kPages * kPerPage) + "}";
}

/// The 1-based page a feed request asks for.
int pageAskedFor(const ReceivedRequest& r)
{
    return int(ScriptedPlatform::sinceOf(r) / kPerPage) + 1;
}

bool cached(ScriptedPlatform& p, int sequence)
{
    return p.store->payment(u"p"_s + QString::number(sequence)).value().has_value();
}

} // namespace

TEST(FeedPipeline, TheParserReadsOnItsOwnThreadAndAnswersOnTheCallersInOrder)
{
    FeedPageParser parser;
    QList<int> answered;
    QList<Qt::HANDLE> answeredOn;
    for (int page = 1; page <= 3; ++page) {
        const QJsonArray items =
            QJsonDocument::fromJson(feedPage(page)).object().value(QLatin1StringView("payments")).toArray();
        parser.parse(items, [&, page](Result<QList<Payment>, ApiError> payments) {
            ASSERT_TRUE(payments.ok());
            EXPECT_EQ(payments->size(), kPerPage);
            EXPECT_EQ(payments->first().sequence, (page - 1) * kPerPage + 1);
            answered << page;
            answeredOn << QThread::currentThreadId();
        });
    }
    // Never from inside parse(): the answers come in later turns of this thread's loop.
    EXPECT_TRUE(answered.isEmpty());
    EXPECT_EQ(parser.pagesAsked(), 3);
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered.size() == 3; }, 10000));
    EXPECT_EQ(answered, (QList<int>{1, 2, 3}));
    for (Qt::HANDLE on : answeredOn)
        EXPECT_EQ(on, QThread::currentThreadId());

    // A page with an unreadable record is an error, as PlatformClient::parseFeedPage() says.
    const QJsonArray bad =
        QJsonDocument::fromJson(feedPage(1, true)).object().value(QLatin1StringView("payments")).toArray();
    std::optional<Result<QList<Payment>, ApiError>> result;
    parser.parse(bad, [&](Result<QList<Payment>, ApiError> payments) { result = std::move(payments); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
    ASSERT_FALSE(result->ok());
    EXPECT_EQ(result->error().kind, ApiError::Kind::Parse);
    EXPECT_EQ(result->error().field, u"amount"_s);
}

TEST(FeedPipeline, EachPageIsWrittenOnceTheNextIsWithTheParser)
{
    ScriptedPlatform p;
    p.server.setHandler(
        [](const ReceivedRequest& r) { return ScriptedAnswer::json(200, feedPage(pageAskedFor(r))); });
    SyncEngine::Options options;
    options.usePush = false;
    auto engine = p.makeEngine(options);
    // What the parser had been given when each page was written (the store says so after the commit,
    // on this thread, while the engine is still in the write).
    QList<int> parsedAsideAtWrite;
    QObject::connect(p.store.get(), &PaymentStore::paymentsChanged, engine.get(),
                     [&] { parsedAsideAtWrite << engine->pagesParsedAside(); });
    engine->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->isFullSyncDone(); }, 10000));

    ASSERT_EQ(parsedAsideAtWrite.size(), kPages);
    // Page k is written after page k+1 went to the parser: the write and that read overlap. (The
    // first page came alone and was read there too, since the second was already asked for.)
    for (int k = 1; k < kPages; ++k)
        EXPECT_GE(parsedAsideAtWrite.at(k - 1), k + 1) << "page " << k;
    EXPECT_EQ(p.storedCursor(), kPages * kPerPage);
    EXPECT_EQ(engine->cursor(), kPages * kPerPage);
    for (int s = 1; s <= kPages * kPerPage; ++s)
        EXPECT_TRUE(cached(p, s)) << s;
    EXPECT_EQ(p.feedRequests(), kPages);
}

TEST(FeedPipeline, AMalformedNextPageNeverMovesTheCursorPastTheLastWrittenPage)
{
    ScriptedPlatform p;
    bool healed = false;
    p.server.setHandler([&](const ReceivedRequest& r) {
        const int k = pageAskedFor(r);
        return ScriptedAnswer::json(200, feedPage(k, k == 3 && !healed));
    });
    SyncEngine::Options options;
    options.usePush = false;
    auto engine = p.makeEngine(options);
    QList<ApiError> errors;
    QObject::connect(engine.get(), &SyncEngine::syncError, engine.get(),
                     [&](const ApiError& e) { errors.append(e); });
    // Every answer the client has had (page 4 was asked for when page 3 came, before it was read).
    QSignalSpy answers(p.http.get(), &HttpClient::attemptFinished);
    engine->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !errors.isEmpty() && answers.size() == 4; }, 10000));

    EXPECT_EQ(errors.first().kind, ApiError::Kind::Parse);
    EXPECT_EQ(errors.size(), 1);
    // Pages 1 and 2 are written; nothing of page 3 (not even its readable record) nor of page 4.
    EXPECT_EQ(p.storedCursor(), 2 * kPerPage);
    EXPECT_EQ(engine->cursor(), 2 * kPerPage);
    for (int s = 1; s <= 2 * kPerPage; ++s)
        EXPECT_TRUE(cached(p, s)) << s;
    for (int s = 2 * kPerPage + 1; s <= kPages * kPerPage; ++s)
        EXPECT_FALSE(cached(p, s)) << s;
    EXPECT_EQ(engine->state().kind, ConnectionState::Kind::Offline);

    // The retry starts from the last written page and goes to the end.
    healed = true;
    p.scheduler.advanceMs(500);
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->isFullSyncDone(); }, 10000));
    EXPECT_EQ(ScriptedPlatform::sinceOf(p.server.requests().at(4)), 2 * kPerPage);
    EXPECT_EQ(p.storedCursor(), kPages * kPerPage);
    for (int s = 1; s <= kPages * kPerPage; ++s)
        EXPECT_TRUE(cached(p, s)) << s;
}

TEST(FeedPipeline, AFailedNextPageStillWritesThePagesReadBeforeIt)
{
    ScriptedPlatform p;
    bool healed = false;
    p.server.setHandler([&](const ReceivedRequest& r) {
        const int k = pageAskedFor(r);
        if (k == 4 && !healed) // a page that runs past the feed's end: refused before it is read
            return ScriptedAnswer::json(
                200, R"({"payments":[],"nextSequence":99,"hasMore":false,"latestSequence":10})");
        return ScriptedAnswer::json(200, feedPage(k));
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
    // Page 3 was with the parser or waiting for page 4 when page 4 failed: it is written all the same.
    EXPECT_EQ(p.storedCursor(), 3 * kPerPage);
    EXPECT_EQ(engine->cursor(), 3 * kPerPage);
    EXPECT_TRUE(cached(p, 3 * kPerPage));
    EXPECT_FALSE(cached(p, 3 * kPerPage + 1));

    healed = true;
    p.scheduler.advanceMs(500);
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->isFullSyncDone(); }, 10000));
    EXPECT_EQ(p.storedCursor(), kPages * kPerPage);
    EXPECT_EQ(errors.size(), 1);
}

TEST(FeedPipeline, DuringAReadOfSeveralPagesEachAnswersJsonIsReadOnTheParsersThread)
{
    ScriptedPlatform p;
    p.server.setHandler(
        [](const ReceivedRequest& r) { return ScriptedAnswer::json(200, feedPage(pageAskedFor(r))); });
    SyncEngine::Options options;
    options.usePush = false;
    auto engine = p.makeEngine(options);
    engine->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->isFullSyncDone(); }, 10000));

    // The first page comes alone and the second is asked for before the parser exists; every later
    // answer's JSON is read there (a fifth of the engine's thread during a first sync, issue 9).
    EXPECT_EQ(engine->answersReadAside(), kPages - 2);
    EXPECT_EQ(engine->pagesParsedAside(), kPages);
    EXPECT_EQ(p.storedCursor(), kPages * kPerPage);
    for (int s = 1; s <= kPages * kPerPage; ++s)
        EXPECT_TRUE(cached(p, s)) << s;
    EXPECT_EQ(p.feedRequests(), kPages);
}

TEST(FeedPipeline, AnAnswerThatIsNotJsonReadOnTheParsersThreadIsTheSameErrorAndMovesNoCursor)
{
    ScriptedPlatform p;
    bool healed = false;
    p.server.setHandler([&](const ReceivedRequest& r) {
        const int k = pageAskedFor(r);
        return ScriptedAnswer::json(200, k == 4 && !healed ? QByteArray(R"({"payments": [)") : feedPage(k));
    });
    SyncEngine::Options options;
    options.usePush = false;
    auto engine = p.makeEngine(options);
    QList<ApiError> errors;
    QObject::connect(engine.get(), &SyncEngine::syncError, engine.get(),
                     [&](const ApiError& e) { errors.append(e); });
    engine->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !errors.isEmpty(); }, 10000));

    // As HttpClient says it when it reads the JSON itself.
    const auto direct = HttpClient::readJson(QByteArray(R"({"payments": [)"));
    ASSERT_FALSE(direct.ok());
    EXPECT_EQ(errors.first().kind, ApiError::Kind::Parse);
    EXPECT_EQ(errors.first().message, direct.error().message);
    EXPECT_GE(engine->answersReadAside(), 2) << "pages 3 and 4 were read on the parser's thread";
    // Pages 1 to 3 are written (read before the bad answer); nothing after.
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.storedCursor() == 3 * kPerPage; }, 10000));
    EXPECT_EQ(engine->cursor(), 3 * kPerPage);
    for (int s = 3 * kPerPage + 1; s <= kPages * kPerPage; ++s)
        EXPECT_FALSE(cached(p, s)) << s;

    healed = true;
    p.scheduler.advanceMs(500);
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->isFullSyncDone(); }, 10000));
    EXPECT_EQ(p.storedCursor(), kPages * kPerPage);
    for (int s = 1; s <= kPages * kPerPage; ++s)
        EXPECT_TRUE(cached(p, s)) << s;
}

namespace {

/// Page `k` with a Link header naming the page after it by `linkSince` (the true next page's
/// since unless told otherwise); the last page has none.
ScriptedAnswer linkedPage(int k, qint64 linkSince = -1, bool malformed = false)
{
    ScriptedAnswer answer = ScriptedAnswer::json(200, feedPage(k, malformed));
    if (k < kPages) {
        const qint64 since = linkSince >= 0 ? linkSince : qint64(k) * kPerPage;
        answer.headers = {{"Link", "</E1/S1/payments?sinceSequence=" + QByteArray::number(since) +
                                       "&limit=1000>; rel=\"next\""}};
    }
    return answer;
}

} // namespace

TEST(FeedPipeline, ANextPageLinkAsksForTheNextPageBeforeThisOneIsRead)
{
    ScriptedPlatform p;
    p.server.setHandler([](const ReceivedRequest& r) { return linkedPage(pageAskedFor(r)); });
    SyncEngine::Options options;
    options.usePush = false;
    auto engine = p.makeEngine(options);
    // What the engine had asked for when each page was written.
    QList<int> askedFromLinksAtWrite;
    QObject::connect(p.store.get(), &PaymentStore::paymentsChanged, engine.get(),
                     [&] { askedFromLinksAtWrite << engine->pagesAskedFromLinks(); });
    engine->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->isFullSyncDone(); }, 10000));

    // Pages 1 and 2 come before the parser exists. From page 3 on each answer goes to the parser
    // and the page after it is asked for from its Link header as it comes: pages 4 and 5.
    EXPECT_EQ(engine->pagesAskedFromLinks(), kPages - 3);
    // Page 4 was asked for before page 3 was written (the write waits for the next answer).
    ASSERT_EQ(askedFromLinksAtWrite.size(), kPages);
    EXPECT_GE(askedFromLinksAtWrite.at(2), 1);
    // Each page asked for once, all of it written, the cursor at the end.
    EXPECT_EQ(p.feedRequests(), kPages);
    EXPECT_EQ(p.storedCursor(), kPages * kPerPage);
    EXPECT_EQ(engine->cursor(), kPages * kPerPage);
    for (int s = 1; s <= kPages * kPerPage; ++s)
        EXPECT_TRUE(cached(p, s)) << s;

    // Without the header, as before: nothing asked that way, the same pages written.
    ScriptedPlatform plain;
    plain.server.setHandler(
        [](const ReceivedRequest& r) { return ScriptedAnswer::json(200, feedPage(pageAskedFor(r))); });
    auto without = plain.makeEngine(options);
    without->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return without->isFullSyncDone(); }, 10000));
    EXPECT_EQ(without->pagesAskedFromLinks(), 0);
    EXPECT_EQ(plain.feedRequests(), kPages);
    EXPECT_EQ(plain.storedCursor(), kPages * kPerPage);
}

TEST(FeedPipeline, ANextPageLinkItsPageDisagreesWithIsDroppedAndTheFeedReadOnFromTheBody)
{
    // Page 3's link skips page 4 and names page 5, the last. Were page 5 written, the sync would
    // end there with page 4's records missing and the cursor past them.
    ScriptedPlatform p;
    p.server.setHandler([&](const ReceivedRequest& r) {
        const int k = pageAskedFor(r);
        return linkedPage(k, k == 3 ? 4 * kPerPage : -1);
    });
    SyncEngine::Options options;
    options.usePush = false;
    auto engine = p.makeEngine(options);
    QList<qint64> written;
    QObject::connect(p.store.get(), &PaymentStore::paymentsChanged, engine.get(),
                     [&] { written << p.storedCursor(); });
    engine->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->isFullSyncDone(); }, 10000));

    EXPECT_EQ(engine->pagesAskedFromLinks(), 1);
    QList<qint64> asked;
    for (const ReceivedRequest& r : p.server.requests())
        asked << ScriptedPlatform::sinceOf(r);
    // Page 5 was asked for from the link, then page 4 from page 3's body, then page 5 again, from
    // page 4's body: the link is no longer used once one has disagreed. (The first two requests
    // for pages 4 and 5 travel on different connections, so their order at the server may vary.)
    ASSERT_EQ(asked.size(), 6);
    EXPECT_EQ(asked.mid(0, 3), (QList<qint64>{0, 2, 4}));
    EXPECT_EQ(asked.count(8), 2);
    EXPECT_EQ(asked.count(6), 1);
    EXPECT_EQ(asked.last(), 8);
    // Pages written in order, each once; nothing skipped.
    EXPECT_EQ(written, (QList<qint64>{2, 4, 6, 8, 10}));
    EXPECT_EQ(p.storedCursor(), kPages * kPerPage);
    for (int s = 1; s <= kPages * kPerPage; ++s)
        EXPECT_TRUE(cached(p, s)) << s;
}

TEST(FeedPipeline, AnAnswerThatCannotBeReadDropsTheNextPageItsLinkAskedFor)
{
    // Page 4's answer is not JSON, but its Link header names page 5, the last, which is asked for
    // before that is known. Were page 5 written, the sync would end with page 4 missing and the
    // cursor past it: it is dropped, and the cursor stays after page 3 until page 4 is read.
    ScriptedPlatform p;
    bool healed = false;
    p.server.setHandler([&](const ReceivedRequest& r) {
        const int k = pageAskedFor(r);
        ScriptedAnswer answer = linkedPage(k);
        if (k == 4 && !healed)
            answer.body = R"({"payments": [)";
        return answer;
    });
    SyncEngine::Options options;
    options.usePush = false;
    auto engine = p.makeEngine(options);
    QList<ApiError> errors;
    QObject::connect(engine.get(), &SyncEngine::syncError, engine.get(),
                     [&](const ApiError& e) { errors.append(e); });
    QSignalSpy answers(p.http.get(), &HttpClient::attemptFinished);
    engine->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !errors.isEmpty() && answers.size() == 5; }, 10000));

    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().kind, ApiError::Kind::Parse);
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.storedCursor() == 3 * kPerPage; }, 10000));
    EXPECT_EQ(engine->cursor(), 3 * kPerPage);
    EXPECT_FALSE(engine->isFullSyncDone());
    for (int s = 3 * kPerPage + 1; s <= kPages * kPerPage; ++s)
        EXPECT_FALSE(cached(p, s)) << s;

    healed = true;
    p.scheduler.advanceMs(500);
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->isFullSyncDone(); }, 10000));
    EXPECT_EQ(ScriptedPlatform::sinceOf(p.server.requests().at(5)), 3 * kPerPage);
    EXPECT_EQ(p.storedCursor(), kPages * kPerPage);
    for (int s = 1; s <= kPages * kPerPage; ++s)
        EXPECT_TRUE(cached(p, s)) << s;
}
