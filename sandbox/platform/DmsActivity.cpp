#include "DmsActivity.h"

#include "DemoSeeder.h"
#include "PlatformState.h"
#include "SandboxLogging.h"

namespace paydesk::sandbox {

DmsActivity::DmsActivity(PlatformState& state, int intervalMs, quint32 randomSeed, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_intervalMs(std::max(100, intervalMs))
    , m_random(randomSeed ^ 0xd35u)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        tick();
        // Jitter: between half and one and a half intervals, so stores do not tick in step.
        m_timer.start(m_intervalMs / 2 + int(m_random.bounded(quint32(m_intervalMs))));
    });
}

void DmsActivity::start()
{
    m_timer.start(m_intervalMs / 2);
}

void DmsActivity::stop()
{
    m_timer.stop();
}

void DmsActivity::tick()
{
    const QList<StoreInfo> stores = m_state.stores();
    if (stores.isEmpty())
        return;
    const StoreInfo store = stores.at(int(m_random.bounded(quint32(stores.size()))));
    const int roll = int(m_random.bounded(100u));
    if (roll < 80) {
        auto created = m_state.initiate(DemoSeeder::randomRequest(store, m_random));
        if (!created)
            qCWarning(lcSandboxPlatform) << "demo request refused:" << created.error().message;
        return;
    }
    // Act on one of the most recent open requests of the store.
    PaymentQuery recent;
    recent.sinceSequence =
        std::max<qint64>(0, m_state.latestSequence(store.enterpriseId, store.storeId) - 50);
    recent.limit = 50;
    for (const Payment& p : m_state.feed(store.enterpriseId, store.storeId, recent).payments) {
        if (!p.status.isOpen())
            continue;
        if (roll < 90) {
            CancelRequest c{p.enterpriseId, p.storeId, p.paymentId,
                            QStringLiteral("Customer paid cash at the desk")};
            (void)m_state.cancel(c);
        } else {
            ResendRequest r{p.enterpriseId, p.storeId, p.paymentId, p.customer, p.channels | Channel::Sms};
            r.customer.email = r.customer.email.replace(u'@', QStringLiteral(".new@"));
            (void)m_state.resend(r);
        }
        return;
    }
}

} // namespace paydesk::sandbox
