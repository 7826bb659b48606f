#include "SandboxTestClient.h"
#include "faults/FaultInjector.h"
#include "platform/IdempotencyStore.h"
#include "platform/PlatformState.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>

namespace paydesk::sandbox::test {

namespace {

class Idempotency : public SandboxFixture
{
protected:
    void SetUp() override
    {
        SandboxFixture::SetUp();
        dealer = client->dealerToken();
        path = client->storePrefix() + QStringLiteral("/payments");
    }

    int storePayments() const
    {
        const StoreInfo s = sandbox->state().stores().at(0);
        return sandbox->state().paymentCount(s.enterpriseId, s.storeId);
    }

    QString dealer;
    QString path;
};

} // namespace

TEST_F(Idempotency, EveryWriteNeedsAKey)
{
    const Reply r = client->postJson(path, SandboxTestClient::initiateBody(), dealer, QString());
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.firstErrorCode(), QStringLiteral("IDEMPOTENCY_KEY_REQUIRED"));
    const QString id = client->initiate(dealer).value(QLatin1StringView("paymentId")).toString();
    EXPECT_EQ(client
                  ->postJson(path + u'/' + id + QStringLiteral("/cancel"),
                             {{QLatin1StringView("reason"), QStringLiteral("x")}}, dealer, QString())
                  .status,
              400);
    EXPECT_EQ(client->postJson(path + u'/' + id + QStringLiteral("/resend"), {}, dealer, QString()).status,
              400);
}

// The seed asks no Idempotency-Key of a partner: its status update says where the payment is now,
// so one sent without a key is accepted, and sending it again changes nothing.
TEST_F(Idempotency, APartnerStatusUpdateNeedsNoKeyAndItsRepeatChangesNothing)
{
    const QString id = client->initiate(dealer).value(QLatin1StringView("paymentId")).toString();
    const QString statusPath = path + u'/' + id + QStringLiteral("/status");
    const QString partner = client->partnerToken();
    const StoreInfo s = sandbox->state().stores().at(0);

    const QJsonObject viewed{{QLatin1StringView("status"), QStringLiteral("VIEWED")}};
    const Reply first = client->patchJson(statusPath, viewed, partner, QString());
    ASSERT_EQ(first.status, 200) << first.body.constData();
    EXPECT_EQ(first.json().value(QLatin1StringView("status")).toString(), QStringLiteral("VIEWED"));
    const qint64 sequence = sandbox->state().latestSequence(s.enterpriseId, s.storeId);
    const qint64 version = first.json().value(QLatin1StringView("version")).toInteger();

    const Reply again = client->patchJson(statusPath, viewed, partner, QString());
    ASSERT_EQ(again.status, 200) << again.body.constData();
    EXPECT_EQ(again.json().value(QLatin1StringView("version")).toInteger(), version) << "no new version";
    EXPECT_EQ(sandbox->state().latestSequence(s.enterpriseId, s.storeId), sequence) << "no new change";

    const QJsonObject paid{{QLatin1StringView("status"), QStringLiteral("PAID")},
                           {QLatin1StringView("transactionReference"), QStringLiteral("ACQ-1")},
                           {QLatin1StringView("amountPaid"),
                            QJsonObject{{QLatin1StringView("value"), QStringLiteral("249.99")},
                                        {QLatin1StringView("currencyCode"), QStringLiteral("GBP")}}}};
    const Reply paidOnce = client->patchJson(statusPath, paid, partner, QString());
    ASSERT_EQ(paidOnce.status, 200) << paidOnce.body.constData();
    const Reply paidTwice = client->patchJson(statusPath, paid, partner, QString());
    ASSERT_EQ(paidTwice.status, 200) << paidTwice.body.constData();
    EXPECT_EQ(paidTwice.json().value(QLatin1StringView("version")).toInteger(),
              paidOnce.json().value(QLatin1StringView("version")).toInteger());
    EXPECT_EQ(paidTwice.json().value(QLatin1StringView("history")).toArray().size(),
              paidOnce.json().value(QLatin1StringView("history")).toArray().size());
}

TEST_F(Idempotency, APartnerStatusUpdateWithAKeyIsStillReplayedAndChecked)
{
    const QString id = client->initiate(dealer).value(QLatin1StringView("paymentId")).toString();
    const QString statusPath = path + u'/' + id + QStringLiteral("/status");
    const QString partner = client->partnerToken();
    const QString key = newKey();
    const QJsonObject viewed{{QLatin1StringView("status"), QStringLiteral("VIEWED")}};
    const Reply first = client->patchJson(statusPath, viewed, partner, key);
    ASSERT_EQ(first.status, 200) << first.body.constData();
    const Reply replay = client->patchJson(statusPath, viewed, partner, key);
    EXPECT_EQ(replay.status, 200);
    EXPECT_EQ(replay.header("Idempotent-Replayed"), QByteArray("true"));
    EXPECT_EQ(replay.body, first.body);
    const Reply other = client->patchJson(
        statusPath, {{QLatin1StringView("status"), QStringLiteral("IN_PROGRESS")}}, partner, key);
    EXPECT_EQ(other.status, 422);
    EXPECT_EQ(other.firstErrorCode(), QStringLiteral("IDEMPOTENCY_KEY_REUSED"));
}

TEST_F(Idempotency, SameKeySameBodyReplaysTheFirstAnswer)
{
    const int before = storePayments();
    const QString key = newKey();
    const Reply first = client->postJson(path, SandboxTestClient::initiateBody(), dealer, key);
    ASSERT_EQ(first.status, 201);
    for (int i = 0; i < 5; ++i) {
        const Reply again = client->postJson(path, SandboxTestClient::initiateBody(), dealer, key);
        EXPECT_EQ(again.status, 201);
        EXPECT_EQ(again.body, first.body) << "byte-for-byte the stored answer";
        EXPECT_EQ(again.header("Idempotent-Replayed"), QByteArray("true"));
    }
    EXPECT_EQ(storePayments(), before + 1) << "exactly one payment exists";
}

TEST_F(Idempotency, KeyOrderAndSpacingOfTheBodyDoNotMatter)
{
    const QString key = newKey();
    const QJsonObject body = SandboxTestClient::initiateBody();
    ASSERT_EQ(client->postJson(path, body, dealer, key).status, 201);
    const QByteArray indented = QJsonDocument(body).toJson(QJsonDocument::Indented);
    const Reply r =
        client->send("POST", path, indented,
                     {{"Authorization", "Bearer " + dealer.toLatin1()}, {"Idempotency-Key", key.toLatin1()}});
    EXPECT_EQ(r.status, 201);
    EXPECT_EQ(r.header("Idempotent-Replayed"), QByteArray("true"));
}

TEST_F(Idempotency, SameKeyDifferentBodyIs422)
{
    const QString key = newKey();
    ASSERT_EQ(client->postJson(path, SandboxTestClient::initiateBody(), dealer, key).status, 201);
    const Reply r =
        client->postJson(path, SandboxTestClient::initiateBody(QStringLiteral("Someone Else")), dealer, key);
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(r.firstErrorCode(), QStringLiteral("IDEMPOTENCY_KEY_REUSED"));
}

TEST_F(Idempotency, ErrorsAreReplayedToo)
{
    const QString key = newKey();
    QJsonObject bad = SandboxTestClient::initiateBody();
    bad.remove(QLatin1StringView("amount"));
    const Reply first = client->postJson(path, bad, dealer, key);
    ASSERT_EQ(first.status, 422);
    const Reply again = client->postJson(path, bad, dealer, key);
    EXPECT_EQ(again.status, 422);
    EXPECT_EQ(again.header("Idempotent-Replayed"), QByteArray("true"));
}

TEST_F(Idempotency, KeyStillInFlightIs409)
{
    // Hold the first answer back with a latency fault: the key is in flight until it is written.
    FaultSpec slow;
    slow.latencyMs = 3000;
    slow.times = 1;
    sandbox->faults().set(QStringLiteral("payments.initiate"), slow);
    const QString key = newKey();

    QNetworkRequest request(QUrl(sandbox->baseUrl().toString() + path));
    request.setRawHeader("Authorization", "Bearer " + dealer.toLatin1());
    request.setRawHeader("Idempotency-Key", key.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkAccessManager other;
    QNetworkReply* slowReply =
        other.post(request, QJsonDocument(SandboxTestClient::initiateBody()).toJson(QJsonDocument::Compact));
    // Wait until the server has run the handler (the payment exists), answer still held.
    const int before = storePayments();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return storePayments() == before + 1; }, 5000));
    ASSERT_FALSE(slowReply->isFinished());

    const Reply concurrent = client->postJson(path, SandboxTestClient::initiateBody(), dealer, key);
    EXPECT_EQ(concurrent.status, 409) << concurrent.body.constData();
    EXPECT_EQ(concurrent.firstErrorCode(), QStringLiteral("IDEMPOTENCY_KEY_IN_USE"));

    QSignalSpy finished(slowReply, &QNetworkReply::finished);
    ASSERT_TRUE(slowReply->isFinished() || finished.wait(5000));
    EXPECT_EQ(slowReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    slowReply->deleteLater();

    const Reply after = client->postJson(path, SandboxTestClient::initiateBody(), dealer, key);
    EXPECT_EQ(after.status, 201);
    EXPECT_EQ(after.header("Idempotent-Replayed"), QByteArray("true"));
    EXPECT_EQ(storePayments(), before + 1);
}

TEST_F(Idempotency, KeysAreScopedPerClient)
{
    const QString key = newKey();
    const QString id = client->initiate(dealer).value(QLatin1StringView("paymentId")).toString();
    const QString partner = client->partnerToken();
    // The partner using "the dealer's" key is a different key altogether.
    const Reply viewed =
        client->patchJson(path + u'/' + id + QStringLiteral("/status"),
                          {{QLatin1StringView("status"), QStringLiteral("VIEWED")}}, partner, key);
    EXPECT_EQ(viewed.status, 200) << viewed.body.constData();
    const Reply dealerUse = client->postJson(path, SandboxTestClient::initiateBody(), dealer, key);
    EXPECT_EQ(dealerUse.status, 201);
    EXPECT_TRUE(dealerUse.header("Idempotent-Replayed").isEmpty());
}

TEST(IdempotencyRetention, KeysAreForgottenAfter24Hours)
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    SandboxOptions options;
    options.scenario = QStringLiteral("off");
    options.tokenLifetimeSeconds = 7 * 24 * 3600;
    Sandbox sandbox(options, clock);
    ASSERT_TRUE(sandbox.start().ok());
    SandboxTestClient client(sandbox);
    const QString dealer = client.dealerToken();
    const QString path = client.storePrefix() + QStringLiteral("/payments");
    const QString key = newKey();
    const Reply first = client.postJson(path, SandboxTestClient::initiateBody(), dealer, key);
    ASSERT_EQ(first.status, 201);
    clock.advanceMs(23LL * 3600 * 1000);
    const Reply within = client.postJson(path, SandboxTestClient::initiateBody(), dealer, key);
    EXPECT_EQ(within.header("Idempotent-Replayed"), QByteArray("true"));
    clock.advanceMs(2LL * 3600 * 1000);
    const Reply after = client.postJson(path, SandboxTestClient::initiateBody(), dealer, key);
    EXPECT_EQ(after.status, 201);
    EXPECT_TRUE(after.header("Idempotent-Replayed").isEmpty()) << "a key older than 24 h is new again";
    EXPECT_NE(after.json().value(QLatin1StringView("paymentId")),
              first.json().value(QLatin1StringView("paymentId")));
}

} // namespace paydesk::sandbox::test
