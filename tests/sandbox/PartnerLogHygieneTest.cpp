// Nothing secret reaches a log: with every sandbox category at debug level, a session with
// webhooks (token fetch, a 401, retries), the simulated partner, the pay page and a resend
// logs no secret, token, card number or customer contact detail.
#include "PartnerFixture.h"
#include "PartnerTestReceiver.h"
#include "partner/SimulatedPartner.h"
#include "partner/WebhookDispatcher.h"
#include "payments/CardNumber.h"
#include "platform/PlatformState.h"

#include <QLoggingCategory>
#include <QTest>

namespace paydesk::sandbox::test {

namespace {

QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_lines << message;
    if (type >= QtWarningMsg && g_previous)
        g_previous(type, context, message);
}

} // namespace

class PartnerLogHygiene : public PartnerFixture
{
protected:
    void SetUp() override
    {
        g_lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("paydesk.sandbox.*.debug=true"));
        g_previous = qInstallMessageHandler(capture);
    }
    void TearDown() override
    {
        PartnerFixture::TearDown();
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
    }
};

TEST_F(PartnerLogHygiene, NoSecretsTokensCardNumbersOrContactDetailsAreLogged)
{
    PartnerTestReceiver receiver;
    receiver.rejectTokensAtWebhook = 1;
    receiver.failNext = 1;
    SandboxOptions options = fastOptions(QStringLiteral("pay"));
    options.partners.append(receiver.config());
    startSandbox(options, [](Sandbox& sb) {
        sb.component<SimulatedPartner>()->setTimeScale(0.005);
        WebhookRetryPolicy fast;
        fast.baseMs = 10;
        fast.capMs = 20;
        sb.component<WebhookDispatcher>()->setRetryPolicy(fast);
    });
    const QString paidByPartner = initiate();
    ASSERT_TRUE(waitForStatus(paidByPartner, PaymentStatus::Code::Paid));

    sandbox->component<SimulatedPartner>()->setScenario(PartnerScenario::Kind::NeverPay);
    const QString paidOnPage = initiate();
    ASSERT_TRUE(waitForStatus(paidOnPage, PaymentStatus::Code::Notified));
    const Reply resend = client->postJson(
        client->storePrefix() + QStringLiteral("/payments/%1/resend").arg(paidOnPage),
        QJsonObject{{QLatin1StringView("customer"),
                     QJsonObject{{QLatin1StringView("email"), QStringLiteral("secret.person@example.net")}}}},
        dealerToken, newKey());
    ASSERT_EQ(resend.status, 200);
    const QString path = QUrl(payment(paidOnPage)->payLink).path();
    const Reply paid = client->send("POST", path + QStringLiteral("/pay"),
                                    "cardName=Jane+Doe&cardNumber=4242+4242+4242+4242&expiry=12%2F39&cvc=123",
                                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    ASSERT_EQ(paid.status, 200) << paid.body.constData();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return receiver.events.size() >= 4; }, 5000));

    const QString log = g_lines.join(u'\n');
    ASSERT_GT(g_lines.size(), 20) << "the session was logged at all";
    const auto* sim = sandbox->component<SimulatedPartner>();
    QStringList secrets{receiver.config().clientSecret,     sim->clientSecret(),
                        sandbox->partnerClientSecret(),     sandbox->clientSecret(),
                        QStringLiteral("test-token-"),      QStringLiteral("jane.doe@example.com"),
                        QStringLiteral("+447700900123"),    QStringLiteral("secret.person@example.net"),
                        QStringLiteral("4242424242424242"), QStringLiteral("4242 4242 4242 4242")};
    for (const QString& s : secrets)
        EXPECT_FALSE(log.contains(s)) << "logged: " << qPrintable(s);
    // The one card-number rule (brand IIN and length plus Luhn): a timestamp or an id that merely
    // passes Luhn is not a card, so the whole log can be scanned.
    EXPECT_FALSE(CardNumber::containsCardNumber(log)) << "a card number was logged";
}

} // namespace paydesk::sandbox::test
