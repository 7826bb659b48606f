#pragma once

#include "sync/PaymentSource.h"

namespace paydesk {

class Clock;

/**
 * A PaymentSource that polls a provider (Payment Assist, Democrance, myKaarma): the connection
 * state and the first full sync, kept the same way by every poller. Syncing from start() until
 * the poller calls finishFullSync(), then Live; Offline after an unexpected failure until the
 * next success (reachable()); SignInFailed and Stopped as the poller says.
 */
class PollingSource : public PaymentSource
{
    Q_OBJECT

public:
    ConnectionState state() const override { return m_state; }
    bool isFullSyncDone() const override { return m_fullSyncDone; }

protected:
    /// `clock` dates each state (ConnectionState::since); it must outlive the source.
    explicit PollingSource(const Clock& clock, QObject* parent = nullptr);

    /// At start(): the first full sync is still to come.
    void resetFullSync() { m_fullSyncDone = false; }
    /// The first full sync is done: Live unless a failure shows, and fullSyncFinished().
    void finishFullSync();
    /// A step succeeded: an Offline state is over (Live after the first full sync, else Syncing).
    void reachable();
    /// Announces `kind` (with `error`'s message) when it differs from the state now.
    void setState(ConnectionState::Kind kind, const QString& error = {});

private:
    const Clock& m_clock;
    ConnectionState m_state;
    bool m_fullSyncDone = false;
};

} // namespace paydesk
