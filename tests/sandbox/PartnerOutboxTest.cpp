// The message outbox: the emails and SMS the platform "sent", and resend's new details.
#include "PartnerFixture.h"
#include "partner/MessageOutbox.h"
#include "platform/PlatformState.h"

#include <QJsonArray>
#include <QTest>

namespace paydesk::sandbox::test {

namespace {

using Code = PaymentStatus::Code;

} // namespace

class PartnerOutbox : public PartnerFixture
{
protected:
    void SetUp() override { startSandbox(fastOptions()); }
};

TEST_F(PartnerOutbox, ANotifiedRequestSendsAnEmailAndAnSmsWithThePayLink)
{
    const QString id = initiate();
    ASSERT_TRUE(waitForStatus(id, Code::Notified));
    const QList<OutboxMessage> messages = part<MessageOutbox>().messages(id);
    ASSERT_EQ(messages.size(), 2);
    const Payment p = *payment(id);
    const OutboxMessage& email = messages.at(0);
    EXPECT_EQ(email.channel, u"EMAIL");
    EXPECT_EQ(email.to, u"jane.doe@example.com");
    EXPECT_EQ(email.reason, u"initiated");
    EXPECT_TRUE(email.subject.contains(u"RO-1001"));
    EXPECT_TRUE(email.body.contains(p.payLink));
    EXPECT_TRUE(email.body.contains(u"£249.99"));
    const OutboxMessage& sms = messages.at(1);
    EXPECT_EQ(sms.channel, u"SMS");
    EXPECT_EQ(sms.to, u"+447700900123");
    EXPECT_TRUE(sms.body.contains(p.payLink));
}

TEST_F(PartnerOutbox, ResendShowsTheNewContactDetails)
{
    const QString id = initiate();
    ASSERT_TRUE(waitForStatus(id, Code::Notified));
    const Reply r = client->postJson(
        client->storePrefix() + QStringLiteral("/payments/%1/resend").arg(id),
        QJsonObject{{QLatin1StringView("customer"),
                     QJsonObject{{QLatin1StringView("name"), QStringLiteral("Jane Smith")},
                                 {QLatin1StringView("email"), QStringLiteral("jane.smith@example.org")},
                                 {QLatin1StringView("phone"), QStringLiteral("+447700900999")}}}},
        dealerToken, newKey());
    ASSERT_EQ(r.status, 200) << r.body.constData();

    const Reply admin = client->admin("GET", QStringLiteral("/admin/messages?paymentId=%1").arg(id));
    ASSERT_EQ(admin.status, 200);
    const QJsonArray messages = admin.json().value(QLatin1StringView("messages")).toArray();
    ASSERT_EQ(messages.size(), 4);
    const QJsonObject email = messages.at(2).toObject();
    EXPECT_EQ(email.value(QLatin1StringView("to")).toString(), u"jane.smith@example.org");
    EXPECT_EQ(email.value(QLatin1StringView("reason")).toString(), u"updated");
    EXPECT_TRUE(email.value(QLatin1StringView("body")).toString().startsWith(u"Dear Jane Smith"));
    EXPECT_EQ(messages.at(3).toObject().value(QLatin1StringView("to")).toString(), u"+447700900999");

    // A plain resend goes to the same details again.
    const Reply again =
        client->postJson(client->storePrefix() + QStringLiteral("/payments/%1/resend").arg(id), QJsonObject{},
                         dealerToken, newKey());
    ASSERT_EQ(again.status, 200) << again.body.constData();
    const QList<OutboxMessage> all = part<MessageOutbox>().messages(id);
    ASSERT_EQ(all.size(), 6);
    EXPECT_EQ(all.at(4).reason, u"resent");
    EXPECT_EQ(all.at(4).to, u"jane.smith@example.org");

    // The page for people lists them, escaped, newest first.
    const Reply page = client->admin("GET", QStringLiteral("/outbox"));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("jane.smith@example.org"));
    EXPECT_LT(page.body.indexOf("jane.smith@example.org"), page.body.lastIndexOf("jane.doe@example.com"));
    EXPECT_EQ(client->send("GET", QStringLiteral("/admin/messages")).status, 401)
        << "the JSON needs the admin token";
}

TEST_F(PartnerOutbox, OnlyTheChosenChannels)
{
    QJsonObject body = SandboxTestClient::initiateBody();
    body.insert(QLatin1StringView("channels"), QJsonArray{QStringLiteral("SMS")});
    const QString id = initiate(body);
    ASSERT_TRUE(waitForStatus(id, Code::Notified));
    const QList<OutboxMessage> messages = part<MessageOutbox>().messages(id);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.at(0).channel, u"SMS");
}

} // namespace paydesk::sandbox::test
