// The new-request flow across providers: "which provider" is asked only when the chosen site has
// more than one; the Democrance and myKaarma dialogs check their fields with the providers' own
// rules and queue one ProviderActionRequest each.
#include "DialogTestSupport.h"
#include "dialogs/DemocrancePaymentLinkDialog.h"
#include "dialogs/MyKaarmaPrepaymentDialog.h"
#include "dialogs/NewRequestDialog.h"
#include "money/Money.h"
#include "providers/ProviderAction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QGroupBox>
#include <QJsonArray>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace paydesk;
using namespace paydesk::ui;
using namespace paydesk::ui::test;
using namespace Qt::StringLiterals;

namespace {

using Option = NewRequestDialog::Option;

TEST(NewRequestChoice, IsSkippedWithOneProviderAndAsksTheProviderOnlyWhereASiteHasMore)
{
    // Keyloop alone, at two stores: no choice (the Keyloop form has its own store picker).
    EXPECT_FALSE(NewRequestDialog::needed(
        {{u"S01"_s, {}, ProviderId::keyloop()}, {u"S02"_s, {}, ProviderId::keyloop()}}));
    // Democrance alone: none either.
    EXPECT_FALSE(NewRequestDialog::needed({{u"S01"_s, {}, ProviderId::democrance()}}));

    const QList<Option> options{{u"S01"_s, u"Northgate"_s, ProviderId::keyloop()},
                                {u"S02"_s, u"Southgate"_s, ProviderId::keyloop()},
                                {u"S01"_s, u"Northgate"_s, ProviderId::democrance()},
                                {u"S01"_s, u"Northgate"_s, ProviderId::myKaarma()}};
    ASSERT_TRUE(NewRequestDialog::needed(options));
    NewRequestDialog dialog(options);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* site = child<QComboBox>(dialog, "site");
    ASSERT_TRUE(site->isVisible()) << "two sites: the site is asked";
    // S01 has three providers: asked, in the profile's order.
    dialog.chooseSite(u"S01"_s);
    EXPECT_TRUE(dialog.providerChoiceShown());
    EXPECT_EQ(dialog.providersShown(),
              QStringList({ProviderId::keyloop(), ProviderId::democrance(), ProviderId::myKaarma()}));
    QTest::mouseClick(child<QRadioButton>(dialog, "provider.democrance"), Qt::LeftButton);
    EXPECT_EQ(dialog.chosen(), options.at(2));
    // S02 has Keyloop only: no provider question.
    site->setFocus();
    QTest::keyClick(site, Qt::Key_Down);
    ASSERT_EQ(site->currentData().toString(), u"S02"_s);
    EXPECT_FALSE(dialog.providerChoiceShown());
    EXPECT_EQ(dialog.chosen(), options.at(1));
    expectAccessibleNames(dialog);

    // One site with two providers: only the provider is asked.
    NewRequestDialog one(
        {{u"S01"_s, {}, ProviderId::keyloop()}, {u"S01"_s, {}, ProviderId::paymentAssist()}});
    one.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&one));
    EXPECT_FALSE(child<QComboBox>(one, "site")->isVisible());
    EXPECT_TRUE(one.providerChoiceShown());
}

TEST(DemocranceLinkDialog, AsksTheGatewaysOfThePolicyChecksTheFieldsAndQueuesOneInitiate)
{
    DemocrancePaymentLinkDialog dialog({u"E1"_s, u"S01"_s, u"Northgate Motors"_s});
    int asked = 0;
    QJsonObject askedWith;
    dialog.setQuery([&](ProviderQuery query, const QString& site, const QJsonObject& params, QObject*,
                        DemocrancePaymentLinkDialog::Answer answer) {
        ++asked;
        EXPECT_EQ(query, ProviderQuery::Gateways);
        EXPECT_EQ(site, u"S01"_s);
        askedWith = params;
        answer(
            QJsonObject{{u"gateways"_s,
                         QJsonArray{QJsonObject{{u"gateway"_s, u"stripe"_s}, {u"name"_s, u"Card"_s}},
                                    QJsonObject{{u"gateway"_s, u"invoice"_s}, {u"name"_s, u"Invoice"_s}}}}});
    });
    QList<ProviderActionRequest> queued;
    dialog.setSubmit([&](const ProviderActionRequest& r) {
        queued << r;
        return FieldErrors();
    });
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    // Nothing typed: refused under the policy number, nothing queued.
    clickAccept(dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.shownError(u"policy_number"_s).isEmpty());
    EXPECT_TRUE(queued.isEmpty());

    typeInto(child<QLineEdit>(dialog, "policyNumber"), u"POL-000123"_s);
    ASSERT_EQ(asked, 1) << "leaving the number asks its gateways";
    EXPECT_EQ(askedWith.value(u"policy_number"_s).toString(), u"POL-000123"_s);
    EXPECT_EQ(dialog.gatewayCount(), 2);
    auto* gateway = child<QComboBox>(dialog, "gateway");
    gateway->setCurrentIndex(gateway->findData(u"invoice"_s));
    expectAccessibleNames(dialog);
    clickAccept(dialog);
    ASSERT_EQ(queued.size(), 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const ProviderActionRequest r = queued.first();
    EXPECT_EQ(r.provider, ProviderId::democrance());
    EXPECT_EQ(r.action, ProviderAction::Initiate);
    EXPECT_EQ(r.storeId, u"S01"_s);
    EXPECT_EQ(r.payload.value(u"policy_number"_s).toString(), u"POL-000123"_s);
    EXPECT_EQ(r.payload.value(u"gateway"_s).toString(), u"invoice"_s);
}

TEST(MyKaarmaPrepaymentDialogTest, ChecksTheFieldsAndQueuesOnePrepaymentSentAsAsked)
{
    MyKaarmaPrepaymentDialog dialog({u"E1"_s, u"S01"_s, u"Northgate Motors"_s, u"USD"_s});
    QList<ProviderActionRequest> queued;
    dialog.setSubmit([&](const ProviderActionRequest& r) {
        queued << r;
        return FieldErrors();
    });
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    clickAccept(dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.shownError(u"orderNumber"_s).isEmpty());
    EXPECT_FALSE(dialog.shownError(u"amount"_s).isEmpty());
    EXPECT_TRUE(queued.isEmpty());

    typeInto(child<QLineEdit>(dialog, "orderNumber"), u"RO-4471"_s);
    typeInto(child<QLineEdit>(dialog, "customerUuid"), u"c0570me2-0000-4000-8000-000000000042"_s);
    typeInto(child<QLineEdit>(dialog, "amount"), u"abc"_s);
    clickAccept(dialog);
    EXPECT_TRUE(dialog.shownError(u"amount"_s).startsWith(u"Enter the amount"_s))
        << dialog.shownError(u"amount"_s).toStdString();
    // As the dealer's locale writes it (an earlier test may have left another one as the default).
    typeInto(child<QLineEdit>(dialog, "amount"), Money::fromMinor(12550, u"USD"_s)->formatUserInput());
    // Neither text nor email: the prepayment only, and the dialog says the fees come first.
    QTest::mouseClick(child<QCheckBox>(dialog, "sendAsText"), Qt::LeftButton);
    EXPECT_TRUE(dialog.sendNote().contains(u"fees"_s)) << dialog.sendNote().toStdString();
    QTest::mouseClick(child<QCheckBox>(dialog, "sendAsEmail"), Qt::LeftButton);
    expectAccessibleNames(dialog);
    clickAccept(dialog);
    ASSERT_EQ(queued.size(), 1) << dialog.shownError(u"sendAsText"_s).toStdString();
    const QJsonObject p = queued.first().payload;
    EXPECT_EQ(queued.first().provider, ProviderId::myKaarma());
    EXPECT_EQ(queued.first().storeId, u"S01"_s);
    EXPECT_EQ(p.value(u"orderNumber"_s).toString(), u"RO-4471"_s);
    EXPECT_EQ(p.value(u"amount"_s).toInteger(), 12550) << "integer cents, never a double";
    EXPECT_EQ(p.value(u"currency"_s).toString(), u"USD"_s);
    EXPECT_FALSE(p.value(u"sendAsText"_s).toBool());
    EXPECT_TRUE(p.value(u"sendAsEmail"_s).toBool());
    EXPECT_FALSE(p.value(u"prepaymentOnly"_s).toBool());
}

/// The three forms as people see them (test-output/new-request-*.png).
TEST(ProviderRequestScreenshots, ChooserDemocranceAndMyKaarmaForms)
{
    const QString dir = QStringLiteral(PAYDESK_TEST_OUTPUT_DIR);
    QDir().mkpath(dir);
    auto save = [&](QWidget& w, const QString& name) {
        QCoreApplication::processEvents();
        w.adjustSize();
        QCoreApplication::processEvents();
        ASSERT_TRUE(w.grab().toImage().save(QDir(dir).filePath(name)));
    };
    NewRequestDialog chooser({{u"S01"_s, u"Northgate Motors"_s, ProviderId::keyloop()},
                              {u"S02"_s, u"Southgate Motors"_s, ProviderId::keyloop()},
                              {u"S01"_s, u"Northgate Motors"_s, ProviderId::paymentAssist()},
                              {u"S01"_s, u"Northgate Motors"_s, ProviderId::democrance()},
                              {u"S01"_s, u"Northgate Motors"_s, ProviderId::myKaarma()}});
    chooser.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chooser));
    save(chooser, u"new-request-chooser.png"_s);

    DemocrancePaymentLinkDialog dem({u"E1"_s, u"S01"_s, u"Northgate Motors"_s});
    dem.setQuery([](ProviderQuery, const QString&, const QJsonObject&, QObject*,
                    DemocrancePaymentLinkDialog::Answer answer) {
        answer(
            QJsonObject{{u"gateways"_s,
                         QJsonArray{QJsonObject{{u"gateway"_s, u"stripe"_s}, {u"name"_s, u"Card"_s}},
                                    QJsonObject{{u"gateway"_s, u"invoice"_s}, {u"name"_s, u"Invoice"_s}}}}});
    });
    dem.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dem));
    typeInto(child<QLineEdit>(dem, "policyNumber"), u"POL-000123"_s);
    save(dem, u"new-request-democrance.png"_s);

    MyKaarmaPrepaymentDialog mk({u"E1"_s, u"S01"_s, u"Northgate Motors"_s, u"USD"_s});
    mk.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&mk));
    typeInto(child<QLineEdit>(mk, "orderNumber"), u"RO-4471"_s);
    typeInto(child<QLineEdit>(mk, "amount"), u"0"_s);
    save(mk, u"new-request-mykaarma.png"_s);
}

} // namespace

#include "widgets/ProviderDetails.h"

namespace {

TEST(ProviderDetailsPane, DemocranceSaysItsOutcomesAndMyKaarmaWarnsOfASuspiciousPaymentAsText)
{
    ProviderDetails pane;
    pane.show();
    Payment dem = samplePayment(PaymentStatus::Code::Authorised);
    dem.paymentId = u"democrance:S01:POL-000123"_s;
    dem.provider = ProviderId::democrance();
    dem.storeId = u"S01"_s;
    dem.providerReference = u"POL-000123"_s;
    dem.providerStatus = u"S_PENDING_APPROVAL"_s;
    dem.providerData = {{u"gateway"_s, u"invoice"_s},
                        {u"action"_s, u"Payment to be invoiced"_s},
                        {u"payment_status"_s, u"<b>invoiced</b>"_s}};
    pane.setPayment(dem);
    EXPECT_TRUE(pane.isVisible());
    EXPECT_EQ(pane.fieldText(u"policy"_s), u"POL-000123"_s);
    EXPECT_EQ(pane.fieldText(u"raw"_s), u"S_PENDING_APPROVAL"_s);
    EXPECT_EQ(pane.fieldText(u"gateway"_s), u"invoice"_s);
    EXPECT_TRUE(pane.fieldText(u"action"_s).startsWith(u"Payment to be invoiced: the policy is issued"_s))
        << "an outcome, said as such";
    EXPECT_EQ(pane.findChild<QLabel*>(u"provider.paymentStatus"_s)->textFormat(), Qt::PlainText);
    EXPECT_EQ(pane.fieldText(u"paymentStatus"_s), u"<b>invoiced</b>"_s);
    EXPECT_TRUE(pane.button(u"checkNow"_s)->isVisible());
    EXPECT_TRUE(pane.button(u"taxInvoice"_s)->isVisible());
    EXPECT_FALSE(pane.button(u"resendRequest"_s)->isVisible());
    EXPECT_TRUE(pane.warningText().isEmpty());

    Payment mk = samplePayment(PaymentStatus::Code::Paid);
    mk.paymentId = u"mykaarma:S01:0rder000-0000-4000-8000-000000000001"_s;
    mk.provider = ProviderId::myKaarma();
    mk.storeId = u"S01"_s;
    mk.providerReference = u"RO-4471"_s;
    mk.providerStatus = u"invoiced"_s;
    mk.providerData = {
        {u"paid"_s, true},
        {u"paidOnline"_s, true},
        {u"paymentRequestSent"_s, true},
        {u"suspicious"_s, true},
        {u"warnings"_s,
         QJsonArray{QJsonObject{{u"title"_s, u"Card"_s}, {u"message"_s, u"<i>issuer check pending</i>"_s}}}}};
    pane.setPayment(mk);
    EXPECT_EQ(pane.fieldText(u"order"_s), u"RO-4471"_s);
    EXPECT_EQ(pane.fieldText(u"paid"_s), u"Yes"_s);
    EXPECT_EQ(pane.fieldText(u"paidOnline"_s), u"Yes"_s);
    EXPECT_EQ(pane.fieldText(u"requestSent"_s), u"Yes"_s);
    EXPECT_EQ(pane.fieldText(u"warnings"_s), u"Card: <i>issuer check pending</i>"_s) << "shown, as text";
    EXPECT_TRUE(pane.warningText().contains(u"suspicious"_s));
    EXPECT_TRUE(pane.warningText().contains(u"do not release"_s));
    EXPECT_TRUE(pane.fieldText(u"policy"_s).isEmpty()) << "Democrance's rows are gone";
    EXPECT_TRUE(pane.button(u"resendRequest"_s)->isVisible());
    EXPECT_FALSE(pane.button(u"taxInvoice"_s)->isVisible());

    Payment keyloop = samplePayment();
    pane.setPayment(keyloop);
    EXPECT_FALSE(pane.isVisible()) << "Keyloop's payments have no provider part here";
}

} // namespace
