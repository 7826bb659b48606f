// The Democrance emulation's login, sessions and policy listing over loopback HTTP.
#include "DemocranceTestSupport.h"
#include "democrance/DemocranceState.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::test {

namespace {

class DemocranceApiTest : public DemocranceFixture
{
};

const QString kAll = u"/democrance/api/v3/policy/all/"_s;

} // namespace

TEST_F(DemocranceApiTest, LoginReturnsASessionAsTokenAndCookie)
{
    const Reply r = login(u"paydesk-demo"_s, u"demo_democrance_password"_s);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject o = r.json();
    const QString token = o.value(u"token"_s).toString();
    EXPECT_EQ(token.size(), 40);
    EXPECT_EQ(o.value(u"username"_s).toString(), u"paydesk-demo"_s);
    EXPECT_EQ(o.value(u"expires"_s).toString(), u"2026-03-10T11:00:00Z"_s) << "one hour, UTC ISO 8601";
    EXPECT_TRUE(r.header("Set-Cookie").startsWith("sessionid=" + token.toLatin1() + ";"));
    EXPECT_TRUE(r.header("Set-Cookie").contains("HttpOnly"));

    // Either form of the session works.
    EXPECT_EQ(get(kAll, token).status, 200);
    EXPECT_EQ(
        client->send("GET", kAll, {}, {{"Cookie", "csrftoken=x; sessionid=" + token.toLatin1()}}).status,
        200);
    // A form-encoded login works too (Django accepts both).
    const Reply form = client->send("POST", u"/democrance/api/v3/login"_s,
                                    "username=paydesk-demo-2&password=demo_democrance_password_2",
                                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(form.status, 200) << form.body.constData();
}

TEST_F(DemocranceApiTest, LoginRefusals)
{
    const Reply wrong = login(u"paydesk-demo"_s, u"not-the-password"_s);
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(wrong.json().value(u"detail"_s).toString(), u"Invalid username or password."_s);
    EXPECT_FALSE(wrong.body.contains("not-the-password"));
    EXPECT_TRUE(wrong.header("Set-Cookie").isEmpty());

    EXPECT_EQ(login(u"nobody"_s, u"demo_democrance_password"_s).status, 401);

    const Reply missing =
        client->send("POST", u"/democrance/api/v3/login/"_s, R"({"username":"paydesk-demo"})");
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.json().value(u"password"_s).toArray().at(0).toString(), u"This field is required."_s);

    const Reply get = anonymous("GET", u"/democrance/api/v3/login/"_s);
    EXPECT_EQ(get.status, 405);
    EXPECT_EQ(get.json().value(u"detail"_s).toString(), u"Method \"GET\" not allowed."_s);
}

TEST_F(DemocranceApiTest, EveryRouteWantsASession)
{
    const QStringList paths = {
        kAll,
        u"/democrance/api/v3/payment/gateways/"_s,
        u"/democrance/api/v3/payment/token/?url=https://x.example/&policy_number=NGM-GAP-100001"_s,
        u"/democrance/api/v3/payment/status/?token=abc"_s,
        u"/democrance/api/v3/payment/complete/?token=abc"_s,
        u"/democrance/api/v3/payment/PAY-000001/tax-invoice/"_s,
    };
    for (const QString& path : paths) {
        const Reply r = anonymous("GET", path);
        EXPECT_EQ(r.status, 401) << qPrintable(path);
        EXPECT_EQ(r.json().value(u"detail"_s).toString(), u"Customer not authenticated"_s)
            << qPrintable(path);
        EXPECT_EQ(r.header("WWW-Authenticate"), "Token");
        EXPECT_EQ(get(path, u"0000000000000000000000000000000000000000"_s).status, 401) << qPrintable(path);
    }
    for (const QString& path :
         {u"/democrance/api/v3/payment/initiate/"_s, u"/democrance/api/v3/payment/gateways/"_s,
          u"/democrance/api/v3/payment/validate-session/?token=abc"_s,
          u"/democrance/api/v3/payment/complete/?token=abc"_s}) {
        const Reply post =
            anonymous("POST", path, R"({"policy_number":"NGM-GAP-100001","gateway":"payfort-aed"})");
        EXPECT_EQ(post.status, 401) << qPrintable(path);
    }
}

TEST_F(DemocranceApiTest, SessionsExpire)
{
    const QString t = token();
    clock.advanceMs(3599 * 1000);
    EXPECT_EQ(get(kAll, t).status, 200);
    clock.advanceMs(1000);
    const Reply late = get(kAll, t);
    EXPECT_EQ(late.status, 401);
    EXPECT_EQ(late.json().value(u"detail"_s).toString(), u"Customer not authenticated"_s);
    // Logging in again gives a new, working session.
    const QString again = token();
    EXPECT_NE(again, t);
    EXPECT_EQ(get(kAll, again).status, 200);
}

TEST_F(DemocranceApiTest, PolicyListingPagesWithTheEnvelope)
{
    const QString t = token();
    const Reply first = get(kAll + u"?per_page=5"_s, t);
    ASSERT_EQ(first.status, 200) << first.body.constData();
    const QJsonObject o = first.json();
    EXPECT_EQ(o.value(u"count"_s).toInt(), 14);
    EXPECT_EQ(o.value(u"page"_s).toInt(), 1);
    EXPECT_EQ(o.value(u"per_page"_s).toInt(), 5);
    EXPECT_EQ(o.value(u"num_pages"_s).toInt(), 3);
    EXPECT_TRUE(o.value(u"previous"_s).isNull());
    const QUrl next(o.value(u"next"_s).toString());
    EXPECT_EQ(next.path(), kAll);
    EXPECT_EQ(QUrlQuery(next).queryItemValue(u"page"_s), u"2"_s);
    EXPECT_EQ(QUrlQuery(next).queryItemValue(u"per_page"_s), u"5"_s);
    EXPECT_EQ(o.value(u"results"_s).toArray().size(), 5);

    // Walking the pages gives every policy once, in a stable order.
    QSet<QString> seen;
    for (int page = 1; page <= 3; ++page) {
        const Reply r = get(kAll + u"?per_page=5&page=%1"_s.arg(page), t);
        ASSERT_EQ(r.status, 200);
        const QJsonArray results = r.json().value(u"results"_s).toArray();
        EXPECT_EQ(results.size(), page < 3 ? 5 : 4);
        for (const QJsonValue& v : results)
            seen.insert(v.toObject().value(u"policy_number"_s).toString());
        if (page == 3) {
            EXPECT_TRUE(r.json().value(u"next"_s).isNull());
        }
    }
    EXPECT_EQ(seen.size(), 14);

    const Reply all = get(kAll, t);
    EXPECT_EQ(all.json().value(u"per_page"_s).toInt(), 100) << "the default";
    EXPECT_EQ(get(kAll + u"?per_page=1000"_s, t).status, 200);
    const Reply tooMany = get(kAll + u"?per_page=1001"_s, t);
    EXPECT_EQ(tooMany.status, 400);
    EXPECT_FALSE(tooMany.json().value(u"per_page"_s).toArray().isEmpty());
    EXPECT_EQ(get(kAll + u"?per_page=0"_s, t).status, 400);
    const Reply beyond = get(kAll + u"?page=2"_s, t);
    EXPECT_EQ(beyond.status, 404);
    EXPECT_EQ(beyond.json().value(u"detail"_s).toString(), u"Invalid page."_s);
}

TEST_F(DemocranceApiTest, PolicyListingFiltersByStatusAndShowsEveryStatus)
{
    const QString t = token();
    QSet<QString> statuses;
    const QJsonArray all = get(kAll, t).json().value(u"results"_s).toArray();
    for (const QJsonValue& v : all)
        statuses.insert(v.toObject().value(u"status"_s).toString());
    const QStringList every = DemocranceState::statuses();
    EXPECT_EQ(statuses, QSet<QString>(every.cbegin(), every.cend()));

    const Reply active = get(kAll + u"?status=S_ACTIVE"_s, t);
    ASSERT_EQ(active.status, 200);
    const QJsonArray a = active.json().value(u"results"_s).toArray();
    EXPECT_EQ(a.size(), 4);
    for (const QJsonValue& v : a) {
        const QJsonObject p = v.toObject();
        EXPECT_EQ(p.value(u"status"_s).toString(), u"S_ACTIVE"_s);
        // A paid policy names its payment (the reference the tax invoice is fetched by).
        EXPECT_EQ(p.value(u"payment"_s).toObject().value(u"status"_s).toString(), u"paid"_s);
        EXPECT_TRUE(p.value(u"payment"_s).toObject().value(u"reference"_s).toString().startsWith(u"PAY-"_s));
    }
    const Reply open = get(kAll + u"?status=S_NEW,S_PENDING_APPROVAL"_s, t);
    EXPECT_EQ(open.json().value(u"count"_s).toInt(), 4);
    const Reply repeated = get(kAll + u"?status=S_NEW&status=S_PENDING_APPROVAL"_s, t);
    EXPECT_EQ(repeated.json().value(u"count"_s).toInt(), 4);
    const Reply bad = get(kAll + u"?status=S_PAID"_s, t);
    EXPECT_EQ(bad.status, 400);
    EXPECT_FALSE(bad.json().value(u"status"_s).toArray().isEmpty());
}

TEST_F(DemocranceApiTest, APolicyLooksAsDocumented)
{
    const QString t = token();
    const QString number = policyIn(u"S_QUOTED"_s);
    QJsonObject p;
    for (const QJsonValue& v : get(kAll + u"?status=S_QUOTED"_s, t).json().value(u"results"_s).toArray()) {
        if (v.toObject().value(u"policy_number"_s).toString() == number)
            p = v.toObject();
    }
    ASSERT_FALSE(p.isEmpty());
    EXPECT_TRUE(number.startsWith(u"NGM-"_s));
    EXPECT_EQ(p.value(u"currency"_s).toString(), u"AED"_s);
    // The premium is a decimal string with two places, never a float.
    EXPECT_TRUE(p.value(u"premium"_s).isString());
    EXPECT_TRUE(
        QRegularExpression(u"^[0-9]+\\.[0-9]{2}$"_s).match(p.value(u"premium"_s).toString()).hasMatch());
    EXPECT_FALSE(p.value(u"product"_s).toObject().value(u"slug"_s).toString().isEmpty());
    EXPECT_FALSE(p.value(u"customer"_s).toObject().value(u"last_name"_s).toString().isEmpty());
    EXPECT_TRUE(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s)
                    .match(p.value(u"created"_s).toString())
                    .hasMatch());
    EXPECT_TRUE(p.value(u"payment"_s).isNull());
}

TEST_F(DemocranceApiTest, EachDealerSeesOnlyItsOwnPolicies)
{
    const Reply second = login(u"paydesk-demo-2"_s, u"demo_democrance_password_2"_s);
    ASSERT_EQ(second.status, 200);
    const QJsonArray mine =
        get(kAll, second.json().value(u"token"_s).toString()).json().value(u"results"_s).toArray();
    EXPECT_EQ(mine.size(), 14);
    for (const QJsonValue& v : mine)
        EXPECT_TRUE(v.toObject().value(u"policy_number"_s).toString().startsWith(u"RSM-"_s));
}

TEST_F(DemocranceApiTest, UnknownPathsAndMethodsAnswerInTheApisShape)
{
    const QString t = token();
    const Reply unknown = get(u"/democrance/api/v3/claims/"_s, t);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.json().value(u"detail"_s).toString(), u"Not found."_s);
    const Reply post = postJson(kAll, {}, t);
    EXPECT_EQ(post.status, 405);
    EXPECT_EQ(post.json().value(u"detail"_s).toString(), u"Method \"POST\" not allowed."_s);
}

} // namespace paydesk::sandbox::test

namespace paydesk::sandbox::test {

TEST_F(DemocranceApiTest, OnePolicyByItsNumberOnlyForItsDealer)
{
    const QString t = token();
    const QString number = policyIn(u"S_ACTIVE"_s);
    QJsonObject listed;
    for (const QJsonValue& v : get(kAll + u"?status=S_ACTIVE"_s, t).json().value(u"results"_s).toArray()) {
        if (v.toObject().value(u"policy_number"_s).toString() == number)
            listed = v.toObject();
    }
    const Reply one = get(u"/democrance/api/v3/policy/%1/"_s.arg(number), t);
    ASSERT_EQ(one.status, 200) << one.body.constData();
    EXPECT_EQ(one.json(), listed);

    const Reply unknown = get(u"/democrance/api/v3/policy/NGM-GAP-999999/"_s, t);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.json().value(u"detail"_s).toString(), u"Policy not found"_s);
    const QString other =
        login(u"paydesk-demo-2"_s, u"demo_democrance_password_2"_s).json().value(u"token"_s).toString();
    const Reply foreign = get(u"/democrance/api/v3/policy/%1/"_s.arg(number), other);
    EXPECT_EQ(foreign.status, 404);
    EXPECT_EQ(foreign.json().value(u"detail"_s).toString(), u"Policy not found"_s);
    EXPECT_EQ(anonymous("GET", u"/democrance/api/v3/policy/%1/"_s.arg(number)).status, 401);
}

} // namespace paydesk::sandbox::test
