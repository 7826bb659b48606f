#include "platform/PlatformApi.h"

#include "SandboxTestClient.h"
#include "payments/CardNumber.h"
#include "payments/PaymentJson.h"
#include "platform/PlatformState.h"

#include <QJsonDocument>

namespace paydesk::sandbox::test {

namespace {

class PlatformApi : public SandboxFixture
{
protected:
    void SetUp() override
    {
        SandboxFixture::SetUp();
        dealer = client->dealerToken();
        partner = client->partnerToken();
        prefix = client->storePrefix();
    }

    Payment parse(const Reply& r)
    {
        auto p = PaymentJson::paymentFromJson(r.json());
        EXPECT_TRUE(p.ok()) << r.body.constData();
        return p.ok() ? p.value() : Payment();
    }

    Reply patchStatus(const QString& id, const QJsonObject& body)
    {
        return client->patchJson(prefix + QStringLiteral("/payments/%1/status").arg(id), body, partner,
                                 newKey());
    }

    static QJsonObject paidBody(const QString& value = QStringLiteral("249.99"))
    {
        return QJsonObject{
            {QLatin1StringView("status"), QStringLiteral("PAID")},
            {QLatin1StringView("transactionReference"), QStringLiteral("TXN-1")},
            {QLatin1StringView("amountPaid"),
             QJsonObject{{QLatin1StringView("value"), value},
                         {QLatin1StringView("currencyCode"), QStringLiteral("GBP")}}},
            {QLatin1StringView("card"), QJsonObject{{QLatin1StringView("brand"), QStringLiteral("VISA")},
                                                    {QLatin1StringView("last4"), QStringLiteral("4242")}}}};
    }

    QString dealer;
    QString partner;
    QString prefix;
};

} // namespace

TEST_F(PlatformApi, FeedPagesBySequenceWithoutGapsOrRepeats)
{
    const StoreInfo store = sandbox->state().stores().at(0);
    const int total = sandbox->state().paymentCount(store.enterpriseId, store.storeId);
    ASSERT_GT(total, 5);
    qint64 since = 0;
    qint64 last = 0;
    QSet<QString> seen;
    int pages = 0;
    for (;;) {
        const Reply r =
            client->get(prefix + QStringLiteral("/payments?sinceSequence=%1&limit=4").arg(since), dealer);
        ASSERT_EQ(r.status, 200) << r.body.constData();
        const QJsonObject o = r.json();
        const QJsonArray payments = o.value(QLatin1StringView("payments")).toArray();
        if (pages == 0) {
            EXPECT_EQ(o.value(QLatin1StringView("totalItems")).toInt(), total);
        }
        for (const QJsonValue& v : payments) {
            auto p = PaymentJson::paymentFromJson(v.toObject());
            ASSERT_TRUE(p.ok());
            EXPECT_GT(p->sequence, last);
            last = p->sequence;
            EXPECT_FALSE(seen.contains(p->paymentId));
            seen.insert(p->paymentId);
            EXPECT_TRUE(p->history.isEmpty()) << "feed records carry no history";
        }
        since = o.value(QLatin1StringView("nextSequence")).toInteger();
        ++pages;
        if (!o.value(QLatin1StringView("hasMore")).toBool())
            break;
        ASSERT_EQ(payments.size(), 4);
    }
    EXPECT_EQ(seen.size(), total);
    EXPECT_EQ(since, sandbox->state().latestSequence(store.enterpriseId, store.storeId));
}

TEST_F(PlatformApi, FeedRejectsBadParametersAndUnknownStores)
{
    EXPECT_EQ(client->get(prefix + QStringLiteral("/payments?limit=1001"), dealer).status, 400);
    EXPECT_EQ(client->get(prefix + QStringLiteral("/payments?limit=0"), dealer).status, 400);
    const Reply since = client->get(prefix + QStringLiteral("/payments?sinceSequence=-1"), dealer);
    EXPECT_EQ(since.status, 400);
    EXPECT_EQ(since.firstErrorField(), QStringLiteral("sinceSequence"));
    EXPECT_EQ(client->get(prefix + QStringLiteral("/payments?status=ON_HOLD"), dealer).status, 400);
    const Reply store = client->get(QStringLiteral("/E0/S0/v1/payments"), dealer);
    EXPECT_EQ(store.status, 404);
    EXPECT_EQ(store.firstErrorCode(), QStringLiteral("STORE_NOT_FOUND"));
}

TEST_F(PlatformApi, FeedAndListFilterByStatusAndText)
{
    const Reply paid = client->get(prefix + QStringLiteral("/payments?status=PAID&limit=1000"), dealer);
    ASSERT_EQ(paid.status, 200);
    for (const QJsonValue& v : paid.json().value(QLatin1StringView("payments")).toArray())
        EXPECT_EQ(v.toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("PAID"));

    const QJsonObject created =
        client->initiate(dealer, SandboxTestClient::initiateBody(QStringLiteral("Zebedee Quibble")));
    const Reply list = client->get(prefix + QStringLiteral("/payments?page=1&pageSize=5&q=quibble"), dealer);
    ASSERT_EQ(list.status, 200) << list.body.constData();
    const QJsonObject o = list.json();
    EXPECT_EQ(o.value(QLatin1StringView("totalItems")).toInt(), 1);
    EXPECT_EQ(o.value(QLatin1StringView("totalPages")).toInt(), 1);
    EXPECT_EQ(o.value(QLatin1StringView("payments"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QLatin1StringView("paymentId")),
              created.value(QLatin1StringView("paymentId")));

    const Reply pageTwo = client->get(prefix + QStringLiteral("/payments?page=2&pageSize=3"), dealer);
    ASSERT_EQ(pageTwo.status, 200);
    EXPECT_EQ(pageTwo.json().value(QLatin1StringView("payments")).toArray().size(), 3);
    EXPECT_EQ(pageTwo.json().value(QLatin1StringView("page")).toInt(), 2);
}

TEST_F(PlatformApi, InitiateCreatesAPaymentThatCoreCanRead)
{
    const Reply r = client->postJson(prefix + QStringLiteral("/payments"), SandboxTestClient::initiateBody(),
                                     dealer, newKey());
    ASSERT_EQ(r.status, 201) << r.body.constData();
    const Payment p = parse(r);
    EXPECT_FALSE(p.paymentId.isEmpty());
    EXPECT_EQ(p.status.code(), PaymentStatus::Code::Initiated);
    EXPECT_EQ(p.amount, Money::fromMinor(24999, QStringLiteral("GBP")).value());
    EXPECT_EQ(p.customer.phone, QStringLiteral("+447700900123"));
    EXPECT_TRUE(p.payLink.startsWith(sandbox->baseUrl().toString() + QStringLiteral("/pay/")));
    EXPECT_TRUE(p.expiresAt > QDateTime::currentDateTimeUtc());
    EXPECT_EQ(p.history.size(), 1);
    EXPECT_GT(p.sequence, 0);
    EXPECT_EQ(p.version, 1);
    EXPECT_TRUE(r.header("Location").endsWith(p.paymentId.toLatin1()));
    // The platform "sends" the pay link and the request becomes NOTIFIED by itself.
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() {
            return sandbox->state().paymentById(p.paymentId)->status.code() == PaymentStatus::Code::Notified;
        },
        3000));
    const Reply details = client->get(prefix + QStringLiteral("/payments/") + p.paymentId, dealer);
    ASSERT_EQ(details.status, 200);
    const Payment d = parse(details);
    EXPECT_EQ(d.status.code(), PaymentStatus::Code::Notified);
    ASSERT_EQ(d.history.size(), 2);
    EXPECT_EQ(d.history.at(1).actor, StatusChange::Actor::System);
    EXPECT_GT(d.sequence, p.sequence);
    EXPECT_EQ(d.version, 2);
}

TEST_F(PlatformApi, InitiateValidationAnswersFieldLevelErrors)
{
    QJsonObject body = SandboxTestClient::initiateBody();
    QJsonObject customer = body.value(QLatin1StringView("customer")).toObject();
    customer.insert(QLatin1StringView("email"), QStringLiteral("not-an-email"));
    customer.insert(QLatin1StringView("name"), QString());
    body.insert(QLatin1StringView("customer"), customer);
    body.insert(QLatin1StringView("amount"),
                QJsonObject{{QLatin1StringView("value"), 0},
                            {QLatin1StringView("currencyCode"), QStringLiteral("GBP")}});
    const Reply r = client->postJson(prefix + QStringLiteral("/payments"), body, dealer, newKey());
    ASSERT_EQ(r.status, 422) << r.body.constData();
    QStringList fields;
    for (const QJsonValue& e : r.json().value(QLatin1StringView("errors")).toArray()) {
        const QJsonObject o = e.toObject();
        fields << o.value(QLatin1StringView("field")).toString();
        EXPECT_FALSE(o.value(QLatin1StringView("errorCode")).toString().isEmpty());
        EXPECT_FALSE(o.value(QLatin1StringView("errorTitle")).toString().isEmpty());
        EXPECT_FALSE(o.value(QLatin1StringView("errorMessage")).toString().isEmpty());
    }
    EXPECT_TRUE(fields.contains(QStringLiteral("customer.email"))) << fields.join(u',').toStdString();
    EXPECT_TRUE(fields.contains(QStringLiteral("customer.name")));
    EXPECT_TRUE(fields.contains(QStringLiteral("amount")));

    QJsonObject noAmount = SandboxTestClient::initiateBody();
    noAmount.remove(QLatin1StringView("amount"));
    const Reply missing = client->postJson(prefix + QStringLiteral("/payments"), noAmount, dealer, newKey());
    EXPECT_EQ(missing.status, 422);
    EXPECT_EQ(missing.firstErrorField(), QStringLiteral("amount"));

    const Reply garbage = client->send(
        "POST", prefix + QStringLiteral("/payments"), "{not json",
        {{"Authorization", "Bearer " + dealer.toLatin1()}, {"Idempotency-Key", newKey().toLatin1()}});
    EXPECT_EQ(garbage.status, 400);

    EXPECT_EQ(client
                  ->postJson(QStringLiteral("/E0/S0/v1/payments"), SandboxTestClient::initiateBody(), dealer,
                             newKey())
                  .status,
              404);
    EXPECT_EQ(client
                  ->postJson(prefix + QStringLiteral("/payments"), SandboxTestClient::initiateBody(), partner,
                             newKey())
                  .status,
              403)
        << "a partner cannot raise requests";
}

TEST_F(PlatformApi, DetailsOfAnUnknownPaymentIs404)
{
    const Reply r = client->get(prefix + QStringLiteral("/payments/does-not-exist"), dealer);
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.firstErrorCode(), QStringLiteral("PAYMENT_NOT_FOUND"));
    EXPECT_EQ(client->get(prefix + QStringLiteral("/payments/does-not-exist"), partner).status, 404);
}

TEST_F(PlatformApi, CancelOpenRequestsOnly)
{
    const QString id = client->initiate(dealer).value(QLatin1StringView("paymentId")).toString();
    const QString path = prefix + QStringLiteral("/payments/%1/cancel").arg(id);
    const Reply noReason = client->postJson(path, QJsonObject{}, dealer, newKey());
    EXPECT_EQ(noReason.status, 422);
    EXPECT_EQ(noReason.firstErrorField(), QStringLiteral("reason"));

    const Reply ok = client->postJson(
        path, {{QLatin1StringView("reason"), QStringLiteral("Paid cash at the desk")}}, dealer, newKey());
    ASSERT_EQ(ok.status, 200) << ok.body.constData();
    const Payment p = parse(ok);
    EXPECT_EQ(p.status.code(), PaymentStatus::Code::Cancelled);
    EXPECT_EQ(p.statusReason, QStringLiteral("Paid cash at the desk"));
    EXPECT_EQ(p.history.last().actor, StatusChange::Actor::Dealer);

    const Reply again =
        client->postJson(path, {{QLatin1StringView("reason"), QStringLiteral("again")}}, dealer, newKey());
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(client
                  ->postJson(prefix + QStringLiteral("/payments/nope/cancel"),
                             {{QLatin1StringView("reason"), QStringLiteral("x")}}, dealer, newKey())
                  .status,
              404);
}

TEST_F(PlatformApi, CancellingAPaidRequestIs409)
{
    const QString id = client->initiate(dealer).value(QLatin1StringView("paymentId")).toString();
    ASSERT_EQ(patchStatus(id, paidBody()).status, 200);
    const Reply r =
        client->postJson(prefix + QStringLiteral("/payments/%1/cancel").arg(id),
                         {{QLatin1StringView("reason"), QStringLiteral("cash")}}, dealer, newKey());
    EXPECT_EQ(r.status, 409) << r.body.constData();
    EXPECT_EQ(r.firstErrorCode(), QStringLiteral("ILLEGAL_TRANSITION"));
}

TEST_F(PlatformApi, ResendWithNewDetailsUpdatesTheCustomer)
{
    const QString id = client->initiate(dealer).value(QLatin1StringView("paymentId")).toString();
    QSignalSpy changes(&sandbox->state(), &PlatformState::paymentChanged);
    const QString path = prefix + QStringLiteral("/payments/%1/resend").arg(id);
    const Reply r =
        client->postJson(path,
                         {{QLatin1StringView("customer"),
                           QJsonObject{{QLatin1StringView("email"), QStringLiteral("jane@example.org")},
                                       {QLatin1StringView("phone"), QStringLiteral("07700 900456")}}}},
                         dealer, newKey());
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const Payment p = parse(r);
    EXPECT_EQ(p.customer.email, QStringLiteral("jane@example.org"));
    EXPECT_EQ(p.customer.phone, QStringLiteral("+447700900456")) << "normalised to E.164";
    EXPECT_EQ(p.customer.name, QStringLiteral("Jane Doe")) << "left out = unchanged";
    bool sawUpdate = false;
    for (const auto& args : changes)
        sawUpdate |= args.at(0).value<ChangeEvent>().kind == ChangeEvent::Kind::CustomerUpdated;
    EXPECT_TRUE(sawUpdate);

    const Reply bad =
        client->postJson(path,
                         {{QLatin1StringView("customer"),
                           QJsonObject{{QLatin1StringView("email"), QStringLiteral("broken@")}}}},
                         dealer, newKey());
    EXPECT_EQ(bad.status, 422);
    EXPECT_EQ(bad.firstErrorField(), QStringLiteral("customer.email"));

    ASSERT_EQ(client
                  ->postJson(prefix + QStringLiteral("/payments/%1/cancel").arg(id),
                             {{QLatin1StringView("reason"), QStringLiteral("x")}}, dealer, newKey())
                  .status,
              200);
    EXPECT_EQ(client->postJson(path, QJsonObject{}, dealer, newKey()).status, 409);
}

TEST_F(PlatformApi, PartnerMovesAPaymentToPaid)
{
    const QString id = client->initiate(dealer).value(QLatin1StringView("paymentId")).toString();
    const Reply progress = patchStatus(id, {{QLatin1StringView("status"), QStringLiteral("IN_PROGRESS")}});
    ASSERT_EQ(progress.status, 200) << progress.body.constData();
    const Reply paid = patchStatus(id, paidBody());
    ASSERT_EQ(paid.status, 200) << paid.body.constData();
    const Payment p = parse(paid);
    EXPECT_EQ(p.status.code(), PaymentStatus::Code::Paid);
    EXPECT_EQ(p.amountPaid, Money::fromMinor(24999, QStringLiteral("GBP")).value());
    EXPECT_EQ(p.cardLast4, QStringLiteral("4242"));
    EXPECT_EQ(p.cardBrand, QStringLiteral("VISA"));
    EXPECT_EQ(p.transactionReference, QStringLiteral("TXN-1"));
    EXPECT_EQ(p.history.last().actor, StatusChange::Actor::Partner);

    const Reply back = patchStatus(id, {{QLatin1StringView("status"), QStringLiteral("IN_PROGRESS")}});
    EXPECT_EQ(back.status, 409) << "nothing leaves PAID except by refund";
    const Reply refund = patchStatus(id, {{QLatin1StringView("status"), QStringLiteral("REFUNDED")}});
    EXPECT_EQ(refund.status, 200) << refund.body.constData();
}

TEST_F(PlatformApi, StatusUpdateValidation)
{
    const QString id = client->initiate(dealer).value(QLatin1StringView("paymentId")).toString();
    const QString path = prefix + QStringLiteral("/payments/%1/status").arg(id);

    QJsonObject longLast4 = paidBody();
    longLast4.insert(QLatin1StringView("card"),
                     QJsonObject{{QLatin1StringView("brand"), QStringLiteral("VISA")},
                                 {QLatin1StringView("last4"), QStringLiteral("424242")}});
    const Reply r1 = patchStatus(id, longLast4);
    EXPECT_EQ(r1.status, 422);
    EXPECT_EQ(r1.firstErrorField(), QStringLiteral("card.last4"));

    QJsonObject pan = paidBody();
    pan.insert(QLatin1StringView("card"),
               QJsonObject{{QLatin1StringView("brand"), QStringLiteral("VISA")},
                           {QLatin1StringView("last4"), QStringLiteral("4111 1111 1111 1111")}});
    const Reply r2 = patchStatus(id, pan);
    EXPECT_EQ(r2.status, 422);
    EXPECT_FALSE(r2.body.contains("4111")) << "a card number is never echoed";

    QJsonObject panInNote = paidBody();
    panInNote.insert(QLatin1StringView("note"), QStringLiteral("paid with 5555-5555-5555-4444"));
    const Reply r4 = patchStatus(id, panInNote);
    EXPECT_EQ(r4.status, 422);
    EXPECT_EQ(r4.firstErrorField(), QStringLiteral("note"));
    EXPECT_EQ(r4.firstErrorCode(), QStringLiteral("CARD_NUMBER_REFUSED"));
    EXPECT_FALSE(r4.body.contains("5555")) << "a card number is never echoed";

    const Reply noStatus =
        patchStatus(id, {{QLatin1StringView("transactionReference"), QStringLiteral("x")}});
    EXPECT_EQ(noStatus.status, 422);
    EXPECT_EQ(noStatus.firstErrorField(), QStringLiteral("status"));
    EXPECT_EQ(patchStatus(id, {{QLatin1StringView("status"), QStringLiteral("ON_HOLD")}}).status, 422);
    EXPECT_EQ(patchStatus(id, paidBody(QStringLiteral("300.00"))).status, 422) << "more than asked";
    QJsonObject noPaid = paidBody();
    noPaid.remove(QLatin1StringView("amountPaid"));
    const Reply r3 = patchStatus(id, noPaid);
    EXPECT_EQ(r3.status, 422);
    EXPECT_EQ(r3.firstErrorField(), QStringLiteral("amountPaid"));

    EXPECT_EQ(client->patchJson(path, paidBody(), dealer, newKey()).status, 403)
        << "dealers do not set statuses";
    EXPECT_EQ(patchStatus(QStringLiteral("missing"), paidBody()).status, 404);
    const Payment stored = *sandbox->state().paymentById(id);
    EXPECT_TRUE(stored.cardLast4.isEmpty());
    EXPECT_NE(stored.status.code(), PaymentStatus::Code::Paid);
}

TEST_F(PlatformApi, StatusUpdateAcceptsANumericReferenceThatIsNoCardNumber)
{
    // An acquirer's numeric reference that passes Luhn, but no card brand issues numbers
    // starting with 7: a reference, not a card (Luhn alone refused one reference in ten).
    const QString reference = QStringLiteral("7992739871300008");
    ASSERT_TRUE(CardNumber::luhnValid(reference));
    const QString id = client->initiate(dealer).value(QLatin1StringView("paymentId")).toString();
    QJsonObject body = paidBody();
    body.insert(QLatin1StringView("transactionReference"), reference);
    const Reply r = patchStatus(id, body);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(parse(r).transactionReference, reference);
    EXPECT_EQ(sandbox->state().paymentById(id)->transactionReference, reference);
}

TEST_F(PlatformApi, InitiateAndResendRefuseACardNumberInAnyTextField)
{
    QJsonObject body = SandboxTestClient::initiateBody();
    body.insert(QLatin1StringView("description"), QStringLiteral("Paid by card 4111 1111 1111 1111"));
    const int before = sandbox->state().paymentCount();
    const Reply r = client->postJson(prefix + QStringLiteral("/payments"), body, dealer, newKey());
    ASSERT_EQ(r.status, 422) << r.body.constData();
    EXPECT_EQ(r.firstErrorField(), QStringLiteral("description"));
    EXPECT_FALSE(r.body.contains("4111 1111")) << "a card number is never echoed";
    EXPECT_EQ(sandbox->state().paymentCount(), before) << "nothing was raised";

    QJsonObject reference = SandboxTestClient::initiateBody();
    reference.insert(QLatin1StringView("reference"),
                     QJsonObject{{QLatin1StringView("type"), QStringLiteral("INVOICE")},
                                 {QLatin1StringView("number"), QStringLiteral("378282246310005")}});
    const Reply byRef = client->postJson(prefix + QStringLiteral("/payments"), reference, dealer, newKey());
    EXPECT_EQ(byRef.status, 422);
    EXPECT_EQ(byRef.firstErrorField(), QStringLiteral("reference.number"));

    const QString id = client->initiate(dealer).value(QLatin1StringView("paymentId")).toString();
    const Reply resend = client->postJson(
        prefix + QStringLiteral("/payments/%1/resend").arg(id),
        {{QLatin1StringView("customer"),
          QJsonObject{{QLatin1StringView("name"), QStringLiteral("Jane 5555 5555 5555 4444")}}}},
        dealer, newKey());
    ASSERT_EQ(resend.status, 422) << resend.body.constData();
    EXPECT_EQ(resend.firstErrorField(), QStringLiteral("customer.name"));
    EXPECT_EQ(sandbox->state().paymentById(id)->customer.name, QStringLiteral("Jane Doe"));

    const Reply cancel = client->postJson(
        prefix + QStringLiteral("/payments/%1/cancel").arg(id),
        {{QLatin1StringView("reason"), QStringLiteral("refund to 4111111111111111")}}, dealer, newKey());
    EXPECT_EQ(cancel.status, 422);
    EXPECT_EQ(cancel.firstErrorField(), QStringLiteral("reason"));
}

TEST_F(PlatformApi, FailedThenPaidKeepsTheWholeHistory)
{
    const QString id = client->initiate(dealer).value(QLatin1StringView("paymentId")).toString();
    const Reply failed =
        patchStatus(id, {{QLatin1StringView("status"), QStringLiteral("FAILED")},
                         {QLatin1StringView("failureReason"), QStringLiteral("Card declined")}});
    ASSERT_EQ(failed.status, 200) << failed.body.constData();
    EXPECT_EQ(parse(failed).statusReason, QStringLiteral("Card declined"));
    const Reply paid = patchStatus(id, paidBody());
    ASSERT_EQ(paid.status, 200) << paid.body.constData();
    const Payment p = parse(paid);
    EXPECT_TRUE(p.statusReason.isEmpty());
    QStringList statuses;
    for (const StatusChange& c : p.history)
        statuses << c.status.toString();
    EXPECT_TRUE(statuses.contains(QStringLiteral("FAILED")));
    EXPECT_EQ(statuses.last(), QStringLiteral("PAID"));
}

TEST_F(PlatformApi, UnknownPathsAndMethods)
{
    EXPECT_EQ(client->get(QStringLiteral("/nothing/here"), dealer).status, 404);
    const Reply method = client->send("DELETE", prefix + QStringLiteral("/payments"), {},
                                      {{"Authorization", "Bearer " + dealer.toLatin1()}});
    EXPECT_EQ(method.status, 405);
}

TEST_F(PlatformApi, StoresAreListed)
{
    const Reply r = client->get(QStringLiteral("/stores"), dealer);
    ASSERT_EQ(r.status, 200);
    EXPECT_GE(r.json().value(QLatin1StringView("stores")).toArray().size(), 3);
}

namespace {

/// A feed page as the platform's JSON objects made it before feedPageJson().
QByteArray documentOfPage(const QList<Payment>& payments, qint64 next, bool hasMore, int total, qint64 latest)
{
    QJsonArray array;
    for (const Payment& p : payments)
        array.append(PaymentJson::paymentToJson(p, false));
    return QJsonDocument(QJsonObject{{QLatin1StringView("payments"), array},
                                     {QLatin1StringView("nextSequence"), next},
                                     {QLatin1StringView("hasMore"), hasMore},
                                     {QLatin1StringView("totalItems"), total},
                                     {QLatin1StringView("latestSequence"), latest}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

TEST_F(PlatformApi, TheFeedsStreamedJsonIsTheDocumentsJsonByteForByte)
{
    using paydesk::sandbox::PlatformApi;
    // Every seeded payment of every store, as the feed pages them.
    int compared = 0;
    for (const StoreInfo& store : sandbox->state().stores()) {
        PaymentQuery q;
        q.limit = 100;
        for (;;) {
            const FeedPage page = sandbox->state().feed(store.enterpriseId, store.storeId, q);
            ASSERT_EQ(PlatformApi::feedPageJson(page.payments, page.nextSequence, page.hasMore,
                                                page.totalItems, page.latestSequence),
                      documentOfPage(page.payments, page.nextSequence, page.hasMore, page.totalItems,
                                     page.latestSequence));
            compared += int(page.payments.size());
            if (!page.hasMore)
                break;
            q.sinceSequence = page.nextSequence;
        }
    }
    EXPECT_GT(compared, 10);

    // And the text and numbers a seed may not have: escapes, control characters, non-ASCII,
    // currencies with 0 and 3 decimals, whole and fractional amounts, one too large for a double,
    // missing dates, a card, both channels.
    Payment p;
    p.paymentId = QStringLiteral("pay-\"quoted\"\\back");
    p.enterpriseId = QStringLiteral("E1");
    p.storeId = QStringLiteral("S1");
    p.customer.name = QStringLiteral("Zoë \"Q\" O'Brien\t\n\r\b\f") + QChar(0x01) + QChar(0x1f) +
                      QStringLiteral(" 李 😀 / </script>");
    p.customer.email = QStringLiteral("zoe@example.com");
    p.description = QStringLiteral("Ünïcödé — “quotes” \\ done");
    p.status = PaymentStatus::fromString(QStringLiteral("SOMETHING_NEW"));
    p.channels = Channels::fromInt(3);
    p.cardBrand = QStringLiteral("VISA");
    p.cardLast4 = QStringLiteral("4242");
    p.version = 7;
    p.sequence = (qint64(1) << 40) + 3;
    QList<Payment> odd;
    for (const auto& [minor, currency] :
         QList<std::pair<qint64, QString>>{{120000, QStringLiteral("GBP")},
                                           {1200, QStringLiteral("JPY")},
                                           {1, QStringLiteral("GBP")},
                                           {10, QStringLiteral("GBP")},
                                           {-250, QStringLiteral("GBP")},
                                           {123456, QStringLiteral("BHD")},
                                           {0, QStringLiteral("USD")},
                                           {(qint64(1) << 53) + 1, QStringLiteral("GBP")}}) {
        Payment copy = p;
        copy.amount = Money::fromMinor(minor, currency).value();
        copy.amountPaid = Money::fromMinor(minor / 2, currency).value();
        copy.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
        odd.append(copy);
    }
    EXPECT_EQ(PlatformApi::feedPageJson(odd, 42, true, 9, 99), documentOfPage(odd, 42, true, 9, 99));
    EXPECT_EQ(PlatformApi::feedPageJson({}, 0, false, 0, 0), documentOfPage({}, 0, false, 0, 0));
}

} // namespace paydesk::sandbox::test
