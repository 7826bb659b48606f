// Nothing secret reaches a log: with every sandbox category at debug level and verbose
// requests, a Democrance session (a refused login, a login, listing, a card payment on the
// gateway page, its return, a receipt) logs no password, session token, card number or
// customer contact detail.
#include "DemocranceTestSupport.h"
#include "democrance/DemocranceState.h"

#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

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

class DemocranceLogTest : public DemocranceFixture
{
protected:
    void SetUp() override
    {
        g_lines.clear();
        QLoggingCategory::setFilterRules(u"paydesk.sandbox*.debug=true"_s);
        g_previous = qInstallMessageHandler(capture);
        DemocranceFixture::SetUp();
    }
    void TearDown() override
    {
        DemocranceFixture::TearDown();
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    void adjust(SandboxOptions& options) override { options.verbose = true; }
};

} // namespace

TEST_F(DemocranceLogTest, NoPasswordsSessionTokensCardNumbersOrContactDetailsAreLogged)
{
    EXPECT_EQ(login(u"paydesk-demo"_s, u"wrong-password-xyz"_s).status, 401);
    const QString t = token();
    ASSERT_EQ(get(u"/democrance/api/v3/policy/all/"_s, t).status, 200);
    const DemPolicy policy = state->policies(u"paydesk-demo"_s, {u"S_QUOTED"_s}).first();
    const QJsonObject started =
        postJson(u"/democrance/api/v3/payment/initiate/"_s,
                 {{u"policy_number"_s, policy.policyNumber}, {u"gateway"_s, u"payfort-aed"_s}}, t)
            .json();
    const QString path = QUrl(started.value(u"url"_s).toString()).path();
    const Reply paid = client->send("POST", path + u"/pay"_s, "card_number=4111+1111+1111+1111",
                                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    ASSERT_EQ(paid.status, 303);
    const QUrl back(QString::fromUtf8(paid.header("Location")));
    ASSERT_EQ(client->send("GET", back.path() + u"?"_s + back.query(QUrl::FullyEncoded)).status, 302);
    const QJsonObject s =
        get(u"/democrance/api/v3/payment/status/?token="_s + started.value(u"token"_s).toString(), t).json();
    ASSERT_EQ(s.value(u"status"_s).toString(), u"paid"_s);
    ASSERT_EQ(get(u"/democrance/api/v3/payment/%1/tax-invoice/"_s.arg(s.value(u"reference"_s).toString()), t)
                  .status,
              200);

    const QString all = g_lines.join(u'\n');
    EXPECT_TRUE(all.contains(u"democrance"_s)) << "something was logged";
    for (const QString& secret : {u"wrong-password-xyz"_s, sandbox->options().democrancePassword, t,
                                  u"4111"_s, policy.email, policy.mobile})
        EXPECT_FALSE(all.contains(secret)) << qPrintable(secret);
}

} // namespace paydesk::sandbox::test
