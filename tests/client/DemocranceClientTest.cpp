// The Democrance connector (API v3) against a scripted server: the session (login once, the
// token in the Authorization header, one renewal on 401, a new one when it has expired), every
// error shape (Django REST framework's detail and field lists, a web page, malformed JSON,
// answers without what the route promises) as typed ApiErrors, the listing's pages, and the
// keychain's password bound to the site's address.
#include "providers/democrance/DemocranceClient.h"

#include "ScriptedServer.h"
#include "api/HttpClient.h"
#include "api/Scheduler.h"
#include "secrets/BoundSecret.h"
#include "secrets/MemorySecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;
using Failure = DemocranceClient::Failure;

namespace {

template<typename T>
struct Waiter
{
    std::optional<Result<T, ApiError>> answer;
    auto callback()
    {
        return [this](Result<T, ApiError> a) { answer.emplace(std::move(a)); };
    }
    const Result<T, ApiError>& wait()
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 15000));
        if (!answer)
            answer.emplace(fail(ApiError::cancelled()));
        return *answer;
    }
};

const QByteArray kLogin = R"({"token":"sess-1","username":"dealer","expires":"2099-01-01T00:00:00Z"})";

class DemocranceScripted : public ::testing::Test
{
protected:
    DemocranceScripted()
    {
        HttpClient::Options o;
        o.allowPlainHttpToLoopback = true;
        o.jitter = [] { return 0.0; };
        http = std::make_unique<HttpClient>(o, scheduler);
        client = std::make_unique<DemocranceClient>(*http, server.url(u"/democrance"_s), u"dealer"_s,
                                                    QByteArray("s3cret pass"));
    }
    QList<ReceivedRequest> requestsTo(const QByteArray& pathStart) const
    {
        QList<ReceivedRequest> out;
        for (const ReceivedRequest& r : server.requests()) {
            if (r.target.startsWith(pathStart))
                out << r;
        }
        return out;
    }
    ManualClock clock{QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC)};
    ManualScheduler scheduler{clock, /*autoAdvance=*/true};
    ScriptedServer server;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<DemocranceClient> client;
    QObject context;
};

} // namespace

TEST_F(DemocranceScripted, LogsInOnceAndSendsTheSessionAsATokenHeaderWithEveryCall)
{
    server.enqueue(ScriptedAnswer::json(200, kLogin));
    server.enqueue(
        ScriptedAnswer::json(200, R"([{"gateway":"payfort-aed","name":"Payfort","provider":"payfort"},)"
                                  R"({"gateway":"invoice","name":"Invoice","provider":"Democrance"}])"));
    Waiter<QJsonArray> gateways;
    client->gateways(u"NGM-GAP-100001"_s, &context, gateways.callback());
    ASSERT_TRUE(gateways.wait().ok()) << gateways.wait().error().detail.toStdString();
    EXPECT_EQ(gateways.wait()->size(), 2);
    EXPECT_EQ(gateways.wait()->at(1).toObject().value(u"gateway"_s).toString(), u"invoice"_s);

    ASSERT_EQ(server.requests().size(), 2);
    const ReceivedRequest& login = server.requests().at(0);
    EXPECT_EQ(login.method, "POST");
    EXPECT_EQ(login.target, "/democrance/api/v3/login/");
    EXPECT_TRUE(login.headers.value("content-type").startsWith("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(login.body).object();
    EXPECT_EQ(body.value(u"username"_s).toString(), u"dealer"_s);
    EXPECT_EQ(body.value(u"password"_s).toString(), u"s3cret pass"_s);
    EXPECT_FALSE(login.headers.contains("authorization")) << "no session before the login";

    const ReceivedRequest& get = server.requests().at(1);
    EXPECT_EQ(get.method, "GET");
    EXPECT_TRUE(get.target.startsWith("/democrance/api/v3/payment/gateways/?"));
    EXPECT_EQ(QUrlQuery(QUrl(QString::fromLatin1(get.target))).queryItemValue(u"policy_number"_s),
              u"NGM-GAP-100001"_s);
    EXPECT_EQ(get.headers.value("authorization"), "Token sess-1");
    EXPECT_FALSE(get.headers.contains("cookie"));

    // A second call reuses the session.
    server.enqueue(
        ScriptedAnswer::json(200, R"({"action":"Payment required","url":"https://pay/x","token":"t1"})"));
    Waiter<QJsonObject> initiated;
    client->initiate(u"NGM-GAP-100001"_s, u"payfort-aed"_s, &context, initiated.callback());
    ASSERT_TRUE(initiated.wait().ok());
    EXPECT_EQ(initiated.wait()->value(u"token"_s).toString(), u"t1"_s);
    EXPECT_EQ(client->signIns(), 1);
    const ReceivedRequest& post = server.requests().last();
    EXPECT_EQ(post.target, "/democrance/api/v3/payment/initiate/");
    EXPECT_EQ(post.headers.value("authorization"), "Token sess-1");
    const QJsonObject sent = QJsonDocument::fromJson(post.body).object();
    EXPECT_EQ(sent,
              (QJsonObject{{u"policy_number"_s, u"NGM-GAP-100001"_s}, {u"gateway"_s, u"payfort-aed"_s}}));
}

TEST_F(DemocranceScripted, AnEndedSessionIsRenewedOnceAndTheCallSentAgain)
{
    server.enqueue(ScriptedAnswer::json(200, kLogin));
    server.enqueue(ScriptedAnswer::json(401, R"({"detail":"Customer not authenticated"})"));
    server.enqueue(ScriptedAnswer::json(200, R"({"token":"sess-2","username":"dealer"})"));
    server.enqueue(ScriptedAnswer::json(200, R"({"token":"t1","status":"pending"})"));
    Waiter<QJsonObject> status;
    client->paymentStatus(u"t1"_s, &context, status.callback());
    ASSERT_TRUE(status.wait().ok()) << status.wait().error().detail.toStdString();
    EXPECT_EQ(status.wait()->value(u"status"_s).toString(), u"pending"_s);
    EXPECT_EQ(client->signIns(), 2);
    ASSERT_EQ(server.requests().size(), 4);
    EXPECT_EQ(server.requests().at(1).headers.value("authorization"), "Token sess-1");
    EXPECT_EQ(server.requests().at(3).headers.value("authorization"), "Token sess-2");

    // A session refused right after a new login: an Auth error, no endless loop.
    server.enqueue(ScriptedAnswer::json(401, R"({"detail":"Customer not authenticated"})"));
    server.enqueue(ScriptedAnswer::json(200, R"({"token":"sess-3"})"));
    server.enqueue(ScriptedAnswer::json(401, R"({"detail":"Customer not authenticated"})"));
    Waiter<QJsonObject> again;
    client->paymentStatus(u"t1"_s, &context, again.callback());
    ASSERT_FALSE(again.wait().ok());
    EXPECT_EQ(again.wait().error().kind, ApiError::Kind::Auth);
    EXPECT_EQ(again.wait().error().code, u"session-refused"_s);
    EXPECT_EQ(DemocranceClient::failureOf(again.wait().error()), Failure::SignIn);
    EXPECT_EQ(server.requests().size(), 7);
    EXPECT_EQ(client->signIns(), 3);
}

TEST_F(DemocranceScripted, ASessionPastItsExpiryIsRenewedBeforeTheCall)
{
    server.enqueue(ScriptedAnswer::json(200, R"({"token":"sess-1","expires":"2026-12-06T10:00:00Z"})"));
    server.enqueue(ScriptedAnswer::json(200, R"({"token":"t1","status":"pending"})"));
    Waiter<QJsonObject> first;
    client->paymentStatus(u"t1"_s, &context, first.callback());
    ASSERT_TRUE(first.wait().ok());
    clock.advanceMs(2 * 3600 * 1000); // the session's hour is over
    server.enqueue(ScriptedAnswer::json(200, R"({"token":"sess-2","expires":"2026-12-06T12:00:00Z"})"));
    server.enqueue(ScriptedAnswer::json(200, R"({"token":"t1","status":"paid"})"));
    Waiter<QJsonObject> second;
    client->paymentStatus(u"t1"_s, &context, second.callback());
    ASSERT_TRUE(second.wait().ok());
    ASSERT_EQ(server.requests().size(), 4);
    EXPECT_EQ(server.requests().at(2).target, "/democrance/api/v3/login/");
    EXPECT_EQ(server.requests().at(3).headers.value("authorization"), "Token sess-2");
}

TEST_F(DemocranceScripted, CallsWaitingForOneSignInShareIt)
{
    server.setHandler([](const ReceivedRequest& r) {
        if (r.target.endsWith("/login/"))
            return ScriptedAnswer::json(200, R"({"token":"shared"})");
        return ScriptedAnswer::json(200, R"({"token":"t","status":"pending"})");
    });
    Waiter<QJsonObject> a, b, c;
    client->paymentStatus(u"a"_s, &context, a.callback());
    client->paymentStatus(u"b"_s, &context, b.callback());
    client->paymentStatus(u"c"_s, &context, c.callback());
    ASSERT_TRUE(a.wait().ok() && b.wait().ok() && c.wait().ok());
    EXPECT_EQ(requestsTo("/democrance/api/v3/login/").size(), 1);
    EXPECT_EQ(client->signIns(), 1);
}

TEST_F(DemocranceScripted, ARefusedLoginIsASignInFailureAndNothingElseIsSent)
{
    server.enqueue(ScriptedAnswer::json(401, R"({"detail":"Invalid username or password."})"));
    Waiter<QJsonObject> status;
    client->paymentStatus(u"t1"_s, &context, status.callback());
    ASSERT_FALSE(status.wait().ok());
    const ApiError& e = status.wait().error();
    EXPECT_EQ(e.kind, ApiError::Kind::Auth);
    EXPECT_EQ(e.code, u"sign-in-failed"_s);
    EXPECT_TRUE(e.message.contains(u"Democrance"_s)) << e.message.toStdString();
    EXPECT_FALSE(e.isPermanent()) << "kept for later: the dealer may fix the password";
    EXPECT_EQ(DemocranceClient::failureOf(e), Failure::SignIn);
    EXPECT_EQ(server.requests().size(), 1);
    EXPECT_FALSE(client->hasSession());

    // A login answer without a token is unreadable, not a session.
    server.enqueue(ScriptedAnswer::json(200, R"({"username":"dealer"})"));
    Waiter<QJsonObject> login;
    client->login(&context, login.callback());
    ASSERT_FALSE(login.wait().ok());
    EXPECT_EQ(login.wait().error().kind, ApiError::Kind::Parse);
    EXPECT_EQ(login.wait().error().field, u"token"_s);
}

TEST_F(DemocranceScripted, EveryErrorShapeBecomesATypedError)
{
    server.enqueue(ScriptedAnswer::json(200, kLogin));
    struct Case
    {
        ScriptedAnswer answer;
        ApiError::Kind kind;
        Failure failure;
        QString field;
        QString said;
    };
    const QList<Case> cases = {
        {ScriptedAnswer::json(404, R"({"detail":"Policy not found"})"), ApiError::Kind::Refused,
         Failure::Refused, QString(), u"Policy not found"_s},
        {ScriptedAnswer::json(400, R"({"gateway":["Invalid payment gateway"]})"), ApiError::Kind::Refused,
         Failure::Refused, u"gateway"_s, u"Invalid payment gateway"_s},
        {ScriptedAnswer::json(400, R"({"non_field_errors":["Policy is already active"]})"),
         ApiError::Kind::Refused, Failure::Refused, QString(), u"Policy is already active"_s},
        {ScriptedAnswer::json(405, R"({"detail":"Method \"GET\" not allowed."})"), ApiError::Kind::Refused,
         Failure::Refused, QString(), u"not allowed"_s},
        {ScriptedAnswer{503, "text/html", "<html>down</html>", {}, false}, ApiError::Kind::Http,
         Failure::Unexpected, QString(), QString()},
        {ScriptedAnswer::json(429, R"({"detail":"Request was throttled."})"), ApiError::Kind::Http,
         Failure::Unexpected, QString(), QString()},
        {ScriptedAnswer{403, "text/html", "<html>login</html>", {}, false}, ApiError::Kind::Parse,
         Failure::Unexpected, QString(), QString()},
        {ScriptedAnswer{200, "text/html", "<html>proxy login</html>", {}, false}, ApiError::Kind::Parse,
         Failure::Unexpected, QString(), QString()},
        {ScriptedAnswer::json(200, R"({"action":"Payment required",)"), ApiError::Kind::Parse,
         Failure::Unexpected, QString(), QString()},
        {ScriptedAnswer::json(200, R"({"action":"Payment required","url":null})"), ApiError::Kind::Parse,
         Failure::Unexpected, u"token"_s, QString()},
        {ScriptedAnswer::json(200, R"({"action":"Payment required","url":7,"token":"t"})"),
         ApiError::Kind::Parse, Failure::Unexpected, u"url"_s, QString()},
        {ScriptedAnswer::json(200, R"(["not","an","object"])"), ApiError::Kind::Parse, Failure::Unexpected,
         QString(), QString()},
    };
    for (const Case& c : cases) {
        server.enqueue(c.answer);
        Waiter<QJsonObject> w;
        client->initiate(u"NGM-1"_s, u"payfort-aed"_s, &context, w.callback());
        ASSERT_FALSE(w.wait().ok()) << c.answer.body.toStdString();
        const ApiError& e = w.wait().error();
        EXPECT_EQ(e.kind, c.kind) << c.answer.body.toStdString() << " "
                                  << ApiError::kindName(e.kind).toStdString();
        EXPECT_EQ(DemocranceClient::failureOf(e), c.failure) << c.answer.body.toStdString();
        EXPECT_EQ(e.field, c.field) << c.answer.body.toStdString();
        if (!c.said.isEmpty()) {
            EXPECT_TRUE(e.message.contains(c.said)) << e.message.toStdString();
        }
        EXPECT_FALSE(e.message.isEmpty());
    }
    // A write is sent once per call: the 503 and the 429 were not retried by the transport.
    EXPECT_EQ(requestsTo("/democrance/api/v3/payment/initiate/").size(), cases.size());

    // The token route's own "status" word.
    server.enqueue(ScriptedAnswer::json(
        200, R"({"url":null,"token":null,"form":null,"status":"Policy has already been paid"})"));
    Waiter<QJsonObject> token;
    client->paymentToken(QUrl(u"https://dealer.example/done"_s), u"NGM-1"_s, &context, token.callback());
    ASSERT_FALSE(token.wait().ok());
    EXPECT_EQ(token.wait().error().kind, ApiError::Kind::Refused);
    EXPECT_TRUE(token.wait().error().message.contains(u"Policy has already been paid"_s));
    server.enqueue(
        ScriptedAnswer::json(200, R"({"url":"https://gw/x","token":"gw-1","form":"<form>","status":"OK"})"));
    Waiter<QJsonObject> ok;
    client->paymentToken(QUrl(u"https://dealer.example/done?a=1&b=2"_s), u"NGM-1"_s, &context, ok.callback());
    ASSERT_TRUE(ok.wait().ok());
    const QUrlQuery q(QUrl(QString::fromLatin1(server.requests().last().target)));
    EXPECT_EQ(q.queryItemValue(u"url"_s, QUrl::FullyDecoded), u"https://dealer.example/done?a=1&b=2"_s);
    EXPECT_EQ(q.queryItemValue(u"policy_number"_s), u"NGM-1"_s);

    // Gateways must be a list whose entries name their key.
    server.enqueue(ScriptedAnswer::json(200, R"({"gateway":"payfort-aed"})"));
    Waiter<QJsonArray> notAList;
    client->gateways(QString(), &context, notAList.callback());
    ASSERT_FALSE(notAList.wait().ok());
    EXPECT_EQ(notAList.wait().error().kind, ApiError::Kind::Parse);
    server.enqueue(ScriptedAnswer::json(200, R"([{"name":"Payfort"}])"));
    Waiter<QJsonArray> noKey;
    client->gateways(QString(), &context, noKey.callback());
    ASSERT_FALSE(noKey.wait().ok());
    EXPECT_EQ(noKey.wait().error().field, u"[0].gateway"_s);

    // Nothing is sent for a request without its policy number.
    const auto before = server.requests().size();
    Waiter<QJsonObject> empty;
    client->initiate(u" "_s, u"payfort-aed"_s, &context, empty.callback());
    ASSERT_FALSE(empty.wait().ok());
    EXPECT_EQ(DemocranceClient::failureOf(empty.wait().error()), Failure::Validation);
    EXPECT_EQ(empty.wait().error().field, u"policy_number"_s);
    EXPECT_EQ(server.requests().size(), before);
}

TEST_F(DemocranceScripted, ReadsAreRetriedOnAServerErrorAndWritesAreNot)
{
    server.enqueue(ScriptedAnswer::json(200, kLogin));
    server.enqueue(ScriptedAnswer::json(502, R"({"detail":"Bad gateway"})"));
    server.enqueue(ScriptedAnswer::json(200, R"({"token":"t1","status":"pending"})"));
    Waiter<QJsonObject> status;
    client->paymentStatus(u"t1"_s, &context, status.callback());
    ASSERT_TRUE(status.wait().ok());
    EXPECT_EQ(requestsTo("/democrance/api/v3/payment/status/").size(), 2);

    // A dropped connection on a write: one attempt of the transport (Qt itself may send the
    // same POST once more on a fresh connection; DemocranceProvider is built for that).
    for (int i = 0; i < 4; ++i)
        server.enqueue(ScriptedAnswer::dropped());
    QSignalSpy attempts(http.get(), &HttpClient::attemptFinished);
    Waiter<QJsonObject> initiated;
    client->initiate(u"NGM-1"_s, u"payfort-aed"_s, &context, initiated.callback());
    ASSERT_FALSE(initiated.wait().ok());
    EXPECT_EQ(initiated.wait().error().kind, ApiError::Kind::Network);
    EXPECT_EQ(DemocranceClient::failureOf(initiated.wait().error()), Failure::Unexpected);
    EXPECT_EQ(attempts.count(), 1);
}

TEST_F(DemocranceScripted, TheListingIsReadPageByPageWithItsStatusFilterAndCheckedEntries)
{
    server.setHandler([](const ReceivedRequest& r) {
        if (r.target.endsWith("/login/"))
            return ScriptedAnswer::json(200, kLogin);
        const QUrlQuery q(QUrl(QString::fromLatin1(r.target)));
        const int page = q.queryItemValue(u"page"_s).toInt();
        QJsonArray results;
        for (int i = 0; i < (page < 3 ? 2 : 1); ++i)
            results.append(QJsonObject{{u"policy_number"_s, u"P-%1-%2"_s.arg(page).arg(i)},
                                       {u"status"_s, u"S_NEW"_s},
                                       {u"payment"_s, QJsonValue(QJsonValue::Null)}});
        const QJsonObject o{{u"count"_s, 5},
                            {u"page"_s, page},
                            {u"per_page"_s, 2},
                            {u"num_pages"_s, 3},
                            {u"results"_s, results},
                            {u"next"_s, QJsonValue()},
                            {u"previous"_s, QJsonValue()}};
        return ScriptedAnswer::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
    });
    Waiter<QJsonArray> all;
    client->allPolicies({u"S_NEW"_s, u"S_PENDING_APPROVAL"_s}, &context, all.callback());
    ASSERT_TRUE(all.wait().ok()) << all.wait().error().detail.toStdString();
    ASSERT_EQ(all.wait()->size(), 5);
    EXPECT_EQ(all.wait()->at(4).toObject().value(u"policy_number"_s).toString(), u"P-3-0"_s);
    const auto pages = requestsTo("/democrance/api/v3/policy/all/");
    ASSERT_EQ(pages.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QUrlQuery q(QUrl(QString::fromLatin1(pages[i].target)));
        EXPECT_EQ(q.queryItemValue(u"status"_s, QUrl::FullyDecoded), u"S_NEW,S_PENDING_APPROVAL"_s);
        EXPECT_EQ(q.queryItemValue(u"per_page"_s), u"1000"_s) << "the most the listing serves";
        EXPECT_EQ(q.queryItemValue(u"page"_s), QString::number(i + 1));
    }

    // A page whose policy lacks its number or status, or whose results are not a list: an error.
    for (
        const QByteArray& bad :
        {QByteArray(R"({"count":1,"num_pages":1,"results":[{"status":"S_NEW"}]})"),
         QByteArray(R"({"count":1,"num_pages":1,"results":[{"policy_number":"P","status":7}]})"),
         QByteArray(
             R"({"count":1,"num_pages":1,"results":[{"policy_number":"P","status":"S_NEW","payment":"x"}]})"),
         QByteArray(R"({"count":"one","num_pages":1,"results":[]})"), QByteArray(R"({"results":{}})")}) {
        server.setHandler([bad](const ReceivedRequest& r) {
            if (r.target.endsWith("/login/"))
                return ScriptedAnswer::json(200, kLogin);
            return ScriptedAnswer::json(200, bad);
        });
        Waiter<QJsonArray> w;
        client->allPolicies({}, &context, w.callback());
        ASSERT_FALSE(w.wait().ok()) << bad.toStdString();
        EXPECT_EQ(w.wait().error().kind, ApiError::Kind::Parse) << bad.toStdString();
    }
}

TEST_F(DemocranceScripted, TheTaxInvoiceMustBeAPdf)
{
    server.enqueue(ScriptedAnswer::json(200, kLogin));
    server.enqueue(ScriptedAnswer{200, "application/pdf", "%PDF-1.4 tax invoice", {}, false});
    Waiter<QJsonObject> invoice;
    client->taxInvoice(u"PAY-000001"_s, false, &context, invoice.callback());
    ASSERT_TRUE(invoice.wait().ok()) << invoice.wait().error().detail.toStdString();
    EXPECT_EQ(invoice.wait()->value(u"contentType"_s).toString(), u"application/pdf"_s);
    EXPECT_EQ(QByteArray::fromBase64(invoice.wait()->value(u"data"_s).toString().toLatin1()),
              QByteArray("%PDF-1.4 tax invoice"));
    EXPECT_EQ(invoice.wait()->value(u"filename"_s).toString(), u"PAY-000001-tax-invoice.pdf"_s);
    EXPECT_EQ(server.requests().last().target, "/democrance/api/v3/payment/PAY-000001/tax-invoice/");

    server.enqueue(ScriptedAnswer{200, "text/html", "<html>error</html>", {}, false});
    Waiter<QJsonObject> html;
    client->taxInvoice(u"PAY-000001"_s, true, &context, html.callback());
    ASSERT_FALSE(html.wait().ok());
    EXPECT_EQ(html.wait().error().kind, ApiError::Kind::Parse);

    const auto before = server.requests().size();
    Waiter<QJsonObject> noRef;
    client->taxInvoice(u"../etc"_s, false, &context, noRef.callback());
    ASSERT_FALSE(noRef.wait().ok());
    EXPECT_EQ(DemocranceClient::failureOf(noRef.wait().error()), Failure::Validation);
    EXPECT_EQ(server.requests().size(), before) << "a reference that is not one is never put in a path";
}

TEST_F(DemocranceScripted, TimesAreReadAsUtc)
{
    EXPECT_EQ(DemocranceClient::timeOf(u"2026-12-06T09:30:00Z"_s),
              QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(DemocranceClient::timeOf(u"2026-12-06T09:30:00"_s),
              QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC))
        << "\"times are always reported in UTC\"";
    EXPECT_EQ(DemocranceClient::timeOf(u"2026-12-06T13:30:00+04:00"_s),
              QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(DemocranceClient::timeOf(u"2026-12-06"_s), QDateTime(QDate(2026, 12, 6), QTime(0, 0), Qt::UTC));
    EXPECT_FALSE(DemocranceClient::timeOf(u"yesterday"_s).isValid());
    EXPECT_FALSE(DemocranceClient::timeOf(QJsonValue(42)).isValid());
}

TEST(DemocranceKeychain, ThePasswordComesFromTheKeychainAndGoesOnlyToItsAddress)
{
    ManualClock clock;
    ManualScheduler scheduler{clock, true};
    HttpClient::Options o;
    o.allowPlainHttpToLoopback = true;
    HttpClient http(o, scheduler);
    ScriptedServer server;
    server.setHandler([](const ReceivedRequest& r) {
        if (r.target.endsWith("/login/"))
            return ScriptedAnswer::json(200, kLogin);
        return ScriptedAnswer::json(200, R"([])");
    });
    MemorySecretStore secrets;
    QObject context;
    const QUrl base = server.url(u"/democrance"_s);
    bool written = false;
    BoundSecret::write(secrets, u"profile/p/democrance/S01/password"_s,
                       {BoundSecret::originOf(base), "kc-pass"}, &context,
                       [&](SecretStore::DoneResult r) { written = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));

    DemocranceClient fromKeychain(http, base, u"dealer"_s, secrets, u"profile/p/democrance/S01/password"_s);
    Waiter<QJsonArray> ok;
    fromKeychain.gateways(QString(), &context, ok.callback());
    ASSERT_TRUE(ok.wait().ok()) << ok.wait().error().detail.toStdString();
    EXPECT_EQ(
        QJsonDocument::fromJson(server.requests().first().body).object().value(u"password"_s).toString(),
        u"kc-pass"_s);

    // Saved for another address: refused here, nothing sent.
    QUrl elsewhere = base;
    elsewhere.setHost(u"localhost"_s);
    const auto before = server.requests().size();
    DemocranceClient moved(http, elsewhere, u"dealer"_s, secrets, u"profile/p/democrance/S01/password"_s);
    Waiter<QJsonArray> refused;
    moved.gateways(QString(), &context, refused.callback());
    ASSERT_FALSE(refused.wait().ok());
    EXPECT_EQ(DemocranceClient::failureOf(refused.wait().error()), Failure::Validation);
    EXPECT_EQ(server.requests().size(), before);

    // No password at all.
    DemocranceClient none(http, base, u"dealer"_s, secrets, u"profile/p/democrance/S02/password"_s);
    Waiter<QJsonArray> missing;
    none.gateways(QString(), &context, missing.callback());
    ASSERT_FALSE(missing.wait().ok());
    EXPECT_EQ(missing.wait().error().field, u"password"_s);
    EXPECT_EQ(server.requests().size(), before);
}
