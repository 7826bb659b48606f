#include "dialogs/ResendDialog.h"

#include "DialogTestSupport.h"
#include "QtPrinters.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::ui;
using namespace paydesk::ui::test;

namespace {

class ResendDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dialog = std::make_unique<ResendDialog>(samplePayment());
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    }
    std::unique_ptr<ResendDialog> dialog;
};

TEST_F(ResendDialogTest, PrefilledFromThePaymentAndUnchangedAtFirst)
{
    EXPECT_EQ(child<QLineEdit>(*dialog, "name")->text(), QStringLiteral("Jane Doe"));
    EXPECT_EQ(child<QLineEdit>(*dialog, "email")->text(), QStringLiteral("jane@example.com"));
    EXPECT_EQ(child<QLineEdit>(*dialog, "phone")->text(), QStringLiteral("+447700900123"));
    EXPECT_TRUE(child<QCheckBox>(*dialog, "byEmail")->isChecked());
    EXPECT_FALSE(child<QCheckBox>(*dialog, "bySms")->isChecked());
    EXPECT_TRUE(dialog->changes().isEmpty());
    EXPECT_THAT(child<QLabel>(*dialog, "changes")->text().toStdString(),
                ::testing::HasSubstr("Nothing changes"));
}

TEST_F(ResendDialogTest, EscapeOnTheUnchangedPrefillClosesAtOnce)
{
    QTest::keyClick(child<QLineEdit>(*dialog, "email"), Qt::Key_Escape);
    EXPECT_EQ(dialog->result(), QDialog::Rejected);
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(ResendDialogTest, EscapeAfterAnEditAsksBeforeDiscarding)
{
    typeInto(child<QLineEdit>(*dialog, "email"), QStringLiteral("jane.doe@example.org"));
    expectEscapeAsksBeforeDiscarding(*dialog, child<QLineEdit>(*dialog, "email"));
}

TEST_F(ResendDialogTest, ShowsWhatChangesBeforeSending)
{
    typeInto(child<QLineEdit>(*dialog, "email"), QStringLiteral("jane.doe@example.org"));
    typeInto(child<QLineEdit>(*dialog, "phone"), QStringLiteral("07700 900456"));
    child<QCheckBox>(*dialog, "bySms")->setChecked(true);

    const QStringList changes = dialog->changes();
    ASSERT_EQ(changes.size(), 3) << qPrintable(changes.join(u'|'));
    EXPECT_EQ(changes.at(0), QStringLiteral("Email: jane@example.com → jane.doe@example.org"));
    EXPECT_EQ(changes.at(1), QStringLiteral("Mobile: +447700900123 → +447700900456"));
    EXPECT_EQ(changes.at(2), QStringLiteral("Send by: email → email and SMS"));
    const QString shown = child<QLabel>(*dialog, "changes")->text();
    for (const QString& line : changes)
        EXPECT_TRUE(shown.contains(line)) << qPrintable(shown);

    clickAccept(*dialog);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    const ResendRequest r = dialog->request();
    EXPECT_EQ(r.paymentId, QStringLiteral("pay_0001"));
    EXPECT_EQ(r.customer.email, QStringLiteral("jane.doe@example.org"));
    EXPECT_EQ(r.customer.phone, QStringLiteral("+447700900456"));
    EXPECT_EQ(r.channels, Channels(Channel::Email) | Channel::Sms);
}

TEST_F(ResendDialogTest, InvalidDetailsAreRefused)
{
    typeInto(child<QLineEdit>(*dialog, "name"), QString());
    typeInto(child<QLineEdit>(*dialog, "email"), QStringLiteral("jane at example"));
    EXPECT_FALSE(dialog->shownError(QStringLiteral("customer.name")).isEmpty());
    EXPECT_FALSE(dialog->shownError(QStringLiteral("customer.email")).isEmpty());
    QTest::keyClick(child<QLineEdit>(*dialog, "email"), Qt::Key_Return);
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(dialog->isVisible());

    child<QCheckBox>(*dialog, "byEmail")->setChecked(false);
    EXPECT_FALSE(dialog->shownError(QStringLiteral("channels")).isEmpty());
}

TEST_F(ResendDialogTest, ARefusedSubmitIsShownUnderTheFieldAndTheInputStays)
{
    const QString refusal = QStringLiteral("This number cannot receive SMS.");
    int calls = 0;
    dialog->setSubmit([&](const ResendRequest& r) {
        ++calls;
        EXPECT_EQ(r.customer.phone, QStringLiteral("+447700900456")) << "normalised before it is submitted";
        return calls == 1 ? FieldErrors{{QStringLiteral("customer.phone"), refusal}} : FieldErrors{};
    });
    typeInto(child<QLineEdit>(*dialog, "phone"), QStringLiteral("07700 900456"));
    child<QCheckBox>(*dialog, "bySms")->setChecked(true);
    clickAccept(*dialog);

    EXPECT_EQ(calls, 1);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(dialog->shownError(QStringLiteral("customer.phone")), refusal);
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(*dialog, "phone"));
    EXPECT_EQ(child<QLineEdit>(*dialog, "phone")->text(), QStringLiteral("+447700900456"));
    EXPECT_TRUE(child<QCheckBox>(*dialog, "bySms")->isChecked());
    EXPECT_EQ(dialog->changes().size(), 2) << qPrintable(dialog->changes().join(u'|'));

    clickAccept(*dialog);
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
}

TEST_F(ResendDialogTest, EveryControlHasAnAccessibleName)
{
    expectAccessibleNames(*dialog);
}

} // namespace
