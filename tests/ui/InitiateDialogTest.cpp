#include "dialogs/InitiateDialog.h"

#include "DialogTestSupport.h"
#include "MainWindow.h"
#include "QtPrinters.h"
#include "Translator.h"
#include "store/PaymentStore.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::ui;
using namespace paydesk::ui::test;

namespace {

class InitiateDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dialog = std::make_unique<InitiateDialog>(QList<InitiateDialog::Site>{
            {QStringLiteral("ENT1"), QStringLiteral("STORE1"), QStringLiteral("Leeds")}});
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    }

    void fillValid()
    {
        typeInto(child<QLineEdit>(*dialog, "name"), QStringLiteral("Jane Doe"));
        typeInto(child<QLineEdit>(*dialog, "email"), QStringLiteral("jane@example.com"));
        typeInto(child<QLineEdit>(*dialog, "referenceNumber"), QStringLiteral("INV-10234"));
        typeInto(child<QLineEdit>(*dialog, "description"), QStringLiteral("Service and MOT"));
        typeInto(child<QLineEdit>(*dialog, "amount"), QStringLiteral("249.99"));
    }

    std::unique_ptr<InitiateDialog> dialog;
};

TEST_F(InitiateDialogTest, EmptyFormIsRefusedWithAMessageUnderEachRequiredField)
{
    EXPECT_TRUE(dialog->shownError(QStringLiteral("customer.name")).isEmpty()) << "quiet before interaction";
    clickAccept(*dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_FALSE(dialog->shownError(QStringLiteral("customer.name")).isEmpty());
    EXPECT_FALSE(dialog->shownError(QStringLiteral("customer.email")).isEmpty());
    EXPECT_FALSE(dialog->shownError(QStringLiteral("reference.number")).isEmpty());
    EXPECT_FALSE(dialog->shownError(QStringLiteral("amount")).isEmpty());
    // The message label itself is visible and carries the text.
    auto* label = child<QLabel>(*dialog, "customer.name.message");
    EXPECT_TRUE(label->isVisible());
    EXPECT_TRUE(label->text().contains(dialog->shownError(QStringLiteral("customer.name"))));
    // Focus goes to the first thing to fix.
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(*dialog, "name"));
}

TEST_F(InitiateDialogTest, BadEmailShowsItsMessageAfterLeavingTheField)
{
    auto* email = child<QLineEdit>(*dialog, "email");
    typeInto(email, QStringLiteral("jane@"), false);
    EXPECT_TRUE(dialog->shownError(QStringLiteral("customer.email")).isEmpty())
        << "not while typing the first time";
    QTest::keyClick(email, Qt::Key_Tab);
    EXPECT_THAT(dialog->shownError(QStringLiteral("customer.email")).toStdString(),
                ::testing::HasSubstr("not a valid email"));
    // Fixing it clears the message as the user types.
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral("example.com"));
    EXPECT_TRUE(dialog->shownError(QStringLiteral("customer.email")).isEmpty());
}

TEST_F(InitiateDialogTest, SmsNeedsAValidMobileNumber)
{
    fillValid();
    child<QCheckBox>(*dialog, "bySms")->setChecked(true);
    clickAccept(*dialog);
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_FALSE(dialog->shownError(QStringLiteral("customer.phone")).isEmpty());

    typeInto(child<QLineEdit>(*dialog, "phone"), QStringLiteral("12ab"));
    EXPECT_THAT(dialog->shownError(QStringLiteral("customer.phone")).toStdString(),
                ::testing::HasSubstr("international form"));
}

TEST_F(InitiateDialogTest, PhoneIsShownBackInE164)
{
    auto* phone = child<QLineEdit>(*dialog, "phone");
    typeInto(phone, QStringLiteral("07700 900123"));
    EXPECT_EQ(phone->text(), QStringLiteral("+447700900123"));
}

TEST_F(InitiateDialogTest, AmountWithTooManyDecimalsOrZeroIsRefused)
{
    fillValid();
    auto* amount = child<QLineEdit>(*dialog, "amount");
    typeInto(amount, QStringLiteral("12.345"));
    EXPECT_FALSE(dialog->shownError(QStringLiteral("amount")).isEmpty());
    clickAccept(*dialog);
    EXPECT_NE(dialog->result(), QDialog::Accepted);

    typeInto(amount, QStringLiteral("0"));
    EXPECT_THAT(dialog->shownError(QStringLiteral("amount")).toStdString(),
                ::testing::HasSubstr("more than zero"));

    // Yen has no minor unit: 12.5 JPY is not an amount.
    typeInto(amount, QStringLiteral("12.5"));
    EXPECT_TRUE(dialog->shownError(QStringLiteral("amount")).isEmpty());
    auto* currency = child<QComboBox>(*dialog, "currency");
    currency->setCurrentIndex(currency->findData(QStringLiteral("JPY")));
    EXPECT_FALSE(dialog->shownError(QStringLiteral("amount")).isEmpty());
}

TEST_F(InitiateDialogTest, TooLongNameIsRefused)
{
    fillValid();
    typeInto(child<QLineEdit>(*dialog, "name"), QString(256, u'a'));
    EXPECT_THAT(dialog->shownError(QStringLiteral("customer.name")).toStdString(),
                ::testing::HasSubstr("255"));
    clickAccept(*dialog);
    EXPECT_NE(dialog->result(), QDialog::Accepted);
}

TEST_F(InitiateDialogTest, CardNumberInTheDescriptionIsRefusedAndNothingIsSent)
{
    fillValid();
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    typeInto(child<QLineEdit>(*dialog, "description"), QStringLiteral("Paid by card 4111 1111 1111 1111"));
    EXPECT_THAT(dialog->shownError(QStringLiteral("description")).toStdString(),
                ::testing::HasSubstr("Do not enter card numbers here"));
    EXPECT_TRUE(child<QLabel>(*dialog, "description.message")->isVisible());

    clickAccept(*dialog);
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(accepted.count(), 0) << "nothing leaves the dialog";
    EXPECT_TRUE(dialog->request().description.isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(*dialog, "description"));

    // The last four digits alone are fine.
    typeInto(child<QLineEdit>(*dialog, "description"), QStringLiteral("Paid by card ending 1111"));
    EXPECT_TRUE(dialog->shownError(QStringLiteral("description")).isEmpty());
}

TEST_F(InitiateDialogTest, ValidFormIsAcceptedWithEnterAndYieldsTheNormalisedRequest)
{
    fillValid();
    typeInto(child<QLineEdit>(*dialog, "phone"), QStringLiteral("+44 7700 900123"));
    child<QCheckBox>(*dialog, "bySms")->setChecked(true);
    auto* type = child<QComboBox>(*dialog, "referenceType");
    type->setCurrentIndex(type->findData(int(PaymentReference::Type::RepairOrder)));
    EXPECT_TRUE(dialog->validationErrors().isEmpty())
        << qPrintable(dialog->validationErrors().value(0).message);

    QTest::keyClick(child<QLineEdit>(*dialog, "description"), Qt::Key_Return);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    const InitiateRequest r = dialog->request();
    EXPECT_EQ(r.enterpriseId, QStringLiteral("ENT1"));
    EXPECT_EQ(r.storeId, QStringLiteral("STORE1"));
    EXPECT_EQ(r.customer.name, QStringLiteral("Jane Doe"));
    EXPECT_EQ(r.customer.email, QStringLiteral("jane@example.com"));
    EXPECT_EQ(r.customer.phone, QStringLiteral("+447700900123"));
    EXPECT_EQ(r.channels, Channels(Channel::Email) | Channel::Sms);
    EXPECT_EQ(r.reference.type, PaymentReference::Type::RepairOrder);
    EXPECT_EQ(r.reference.number, QStringLiteral("INV-10234"));
    EXPECT_EQ(r.amount.minorUnits(), 24999);
    EXPECT_EQ(r.amount.currency(), QStringLiteral("GBP"));
    EXPECT_TRUE(r.expiresAt.isValid());
    EXPECT_GT(r.expiresAt, QDateTime::currentDateTimeUtc());
}

TEST_F(InitiateDialogTest, EscapeOnAnUntouchedFormClosesAtOnce)
{
    QTest::keyClick(child<QLineEdit>(*dialog, "name"), Qt::Key_Escape);
    EXPECT_EQ(dialog->result(), QDialog::Rejected);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dialog->findChild<QMessageBox*>(QStringLiteral("discardConfirmation")), nullptr);
}

TEST_F(InitiateDialogTest, EscapeOnAFilledFormAsksBeforeDiscarding)
{
    fillValid();
    expectEscapeAsksBeforeDiscarding(*dialog, child<QLineEdit>(*dialog, "name"));
    EXPECT_EQ(child<QLineEdit>(*dialog, "name")->text(), QStringLiteral("Jane Doe"));
}

TEST(InitiateDialogFocusTest, OpensOnTheCustomersNameNotTheSitePicker)
{
    InitiateDialog dialog(QList<InitiateDialog::Site>{
        {QStringLiteral("ENT1"), QStringLiteral("STORE1"), QStringLiteral("Leeds")},
        {QStringLiteral("ENT1"), QStringLiteral("STORE2"), QStringLiteral("York")}});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* site = child<QComboBox>(dialog, "site");
    ASSERT_TRUE(site->isEnabled());
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(dialog, "name"));
    // Typing straight away fills the name and leaves the site as it was.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("York"));
    EXPECT_EQ(child<QLineEdit>(dialog, "name")->text(), QStringLiteral("York"));
    EXPECT_EQ(site->currentIndex(), 0);
}

TEST_F(InitiateDialogTest, ExpiryInThePastIsRefused)
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    dialog->setClock(&clock);
    fillValid();
    auto* expiry = child<QDateTimeEdit>(*dialog, "expiry");
    expiry->setDateTime(QDateTime::currentDateTime().addDays(1));
    EXPECT_TRUE(dialog->validationErrors().isEmpty());
    clock.advanceMs(2LL * 24 * 3600 * 1000);
    clickAccept(*dialog);
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_FALSE(dialog->shownError(QStringLiteral("expiresAt")).isEmpty());
}

TEST_F(InitiateDialogTest, TabOrderFollowsTheForm)
{
    // Single site: the picker is disabled and skipped.
    child<QLineEdit>(*dialog, "name")->setFocus();
    const char* expected[] = {"email",         "phone",           "byEmail",     "bySms",
                              "referenceType", "referenceNumber", "description", "amount",
                              "currency",      "hasExpiry",       "expiry"};
    for (const char* name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        // A date-time edit focuses its inner line edit.
        while (focus && focus->objectName().isEmpty() && focus->parentWidget())
            focus = focus->parentWidget();
        ASSERT_NE(focus, nullptr);
        EXPECT_EQ(focus->objectName(), QLatin1StringView(name));
    }
}

TEST_F(InitiateDialogTest, EveryControlHasAnAccessibleName)
{
    expectAccessibleNames(*dialog);
}

// The outbox knows a rule the form does not: its refusal shows under the field, the dialog
// stays open, and everything typed is still there to correct.
TEST_F(InitiateDialogTest, ARefusedSubmitIsShownUnderTheFieldAndTheInputStays)
{
    const QString refusal = QStringLiteral("The platform does not send to this address.");
    QList<InitiateRequest> submitted;
    dialog->setSubmit([&](const InitiateRequest& r) {
        submitted << r;
        return submitted.size() == 1 ? FieldErrors{{QStringLiteral("customer.email"), refusal}}
                                     : FieldErrors{};
    });
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    fillValid();
    clickAccept(*dialog);

    ASSERT_EQ(submitted.size(), 1);
    EXPECT_EQ(submitted.at(0).customer.email, QStringLiteral("jane@example.com"));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(accepted.count(), 0);
    EXPECT_EQ(dialog->shownError(QStringLiteral("customer.email")), refusal);
    EXPECT_TRUE(child<QLabel>(*dialog, "customer.email.message")->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(*dialog, "email"));
    EXPECT_EQ(child<QLineEdit>(*dialog, "name")->text(), QStringLiteral("Jane Doe"));
    EXPECT_EQ(child<QLineEdit>(*dialog, "email")->text(), QStringLiteral("jane@example.com"));
    EXPECT_EQ(child<QLineEdit>(*dialog, "referenceNumber")->text(), QStringLiteral("INV-10234"));
    EXPECT_EQ(child<QLineEdit>(*dialog, "description")->text(), QStringLiteral("Service and MOT"));
    EXPECT_EQ(child<QLineEdit>(*dialog, "amount")->text(), QStringLiteral("249.99"));

    // The refusal stays while other fields change, and goes once the field itself is edited.
    typeInto(child<QLineEdit>(*dialog, "description"), QStringLiteral("Service, MOT and tyres"));
    EXPECT_EQ(dialog->shownError(QStringLiteral("customer.email")), refusal);
    typeInto(child<QLineEdit>(*dialog, "email"), QStringLiteral("jane.doe@example.org"));
    EXPECT_TRUE(dialog->shownError(QStringLiteral("customer.email")).isEmpty());

    clickAccept(*dialog);
    ASSERT_EQ(submitted.size(), 2);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(dialog->request().customer.email, QStringLiteral("jane.doe@example.org"));
    EXPECT_EQ(dialog->request().description, QStringLiteral("Service, MOT and tyres"));
}

// A refusal of the request as a whole (e.g. the cache could not be written) has no field: it
// shows above the buttons, and the form's own check still runs first.
TEST_F(InitiateDialogTest, ARefusalOfTheWholeRequestShowsAboveTheButtons)
{
    int calls = 0;
    dialog->setSubmit([&](const InitiateRequest&) {
        ++calls;
        return FieldErrors{{QString(), QStringLiteral("The request could not be stored.")}};
    });
    clickAccept(*dialog);
    EXPECT_EQ(calls, 0) << "an invalid form is never submitted";

    fillValid();
    clickAccept(*dialog);
    EXPECT_EQ(calls, 1);
    EXPECT_TRUE(dialog->isVisible());
    auto* formMessage = child<QLabel>(*dialog, "form.message");
    EXPECT_TRUE(formMessage->isVisible());
    EXPECT_THAT(formMessage->text().toStdString(), ::testing::HasSubstr("could not be stored"));
    EXPECT_EQ(child<QLineEdit>(*dialog, "name")->text(), QStringLiteral("Jane Doe"));
}

// The form checks with the validator it is given (the outbox's), e.g. its calling code.
TEST_F(InitiateDialogTest, UsesTheGivenValidatorsCallingCode)
{
    dialog->setValidator(PaymentValidator(QStringLiteral("49")));
    auto* phone = child<QLineEdit>(*dialog, "phone");
    typeInto(phone, QStringLiteral("0151 23456789"));
    EXPECT_EQ(phone->text(), QStringLiteral("+4915123456789"));
}

// Through the window: the action submitter's refusal reaches the open dialog (no message box
// after it closed), and the request is queued once the user corrected it.
TEST(InitiateFromTheMainWindowTest, TheOutboxRefusalIsShownInTheOpenDialog)
{
    MainWindow window(nullptr);
    window.setSites({{QStringLiteral("ENT1"), QStringLiteral("STORE1"), QStringLiteral("Leeds")}});
    const QString refusal = QStringLiteral("The platform does not send to this address.");
    QList<InitiateRequest> submitted;
    MainWindow::ActionSubmitter submitter;
    submitter.initiate = [&](const InitiateRequest& r) {
        submitted << r;
        return submitted.size() == 1 ? FieldErrors{{QStringLiteral("customer.email"), refusal}}
                                     : FieldErrors{};
    };
    window.setActionSubmitter(submitter);

    bool sawRefusal = false;
    QTimer::singleShot(0, &window, [&] {
        (void)QTest::qWaitFor(
            [] { return qobject_cast<InitiateDialog*>(QApplication::activeModalWidget()) != nullptr; }, 3000);
        auto* dialog = qobject_cast<InitiateDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            ADD_FAILURE() << "the dialog did not open";
            return;
        }
        typeInto(child<QLineEdit>(*dialog, "name"), QStringLiteral("Jane Doe"));
        typeInto(child<QLineEdit>(*dialog, "email"), QStringLiteral("jane@example.com"));
        typeInto(child<QLineEdit>(*dialog, "referenceNumber"), QStringLiteral("INV-10234"));
        typeInto(child<QLineEdit>(*dialog, "amount"), QStringLiteral("249.99"));
        clickAccept(*dialog);
        sawRefusal = dialog->isVisible() && dialog->shownError(QStringLiteral("customer.email")) == refusal &&
                     child<QLineEdit>(*dialog, "name")->text() == QStringLiteral("Jane Doe") &&
                     child<QLineEdit>(*dialog, "amount")->text() == QStringLiteral("249.99");
        typeInto(child<QLineEdit>(*dialog, "email"), QStringLiteral("jane.doe@example.org"));
        clickAccept(*dialog);
        if (dialog->isVisible()) {
            ADD_FAILURE() << "a request the submitter took must close the dialog";
            dialog->reject();
        }
    });
    window.initiatePayment();

    EXPECT_TRUE(sawRefusal);
    ASSERT_EQ(submitted.size(), 2);
    EXPECT_EQ(submitted.at(1).customer.email, QStringLiteral("jane.doe@example.org"));
    EXPECT_EQ(submitted.at(1).amount.minorUnits(), 24999);
    EXPECT_THAT(window.statusBar()->currentMessage().toStdString(), ::testing::HasSubstr("queued"));
}

TEST(InitiateDialogLocaleTest, GermanAmountInputIsParsedAndShownWithTheCurrencyDecimals)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        InitiateDialog dialog({{QStringLiteral("E"), QStringLiteral("S"), {}, QStringLiteral("EUR")}});
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        // A site in euros.
        EXPECT_EQ(child<QComboBox>(dialog, "currency")->currentData().toString(), QStringLiteral("EUR"));
        auto* amount = child<QLineEdit>(dialog, "amount");
        EXPECT_EQ(amount->placeholderText(), QStringLiteral("0,00"));
        typeInto(amount, QStringLiteral("1.234,5"));
        EXPECT_EQ(amount->text(), QStringLiteral("1.234,50"));
        typeInto(child<QLineEdit>(dialog, "name"), QStringLiteral("Juergen Mueller"));
        typeInto(child<QLineEdit>(dialog, "email"), QStringLiteral("j.mueller@example.de"));
        typeInto(child<QLineEdit>(dialog, "referenceNumber"), QStringLiteral("RE-77"));
        clickAccept(dialog);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(dialog.request().amount.minorUnits(), 123450);
        EXPECT_EQ(dialog.request().amount.currency(), QStringLiteral("EUR"));
    }
    QLocale::setDefault(previous);
}

// The site's currency decides, never the UI language: German at a pound site asks for pounds,
// a euro site asks for euros, the picker follows the site until the user picks a currency.
TEST(InitiateDialogLocaleTest, TheSitesCurrencyIsTheDefaultWhateverTheLanguage)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        InitiateDialog dialog(
            {{QStringLiteral("E"), QStringLiteral("LEEDS"), QStringLiteral("Leeds"), QStringLiteral("GBP")},
             {QStringLiteral("E"), QStringLiteral("DUBLIN"), QStringLiteral("Dublin"), QStringLiteral("EUR")},
             {QStringLiteral("E"), QStringLiteral("NEW"), QStringLiteral("New site")}});
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        auto* currency = child<QComboBox>(dialog, "currency");
        auto* site = child<QComboBox>(dialog, "site");
        EXPECT_EQ(currency->currentData().toString(), QStringLiteral("GBP"));
        EXPECT_EQ(child<QLineEdit>(dialog, "amount")->placeholderText(), QStringLiteral("0,00"));
        site->setFocus();
        QTest::keyClick(site, Qt::Key_Down);
        EXPECT_EQ(site->currentIndex(), 1);
        EXPECT_EQ(currency->currentData().toString(), QStringLiteral("EUR"));
        QTest::keyClick(site, Qt::Key_Down);
        EXPECT_EQ(currency->currentData().toString(), QStringLiteral("GBP"))
            << "unknown: pounds, not the language's";
        // Once the user picks one, changing the site leaves it.
        currency->setFocus();
        QTest::keyClick(currency, Qt::Key_Down);
        const QString picked = currency->currentData().toString();
        EXPECT_NE(picked, QStringLiteral("GBP"));
        site->setFocus();
        QTest::keyClick(site, Qt::Key_Up);
        EXPECT_EQ(site->currentIndex(), 1);
        EXPECT_EQ(currency->currentData().toString(), picked);
        dialog.done(QDialog::Rejected);
    }
    QLocale::setDefault(previous);
}

// Through the window, after switching to German: a site whose payments are in pounds opens
// the form in pounds (the window takes the site's currency from its cached payments).
TEST(InitiateFromTheMainWindowTest, GermanAtAPoundSiteDefaultsToPounds)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto opened = PaymentStore::open(dir.filePath(QStringLiteral("cache.sqlite")));
    ASSERT_TRUE(opened.ok());
    auto store = std::move(opened).value();
    Payment paid = samplePayment(PaymentStatus::Code::Paid);
    ASSERT_TRUE(store->upsert(paid).ok());
    Translator translator;
    ASSERT_TRUE(translator.setLanguage(QStringLiteral("de")));
    {
        MainWindow window(store.get());
        window.setSites({{paid.enterpriseId, paid.storeId, QStringLiteral("Leeds")}});
        MainWindow::ActionSubmitter submitter;
        submitter.initiate = [](const InitiateRequest&) { return FieldErrors{}; };
        window.setActionSubmitter(submitter);
        QString shown;
        QTimer::singleShot(0, &window, [&] {
            (void)QTest::qWaitFor(
                [] { return qobject_cast<InitiateDialog*>(QApplication::activeModalWidget()) != nullptr; },
                3000);
            auto* dialog = qobject_cast<InitiateDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                ADD_FAILURE() << "the dialog did not open";
                return;
            }
            shown = child<QComboBox>(*dialog, "currency")->currentData().toString();
            dialog->done(QDialog::Rejected);
        });
        window.initiatePayment();
        EXPECT_EQ(shown, QStringLiteral("GBP"));
    }
    translator.setLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

} // namespace
