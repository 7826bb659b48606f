#include "dialogs/CancelDialog.h"

#include "DialogTestSupport.h"
#include "QtPrinters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::ui;
using namespace paydesk::ui::test;
using Code = PaymentStatus::Code;

namespace {

// Which payments may be cancelled is DealerActions' rule (tests/core/DealerActionsTest.cpp).

TEST(CancelDialogTest, NeedsAReasonAndAnExplicitConfirmation)
{
    CancelDialog dialog(samplePayment());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* confirmButton = child<QPushButton>(dialog, "cancelRequest");
    EXPECT_FALSE(confirmButton->isEnabled()) << "disabled until confirmed";

    // Enter with nothing done: refused, nothing accepted.
    QTest::keyClick(child<QLineEdit>(dialog, "reasonEdit"), Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    dialog.accept(); // even a direct call is refused
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.shownError(QStringLiteral("reason")).isEmpty());
    EXPECT_FALSE(dialog.shownError(QStringLiteral("confirm")).isEmpty());

    child<QCheckBox>(dialog, "confirm")->setChecked(true);
    EXPECT_TRUE(confirmButton->isEnabled());
    QTest::mouseClick(confirmButton, Qt::LeftButton);
    EXPECT_NE(dialog.result(), QDialog::Accepted) << "still no reason";
    EXPECT_FALSE(child<QLabel>(dialog, "reason.message")->isHidden());

    // Too long a reason.
    typeInto(child<QLineEdit>(dialog, "reasonEdit"), QString(300, u'x'));
    EXPECT_THAT(dialog.shownError(QStringLiteral("reason")).toStdString(), ::testing::HasSubstr("255"));

    typeInto(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("  Paid in cash at the desk "));
    EXPECT_TRUE(dialog.shownError(QStringLiteral("reason")).isEmpty());
    QTest::mouseClick(confirmButton, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const CancelRequest r = dialog.request();
    EXPECT_EQ(r.paymentId, QStringLiteral("pay_0001"));
    EXPECT_EQ(r.enterpriseId, QStringLiteral("ENT1"));
    EXPECT_EQ(r.storeId, QStringLiteral("LEEDS"));
    EXPECT_EQ(r.reason, QStringLiteral("Paid in cash at the desk"));
}

TEST(CancelDialogTest, PresetReasonsCanBeChosen)
{
    CancelDialog dialog(samplePayment());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* reason = child<QComboBox>(dialog, "reason");
    ASSERT_GT(reason->count(), 2);
    reason->setCurrentIndex(0);
    child<QCheckBox>(dialog, "confirm")->setChecked(true);
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.request().reason, QStringLiteral("Paid in cash"));
}

TEST(CancelDialogTest, EscapeOnAnUntouchedFormKeepsTheRequestAndClosesAtOnce)
{
    CancelDialog dialog(samplePayment());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
}

TEST(CancelDialogTest, EscapeAfterFillingInAsksBeforeDiscarding)
{
    CancelDialog dialog(samplePayment());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QCheckBox>(dialog, "confirm"), Qt::LeftButton);
    ASSERT_TRUE(child<QCheckBox>(dialog, "confirm")->isChecked());
    expectEscapeAsksBeforeDiscarding(dialog, &dialog);
}

TEST(CancelDialogTest, AFinalPaymentIsRefusedEvenWhenOpened)
{
    CancelDialog dialog(samplePayment(Code::Paid));
    dialog.show();
    child<QCheckBox>(dialog, "confirm")->setChecked(true);
    child<QComboBox>(dialog, "reason")->setCurrentIndex(0);
    EXPECT_FALSE(child<QPushButton>(dialog, "cancelRequest")->isEnabled());
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}

TEST(CancelDialogTest, ARefusedSubmitKeepsTheDialogOpenWithTheReason)
{
    CancelDialog dialog(samplePayment());
    int calls = 0;
    dialog.setSubmit([&](const CancelRequest& r) {
        ++calls;
        EXPECT_EQ(r.reason, QStringLiteral("Paid in cash at the desk"));
        return calls == 1 ? FieldErrors{{QStringLiteral("reason"), QStringLiteral("Refused by the outbox.")},
                                        {QString(), QStringLiteral("The cache could not be written.")}}
                          : FieldErrors{};
    });
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("Paid in cash at the desk"));
    child<QCheckBox>(dialog, "confirm")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelRequest"), Qt::LeftButton);

    EXPECT_EQ(calls, 1);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.shownError(QStringLiteral("reason")), QStringLiteral("Refused by the outbox."));
    EXPECT_THAT(child<QLabel>(dialog, "form.message")->text().toStdString(),
                ::testing::HasSubstr("could not be written"));
    EXPECT_EQ(child<QComboBox>(dialog, "reason")->currentText(), QStringLiteral("Paid in cash at the desk"));
    EXPECT_TRUE(child<QCheckBox>(dialog, "confirm")->isChecked());

    QTest::mouseClick(child<QPushButton>(dialog, "cancelRequest"), Qt::LeftButton);
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(CancelDialogTest, EveryControlHasAnAccessibleName)
{
    CancelDialog dialog(samplePayment());
    dialog.show();
    expectAccessibleNames(dialog);
}

} // namespace
