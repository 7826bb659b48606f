// The detail pane judges time by the injected Clock, like the rest of the window.
#include "widgets/PaymentDetailPane.h"

#include "QtPrinters.h"
#include "UiTestData.h"
#include "util/Clock.h"

#include <QLabel>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using paydesk::ui::PaymentDetailPane;

namespace paydesk::uitest {

namespace {

bool showsPassedExpiry(const PaymentDetailPane& pane)
{
    const auto labels = pane.findChildren<QLabel*>();
    return std::any_of(labels.begin(), labels.end(),
                       [](const QLabel* label) { return label->text().endsWith(u"(passed)"_s); });
}

} // namespace

TEST(PaymentDetailPane, AnExpiryHasPassedByTheInjectedClock)
{
    // Years after the machine's own clock: only the injected clock can say the link expired.
    ManualClock clock(QDateTime(QDate(2040, 1, 1), QTime(9, 0), Qt::UTC));
    PaymentDetailPane pane;
    pane.setClock(clock);

    Payment open = makePayment(0, clock.now()); // INITIATED, still waiting for the customer
    ASSERT_TRUE(open.status.isOpen());
    open.expiresAt = clock.now().addDays(1);
    pane.setPayment(open);
    EXPECT_FALSE(showsPassedExpiry(pane));

    clock.advanceMs(2LL * 24 * 3600 * 1000);
    pane.setPayment(open);
    EXPECT_TRUE(showsPassedExpiry(pane));

    // A paid payment's expiry does not matter any more.
    Payment paid = makePayment(4, clock.now());
    ASSERT_TRUE(paid.status.isPaid());
    paid.expiresAt = clock.now().addDays(-1);
    pane.setPayment(paid);
    EXPECT_FALSE(showsPassedExpiry(pane));
}

} // namespace paydesk::uitest
