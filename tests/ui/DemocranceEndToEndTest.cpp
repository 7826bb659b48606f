// Democrance in the dashboard, end to end against the sandbox's emulation over loopback: the
// dealer sends a payment link for an open policy through "New request" → "Send payment link for
// policy" (the gateways asked from Democrance, one picked), the customer pays on the emulated
// gateway page as a browser does (GET the page, POST the card, the 303 to /process/ followed),
// "Check status now" asks Democrance, and the window shows Paid for that policy — in the table and
// in the detail pane, whose provider part says Democrance's own status word and the gateway.
#include "ProviderEndToEnd.h"
#include "democrance/DemocranceState.h"
#include "dialogs/DemocrancePaymentLinkDialog.h"
#include "http/HttpServer.h"
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
    /// A policy of the demo dealer in `status` other than `except`.
    QString policyIn(const QString& status, const QString& except = {})
    {
        auto* state = m_sandbox->component<sandbox::DemocranceState>();
        if (!state)
            return {};
        for (const sandbox::DemPolicy& p : state->policies(m_sandbox->options().democranceUsername, {status}))
            if (p.policyNumber != except)
                return p.policyNumber;
        return {};
    }
    /// How often the emulation was asked for gateways.
    int gatewayCalls() const
    {
        return m_sandbox->http().callCounts().value(u"democrance.payment.gateways"_s);
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

TEST_F(DemocranceEndToEndTest, TabOrEnterInThePolicyNumberListsItsGatewaysFromDemocranceOncePerNumber)
{
    const QString quoted = openPolicy();
    const QString fresh = policyIn(u"S_NEW"_s, quoted);
    ASSERT_FALSE(quoted.isEmpty());
    ASSERT_FALSE(fresh.isEmpty());
    QSignalSpy confirmed(m_session.get(), &SyncSession::actionConfirmed);
    ASSERT_TRUE(raiseRequest<DemocrancePaymentLinkDialog>(
        ProviderId::democrance(), [&](DemocrancePaymentLinkDialog* d) {
            auto* number = child<QLineEdit>(*d, "policyNumber");
            auto* gateway = child<QComboBox>(*d, "gateway");
            const int before = gatewayCalls();

            // Enter in the field asks the gateways of the number typed; it does not send the
            // request (nor refuse it for want of a gateway).
            typeInto(number, fresh, /*leave=*/false);
            QTest::keyClick(number, Qt::Key_Return);
            ASSERT_TRUE(d->isVisible()) << "Enter on a new number does not send";
            EXPECT_TRUE(d->shownError(u"gateway"_s).isEmpty()) << d->shownError(u"gateway"_s).toStdString();
            ASSERT_TRUE(QTest::qWaitFor([&] { return d->gatewayCount() > 0; }, 10000))
                << d->gatewayNote().toStdString();
            EXPECT_TRUE(d->gatewayNote().contains(fresh)) << d->gatewayNote().toStdString();
            EXPECT_EQ(gatewayCalls() - before, 1);

            // Tab out of another number: its gateways, the invoice among them, from the emulation.
            typeInto(number, quoted);
            EXPECT_NE(QApplication::focusWidget(), number) << "Tab left the field";
            ASSERT_TRUE(QTest::qWaitFor(
                [&] { return d->gatewayCount() > 0 && d->gatewayNote().contains(quoted); }, 10000))
                << d->gatewayNote().toStdString();
            EXPECT_EQ(gatewayCalls() - before, 2);
            EXPECT_GE(gateway->findData(u"payfort-aed"_s), 0);
            EXPECT_GE(gateway->findData(u"checkout-aed"_s), 0);
            const int invoice = gateway->findData(u"invoice"_s);
            ASSERT_GE(invoice, 0) << "the dealer invoices this product";
            EXPECT_EQ(gateway->itemText(invoice), u"Invoice (invoice)"_s);

            // Back into the field and out again (and again by Shift+Tab): the same number is not
            // asked twice — the list stays as it is, nothing is sent.
            const int listed = d->gatewayCount();
            const QString note = d->gatewayNote();
            number->setFocus();
            QTest::keyClick(number, Qt::Key_Tab);
            number->setFocus();
            QTest::keyClick(number, Qt::Key_Backtab, Qt::ShiftModifier);
            EXPECT_EQ(d->gatewayCount(), listed);
            EXPECT_EQ(d->gatewayNote(), note);
            EXPECT_EQ(gatewayCalls() - before, 2);

            gateway->setCurrentIndex(invoice);
        }));
    ASSERT_TRUE(!confirmed.isEmpty() || confirmed.wait(15000));
    const QString paymentId = confirmed.first().at(1).toString();
    EXPECT_EQ(paymentId, DemocranceRules::paymentIdFor(siteId(), quoted));
    auto cached = m_session->store()->payment(paymentId);
    ASSERT_TRUE(cached.ok() && cached->has_value());
    EXPECT_EQ((*cached)->providerData.value(u"gateway"_s).toString(), u"invoice"_s);
    EXPECT_EQ((*cached)->statusReason, DemocranceRules::paymentToBeInvoiced())
        << "invoiced, shown as such, not as an error";
}

} // namespace
