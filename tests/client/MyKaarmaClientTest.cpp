// The myKaarma client against a scripted loopback server: HTTP Basic and the dealer/department
// on every call, the deprecated prepayment fields never sent, amounts read exactly from the
// number's text (never through a double), both error shapes, errors on a 200, warnings kept, an
// HTML answer naming the missing scope, and every malformed answer a typed ApiError.
#include "providers/mykaarma/MyKaarmaClient.h"

#include "ScriptedServer.h"
#include "api/HttpClient.h"
#include "api/Scheduler.h"
#include "secrets/BoundSecret.h"
#include "secrets/MemorySecretStore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;

namespace {

using Answer = Result<QJsonObject, ApiError>;

struct Waiter
{
    std::optional<Answer> answer;
    MyKaarmaClient::Callback callback()
    {
        return [this](Answer a) { answer.emplace(std::move(a)); };
    }
    const Answer& wait()
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 15000));
        if (!answer)
            answer.emplace(fail(ApiError::cancelled()));
        return *answer;
    }
};

/// Reads `json` as the client reads an answer.
QJsonObject exact(const QByteArray& json)
{
    const auto text = MyKaarmaClient::numbersAsText(json);
    EXPECT_TRUE(text.has_value()) << json.constData();
    return QJsonDocument::fromJson(text.value_or(QByteArray())).object();
}

qint64 cents(const QByteArray& json, const QString& key = u"amount"_s)
{
    auto m = MyKaarmaClient::amountOf(exact(json), key, u"USD"_s);
    EXPECT_TRUE(m.ok()) << json.constData();
    return m ? m->minorUnits() : -1;
}

MyKaarmaSite site(const QUrl& base)
{
    MyKaarmaSite s;
    s.siteId = u"S01"_s;
    s.baseUrl = base;
    s.username = u"paydesk-demo-subscriber"_s;
    s.dealerUuid = u"d1e2a3l4-0000-4000-8000-000000000001"_s;
    s.departmentUuid = u"d3p4a5r6-0000-4000-8000-000000000001"_s;
    return s;
}

class MyKaarmaScripted : public ::testing::Test
{
protected:
    MyKaarmaScripted()
    {
        HttpClient::Options o;
        o.allowPlainHttpToLoopback = true;
        o.jitter = [] { return 0.0; };
        http = std::make_unique<HttpClient>(o, scheduler);
        client = std::make_unique<MyKaarmaClient>(*http, site(server.url(u"/mykaarma"_s)),
                                                  "demo_mykaarma_password");
    }
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    ManualScheduler scheduler{clock, /*autoAdvance=*/true};
    ScriptedServer server;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<MyKaarmaClient> client;
    QObject context;
};

} // namespace

TEST(MyKaarmaAmounts, AreReadFromTheNumbersTextExactly)
{
    EXPECT_EQ(cents(R"({"amount":249.99})"), 24999) << "a double would give 24998.999…";
    EXPECT_EQ(cents(R"({"amount":0.1})"), 10);
    EXPECT_EQ(cents(R"({"amount":0.2})"), 20);
    EXPECT_EQ(cents(R"({"amount":0.3})"), 30);
    EXPECT_EQ(cents(R"({"amount":1.005e2})"), 10050);
    EXPECT_EQ(cents(R"({"amount":12.340})"), 1234) << "trailing zeros are fine";
    EXPECT_EQ(cents(R"({"amount":90071992547409.93})"), 9007199254740993LL) << "beyond a double's 2^53";
    EXPECT_EQ(cents(R"({"amount":-0.5})"), -50);
    // A third decimal that is not zero is refused, never rounded (Money::parse's rule).
    for (const char* json : {R"({"amount":12.345})", R"({"amount":0.30000000000000004})"}) {
        auto m = MyKaarmaClient::amountOf(exact(json), u"amount"_s, u"USD"_s);
        ASSERT_FALSE(m.ok()) << json;
        EXPECT_EQ(m.error().kind, ApiError::Kind::Parse);
        EXPECT_EQ(m.error().field, u"amount"_s);
    }
    // A string is not a number, and a missing amount is an error only when it is required.
    EXPECT_FALSE(MyKaarmaClient::amountOf(exact(R"({"amount":"12.50"})"), u"amount"_s, u"USD"_s).ok());
    EXPECT_FALSE(MyKaarmaClient::amountOf(exact(R"({})"), u"amount"_s, u"USD"_s).ok());
    EXPECT_FALSE(
        MyKaarmaClient::amountOf(exact(R"({"amount":null})"), u"amount"_s, u"USD"_s, false)->isValid());
}

TEST(MyKaarmaAmounts, NumbersInsideStringsStayTextAndBrokenNumbersAreRefused)
{
    const QJsonObject o =
        exact(R"({"desc":"RO 12.50 \"x\" 7","n":[1,-2e3],"ctl":"a\u001fb","t":true,"z":null})");
    EXPECT_EQ(o.value(u"desc"_s).toString(), u"RO 12.50 \"x\" 7"_s);
    EXPECT_EQ(MyKaarmaClient::integerOf(o.value(u"n"_s).toArray().at(0)), 1);
    EXPECT_EQ(MyKaarmaClient::integerOf(o.value(u"n"_s).toArray().at(1)), -2000);
    EXPECT_EQ(o.value(u"ctl"_s).toString(), u"a\uFFFDb"_s) << "no string can pass for a number";
    EXPECT_FALSE(MyKaarmaClient::numberText(o.value(u"ctl"_s)).has_value());
    EXPECT_TRUE(o.value(u"t"_s).toBool());
    EXPECT_TRUE(o.value(u"z"_s).isNull());
    EXPECT_FALSE(MyKaarmaClient::numbersAsText(R"({"a":1.2.3})").has_value());
    EXPECT_FALSE(MyKaarmaClient::numbersAsText(R"({"a":01})").has_value());
    EXPECT_FALSE(MyKaarmaClient::numbersAsText(R"({"a":-})").has_value());
}

TEST_F(MyKaarmaScripted, APrepaymentCarriesBasicAuthTheDealerAndExactDecimalsButNoDeprecatedField)
{
    server.enqueue(
        ScriptedAnswer::json(200, R"({"dealerOrderUuid":"o-1","invoiceGUID":"inv-1","amount":250.10,
                 "feeResponse":{"surchargeAmount":7.50,"totalAmount":257.60},
                 "warnings":[{"warningCode":150001,"warningTitle":"DEPRECATED_FIELD",
                              "warningMessage":"dealerID is deprecated and was ignored","warningDescription":"d"}]})"));
    Waiter w;
    client->prepayment(
        QJsonObject{{u"customerUuid"_s, u"c-1"_s},
                    {u"orderNumber"_s, u"RO-1"_s},
                    {u"invoiceGUID"_s, u"inv-1"_s},
                    {u"amount"_s, Money::fromMinor(25010, u"USD"_s)->toJsonNumber()},
                    {u"customerID"_s, 7},
                    {u"dealerID"_s, 9},
                    {u"ipAddress"_s, u"10.0.0.1"_s},
                    {u"feeRequest"_s, QJsonObject{{u"fetchSurcharge"_s, true}, {u"dealerId"_s, 9}}}},
        &context, w.callback());
    ASSERT_TRUE(w.wait().ok()) << w.wait().error().detail.toStdString();
    ASSERT_EQ(server.requests().size(), 1);
    const ReceivedRequest& r = server.requests().first();
    EXPECT_EQ(r.method, "POST");
    EXPECT_EQ(r.target, "/mykaarma/payment/kpayment/v1/prepayment");
    EXPECT_EQ(r.headers.value("authorization"),
              "Basic " + QByteArray("paydesk-demo-subscriber:demo_mykaarma_password").toBase64());
    EXPECT_TRUE(r.headers.value("content-type").startsWith("application/json"));
    EXPECT_TRUE(r.body.contains(R"("amount":250.1)")) << r.body.constData();
    const QJsonObject sent = QJsonDocument::fromJson(r.body).object();
    EXPECT_EQ(sent.value(u"dealerUuid"_s).toString(), u"d1e2a3l4-0000-4000-8000-000000000001"_s);
    for (const QString& deprecated : {u"customerID"_s, u"dealerID"_s, u"ipAddress"_s})
        EXPECT_FALSE(sent.contains(deprecated)) << deprecated.toStdString();
    EXPECT_FALSE(sent.value(u"feeRequest"_s).toObject().contains(u"dealerId"_s));
    EXPECT_EQ(sent.value(u"feeRequest"_s).toObject().value(u"dealerUuid"_s).toString(),
              u"d1e2a3l4-0000-4000-8000-000000000001"_s);
    // The answer: amounts exact, warnings kept.
    EXPECT_EQ(MyKaarmaClient::amountOf(w.wait().value(), u"amount"_s, u"USD"_s)->minorUnits(), 25010);
    const QJsonArray warnings = MyKaarmaClient::warningsOf(w.wait().value());
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.first().toObject().value(u"code"_s).toString(), u"150001"_s);
    EXPECT_EQ(warnings.first().toObject().value(u"title"_s).toString(), u"DEPRECATED_FIELD"_s);
}

TEST_F(MyKaarmaScripted, EveryEndpointHasItsPathAndTheDepartment)
{
    for (int i = 0; i < 5; ++i)
        server.enqueue(ScriptedAnswer::json(200, "{}"));
    Waiter a, b, c, d, e;
    client->paymentUrl({{u"ttl"_s, 3600000}}, &context, a.callback());
    ASSERT_TRUE(a.wait().ok());
    client->sendPaymentRequest({{u"invoiceGuid"_s, u"inv-1"_s}, {u"sendAsText"_s, true}}, &context,
                               b.callback());
    ASSERT_TRUE(b.wait().ok());
    client->paymentRequest(u"pr-1"_s, &context, c.callback());
    ASSERT_TRUE(c.wait().ok());
    client->searchPaymentRequests(u"inv-1"_s, &context, d.callback());
    ASSERT_TRUE(d.wait().ok());
    MyKaarmaClient::OrderFilter f;
    f.startDate = u"2026-11-06"_s;
    f.endDate = u"2026-12-07"_s;
    f.orderStatus = {u"open"_s, u"invoiced"_s};
    f.pageNumber = 2;
    f.pageSize = 50;
    client->dealerOrders(f, &context, e.callback());
    ASSERT_TRUE(e.wait().ok());
    const auto& rq = server.requests();
    ASSERT_EQ(rq.size(), 5);
    EXPECT_EQ(rq[0].target, "/mykaarma/payment/v3/department/d3p4a5r6-0000-4000-8000-000000000001/url");
    EXPECT_EQ(rq[1].target,
              "/mykaarma/payment/v4/departments/d3p4a5r6-0000-4000-8000-000000000001/payment-requests");
    EXPECT_EQ(rq[2].method, "GET");
    EXPECT_EQ(rq[2].target, "/mykaarma/payment/v2/payment-requests/pr-1");
    EXPECT_EQ(rq[3].target, "/mykaarma/payment/v4/departments/d3p4a5r6-0000-4000-8000-000000000001/"
                            "payment-requests?invoiceGuid=inv-1");
    EXPECT_EQ(rq[4].method, "POST");
    EXPECT_EQ(rq[4].target,
              "/mykaarma/payment/v2/departments/d3p4a5r6-0000-4000-8000-000000000001/dealer-orders/"
              "filter?fetchDealerOrderFromRedis=false&fetchInvoicesAndSignatureRequest=true");
    const QJsonObject filter = QJsonDocument::fromJson(rq[4].body).object();
    EXPECT_EQ(filter.value(u"dealerUUID"_s).toString(), u"d1e2a3l4-0000-4000-8000-000000000001"_s);
    EXPECT_EQ(filter.value(u"pageNumber"_s).toString(), u"2"_s) << "documented as a string";
    EXPECT_EQ(filter.value(u"pageSize"_s).toString(), u"50"_s);
    EXPECT_EQ(filter.value(u"orderStatus"_s).toArray().size(), 2);
    EXPECT_EQ(filter.value(u"startDate"_s).toString(), u"2026-11-06"_s);
    for (const ReceivedRequest& r : rq)
        EXPECT_TRUE(r.headers.value("authorization").startsWith("Basic ")) << r.target.constData();
}

TEST_F(MyKaarmaScripted, BothErrorShapesAndErrorsOnA200AreTypedRefusals)
{
    // The errors list on a 400.
    server.enqueue(
        ScriptedAnswer::json(400, R"({"errors":[{"errorCode":100006,"errorTitle":"INVALID_REQUEST_DATA",
        "errorMessage":"Unknown customerUuid c-9 for this dealer","errorDescription":"Incorrect data"}],"warnings":[]})"));
    Waiter a;
    client->prepayment({{u"orderNumber"_s, u"RO-1"_s}}, &context, a.callback());
    ASSERT_FALSE(a.wait().ok());
    EXPECT_EQ(a.wait().error().kind, ApiError::Kind::Refused);
    EXPECT_EQ(a.wait().error().code, u"100006"_s);
    EXPECT_EQ(a.wait().error().httpStatus, 400);
    EXPECT_TRUE(a.wait().error().isPermanent());
    EXPECT_TRUE(a.wait().error().message.contains(u"Unknown customerUuid c-9"_s))
        << a.wait().error().message.toStdString();
    EXPECT_FALSE(MyKaarmaClient::isAccessProblem(a.wait().error()));

    // The same list on a 200 is no success either.
    server.enqueue(
        ScriptedAnswer::json(200, R"({"errors":[{"errorCode":100010,"errorTitle":"INVALID_DEALER_TOKEN",
        "errorMessage":"Invalid dealer token"}],"paymentLink":null})"));
    Waiter b;
    client->sendPaymentRequest({}, &context, b.callback());
    ASSERT_FALSE(b.wait().ok());
    EXPECT_EQ(b.wait().error().code, u"100010"_s);
    EXPECT_TRUE(MyKaarmaClient::isAccessProblem(b.wait().error()));

    // The pay-by-link endpoint's single error object.
    server.enqueue(ScriptedAnswer::json(
        422,
        R"({"error":{"errorCode":"100006","errorDescription":"paymentDetails.amount is required"},"warnings":[]})"));
    Waiter c;
    client->paymentUrl({}, &context, c.callback());
    ASSERT_FALSE(c.wait().ok());
    EXPECT_EQ(c.wait().error().kind, ApiError::Kind::Refused);
    EXPECT_EQ(c.wait().error().code, u"100006"_s);
    EXPECT_TRUE(c.wait().error().message.contains(u"paymentDetails.amount is required"_s));

    // A wrong password (401 with the list) is an access problem.
    server.enqueue(
        ScriptedAnswer::json(401, R"({"errors":[{"errorCode":100003,"errorTitle":"WRONG_CREDENTIAL",
        "errorMessage":"Authorization refused for provided credentials."}]})"));
    Waiter d;
    client->dealerOrders({}, &context, d.callback());
    ASSERT_FALSE(d.wait().ok());
    EXPECT_EQ(d.wait().error().httpStatus, 401);
    EXPECT_TRUE(MyKaarmaClient::isAccessProblem(d.wait().error()));

    // Warnings on a success are kept in both shapes.
    server.enqueue(ScriptedAnswer::json(200, R"({"error":null,"paymentUrl":"https://pay/x",
        "warnings":[{"warningCode":"150002","warningDescription":"NOT_SENT: no phone"}]})"));
    Waiter e;
    client->paymentUrl({}, &context, e.callback());
    ASSERT_TRUE(e.wait().ok());
    const QJsonArray warnings = MyKaarmaClient::warningsOf(e.wait().value());
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.first().toObject().value(u"message"_s).toString(), u"NOT_SENT: no phone"_s);
}

TEST_F(MyKaarmaScripted, AnHtmlLoginPageOnA200NamesTheMissingScope)
{
    server.enqueue({200,
                    "text/html; charset=UTF-8",
                    "<!DOCTYPE html><html><head><title>myKaarma - Login</title></head><body>"
                    "<form action=\"/login\"><input name=\"username\"></form></body></html>",
                    {},
                    false});
    Waiter a;
    client->paymentRequest(u"pr-1"_s, &context, a.callback());
    ASSERT_FALSE(a.wait().ok());
    const ApiError& e = a.wait().error();
    EXPECT_EQ(e.kind, ApiError::Kind::Refused);
    EXPECT_EQ(e.httpStatus, 200);
    EXPECT_EQ(e.code, QString::fromLatin1(MyKaarmaClient::kMissingScope));
    EXPECT_EQ(e.field, u"payment.payisland"_s);
    EXPECT_TRUE(e.message.contains(u"payment.payisland"_s)) << e.message.toStdString();
    EXPECT_TRUE(MyKaarmaClient::isAccessProblem(e));

    // Each endpoint names its own scope.
    server.enqueue({200, "text/html", "<html><body>Sign in</body></html>", {}, false});
    Waiter b;
    client->paymentUrl({}, &context, b.callback());
    ASSERT_FALSE(b.wait().ok());
    EXPECT_EQ(b.wait().error().field, u"payment.all"_s);
}

TEST_F(MyKaarmaScripted, MalformedAnswersAndServerTroubleAreTypedNeverACrash)
{
    const QList<std::pair<ScriptedAnswer, ApiError::Kind>> cases = {
        {ScriptedAnswer::json(200, "{\"amount\": 12.5"), ApiError::Kind::Parse},
        {ScriptedAnswer::json(200, "[1,2,3]"), ApiError::Kind::Parse},
        {ScriptedAnswer::json(200, R"({"errors":"broken"})"), ApiError::Kind::Parse},
        {ScriptedAnswer::json(200, R"({"a":1.2.3})"), ApiError::Kind::Parse},
        {ScriptedAnswer::json(200, ""), ApiError::Kind::Parse},
        {{200, "text/plain", "OK", {}, false}, ApiError::Kind::Parse},
    };
    for (const auto& [answer, kind] : cases) {
        server.enqueue(answer);
        Waiter w;
        client->prepayment({}, &context, w.callback());
        ASSERT_FALSE(w.wait().ok()) << answer.body.constData();
        EXPECT_EQ(w.wait().error().kind, kind) << answer.body.constData();
    }
    // A 5xx is worth another attempt (the outbox replays the write), with myKaarma's words.
    server.enqueue(
        ScriptedAnswer::json(500, R"({"errors":[{"errorCode":100007,"errorTitle":"INTERNAL_SERVER_ERROR",
        "errorMessage":"Internal Server Error"}]})"));
    Waiter w;
    client->prepayment({}, &context, w.callback());
    ASSERT_FALSE(w.wait().ok());
    EXPECT_EQ(w.wait().error().httpStatus, 500);
    EXPECT_TRUE(w.wait().error().isRetryable());
    EXPECT_FALSE(w.wait().error().isPermanent());
    EXPECT_EQ(server.requests().size(), 7) << "a write is sent once per call";
}

TEST(MyKaarmaPassword, ComesFromTheKeychainOnlyForItsOwnAddress)
{
    ScriptedServer server;
    HttpClient::Options o;
    o.allowPlainHttpToLoopback = true;
    HttpClient http(o);
    MemorySecretStore secrets;
    const MyKaarmaSite s = site(server.url(u"/mykaarma"_s));
    QObject context;
    {
        MyKaarmaClient none(http, s, secrets, s.secretKey(u"default"_s));
        Waiter w;
        none.dealerOrders({}, &context, w.callback());
        ASSERT_FALSE(w.wait().ok());
        EXPECT_EQ(w.wait().error().kind, ApiError::Kind::Validation);
        EXPECT_TRUE(MyKaarmaClient::isAccessProblem(w.wait().error()));
    }
    // Saved for another address: not sent here.
    bool written = false;
    BoundSecret::write(secrets, s.secretKey(u"default"_s),
                       BoundSecret{u"https://api.mykaarma.com:443"_s, "demo_mykaarma_password"}, &context,
                       [&](SecretStore::DoneResult) { written = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));
    MyKaarmaClient elsewhere(http, s, secrets, s.secretKey(u"default"_s));
    Waiter w;
    elsewhere.dealerOrders({}, &context, w.callback());
    ASSERT_FALSE(w.wait().ok());
    EXPECT_EQ(w.wait().error().kind, ApiError::Kind::Validation);
    EXPECT_TRUE(server.requests().isEmpty()) << "nothing was sent";
}
