#include "payments/DealerActions.h"

#include "payments/Payment.h"

#include <QtPrinters.h>

#include <gtest/gtest.h>

using namespace paydesk;
using Code = PaymentStatus::Code;

namespace {

Payment withStatus(const PaymentStatus& status)
{
    Payment p;
    p.paymentId = QStringLiteral("pay-1");
    p.status = status;
    return p;
}

struct Allowed
{
    bool cancel;
    bool resend;
    bool receipt;
};

// The whole table, one row per status, so a new status cannot slip in without a decision.
Allowed expected(Code code)
{
    switch (code) {
    case Code::Initiated:
    case Code::Notified:
    case Code::Viewed:
    case Code::InProgress:
    case Code::Authorised:
    case Code::Failed: // the customer may still try again until the request expires
        return {true, true, false};
    case Code::Paid:
    case Code::PartiallyRefunded:
    case Code::Refunded:
        return {false, false, true};
    case Code::Cancelled:
    case Code::Expired:
    case Code::Unknown:
        return {false, false, false};
    }
    return {false, false, false};
}

} // namespace

TEST(DealerActions, EveryKnownStatusHasItsActions)
{
    const QList<Code> known = PaymentStatus::allKnown();
    ASSERT_EQ(known.size(), 11);
    for (Code code : known) {
        const Payment p = withStatus(code);
        const Allowed want = expected(code);
        const std::string name = PaymentStatus::wireName(code).toStdString();
        EXPECT_EQ(DealerActions::canCancel(p), want.cancel) << name;
        EXPECT_EQ(DealerActions::canResend(p), want.resend) << name;
        EXPECT_EQ(DealerActions::canPrintReceipt(p), want.receipt) << name;
    }
}

TEST(DealerActions, AnUnknownStatusAllowsNothing)
{
    const Payment p = withStatus(PaymentStatus::fromString(QStringLiteral("ON_HOLD")));
    ASSERT_EQ(p.status.code(), Code::Unknown);
    EXPECT_FALSE(DealerActions::canCancel(p));
    EXPECT_FALSE(DealerActions::canResend(p));
    EXPECT_FALSE(DealerActions::canPrintReceipt(p));
}

TEST(DealerActions, NoStatusAllowsBothCancelAndAReceipt)
{
    QList<PaymentStatus> all;
    for (Code code : PaymentStatus::allKnown())
        all << PaymentStatus(code);
    all << PaymentStatus::fromString(QStringLiteral("SOMETHING_NEW"));
    for (const PaymentStatus& status : all) {
        const Payment p = withStatus(status);
        // A paid payment is refunded, never cancelled; an open one has no receipt yet.
        EXPECT_FALSE(DealerActions::canCancel(p) && DealerActions::canPrintReceipt(p))
            << status.toString().toStdString();
    }
}
