// The Payment Assist emulation's API over loopback: envelope, signatures, every endpoint and
// the application state machine.
#include "PaymentAssistTestSupport.h"
#include "faults/FaultInjector.h"
#include "paymentassist/PaymentAssistState.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::test {

namespace {

class PaymentAssistApiTest : public PaymentAssistFixture
{
};

void expectError(const Reply& r, int status)
{
    EXPECT_EQ(r.status, status) << r.body.constData();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(u"status"_s).toString(), u"error"_s) << r.body.constData();
    EXPECT_TRUE(o.contains(u"msg"_s));
    EXPECT_TRUE(o.contains(u"data"_s));
    EXPECT_FALSE(o.value(u"msg"_s).toString().isEmpty());
}

QJsonObject dataOf(const Reply& r)
{
    EXPECT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(r.json().value(u"status"_s).toString(), u"ok"_s) << r.body.constData();
    EXPECT_TRUE(r.json().value(u"msg"_s).isNull());
    return r.json().value(u"data"_s).toObject();
}

} // namespace

TEST_F(PaymentAssistApiTest, AccountListsRealisticPlans)
{
    const QJsonObject data = dataOf(pa->call("GET", u"account"_s, {}));
    EXPECT_FALSE(data.value(u"legal_name"_s).toString().isEmpty());
    EXPECT_FALSE(data.value(u"display_name"_s).toString().isEmpty());
    const QJsonArray plans = data.value(u"plans"_s).toArray();
    ASSERT_GE(plans.size(), 2);
    for (const auto& v : plans) {
        const QJsonObject p = v.toObject();
        for (const char* key : {"plan_id", "name", "instalments", "deposit", "apr", "frequency", "min_amount",
                                "max_amount", "commission_rate", "commission_fixed_fee"})
            EXPECT_TRUE(p.contains(QLatin1StringView(key))) << key;
        EXPECT_TRUE(p.value(u"plan_id"_s).isDouble());
        EXPECT_TRUE(p.value(u"apr"_s).isDouble());
        EXPECT_TRUE(p.value(u"deposit"_s).isBool());
        EXPECT_TRUE(p.value(u"commission_rate"_s).isString());
    }
    EXPECT_EQ(plans.at(0).toObject().value(u"name"_s).toString(), u"4-Payment"_s);
}

TEST_F(PaymentAssistApiTest, RefusesMissingOrBadSignatureUnknownKeyAndLiveSecret)
{
    expectError(pa->raw("GET", u"/paymentassist/account"_s), 401);
    expectError(pa->raw("GET", u"/paymentassist/account?api_key=pa_demo_key"_s), 401);
    expectError(pa->raw("GET", u"/paymentassist/account?api_key=pa_demo_key&signature=00ff"_s), 401);

    PaClient wrongSecret(*sandbox, pa->apiKey(), u"demo_not_the_secret"_s);
    expectError(wrongSecret.call("GET", u"account"_s, {}), 401);
    PaClient unknown(*sandbox, u"no_such_key"_s, sandbox->options().paymentAssistSecret);
    expectError(unknown.call("GET", u"account"_s, {}), 401);
    // A live (prod_) secret is refused by the demo environment, even correctly signed.
    PaClient live(*sandbox, u"pa_live_key"_s, u"prod_live_secret"_s);
    expectError(live.call("GET", u"account"_s, {}), 403);

    // A parameter changed after signing breaks the signature.
    const QString sig = PaymentAssistSignature::compute({{u"amount"_s, u"1000"_s}}, pa->secret());
    expectError(pa->raw("POST", u"/paymentassist/plan"_s,
                        "amount=2000&api_key=pa_demo_key&signature=" + sig.toLatin1()),
                401);
    // Each site has its own key and secret.
    PaClient site(*sandbox, u"pa_site2_key"_s, u"demo_site2_secret"_s);
    dataOf(site.call("GET", u"account"_s, {}));
}

TEST_F(PaymentAssistApiTest, WrongMethodAndUnknownPathAnswerInTheEnvelope)
{
    expectError(pa->raw("POST", u"/paymentassist/account"_s, "x=1"), 405);
    expectError(pa->raw("GET", u"/paymentassist/begin"_s), 405);
    expectError(pa->raw("GET", u"/paymentassist/nothing"_s), 404);
}

TEST_F(PaymentAssistApiTest, PreapprovalAnswersApprovedOrNot)
{
    const PaClient::Params customer = {{u"f_name"_s, u"Jane"_s},
                                       {u"s_name"_s, u"Doe"_s},
                                       {u"addr1"_s, u"1 High St"_s},
                                       {u"postcode"_s, u"BS1 4DJ"_s}};
    EXPECT_TRUE(dataOf(pa->call("POST", u"preapproval"_s, customer)).value(u"approved"_s).toBool());
    auto declined = customer;
    declined[3].second = u"ZZ9 9ZZ"_s;
    const QJsonObject d = dataOf(pa->call("POST", u"preapproval"_s, declined));
    ASSERT_TRUE(d.value(u"approved"_s).isBool());
    EXPECT_FALSE(d.value(u"approved"_s).toBool());
    expectError(pa->call("POST", u"preapproval"_s, {{u"f_name"_s, u"Jane"_s}}), 400);
}

TEST_F(PaymentAssistApiTest, BeginReturnsTokenAndContinuationUrl)
{
    const QJsonObject data = dataOf(pa->begin(u"ORD-1"_s, 50000,
                                              {{u"send_email"_s, u"true"_s},
                                               {u"send_sms"_s, u"false"_s},
                                               {u"failure_url"_s, u"https://dealer.example/f"_s},
                                               {u"success_url"_s, u"https://dealer.example/s"_s},
                                               {u"reg_no"_s, u"AB12 CDE"_s},
                                               {u"description"_s, u"Service & MOT"_s},
                                               {u"plan_id"_s, u"6"_s}}));
    const QString token = data.value(u"token"_s).toString();
    EXPECT_EQ(token.size(), 36);
    EXPECT_FALSE(QUuid::fromString(token).isNull());
    EXPECT_EQ(data.value(u"url"_s).toString(),
              sandbox->baseUrl().toString() + u"/paymentassist/apply/"_s + token);

    EXPECT_FALSE(data.contains(u"qr_code"_s));
    // qr_code=true adds the continuation URL as a base64 PNG (for a customer at the counter).
    const QJsonObject qr = dataOf(pa->begin(u"ORD-QR"_s, 50000, {{u"qr_code"_s, u"true"_s}}));
    const QByteArray png = QByteArray::fromBase64(qr.value(u"qr_code"_s).toString().toLatin1());
    EXPECT_TRUE(png.startsWith("\x89PNG\r\n\x1a\n"));
    EXPECT_GT(png.size(), 200);

    const QJsonObject s = pa->status(token);
    EXPECT_EQ(s.value(u"token"_s).toString(), token);
    EXPECT_EQ(s.value(u"status"_s).toString(), u"pending"_s);
    EXPECT_EQ(s.value(u"amount"_s).toInteger(), 50000);
    EXPECT_TRUE(s.value(u"pa_ref"_s).isNull());
    EXPECT_TRUE(s.value(u"requires_invoice"_s).toBool());
    EXPECT_FALSE(s.value(u"has_invoice"_s).toBool());
    // expiry defaults to 86400 s.
    EXPECT_EQ(QDateTime::fromString(s.value(u"expires_at"_s).toString(), Qt::ISODate),
              clock.now().addSecs(86400));
}

TEST_F(PaymentAssistApiTest, BeginValidatesFieldsAndStringLengths)
{
    Reply r = pa->call("POST", u"begin"_s, {{u"order_id"_s, u"X"_s}, {u"amount"_s, u"100"_s}});
    expectError(r, 400);
    const QJsonObject problems = r.json().value(u"data"_s).toObject();
    for (const char* field : {"f_name", "s_name", "addr1", "postcode"})
        EXPECT_TRUE(problems.contains(QLatin1StringView(field))) << field;

    expectError(pa->begin(u"ORD-L"_s, 50000, {{u"description"_s, QString(256, u'x')}}), 400);
    dataOf(pa->begin(u"ORD-L"_s, 50000, {{u"description"_s, QString(255, u'x')}}));
    expectError(pa->begin(u"ORD-A"_s, 0), 400);
    expectError(pa->begin(u"ORD-B"_s, 50000, {{u"amount"_s, u"12.50"_s}}), 400);
    expectError(pa->begin(u"ORD-C"_s, 50000, {{u"send_sms"_s, u"true"_s}}), 400); // no telephone
    expectError(pa->begin(u"ORD-D"_s, 50000, {{u"success_url"_s, u"not a url"_s}}), 400);
    expectError(pa->begin(u"ORD-E"_s, 50000, {{u"plan_id"_s, u"777"_s}}), 400);
    expectError(pa->begin(u"ORD-F"_s, 400000, {{u"plan_id"_s, u"1"_s}}), 400); // over the plan's max
}

TEST_F(PaymentAssistApiTest, OrderIdIsUniquePerDealer)
{
    pa->beginToken(u"ORD-9"_s);
    const Reply again = pa->begin(u"ORD-9"_s, 50000);
    expectError(again, 400);
    EXPECT_TRUE(again.json().value(u"data"_s).toObject().contains(u"order_id"_s));
    // Another dealer may use the same order id.
    PaClient site(*sandbox, u"pa_site2_key"_s, u"demo_site2_secret"_s);
    dataOf(site.begin(u"ORD-9"_s, 50000));
    // …but cannot see the first dealer's application.
    const QString token = pa->beginToken(u"ORD-10"_s);
    expectError(site.call("GET", u"status"_s, {{u"token"_s, token}}), 404);
    expectError(pa->call("GET", u"status"_s, {{u"token"_s, u"00000000-0000-0000-0000-000000000000"_s}}), 404);
}

TEST_F(PaymentAssistApiTest, ExpiryPassesOnTheClock)
{
    const QString token = pa->beginToken(u"ORD-EXP"_s, 50000, {{u"expiry"_s, u"600"_s}});
    clock.advanceMs(599'000);
    EXPECT_EQ(pa->status(token).value(u"status"_s).toString(), u"pending"_s);
    clock.advanceMs(1'000);
    EXPECT_EQ(pa->status(token).value(u"status"_s).toString(), u"expired"_s);
}

TEST_F(PaymentAssistApiTest, UpdateLowersAmountOnlyAndEchoesValuesAsStrings)
{
    const QString token = pa->beginToken(u"ORD-U"_s, 50000);
    expectError(pa->call("POST", u"update"_s, {{u"token"_s, token}, {u"amount"_s, u"50000"_s}}), 400);
    expectError(pa->call("POST", u"update"_s, {{u"token"_s, token}, {u"amount"_s, u"60000"_s}}), 400);
    const QJsonObject d = dataOf(pa->call(
        "POST", u"update"_s, {{u"token"_s, token}, {u"amount"_s, u"40000"_s}, {u"expiry"_s, u"900"_s}}));
    EXPECT_EQ(d.value(u"token"_s).toString(), token);
    EXPECT_EQ(d.value(u"amount"_s).toString(), u"40000"_s);
    EXPECT_EQ(d.value(u"expiry"_s).toString(), u"900"_s);
    const QJsonObject s = pa->status(token);
    EXPECT_EQ(s.value(u"amount"_s).toInteger(), 40000);
    EXPECT_EQ(QDateTime::fromString(s.value(u"expires_at"_s).toString(), Qt::ISODate),
              clock.now().addSecs(900));
    expectError(pa->call("POST", u"update"_s, {{u"token"_s, token}}), 400); // nothing to update
}

TEST_F(PaymentAssistApiTest, UpdateExpiryZeroExpiresNowAndOrderIdOnlyOnceCompleted)
{
    const QString token = pa->beginToken(u"ORD-Z"_s);
    expectError(pa->call("POST", u"update"_s, {{u"token"_s, token}, {u"order_id"_s, u"NEW"_s}}), 400);
    dataOf(pa->call("POST", u"update"_s, {{u"token"_s, token}, {u"expiry"_s, u"0"_s}}));
    EXPECT_EQ(pa->status(token).value(u"status"_s).toString(), u"expired"_s);
    expectError(pa->call("POST", u"update"_s, {{u"token"_s, token}, {u"amount"_s, u"100"_s}}), 400);
    expectError(pa->call("POST", u"update"_s, {{u"token"_s, token}, {u"expiry"_s, u"60"_s}}), 400);

    const QString done = pa->beginToken(u"ORD-Y"_s);
    pa->customerSigns(done);
    ASSERT_EQ(pa->status(done).value(u"status"_s).toString(), u"completed"_s);
    EXPECT_EQ(dataOf(pa->call("POST", u"update"_s, {{u"token"_s, done}, {u"order_id"_s, u"ORD-Y2"_s}}))
                  .value(u"order_id"_s)
                  .toString(),
              u"ORD-Y2"_s);
    expectError(pa->call("POST", u"update"_s, {{u"token"_s, done}, {u"amount"_s, u"100"_s}}), 400);
    expectError(pa->call("POST", u"update"_s, {{u"token"_s, done}, {u"order_id"_s, u"ORD-Z"_s}}),
                400); // taken
}

TEST_F(PaymentAssistApiTest, InvoiceOnlyForCompletedApplications)
{
    const QString token = pa->beginToken(u"ORD-I"_s);
    const QString pdf = QString::fromLatin1(QByteArray("%PDF-1.4 invoice").toBase64());
    const PaClient::Params upload = {{u"token"_s, token}, {u"filetype"_s, u"pdf"_s}, {u"filedata"_s, pdf}};
    expectError(pa->call("POST", u"invoice"_s, upload), 404);

    pa->customerSigns(token);
    QJsonObject s = pa->status(token);
    ASSERT_EQ(s.value(u"status"_s).toString(), u"completed"_s);
    EXPECT_FALSE(s.value(u"pa_ref"_s).toString().isEmpty());
    EXPECT_TRUE(s.value(u"requires_invoice"_s).toBool());
    EXPECT_FALSE(s.value(u"has_invoice"_s).toBool());

    expectError(pa->call("POST", u"invoice"_s,
                         {{u"token"_s, token}, {u"filetype"_s, u"exe"_s}, {u"filedata"_s, pdf}}),
                400);
    const QJsonObject bad = dataOf(pa->call(
        "POST", u"invoice"_s, {{u"token"_s, token}, {u"filetype"_s, u"pdf"_s}, {u"filedata"_s, u"@@@"_s}}));
    EXPECT_EQ(bad.value(u"upload_status"_s).toString(), u"failed"_s);
    EXPECT_FALSE(pa->status(token).value(u"has_invoice"_s).toBool());

    const QJsonObject d = dataOf(pa->call("POST", u"invoice"_s, upload));
    EXPECT_EQ(d.value(u"token"_s).toString(), token);
    EXPECT_EQ(d.value(u"upload_status"_s).toString(), u"success"_s);
    EXPECT_TRUE(pa->status(token).value(u"has_invoice"_s).toBool());
}

TEST_F(PaymentAssistApiTest, PlanComputesAScheduleFromThePlan)
{
    const QJsonObject d = dataOf(pa->call("POST", u"plan"_s, {{u"amount"_s, u"50001"_s}}));
    EXPECT_EQ(d.value(u"plan"_s).toString(), u"4-Payment"_s);
    EXPECT_EQ(d.value(u"amount"_s).toInteger(), 50001);
    EXPECT_EQ(d.value(u"interest"_s).toInteger(), 0);
    EXPECT_EQ(d.value(u"repayable"_s).toInteger(), 50001);
    const QJsonArray schedule = d.value(u"schedule"_s).toArray();
    ASSERT_EQ(schedule.size(), 4);
    qint64 sum = 0;
    for (int i = 0; i < schedule.size(); ++i) {
        const QJsonObject row = schedule.at(i).toObject();
        sum += row.value(u"amount"_s).toInteger();
        // Deposit plan: the first payment today, then monthly.
        EXPECT_EQ(row.value(u"date"_s).toString(), clock.now().date().addMonths(i).toString(Qt::ISODate));
    }
    EXPECT_EQ(sum, 50001);
    EXPECT_EQ(schedule.at(0).toObject().value(u"amount"_s).toInteger(), 12501);

    const QJsonObject apr =
        dataOf(pa->call("POST", u"plan"_s, {{u"amount"_s, u"120000"_s}, {u"plan_id"_s, u"12"_s}}));
    EXPECT_GT(apr.value(u"interest"_s).toInteger(), 0);
    EXPECT_EQ(apr.value(u"repayable"_s).toInteger(), 120000 + apr.value(u"interest"_s).toInteger());
    EXPECT_EQ(apr.value(u"schedule"_s).toArray().at(0).toObject().value(u"date"_s).toString(),
              clock.now().date().addMonths(1).toString(Qt::ISODate)); // no deposit

    expectError(pa->call("POST", u"plan"_s, {{u"amount"_s, u"1000"_s}, {u"plan_id"_s, u"12"_s}}),
                400); // under min
    expectError(pa->call("POST", u"plan"_s, {{u"amount"_s, u"1000"_s}, {u"plan_length"_s, u"7"_s}}), 400);
    expectError(pa->call("POST", u"plan"_s, {}), 400);
}

TEST_F(PaymentAssistApiTest, CaptureOnlyFromPendingCapture)
{
    // "False": the C# SDK writes booleans the .NET way (and signs them so).
    const QString token = pa->beginToken(u"ORD-CAP"_s, 50000, {{u"auto_capture"_s, u"False"_s}});
    expectError(pa->call("POST", u"capture"_s, {{u"token"_s, token}}), 400); // still pending
    pa->customerSigns(token);
    EXPECT_EQ(pa->status(token).value(u"status"_s).toString(), u"pending_capture"_s);
    const QJsonObject d = dataOf(pa->call("POST", u"capture"_s, {{u"token"_s, token}}));
    EXPECT_EQ(d.value(u"status"_s).toString(), u"completed"_s);
    EXPECT_TRUE(d.value(u"deposit_captured"_s).toBool());
    EXPECT_EQ(pa->status(token).value(u"status"_s).toString(), u"completed"_s);
    expectError(pa->call("POST", u"capture"_s, {{u"token"_s, token}}), 400); // already completed
}

TEST_F(PaymentAssistApiTest, AcceptsJsonBodiesAsThePhpClientSendsThem)
{
    // The PHP client posts JSON and signs every parameter it has, empty ones too.
    const QJsonObject body{{u"amount"_s, 50000}, {u"plan_id"_s, 1}, {u"plan_length"_s, QString()}};
    const QString signature =
        QString::fromLatin1(QMessageAuthenticationCode::hash("AMOUNT=50000&PLAN_ID=1&PLAN_LENGTH=&",
                                                             pa->secret(), QCryptographicHash::Sha256)
                                .toHex());
    EXPECT_EQ(dataOf(pa->callJson(u"plan"_s, body, signature)).value(u"repayable"_s).toInteger(), 50000);
    // Signed the documented way (empty values left out) works as well.
    const QString documented =
        PaymentAssistSignature::compute({{u"amount"_s, u"50000"_s}, {u"plan_id"_s, u"1"_s}}, pa->secret());
    dataOf(pa->callJson(u"plan"_s, body, documented));
    expectError(pa->callJson(u"plan"_s, body, u"0000"_s), 401);
}

TEST_F(PaymentAssistApiTest, FaultInjectorCoversTheRoutes)
{
    FaultSpec spec;
    spec.error5xx = 1.0;
    spec.errorStatus = 503;
    spec.times = 1;
    sandbox->faults().set(u"paymentassist.status"_s, spec);
    const QString token = pa->beginToken(u"ORD-F"_s);
    EXPECT_EQ(pa->call("GET", u"status"_s, {{u"token"_s, token}}).status, 503);
    EXPECT_EQ(pa->call("GET", u"status"_s, {{u"token"_s, token}}).status, 200);

    FaultSpec html;
    html.htmlPage = 1.0;
    html.times = 1;
    sandbox->faults().set(u"paymentassist.begin"_s, html);
    const Reply page = pa->begin(u"ORD-H"_s, 50000);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
}

} // namespace paydesk::sandbox::test
