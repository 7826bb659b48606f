#include "SandboxTestClient.h"
#include "faults/FaultInjector.h"
#include "payments/PaymentJson.h"
#include "platform/EventStream.h"
#include "platform/PlatformState.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>

namespace paydesk::sandbox::test {

namespace {

/// A push-channel client that keeps every change record it receives.
class StreamClient : public QObject
{
public:
    QWebSocket socket;
    QList<Payment> records;
    bool parseFailed = false;

    StreamClient()
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString& message) {
            auto p = PaymentJson::paymentFromJson(QJsonDocument::fromJson(message.toUtf8()).object());
            if (!p)
                parseFailed = true;
            else
                records.append(p.value());
        });
    }

    void open(const Sandbox& sandbox, const QString& storePrefix, const QString& token,
              const QString& query = {})
    {
        QUrl url(sandbox.baseUrl().toString().replace(QStringLiteral("http://"), QStringLiteral("ws://")) +
                 storePrefix + QStringLiteral("/events/stream") + query);
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        socket.open(request);
    }

    // A deadline for a broken stream, not a speed bound: the wait ends as soon as it connects, and a
    // sanitizer build on a loaded machine can take seconds to.
    bool waitConnected()
    {
        return QTest::qWaitFor([this]() { return socket.state() == QAbstractSocket::ConnectedState; }, 60000);
    }

    bool waitForCount(int n, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&]() { return records.size() >= n; }, timeoutMs);
    }

    qint64 lastSequence() const { return records.isEmpty() ? 0 : records.last().sequence; }
};

class FeedStream : public SandboxFixture
{
protected:
    void SetUp() override
    {
        SandboxFixture::SetUp();
        dealer = client->dealerToken();
        prefix = client->storePrefix();
        store = sandbox->state().stores().at(0);
    }

    qint64 latest() const { return sandbox->state().latestSequence(store.enterpriseId, store.storeId); }

    /// Every feed record after `since`, read page by page over HTTP.
    QList<Payment> readFeed(qint64 since, int limit = 7)
    {
        QList<Payment> out;
        for (;;) {
            const Reply r = client->get(
                prefix + QStringLiteral("/payments?sinceSequence=%1&limit=%2").arg(since).arg(limit), dealer);
            EXPECT_EQ(r.status, 200);
            if (r.status != 200)
                return out;
            const QJsonObject o = r.json();
            for (const QJsonValue& v : o.value(QLatin1StringView("payments")).toArray())
                out.append(PaymentJson::paymentFromJson(v.toObject()).value());
            since = o.value(QLatin1StringView("nextSequence")).toInteger();
            if (!o.value(QLatin1StringView("hasMore")).toBool())
                return out;
        }
    }

    static void expectStrictlyIncreasing(const QList<Payment>& records)
    {
        for (qsizetype i = 1; i < records.size(); ++i)
            ASSERT_GT(records.at(i).sequence, records.at(i - 1).sequence) << "at record " << i;
    }

    QString dealer;
    QString prefix;
    StoreInfo store;
};

} // namespace

TEST_F(FeedStream, StreamNeedsAToken)
{
    StreamClient stream;
    QSignalSpy errors(&stream.socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    stream.open(*sandbox, prefix, QString(), QStringLiteral("?sinceSequence=0"));
    EXPECT_TRUE(QTest::qWaitFor([&]() { return !errors.isEmpty(); }, 5000));
    EXPECT_NE(stream.socket.state(), QAbstractSocket::ConnectedState);
    EXPECT_TRUE(stream.records.isEmpty());
}

TEST_F(FeedStream, UnknownStoreIsClosed)
{
    StreamClient stream;
    stream.open(*sandbox, QStringLiteral("/E0/S0/v1"), dealer);
    QSignalSpy closed(&stream.socket, &QWebSocket::disconnected);
    ASSERT_TRUE(closed.wait(5000));
    EXPECT_EQ(int(stream.socket.closeCode()), 4404);
}

TEST_F(FeedStream, ResumeFromZeroReplaysTheStoreThenGoesLive)
{
    StreamClient stream;
    stream.open(*sandbox, prefix, dealer, QStringLiteral("?sinceSequence=0"));
    ASSERT_TRUE(stream.waitConnected());
    const int seeded = sandbox->state().paymentCount(store.enterpriseId, store.storeId);
    ASSERT_TRUE(stream.waitForCount(seeded));
    expectStrictlyIncreasing(stream.records);
    EXPECT_EQ(stream.lastSequence(), latest());

    const QJsonObject created = client->initiate(dealer);
    ASSERT_TRUE(stream.waitForCount(seeded + 2)) << "initiated, then notified";
    EXPECT_EQ(stream.records.at(seeded).paymentId, created.value(QLatin1StringView("paymentId")).toString());
    EXPECT_EQ(stream.records.at(seeded).status.code(), PaymentStatus::Code::Initiated);
    EXPECT_EQ(stream.records.at(seeded + 1).status.code(), PaymentStatus::Code::Notified);
    EXPECT_FALSE(stream.parseFailed);
}

TEST_F(FeedStream, WithoutSinceSequenceOnlyNewChangesArrive)
{
    StreamClient stream;
    stream.open(*sandbox, prefix, dealer);
    ASSERT_TRUE(stream.waitConnected());
    const qint64 before = latest();
    client->initiate(dealer);
    ASSERT_TRUE(stream.waitForCount(2)) << "initiated, then notified";
    // The stream is in order: an old record it sent would have come before the new ones.
    EXPECT_EQ(stream.records.at(0).sequence, before + 1);
    EXPECT_EQ(stream.records.at(1).sequence, before + 2);
    EXPECT_EQ(stream.records.size(), 2);
}

TEST_F(FeedStream, ClientMessageRestartsFromASequence)
{
    StreamClient stream;
    stream.open(*sandbox, prefix, dealer);
    ASSERT_TRUE(stream.waitConnected());
    stream.socket.sendTextMessage(QStringLiteral(R"({"sinceSequence":3})"));
    const QList<Payment> feed = readFeed(3);
    ASSERT_TRUE(stream.waitForCount(int(feed.size())));
    ASSERT_EQ(stream.records.size(), feed.size());
    for (qsizetype i = 0; i < feed.size(); ++i)
        EXPECT_EQ(stream.records.at(i).sequence, feed.at(i).sequence);
}

TEST_F(FeedStream, ReconnectResumesWithoutMissingAnything)
{
    StreamClient first;
    first.open(*sandbox, prefix, dealer, QStringLiteral("?sinceSequence=0"));
    const int seeded = sandbox->state().paymentCount(store.enterpriseId, store.storeId);
    ASSERT_TRUE(first.waitForCount(seeded));
    const qint64 resumeFrom = first.lastSequence();
    first.socket.close();

    for (int i = 0; i < 5; ++i)
        client->initiate(dealer);
    // Let the NOTIFIED changes land too.
    ASSERT_TRUE(QTest::qWaitFor([&]() { return latest() >= resumeFrom + 10; }, 5000));

    StreamClient second;
    second.open(*sandbox, prefix, dealer, QStringLiteral("?sinceSequence=%1").arg(resumeFrom));
    const QList<Payment> feed = readFeed(resumeFrom);
    ASSERT_EQ(feed.size(), 5);
    // One more change after the catch-up: once it arrives, anything more the catch-up sent (in
    // order, before it) has arrived too.
    const qint64 caughtUpTo = latest();
    client->initiate(dealer);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return second.lastSequence() > caughtUpTo; }, 10000));
    const auto catchUp = std::count_if(second.records.cbegin(), second.records.cend(),
                                       [caughtUpTo](const Payment& p) { return p.sequence <= caughtUpTo; });
    ASSERT_EQ(catchUp, 5) << "the stream's catch-up equals the feed";
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(second.records.at(i).paymentId, feed.at(i).paymentId);
        EXPECT_EQ(second.records.at(i).sequence, feed.at(i).sequence);
        EXPECT_EQ(PaymentJson::paymentToJson(second.records.at(i), false),
                  PaymentJson::paymentToJson(feed.at(i), false));
    }
}

TEST_F(FeedStream, FeedAndStreamAgreeUnderConcurrentChanges)
{
    StreamClient stream;
    stream.open(*sandbox, prefix, dealer, QStringLiteral("?sinceSequence=0"));
    const int seeded = sandbox->state().paymentCount(store.enterpriseId, store.storeId);
    ASSERT_TRUE(stream.waitForCount(seeded));
    QSignalSpy committed(&sandbox->state(), &PlatformState::paymentChanged);

    // Fire many writes at once over several connections, while the platform also changes
    // payments itself (notifications) and from C++ (as the pay page and reconciler do).
    const QString partner = client->partnerToken();
    QNetworkAccessManager nam;
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 30; ++i) {
        QNetworkRequest request(QUrl(sandbox->baseUrl().toString() + prefix + QStringLiteral("/payments")));
        request.setRawHeader("Authorization", "Bearer " + dealer.toLatin1());
        request.setRawHeader("Idempotency-Key", newKey().toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        replies << nam.post(request,
                            QJsonDocument(SandboxTestClient::initiateBody(QStringLiteral("Load %1").arg(i)))
                                .toJson(QJsonDocument::Compact));
    }
    int cppChanges = 0;
    for (const Payment& p :
         sandbox->state().feed(store.enterpriseId, store.storeId, PaymentQuery{0, 1000}).payments) {
        if (!p.status.isOpen() || cppChanges >= 10)
            continue;
        StatusUpdate u;
        u.status = PaymentStatus(PaymentStatus::Code::Cancelled);
        u.actor = StatusChange::Actor::System;
        if (sandbox->state().applyStatusUpdate(p.enterpriseId, p.storeId, p.paymentId, u))
            ++cppChanges;
    }
    const QList<Payment> midFeed = readFeed(0, 50); // a full sync racing the writes
    EXPECT_FALSE(midFeed.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            return std::all_of(replies.begin(), replies.end(),
                               [](QNetworkReply* r) { return r->isFinished(); });
        },
        15000));
    for (QNetworkReply* r : replies) {
        EXPECT_EQ(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        r->deleteLater();
    }
    // 30 initiated + 30 notified + the C++ changes.
    const int expectedChanges = 60 + cppChanges;
    ASSERT_TRUE(QTest::qWaitFor([&]() { return committed.size() >= expectedChanges; }, 10000));
    ASSERT_TRUE(stream.waitForCount(seeded + int(committed.size())));
    // One more change: once it arrives, a duplicate or stray record sent before it has too.
    qint64 marker = -1;
    for (const Payment& p :
         sandbox->state().feed(store.enterpriseId, store.storeId, PaymentQuery{0, 1000}).payments) {
        StatusUpdate u;
        u.status = PaymentStatus(PaymentStatus::Code::Cancelled);
        u.actor = StatusChange::Actor::System;
        if (p.status.isOpen() &&
            sandbox->state().applyStatusUpdate(p.enterpriseId, p.storeId, p.paymentId, u)) {
            marker = latest();
            break;
        }
    }
    ASSERT_GT(marker, 0) << "an open payment to change";
    ASSERT_TRUE(QTest::qWaitFor([&]() { return stream.lastSequence() >= marker; }, 10000));

    // No duplicates, no reordering, no gaps: live, every committed sequence arrives once, in order.
    const QList<Payment> live = stream.records.mid(seeded);
    ASSERT_EQ(live.size(), committed.size());
    for (qsizetype i = 0; i < live.size(); ++i)
        EXPECT_EQ(live.at(i).sequence, committed.at(i).at(0).value<ChangeEvent>().payment.sequence);
    expectStrictlyIncreasing(stream.records);
    EXPECT_EQ(stream.lastSequence(), latest());
    for (qsizetype i = 1; i < live.size(); ++i)
        EXPECT_EQ(live.at(i).sequence, live.at(i - 1).sequence + 1)
            << "gap after " << live.at(i - 1).sequence;

    // The latest record of each payment on the stream equals the feed's record of it.
    QHash<QString, Payment> fromStream;
    for (const Payment& p : stream.records)
        fromStream.insert(p.paymentId, p);
    const QList<Payment> feed = readFeed(0, 100);
    ASSERT_EQ(fromStream.size(), feed.size());
    for (const Payment& p : feed)
        EXPECT_EQ(PaymentJson::paymentToJson(fromStream.value(p.paymentId), false),
                  PaymentJson::paymentToJson(p, false));
}

TEST(FeedStreamCatchUp, ChangesDuringCatchUpAreNeitherLostNorDoubled)
{
    SandboxOptions options;
    options.scenario = QStringLiteral("off");
    options.seedCount = 6000;
    options.notifyDelayMs = 0;
    Sandbox sandbox(options);
    ASSERT_TRUE(sandbox.start().ok());
    SandboxTestClient client(sandbox);
    const QString dealer = client.dealerToken();
    const StoreInfo store = sandbox.state().stores().at(0);
    StreamClient stream;
    stream.open(sandbox, client.storePrefix(), dealer, QStringLiteral("?sinceSequence=0"));
    ASSERT_TRUE(stream.waitConnected());
    // Change old and new payments while the stream is still catching up.
    const QList<Payment> all =
        sandbox.state().feed(store.enterpriseId, store.storeId, PaymentQuery{0, 100000}).payments;
    int changed = 0;
    for (const Payment& p : all) {
        if (p.status.isOpen() && changed < 40) {
            StatusUpdate u;
            u.status = PaymentStatus(PaymentStatus::Code::Expired);
            u.actor = StatusChange::Actor::System;
            changed +=
                sandbox.state().applyStatusUpdate(p.enterpriseId, p.storeId, p.paymentId, u).ok() ? 1 : 0;
            if (changed % 10 == 0) {
                // The catch-up moves on between batches, so the changes land at several points of it.
                const qsizetype received = stream.records.size();
                ASSERT_TRUE(QTest::qWaitFor([&]() { return stream.records.size() > received; }, 10000));
            }
        }
    }
    ASSERT_GT(changed, 0);
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            return stream.lastSequence() == sandbox.state().latestSequence(store.enterpriseId, store.storeId);
        },
        20000));
    QSet<qint64> sequences;
    for (const Payment& p : stream.records)
        EXPECT_FALSE(sequences.contains(p.sequence));
    for (qsizetype i = 1; i < stream.records.size(); ++i)
        ASSERT_GT(stream.records.at(i).sequence, stream.records.at(i - 1).sequence);
    QHash<QString, Payment> latestOnStream;
    for (const Payment& p : stream.records)
        latestOnStream.insert(p.paymentId, p);
    EXPECT_EQ(latestOnStream.size(), sandbox.state().paymentCount(store.enterpriseId, store.storeId));
    for (auto it = latestOnStream.cbegin(); it != latestOnStream.cend(); ++it) {
        const auto now = sandbox.state().paymentById(it.key());
        ASSERT_TRUE(now.has_value());
        EXPECT_EQ(it->sequence, now->sequence);
        EXPECT_EQ(it->status, now->status);
    }
}

TEST_F(FeedStream, PushChannelClosedFault)
{
    StreamClient stream;
    stream.open(*sandbox, prefix, dealer);
    ASSERT_TRUE(stream.waitConnected());
    QSignalSpy closed(&stream.socket, &QWebSocket::disconnected);
    const Reply r = client->admin("POST", QStringLiteral("/admin/stream/close"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value(QLatin1StringView("closed")).toInt(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return !closed.isEmpty(); }, 5000));
    EXPECT_EQ(stream.socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    EXPECT_EQ(sandbox->stream().connectionCount(), 0);
}

TEST_F(FeedStream, StreamRouteFaultRefusesTheUpgrade)
{
    auto spec = FaultSpec::parse(QStringLiteral("error5xx=1,times=1"));
    sandbox->faults().set(QStringLiteral("events.stream"), spec.value());
    StreamClient refused;
    QSignalSpy errors(&refused.socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    refused.open(*sandbox, prefix, dealer);
    EXPECT_TRUE(QTest::qWaitFor([&]() { return !errors.isEmpty(); }, 5000));
    StreamClient accepted;
    accepted.open(*sandbox, prefix, dealer);
    EXPECT_TRUE(accepted.waitConnected());
}

TEST_F(FeedStream, BrowsersMayPassTheTokenInTheQuery)
{
    StreamClient stream;
    stream.open(*sandbox, prefix, QString(), QStringLiteral("?sinceSequence=0&access_token=") + dealer);
    ASSERT_TRUE(stream.waitConnected());
    EXPECT_TRUE(stream.waitForCount(sandbox->state().paymentCount(store.enterpriseId, store.storeId)));
}

TEST_F(FeedStream, DroppedUpgradeThenRecovery)
{
    auto spec = FaultSpec::parse(QStringLiteral("drop=1,times=1"));
    sandbox->faults().set(QStringLiteral("events.stream"), spec.value());
    StreamClient dropped;
    QSignalSpy errors(&dropped.socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    dropped.open(*sandbox, prefix, dealer);
    EXPECT_TRUE(QTest::qWaitFor([&]() { return !errors.isEmpty(); }, 5000));
    EXPECT_NE(dropped.socket.state(), QAbstractSocket::ConnectedState);
    StreamClient next;
    next.open(*sandbox, prefix, dealer);
    EXPECT_TRUE(next.waitConnected());
}

} // namespace paydesk::sandbox::test

namespace paydesk::sandbox::test {

TEST_F(FeedStream, EachFeedPageButTheLastLinksToTheNextPageAsItsBodySays)
{
    // DESIGN.md, the change feed: a page with more after it names the next page's address in an
    // RFC 8288 Link header (rel="next"), this request's with sinceSequence moved to nextSequence.
    qint64 since = 0;
    int pages = 0;
    for (;;) {
        const Reply r =
            client->get(prefix + QStringLiteral("/payments?sinceSequence=%1&limit=7").arg(since), dealer);
        ASSERT_EQ(r.status, 200);
        ++pages;
        const QJsonObject o = r.json();
        const qint64 next = o.value(QLatin1StringView("nextSequence")).toInteger();
        const QByteArray link = r.header("Link");
        if (!o.value(QLatin1StringView("hasMore")).toBool()) {
            EXPECT_TRUE(link.isEmpty()) << "the last page links nowhere: " << link.toStdString();
            break;
        }
        ASSERT_TRUE(link.startsWith('<') && link.endsWith(">; rel=\"next\"")) << link.toStdString();
        const QUrl address = QUrl::fromEncoded(link.mid(1, link.indexOf('>') - 1));
        EXPECT_EQ(address.path(), QUrl(prefix + QStringLiteral("/payments")).path());
        const QUrlQuery query(address);
        EXPECT_EQ(query.queryItemValue(QStringLiteral("sinceSequence")).toLongLong(), next);
        EXPECT_EQ(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("7"));
        since = next;
    }
    EXPECT_GT(pages, 1);
}

} // namespace paydesk::sandbox::test
