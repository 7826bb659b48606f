#include "Reconciler.h"

#include "Sandbox.h"
#include "SandboxLogging.h"
#include "platform/PlatformState.h"
#include "util/Clock.h"

#include <QScopeGuard>
#include <QTimer>

namespace paydesk::sandbox {

Reconciler::Reconciler(Sandbox& sandbox, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_settlementDelayMs(sandbox.options().settlementDelayMs)
{
    connect(&sandbox.state(), &PlatformState::paymentChanged, this, &Reconciler::onPaymentChanged);
}

void Reconciler::start()
{
    m_running = true;
    if (m_sandbox.options().scenario != u"off")
        pickUpBacklog();
}

void Reconciler::stop()
{
    m_running = false;
}

void Reconciler::onPaymentChanged(const ChangeEvent& change)
{
    const Payment& p = change.payment;
    if (change.kind == ChangeEvent::Kind::StatusUpdated && p.status.code() == PaymentStatus::Code::Paid &&
        !p.reconciled && change.previousStatus.code() != PaymentStatus::Code::Paid)
        scheduleReconcile(p.enterpriseId, p.storeId, p.paymentId, m_reconcileDelayMs);
    else if (change.kind == ChangeEvent::Kind::Reconciled && !p.fundsCleared)
        scheduleClearance(p.enterpriseId, p.storeId, p.paymentId, m_settlementDelayMs);
}

void Reconciler::scheduleReconcile(const QString& e, const QString& s, const QString& id, int delayMs)
{
    ++m_pending;
    QTimer::singleShot(std::max(0, delayMs), this, [this, e, s, id]() {
        // Counted down after the change, so a clearance it schedules keeps the count above 0.
        const auto settled = qScopeGuard([this] { --m_pending; });
        if (!m_running)
            return;
        auto done = m_sandbox.state().markReconciled(e, s, id);
        if (!done)
            qCDebug(lcSandboxPartner) << "not reconciled" << id << done.error().message;
        else
            qCInfo(lcSandboxPartner) << "reconciled" << id;
    });
}

void Reconciler::scheduleClearance(const QString& e, const QString& s, const QString& id, int delayMs)
{
    ++m_pending;
    QTimer::singleShot(std::max(0, delayMs), this, [this, e, s, id]() {
        const auto settled = qScopeGuard([this] { --m_pending; });
        if (!m_running)
            return;
        auto done = m_sandbox.state().markFundsCleared(e, s, id);
        if (!done)
            qCDebug(lcSandboxPartner) << "funds not cleared" << id << done.error().message;
        else
            qCInfo(lcSandboxPartner) << "funds cleared" << id;
    });
}

void Reconciler::pickUpBacklog()
{
    // Seeded (or restored) payments that are paid but not through the DMS yet: finish them
    // over the next minutes, spread out so the dashboard sees a trickle, not a burst.
    PlatformState& state = m_sandbox.state();
    constexpr int kBacklogLimit = 120;
    const QDateTime recent = m_sandbox.clock().now().addDays(-2);
    int picked = 0;
    for (const StoreInfo& store : state.stores()) {
        PaymentQuery query;
        query.statuses = {PaymentStatus(PaymentStatus::Code::Paid).toString()};
        query.limit = 100000;
        const FeedPage page = state.feed(store.enterpriseId, store.storeId, query);
        for (const Payment& p : page.payments) {
            // Recent ones only, and not too many: older unsettled payments in the seed are
            // there on purpose (the "awaiting clearance" figure), and a large seed must not
            // turn into a storm of changes.
            if (p.fundsCleared || p.updatedAt < recent || picked >= kBacklogLimit)
                continue;
            const int spread = 2000 + (picked % 60) * 3000;
            if (!p.reconciled)
                scheduleReconcile(p.enterpriseId, p.storeId, p.paymentId, spread);
            else
                scheduleClearance(p.enterpriseId, p.storeId, p.paymentId, spread);
            ++picked;
        }
    }
    if (picked > 0)
        qCInfo(lcSandboxPartner) << "reconciler picked up" << picked << "paid payments";
}

} // namespace paydesk::sandbox
