#include "PollingSource.h"

#include "util/Clock.h"

namespace paydesk {

PollingSource::PollingSource(const Clock& clock, QObject* parent)
    : PaymentSource(parent)
    , m_clock(clock)
{
}

void PollingSource::finishFullSync()
{
    m_fullSyncDone = true;
    if (m_state.kind == ConnectionState::Kind::Syncing)
        setState(ConnectionState::Kind::Live);
    Q_EMIT fullSyncFinished();
}

void PollingSource::reachable()
{
    if (m_state.kind == ConnectionState::Kind::Offline)
        setState(m_fullSyncDone ? ConnectionState::Kind::Live : ConnectionState::Kind::Syncing);
}

void PollingSource::setState(ConnectionState::Kind kind, const QString& error)
{
    if (m_state.kind == kind && m_state.errorMessage == error)
        return;
    m_state.kind = kind;
    m_state.errorMessage = error;
    m_state.since = m_clock.now();
    Q_EMIT stateChanged(m_state);
}

} // namespace paydesk
