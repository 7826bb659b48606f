// Democrance in the dashboard, end to end against the sandbox's emulation over loopback: the
// dealer sends a payment link for an open policy through "New request" → "Send payment link for
// policy" (the gateways asked from Democrance, one picked), the customer pays on the emulated
// gateway page as a browser does (GET the page, POST the card, the 303 to /process/ followed),
// "Check status now" asks Democrance, and the window shows Paid for that policy — in the table and
// in the detail pane, whose provider part says Democrance's own status word and the gateway.
#include "ProviderEndToEnd.h"
#include "democrance/DemocranceState.h"
#include "dialogs/DemocrancePaymentLinkDialog.h"
#include "providers/democrance/DemocranceRules.h"
#include "widgets/PaymentDetailPane.h"

#include <QComboBox>

using namespace Qt::StringLiterals;
using namespace paydesk;
using namespace paydesk::ui;
using namespace paydesk::ui::test;

namespace {

class DemocranceEndToEndTest : public ProviderEndToEndFixture
{
protected:
    void SetUp() override
    {
        start([this](ConnectionProfile& profile) {
            DemocranceSite site;
            site.siteId = siteId();
            site.name = u"Northgate Motors"_s;
            site.baseUrl = sandboxUrl(u"/democrance"_s);
            site.username = m_sandbox->options().democranceUsername;
            profile.democrance = {site};
            return std::tuple{site.secretKey(profile.name), site.secretOrigin(),
                              m_sandbox->options().democrancePassword.toUtf8()};
        });
    }

    /// An open (quoted) policy of the demo dealer with a premium to pay.
    QString openPolicy()
    {
        auto* state = m_sandbox->component<sandbox::DemocranceState>();
        if (!state)
            return {};
        for (const sandbox::DemPolicy& p :
             state->policies(m_sandbox->options().democranceUsername, {u"S_QUOTED"_s}))
            if (p.premium > 0 && p.lastPayment.isEmpty())
                return p.policyNumber;
        return {};
    }
    QString policyStatus(const QString& number)
    {
        const sandbox::DemPolicy* p = m_sandbox->component<sandbox::DemocranceState>()->policyOf(
            m_sandbox->options().democranceUsername, number);
        return p ? p->status : QString();
    }
};

TEST_F(DemocranceEndToEndTest, LinkSentFromTheDialogPaidOnTheGatewayPageShowsPaidWithTheProviderFacts)
{
    const QString policy = openPolicy();
    ASSERT_FALSE(policy.isEmpty()) << "the demo dealer has a quoted policy";
    ASSERT_TRUE(m_window->initiateAction()->isEnabled());

    QSignalSpy queued(m_session.get(), &SyncSession::actionQueued);
    QSignalSpy confirmed(m_session.get(), &SyncSession::actionConfirmed);
    int gatewaysOffered = 0;
    ASSERT_TRUE(raiseRequest<DemocrancePaymentLinkDialog>(
        ProviderId::democrance(), [&](DemocrancePaymentLinkDialog* d) {
            // Leaving the policy number asks Democrance for that policy's gateways.
            typeInto(child<QLineEdit>(*d, "policyNumber"), policy);
            if (d->gatewayNote().isEmpty()) // the field kept the focus: ask with the button
                QTest::mouseClick(child<QPushButton>(*d, "findGateways"), Qt::LeftButton);
            ASSERT_TRUE(QTest::qWaitFor([&] { return d->gatewayCount() > 0; }, 10000))
                << d->gatewayNote().toStdString();
            gatewaysOffered = d->gatewayCount();
            auto* gateway = child<QComboBox>(*d, "gateway");
            const int card = gateway->findData(u"payfort-aed"_s);
            ASSERT_GE(card, 0) << "the dealer's card gateway is offered";
            gateway->setFocus();
            while (gateway->currentIndex() != card) {
                const int before = gateway->currentIndex();
                QTest::keyClick(gateway, before < card ? Qt::Key_Down : Qt::Key_Up);
                ASSERT_NE(gateway->currentIndex(), before);
            }
        }));
    EXPECT_EQ(gatewaysOffered, 3) << "two card gateways and the invoice";
    ASSERT_TRUE(queued.size() == 1 || queued.wait(5000));
    ASSERT_TRUE(!confirmed.isEmpty() || confirmed.wait(15000));
    const QString paymentId = confirmed.first().at(1).toString();
    EXPECT_EQ(paymentId, DemocranceRules::paymentIdFor(siteId(), policy));

    ASSERT_TRUE(showAndSelect(paymentId));
    auto* details = m_window->findChild<ProviderDetails*>();
    ASSERT_NE(details, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return details->isVisible(); }, 5000));
    EXPECT_EQ(details->fieldText(u"policy"_s), policy);
    EXPECT_EQ(details->fieldText(u"gateway"_s), u"payfort-aed"_s);
    EXPECT_TRUE(details->fieldText(u"action"_s).startsWith(u"Payment required"_s))
        << details->fieldText(u"action"_s).toStdString();
    EXPECT_NE(rowStatus(paymentId), int(PaymentStatus::Code::Paid));

    auto cached = m_session->store()->payment(paymentId);
    ASSERT_TRUE(cached.ok() && cached->has_value());
    const QUrl page((*cached)->payLink);
    ASSERT_TRUE(page.path().startsWith(u"/democrance/gateway/"_s)) << page.toString().toStdString();

    // The customer, as a browser: the page, then the card; the gateway's 303 to /process/ (and
    // its 302 to the completed page) followed.
    EXPECT_EQ(browse("GET", page), 200);
    EXPECT_EQ(browse("POST", QUrl(page.toString() + u"/pay"_s),
                     "card_number=" + QUrl::toPercentEncoding(u"4111 1111 1111 1111"_s)),
              200);
    ASSERT_EQ(policyStatus(policy), u"S_ACTIVE"_s) << "Democrance recorded the payment";

    // Not the 15 s watch: the dealer asks now.
    ASSERT_TRUE(checkNow(details)) << details->messageText().toStdString();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return rowStatus(paymentId) == int(PaymentStatus::Code::Paid); }, 10000))
        << rowStatus(paymentId);
    // Paid, and Democrance's paid policy needs no clearing: the row says Cleared.
    EXPECT_EQ(rowStatusText(paymentId), u"Cleared"_s) << rowStatusText(paymentId).toStdString();
    EXPECT_EQ(m_window->selectedPaymentId(), paymentId);
    EXPECT_TRUE(QTest::qWaitFor([&] { return details->fieldText(u"raw"_s) == u"S_ACTIVE"_s; }, 5000))
        << details->fieldText(u"raw"_s).toStdString();
    EXPECT_EQ(details->fieldText(u"gateway"_s), u"payfort-aed"_s);
    EXPECT_EQ(details->fieldText(u"paymentStatus"_s), u"paid"_s);
    EXPECT_TRUE(details->button(u"receipt"_s)->isEnabled()) << "a paid policy has its receipt";
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return m_window->detailPane()->releaseText().startsWith(u"Funds cleared"_s); }, 5000))
        << m_window->detailPane()->releaseText().toStdString();
}

} // namespace
