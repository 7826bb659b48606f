// The customer's side of the Payment Assist emulation (continuation page, return URLs),
// its webhooks with retries, and the sandbox's TLS mode.
#include "PaymentAssistTestSupport.h"
#include "http/HttpServer.h"
#include "paymentassist/PaymentAssistState.h"
#include "paymentassist/PaymentAssistWebhooks.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::test {

namespace {

class PaymentAssistPageTest : public PaymentAssistFixture
{
};

/// The dealer's webhook endpoint: records each POST, answers failStatus for the first failFirst.
class PaWebhookReceiver
{
public:
    PaWebhookReceiver()
    {
        m_port = m_server.listenOn(QHostAddress::LocalHost, 0);
        m_server.addRoute(QHttpServerRequest::Method::Post, u"/hooks/pa"_s, RouteOptions{u"hook"_s},
                          [this](HttpRequest& r) {
                              ++calls;
                              bodies << QJsonDocument::fromJson(r.body()).object();
                              if (calls <= failFirst)
                                  return HttpResponse::text(u"busy"_s, 503);
                              return HttpResponse::text(u"ok"_s, 200);
                          });
    }
    QString url() const { return u"http://127.0.0.1:%1/hooks/pa?site=7"_s.arg(m_port); }

    int failFirst = 0;
    int calls = 0;
    QList<QJsonObject> bodies;

private:
    HttpServer m_server;
    quint16 m_port = 0;
};

QUrlQuery locationQuery(const Reply& r)
{
    return QUrlQuery(QUrl(QString::fromUtf8(r.header("Location"))));
}

} // namespace

TEST_F(PaymentAssistPageTest, CustomerCompletesOnThePageAndReturnsSigned)
{
    const QString token = pa->beginToken(u"ORD-P1"_s, 80000,
                                         {{u"success_url"_s, u"https://dealer.example/done?ref=ORD-P1"_s},
                                          {u"failure_url"_s, u"https://dealer.example/failed"_s},
                                          {u"description"_s, u"<script>alert(1)</script>"_s}});
    const Reply page = pa->raw("GET", u"/paymentassist/apply/"_s + token);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
    EXPECT_FALSE(page.body.contains("<script>"));
    EXPECT_TRUE(page.body.contains("&lt;script&gt;"));
    EXPECT_TRUE(page.body.contains(u"£800.00"_s.toUtf8())) << "the amount, from 80000 pence";
    EXPECT_FALSE(page.header("Content-Security-Policy").isEmpty());
    EXPECT_TRUE(page.body.contains("/paymentassist/apply/" + token.toLatin1() + "/sign"));
    QJsonObject s = pa->status(token);
    EXPECT_EQ(s.value(u"status"_s).toString(), u"in progress"_s);
    EXPECT_FALSE(s.value(u"last_accessed_at"_s).toString().isEmpty());

    const Reply signedUp = pa->customerSigns(token);
    ASSERT_EQ(signedUp.status, 303) << signedUp.body.constData();
    const QUrl back(QString::fromUtf8(signedUp.header("Location")));
    EXPECT_EQ(back.host(), u"dealer.example"_s);
    EXPECT_EQ(back.path(), u"/done"_s);
    const QUrlQuery q(back);
    EXPECT_EQ(q.queryItemValue(u"ref"_s), u"ORD-P1"_s); // the dealer's own query is kept
    EXPECT_EQ(q.queryItemValue(u"token"_s), token);
    EXPECT_EQ(q.queryItemValue(u"status"_s), u"success"_s);
    // Signed over just the appended token and status (the dealer strips its own query first).
    EXPECT_TRUE(PaymentAssistSignature::matches({{u"token"_s, token}, {u"status"_s, u"success"_s}},
                                                pa->secret(), q.queryItemValue(u"signature"_s)));
    s = pa->status(token);
    EXPECT_EQ(s.value(u"status"_s).toString(), u"completed"_s);
    EXPECT_FALSE(s.value(u"pa_ref"_s).toString().isEmpty());

    // Done: the page says so and offers no form.
    const Reply after = pa->raw("GET", u"/paymentassist/apply/"_s + token);
    EXPECT_FALSE(after.body.contains("/sign"));
    EXPECT_EQ(pa->customerSigns(token).status, 409);
}

TEST_F(PaymentAssistPageTest, DeclineAndRejectionsGoToTheFailureUrl)
{
    const PaClient::Params urls = {{u"success_url"_s, u"https://dealer.example/ok"_s},
                                   {u"failure_url"_s, u"https://dealer.example/failed"_s}};
    const QString declined = pa->beginToken(u"ORD-D1"_s, 50000, urls);
    const Reply r = pa->raw("POST", u"/paymentassist/apply/"_s + declined + u"/decline"_s, "x=1");
    ASSERT_EQ(r.status, 303);
    EXPECT_EQ(locationQuery(r).queryItemValue(u"status"_s), u"failed"_s);
    EXPECT_TRUE(PaymentAssistSignature::matches({{u"token"_s, declined}, {u"status"_s, u"failed"_s}},
                                                pa->secret(),
                                                locationQuery(r).queryItemValue(u"signature"_s)));
    EXPECT_EQ(pa->status(declined).value(u"status"_s).toString(), u"failed"_s);

    // The name must match the application (a simulated rejection otherwise)…
    const QString wrongName = pa->beginToken(u"ORD-D2"_s, 50000, urls);
    EXPECT_EQ(locationQuery(pa->customerSigns(wrongName, u"John Smith"_s)).queryItemValue(u"status"_s),
              u"failed"_s);
    EXPECT_EQ(pa->status(wrongName).value(u"status"_s).toString(), u"failed"_s);
    // …and the declining test card fails it too.
    const QString card = pa->beginToken(u"ORD-D3"_s, 50000, urls);
    pa->customerSigns(card, u"jane doe"_s, u"4000 0000 0000 0002"_s);
    EXPECT_EQ(pa->status(card).value(u"status"_s).toString(), u"failed"_s);
}

TEST_F(PaymentAssistPageTest, FormErrorsKeepTheApplicationOpen)
{
    const QString token = pa->beginToken(u"ORD-E1"_s);
    pa->raw("GET", u"/paymentassist/apply/"_s + token);
    const QString sign = u"/paymentassist/apply/"_s + token + u"/sign"_s;
    EXPECT_EQ(pa->raw("POST", sign, "name=Jane+Doe&card_number=4111111111111111").status, 422); // not agreed
    EXPECT_EQ(pa->raw("POST", sign, "name=Jane+Doe&card_number=1234&agree=1").status, 422);
    EXPECT_EQ(pa->raw("POST", sign, "name=&card_number=4111111111111111&agree=1").status, 422);
    EXPECT_EQ(pa->status(token).value(u"status"_s).toString(), u"in progress"_s);
    // Without return URLs the result is a page.
    const Reply done = pa->raw("POST", sign, "name=Jane+Doe&card_number=4111+1111+1111+1111&agree=1");
    EXPECT_EQ(done.status, 200);
    EXPECT_EQ(pa->status(token).value(u"status"_s).toString(), u"completed"_s);
    EXPECT_EQ(pa->raw("GET", u"/paymentassist/apply/not-a-token"_s).status, 404);
}

TEST_F(PaymentAssistPageTest, WithMultiPlanTheCustomerChoosesThePlan)
{
    const QString token = pa->beginToken(u"ORD-MP"_s, 120000, {{u"multi_plan"_s, u"true"_s}});
    const Reply page = pa->raw("GET", u"/paymentassist/apply/"_s + token);
    EXPECT_TRUE(page.body.contains("name=\"plan_id\" value=\"12\""));
    const QString sign = u"/paymentassist/apply/"_s + token + u"/sign"_s;
    const QByteArray form = "name=Jane+Doe&card_number=4111111111111111&agree=1";
    EXPECT_EQ(pa->raw("POST", sign, form + "&plan_id=777").status, 422);
    EXPECT_EQ(pa->raw("POST", sign, form + "&plan_id=12").status, 200);
    const PaApplication* app = sandbox->component<PaymentAssistState>()->application(token);
    ASSERT_NE(app, nullptr);
    EXPECT_EQ(app->planId, 12);
    EXPECT_EQ(app->status, PaApplication::Status::Completed);
}

TEST_F(PaymentAssistPageTest, WebhookAtTheFinalStateIsSignedAndRetried)
{
    auto* hooks = sandbox->component<PaymentAssistWebhooks>();
    ASSERT_NE(hooks, nullptr);
    WebhookRetryPolicy fast = hooks->retryPolicy();
    fast.baseMs = 5;
    fast.capMs = 20;
    hooks->setRetryPolicy(fast);
    PaWebhookReceiver receiver;
    receiver.failFirst = 2;
    QSignalSpy delivered(hooks, &PaymentAssistWebhooks::delivered);

    const QString token = pa->beginToken(u"ORD-W1"_s, 50000, {{u"webhook_url"_s, receiver.url()}});
    EXPECT_EQ(receiver.calls, 0); // nothing before a final state
    pa->customerSigns(token);
    ASSERT_TRUE(delivered.wait(5000) || delivered.count() == 1);
    EXPECT_EQ(receiver.calls, 3); // two failures, then 200
    EXPECT_EQ(delivered.at(0).at(2).toInt(), 3);
    const QJsonObject body = receiver.bodies.last();
    EXPECT_EQ(body.value(u"event_name"_s).toString(), u"application.completed"_s);
    EXPECT_EQ(body.value(u"event_data"_s).toObject().value(u"token"_s).toString(), token);
    const QString time = body.value(u"event_time"_s).toString();
    EXPECT_TRUE(
        QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC$"_s).match(time).hasMatch())
        << qPrintable(time);
    EXPECT_TRUE(PaymentAssistSignature::matches(
        {{u"event_name"_s, u"application.completed"_s}, {u"event_time"_s, time}, {u"token"_s, token}},
        pa->secret(), body.value(u"signature"_s).toString()));
}

TEST_F(PaymentAssistPageTest, WebhookGivesUpAfterThreeRetries)
{
    auto* hooks = sandbox->component<PaymentAssistWebhooks>();
    WebhookRetryPolicy fast = hooks->retryPolicy();
    fast.baseMs = 5;
    fast.capMs = 20;
    hooks->setRetryPolicy(fast);
    PaWebhookReceiver receiver;
    receiver.failFirst = 100;
    QSignalSpy gaveUp(hooks, &PaymentAssistWebhooks::gaveUp);

    const QString token = pa->beginToken(u"ORD-W2"_s, 50000, {{u"webhook_url"_s, receiver.url()}});
    pa->call("POST", u"update"_s, {{u"token"_s, token}, {u"expiry"_s, u"0"_s}}); // expired at once
    ASSERT_TRUE(gaveUp.wait(5000) || gaveUp.count() == 1);
    EXPECT_EQ(receiver.calls, 4); // the first attempt and 3 retries
    EXPECT_EQ(receiver.bodies.first().value(u"event_name"_s).toString(), u"application.expired"_s);
}

class PaymentAssistTlsTest : public PaymentAssistFixture
{
protected:
    void adjust(SandboxOptions& o) override
    {
        o.tls = true;
        o.tlsDirectory = dir.path();
    }
    QTemporaryDir dir;
};

TEST_F(PaymentAssistTlsTest, EveryRouteOverHttpsForAClientThatTrustsTheWrittenCa)
{
    ASSERT_EQ(sandbox->baseUrl().scheme(), u"https"_s);
    ASSERT_FALSE(sandbox->caCertificatePath().isEmpty());
    QFile caFile(sandbox->caCertificatePath());
    ASSERT_TRUE(caFile.open(QIODevice::ReadOnly));
    const auto cas = QSslCertificate::fromData(caFile.readAll(), QSsl::Pem);
    ASSERT_EQ(cas.size(), 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(u"server.csr"_s)));
    EXPECT_EQ(QFile(dir.filePath(u"ca-key.pem"_s)).permissions() & (QFile::ReadOther | QFile::ReadGroup),
              QFile::Permissions());

    PaClient trusting(*sandbox, pa->apiKey(), sandbox->options().paymentAssistSecret);
    trusting.trustCa(cas.first());
    const Reply account = trusting.call("GET", u"account"_s, {});
    EXPECT_EQ(account.status, 200) << account.body.constData() << int(account.error);
    const QString token = trusting.beginToken(u"ORD-TLS"_s);
    EXPECT_TRUE(token.size() == 36);
    EXPECT_EQ(trusting.customerSigns(token).status, 200);
    // The platform's own routes too (the token endpoint of the Keyloop emulation).
    const Reply platform =
        trusting.raw("POST", u"/oauth/client_credential/accesstoken"_s,
                     "grant_type=client_credentials&client_id=paydesk-demo&client_secret=paydesk-"
                     "demo-secret");
    EXPECT_EQ(platform.status, 200) << platform.body.constData();

    // The push channel too (wss://), for a client trusting the CA.
    const QString accessToken = platform.json().value(u"access_token"_s).toString();
    QWebSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificate(cas.first());
    socket.setSslConfiguration(ssl);
    QNetworkRequest wsRequest(QUrl(sandbox->baseUrl().toString().replace(u"https://"_s, u"wss://"_s) +
                                   u"/E100234/S01/v1/events/stream"_s));
    wsRequest.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(wsRequest);
    EXPECT_TRUE(connected.wait(5000));
    socket.close();

    // A client that does not trust the CA is refused by its own TLS check.
    PaClient untrusting(*sandbox, pa->apiKey(), sandbox->options().paymentAssistSecret);
    const Reply refused = untrusting.call("GET", u"account"_s, {});
    EXPECT_EQ(refused.status, 0);
    EXPECT_EQ(refused.error, QNetworkReply::SslHandshakeFailedError);

    // A second sandbox on the same folder reuses the CA, so clients keep trusting it.
    SandboxOptions again;
    again.tls = true;
    again.tlsDirectory = dir.path();
    Sandbox second(again);
    ASSERT_TRUE(second.start().ok());
    EXPECT_EQ(second.caCertificate(), cas.first());
}

} // namespace paydesk::sandbox::test
