// The myKaarma emulation over loopback: prepayment (exact amounts, surcharge, warnings), payment
// requests by text or email, pay by link, the pay page, and the webhook after payment.
#include "MyKaarmaTestSupport.h"
#include "faults/FaultInjector.h"
#include "faults/FaultSpec.h"
#include "http/HttpServer.h"
#include "mykaarma/MyKaarmaWebhooks.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::test {

namespace {

class MyKaarmaFlowTest : public MyKaarmaFixture
{
};

const QString kPrepayment = u"/payment/kpayment/v1/prepayment"_s;

/// The dealer's webhook endpoint: records each POST, answers 503 for the first failFirst.
class MkWebhookReceiver
{
public:
    MkWebhookReceiver()
    {
        m_port = m_server.listenOn(QHostAddress::LocalHost, 0);
        m_server.addRoute(QHttpServerRequest::Method::Post, u"/hooks/mk"_s, RouteOptions{u"hook"_s},
                          [this](HttpRequest& r) {
                              ++calls;
                              raw << r.body();
                              bodies << QJsonDocument::fromJson(r.body()).object();
                              if (calls <= failFirst)
                                  return HttpResponse::text(u"busy"_s, 503);
                              return HttpResponse::text(u"ok"_s, 200);
                          });
    }
    QString url() const { return u"http://127.0.0.1:%1/hooks/mk"_s.arg(m_port); }

    int failFirst = 0;
    int calls = 0;
    QList<QJsonObject> bodies;
    QList<QByteArray> raw;

private:
    HttpServer m_server;
    quint16 m_port = 0;
};

int errorCode(const Reply& r, int status)
{
    EXPECT_EQ(r.status, status) << r.body.constData();
    return r.json().value(u"errors"_s).toArray().at(0).toObject().value(u"errorCode"_s).toInt();
}

QJsonObject orderDto(MkClient& mk, const QString& dept, const QString& uuid)
{
    const QJsonArray list = mk.filter(dept, QJsonObject{{u"dealerOrderUuids"_s, QJsonArray{uuid}}});
    EXPECT_EQ(list.size(), 1);
    return list.at(0).toObject().value(u"paymentDealerOrderDTO"_s).toObject();
}

QJsonObject urlBody(const QString& webHook, const QString& amountText = u"89.99"_s)
{
    return QJsonObject{
        {u"customerIdentifiers"_s,
         QJsonObject{
             {u"firstName"_s, u"Dana"_s},
             {u"lastName"_s, u"Reyes"_s},
             {u"customerKey"_s, u"DMS-4471"_s},
             {u"phoneNumbers"_s,
              QJsonArray{QJsonObject{
                  {u"phoneNumber"_s, u"+15550104477"_s}, {u"okToText"_s, true}, {u"isPreferred"_s, true}}}},
             {u"emails"_s, QJsonArray{QJsonObject{{u"emailAddress"_s, u"dana.reyes@example.com"_s}}}}}},
        {u"paymentDetails"_s, QJsonObject{{u"amount"_s, u"#n:"_s + amountText},
                                          {u"currency"_s, u"USD"_s},
                                          {u"paymentType"_s, u"sale"_s},
                                          {u"paymentDescription"_s, u"<script>alert(1)</script> brakes"_s}}},
        {u"ttl"_s, u"#n:3600000"_s},
        {u"orderRef"_s, u"RO-777001"_s},
        {u"webHookUrl"_s, webHook},
        {u"clientSideRedirectUrl"_s, u"https://dealer.example/paid?ro=777001"_s},
        {u"flags"_s, QJsonObject{{u"useMyKaarmaTextPaymentRequest"_s, true}}},
    };
}

QByteArray payForm(const char* card, const char* tender = "credit")
{
    return "tender=" + QByteArray(tender) + "&name=Dana+Reyes&card_number=" + QByteArray(card) + "&zip=94107";
}

QString pathOf(const QString& url)
{
    return QUrl(url).path();
}

QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_lines << message;
    if (type >= QtWarningMsg && g_previous)
        g_previous(type, context, message);
}

} // namespace

TEST_F(MyKaarmaFlowTest, NoPasswordsContactDetailsOrCardNumbersAreLogged)
{
    g_lines.clear();
    QLoggingCategory::setFilterRules(u"paydesk.sandbox.*.debug=true"_s);
    g_previous = qInstallMessageHandler(capture);
    auto restore = qScopeGuard([] {
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
    });
    MkClient wrong(*sandbox, sandbox->options().myKaarmaUsername, u"not-the-password"_s);
    wrong.post(u"/payment/kpayment/v1/prepayment"_s, {});
    MkWebhookReceiver receiver;
    const Reply link =
        mk->post(u"/payment/v3/department/%1/url"_s.arg(serviceDept()), urlBody(receiver.url()));
    ASSERT_EQ(link.status, 200) << link.body.constData();
    const QString url = link.json().value(u"paymentUrl"_s).toString();
    mk->browse("GET", pathOf(url));
    mk->browse("POST", pathOf(url) + u"/pay"_s, payForm("4000000000000002"));
    mk->browse("POST", pathOf(url) + u"/pay"_s, payForm("4111111111111111"));
    const Reply pre = mk->post(u"/payment/kpayment/v1/prepayment"_s, mk->prepaymentBody(u"RO-880090"_s));
    mk->post(u"/payment/v4/departments/%1/payment-requests"_s.arg(serviceDept()),
             QJsonObject{{u"invoiceGuid"_s, pre.json().value(u"invoiceGUID"_s)},
                         {u"sendAsText"_s, true},
                         {u"sendAsEmail"_s, true}});
    const QString all = g_lines.join(u'\n');
    EXPECT_TRUE(all.contains(u"mykaarma: payment request"_s)) << "the sandbox's lines are captured";
    for (const QString& secret :
         {u"demo_mykaarma_password"_s, u"not-the-password"_s, u"+15550104477"_s, u"5550104477"_s,
          u"dana.reyes"_s, u"@example.com"_s, u"4111111111111111"_s, u"4000000000000002"_s, u"Basic "_s})
        EXPECT_FALSE(all.contains(secret)) << qPrintable(secret);
}

TEST_F(MyKaarmaFlowTest, PrepaymentComputesTheSurchargeExactlyFromTheFeeRequest)
{
    const Reply r = mk->post(kPrepayment, mk->prepaymentBody(u"RO-880001"_s, u"125.40"_s));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject o = r.json();
    EXPECT_FALSE(o.value(u"dealerOrderUuid"_s).toString().isEmpty());
    EXPECT_FALSE(o.value(u"invoiceGUID"_s).toString().isEmpty());
    EXPECT_EQ(o.value(u"departmentUuid"_s).toString(), serviceDept());
    EXPECT_FALSE(o.contains(u"warnings"_s)) << "nothing to warn about";
    // 3.00 % of 125.40 is 3.762 -> 3.76; 1.00 % application fee 1.254 -> 1.25; as JSON numbers.
    EXPECT_TRUE(r.body.contains("\"surchargeAmount\":3.76")) << r.body.constData();
    EXPECT_TRUE(r.body.contains("\"applicationFeeAmount\":1.25")) << r.body.constData();
    EXPECT_TRUE(r.body.contains("\"totalAmount\":129.16")) << r.body.constData();
    EXPECT_TRUE(r.body.contains("\"amount\":125.4")) << r.body.constData();

    // Debit: no surcharge; no fetchSurcharge: none either.
    QJsonObject debit = mk->prepaymentBody(u"RO-880002"_s, u"125.40"_s);
    QJsonObject fee = debit.value(u"feeRequest"_s).toObject();
    fee.insert(u"tenderType"_s, u"DEBIT"_s);
    debit.insert(u"feeRequest"_s, fee);
    const Reply d = mk->post(kPrepayment, debit);
    ASSERT_EQ(d.status, 200) << d.body.constData();
    EXPECT_TRUE(d.body.contains("\"surchargeAmount\":0,")) << d.body.constData();

    // The order shows in the filter with the amount to the cent.
    const QJsonObject dto = orderDto(*mk, serviceDept(), o.value(u"dealerOrderUuid"_s).toString());
    EXPECT_EQ(dto.value(u"orderNumber"_s).toString(), u"RO-880001"_s);
    EXPECT_FALSE(dto.value(u"paid"_s).toBool());
    EXPECT_FALSE(dto.value(u"paymentRequestSent"_s).toBool());
}

TEST_F(MyKaarmaFlowTest, AmountsAreReadFromTheirTextExactly)
{
    // 0.29 is 28.999… as a double; parsed from its text it is 29 cents, and 3 % of it is 1 cent.
    const Reply small = mk->post(kPrepayment, mk->prepaymentBody(u"RO-880010"_s, u"0.29"_s));
    ASSERT_EQ(small.status, 200) << small.body.constData();
    EXPECT_TRUE(small.body.contains("\"amount\":0.29")) << small.body.constData();
    EXPECT_TRUE(small.body.contains("\"surchargeAmount\":0.01")) << small.body.constData();
    const Reply exponent = mk->post(kPrepayment, mk->prepaymentBody(u"RO-880011"_s, u"1.5e2"_s));
    ASSERT_EQ(exponent.status, 200) << exponent.body.constData();
    EXPECT_TRUE(exponent.body.contains("\"amount\":150,")) << exponent.body.constData();
    const Reply big = mk->post(kPrepayment, mk->prepaymentBody(u"RO-880012"_s, u"12345678.91"_s));
    ASSERT_EQ(big.status, 200) << big.body.constData();
    EXPECT_TRUE(big.body.contains("\"amount\":12345678.91")) << big.body.constData();

    for (const QString& bad : {u"100.005"_s, u"-5"_s, u"0"_s, u"100000000.00"_s, u"0.001"_s}) {
        const Reply r = mk->post(kPrepayment, mk->prepaymentBody(u"RO-880013"_s, bad));
        EXPECT_EQ(errorCode(r, 400), 100006) << qPrintable(bad);
        EXPECT_TRUE(r.json()
                        .value(u"errors"_s)
                        .toArray()
                        .at(0)
                        .toObject()
                        .value(u"errorDescription"_s)
                        .toString()
                        .contains(u"amount"_s))
            << r.body.constData();
    }
    // A string is not a number.
    QJsonObject text = mk->prepaymentBody(u"RO-880014"_s);
    text.insert(u"amount"_s, u"12.50"_s);
    EXPECT_EQ(errorCode(mk->post(kPrepayment, text), 400), 100006);
    EXPECT_EQ(errorCode(mk->postRaw(kPrepayment, "{\"amount\": 1.2.3}"), 400), 100006);
}

TEST_F(MyKaarmaFlowTest, DeprecatedFieldsAreToleratedButWarnedAbout)
{
    QJsonObject body = mk->prepaymentBody(u"RO-880020"_s);
    body.insert(u"customerID"_s, u"#n:4711"_s);
    body.insert(u"dealerID"_s, u"#n:12"_s);
    body.insert(u"ipAddress"_s, u"203.0.113.9"_s);
    const Reply r = mk->post(kPrepayment, body);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonArray warnings = r.json().value(u"warnings"_s).toArray();
    ASSERT_EQ(warnings.size(), 3) << r.body.constData();
    QStringList messages;
    for (const auto& w : warnings) {
        for (const char* key : {"warningCode", "warningTitle", "warningMessage", "warningDescription"})
            EXPECT_TRUE(w.toObject().contains(QLatin1StringView(key))) << key;
        messages << w.toObject().value(u"warningMessage"_s).toString();
    }
    EXPECT_TRUE(messages.join(u' ').contains(u"customerID"_s));
    EXPECT_TRUE(messages.join(u' ').contains(u"ipAddress"_s));
}

TEST_F(MyKaarmaFlowTest, PrepaymentValidatesAndRepeatsByInvoiceGuid)
{
    QJsonObject body = mk->prepaymentBody(u"RO-880030"_s);
    body.insert(u"invoiceGUID"_s, u"5c1e8d0e-7a11-4d7e-9f55-0a0b0c0d0e01"_s);
    const Reply first = mk->post(kPrepayment, body);
    ASSERT_EQ(first.status, 200) << first.body.constData();
    const Reply again = mk->post(kPrepayment, body);
    ASSERT_EQ(again.status, 200) << again.body.constData();
    EXPECT_EQ(again.json().value(u"dealerOrderUuid"_s), first.json().value(u"dealerOrderUuid"_s));
    EXPECT_EQ(again.json().value(u"invoiceGUID"_s).toString(), u"5c1e8d0e-7a11-4d7e-9f55-0a0b0c0d0e01"_s);
    EXPECT_FALSE(again.json().value(u"created"_s).toBool());
    body.insert(u"amount"_s, u"#n:99.99"_s);
    EXPECT_EQ(errorCode(mk->post(kPrepayment, body), 400), 100006);

    QJsonObject foreign = mk->prepaymentBody(u"RO-880031"_s);
    foreign.insert(u"dealerUuid"_s, u"d1e2a3l4-0000-4000-8000-000000000002"_s);
    EXPECT_EQ(errorCode(mk->post(kPrepayment, foreign), 401), 100010);
    QJsonObject noCustomer = mk->prepaymentBody(u"RO-880032"_s);
    noCustomer.insert(u"customerUuid"_s, u"nobody"_s);
    EXPECT_EQ(errorCode(mk->post(kPrepayment, noCustomer), 400), 100006);
    QJsonObject badTender = mk->prepaymentBody(u"RO-880033"_s);
    badTender.insert(u"feeRequest"_s,
                     QJsonObject{{u"fetchSurcharge"_s, true}, {u"tenderType"_s, u"BITCOIN"_s}});
    EXPECT_EQ(errorCode(mk->post(kPrepayment, badTender), 400), 100006);
    QJsonObject noAmount = mk->prepaymentBody(u"RO-880034"_s);
    noAmount.remove(u"amount"_s);
    EXPECT_EQ(errorCode(mk->post(kPrepayment, noAmount), 400), 100006);

    // Line items must add up to the amount.
    QJsonObject lines = mk->prepaymentBody(u"RO-880035"_s, u"100.00"_s);
    lines.insert(
        u"transactionDetailsList"_s,
        QJsonObject{{u"transactionDetails"_s,
                     QJsonArray{QJsonObject{{u"type"_s, u"LABOR"_s}, {u"amount"_s, u"#n:60.10"_s}},
                                QJsonObject{{u"type"_s, u"PARTS"_s}, {u"amount"_s, u"#n:39.90"_s}}}}});
    EXPECT_EQ(mk->post(kPrepayment, lines).status, 200);
    QJsonObject wrongLines = lines;
    wrongLines.insert(u"orderNumber"_s, u"RO-880036"_s);
    wrongLines.insert(u"amount"_s, u"#n:100.01"_s);
    EXPECT_EQ(errorCode(mk->post(kPrepayment, wrongLines), 400), 100006);
}

TEST_F(MyKaarmaFlowTest, PaymentRequestsAreSentByTextOrEmailAndResentWithTheSameLink)
{
    const Reply pre = mk->post(kPrepayment, mk->prepaymentBody(u"RO-880040"_s, u"250.00"_s));
    ASSERT_EQ(pre.status, 200);
    const QString invoice = pre.json().value(u"invoiceGUID"_s).toString();
    const QString order = pre.json().value(u"dealerOrderUuid"_s).toString();
    const QString path = u"/payment/v4/departments/%1/payment-requests"_s.arg(serviceDept());

    const Reply sent = mk->post(path, QJsonObject{{u"invoiceGuid"_s, invoice}, {u"sendAsText"_s, true}});
    ASSERT_EQ(sent.status, 200) << sent.body.constData();
    const QString link = sent.json().value(u"paymentLink"_s).toString();
    EXPECT_TRUE(link.startsWith(sandbox->baseUrl().toString() + u"/mykaarma/payisland/"_s))
        << qPrintable(link);
    EXPECT_FALSE(sent.json().value(u"invoiceLink"_s).toString().isEmpty());
    EXPECT_EQ(sent.json().value(u"textSent"_s).toString(), u"SUCCESS"_s);
    EXPECT_FALSE(sent.json().contains(u"emailSent"_s));
    EXPECT_TRUE(orderDto(*mk, serviceDept(), order).value(u"paymentRequestSent"_s).toBool());

    // Resending (now by email too) keeps the open request and its link.
    const Reply resent = mk->post(
        path, QJsonObject{{u"invoiceGuid"_s, invoice}, {u"sendAsText"_s, true}, {u"sendAsEmail"_s, true}});
    ASSERT_EQ(resent.status, 200) << resent.body.constData();
    EXPECT_EQ(resent.json().value(u"paymentLink"_s).toString(), link);
    EXPECT_EQ(resent.json().value(u"emailSent"_s).toString(), u"SUCCESS"_s);

    const QString guid = link.section(u'/', -1);
    const Reply details = mk->get(u"/payment/v2/payment-requests/"_s + guid);
    ASSERT_EQ(details.status, 200);
    const QJsonObject pr = details.json().value(u"paymentRequest"_s).toObject();
    EXPECT_EQ(pr.value(u"status"_s).toString(), u"SENT"_s);
    EXPECT_TRUE(details.body.contains("\"amount\":250")) << details.body.constData();
    const Reply search = mk->get(path + u"?invoiceGuid="_s + invoice);
    ASSERT_EQ(search.status, 200) << search.body.constData();
    ASSERT_EQ(search.json().value(u"paymentRequests"_s).toArray().size(), 1);
    EXPECT_EQ(
        search.json().value(u"paymentRequests"_s).toArray().at(0).toObject().value(u"guid"_s).toString(),
        guid);
    EXPECT_TRUE(mk->get(path + u"?status=PAID&invoiceGuid="_s + invoice)
                    .json()
                    .value(u"paymentRequests"_s)
                    .toArray()
                    .isEmpty());

    EXPECT_EQ(errorCode(mk->post(path, QJsonObject{{u"invoiceGuid"_s, invoice}}), 400), 100006);
    EXPECT_EQ(
        errorCode(mk->post(path, QJsonObject{{u"invoiceGuid"_s, u"nope"_s}, {u"sendAsText"_s, true}}), 400),
        100006);
}

TEST_F(MyKaarmaFlowTest, PayByLinkAnswersWithTheSingleErrorObjectOnBadInput)
{
    const QString path = u"/payment/v3/department/%1/url"_s.arg(serviceDept());
    QJsonObject badPhone = urlBody(QString());
    QJsonObject ci = badPhone.value(u"customerIdentifiers"_s).toObject();
    ci.insert(u"phoneNumbers"_s, QJsonArray{QJsonObject{{u"phoneNumber"_s, u"555-0104"_s}}});
    badPhone.insert(u"customerIdentifiers"_s, ci);
    for (const QJsonObject& body : {badPhone, QJsonObject{{u"customerIdentifiers"_s, ci}},
                                    urlBody(QString(), u"-1"_s), urlBody(QString(), u"10.001"_s)}) {
        const Reply r = mk->post(path, body);
        EXPECT_EQ(r.status, 400) << r.body.constData();
        EXPECT_EQ(r.json().value(u"error"_s).toObject().value(u"errorCode"_s).toString(), u"100006"_s)
            << r.body.constData();
        EXPECT_FALSE(r.json().contains(u"errors"_s));
    }
    QJsonObject badHook = urlBody(u"ftp://dealer.example/hook"_s);
    EXPECT_EQ(mk->post(path, badHook).status, 400);
}

TEST_F(MyKaarmaFlowTest, CustomerPaysOnThePageTheOrderIsPaidAndTheWebhookArrives)
{
    auto* hooks = sandbox->component<MyKaarmaWebhooks>();
    ASSERT_NE(hooks, nullptr);
    MkWebhookReceiver receiver;
    receiver.failFirst = 1;
    WebhookRetryPolicy fast;
    fast.baseMs = 5;
    fast.capMs = 20;
    fast.maxAttempts = 4;
    hooks->setRetryPolicy(fast);
    QSignalSpy delivered(hooks, &MyKaarmaWebhooks::delivered);

    const Reply link =
        mk->post(u"/payment/v3/department/%1/url"_s.arg(serviceDept()), urlBody(receiver.url()));
    ASSERT_EQ(link.status, 200) << link.body.constData();
    const QString url = link.json().value(u"paymentUrl"_s).toString();
    const QString invoiceId = link.json().value(u"invoiceId"_s).toString();
    EXPECT_FALSE(invoiceId.isEmpty());
    EXPECT_FALSE(link.json().value(u"customerId"_s).toString().isEmpty());
    const QString guid = url.section(u'/', -1);

    // The page: public, escaped, with the surcharge for credit cards (3 % of 89.99 = 2.70).
    const Reply page = mk->browse("GET", pathOf(url));
    ASSERT_EQ(page.status, 200) << page.body.constData();
    EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
    EXPECT_FALSE(page.header("Content-Security-Policy").isEmpty());
    EXPECT_EQ(page.header("X-Frame-Options"), "DENY");
    EXPECT_FALSE(page.body.contains("<script>"));
    EXPECT_TRUE(page.body.contains("&lt;script&gt;"));
    EXPECT_TRUE(page.body.contains("$89.99")) << page.body.constData();
    EXPECT_TRUE(page.body.contains("$2.70")) << page.body.constData();
    EXPECT_TRUE(page.body.contains("RO-777001"));
    EXPECT_FALSE(page.body.contains("+15550104477"));
    EXPECT_EQ(mk->get(u"/payment/v2/payment-requests/"_s + guid)
                  .json()
                  .value(u"paymentRequest"_s)
                  .toObject()
                  .value(u"status"_s)
                  .toString(),
              u"VIEWED"_s);

    // A form error costs nothing; a declined card is an attempt; then the good card pays.
    EXPECT_EQ(mk->browse("POST", pathOf(url) + u"/pay"_s, payForm("1234")).status, 422);
    const Reply declined = mk->browse("POST", pathOf(url) + u"/pay"_s, payForm("4000000000000002"));
    EXPECT_EQ(declined.status, 422);
    EXPECT_TRUE(declined.body.contains("declined"));
    const Reply paid = mk->browse("POST", pathOf(url) + u"/pay"_s, payForm("4111111111111111"));
    ASSERT_EQ(paid.status, 303) << paid.body.constData();
    const QUrl back(QString::fromUtf8(paid.header("Location")));
    EXPECT_EQ(back.host(), u"dealer.example"_s);
    EXPECT_EQ(QUrlQuery(back).queryItemValue(u"status"_s), u"SUCCESS"_s);
    EXPECT_EQ(QUrlQuery(back).queryItemValue(u"paymentRequestGuid"_s), guid);
    EXPECT_EQ(QUrlQuery(back).queryItemValue(u"ro"_s), u"777001"_s);

    // The order is paid online; the payment request and its invoice are PAID.
    const QJsonArray orders = mk->filter(serviceDept(), QJsonObject{{u"exactOrderNumber"_s, u"RO-777001"_s}});
    ASSERT_EQ(orders.size(), 1);
    const QJsonObject dto = orders.at(0).toObject().value(u"paymentDealerOrderDTO"_s).toObject();
    EXPECT_TRUE(dto.value(u"paid"_s).toBool());
    EXPECT_TRUE(dto.value(u"paidOnline"_s).toBool());
    EXPECT_TRUE(dto.value(u"paidInKaarma"_s).toBool());
    EXPECT_TRUE(dto.value(u"paymentRequestSent"_s).toBool());
    EXPECT_FALSE(dto.value(u"suspicious"_s).toBool());
    const Reply details = mk->get(u"/payment/v2/payment-requests/"_s + guid);
    const QJsonObject pr = details.json().value(u"paymentRequest"_s).toObject();
    EXPECT_EQ(pr.value(u"status"_s).toString(), u"PAID"_s);
    EXPECT_EQ(pr.value(u"invoice"_s).toObject().value(u"invoiceStatus"_s).toString(), u"PAID"_s);
    EXPECT_TRUE(details.body.contains("\"surchargeAmount\":2.7")) << details.body.constData();
    EXPECT_FALSE(details.body.contains("4111111111111111"));

    // The webhook, once the first attempt's 503 is retried.
    ASSERT_TRUE(delivered.wait(5000) || delivered.count() == 1);
    EXPECT_EQ(receiver.calls, 2);
    const QJsonObject hook = receiver.bodies.last();
    EXPECT_EQ(hook.value(u"eventType"_s).toString(), u"PAYMENT_SUCCESS"_s);
    EXPECT_EQ(hook.value(u"paymentRequestGuid"_s).toString(), guid);
    EXPECT_EQ(hook.value(u"invoiceId"_s).toString(), invoiceId);
    EXPECT_EQ(hook.value(u"orderRef"_s).toString(), u"RO-777001"_s);
    EXPECT_EQ(hook.value(u"status"_s).toString(), u"PAID"_s);
    EXPECT_TRUE(receiver.raw.last().contains("\"amount\":89.99")) << receiver.raw.last().constData();
    EXPECT_TRUE(receiver.raw.last().contains("\"totalAmount\":92.69")) << receiver.raw.last().constData();
    EXPECT_EQ(hook.value(u"cardLast4"_s).toString(), u"1111"_s);

    // Paid is final: the page says so and refuses to take the money twice.
    EXPECT_EQ(mk->browse("POST", pathOf(url) + u"/pay"_s, payForm("4111111111111111")).status, 409);
}

TEST_F(MyKaarmaFlowTest, DebitCardsPayWithoutSurchargeAndDeclinesEndInFailure)
{
    auto* hooks = sandbox->component<MyKaarmaWebhooks>();
    MkWebhookReceiver receiver;
    WebhookRetryPolicy fast;
    fast.baseMs = 5;
    fast.capMs = 20;
    hooks->setRetryPolicy(fast);
    QSignalSpy delivered(hooks, &MyKaarmaWebhooks::delivered);

    QJsonObject body = urlBody(receiver.url(), u"40.00"_s);
    body.remove(u"clientSideRedirectUrl"_s);
    body.insert(u"orderRef"_s, u"RO-777002"_s);
    const QString url = mk->post(u"/payment/v3/department/%1/url"_s.arg(serviceDept()), body)
                            .json()
                            .value(u"paymentUrl"_s)
                            .toString();
    const Reply debit = mk->browse("POST", pathOf(url) + u"/pay"_s, payForm("4111111111111111", "debit"));
    ASSERT_EQ(debit.status, 200) << debit.body.constData(); // no redirect URL: a result page
    EXPECT_TRUE(debit.body.contains("Thank you"));
    ASSERT_TRUE(delivered.wait(5000) || delivered.count() == 1);
    EXPECT_TRUE(receiver.raw.last().contains("\"surchargeAmount\":0,")) << receiver.raw.last().constData();

    // Three declines use up the attempts: FAILED, and the webhook says so.
    body.insert(u"orderRef"_s, u"RO-777003"_s);
    const QString url2 = mk->post(u"/payment/v3/department/%1/url"_s.arg(serviceDept()), body)
                             .json()
                             .value(u"paymentUrl"_s)
                             .toString();
    for (int i = 0; i < 2; ++i)
        EXPECT_EQ(mk->browse("POST", pathOf(url2) + u"/pay"_s, payForm("4000000000000002")).status, 422);
    const Reply last = mk->browse("POST", pathOf(url2) + u"/pay"_s, payForm("4000000000000002"));
    EXPECT_EQ(last.status, 200);
    EXPECT_TRUE(last.body.contains("can no longer be used"));
    ASSERT_TRUE(delivered.wait(5000) || delivered.count() == 2);
    EXPECT_EQ(receiver.bodies.last().value(u"eventType"_s).toString(), u"PAYMENT_FAILURE"_s);
    EXPECT_EQ(receiver.bodies.last().value(u"status"_s).toString(), u"FAILED"_s);
    const QJsonArray orders = mk->filter(serviceDept(), QJsonObject{{u"exactOrderNumber"_s, u"RO-777003"_s}});
    EXPECT_FALSE(
        orders.at(0).toObject().value(u"paymentDealerOrderDTO"_s).toObject().value(u"paid"_s).toBool());
}

TEST_F(MyKaarmaFlowTest, LinksExpireAfterTheirTtl)
{
    const QString url = mk->post(u"/payment/v3/department/%1/url"_s.arg(serviceDept()), urlBody(QString()))
                            .json()
                            .value(u"paymentUrl"_s)
                            .toString();
    const QString guid = url.section(u'/', -1);
    clock.advanceMs(3600 * 1000 + 1); // the body's ttl is one hour
    EXPECT_EQ(mk->get(u"/payment/v2/payment-requests/"_s + guid)
                  .json()
                  .value(u"paymentRequest"_s)
                  .toObject()
                  .value(u"status"_s)
                  .toString(),
              u"EXPIRED"_s);
    const Reply page = mk->browse("GET", pathOf(url));
    EXPECT_TRUE(page.body.contains("expired")) << page.body.constData();
    EXPECT_EQ(mk->browse("POST", pathOf(url) + u"/pay"_s, payForm("4111111111111111")).status, 409);
    EXPECT_EQ(mk->browse("GET", u"/mykaarma/payisland/no-such-link"_s).status, 404);
}

TEST_F(MyKaarmaFlowTest, PrepaymentThenPaymentRequestThenPagePaysTheOrder)
{
    // The connector's path: prepayment for a repair order, a text with the link, the customer pays.
    const Reply pre = mk->post(kPrepayment, mk->prepaymentBody(u"RO-880050"_s, u"310.00"_s));
    ASSERT_EQ(pre.status, 200);
    const QString order = pre.json().value(u"dealerOrderUuid"_s).toString();
    const Reply sent = mk->post(
        u"/payment/v4/departments/%1/payment-requests"_s.arg(serviceDept()),
        QJsonObject{{u"invoiceGuid"_s, pre.json().value(u"invoiceGUID"_s)}, {u"sendAsEmail"_s, true}});
    ASSERT_EQ(sent.status, 200) << sent.body.constData();
    const QString link = sent.json().value(u"paymentLink"_s).toString();
    const Reply paid = mk->browse("POST", pathOf(link) + u"/pay"_s, payForm("4111 1111 1111 1111"));
    EXPECT_EQ(paid.status, 200) << paid.body.constData();
    const QJsonObject dto = orderDto(*mk, serviceDept(), order);
    EXPECT_TRUE(dto.value(u"paid"_s).toBool());
    EXPECT_TRUE(dto.value(u"paidOnline"_s).toBool());
    // A paid invoice takes no more payment requests.
    EXPECT_EQ(errorCode(mk->post(u"/payment/v4/departments/%1/payment-requests"_s.arg(serviceDept()),
                                 QJsonObject{{u"invoiceGuid"_s, pre.json().value(u"invoiceGUID"_s)},
                                             {u"sendAsText"_s, true}}),
                        400),
              100006);
}

} // namespace paydesk::sandbox::test

namespace paydesk::sandbox::test {

TEST_F(MyKaarmaFlowTest, PrepaymentForAnExistingRepairOrderAddsAnInvoiceToIt)
{
    // The dealer picks an open repair order from the filter and takes a prepayment on it.
    const QJsonArray open = mk->filter(serviceDept(), QJsonObject{{u"orderStatus"_s, QJsonArray{u"open"_s}}});
    ASSERT_FALSE(open.isEmpty());
    const QJsonObject dto = open.at(0).toObject().value(u"paymentDealerOrderDTO"_s).toObject();
    const QString uuid = dto.value(u"dealerOrderUuid"_s).toString();
    const int invoicesBefore = dto.value(u"numberOfInvoices"_s).toInt();
    QJsonObject body = mk->prepaymentBody(QString(), u"50.00"_s);
    body.remove(u"orderNumber"_s);
    body.insert(u"dealerOrderUuid"_s, uuid);
    body.insert(u"customerUuid"_s, dto.value(u"paymentCustomer"_s).toObject().value(u"customerUuid"_s));
    const Reply r = mk->post(u"/payment/kpayment/v1/prepayment"_s, body);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(r.json().value(u"dealerOrderUuid"_s).toString(), uuid);
    EXPECT_EQ(r.json().value(u"orderNumber"_s).toString(), dto.value(u"orderNumber"_s).toString());
    const QJsonObject after = orderDto(*mk, serviceDept(), uuid);
    EXPECT_EQ(after.value(u"numberOfInvoices"_s).toInt(), invoicesBefore + 1);
    EXPECT_GT(after.value(u"dealerOrderSyncDate"_s).toString(),
              dto.value(u"dealerOrderSyncDate"_s).toString());

    // Another customer's order, or a closed one, is refused.
    body.insert(u"customerUuid"_s, open.at(1)
                                       .toObject()
                                       .value(u"paymentDealerOrderDTO"_s)
                                       .toObject()
                                       .value(u"paymentCustomer"_s)
                                       .toObject()
                                       .value(u"customerUuid"_s));
    EXPECT_EQ(errorCode(mk->post(u"/payment/kpayment/v1/prepayment"_s, body), 400), 100006);
    const QJsonArray closed =
        mk->filter(serviceDept(), QJsonObject{{u"orderStatus"_s, QJsonArray{u"closed"_s}}});
    const QJsonObject c = closed.at(0).toObject().value(u"paymentDealerOrderDTO"_s).toObject();
    body.insert(u"dealerOrderUuid"_s, c.value(u"dealerOrderUuid"_s));
    body.insert(u"customerUuid"_s, c.value(u"paymentCustomer"_s).toObject().value(u"customerUuid"_s));
    EXPECT_EQ(errorCode(mk->post(u"/payment/kpayment/v1/prepayment"_s, body), 400), 100006);
}

TEST_F(MyKaarmaFlowTest, FaultSwitchesApplyToTheMyKaarmaRoutes)
{
    auto spec = FaultSpec::parse(u"error5xx=1,errorStatus=502,times=1"_s);
    ASSERT_TRUE(spec.ok());
    sandbox->faults().set(u"mykaarma.dealerorders.filter"_s, spec.value());
    const QString path = u"/payment/v2/departments/%1/dealer-orders/filter?fetchDealerOrderFromRedis=false&"
                         "fetchInvoicesAndSignatureRequest=false"_s.arg(serviceDept());
    EXPECT_EQ(mk->post(path, {}).status, 502);
    EXPECT_EQ(mk->post(path, {}).status, 200);

    auto html = FaultSpec::parse(u"htmlPage=1,times=1"_s);
    ASSERT_TRUE(html.ok());
    sandbox->faults().set(u"mykaarma.prepayment"_s, html.value());
    const Reply page = mk->post(u"/payment/kpayment/v1/prepayment"_s, mk->prepaymentBody(u"RO-880100"_s));
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"))
        << page.header("Content-Type").constData();
}

} // namespace paydesk::sandbox::test
