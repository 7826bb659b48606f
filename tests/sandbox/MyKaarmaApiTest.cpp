// The myKaarma emulation over loopback: HTTP Basic and ApiScopes (both error shapes, the HTML
// login page), the dealer-order filter and a payment request's details.
#include "MyKaarmaTestSupport.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace paydesk::sandbox::test {

namespace {

class MyKaarmaApiTest : public MyKaarmaFixture
{
};

QString filterPath(const QString& dept)
{
    return u"/payment/v2/departments/%1/dealer-orders/filter?fetchDealerOrderFromRedis=false&"
           "fetchInvoicesAndSignatureRequest=true"_s.arg(dept);
}

/// The `errors` list's first entry, checking the documented shape of every entry.
QJsonObject firstError(const Reply& r, int status)
{
    EXPECT_EQ(r.status, status) << r.body.constData();
    EXPECT_TRUE(r.header("Content-Type").startsWith("application/json"))
        << r.header("Content-Type").constData();
    const QJsonArray errors = r.json().value(u"errors"_s).toArray();
    EXPECT_FALSE(errors.isEmpty()) << r.body.constData();
    for (const auto& e : errors) {
        for (const char* key : {"errorCode", "errorTitle", "errorMessage", "errorDescription"})
            EXPECT_TRUE(e.toObject().contains(QLatin1StringView(key))) << key;
        EXPECT_TRUE(e.toObject().value(u"errorCode"_s).isDouble());
    }
    EXPECT_TRUE(r.json().value(u"warnings"_s).isArray());
    return errors.at(0).toObject();
}

void expectLoginPage(const Reply& r)
{
    EXPECT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(r.header("Content-Type").startsWith("text/html")) << r.header("Content-Type").constData();
    EXPECT_TRUE(r.body.contains("<form")) << r.body.constData();
    EXPECT_TRUE(r.body.contains("Login")) << r.body.constData();
}

QJsonObject dto(const QJsonValue& entry)
{
    return entry.toObject().value(u"paymentDealerOrderDTO"_s).toObject();
}

} // namespace

TEST_F(MyKaarmaApiTest, WrongOrMissingCredentialsGetTheDocumentedErrors)
{
    const QString path = filterPath(serviceDept());
    const QByteArray body = "{}";
    EXPECT_EQ(firstError(mk->withAuthorization("POST", path, {}, body), 401).value(u"errorCode"_s).toInt(),
              100001);
    EXPECT_EQ(firstError(mk->withAuthorization("POST", path, "Bearer abc", body), 401)
                  .value(u"errorTitle"_s)
                  .toString(),
              u"NULL_CREDENTIALS"_s);
    EXPECT_EQ(
        firstError(mk->withAuthorization("POST", path, "Basic " + QByteArray(":").toBase64(), body), 401)
            .value(u"errorCode"_s)
            .toInt(),
        100001);

    MkClient wrongPassword(*sandbox, sandbox->options().myKaarmaUsername, u"not-the-password"_s);
    const QJsonObject wrong = firstError(wrongPassword.post(path, {}), 401);
    EXPECT_EQ(wrong.value(u"errorCode"_s).toInt(), 100003);
    EXPECT_EQ(wrong.value(u"errorTitle"_s).toString(), u"WRONG_CREDENTIAL"_s);
    MkClient unknown(*sandbox, u"nobody"_s, sandbox->options().myKaarmaPassword);
    EXPECT_EQ(firstError(unknown.post(path, {}), 401).value(u"errorCode"_s).toInt(), 100003);

    // The pay-by-link URL answers the same errors as one `error` object, with a string code.
    const Reply single = wrongPassword.post(u"/payment/v3/department/%1/url"_s.arg(serviceDept()), {});
    EXPECT_EQ(single.status, 401) << single.body.constData();
    const QJsonObject error = single.json().value(u"error"_s).toObject();
    EXPECT_EQ(error.value(u"errorCode"_s).toString(), u"100003"_s);
    EXPECT_FALSE(error.value(u"errorDescription"_s).toString().isEmpty());
    EXPECT_FALSE(single.json().contains(u"errors"_s));
}

TEST_F(MyKaarmaApiTest, MissingScopeIsJson403OnSomeRoutesAndAnHtmlLoginPageOnOthers)
{
    // The printed subscriber has only the dealer-order filter in the parts department.
    EXPECT_EQ(mk->filter(partsDept()).size(), 10);
    const QJsonObject e =
        firstError(mk->post(u"/payment/v4/departments/%1/payment-requests"_s.arg(partsDept()),
                            QJsonObject{{u"invoiceGuid"_s, u"x"_s}, {u"sendAsText"_s, true}}),
                   403);
    EXPECT_EQ(e.value(u"errorCode"_s).toInt(), 100004);
    EXPECT_EQ(e.value(u"errorTitle"_s).toString(), u"REQUEST_NOT_AUTHORIZED"_s);
    EXPECT_TRUE(e.value(u"errorDescription"_s).toString().contains(u"payment.paymentrequest.write"_s));
    EXPECT_EQ(firstError(mk->get(u"/payment/v4/departments/%1/payment-requests"_s.arg(partsDept())), 403)
                  .value(u"errorCode"_s)
                  .toInt(),
              100004);
    expectLoginPage(mk->post(u"/payment/v3/department/%1/url"_s.arg(partsDept()), QJsonObject{}));

    // The read-only subscriber: no subscriber-level scopes at all.
    MkClient readOnly(*sandbox, u"paydesk-readonly-subscriber"_s, u"demo_mykaarma_readonly"_s);
    EXPECT_EQ(readOnly.filter(serviceDept()).size(), 10);
    EXPECT_EQ(
        firstError(readOnly.post(u"/payment/kpayment/v1/prepayment"_s, readOnly.prepaymentBody(u"RO-1"_s)),
                   403)
            .value(u"errorCode"_s)
            .toInt(),
        100004);
    expectLoginPage(readOnly.get(u"/payment/v2/payment-requests/whatever"_s));
    EXPECT_EQ(firstError(readOnly.post(filterPath(partsDept()), {}), 403).value(u"errorCode"_s).toInt(),
              100004);
}

TEST_F(MyKaarmaApiTest, UnknownOrForeignDepartmentsAndDealersAreRefused)
{
    EXPECT_EQ(
        firstError(mk->post(filterPath(u"no-such-department"_s), {}), 401).value(u"errorCode"_s).toInt(),
        100013);
    EXPECT_EQ(firstError(mk->post(filterPath(otherDealersDept()), {}), 401).value(u"errorCode"_s).toInt(),
              100013);
    EXPECT_EQ(firstError(mk->post(filterPath(serviceDept()),
                                  QJsonObject{{u"dealerUUID"_s, u"d1e2a3l4-0000-4000-8000-000000000002"_s}}),
                         401)
                  .value(u"errorCode"_s)
                  .toInt(),
              100010);
}

TEST_F(MyKaarmaApiTest, FilterShowsOrdersInEveryStateWithTheDocumentedFields)
{
    const QJsonArray orders = mk->filter(serviceDept());
    ASSERT_EQ(orders.size(), 10);
    QSet<QString> statuses;
    int paid = 0, paidOnline = 0, sent = 0, suspicious = 0, unpaid = 0;
    for (const auto& v : orders) {
        const QJsonObject o = dto(v);
        for (const char* key : {"orderNumber", "orderType", "orderDate", "paymentDealer", "paymentCustomer",
                                "paymentUser", "departmentUuid", "dealerOrderUuid", "numberOfInvoices",
                                "paidAmount", "amount", "dealerOrderSyncDate", "paidInKaarma", "suspicious",
                                "paid", "paymentRequestSent", "paidOnline"})
            EXPECT_TRUE(o.contains(QLatin1StringView(key))) << key;
        EXPECT_TRUE(o.value(u"amount"_s).isDouble());
        EXPECT_EQ(o.value(u"departmentUuid"_s).toString(), serviceDept());
        EXPECT_EQ(o.value(u"paymentDealer"_s).toObject().value(u"dealerUuid"_s).toString(), dealer());
        EXPECT_TRUE(o.value(u"orderDate"_s).toString().endsWith(u'Z'));
        statuses << v.toObject().value(u"standardOrderDTO"_s).toObject().value(u"orderStatus"_s).toString();
        paid += o.value(u"paid"_s).toBool();
        paidOnline += o.value(u"paidOnline"_s).toBool();
        sent += o.value(u"paymentRequestSent"_s).toBool();
        suspicious += o.value(u"suspicious"_s).toBool();
        unpaid += !o.value(u"paid"_s).toBool();
        EXPECT_TRUE(v.toObject().value(u"invoices"_s).isArray());
    }
    EXPECT_EQ(statuses, (QSet<QString>{u"open"_s, u"invoiced"_s, u"closed"_s}));
    EXPECT_GE(paid, 3);
    EXPECT_GE(paidOnline, 2);
    EXPECT_GE(sent, 5);
    EXPECT_EQ(suspicious, 1);
    EXPECT_GE(unpaid, 4);
    // Customers appear by name only: no phone numbers or email addresses in any answer.
    const Reply raw = mk->post(filterPath(serviceDept()), {});
    EXPECT_FALSE(raw.body.contains("@example.com"));
    EXPECT_FALSE(raw.body.contains("+1555"));
}

TEST_F(MyKaarmaApiTest, FilterPagesFiltersAndSorts)
{
    QSet<QString> seen;
    for (int page = 0; page < 4; ++page) {
        const QJsonArray part =
            mk->filter(serviceDept(),
                       QJsonObject{{u"pageNumber"_s, QString::number(page)}, {u"pageSize"_s, u"3"_s}}, false);
        EXPECT_EQ(part.size(), page < 3 ? 3 : 1);
        for (const auto& v : part)
            seen << dto(v).value(u"dealerOrderUuid"_s).toString();
    }
    EXPECT_EQ(seen.size(), 10);
    EXPECT_TRUE(
        mk->filter(serviceDept(), QJsonObject{{u"pageNumber"_s, u"4"_s}, {u"pageSize"_s, u"3"_s}}).isEmpty());

    const QJsonArray closed =
        mk->filter(serviceDept(), QJsonObject{{u"orderStatus"_s, QJsonArray{u"closed"_s}}});
    EXPECT_EQ(closed.size(), 3);
    const QJsonArray openOrInvoiced =
        mk->filter(serviceDept(), QJsonObject{{u"orderStatus"_s, QJsonArray{u"open"_s, u"invoiced"_s}}});
    EXPECT_EQ(openOrInvoiced.size(), 7);

    // Newest first by default; ASC reverses.
    const QJsonArray desc = mk->filter(serviceDept(), {}, false);
    const QJsonArray asc = mk->filter(serviceDept(), QJsonObject{{u"sortOrder"_s, u"ASC"_s}}, false);
    EXPECT_GE(dto(desc.first()).value(u"orderDate"_s).toString(),
              dto(desc.last()).value(u"orderDate"_s).toString());
    EXPECT_EQ(dto(asc.first()).value(u"dealerOrderUuid"_s), dto(desc.last()).value(u"dealerOrderUuid"_s));

    // Date range on the order date: today only (the fixture's clock is 2026-03-10 10:00 UTC).
    const QJsonArray today =
        mk->filter(serviceDept(),
                   QJsonObject{{u"startDate"_s, u"2026-03-10"_s}, {u"endDate"_s, u"2026-03-10"_s}}, false);
    EXPECT_GE(today.size(), 2);
    for (const auto& v : today)
        EXPECT_TRUE(dto(v).value(u"orderDate"_s).toString().startsWith(u"2026-03-10"_s));
    EXPECT_LT(today.size(), 10);

    const QString number = dto(desc.at(4)).value(u"orderNumber"_s).toString();
    const QJsonArray exact = mk->filter(serviceDept(), QJsonObject{{u"exactOrderNumber"_s, number}});
    ASSERT_EQ(exact.size(), 1);
    EXPECT_EQ(dto(exact.first()).value(u"orderNumber"_s).toString(), number);
    const QJsonArray byUuid = mk->filter(
        serviceDept(),
        QJsonObject{{u"dealerOrderUuids"_s, QJsonArray{dto(desc.at(2)).value(u"dealerOrderUuid"_s)}}});
    ASSERT_EQ(byUuid.size(), 1);

    // Bad input is INVALID_REQUEST_DATA, including the documented required query flags.
    const auto bad = [this](const QString& path, const QJsonObject& body) {
        return firstError(mk->post(path, body), 400).value(u"errorCode"_s).toInt();
    };
    EXPECT_EQ(bad(u"/payment/v2/departments/%1/dealer-orders/filter"_s.arg(serviceDept()), {}), 100006);
    EXPECT_EQ(bad(filterPath(serviceDept()), QJsonObject{{u"pageSize"_s, u"0"_s}}), 100006);
    EXPECT_EQ(bad(filterPath(serviceDept()), QJsonObject{{u"pageSize"_s, u"100000"_s}}), 100006);
    EXPECT_EQ(bad(filterPath(serviceDept()), QJsonObject{{u"orderStatus"_s, QJsonArray{u"done"_s}}}), 100006);
    EXPECT_EQ(bad(filterPath(serviceDept()), QJsonObject{{u"startDate"_s, u"last week"_s}}), 100006);
    EXPECT_EQ(
        firstError(mk->postRaw(filterPath(serviceDept()), "not json"), 400).value(u"errorCode"_s).toInt(),
        100006);
}

TEST_F(MyKaarmaApiTest, PaymentRequestDetailsCarryTheInvoiceAndTheDealerOrder)
{
    QString guid, orderUuid;
    for (const auto& v : mk->filter(serviceDept())) {
        for (const auto& inv : v.toObject().value(u"invoices"_s).toArray()) {
            const QJsonArray requests = inv.toObject().value(u"paymentRequests"_s).toArray();
            if (!requests.isEmpty() && requests.at(0).toObject().value(u"status"_s) == u"PAID"_s &&
                guid.isEmpty()) {
                guid = requests.at(0).toObject().value(u"guid"_s).toString();
                orderUuid = dto(v).value(u"dealerOrderUuid"_s).toString();
            }
        }
    }
    ASSERT_FALSE(guid.isEmpty());
    const Reply r = mk->get(u"/payment/v2/payment-requests/"_s + guid);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject pr = r.json().value(u"paymentRequest"_s).toObject();
    EXPECT_EQ(pr.value(u"guid"_s).toString(), guid);
    EXPECT_EQ(pr.value(u"status"_s).toString(), u"PAID"_s);
    for (const char* key : {"id", "version", "amount", "timeStamp", "source", "status", "ttl", "paymentType",
                            "paymentRequestAttributes", "invoice"})
        EXPECT_TRUE(pr.contains(QLatin1StringView(key))) << key;
    const QJsonObject invoice = pr.value(u"invoice"_s).toObject();
    EXPECT_EQ(invoice.value(u"invoiceStatus"_s).toString(), u"PAID"_s);
    EXPECT_EQ(invoice.value(u"paymentDealerOrderDTO"_s).toObject().value(u"dealerOrderUuid"_s).toString(),
              orderUuid);
    EXPECT_FALSE(invoice.value(u"transactions"_s).toArray().isEmpty());
    EXPECT_FALSE(r.body.contains("@example.com"));

    EXPECT_EQ(firstError(mk->get(u"/payment/v2/payment-requests/no-such-guid"_s), 400)
                  .value(u"errorCode"_s)
                  .toInt(),
              100006);
    // Another dealer's payment request is as unknown as a made-up one.
    MkClient hillcrest(*sandbox, u"hillcrest-subscriber"_s, u"demo_mykaarma_hillcrest"_s);
    EXPECT_EQ(firstError(hillcrest.get(u"/payment/v2/payment-requests/"_s + guid), 400)
                  .value(u"errorCode"_s)
                  .toInt(),
              100006);
}

} // namespace paydesk::sandbox::test
