// The Democrance connector against the sandbox's emulation over loopback: the session, the
// policy listing, every payment endpoint (gateways, token, initiate, validate-session, status,
// complete, tax invoice), the documented refusals as typed errors, and faults (server errors,
// Retry-After, lost answers, web pages, broken JSON, ended sessions).
#include "SandboxHarness.h"
#include "democrance/DemocranceState.h"
#include "faults/FaultInjector.h"
#include "providers/democrance/DemocranceClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
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
        EXPECT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 20000));
        if (!answer)
            answer.emplace(fail(ApiError::cancelled()));
        return *answer;
    }
};

class DemocranceConnectorTest : public ::testing::Test
{
protected:
    DemocranceConnectorTest()
    {
        HttpClient::Options o;
        o.allowPlainHttpToLoopback = true;
        o.jitter = [] { return 0.0; };
        o.retry = {10, 50, 0.0, 60000, 3};
        http = std::make_unique<HttpClient>(o, fast);
        client =
            makeClient(h.sandbox().options().democranceUsername, h.sandbox().options().democrancePassword);
    }
    std::unique_ptr<DemocranceClient> makeClient(const QString& user, const QString& password)
    {
        return std::make_unique<DemocranceClient>(*http, base(), user, password.toUtf8());
    }
    QUrl base() const
    {
        QUrl url = const_cast<SandboxHarness&>(h).sandbox().baseUrl();
        url.setPath(u"/democrance"_s);
        return url;
    }
    sandbox::DemocranceState& state() { return *h.sandbox().component<sandbox::DemocranceState>(); }
    QString dealer() { return h.sandbox().options().democranceUsername; }

    /// A policy of the first demo dealer in `status` with `premium` fils.
    QString addPolicy(const QString& status, qint64 premium = 125000,
                      const QString& product = u"gap-insurance"_s)
    {
        sandbox::DemPolicy p;
        p.dealer = dealer();
        p.status = status;
        p.productSlug = product;
        p.productName = u"GAP Insurance"_s;
        p.premium = premium;
        p.currency = u"AED"_s;
        p.firstName = u"Layla"_s;
        p.lastName = u"Haddad"_s;
        p.make = u"Toyota"_s;
        p.model = u"Land Cruiser"_s;
        return state().insertPolicy(p);
    }

    SandboxHarness h{SandboxHarness::defaultOptions(0)};
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    ManualScheduler fast{clock, /*autoAdvance=*/true};
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<DemocranceClient> client;
    QObject context;
};

} // namespace

TEST_F(DemocranceConnectorTest, SignsInAndListsTheDealersOwnPoliciesPageByPageByStatus)
{
    QStringList fresh;
    for (int i = 0; i < 5; ++i)
        fresh << addPolicy(u"S_NEW"_s);
    const QString pending = addPolicy(u"S_PENDING_APPROVAL"_s);
    addPolicy(u"S_ACTIVE"_s);
    addPolicy(u"S_ENDED"_s);
    // Another dealer's policy is never listed.
    sandbox::DemPolicy other;
    other.dealer = u"paydesk-demo-2"_s;
    other.status = u"S_NEW"_s;
    other.premium = 1000;
    state().insertPolicy(other);

    Waiter<QJsonObject> login;
    client->login(&context, login.callback());
    ASSERT_TRUE(login.wait().ok()) << login.wait().error().detail.toStdString();
    EXPECT_TRUE(client->hasSession());
    EXPECT_FALSE(login.wait()->contains(u"token"_s)) << "the session never leaves the client";

    Waiter<QJsonObject> page;
    client->policies({u"S_NEW"_s}, 2, 2, &context, page.callback());
    ASSERT_TRUE(page.wait().ok()) << page.wait().error().detail.toStdString();
    EXPECT_EQ(page.wait()->value(u"count"_s).toInt(), 5);
    EXPECT_EQ(page.wait()->value(u"num_pages"_s).toInt(), 3);
    EXPECT_EQ(page.wait()->value(u"results"_s).toArray().size(), 2);

    Waiter<QJsonArray> awaiting;
    client->allPolicies({u"S_NEW"_s, u"S_PENDING_APPROVAL"_s}, &context, awaiting.callback());
    ASSERT_TRUE(awaiting.wait().ok());
    QStringList numbers;
    for (const QJsonValue& v : awaiting.wait().value())
        numbers << v.toObject().value(u"policy_number"_s).toString();
    QStringList expected = fresh;
    expected << pending;
    std::sort(numbers.begin(), numbers.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(numbers, expected);
    const QJsonObject first = awaiting.wait()->first().toObject();
    EXPECT_EQ(first.value(u"premium"_s).toString(), u"1250.00"_s);
    EXPECT_EQ(first.value(u"currency"_s).toString(), u"AED"_s);
    EXPECT_TRUE(DemocranceClient::timeOf(first.value(u"created"_s)).isValid()) << "UTC ISO 8601";
    EXPECT_EQ(client->signIns(), 1) << "one session for every call";

    // A status the listing does not know is refused with Democrance's words.
    Waiter<QJsonObject> bad;
    client->policies({u"S_PAID"_s}, 1, 10, &context, bad.callback());
    ASSERT_FALSE(bad.wait().ok());
    EXPECT_EQ(bad.wait().error().kind, ApiError::Kind::Refused);
    EXPECT_EQ(bad.wait().error().field, u"status"_s);
}

TEST_F(DemocranceConnectorTest, AWrongPasswordIsASignInFailureAndAnEndedSessionIsRenewedOnce)
{
    auto wrong = makeClient(dealer(), u"not the password"_s);
    Waiter<QJsonArray> refused;
    wrong->gateways(QString(), &context, refused.callback());
    ASSERT_FALSE(refused.wait().ok());
    EXPECT_EQ(refused.wait().error().code, u"sign-in-failed"_s);
    EXPECT_EQ(DemocranceClient::failureOf(refused.wait().error()), Failure::SignIn);

    const QString number = addPolicy(u"S_NEW"_s);
    Waiter<QJsonArray> first;
    client->gateways(number, &context, first.callback());
    ASSERT_TRUE(first.wait().ok());
    state().expireAllSessions(); // as after a restart of Democrance
    Waiter<QJsonArray> second;
    client->gateways(number, &context, second.callback());
    ASSERT_TRUE(second.wait().ok()) << second.wait().error().detail.toStdString();
    EXPECT_EQ(client->signIns(), 2);
}

TEST_F(DemocranceConnectorTest, EveryPaymentEndpointFromGatewaysToTheTaxInvoice)
{
    const QString number = addPolicy(u"S_NEW"_s);
    // Gateways: the dealer's cards, and the invoice gateway for the products it may invoice.
    Waiter<QJsonArray> gateways;
    client->gateways(number, &context, gateways.callback());
    ASSERT_TRUE(gateways.wait().ok());
    QStringList keys;
    for (const QJsonValue& g : gateways.wait().value())
        keys << g.toObject().value(u"gateway"_s).toString();
    EXPECT_EQ(keys, (QStringList{u"payfort-aed"_s, u"checkout-aed"_s, u"invoice"_s}));

    // Initiate with a card gateway: a link to send; again while under way: the same payment.
    Waiter<QJsonObject> initiated;
    client->initiate(number, u"payfort-aed"_s, &context, initiated.callback());
    ASSERT_TRUE(initiated.wait().ok()) << initiated.wait().error().detail.toStdString();
    EXPECT_EQ(initiated.wait()->value(u"action"_s).toString(), u"Payment required"_s);
    const QString token = initiated.wait()->value(u"token"_s).toString();
    const QString url = initiated.wait()->value(u"url"_s).toString();
    EXPECT_FALSE(token.isEmpty());
    EXPECT_TRUE(url.contains(token));
    Waiter<QJsonObject> again;
    client->initiate(number, u"payfort-aed"_s, &context, again.callback());
    ASSERT_TRUE(again.wait().ok());
    EXPECT_EQ(again.wait()->value(u"token"_s).toString(), token)
        << "no second payment while one is under way";

    // The merchant session (Apple Pay through Payfort): once.
    Waiter<QJsonObject> session;
    client->validateSession(token, number, u"payfort-aed"_s, &context, session.callback());
    ASSERT_TRUE(session.wait().ok()) << session.wait().error().detail.toStdString();
    EXPECT_FALSE(session.wait()->value(u"merchantSessionIdentifier"_s).toString().isEmpty());
    EXPECT_TRUE(session.wait()->value(u"expiresAt"_s).isDouble());
    Waiter<QJsonObject> twice;
    client->validateSession(token, number, u"payfort-aed"_s, &context, twice.callback());
    ASSERT_FALSE(twice.wait().ok());
    EXPECT_EQ(twice.wait().error().kind, ApiError::Kind::Refused);

    // Status by token and by policy.
    Waiter<QJsonObject> status;
    client->paymentStatus(token, &context, status.callback());
    ASSERT_TRUE(status.wait().ok());
    EXPECT_EQ(status.wait()->value(u"status"_s).toString(), u"pending"_s);
    EXPECT_EQ(status.wait()->value(u"policy_status"_s).toString(), u"S_NEW"_s);
    EXPECT_EQ(status.wait()->value(u"amount"_s).toString(), u"1250.00"_s);
    const QString reference = status.wait()->value(u"reference"_s).toString();
    Waiter<QJsonObject> latest;
    client->latestPayment(number, &context, latest.callback());
    ASSERT_TRUE(latest.wait().ok());
    EXPECT_EQ(latest.wait()->value(u"token"_s).toString(), token);

    // No tax invoice before it is paid.
    Waiter<QJsonObject> early;
    client->taxInvoice(reference, false, &context, early.callback());
    ASSERT_FALSE(early.wait().ok());
    EXPECT_EQ(early.wait().error().httpStatus, 404);

    // The customer pays on the gateway page; the return to /process/ is lost, so only the
    // gateway knows — until /complete/ asks it.
    ASSERT_TRUE(state().gatewayResult(token, true, u"Visa"_s, u"1111"_s).ok());
    Waiter<QJsonObject> stillPending;
    client->paymentStatus(token, &context, stillPending.callback());
    ASSERT_TRUE(stillPending.wait().ok());
    EXPECT_EQ(stillPending.wait()->value(u"status"_s).toString(), u"pending"_s);
    Waiter<QJsonObject> completed;
    client->complete(token, &context, completed.callback());
    ASSERT_TRUE(completed.wait().ok()) << completed.wait().error().detail.toStdString();
    EXPECT_EQ(completed.wait()->value(u"status"_s).toString(), u"paid"_s);
    EXPECT_EQ(completed.wait()->value(u"policy_status"_s).toString(), u"S_ACTIVE"_s);
    EXPECT_TRUE(DemocranceClient::timeOf(completed.wait()->value(u"completed"_s)).isValid());

    Waiter<QJsonObject> receipt;
    client->taxInvoice(reference, true, &context, receipt.callback());
    ASSERT_TRUE(receipt.wait().ok()) << receipt.wait().error().detail.toStdString();
    const QByteArray pdf = QByteArray::fromBase64(receipt.wait()->value(u"data"_s).toString().toLatin1());
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(receipt.wait()->value(u"size"_s).toInteger(), pdf.size());
    EXPECT_EQ(receipt.wait()->value(u"filename"_s).toString(), reference + u"-receipt.pdf"_s);

    // An active policy cannot be paid again.
    Waiter<QJsonObject> paidAlready;
    client->initiate(number, u"payfort-aed"_s, &context, paidAlready.callback());
    ASSERT_FALSE(paidAlready.wait().ok());
    EXPECT_EQ(paidAlready.wait().error().kind, ApiError::Kind::Refused);
    EXPECT_TRUE(paidAlready.wait().error().message.contains(u"already active"_s))
        << paidAlready.wait().error().message.toStdString();
}

TEST_F(DemocranceConnectorTest, InvoicedAndWaivedPaymentsAreAnswersNotErrors)
{
    const QString invoiced = addPolicy(u"S_NEW"_s);
    Waiter<QJsonObject> toInvoice;
    client->initiate(invoiced, u"invoice"_s, &context, toInvoice.callback());
    ASSERT_TRUE(toInvoice.wait().ok()) << toInvoice.wait().error().detail.toStdString();
    EXPECT_EQ(toInvoice.wait()->value(u"action"_s).toString(), u"Payment to be invoiced"_s);
    EXPECT_TRUE(toInvoice.wait()->value(u"url"_s).isNull()) << "no redirect";
    Waiter<QJsonObject> status;
    client->paymentStatus(toInvoice.wait()->value(u"token"_s).toString(), &context, status.callback());
    ASSERT_TRUE(status.wait().ok());
    EXPECT_EQ(status.wait()->value(u"status"_s).toString(), u"invoiced"_s);
    EXPECT_EQ(status.wait()->value(u"policy_status"_s).toString(), u"S_PENDING_APPROVAL"_s);
    Waiter<QJsonObject> taxInvoice;
    client->taxInvoice(status.wait()->value(u"reference"_s).toString(), false, &context,
                       taxInvoice.callback());
    ASSERT_TRUE(taxInvoice.wait().ok()) << "an invoiced premium has its tax invoice";

    const QString free = addPolicy(u"S_QUOTED"_s, 0);
    Waiter<QJsonObject> waived;
    client->initiate(free, u"payfort-aed"_s, &context, waived.callback());
    ASSERT_TRUE(waived.wait().ok());
    EXPECT_EQ(waived.wait()->value(u"action"_s).toString(), u"No payment required"_s);
    EXPECT_TRUE(waived.wait()->value(u"url"_s).isNull());

    // The customer's own checkout (GET /token/): a gateway URL and the form to post.
    const QString checkout = addPolicy(u"S_QUOTED"_s);
    Waiter<QJsonObject> token;
    client->paymentToken(QUrl(u"https://dealer.example/thanks"_s), checkout, &context, token.callback());
    ASSERT_TRUE(token.wait().ok()) << token.wait().error().detail.toStdString();
    EXPECT_EQ(token.wait()->value(u"status"_s).toString(), u"OK"_s);
    EXPECT_TRUE(token.wait()->value(u"form"_s).toString().contains(u"<form"_s));
}

TEST_F(DemocranceConnectorTest, TheDocumentedRefusalsAreTypedErrors)
{
    const QString number = addPolicy(u"S_NEW"_s, 125000, u"tyre-and-rim"_s);
    Waiter<QJsonObject> unknown;
    client->initiate(u"NGM-NOPE-1"_s, u"payfort-aed"_s, &context, unknown.callback());
    ASSERT_FALSE(unknown.wait().ok());
    EXPECT_EQ(unknown.wait().error().httpStatus, 404);
    EXPECT_TRUE(unknown.wait().error().message.contains(u"Policy not found"_s));

    Waiter<QJsonObject> gateway;
    client->initiate(number, u"invoice"_s, &context, gateway.callback()); // not offered for this product
    ASSERT_FALSE(gateway.wait().ok());
    EXPECT_EQ(gateway.wait().error().kind, ApiError::Kind::Refused);
    EXPECT_EQ(gateway.wait().error().field, u"gateway"_s);

    Waiter<QJsonObject> noPayment;
    client->paymentStatus(u"no-such-token"_s, &context, noPayment.callback());
    ASSERT_FALSE(noPayment.wait().ok());
    EXPECT_EQ(noPayment.wait().error().httpStatus, 404);

    Waiter<QJsonObject> none;
    client->latestPayment(number, &context, none.callback());
    ASSERT_FALSE(none.wait().ok()) << "no payment yet";
    EXPECT_EQ(DemocranceClient::failureOf(none.wait().error()), Failure::Refused);

    Waiter<QJsonObject> badUrl;
    client->paymentToken(QUrl(u"ftp://nowhere"_s), number, &context, badUrl.callback());
    ASSERT_FALSE(badUrl.wait().ok());
    EXPECT_EQ(badUrl.wait().error().kind, ApiError::Kind::Refused);
}

TEST_F(DemocranceConnectorTest, FaultsAreRetriedWhereSafeAndOtherwiseTyped)
{
    const QString number = addPolicy(u"S_NEW"_s);
    QSignalSpy attempts(http.get(), &HttpClient::attemptFinished);
    Waiter<QJsonArray> warm;
    client->gateways(number, &context, warm.callback());
    ASSERT_TRUE(warm.wait().ok());

    // A read meets two server errors and then succeeds: retried by the transport.
    sandbox::FaultSpec down;
    down.error5xx = 1.0;
    down.errorStatus = 502;
    down.times = 2;
    h.sandbox().faults().set(u"democrance.payment.gateways"_s, down);
    attempts.clear();
    Waiter<QJsonArray> retried;
    client->gateways(number, &context, retried.callback());
    ASSERT_TRUE(retried.wait().ok()) << retried.wait().error().detail.toStdString();
    EXPECT_EQ(attempts.count(), 3);

    // Retry-After on a read is honoured; a write is not retried by the transport at all.
    sandbox::FaultSpec slow;
    slow.rateLimit = 1.0;
    slow.retryAfterSeconds = 2;
    slow.times = 1;
    h.sandbox().faults().set(u"democrance.payment.initiate"_s, slow);
    Waiter<QJsonObject> limited;
    client->initiate(number, u"payfort-aed"_s, &context, limited.callback());
    ASSERT_FALSE(limited.wait().ok());
    EXPECT_EQ(limited.wait().error().httpStatus, 429);
    EXPECT_EQ(limited.wait().error().retryAfterMs, 2000);
    EXPECT_EQ(DemocranceClient::failureOf(limited.wait().error()), Failure::Unexpected);

    // The answer of an initiate is lost after Democrance made the payment. Qt may send the POST
    // once more by itself; either way the same call again is answered with that payment.
    sandbox::FaultSpec lost;
    lost.drop = 1.0;
    lost.dropAfterHandling = true;
    lost.times = 1;
    h.sandbox().faults().set(u"democrance.payment.initiate"_s, lost);
    Waiter<QJsonObject> dropped;
    client->initiate(number, u"payfort-aed"_s, &context, dropped.callback());
    dropped.wait();
    if (!dropped.answer->ok()) {
        EXPECT_EQ(dropped.wait().error().kind, ApiError::Kind::Network);
    }
    Waiter<QJsonObject> replay;
    client->initiate(number, u"payfort-aed"_s, &context, replay.callback());
    ASSERT_TRUE(replay.wait().ok());
    int payments = 0;
    for (const auto& p : state().payments())
        payments += p.policyNumber == number ? 1 : 0;
    EXPECT_EQ(payments, 1);

    // A web page or broken JSON instead of data: typed, never a crash.
    sandbox::FaultSpec html;
    html.htmlPage = 1.0;
    html.times = 4;
    h.sandbox().faults().set(u"democrance.payment.status"_s, html);
    Waiter<QJsonObject> page;
    client->paymentStatus(replay.wait()->value(u"token"_s).toString(), &context, page.callback());
    ASSERT_FALSE(page.wait().ok());
    EXPECT_EQ(page.wait().error().kind, ApiError::Kind::Parse);
    EXPECT_TRUE(page.wait().error().message.contains(u"web page"_s));
    h.sandbox().faults().clearAll();
    sandbox::FaultSpec broken;
    broken.malformedJson = 1.0;
    broken.times = 1;
    h.sandbox().faults().set(u"democrance.policy.all"_s, broken);
    Waiter<QJsonArray> unreadable;
    client->allPolicies({}, &context, unreadable.callback());
    ASSERT_FALSE(unreadable.wait().ok());
    EXPECT_EQ(unreadable.wait().error().kind, ApiError::Kind::Parse);
    h.sandbox().faults().clearAll();

    // The sandbox's own "token expired" fault is a 401 like an ended session: one renewal.
    sandbox::FaultSpec expired;
    expired.tokenExpired = 1.0;
    expired.times = 1;
    h.sandbox().faults().set(u"democrance.payment.gateways"_s, expired);
    const int before = client->signIns();
    Waiter<QJsonArray> renewed;
    client->gateways(number, &context, renewed.callback());
    ASSERT_TRUE(renewed.wait().ok()) << renewed.wait().error().detail.toStdString();
    EXPECT_EQ(client->signIns(), before + 1);
}
