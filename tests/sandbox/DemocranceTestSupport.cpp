#include "DemocranceTestSupport.h"

#include "democrance/DemocranceDemo.h"
#include "democrance/DemocranceState.h"

#include <QJsonDocument>
#include <QNetworkCookieJar>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::test {

namespace {

/// Keeps no cookie: every call carries exactly the credentials the test gives it.
class NoCookies : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    bool setCookiesFromUrl(const QList<QNetworkCookie>&, const QUrl&) override { return false; }
};

} // namespace

void DemocranceFixture::SetUp()
{
    SandboxOptions options;
    options.seedCount = 0;
    options.scenario = u"off"_s;
    adjust(options);
    sandbox = std::make_unique<Sandbox>(options, clock);
    auto started = sandbox->start();
    ASSERT_TRUE(started.ok()) << qPrintable(started.error());
    client = std::make_unique<SandboxTestClient>(*sandbox);
    client->nam().setCookieJar(new NoCookies(&client->nam()));
    // Redirects are checked, not followed (the gateway's 303, /process/'s 302).
    client->nam().setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    state = sandbox->component<DemocranceState>();
    ASSERT_NE(state, nullptr);
    DemocranceDemo::seed(*state, 14, 7);
}

void DemocranceFixture::TearDown()
{
    client.reset();
    sandbox.reset();
}

Reply DemocranceFixture::login(const QString& username, const QString& password)
{
    const QJsonObject body{{u"username"_s, username}, {u"password"_s, password}};
    return client->send("POST", u"/democrance/api/v3/login/"_s, QJsonDocument(body).toJson());
}

QString DemocranceFixture::token()
{
    const Reply r = login(sandbox->options().democranceUsername, sandbox->options().democrancePassword);
    EXPECT_EQ(r.status, 200) << r.body.constData();
    return r.json().value(u"token"_s).toString();
}

Reply DemocranceFixture::get(const QString& pathAndQuery, const QString& token)
{
    return client->send("GET", pathAndQuery, {}, {{"Authorization", "Token " + token.toLatin1()}});
}

Reply DemocranceFixture::postJson(const QString& pathAndQuery, const QJsonObject& body, const QString& token)
{
    return client->send("POST", pathAndQuery, QJsonDocument(body).toJson(),
                        {{"Authorization", "Token " + token.toLatin1()}});
}

Reply DemocranceFixture::anonymous(const QByteArray& method, const QString& pathAndQuery,
                                   const QByteArray& body)
{
    return client->send(method, pathAndQuery, body);
}

QString DemocranceFixture::policyIn(const QString& status, const QString& dealer)
{
    const QString who = dealer.isEmpty() ? sandbox->options().democranceUsername : dealer;
    const QList<DemPolicy> found = state->policies(who, {status});
    EXPECT_FALSE(found.isEmpty()) << qPrintable(status);
    return found.isEmpty() ? QString() : found.first().policyNumber;
}

} // namespace paydesk::sandbox::test
