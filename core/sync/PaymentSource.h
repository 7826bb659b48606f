#pragma once

#include "ConnectionState.h"

#include <QObject>

namespace paydesk {

/**
 * One source of payments that keeps its part of the cache (PaymentStore) in step with a
 * provider: Keyloop's change feed and push channel for one store (SyncEngine) today; a
 * polling connector per provider (Payment Assist, Democrance, myKaarma) later.
 *
 * A SyncSession owns its sources, starts and stops them, and combines their states into one
 * (ConnectionState::worstOf). A source writes payments only into the store, which announces
 * them (PaymentStore::paymentsChanged); it has no payment signal of its own.
 *
 * A source is a plain QObject with no widget and no GUI call, so a session can move it to a
 * worker thread together with the store connection it writes through.
 */
class PaymentSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~PaymentSource() override;

    /// Starts (or resumes) keeping the cache in step.
    virtual void start() = 0;
    /// Stops every timer and connection; the cache stays as it is.
    virtual void stop() = 0;
    /// How this source is connected now.
    virtual ConnectionState state() const = 0;
    /// Whether the first full sync since start() has finished.
    virtual bool isFullSyncDone() const = 0;

Q_SIGNALS:
    void stateChanged(const paydesk::ConnectionState& state);
    /// The first full sync since start() finished: the cache holds everything of this source.
    void fullSyncFinished();
};

} // namespace paydesk
