#include "payments/PaymentStatus.h"

#include "QtPrinters.h"
#include "payments/Payment.h"

#include <gtest/gtest.h>

using namespace paydesk;
using namespace Qt::StringLiterals;
using Code = PaymentStatus::Code;

TEST(PaymentStatus, ParsesWireNamesCaseInsensitively)
{
    EXPECT_EQ(PaymentStatus::fromString(u"PAID"_s).code(), Code::Paid);
    EXPECT_EQ(PaymentStatus::fromString(u"in_progress"_s).code(), Code::InProgress);
    EXPECT_EQ(PaymentStatus::fromString(u"AUTHORIZED"_s).code(), Code::Authorised);
    EXPECT_EQ(PaymentStatus::fromString(u"PARTIALLY_REFUNDED"_s).toString(), u"PARTIALLY_REFUNDED"_s);
    for (Code code : PaymentStatus::allKnown())
        EXPECT_EQ(PaymentStatus::fromString(PaymentStatus::wireName(code)).code(), code);
}

TEST(PaymentStatus, KeepsUnknownStatusesRaw)
{
    const PaymentStatus s = PaymentStatus::fromString(u"ON_HOLD"_s);
    EXPECT_EQ(s.code(), Code::Unknown);
    EXPECT_FALSE(s.isKnown());
    EXPECT_EQ(s.toString(), u"ON_HOLD"_s);
    EXPECT_EQ(s.displayName(), u"Unknown (ON_HOLD)"_s);
    EXPECT_NE(s, PaymentStatus::fromString(u"DISPUTED"_s));
    EXPECT_EQ(s, PaymentStatus::fromString(u"ON_HOLD"_s));
    EXPECT_FALSE(s.isFinal());
}

TEST(PaymentStatus, FinalStatesAreLeftOnlyByRefund)
{
    const PaymentStatus paid(Code::Paid);
    EXPECT_TRUE(paid.isFinal());
    EXPECT_TRUE(paid.canTransitionTo(Code::Refunded));
    EXPECT_TRUE(paid.canTransitionTo(Code::PartiallyRefunded));
    EXPECT_FALSE(paid.canTransitionTo(Code::Cancelled));
    EXPECT_FALSE(paid.canTransitionTo(Code::Failed));
    EXPECT_FALSE(paid.canTransitionTo(Code::InProgress));
    EXPECT_TRUE(PaymentStatus(Code::PartiallyRefunded).canTransitionTo(Code::Refunded));
    EXPECT_FALSE(PaymentStatus(Code::Refunded).canTransitionTo(Code::Paid));
    for (Code end : {Code::Cancelled, Code::Expired}) {
        for (Code next : PaymentStatus::allKnown()) {
            if (next != end) {
                EXPECT_FALSE(PaymentStatus(end).canTransitionTo(next))
                    << PaymentStatus::wireName(end).toStdString() << "→"
                    << PaymentStatus::wireName(next).toStdString();
            }
        }
    }
}

TEST(PaymentStatus, OpenStatesMoveForwardOrEnd)
{
    EXPECT_TRUE(PaymentStatus(Code::Initiated).canTransitionTo(Code::Notified));
    EXPECT_TRUE(PaymentStatus(Code::Notified).canTransitionTo(Code::Paid));
    EXPECT_TRUE(PaymentStatus(Code::InProgress).canTransitionTo(Code::Authorised));
    EXPECT_TRUE(PaymentStatus(Code::Viewed).canTransitionTo(Code::Cancelled));
    EXPECT_TRUE(PaymentStatus(Code::InProgress).canTransitionTo(Code::Failed));
    EXPECT_FALSE(PaymentStatus(Code::InProgress).canTransitionTo(Code::Notified));
    EXPECT_FALSE(PaymentStatus(Code::Notified).canTransitionTo(Code::Refunded));
    // A failed attempt may be retried until the request expires.
    EXPECT_TRUE(PaymentStatus(Code::Failed).canTransitionTo(Code::InProgress));
    EXPECT_TRUE(PaymentStatus(Code::Failed).canTransitionTo(Code::Paid));
    EXPECT_TRUE(PaymentStatus(Code::Failed).canTransitionTo(Code::Expired));
    EXPECT_FALSE(PaymentStatus(Code::Failed).canTransitionTo(Code::Refunded));
}

TEST(Payment, NewerVersionWinsButFinalStatesHold)
{
    Payment stored;
    stored.paymentId = u"p1"_s;
    stored.version = 5;
    stored.status = Code::InProgress;

    Payment older = stored;
    older.version = 4;
    older.status = Code::Notified;
    EXPECT_FALSE(Payment::supersedes(older, stored));

    Payment same = stored;
    same.status = Code::Paid;
    EXPECT_FALSE(Payment::supersedes(same, stored));

    Payment newer = stored;
    newer.version = 6;
    newer.status = Code::Paid;
    EXPECT_TRUE(Payment::supersedes(newer, stored));

    Payment afterPaid = newer;
    afterPaid.version = 7;
    afterPaid.status = Code::Cancelled;
    EXPECT_FALSE(Payment::supersedes(afterPaid, newer));

    Payment refund = newer;
    refund.version = 8;
    refund.status = Code::Refunded;
    EXPECT_TRUE(Payment::supersedes(refund, newer));

    Payment cleared = newer;
    cleared.version = 9;
    cleared.fundsCleared = true;
    EXPECT_TRUE(Payment::supersedes(cleared, newer));
}

TEST(Payment, ReleaseSignalNeedsFundsCleared)
{
    Payment p;
    p.status = Code::Notified;
    EXPECT_EQ(p.release(), Payment::Release::AwaitingPayment);
    p.status = Code::Paid;
    EXPECT_EQ(p.release(), Payment::Release::AwaitingClearance);
    p.reconciled = true;
    EXPECT_EQ(p.release(), Payment::Release::AwaitingClearance);
    p.fundsCleared = true;
    EXPECT_EQ(p.release(), Payment::Release::SafeToRelease);
    EXPECT_EQ(Payment::releaseText(p.release()), u"Funds cleared — safe to release"_s);
    p.status = Code::Failed;
    EXPECT_EQ(p.release(), Payment::Release::Failed);
    p.status = PaymentStatus::fromString(u"WEIRD"_s);
    EXPECT_EQ(p.release(), Payment::Release::Unknown);
}

TEST(Payment, FailureReasonIsThePlatformsReasonOnlyWhileFailed)
{
    Payment p;
    p.status = Code::Failed;
    p.statusReason = u"  Card declined by issuer "_s;
    EXPECT_EQ(p.failureReason(), u"Card declined by issuer"_s);

    // No statusReason (an older platform, a partner that only wrote a note): the timeline's
    // last FAILED step says why.
    p.statusReason.clear();
    p.history = {
        StatusChange{PaymentStatus(Code::InProgress), {}, StatusChange::Actor::Partner, u"x"_s},
        StatusChange{PaymentStatus(Code::Failed), {}, StatusChange::Actor::Partner, u"Insufficient funds"_s},
        StatusChange{PaymentStatus(Code::InProgress), {}, StatusChange::Actor::Partner, {}},
        StatusChange{PaymentStatus(Code::Failed),
                     {},
                     StatusChange::Actor::Partner,
                     u"3-D Secure authentication failed"_s}};
    EXPECT_EQ(p.failureReason(), u"3-D Secure authentication failed"_s);

    // The customer tried again: the old reason no longer describes the payment.
    p.status = Code::InProgress;
    p.statusReason = u"Card declined by issuer"_s;
    EXPECT_TRUE(p.failureReason().isEmpty());
    p.status = Code::Cancelled;
    p.statusReason = u"Customer paid cash at the desk"_s;
    EXPECT_TRUE(p.failureReason().isEmpty());
}
