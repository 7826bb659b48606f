#pragma once

#include "SandboxComponent.h"

#include <QObject>

namespace paydesk::sandbox {

struct ChangeEvent;

/**
 * The DMS side of a paid payment (the seed: "the transaction is updated and automatically
 * reconciled"): a PAID payment becomes `reconciled` after a short delay, then
 * `fundsCleared` after the settlement delay (SandboxOptions::settlementDelayMs). Both go
 * through PlatformState, so each takes a sequence and reaches the feed, the push channel
 * and the dashboard's "safe to release" signal.
 *
 * At start, unless the scenario is "off", it also picks up seeded payments that are paid
 * but not yet reconciled or cleared, so a demo keeps moving.
 */
class Reconciler : public QObject, public SandboxComponent
{
    Q_OBJECT

public:
    explicit Reconciler(Sandbox& sandbox, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("partner.reconciler"); }
    void start() override;
    void stop() override;

    /// PAID → reconciled (default 1500 ms).
    void setReconcileDelayMs(int ms) { m_reconcileDelayMs = ms; }
    int reconcileDelayMs() const { return m_reconcileDelayMs; }
    /// reconciled → fundsCleared (default SandboxOptions::settlementDelayMs).
    void setSettlementDelayMs(int ms) { m_settlementDelayMs = ms; }
    int settlementDelayMs() const { return m_settlementDelayMs; }
    /// Reconciliations and clearances scheduled but not yet made: 0 when the DMS side is quiet,
    /// so a test can know that no change is still on its way.
    int pendingCount() const { return m_pending; }

private:
    void onPaymentChanged(const ChangeEvent& change);
    void scheduleReconcile(const QString& enterpriseId, const QString& storeId, const QString& paymentId,
                           int delayMs);
    void scheduleClearance(const QString& enterpriseId, const QString& storeId, const QString& paymentId,
                           int delayMs);
    void pickUpBacklog();

    Sandbox& m_sandbox;
    int m_reconcileDelayMs = 1500;
    int m_settlementDelayMs = 5000;
    bool m_running = false;
    int m_pending = 0;
};

} // namespace paydesk::sandbox
