// Reconciliation: PAID → reconciled → (settlement delay) → fundsCleared, through the state,
// so each step takes a sequence and reaches the feed.
#include "PartnerFixture.h"
#include "partner/Reconciler.h"
#include "partner/SimulatedPartner.h"
#include "platform/PlatformState.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace paydesk::sandbox::test {

namespace {

using Code = PaymentStatus::Code;

} // namespace

class PartnerReconciler : public PartnerFixture
{
};

TEST_F(PartnerReconciler, APaidPaymentIsReconciledThenFundsClearAfterTheSettlementDelay)
{
    SandboxOptions options = fastOptions();
    options.settlementDelayMs = 150;
    startSandbox(options, [](Sandbox& sb) { sb.component<Reconciler>()->setReconcileDelayMs(30); });
    EXPECT_EQ(part<Reconciler>().settlementDelayMs(), 150);
    const QString id = initiate();
    ASSERT_TRUE(waitForStatus(id, Code::Notified));

    const Payment before = *payment(id);
    const QJsonObject paid{
        {QLatin1StringView("status"), QStringLiteral("PAID")},
        {QLatin1StringView("transactionReference"), QStringLiteral("TX-1")},
        {QLatin1StringView("amountPaid"),
         QJsonObject{{QLatin1StringView("value"), QStringLiteral("249.99")},
                     {QLatin1StringView("currencyCode"), QStringLiteral("GBP")}}},
        {QLatin1StringView("card"), QJsonObject{{QLatin1StringView("brand"), QStringLiteral("VISA")},
                                                {QLatin1StringView("last4"), QStringLiteral("4242")}}}};
    QSignalSpy changes(&sandbox->state(), &PlatformState::paymentChanged);
    const Reply r = client->patchJson(client->storePrefix() + QStringLiteral("/payments/%1/status").arg(id),
                                      paid, client->partnerToken(), newKey());
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_FALSE(r.json().value(QLatin1StringView("reconciled")).toBool()) << "not at once";
    QElapsedTimer timer;
    timer.start();

    ASSERT_TRUE(QTest::qWaitFor([&]() { return payment(id)->reconciled; }, 3000));
    EXPECT_FALSE(payment(id)->fundsCleared);
    const qint64 reconciledAt = timer.elapsed();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return payment(id)->fundsCleared; }, 3000));
    EXPECT_GE(timer.elapsed() - reconciledAt, 100) << "the settlement delay is honoured";

    // Each step was its own change with its own sequence, in order: PAID, reconciled, cleared.
    QList<ChangeEvent::Kind> kinds;
    QList<qint64> sequences;
    for (const auto& args : std::as_const(changes)) {
        const auto e = args.at(0).value<ChangeEvent>();
        if (e.payment.paymentId == id) {
            kinds << e.kind;
            sequences << e.payment.sequence;
        }
    }
    EXPECT_EQ(kinds,
              (QList<ChangeEvent::Kind>{ChangeEvent::Kind::StatusUpdated, ChangeEvent::Kind::Reconciled,
                                        ChangeEvent::Kind::FundsCleared}));
    ASSERT_EQ(sequences.size(), 3);
    EXPECT_LT(sequences.at(0), sequences.at(1));
    EXPECT_LT(sequences.at(1), sequences.at(2));
    EXPECT_GT(sequences.at(0), before.sequence);

    // The feed shows the final record with both flags; the history says why.
    const Reply feed =
        client->get(client->storePrefix() + QStringLiteral("/payments?sinceSequence=%1").arg(sequences.at(1)),
                    dealerToken);
    const QJsonArray list = feed.json().value(QLatin1StringView("payments")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_TRUE(list.at(0).toObject().value(QLatin1StringView("fundsCleared")).toBool());
    EXPECT_TRUE(list.at(0).toObject().value(QLatin1StringView("reconciled")).toBool());
    EXPECT_EQ(payment(id)->release(), Payment::Release::SafeToRelease);
}

TEST_F(PartnerReconciler, TheSimulatedPartnersPaymentGoesAllTheWayToFundsCleared)
{
    SandboxOptions options = fastOptions(QStringLiteral("pay"));
    options.settlementDelayMs = 30;
    startSandbox(options, [](Sandbox& sb) {
        sb.component<Reconciler>()->setReconcileDelayMs(10);
        sb.component<SimulatedPartner>()->setTimeScale(0.005);
    });
    const QString id = initiate();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return payment(id)->fundsCleared; }, 5000))
        << qPrintable(payment(id)->status.toString());
    EXPECT_EQ(payment(id)->status.code(), Code::Paid);
    EXPECT_TRUE(payment(id)->reconciled);
}

} // namespace paydesk::sandbox::test
