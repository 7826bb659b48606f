// The Democrance emulation's payment routes, gateway page, background re-check and tax
// invoice, over loopback HTTP on a manual clock.
#include "DemocranceTestSupport.h"
#include "democrance/DemocranceState.h"
#include "faults/FaultInjector.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::test {

namespace {

class DemocrancePaymentTest : public DemocranceFixture
{
protected:
    void SetUp() override
    {
        DemocranceFixture::SetUp();
        t = token();
    }

    Reply initiate(const QString& policy, const QString& gateway)
    {
        return postJson(u"/democrance/api/v3/payment/initiate/"_s,
                        {{u"policy_number"_s, policy}, {u"gateway"_s, gateway}}, t);
    }
    QJsonObject status(const QString& token)
    {
        const Reply r = get(u"/democrance/api/v3/payment/status/?token="_s + token, t);
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return r.json();
    }
    QString policyStatus(const QString& number)
    {
        const DemPolicy* p = state->policyOf(sandbox->options().democranceUsername, number);
        return p ? p->status : QString();
    }
    /// The customer types `card` on the gateway page; returns the page's answer (303 to /process/).
    Reply customerPays(const QString& url, const QString& card = u"4111 1111 1111 1111"_s)
    {
        const QString path = QUrl(url).path();
        const Reply page = anonymous("GET", path);
        EXPECT_EQ(page.status, 200) << page.body.constData();
        return client->send("POST", path + u"/pay"_s, "card_number=" + QUrl::toPercentEncoding(card),
                            {{"Content-Type", "application/x-www-form-urlencoded"}});
    }
    static QString location(const Reply& r) { return QString::fromUtf8(r.header("Location")); }
    static QString pathAndQuery(const QString& url)
    {
        const QUrl u(url);
        return u.path() + (u.hasQuery() ? u"?"_s + u.query(QUrl::FullyEncoded) : QString());
    }

    QString t;
};

const QString kInitiate = u"/democrance/api/v3/payment/initiate/"_s;

} // namespace

TEST_F(DemocrancePaymentTest, GatewaysIncludeInvoiceForProductsThatMayBeInvoiced)
{
    const QString policy = policyIn(u"S_QUOTED"_s);
    const Reply r = get(u"/democrance/api/v3/payment/gateways/?policy_number="_s + policy, t);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonArray list = QJsonDocument::fromJson(r.body).array();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list.at(0).toObject(), (QJsonObject{{u"gateway"_s, u"payfort-aed"_s},
                                                  {u"name"_s, u"Payfort"_s},
                                                  {u"provider"_s, u"payfort"_s}}));
    EXPECT_EQ(list.at(2).toObject(), (QJsonObject{{u"gateway"_s, u"invoice"_s},
                                                  {u"name"_s, u"Invoice"_s},
                                                  {u"provider"_s, u"Democrance"_s}}));
    // POST works too, and without a policy number the dealer's general list comes back.
    EXPECT_EQ(postJson(u"/democrance/api/v3/payment/gateways/"_s, {}, t).status, 200);
    EXPECT_EQ(get(u"/democrance/api/v3/payment/gateways/?policy_number=NOPE-1"_s, t).status, 404);

    // The second dealer invoices warranties only: a GAP policy has just the card gateway.
    const QString other =
        login(u"paydesk-demo-2"_s, u"demo_democrance_password_2"_s).json().value(u"token"_s).toString();
    for (const DemPolicy& p : state->policies(u"paydesk-demo-2"_s)) {
        const QJsonArray g =
            QJsonDocument::fromJson(
                get(u"/democrance/api/v3/payment/gateways/?policy_number="_s + p.policyNumber, other).body)
                .array();
        EXPECT_EQ(g.size(), p.productSlug == u"extended-warranty"_s ? 2 : 1) << qPrintable(p.policyNumber);
    }
    // Another dealer's policy is not found.
    EXPECT_EQ(get(u"/democrance/api/v3/payment/gateways/?policy_number="_s + policy, other).status, 404);
}

TEST_F(DemocrancePaymentTest, CustomerPaysOnTheGatewayPageAndThePolicyBecomesActive)
{
    const QString policy = policyIn(u"S_QUOTED"_s);
    const Reply started = initiate(policy, u"payfort-aed"_s);
    ASSERT_EQ(started.status, 200) << started.body.constData();
    const QJsonObject o = started.json();
    EXPECT_EQ(o.keys(), (QStringList{u"action"_s, u"token"_s, u"url"_s}));
    EXPECT_EQ(o.value(u"action"_s).toString(), u"Payment required"_s);
    const QString token = o.value(u"token"_s).toString();
    const QString url = o.value(u"url"_s).toString();
    EXPECT_TRUE(url.startsWith(sandbox->baseUrl().toString() + u"/democrance/gateway/"_s));
    EXPECT_EQ(status(token).value(u"status"_s).toString(), u"pending"_s);

    // The gateway page: escaped, no scripts, the PA page's security headers.
    const Reply page = anonymous("GET", QUrl(url).path());
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
    EXPECT_FALSE(page.header("Content-Security-Policy").isEmpty());
    EXPECT_EQ(page.header("X-Frame-Options"), "DENY");
    EXPECT_FALSE(page.body.contains("<script"));
    EXPECT_TRUE(page.body.contains(policy.toUtf8()));

    const Reply paid = customerPays(url);
    ASSERT_EQ(paid.status, 303) << paid.body.constData();
    const QUrl process(location(paid));
    EXPECT_EQ(process.path(), u"/democrance/api/v3/payment/process/"_s);
    // Until the gateway's return arrives, Democrance does not know.
    EXPECT_EQ(status(token).value(u"status"_s).toString(), u"pending"_s);
    EXPECT_EQ(policyStatus(policy), u"S_QUOTED"_s);

    const Reply back = anonymous("GET", pathAndQuery(location(paid)));
    ASSERT_EQ(back.status, 302) << back.body.constData();
    const QUrl done(location(back));
    EXPECT_EQ(done.path(), u"/democrance/payment/completed/"_s)
        << "initiate has no url: the deployment's page";
    EXPECT_EQ(QUrlQuery(done).queryItemValue(u"status"_s), u"paid"_s);
    EXPECT_EQ(anonymous("GET", pathAndQuery(location(back))).status, 200);

    const QJsonObject s = status(token);
    EXPECT_EQ(s.value(u"status"_s).toString(), u"paid"_s);
    EXPECT_EQ(s.value(u"policy_status"_s).toString(), u"S_ACTIVE"_s);
    EXPECT_EQ(s.value(u"completed"_s).toString(), u"2026-03-10T10:00:00Z"_s);
    EXPECT_EQ(policyStatus(policy), u"S_ACTIVE"_s);
    // A repeated return changes nothing; the page now says it is done.
    EXPECT_EQ(anonymous("GET", pathAndQuery(location(paid))).status, 302);
    EXPECT_EQ(customerPays(url).status, 409);
    // And the listing shows it paid.
    const QJsonArray active = get(u"/democrance/api/v3/policy/all/?status=S_ACTIVE&per_page=1000"_s, t)
                                  .json()
                                  .value(u"results"_s)
                                  .toArray();
    bool listed = false;
    for (const QJsonValue& v : active)
        listed = listed || v.toObject().value(u"policy_number"_s).toString() == policy;
    EXPECT_TRUE(listed);
}

TEST_F(DemocrancePaymentTest, ADeclinedCardOrACancelFailsThePaymentAndANewInitiateStartsAgain)
{
    const QString policy = policyIn(u"S_NEW"_s);
    const QJsonObject first = initiate(policy, u"payfort-aed"_s).json();
    const Reply declined = customerPays(first.value(u"url"_s).toString(), u"4000 0000 0000 0002"_s);
    ASSERT_EQ(declined.status, 303);
    const Reply back = anonymous("GET", pathAndQuery(location(declined)));
    EXPECT_EQ(QUrlQuery(QUrl(location(back))).queryItemValue(u"status"_s), u"failed"_s);
    EXPECT_EQ(status(first.value(u"token"_s).toString()).value(u"status"_s).toString(), u"failed"_s);
    EXPECT_EQ(policyStatus(policy), u"S_NEW"_s);

    // "Should payment fail, it is up to the client application to re-try payment."
    const QJsonObject second = initiate(policy, u"checkout-aed"_s).json();
    EXPECT_NE(second.value(u"token"_s).toString(), first.value(u"token"_s).toString());
    const QString path = QUrl(second.value(u"url"_s).toString()).path();
    const Reply cancelled = client->send("POST", path + u"/cancel"_s, {},
                                         {{"Content-Type", "application/x-www-form-urlencoded"}});
    ASSERT_EQ(cancelled.status, 303);
    anonymous("GET", pathAndQuery(location(cancelled)));
    EXPECT_EQ(status(second.value(u"token"_s).toString()).value(u"status"_s).toString(), u"failed"_s);

    // A bad card number is a form error: the payment stays open.
    const QJsonObject third = initiate(policy, u"payfort-aed"_s).json();
    EXPECT_EQ(customerPays(third.value(u"url"_s).toString(), u"1234"_s).status, 422);
    EXPECT_EQ(status(third.value(u"token"_s).toString()).value(u"status"_s).toString(), u"pending"_s);
}

TEST_F(DemocrancePaymentTest, InitiateIsIdempotentWhileAPaymentIsUnderWay)
{
    const QString quote = policyIn(u"S_QUOTED"_s);
    const QJsonObject a = initiate(quote, u"payfort-aed"_s).json();
    const QJsonObject b = initiate(quote, u"payfort-aed"_s).json();
    const QJsonObject c = initiate(quote, u"checkout-aed"_s).json();
    EXPECT_EQ(a, b);
    EXPECT_EQ(a, c) << "a payment under way is the answer whatever gateway is named";
    int payments = 0;
    for (const DemPayment& p : state->payments())
        payments += p.policyNumber == quote;
    EXPECT_EQ(payments, 1);
    // /token/ for the same policy also returns that payment.
    const Reply tok =
        get(u"/democrance/api/v3/payment/token/?url=https://dealer.example/back&policy_number="_s + quote, t);
    EXPECT_EQ(tok.json().value(u"token"_s).toString(), a.value(u"token"_s).toString());
    // …and its url is where /process/ now sends the customer.
    const Reply paid = customerPays(a.value(u"url"_s).toString());
    const Reply back = anonymous("GET", pathAndQuery(location(paid)));
    EXPECT_EQ(QUrl(location(back)).host(), u"dealer.example"_s);
}

TEST_F(DemocrancePaymentTest, InvoiceAndNoPaymentRequiredAreActionsNotErrors)
{
    const QString policy = policyIn(u"S_NEW"_s);
    const Reply invoiced = initiate(policy, u"invoice"_s);
    ASSERT_EQ(invoiced.status, 200) << invoiced.body.constData();
    EXPECT_EQ(invoiced.json().value(u"action"_s).toString(), u"Payment to be invoiced"_s);
    EXPECT_TRUE(invoiced.json().value(u"url"_s).isNull());
    const QJsonObject s = status(invoiced.json().value(u"token"_s).toString());
    EXPECT_EQ(s.value(u"status"_s).toString(), u"invoiced"_s);
    EXPECT_EQ(policyStatus(policy), u"S_PENDING_APPROVAL"_s);
    // The tax invoice exists at once.
    const Reply pdf =
        get(u"/democrance/api/v3/payment/%1/tax-invoice/"_s.arg(s.value(u"reference"_s).toString()), t);
    EXPECT_EQ(pdf.status, 200);
    EXPECT_TRUE(pdf.body.startsWith("%PDF-"));

    // The complimentary quote (premium 0).
    QString free;
    for (const DemPolicy& p : state->policies(u"paydesk-demo"_s, {u"S_QUOTED"_s})) {
        if (p.premium == 0)
            free = p.policyNumber;
    }
    ASSERT_FALSE(free.isEmpty());
    const Reply none = initiate(free, u"payfort-aed"_s);
    ASSERT_EQ(none.status, 200);
    EXPECT_EQ(none.json().value(u"action"_s).toString(), u"No payment required"_s);
    EXPECT_TRUE(none.json().value(u"url"_s).isNull());
    EXPECT_FALSE(none.json().value(u"token"_s).toString().isEmpty());
    EXPECT_EQ(policyStatus(free), u"S_ACTIVE"_s);
}

TEST_F(DemocrancePaymentTest, ARepeatedInitiateOfAnInvoicedPolicyAnswersTheSameInvoice)
{
    // Qt may send a POST again after a dropped connection: the client never saw the first answer.
    const QString policy = policyIn(u"S_NEW"_s);
    const Reply first = initiate(policy, u"invoice"_s);
    ASSERT_EQ(first.status, 200) << first.body.constData();
    ASSERT_EQ(first.json().value(u"action"_s).toString(), u"Payment to be invoiced"_s);
    const Reply again = initiate(policy, u"invoice"_s);
    ASSERT_EQ(again.status, 200) << again.body.constData();
    EXPECT_EQ(again.json(), first.json()) << "the outstanding invoice is the answer again";
    // Naming a card gateway now does not bill the policy a second way either.
    const Reply card = initiate(policy, u"payfort-aed"_s);
    ASSERT_EQ(card.status, 200) << card.body.constData();
    EXPECT_EQ(card.json(), first.json());
    int payments = 0;
    for (const DemPayment& p : state->payments())
        payments += p.policyNumber == policy;
    EXPECT_EQ(payments, 1);

    // Once the invoice is settled the policy is active: a new initiate is refused as before.
    ASSERT_TRUE(state->settleInvoice(first.json().value(u"token"_s).toString()));
    EXPECT_EQ(initiate(policy, u"invoice"_s).status, 400);
}

TEST_F(DemocrancePaymentTest, InitiateRefusalsHaveTheDocumentedShapes)
{
    const Reply missing = postJson(kInitiate, {}, t);
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.json().value(u"policy_number"_s).toArray().at(0).toString(),
              u"This field is required."_s);
    EXPECT_FALSE(missing.json().value(u"gateway"_s).toArray().isEmpty());
    const Reply unknown = initiate(u"NGM-GAP-999999"_s, u"payfort-aed"_s);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.json().value(u"detail"_s).toString(), u"Policy not found"_s);
    const Reply gateway = initiate(policyIn(u"S_QUOTED"_s), u"paypal"_s);
    EXPECT_EQ(gateway.status, 400);
    EXPECT_EQ(gateway.json().value(u"gateway"_s).toArray().at(0).toString(), u"Invalid payment gateway"_s);
    const Reply active = initiate(policyIn(u"S_ACTIVE"_s), u"payfort-aed"_s);
    EXPECT_EQ(active.status, 400);
    EXPECT_EQ(active.json().value(u"detail"_s).toString(), u"Policy is already active"_s);
    for (const QString& closed : {u"S_CANCELLED"_s, u"S_ENDED"_s, u"S_CANCELLATION_REQUESTED"_s}) {
        const Reply r = initiate(policyIn(closed), u"payfort-aed"_s);
        EXPECT_EQ(r.status, 400) << qPrintable(closed);
        EXPECT_EQ(r.json().value(u"detail"_s).toString(), u"Policy cannot be paid in its current status"_s);
    }
    EXPECT_EQ(get(kInitiate, t).status, 405);
}

TEST_F(DemocrancePaymentTest, TokenEndpointReturnsUrlTokenFormAndStatus)
{
    const QString policy = policyIn(u"S_QUOTED"_s);
    const Reply r = get(
        u"/democrance/api/v3/payment/token/?url=https%3A%2F%2Fdealer.example%2Fback%3Fsite%3D7&policy_number="_s +
            policy,
        t);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(u"status"_s).toString(), u"OK"_s);
    const QString token = o.value(u"token"_s).toString();
    const QString url = o.value(u"url"_s).toString();
    EXPECT_TRUE(url.contains(token));
    EXPECT_TRUE(o.value(u"form"_s).toString().contains(u"action=\"%1\""_s.arg(url)));
    EXPECT_TRUE(o.value(u"form"_s).toString().contains(u"value=\"%1\""_s.arg(token)));
    // The form POSTs the token to the gateway URL: that shows the page too.
    EXPECT_EQ(client
                  ->send("POST", QUrl(url).path(), "token=" + token.toLatin1(),
                         {{"Content-Type", "application/x-www-form-urlencoded"}})
                  .status,
              200);

    // After paying, /process/ sends the customer to the client's URL, its own query kept.
    const Reply paid = customerPays(url);
    const Reply back = anonymous("GET", pathAndQuery(location(paid)));
    ASSERT_EQ(back.status, 302);
    const QUrl client(location(back));
    EXPECT_EQ(client.host(), u"dealer.example"_s);
    EXPECT_EQ(QUrlQuery(client).queryItemValue(u"site"_s), u"7"_s);
    EXPECT_EQ(QUrlQuery(client).queryItemValue(u"token"_s), token);
    EXPECT_EQ(QUrlQuery(client).queryItemValue(u"status"_s), u"paid"_s);

    // Errors keep the shape, with the message in status.
    const Reply unknown =
        get(u"/democrance/api/v3/payment/token/?url=https://x.example/&policy_number=NOPE"_s, t);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.json().value(u"status"_s).toString(), u"Policy not found"_s);
    EXPECT_TRUE(unknown.json().value(u"token"_s).isNull());
    EXPECT_EQ(get(u"/democrance/api/v3/payment/token/?policy_number="_s + policy, t).status, 400);
}

TEST_F(DemocrancePaymentTest, TheBackgroundRecheckFindsAPaymentWhoseReturnWasLost)
{
    state->setRecheckIntervalSeconds(300);
    const QString policy = policyIn(u"S_QUOTED"_s);
    const QJsonObject started = initiate(policy, u"payfort-aed"_s).json();
    const QString token = started.value(u"token"_s).toString();
    const Reply paid = customerPays(started.value(u"url"_s).toString());
    ASSERT_EQ(paid.status, 303);

    // The customer's return to /process/ never arrives (the connection drops).
    FaultSpec drop;
    drop.drop = 1.0;
    sandbox->faults().set(u"democrance.payment.process"_s, drop);
    const Reply lost = anonymous("GET", pathAndQuery(location(paid)));
    EXPECT_NE(lost.error, QNetworkReply::NoError);
    sandbox->faults().clear(u"democrance.payment.process"_s);
    EXPECT_EQ(status(token).value(u"status"_s).toString(), u"pending"_s);
    EXPECT_EQ(policyStatus(policy), u"S_QUOTED"_s);

    // Not yet: the re-check runs every five minutes of the clock.
    clock.advanceMs(299 * 1000);
    EXPECT_EQ(status(token).value(u"status"_s).toString(), u"pending"_s);
    clock.advanceMs(1000);
    const QJsonObject found = status(token);
    EXPECT_EQ(found.value(u"status"_s).toString(), u"paid"_s);
    EXPECT_EQ(found.value(u"policy_status"_s).toString(), u"S_ACTIVE"_s);
    EXPECT_EQ(policyStatus(policy), u"S_ACTIVE"_s);
    EXPECT_TRUE(state->payment(token)->foundByRecheck);
    EXPECT_GE(state->recheckRounds(), 1);
}

TEST_F(DemocrancePaymentTest, CompleteAsksTheGatewayAtOnce)
{
    const QString policy = policyIn(u"S_QUOTED"_s);
    const QJsonObject started = initiate(policy, u"payfort-aed"_s).json();
    const QString token = started.value(u"token"_s).toString();
    ASSERT_EQ(customerPays(started.value(u"url"_s).toString()).status, 303);
    // No return, no re-check yet: /complete/ asks the gateway now.
    const Reply r = postJson(u"/democrance/api/v3/payment/complete/?token="_s + token, {}, t);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(r.json().value(u"status"_s).toString(), u"paid"_s);
    EXPECT_FALSE(state->payment(token)->foundByRecheck);
    EXPECT_EQ(get(u"/democrance/api/v3/payment/complete/?token=nope"_s, t).status, 404);
}

TEST_F(DemocrancePaymentTest, StatusByTokenOrPolicyAndOnlyForTheDealer)
{
    const QString policy = policyIn(u"S_ACTIVE"_s);
    const Reply byPolicy = get(u"/democrance/api/v3/payment/status/?policy_number="_s + policy, t);
    ASSERT_EQ(byPolicy.status, 200);
    const QJsonObject o = byPolicy.json();
    EXPECT_EQ(o.value(u"status"_s).toString(), u"paid"_s);
    EXPECT_EQ(o.value(u"policy_number"_s).toString(), policy);
    EXPECT_TRUE(
        QRegularExpression(u"^[0-9]+\\.[0-9]{2}$"_s).match(o.value(u"amount"_s).toString()).hasMatch());
    EXPECT_EQ(o.value(u"currency"_s).toString(), u"AED"_s);
    EXPECT_EQ(get(u"/democrance/api/v3/payment/status/"_s, t).status, 400);
    const QString token = o.value(u"token"_s).toString();
    const QString other =
        login(u"paydesk-demo-2"_s, u"demo_democrance_password_2"_s).json().value(u"token"_s).toString();
    const Reply foreign = get(u"/democrance/api/v3/payment/status/?token="_s + token, other);
    EXPECT_EQ(foreign.status, 404);
    EXPECT_EQ(foreign.json().value(u"detail"_s).toString(), u"Payment not found"_s);
}

TEST_F(DemocrancePaymentTest, UnpaidTokensExpire)
{
    const QString policy = policyIn(u"S_QUOTED"_s);
    const QJsonObject started = initiate(policy, u"payfort-aed"_s).json();
    clock.advanceMs(24LL * 3600 * 1000);
    t = token(); // the session has expired meanwhile
    EXPECT_EQ(status(started.value(u"token"_s).toString()).value(u"status"_s).toString(), u"expired"_s);
    // The page says so; a new initiate starts a new payment.
    const Reply page = anonymous("GET", QUrl(started.value(u"url"_s).toString()).path());
    EXPECT_TRUE(page.body.contains("expired"));
    EXPECT_NE(initiate(policy, u"payfort-aed"_s).json().value(u"token"_s), started.value(u"token"_s));
}

TEST_F(DemocrancePaymentTest, ValidateSessionOnceForAMerchantSessionGateway)
{
    const QString policy = policyIn(u"S_QUOTED"_s);
    const QString token = initiate(policy, u"payfort-aed"_s).json().value(u"token"_s).toString();
    const QString path = u"/democrance/api/v3/payment/validate-session/?token="_s + token;
    const QJsonObject body{{u"policy_number"_s, policy}, {u"gateway"_s, u"payfort-aed"_s}};
    const Reply r = postJson(path, body, t);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject s = r.json();
    for (const QString& key : {u"epochTimestamp"_s, u"expiresAt"_s, u"merchantSessionIdentifier"_s,
                               u"nonce"_s, u"merchantIdentifier"_s, u"domainName"_s, u"displayName"_s,
                               u"signature"_s, u"operationalAnalyticsIdentifier"_s, u"retries"_s, u"pspId"_s})
        EXPECT_TRUE(s.contains(key)) << qPrintable(key);
    EXPECT_EQ(s.value(u"expiresAt"_s).toInteger() - s.value(u"epochTimestamp"_s).toInteger(), 300000);
    EXPECT_EQ(postJson(path, body, t).status, 400) << "single use";
    EXPECT_EQ(postJson(u"/democrance/api/v3/payment/validate-session/"_s, body, t).status, 400);
    EXPECT_EQ(postJson(path, {{u"policy_number"_s, policy}, {u"gateway"_s, u"checkout-aed"_s}}, t).status,
              400);
}

TEST_F(DemocrancePaymentTest, TaxInvoiceAndReceiptArePdfs)
{
    const QString policy = policyIn(u"S_ACTIVE"_s);
    const QString reference =
        state->payment(state->policyOf(u"paydesk-demo"_s, policy)->lastPayment)->reference;
    const Reply r = get(u"/democrance/api/v3/payment/%1/tax-invoice/"_s.arg(reference), t);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(r.header("Content-Type"), "application/pdf");
    EXPECT_TRUE(r.body.startsWith("%PDF-1.4"));
    EXPECT_TRUE(r.body.trimmed().endsWith("%%EOF"));
    EXPECT_TRUE(r.body.contains("(Tax Invoice / Receipt)"));
    EXPECT_TRUE(r.body.contains(policy.toLatin1()));
    EXPECT_TRUE(r.header("Content-Disposition").contains("receipt-" + reference.toLatin1()));
    // The cross-reference table points at the objects.
    const qsizetype xref = r.body.lastIndexOf("startxref\n");
    ASSERT_GT(xref, 0);
    const qsizetype at = r.body.mid(xref + 10).split('\n').first().toLongLong();
    EXPECT_EQ(r.body.mid(at, 4), "xref");

    EXPECT_EQ(get(u"/democrance/api/v3/payment/PAY-999999/tax-invoice/"_s, t).status, 404);
    // A pending payment has none yet.
    const QJsonObject started = initiate(policyIn(u"S_QUOTED"_s), u"payfort-aed"_s).json();
    const QString pending = status(started.value(u"token"_s).toString()).value(u"reference"_s).toString();
    EXPECT_EQ(get(u"/democrance/api/v3/payment/%1/tax-invoice/"_s.arg(pending), t).status, 404);
    // Another dealer's reference is not found.
    const QString other =
        login(u"paydesk-demo-2"_s, u"demo_democrance_password_2"_s).json().value(u"token"_s).toString();
    EXPECT_EQ(get(u"/democrance/api/v3/payment/%1/tax-invoice/"_s.arg(reference), other).status, 404);
}

} // namespace paydesk::sandbox::test
