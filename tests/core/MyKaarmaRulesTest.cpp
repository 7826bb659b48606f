// MyKaarmaRules: what a myKaarma prepayment allows, its status mapping from the dealer order's
// status and flags and the payment request's status (a suspicious payment is never cleared),
// and the Initiate / Resend payloads checked in their wire names.
#include "providers/mykaarma/MyKaarmaRules.h"

#include "payments/DealerActions.h"
#include "payments/Payment.h"

#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace Qt::StringLiterals;
using Code = PaymentStatus::Code;
using Facts = MyKaarmaRules::Facts;

namespace {

QStringList fieldsOf(const FieldErrors& errors)
{
    QStringList fields;
    for (const FieldError& e : errors)
        fields << e.field;
    return fields;
}

ProviderActionRequest prepayment()
{
    ProviderActionRequest r;
    r.provider = ProviderId::myKaarma();
    r.action = ProviderAction::Initiate;
    r.storeId = u"S01"_s;
    r.payload = QJsonObject{{u"orderNumber"_s, u" RO-4711 "_s},
                            {u"amount"_s, 25000},
                            {u"customerUuid"_s, u"c-1"_s},
                            {u"sendAsText"_s, true}};
    return r;
}

Payment mkPayment(Code code, bool withInvoice = true)
{
    Payment p;
    p.paymentId = u"mykaarma:S01:order-1"_s;
    p.provider = ProviderId::myKaarma();
    p.status = code;
    if (withInvoice)
        p.providerData.insert(u"invoiceGUID"_s, u"inv-1"_s);
    return p;
}

} // namespace

TEST(MyKaarmaRules, IsRegisteredWithPrepaymentResendAndTheFeePreview)
{
    const ProviderRules& rules = ProviderRules::forProvider(u"mykaarma"_s);
    EXPECT_EQ(rules.id(), u"mykaarma"_s);
    EXPECT_EQ(rules.displayName(), u"myKaarma"_s);
    EXPECT_TRUE(ProviderRules::all().contains(&rules));
    EXPECT_TRUE(rules.supports(ProviderAction::Initiate));
    EXPECT_TRUE(rules.supports(ProviderAction::Resend));
    EXPECT_FALSE(rules.supports(ProviderAction::Cancel)) << "myKaarma documents no cancel";
    EXPECT_FALSE(rules.supports(ProviderAction::AmendAmount));
    EXPECT_TRUE(rules.answers(ProviderQuery::FeePreview));
    EXPECT_FALSE(rules.answers(ProviderQuery::QuotePlan));
}

TEST(MyKaarmaRules, OrderAndRequestStatusesMapAndTheRawWordStaysUnknownWhenNew)
{
    EXPECT_EQ(MyKaarmaRules::statusFor(Facts{u"open"_s, {}, false, false, false}).code(), Code::Initiated);
    EXPECT_EQ(MyKaarmaRules::statusFor(Facts{u"INVOICED"_s, {}, false, false, false}).code(),
              Code::Initiated);
    EXPECT_EQ(MyKaarmaRules::statusFor(Facts{u"open"_s, {}, false, true, false}).code(), Code::Notified);
    EXPECT_EQ(MyKaarmaRules::statusFor(Facts{u"open"_s, u"SENT"_s, false, false, false}).code(),
              Code::Notified);
    EXPECT_EQ(MyKaarmaRules::statusFor(Facts{u"open"_s, u"VIEWED"_s, false, true, false}).code(),
              Code::Viewed);
    EXPECT_EQ(MyKaarmaRules::statusFor(Facts{u"open"_s, u"VIEWED"_s, false, true, true}).code(),
              Code::InProgress)
        << "part paid";
    EXPECT_EQ(MyKaarmaRules::statusFor(Facts{u"invoiced"_s, u"FAILED"_s, false, true, false}).code(),
              Code::Failed);
    EXPECT_EQ(MyKaarmaRules::statusFor(Facts{u"open"_s, u"EXPIRED"_s, false, true, false}).code(),
              Code::Expired);
    EXPECT_EQ(MyKaarmaRules::statusFor(Facts{u"open"_s, u"PAID"_s, false, true, false}).code(), Code::Paid);
    EXPECT_EQ(MyKaarmaRules::statusFor(Facts{u"closed"_s, {}, true, true, false}).code(), Code::Paid);
    EXPECT_EQ(MyKaarmaRules::statusFor(Facts{u"closed"_s, {}, false, false, false}).code(), Code::Cancelled)
        << "closed without a payment through myKaarma";
    const PaymentStatus odd = MyKaarmaRules::statusFor(Facts{u"on_hold"_s, {}, false, false, false});
    EXPECT_EQ(odd.code(), Code::Unknown);
    EXPECT_EQ(odd.raw(), u"on_hold"_s);
}

TEST(MyKaarmaRules, ASuspiciousPaymentIsNeverSafeToReleaseAndStaysWatched)
{
    EXPECT_TRUE(MyKaarmaRules::fundsCleared(true, false));
    EXPECT_FALSE(MyKaarmaRules::fundsCleared(true, true));
    EXPECT_FALSE(MyKaarmaRules::fundsCleared(false, false));
    Payment p = mkPayment(Code::Paid);
    p.providerData.insert(u"suspicious"_s, true);
    p.fundsCleared = MyKaarmaRules::fundsCleared(true, true);
    EXPECT_NE(p.release(), Payment::Release::SafeToRelease);
    EXPECT_FALSE(ProviderRules::forPayment(p).isFinal(p)) << "watched until myKaarma clears it";
    p.providerData.insert(u"suspicious"_s, false);
    EXPECT_TRUE(ProviderRules::forPayment(p).isFinal(p));
    EXPECT_FALSE(ProviderRules::forPayment(p).isFinal(mkPayment(Code::Expired))) << "a resend asks again";
}

TEST(MyKaarmaRules, ResendNeedsThePrepaymentsInvoiceAndAnUnpaidPayment)
{
    for (Code code : {Code::Initiated, Code::Notified, Code::Viewed, Code::Failed, Code::Expired})
        EXPECT_TRUE(DealerActions::allows(ProviderAction::Resend, mkPayment(code))) << int(code);
    for (Code code : {Code::Paid, Code::Cancelled, Code::InProgress})
        EXPECT_FALSE(DealerActions::allows(ProviderAction::Resend, mkPayment(code))) << int(code);
    EXPECT_FALSE(DealerActions::allows(ProviderAction::Resend, mkPayment(Code::Notified, false)))
        << "an order PayDesk did not prepay has no invoice of ours";
    EXPECT_FALSE(DealerActions::canCancel(mkPayment(Code::Notified)));
}

TEST(MyKaarmaRules, APrepaymentIsCheckedInWireNamesAndTrimmed)
{
    const MyKaarmaRules rules;
    ProviderActionRequest ok = prepayment();
    EXPECT_TRUE(rules.validate(ok).isEmpty());
    EXPECT_EQ(ok.payload.value(u"orderNumber"_s).toString(), u"RO-4711"_s);

    ProviderActionRequest empty = prepayment();
    empty.storeId.clear();
    empty.payload = QJsonObject{{u"amount"_s, 0}};
    EXPECT_EQ(fieldsOf(rules.validate(empty)),
              (QStringList{u"storeId"_s, u"orderNumber"_s, u"customerUuid"_s, u"amount"_s, u"sendAsText"_s}));

    ProviderActionRequest fraction = prepayment();
    fraction.payload.insert(u"amount"_s, 250.5);
    EXPECT_EQ(fieldsOf(rules.validate(fraction)), QStringList{u"amount"_s}) << "minor units are whole";

    ProviderActionRequest bad = prepayment();
    bad.payload.insert(u"desc"_s, u"card 4111 1111 1111 1111"_s);
    bad.payload.insert(u"orderType"_s, u"XX"_s);
    bad.payload.insert(u"currency"_s, u"ZZZ"_s);
    bad.payload.insert(u"dealerOrderAmount"_s, 100);
    EXPECT_EQ(fieldsOf(rules.validate(bad)),
              (QStringList{u"desc"_s, u"currency"_s, u"dealerOrderAmount"_s, u"orderType"_s}));

    ProviderActionRequest prepayOnly = prepayment();
    prepayOnly.payload.remove(u"sendAsText"_s);
    prepayOnly.payload.insert(u"sendAsEmail"_s, false);
    prepayOnly.payload.insert(u"prepaymentOnly"_s, true);
    EXPECT_TRUE(rules.validate(prepayOnly).isEmpty()) << "a prepayment first, the link sent later";

    ProviderActionRequest resend;
    resend.provider = ProviderId::myKaarma();
    resend.action = ProviderAction::Resend;
    resend.storeId = u"S01"_s;
    EXPECT_EQ(fieldsOf(rules.validate(resend)), QStringList{u"paymentId"_s});
    resend.paymentId = u"mykaarma:S01:order-1"_s;
    resend.payload.insert(u"sendAsEmail"_s, u"yes"_s);
    EXPECT_EQ(fieldsOf(rules.validate(resend)), QStringList{u"sendAsEmail"_s});

    ProviderActionRequest cancel = prepayment();
    cancel.action = ProviderAction::Cancel;
    EXPECT_EQ(fieldsOf(rules.validate(cancel)), QStringList{u"action"_s});
}
