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

TEST(PaymentDetailPane, MarksClearanceOverdueAfterTheConfiguredDays)
{
    ManualClock clock(QDateTime(QDate(2040, 1, 1), QTime(9, 0), Qt::UTC));
    PaymentDetailPane pane;
    pane.setClock(clock);
    Payment clearing = makePayment(5, clock.now()); // paid, funds not cleared
    ASSERT_EQ(clearing.release(), Payment::Release::AwaitingClearance);
    clearing.updatedAt = clock.now().addDays(-2);
    pane.setPayment(clearing);
    EXPECT_TRUE(pane.noteText().isEmpty()) << "two days is within the default three";

    clearing.updatedAt = clock.now().addDays(-4);
    pane.setPayment(clearing);
    EXPECT_TRUE(pane.noteText().contains(u"Clearance overdue"_s)) << pane.noteText().toStdString();
    EXPECT_TRUE(pane.noteText().contains(u"4 day"_s)) << pane.noteText().toStdString();
    const auto* note = pane.findChild<QLabel*>(u"releaseNote"_s);
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->textFormat(), Qt::PlainText);

    pane.setClearanceOverdueDays(7);
    EXPECT_TRUE(pane.noteText().isEmpty());
    // Cleared funds are never overdue.
    pane.setClearanceOverdueDays(1);
    clearing.fundsCleared = true;
    pane.setPayment(clearing);
    EXPECT_TRUE(pane.noteText().isEmpty());
}

} // namespace paydesk::uitest
