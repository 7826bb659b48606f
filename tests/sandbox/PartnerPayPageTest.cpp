// The hosted pay page over real HTTP: view → VIEWED, pay with a test card, decline, final
// states, escaping — and that no full card number is stored, shown or sent anywhere.
#include "PartnerFixture.h"
#include "partner/MessageOutbox.h"
#include "partner/TestCard.h"
#include "partner/WebhookDispatcher.h"
#include "payments/CardNumber.h"
#include "payments/PaymentJson.h"
#include "platform/PlatformState.h"

#include <QJsonDocument>
#include <QTest>

namespace paydesk::sandbox::test {

namespace {

using Code = PaymentStatus::Code;

QByteArray cardForm(const QString& number, const QString& expiry = QStringLiteral("12/39"),
                    const QString& cvc = QStringLiteral("123"))
{
    return "cardName=Jane+Doe&cardNumber=" + QUrl::toPercentEncoding(number) +
           "&expiry=" + QUrl::toPercentEncoding(expiry) + "&cvc=" + QUrl::toPercentEncoding(cvc);
}

const QList<QPair<QByteArray, QByteArray>> kForm{{"Content-Type", "application/x-www-form-urlencoded"}};

} // namespace

class PartnerPayPage : public PartnerFixture
{
protected:
    void SetUp() override { startSandbox(fastOptions()); }

    /// Initiates, waits for NOTIFIED and returns the pay page path.
    QString payPath(QString* paymentId, const QJsonObject& body = SandboxTestClient::initiateBody())
    {
        *paymentId = initiate(body);
        EXPECT_TRUE(waitForStatus(*paymentId, Code::Notified));
        const QUrl link(payment(*paymentId)->payLink);
        EXPECT_EQ(link.host(), u"127.0.0.1");
        return link.path();
    }
};

TEST(PartnerTestCard, LuhnBrandAndLastFour)
{
    auto visa = TestCard::fromInput(QStringLiteral("4242 4242 4242 4242"));
    ASSERT_TRUE(visa.ok());
    EXPECT_EQ(visa->brand, u"VISA");
    EXPECT_EQ(visa->last4, u"4242");
    EXPECT_FALSE(visa->declines);
    EXPECT_EQ(TestCard::fromInput(QStringLiteral("5555-5555-5555-4444"))->brand, u"MASTERCARD");
    EXPECT_EQ(TestCard::fromInput(QStringLiteral("378282246310005"))->brand, u"AMEX");
    EXPECT_TRUE(TestCard::fromInput(QStringLiteral("4000000000000002"))->declines);
    EXPECT_FALSE(TestCard::fromInput(QStringLiteral("4242424242424241")).ok()) << "Luhn";
    EXPECT_FALSE(TestCard::fromInput(QStringLiteral("4242")).ok());
    EXPECT_FALSE(TestCard::fromInput(QStringLiteral("4242x4242x4242x4242")).ok());
    EXPECT_FALSE(TestCard::fromInput(QString()).ok());
    const auto bad = TestCard::fromInput(QStringLiteral("4242424242424241"));
    EXPECT_FALSE(bad.error().contains(u"4242")) << "errors never repeat the number";
}

TEST_F(PartnerPayPage, ViewingShowsTheRequestAndMarksItViewed)
{
    QString id;
    const QString path = payPath(&id);
    const Reply r = client->send("GET", path);
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.header("Content-Type").startsWith("text/html"));
    EXPECT_TRUE(r.header("Content-Security-Policy").contains("default-src 'none'"));
    const QString html = QString::fromUtf8(r.body);
    EXPECT_TRUE(html.contains(u"£249.99")) << qPrintable(html);
    EXPECT_TRUE(html.contains(u"RO-1001"));
    EXPECT_TRUE(html.contains(sandbox->state().stores().constFirst().storeName.toHtmlEscaped()));
    EXPECT_TRUE(html.contains(u"name=\"cardNumber\""));
    EXPECT_FALSE(html.contains(u"<script"));
    EXPECT_EQ(payment(id)->status.code(), Code::Viewed);
    EXPECT_EQ(payment(id)->history.constLast().actor, StatusChange::Actor::Customer);
    EXPECT_EQ(client->send("GET", QStringLiteral("/pay/no-such-token")).status, 404);
}

TEST_F(PartnerPayPage, PayingWithATestCardKeepsOnlyBrandAndLastFour)
{
    QString id;
    const QString path = payPath(&id);
    const Reply r = client->send("POST", path + QStringLiteral("/pay"),
                                 cardForm(QStringLiteral("4242 4242 4242 4242")), kForm);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(QString::fromUtf8(r.body).contains(u"VISA ending 4242"));
    ASSERT_TRUE(waitForStatus(id, Code::Paid, 100));
    const Payment p = *payment(id);
    EXPECT_EQ(p.cardBrand, u"VISA");
    EXPECT_EQ(p.cardLast4, u"4242");
    EXPECT_EQ(p.amountPaid, p.amount);
    EXPECT_FALSE(p.transactionReference.isEmpty());

    // Nowhere: not in the state, the API's answers, the page, the outbox, the webhook log.
    const QString details = QString::fromUtf8(
        client->get(client->storePrefix() + QStringLiteral("/payments/") + id, client->dealerToken()).body);
    const QString feed = QString::fromUtf8(
        client->get(client->storePrefix() + QStringLiteral("/payments?limit=1000"), client->dealerToken())
            .body);
    const QString state = QString::fromUtf8(QJsonDocument(PaymentJson::paymentToJson(p, true)).toJson());
    const QString page = QString::fromUtf8(client->send("GET", path).body);
    const QString messages = QString::fromUtf8(client->admin("GET", QStringLiteral("/admin/messages")).body);
    const QString deliveries =
        QString::fromUtf8(client->admin("GET", QStringLiteral("/admin/deliveries")).body);
    for (const QString& text :
         {QString::fromUtf8(r.body), details, feed, state, page, messages, deliveries}) {
        EXPECT_FALSE(text.contains(u"4242424242424242"));
        EXPECT_FALSE(text.contains(u"4242 4242 4242 4242"));
        EXPECT_FALSE(CardNumber::containsCardNumber(text));
    }
    EXPECT_TRUE(page.contains(u"has been paid")) << "a paid request says so";
    EXPECT_FALSE(page.contains(u"name=\"cardNumber\""));
    EXPECT_EQ(
        client
            ->send("POST", path + QStringLiteral("/pay"), cardForm(QStringLiteral("4242424242424242")), kForm)
            .status,
        409)
        << "no second payment";
}

TEST_F(PartnerPayPage, AnInvalidCardIsRefusedWithoutEchoingIt)
{
    QString id;
    const QString path = payPath(&id);
    const Reply bad = client->send("POST", path + QStringLiteral("/pay"),
                                   cardForm(QStringLiteral("4242424242424241")), kForm);
    EXPECT_EQ(bad.status, 422);
    EXPECT_FALSE(bad.body.contains("4242424242424241"));
    EXPECT_TRUE(bad.body.contains("not valid"));
    const Reply expired =
        client->send("POST", path + QStringLiteral("/pay"),
                     cardForm(QStringLiteral("4242424242424242"), QStringLiteral("01/20")), kForm);
    EXPECT_EQ(expired.status, 422);
    const Reply noCvc =
        client->send("POST", path + QStringLiteral("/pay"),
                     cardForm(QStringLiteral("4242424242424242"), QStringLiteral("12/39"), QString()), kForm);
    EXPECT_EQ(noCvc.status, 422);
    EXPECT_NE(payment(id)->status.code(), Code::Paid);
    EXPECT_TRUE(payment(id)->cardLast4.isEmpty());
}

TEST_F(PartnerPayPage, DeclineAndADeclinedCardFailTheRequestButAllowAnotherTry)
{
    QString id;
    const QString path = payPath(&id);
    const Reply declined = client->send("POST", path + QStringLiteral("/decline"), QByteArray("x=1"), kForm);
    ASSERT_EQ(declined.status, 200);
    EXPECT_EQ(payment(id)->status.code(), Code::Failed);
    EXPECT_EQ(payment(id)->statusReason, u"Declined by the customer on the pay page");

    const Reply card = client->send("POST", path + QStringLiteral("/pay"),
                                    cardForm(QStringLiteral("4000 0000 0000 0002")), kForm);
    EXPECT_EQ(card.status, 402);
    EXPECT_EQ(payment(id)->status.code(), Code::Failed);
    EXPECT_EQ(payment(id)->cardLast4, u"0002");
    EXPECT_TRUE(card.body.contains("declined"));

    const Reply paid = client->send("POST", path + QStringLiteral("/pay"),
                                    cardForm(QStringLiteral("5555555555554444")), kForm);
    EXPECT_EQ(paid.status, 200);
    EXPECT_EQ(payment(id)->status.code(), Code::Paid);
    EXPECT_EQ(payment(id)->cardBrand, u"MASTERCARD");
}

TEST_F(PartnerPayPage, CancelledAndExpiredPagesSaySoAndOfferNoForm)
{
    QString cancelledId;
    const QString cancelledPath = payPath(&cancelledId);
    ASSERT_TRUE(sandbox->state()
                    .cancel(CancelRequest{sandbox->state().stores().constFirst().enterpriseId,
                                          sandbox->state().stores().constFirst().storeId, cancelledId,
                                          QStringLiteral("Paid cash")})
                    .ok());
    const QString cancelled = QString::fromUtf8(client->send("GET", cancelledPath).body);
    EXPECT_TRUE(cancelled.contains(u"cancelled this request"));
    EXPECT_FALSE(cancelled.contains(u"name=\"cardNumber\""));

    QString expiredId;
    const QString expiredPath = payPath(&expiredId);
    const Payment p = *payment(expiredId);
    ASSERT_TRUE(sandbox->state().expire(p.enterpriseId, p.storeId, expiredId).ok());
    const QString expired = QString::fromUtf8(client->send("GET", expiredPath).body);
    EXPECT_TRUE(expired.contains(u"has expired"));
    EXPECT_FALSE(expired.contains(u"name=\"cardNumber\""));
    EXPECT_EQ(client
                  ->send("POST", expiredPath + QStringLiteral("/pay"),
                         cardForm(QStringLiteral("4242424242424242")), kForm)
                  .status,
              409);
}

TEST_F(PartnerPayPage, EverythingShownIsEscaped)
{
    QJsonObject body = SandboxTestClient::initiateBody(QStringLiteral("Jane <b>Doe</b> & \"Co\""));
    body.insert(QLatin1StringView("description"), QStringLiteral("<script>alert('x')</script>"));
    QString id;
    const QString path = payPath(&id, body);
    const QString html = QString::fromUtf8(client->send("GET", path).body);
    EXPECT_FALSE(html.contains(u"<script>alert"));
    EXPECT_TRUE(html.contains(u"&lt;script&gt;alert"));
    EXPECT_TRUE(html.contains(u"Jane &lt;b&gt;Doe&lt;/b&gt; &amp; &quot;Co&quot;"));
}

} // namespace paydesk::sandbox::test
