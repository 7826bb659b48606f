#include "api/PlatformClient.h"

#include "ClientTestUtil.h"
#include "ScriptedServer.h"
#include "api/ConnectionProfile.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;

namespace {

QByteArray paymentJson(const QByteArray& status = "PAID", const QByteArray& extra = {})
{
    return R"({"paymentId":"p1","enterpriseId":"E1","storeId":"S1","status":")" + status +
           R"(","amount":{"value":249.99,"currencyCode":"GBP"},"version":3,"sequence":17,)"
           R"("reference":{"type":"INVOICE","number":"INV-1"},"customer":{"name":"Ada"},"channels":["EMAIL"])" +
           extra + "}";
}

struct PlatformClientTest : ::testing::Test
{
    ManualClock clock;
    ManualScheduler scheduler{clock, true};
    ScriptedServer server;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<PlatformClient> platform;
    QObject context;

    void SetUp() override
    {
        HttpClient::Options o;
        o.jitter = [] { return 0.0; };
        o.allowPlainHttpToLoopback = true; // the scripted server is plain http on loopback
        http = std::make_unique<HttpClient>(o, scheduler);
        PlatformPaths paths;
        paths.feed = QStringLiteral("/api/{enterpriseId}/stores/{storeId}/changes");
        platform = std::make_unique<PlatformClient>(*http, server.url(QStringLiteral("/base/")), paths);
    }

    Result<FeedPage, ApiError> feed()
    {
        Await<FeedPage> await;
        platform->fetchFeed(QStringLiteral("E1"), QStringLiteral("S/1"), 5, 100, &context, await.callback());
        EXPECT_TRUE(await.wait());
        return std::move(await.result());
    }
};

} // namespace

TEST_F(PlatformClientTest, FeedUsesTheConfiguredPathTemplateAndParsesLeniently)
{
    server.enqueue(ScriptedAnswer::json(
        200, R"({"payments":[)" + paymentJson("PAID", R"(,"someFutureField":{"x":1})") + "," +
                 paymentJson("ON_HOLD") + R"(],"nextSequence":17,"hasMore":true,"totalItems":2})"));
    auto page = feed();
    ASSERT_TRUE(page.ok()) << page.error().detail.toStdString();
    const ReceivedRequest& r = server.requests().first();
    // Paths come from configuration; ids are percent-encoded so none can add a path segment.
    EXPECT_EQ(r.target, QByteArray("/base/api/E1/stores/S%2F1/changes?sinceSequence=5&limit=100"));
    ASSERT_EQ(page->payments.size(), 2);
    EXPECT_EQ(page->nextSequence, 17);
    EXPECT_TRUE(page->hasMore);
    EXPECT_EQ(page->payments[0].amount.minorUnits(), 24999);
    // An unknown status is kept raw, never a failure.
    EXPECT_EQ(page->payments[1].status.code(), PaymentStatus::Code::Unknown);
    EXPECT_EQ(page->payments[1].status.raw(), QStringLiteral("ON_HOLD"));
}

// The gateway that sends expires_in as a string may send the sequences the same way.
TEST_F(PlatformClientTest, FeedSequencesAndVersionsMayBeNumericStrings)
{
    server.enqueue(ScriptedAnswer::json(
        200, R"({"payments":[)" +
                 paymentJson().replace(R"("version":3,"sequence":17)", R"("version":"3","sequence":"17")") +
                 R"(],"nextSequence":"17","hasMore":false,"latestSequence":"40"})"));
    auto page = feed();
    ASSERT_TRUE(page.ok()) << page.error().detail.toStdString();
    EXPECT_EQ(page->nextSequence, 17);
    EXPECT_EQ(page->latestSequence, 40);
    ASSERT_EQ(page->payments.size(), 1);
    EXPECT_EQ(page->payments[0].version, 3);
    EXPECT_EQ(page->payments[0].sequence, 17);

    const QList<std::pair<QByteArray, QString>> refused{
        {R"("nextSequence":"17abc")", QStringLiteral("nextSequence")},
        {R"("nextSequence":"-1")", QStringLiteral("nextSequence")},
        {R"("nextSequence":-1)", QStringLiteral("nextSequence")},
        {R"("nextSequence":17,"latestSequence":"40x")", QStringLiteral("latestSequence")},
        {R"("nextSequence":17,"latestSequence":-5)", QStringLiteral("latestSequence")},
    };
    for (const auto& [sequences, field] : refused) {
        server.enqueue(ScriptedAnswer::json(200, R"({"payments":[],)" + sequences + "}"));
        auto bad = feed();
        ASSERT_FALSE(bad.ok()) << sequences.constData();
        EXPECT_EQ(bad.error().kind, ApiError::Kind::Parse) << sequences.constData();
        EXPECT_EQ(bad.error().field, field) << sequences.constData();
    }
}

TEST_F(PlatformClientTest, TheNextPagesSinceSequenceIsReadFromTheAnswersLinkHeader)
{
    // The header as the client received it, through HttpClient.
    ScriptedAnswer answer = ScriptedAnswer::json(200, R"({"payments":[],"nextSequence":40,"hasMore":true})");
    answer.headers = {
        {"Link", R"(</base/api/E1/stores/S%2F1/changes?sinceSequence=40&limit=100>; rel="next")"}};
    server.enqueue(answer);
    Await<HttpResponse> await;
    platform->fetchFeedAnswer(QStringLiteral("E1"), QStringLiteral("S/1"), 5, 100, &context,
                              await.callback());
    ASSERT_TRUE(await.wait());
    ASSERT_TRUE(await.result().ok());
    EXPECT_EQ(PlatformClient::nextSinceFromLink(*await.result(), 5), 40);

    // The forms RFC 8288 allows, and what is not a next page.
    auto next = [](const QByteArray& link, qint64 since = 5) {
        HttpResponse r;
        r.link = link;
        return PlatformClient::nextSinceFromLink(r, since);
    };
    EXPECT_EQ(next(R"(<https://h/x?limit=9&sinceSequence=12>;rel=next)"), 12);
    EXPECT_EQ(
        next(
            R"(<https://h/x?sinceSequence=3>; rel="prev", <https://h/x?a=1,2&sinceSequence=12>; rel="next")"),
        12)
        << "a comma inside the address does not end it";
    EXPECT_EQ(next(R"(<?sinceSequence=12>; title="p"; REL="last NEXT")"), 12);
    EXPECT_EQ(next(QByteArray()), std::nullopt);
    EXPECT_EQ(next(R"(<https://h/x?sinceSequence=12>; rel="prev")"), std::nullopt);
    EXPECT_EQ(next(R"(<https://h/x?sinceSequence=12>; rel="nextpage")"), std::nullopt);
    EXPECT_EQ(next(R"(<https://h/x?limit=12>; rel="next")"), std::nullopt) << "no sinceSequence";
    EXPECT_EQ(next(R"(<https://h/x?sinceSequence=twelve>; rel="next")"), std::nullopt);
    EXPECT_EQ(next(R"(<https://h/x?sinceSequence=5>; rel="next")"), std::nullopt) << "not past the page";
    EXPECT_EQ(next(R"(<https://h/x?sinceSequence=4>; rel="next")"), std::nullopt) << "backwards";
    EXPECT_EQ(next(R"(<https://h/x?sinceSequence=12; rel="next")"), std::nullopt) << "no closing bracket";
    EXPECT_EQ(next(R"(https://h/x?sinceSequence=12; rel="next")"), std::nullopt) << "no brackets";
}

TEST_F(PlatformClientTest, BadAnswersBecomeTypedErrors)
{
    const QList<std::pair<ScriptedAnswer, QString>> cases{
        {ScriptedAnswer::json(200, R"({"payments":[{"paymentId":)"), QStringLiteral("truncated JSON")},
        {{200, "text/html", "<html><form>Sign in</form></html>", {}, false}, QStringLiteral("HTML 200")},
        {{200, "", R"({"payments":[]})", {}, false}, QStringLiteral("no content type")},
        {ScriptedAnswer::json(200, R"([1,2,3])"), QStringLiteral("array")},
        {ScriptedAnswer::json(200, R"({"payments":[]})"), QStringLiteral("no nextSequence")},
        {ScriptedAnswer::json(200, R"({"nextSequence":3})"), QStringLiteral("no payments")},
        {ScriptedAnswer::json(200, R"({"payments":[{"status":"PAID"}],"nextSequence":3})"),
         QStringLiteral("no id")},
        {ScriptedAnswer::json(200, R"({"payments":[)" + paymentJson().replace(R"("version":3,)", "") +
                                       R"(],"nextSequence":3})"),
         QStringLiteral("no version")},
        {ScriptedAnswer::json(200, R"({"payments":[42],"nextSequence":3})"), QStringLiteral("not an object")},
        {ScriptedAnswer::json(200, R"({"payments":[)" + paymentJson().replace("249.99", "\"a lot\"") +
                                       R"(],"nextSequence":3})"),
         QStringLiteral("bad amount")},
    };
    for (const auto& [answer, label] : cases) {
        server.enqueue(answer);
        auto page = feed();
        ASSERT_FALSE(page.ok()) << label.toStdString();
        EXPECT_EQ(page.error().kind, ApiError::Kind::Parse) << label.toStdString();
        EXPECT_FALSE(page.error().message.isEmpty());
    }
    EXPECT_TRUE(scheduler.requestedDelays().isEmpty()); // a bad answer is not retried
}

TEST_F(PlatformClientTest, ActionsPostTheBodyWithTheGivenKeyAndReadThePayment)
{
    server.enqueue(ScriptedAnswer::json(201, paymentJson("INITIATED")));
    InitiateRequest r;
    r.enterpriseId = QStringLiteral("E1");
    r.storeId = QStringLiteral("S1");
    r.customer = Customer{QStringLiteral("Ada"), QStringLiteral("ada@example.com"), {}};
    r.reference = PaymentReference::make(PaymentReference::Type::Invoice, QStringLiteral("INV-1"));
    r.amount = Money::fromMinor(24999, QStringLiteral("GBP")).value();
    Await<Payment> await;
    platform->initiate(r, QStringLiteral("key-123"), &context, await.callback());
    ASSERT_TRUE(await.wait());
    ASSERT_TRUE(await.result().ok());
    EXPECT_EQ(await.result()->status.code(), PaymentStatus::Code::Initiated);
    const ReceivedRequest& req = server.requests().first();
    EXPECT_EQ(req.method, QByteArray("POST"));
    EXPECT_EQ(req.target, QByteArray("/base/E1/S1/v1/payments"));
    EXPECT_EQ(req.headers.value("idempotency-key"), QByteArray("key-123"));
    EXPECT_TRUE(req.body.contains("INV-1"));

    server.enqueue(ScriptedAnswer::json(200, R"({"payment":)" + paymentJson("CANCELLED") + "}"));
    Await<Payment> cancelled;
    platform->cancel(CancelRequest{QStringLiteral("E1"), QStringLiteral("S1"), QStringLiteral("p1"),
                                   QStringLiteral("cash")},
                     QStringLiteral("key-456"), &context, cancelled.callback());
    ASSERT_TRUE(cancelled.wait());
    ASSERT_TRUE(cancelled.result().ok());
    EXPECT_EQ(cancelled.result()->status.code(), PaymentStatus::Code::Cancelled);
    EXPECT_EQ(server.requests().last().target, QByteArray("/base/E1/S1/v1/payments/p1/cancel"));
}

TEST_F(PlatformClientTest, EventStreamUrlIsWebSocketWithTheCursor)
{
    const QUrl url = platform->eventStreamUrl(QStringLiteral("E1"), QStringLiteral("S1"), 42);
    EXPECT_EQ(url.scheme(), QStringLiteral("ws"));
    EXPECT_EQ(url.path(), QStringLiteral("/base/E1/S1/v1/events/stream"));
    EXPECT_EQ(QUrlQuery(url).queryItemValue(QStringLiteral("sinceSequence")), QStringLiteral("42"));
    PlatformClient secure(*http, QUrl(QStringLiteral("https://api.example.com")));
    EXPECT_EQ(secure.eventStreamUrl(QStringLiteral("E1"), QStringLiteral("S1"), 0).scheme(),
              QStringLiteral("wss"));
}

TEST(ConnectionProfile, RoundTripsThroughQSettingsWithoutTheSecret)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    ConnectionProfile p;
    p.name = QStringLiteral("main-site");
    p.baseUrl = QUrl(QStringLiteral("https://api.eu.keyloop.io"));
    p.enterpriseId = QStringLiteral("E100234");
    p.storeIds = {QStringLiteral("S01"), QStringLiteral("S02")};
    p.clientId = QStringLiteral("client-abc");
    p.paths.feed = QStringLiteral("/{enterpriseId}/{storeId}/v2/payments");
    p.transferTimeoutMs = 12000;
    EXPECT_TRUE(p.validate().isEmpty());
    {
        QSettings settings(file, QSettings::IniFormat);
        p.save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    EXPECT_EQ(ConnectionProfile::names(settings), QStringList{QStringLiteral("main-site")});
    EXPECT_EQ(ConnectionProfile::load(settings, QStringLiteral("main-site")), p);
    EXPECT_EQ(p.effectiveTokenUrl().toString(),
              QStringLiteral("https://api.eu.keyloop.io/oauth/client_credential/accesstoken"));
    EXPECT_EQ(p.clientSecretKey(), SecretStore::clientSecretKey(QStringLiteral("main-site")));

    QFile raw(file);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    EXPECT_FALSE(text.toLower().contains("secret"));
}

TEST(ConnectionProfile, ValidationNamesTheFields)
{
    ConnectionProfile p;
    p.baseUrl = QUrl(QStringLiteral("http://api.example.com"));
    p.trustedCaFile = QStringLiteral("/nonexistent/ca.pem");
    QStringList fields;
    for (const FieldError& e : p.validate())
        fields << e.field;
    EXPECT_EQ(fields, (QStringList{QStringLiteral("baseUrl"), QStringLiteral("enterpriseId"),
                                   QStringLiteral("storeIds"), QStringLiteral("clientId"),
                                   QStringLiteral("trustedCaFile")}));
    p.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    p.enterpriseId = QStringLiteral("E");
    p.storeIds = {QStringLiteral("S")};
    p.clientId = QStringLiteral("c");
    p.trustedCaFile.clear();
    EXPECT_TRUE(p.validate().isEmpty());
}

TEST(ConnectionProfile, PlainHttpOnlyForALocalTestPlatformAndOnlyToLoopback)
{
    ConnectionProfile p;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    p.enterpriseId = QStringLiteral("E");
    p.storeIds = {QStringLiteral("S")};
    p.clientId = QStringLiteral("c");
    const FieldErrors refused = p.validate();
    ASSERT_EQ(refused.size(), 1);
    EXPECT_EQ(refused.first().field, QStringLiteral("baseUrl"));
    EXPECT_TRUE(refused.first().message.contains(QStringLiteral("https://")));
    EXPECT_TRUE(refused.first().message.contains(QStringLiteral("Local test platform")));

    p.localTestPlatform = true;
    EXPECT_TRUE(p.validate().isEmpty());
    p.tokenUrl = QUrl(QStringLiteral("http://192.168.1.10/oauth"));
    ASSERT_EQ(p.validate().size(), 1);
    EXPECT_EQ(p.validate().first().field, QStringLiteral("tokenUrl"));

    // The mark is stored with the profile.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    p.name = QStringLiteral("local");
    p.save(settings);
    EXPECT_TRUE(ConnectionProfile::load(settings, QStringLiteral("local")).localTestPlatform);
}
