// The Payment Assist connector (Partner API v1): signing, encoding, the envelope and the three
// failure kinds, against a scripted server and against the sandbox's emulation over loopback
// (every endpoint, its refusals and faults), and the return-URL check.
#include "SandboxHarness.h"
#include "ScriptedServer.h"
#include "faults/FaultInjector.h"
#include "paymentassist/PaymentAssistState.h"
#include "providers/paymentassist/PaymentAssistClient.h"
#include "providers/paymentassist/PaymentAssistSite.h"
#include "secrets/BoundSecret.h"
#include "secrets/MemorySecretStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::test;
using namespace Qt::StringLiterals;
using Failure = PaymentAssistClient::Failure;

namespace {

using Answer = Result<QJsonObject, ApiError>;

/// Waits for one answer of the client.
struct Waiter
{
    std::optional<Answer> answer;
    PaymentAssistClient::Callback callback()
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

QHash<QString, QString> formOf(const QByteArray& encoded)
{
    QHash<QString, QString> values;
    for (const QByteArray& pair : encoded.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        values.insert(QUrl::fromPercentEncoding(pair.left(eq)),
                      QUrl::fromPercentEncoding(QByteArray(pair.mid(eq + 1)).replace('+', ' ')));
    }
    return values;
}

} // namespace

TEST(PaymentAssistSigning, TheDocumentedVectorIsSignedAsSentWithTheKeyAndEmptyValuesLeftOut)
{
    // API-NOTES' test vector, given as the connector gets it: JSON fields, a boolean, an empty
    // value and the key among them.
    const QJsonObject fields{
        {u"amount"_s, 1000},        {u"f_name"_s, u"Jane"_s},        {u"failure_url"_s, u"https://x/f"_s},
        {u"order_id"_s, u"ORD1"_s}, {u"s_name"_s, u"Doe"_s},         {u"send_email"_s, true},
        {u"reg_no"_s, u""_s},       {u"description"_s, QJsonValue()}};
    PaymentAssistClient::Params params = PaymentAssistClient::paramsOf(fields);
    const auto sent = PaymentAssistClient::signedParams(params, u"pa_key"_s, "demo_secret");
    QHash<QString, QString> values;
    for (const auto& [k, v] : sent)
        values.insert(k, v);
    EXPECT_EQ(values.value(u"signature"_s),
              u"5405d221a9391845afa1b87a07a52a207903e38a84cd39464aaf5c1cfcd0de00"_s);
    EXPECT_EQ(values.value(u"api_key"_s), u"pa_key"_s);
    EXPECT_EQ(values.value(u"send_email"_s), u"true"_s);
    EXPECT_EQ(values.value(u"amount"_s), u"1000"_s) << "integer pence, no decimal point";
    EXPECT_FALSE(values.contains(u"reg_no"_s)) << "empty values are neither signed nor sent";
    EXPECT_FALSE(values.contains(u"description"_s));
    // The pitfall: f_name before failure_url (sorted by the lower-case key, '_' before 'a').
    EXPECT_EQ(
        PaymentAssistSignature::canonicalString(params),
        QByteArray(
            "AMOUNT=1000&F_NAME=Jane&FAILURE_URL=https://x/f&ORDER_ID=ORD1&S_NAME=Doe&SEND_EMAIL=true&"));
    EXPECT_EQ(PaymentAssistClient::paramText(QJsonValue(false)), u"false"_s);
    EXPECT_EQ(PaymentAssistClient::paramText(QJsonValue(125000.0)), u"125000"_s);
}

TEST(PaymentAssistSigning, AReturnUrlIsTrustedOnlyWithPaymentAssistsSignatureOverTokenAndStatus)
{
    const QByteArray secret = "demo_secret";
    const QString token = u"0138ef43-f703-41cb-8f08-f36f41b47560"_s;
    const QString signature =
        PaymentAssistSignature::compute({{u"token"_s, token}, {u"status"_s, u"success"_s}}, secret);
    // Our own parameter (order) stays out of the check, as the docs say.
    QUrl url(u"https://dealer.example/return?order=RO-1"_s);
    QUrlQuery q(url);
    q.addQueryItem(u"token"_s, token);
    q.addQueryItem(u"status"_s, u"success"_s);
    q.addQueryItem(u"signature"_s, signature);
    url.setQuery(q);
    EXPECT_TRUE(PaymentAssistClient::verifyReturnUrl(url, secret));
    EXPECT_TRUE(PaymentAssistClient::verifyReturn(token, u"success"_s, signature.toUpper(), secret));
    EXPECT_FALSE(PaymentAssistClient::verifyReturn(token, u"failed"_s, signature, secret))
        << "status changed";
    EXPECT_FALSE(PaymentAssistClient::verifyReturn(token, u"success"_s, signature, "demo_other"))
        << "other secret";
    EXPECT_FALSE(PaymentAssistClient::verifyReturn(token, u"success"_s, QString(), secret)) << "no signature";
    EXPECT_FALSE(PaymentAssistClient::verifyReturnUrl(
        QUrl(u"https://dealer.example/return?token=x&status=success"_s), secret));
}

namespace {

class PaymentAssistScripted : public ::testing::Test
{
protected:
    PaymentAssistScripted()
    {
        HttpClient::Options o;
        o.allowPlainHttpToLoopback = true;
        o.jitter = [] { return 0.0; };
        http = std::make_unique<HttpClient>(o, scheduler);
        client =
            std::make_unique<PaymentAssistClient>(*http, server.url(u"/v1"_s), u"pa_key"_s, "demo_secret");
    }
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    ManualScheduler scheduler{clock, /*autoAdvance=*/true};
    ScriptedServer server;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<PaymentAssistClient> client;
    QObject context;
};

} // namespace

TEST_F(PaymentAssistScripted, PostsAreFormEncodedAndSignedGetsCarryAQuery)
{
    server.enqueue(
        ScriptedAnswer::json(200, R"({"status":"ok","msg":null,"data":{"token":"t-1","url":"https://u"}})"));
    Waiter begun;
    client->begin(
        {{u"order_id"_s, u"RO 1&2"_s}, {u"amount"_s, 1000}, {u"f_name"_s, u"Zoë"_s}, {u"send_sms"_s, false}},
        &context, begun.callback());
    ASSERT_TRUE(begun.wait().ok());
    EXPECT_EQ(begun.wait()->value(u"token"_s).toString(), u"t-1"_s);
    ASSERT_EQ(server.requests().size(), 1);
    const ReceivedRequest& post = server.requests().first();
    EXPECT_EQ(post.method, "POST");
    EXPECT_EQ(post.target, "/v1/begin");
    EXPECT_TRUE(post.headers.value("content-type").startsWith("application/x-www-form-urlencoded"));
    const auto form = formOf(post.body);
    EXPECT_EQ(form.value(u"order_id"_s), u"RO 1&2"_s) << "values are percent-encoded";
    EXPECT_EQ(form.value(u"f_name"_s), u"Zoë"_s) << "UTF-8";
    EXPECT_EQ(form.value(u"send_sms"_s), u"false"_s);
    EXPECT_EQ(form.value(u"api_key"_s), u"pa_key"_s);
    PaymentAssistClient::Params signedOver;
    for (auto it = form.constBegin(); it != form.constEnd(); ++it)
        signedOver.append({it.key(), it.value()});
    EXPECT_TRUE(PaymentAssistSignature::matches(signedOver, "demo_secret", form.value(u"signature"_s)));

    server.enqueue(
        ScriptedAnswer::json(200, R"({"status":"ok","msg":null,"data":{"token":"t-1","status":"pending"}})"));
    Waiter status;
    client->status(u"t-1"_s, &context, status.callback());
    ASSERT_TRUE(status.wait().ok());
    const ReceivedRequest& get = server.requests().last();
    EXPECT_EQ(get.method, "GET");
    const QUrlQuery query(QUrl(QString::fromLatin1(get.target)));
    EXPECT_EQ(query.queryItemValue(u"token"_s), u"t-1"_s);
    EXPECT_EQ(query.queryItemValue(u"signature"_s),
              PaymentAssistSignature::compute({{u"token"_s, u"t-1"_s}}, "demo_secret"));
    EXPECT_TRUE(get.body.isEmpty());
}

TEST_F(PaymentAssistScripted, TheEnvelopeDecidesAndEachFailureHasItsKind)
{
    // A 200 whose status is "error" is a refusal.
    server.enqueue(ScriptedAnswer::json(200, R"({"status":"error","msg":"Invalid plan","data":null})"));
    Waiter a;
    client->account(&context, a.callback());
    ASSERT_FALSE(a.wait().ok());
    EXPECT_EQ(PaymentAssistClient::failureOf(a.wait().error()), Failure::Refused);
    EXPECT_TRUE(a.wait().error().isPermanent());
    EXPECT_TRUE(a.wait().error().message.contains(u"Invalid plan"_s));

    // A 400 names the field Payment Assist blames.
    server.enqueue(ScriptedAnswer::json(
        400, R"({"status":"error","msg":"The order_id has already been used","data":{"order_id":"taken"}})"));
    Waiter b;
    client->begin({{u"order_id"_s, u"X"_s}}, &context, b.callback());
    ASSERT_FALSE(b.wait().ok());
    EXPECT_EQ(b.wait().error().kind, ApiError::Kind::Refused);
    EXPECT_EQ(b.wait().error().field, u"order_id"_s);
    EXPECT_EQ(b.wait().error().httpStatus, 400);

    // An HTML page with 200 is unexpected, as is an envelope whose status is neither.
    server.enqueue({200, "text/html", "<html><body>Login</body></html>", {}, false});
    Waiter c;
    client->status(u"t"_s, &context, c.callback());
    ASSERT_FALSE(c.wait().ok());
    EXPECT_EQ(PaymentAssistClient::failureOf(c.wait().error()), Failure::Unexpected);
    server.enqueue(ScriptedAnswer::json(200, R"({"status":"maybe","data":{}})"));
    Waiter d;
    client->status(u"t"_s, &context, d.callback());
    ASSERT_FALSE(d.wait().ok());
    EXPECT_EQ(PaymentAssistClient::failureOf(d.wait().error()), Failure::Unexpected);
    EXPECT_FALSE(d.wait().error().isPermanent());

    // Refused before sending: a call without a secret.
    PaymentAssistClient noSecret(*http, server.url(u"/v1"_s), u"pa_key"_s, QByteArray());
    const qsizetype before = server.requests().size();
    Waiter e;
    noSecret.capture(u"t"_s, &context, e.callback());
    // An empty secret still signs (Payment Assist refuses it); the check that nothing is sent
    // without a secret is the keychain path (SecretOrigin tests); here: it reached the server.
    ASSERT_TRUE(QTest::qWaitFor([&] { return e.answer.has_value(); }, 5000));
    EXPECT_EQ(server.requests().size(), before + 1);
    EXPECT_EQ(PaymentAssistClient::failureOf(PaymentAssistClient::invalid(u"x"_s, u"y"_s)),
              Failure::Validation);
    EXPECT_TRUE(PaymentAssistClient::invalid(u"x"_s, u"y"_s).isPermanent());
}

TEST_F(PaymentAssistScripted,
       OnlyUnexpectedFailuresAreRetriedReadsByTheClientWritesOnceAndRetryAfterIsHonoured)
{
    // A read: 503 then 429 with Retry-After 7, then the answer.
    server.enqueue(ScriptedAnswer::json(503, R"({"status":"error","msg":"down","data":null})"));
    ScriptedAnswer slow = ScriptedAnswer::json(429, R"({"status":"error","msg":"slow down","data":null})");
    slow.headers.append(std::make_pair(QByteArray("Retry-After"), QByteArray("7")));
    server.enqueue(slow);
    server.enqueue(
        ScriptedAnswer::json(200, R"({"status":"ok","msg":null,"data":{"token":"t","status":"pending"}})"));
    scheduler.clearDelays();
    Waiter read;
    client->status(u"t"_s, &context, read.callback());
    ASSERT_TRUE(read.wait().ok());
    EXPECT_EQ(server.requests().size(), 3);
    ASSERT_EQ(scheduler.requestedDelays().size(), 2);
    EXPECT_GE(scheduler.requestedDelays().at(1), 7000) << "Retry-After honoured";

    // A write is sent once: the outbox replays it (PaymentAssistProvider makes that safe).
    server.enqueue(ScriptedAnswer::json(502, R"({"status":"error","msg":"bad gateway","data":null})"));
    Waiter write;
    client->capture(u"t"_s, &context, write.callback());
    ASSERT_FALSE(write.wait().ok());
    EXPECT_EQ(server.requests().size(), 4);
    EXPECT_EQ(PaymentAssistClient::failureOf(write.wait().error()), Failure::Unexpected);

    // A refusal is never retried.
    server.enqueue(
        ScriptedAnswer::json(404, R"({"status":"error","msg":"Application not found","data":null})"));
    Waiter refused;
    client->status(u"nope"_s, &context, refused.callback());
    ASSERT_FALSE(refused.wait().ok());
    EXPECT_EQ(server.requests().size(), 5);
    EXPECT_EQ(refused.wait().error().httpStatus, 404);
}

TEST_F(PaymentAssistScripted, TheSiteSecretComesFromTheKeychainAndGoesOnlyToTheOriginItWasSavedFor)
{
    MemorySecretStore secrets;
    bool written = false;
    // Saved for another address (the settings were edited, or the file changed behind PayDesk).
    BoundSecret::write(secrets, u"profile/p/paymentassist/S01/secret"_s,
                       {u"https://api.v1.payment-assist.co.uk:443"_s, "demo_secret"}, &context,
                       [&](SecretStore::DoneResult r) { written = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));
    PaymentAssistClient elsewhere(*http, server.url(u"/v1"_s), u"pa_key"_s, secrets,
                                  u"profile/p/paymentassist/S01/secret"_s);
    Waiter refused;
    elsewhere.account(&context, refused.callback());
    ASSERT_FALSE(refused.wait().ok());
    EXPECT_EQ(PaymentAssistClient::failureOf(refused.wait().error()), Failure::Validation);
    EXPECT_TRUE(server.requests().isEmpty()) << "nothing was sent with a secret saved for another address";

    // Saved for this address: read once, signed with it.
    PaymentAssistSite site;
    site.siteId = u"S01"_s;
    site.baseUrl = server.url(u"/v1"_s);
    written = false;
    BoundSecret::write(secrets, site.secretKey(u"p"_s), {site.secretOrigin(), "demo_secret"}, &context,
                       [&](SecretStore::DoneResult r) { written = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));
    PaymentAssistClient here(*http, site.baseUrl, u"pa_key"_s, secrets, site.secretKey(u"p"_s));
    server.enqueue(ScriptedAnswer::json(200, R"({"status":"ok","msg":null,"data":{"plans":[]}})"));
    Waiter ok;
    here.account(&context, ok.callback());
    ASSERT_TRUE(ok.wait().ok());
    ASSERT_EQ(server.requests().size(), 1);
    const QUrlQuery query(QUrl(QString::fromLatin1(server.requests().first().target)));
    EXPECT_EQ(query.queryItemValue(u"signature"_s), PaymentAssistSignature::compute({}, "demo_secret"));
}

namespace {

class PaymentAssistSandbox : public ::testing::Test
{
protected:
    PaymentAssistSandbox()
    {
        HttpClient::Options o;
        o.allowPlainHttpToLoopback = true;
        o.jitter = [] { return 0.0; };
        http = std::make_unique<HttpClient>(o, scheduler);
        client =
            std::make_unique<PaymentAssistClient>(*http, base(), h.sandbox().options().paymentAssistApiKey,
                                                  h.sandbox().options().paymentAssistSecret.toUtf8());
    }
    QUrl base()
    {
        QUrl url = h.sandbox().baseUrl();
        url.setPath(u"/paymentassist"_s);
        return url;
    }
    sandbox::PaymentAssistState& state() { return *h.sandbox().component<sandbox::PaymentAssistState>(); }

    QJsonObject application(const QString& orderId, qint64 amount = 125000)
    {
        return {{u"order_id"_s, orderId},           {u"amount"_s, amount},
                {u"f_name"_s, u"Jane"_s},           {u"s_name"_s, u"Doe"_s},
                {u"addr1"_s, u"1 High St"_s},       {u"postcode"_s, u"LS1 1AA"_s},
                {u"email"_s, u"jane@example.com"_s}};
    }
    QString beginOne(const QString& orderId, QJsonObject extra = {})
    {
        QJsonObject fields = application(orderId);
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            fields.insert(it.key(), it.value());
        Waiter w;
        client->begin(fields, &context, w.callback());
        EXPECT_TRUE(w.wait().ok()) << (w.wait().ok() ? "" : w.wait().error().detail.toStdString());
        return w.wait().ok() ? w.wait()->value(u"token"_s).toString() : QString();
    }
    QJsonObject statusOf(const QString& token)
    {
        Waiter w;
        client->status(token, &context, w.callback());
        EXPECT_TRUE(w.wait().ok());
        return w.wait().ok() ? w.wait().value() : QJsonObject();
    }

    SandboxHarness h{SandboxHarness::defaultOptions(0)};
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    ManualScheduler scheduler{clock, /*autoAdvance=*/true};
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<PaymentAssistClient> client;
    QObject context;
};

} // namespace

TEST_F(PaymentAssistSandbox, AccountPlanAndPreapprovalAnswerAsDocumented)
{
    Waiter account;
    client->account(&context, account.callback());
    ASSERT_TRUE(account.wait().ok());
    const QJsonArray plans = account.wait()->value(u"plans"_s).toArray();
    ASSERT_FALSE(plans.isEmpty());
    const QJsonObject first = plans.first().toObject();
    for (const char* key : {"plan_id", "name", "instalments", "deposit", "apr", "frequency"})
        EXPECT_TRUE(first.contains(QLatin1StringView(key))) << key;

    Waiter quote;
    client->plan(50000, first.value(u"plan_id"_s).toInt(), std::nullopt, &context, quote.callback());
    ASSERT_TRUE(quote.wait().ok());
    const QJsonArray schedule = quote.wait()->value(u"schedule"_s).toArray();
    ASSERT_EQ(schedule.size(), first.value(u"instalments"_s).toInt());
    qint64 total = 0;
    for (const QJsonValue& step : schedule)
        total += step.toObject().value(u"amount"_s).toInteger();
    EXPECT_EQ(total, quote.wait()->value(u"repayable"_s).toInteger()) << "whole pence add up";

    Waiter yes;
    client->preapproval(u"Jane"_s, u"Doe"_s, u"1 High St"_s, u"LS1 1AA"_s, &context, yes.callback());
    ASSERT_TRUE(yes.wait().ok());
    EXPECT_TRUE(yes.wait()->value(u"approved"_s).toBool());
    Waiter no;
    client->preapproval(u"Jane"_s, u"Doe"_s, u"1 High St"_s, u"ZZ1 1ZZ"_s, &context, no.callback());
    ASSERT_TRUE(no.wait().ok());
    EXPECT_FALSE(no.wait()->value(u"approved"_s).toBool());
}

TEST_F(PaymentAssistSandbox, AnApplicationGoesThroughBeginStatusUpdateInvoiceAndCapture)
{
    const QString token = beginOne(u"RO-5001"_s);
    ASSERT_FALSE(token.isEmpty());
    QJsonObject s = statusOf(token);
    EXPECT_EQ(s.value(u"status"_s).toString(), u"pending"_s);
    EXPECT_EQ(s.value(u"amount"_s).toInteger(), 125000);

    // Amount only down; up is refused with the field named.
    Waiter down;
    client->update(token, {{u"amount"_s, 100000}}, &context, down.callback());
    ASSERT_TRUE(down.wait().ok());
    EXPECT_EQ(statusOf(token).value(u"amount"_s).toInteger(), 100000);
    Waiter up;
    client->update(token, {{u"amount"_s, 200000}}, &context, up.callback());
    ASSERT_FALSE(up.wait().ok());
    EXPECT_EQ(PaymentAssistClient::failureOf(up.wait().error()), Failure::Refused);
    EXPECT_EQ(up.wait().error().field, u"amount"_s);

    // /invoice before completion: 404, refused.
    Waiter early;
    client->invoice(token, u"pdf"_s, QString::fromLatin1(QByteArray("%PDF-1.4 test").toBase64()), &context,
                    early.callback());
    ASSERT_FALSE(early.wait().ok());
    EXPECT_EQ(early.wait().error().httpStatus, 404);

    // The customer completes: completed, invoice required and not there; upload; has_invoice.
    state().opened(token);
    ASSERT_TRUE(state().sign(token).ok());
    s = statusOf(token);
    EXPECT_EQ(s.value(u"status"_s).toString(), u"completed"_s);
    EXPECT_TRUE(s.value(u"requires_invoice"_s).toBool());
    EXPECT_FALSE(s.value(u"has_invoice"_s).toBool());
    EXPECT_FALSE(s.value(u"pa_ref"_s).toString().isEmpty());
    Waiter invoice;
    client->invoice(token, u"pdf"_s, QString::fromLatin1(QByteArray("%PDF-1.4 test").toBase64()), &context,
                    invoice.callback());
    ASSERT_TRUE(invoice.wait().ok());
    EXPECT_EQ(invoice.wait()->value(u"upload_status"_s).toString(), u"success"_s);
    EXPECT_TRUE(statusOf(token).value(u"has_invoice"_s).toBool());

    // Capture: only from pending_capture.
    Waiter notNow;
    client->capture(token, &context, notNow.callback());
    ASSERT_FALSE(notNow.wait().ok());
    EXPECT_EQ(PaymentAssistClient::failureOf(notNow.wait().error()), Failure::Refused);
    const QString manual = beginOne(u"RO-5002"_s, {{u"auto_capture"_s, false}});
    state().opened(manual);
    ASSERT_TRUE(state().sign(manual).ok());
    EXPECT_EQ(statusOf(manual).value(u"status"_s).toString(), u"pending_capture"_s);
    Waiter capture;
    client->capture(manual, &context, capture.callback());
    ASSERT_TRUE(capture.wait().ok());
    EXPECT_EQ(statusOf(manual).value(u"status"_s).toString(), u"completed"_s);

    // Expire: /update expiry=0.
    const QString third = beginOne(u"RO-5003"_s);
    Waiter expire;
    client->update(third, {{u"expiry"_s, 0}}, &context, expire.callback());
    ASSERT_TRUE(expire.wait().ok());
    EXPECT_EQ(statusOf(third).value(u"status"_s).toString(), u"expired"_s);

    // order_id is unique per dealer.
    Waiter again;
    client->begin(application(u"RO-5001"_s), &context, again.callback());
    ASSERT_FALSE(again.wait().ok());
    EXPECT_EQ(again.wait().error().field, u"order_id"_s);
}

TEST_F(PaymentAssistSandbox, WrongCredentialsAreRefusedAndFaultsAreUnexpected)
{
    PaymentAssistClient wrongSecret(*http, base(), h.sandbox().options().paymentAssistApiKey, "demo_wrong");
    Waiter a;
    wrongSecret.account(&context, a.callback());
    ASSERT_FALSE(a.wait().ok());
    EXPECT_EQ(a.wait().error().httpStatus, 401);
    EXPECT_EQ(PaymentAssistClient::failureOf(a.wait().error()), Failure::Refused);
    PaymentAssistClient live(*http, base(), u"pa_live_key"_s, "prod_live_secret");
    Waiter b;
    live.account(&context, b.callback());
    ASSERT_FALSE(b.wait().ok());
    EXPECT_EQ(b.wait().error().httpStatus, 403);

    // A 5xx twice on a read: retried, then answered.
    sandbox::FaultSpec twice;
    twice.error5xx = 1.0;
    twice.times = 2;
    h.sandbox().faults().set(u"paymentassist.account"_s, twice);
    Waiter c;
    client->account(&context, c.callback());
    ASSERT_TRUE(c.wait().ok());

    // An HTML page where the envelope should be, on a write: unexpected, sent once.
    sandbox::FaultSpec html;
    html.htmlPage = 1.0;
    html.times = 1;
    h.sandbox().faults().set(u"paymentassist.begin"_s, html);
    QSignalSpy attempts(http.get(), &HttpClient::attemptFinished);
    Waiter d;
    client->begin(application(u"RO-6001"_s), &context, d.callback());
    ASSERT_FALSE(d.wait().ok());
    EXPECT_EQ(PaymentAssistClient::failureOf(d.wait().error()), Failure::Unexpected);
    EXPECT_EQ(attempts.count(), 1);

    // Malformed JSON: unexpected too.
    sandbox::FaultSpec broken;
    broken.malformedJson = 1.0;
    broken.times = 1;
    h.sandbox().faults().set(u"paymentassist.plan"_s, broken);
    Waiter e;
    client->plan(50000, std::nullopt, std::nullopt, &context, e.callback());
    ASSERT_FALSE(e.wait().ok());
    EXPECT_EQ(PaymentAssistClient::failureOf(e.wait().error()), Failure::Unexpected);
}
