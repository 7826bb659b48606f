// myKaarma in the dashboard, end to end against the sandbox's emulation over loopback: the dealer
// asks a prepayment for a repair order through "New request" → "Prepayment" (pay link by e-mail),
// the customer pays on the emulated PayIsland page as a browser does (GET the page, POST the card
// form), "Check status now" asks myKaarma, and the window shows Paid for that order — in the table
// and in the detail pane, whose provider part says myKaarma's paid / paid online flags and no
// suspicious-payment warning.
#include "ProviderEndToEnd.h"
#include "dialogs/MyKaarmaPrepaymentDialog.h"
#include "mykaarma/MyKaarmaState.h"
#include "widgets/PaymentDetailPane.h"

#include <QCheckBox>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace paydesk;
using namespace paydesk::ui;
using namespace paydesk::ui::test;

namespace {

class MyKaarmaEndToEndTest : public ProviderEndToEndFixture
{
protected:
    void SetUp() override
    {
        start([this](ConnectionProfile& profile) {
            MyKaarmaSite site;
            site.siteId = siteId();
            site.name = u"Lakeside Motors"_s;
            site.baseUrl = sandboxUrl(u"/mykaarma"_s);
            site.username = m_sandbox->options().myKaarmaUsername;
            site.dealerUuid = m_sandbox->options().myKaarmaDealerUuid;
            site.departmentUuid = m_sandbox->options().myKaarmaDepartmentUuid;
            profile.myKaarma = {site};
            return std::tuple{site.secretKey(profile.name), site.secretOrigin(),
                              m_sandbox->options().myKaarmaPassword.toUtf8()};
        });
    }

    /// A customer of the demo dealer who may get e-mails.
    QString emailableCustomer()
    {
        QList<sandbox::MkCustomer> all = m_sandbox->component<sandbox::MyKaarmaState>()->customers();
        std::sort(all.begin(), all.end(),
                  [](const auto& a, const auto& b) { return a.customerKey < b.customerKey; });
        for (const auto& c : all)
            if (c.dealerUuid == m_sandbox->options().myKaarmaDealerUuid && c.okToEmail && !c.email.isEmpty())
                return c.customerUuid;
        return {};
    }
};

TEST_F(MyKaarmaEndToEndTest, PrepaymentAskedFromTheDialogPaidOnThePayPageShowsPaidWithTheProviderFacts)
{
    const QString customer = emailableCustomer();
    ASSERT_FALSE(customer.isEmpty());
    ASSERT_TRUE(m_window->initiateAction()->isEnabled());

    QSignalSpy queued(m_session.get(), &SyncSession::actionQueued);
    QSignalSpy confirmed(m_session.get(), &SyncSession::actionConfirmed);
    QSignalSpy failed(m_session.get(), &SyncSession::actionFailed);
    ASSERT_TRUE(
        raiseRequest<MyKaarmaPrepaymentDialog>(ProviderId::myKaarma(), [&](MyKaarmaPrepaymentDialog* d) {
            typeInto(child<QLineEdit>(*d, "orderNumber"), u"RO-E2E-7001"_s);
            typeInto(child<QLineEdit>(*d, "customerUuid"), customer);
            typeInto(child<QLineEdit>(*d, "amount"), QLocale().toString(125.50, 'f', 2));
            typeInto(child<QLineEdit>(*d, "desc"), u"Brake pads, front"_s);
            // The pay link by e-mail, not by text.
            auto* text = child<QCheckBox>(*d, "sendAsText");
            auto* email = child<QCheckBox>(*d, "sendAsEmail");
            if (text->isChecked())
                QTest::mouseClick(text, Qt::LeftButton);
            if (!email->isChecked())
                QTest::mouseClick(email, Qt::LeftButton);
            EXPECT_FALSE(text->isChecked());
            EXPECT_TRUE(email->isChecked());
        }));
    ASSERT_TRUE(queued.size() == 1 || queued.wait(5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !confirmed.isEmpty() || !failed.isEmpty(); }, 15000));
    ASSERT_TRUE(failed.isEmpty()) << failed.first().at(1).toString().toStdString();
    const QString paymentId = confirmed.first().at(1).toString();
    ASSERT_TRUE(paymentId.startsWith(u"mykaarma:"_s + siteId() + u':')) << paymentId.toStdString();

    ASSERT_TRUE(showAndSelect(paymentId));
    auto* details = m_window->findChild<ProviderDetails*>();
    ASSERT_NE(details, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return details->isVisible(); }, 5000));
    EXPECT_EQ(details->fieldText(u"order"_s), u"RO-E2E-7001"_s);
    EXPECT_EQ(details->fieldText(u"requestSent"_s), u"Yes"_s) << "sent by e-mail";
    EXPECT_NE(details->fieldText(u"paid"_s), u"Yes"_s);
    EXPECT_NE(rowStatus(paymentId), int(PaymentStatus::Code::Paid));

    auto cached = m_session->store()->payment(paymentId);
    ASSERT_TRUE(cached.ok() && cached->has_value());
    EXPECT_EQ((*cached)->amount.minorUnits(), 12550);
    const QUrl page((*cached)->payLink);
    ASSERT_TRUE(page.path().startsWith(u"/mykaarma/payisland/"_s)) << page.toString().toStdString();

    // The customer, as a browser: the page, then the card form.
    EXPECT_EQ(browse("GET", page), 200);
    const int paid = browse("POST", QUrl(page.toString() + u"/pay"_s),
                            "tender=credit&name=Dana+Reyes&card_number=4111+1111+1111+1111&zip=94107");
    EXPECT_EQ(paid, 200);

    // Not the 15 s watch: the dealer asks now.
    ASSERT_TRUE(checkNow(details)) << details->messageText().toStdString();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return rowStatus(paymentId) == int(PaymentStatus::Code::Paid); }, 10000))
        << rowStatus(paymentId);
    EXPECT_TRUE(rowStatusText(paymentId).startsWith(u"Paid"_s) || rowStatusText(paymentId) == u"Cleared"_s)
        << rowStatusText(paymentId).toStdString();
    EXPECT_EQ(m_window->selectedPaymentId(), paymentId);
    EXPECT_TRUE(QTest::qWaitFor([&] { return details->fieldText(u"paid"_s) == u"Yes"_s; }, 5000));
    EXPECT_EQ(details->fieldText(u"paidOnline"_s), u"Yes"_s);
    EXPECT_TRUE(details->warningText().isEmpty()) << "paid once: not suspicious";
    EXPECT_FALSE(details->button(u"resendRequest"_s)->isEnabled()) << "nothing left to ask for";
    EXPECT_FALSE(m_window->detailPane()->releaseText().startsWith(u"Awaiting"_s))
        << m_window->detailPane()->releaseText().toStdString();
}

} // namespace
