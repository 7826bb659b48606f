#pragma once

#include "ChangeEvent.h"
#include "IdempotencyStore.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QTimer>

#include <functional>

namespace paydesk::sandbox {

class PlatformState;

/**
 * Keeps the sandbox's state in a SQLite file (`--data`), so a stopped and restarted sandbox
 * still has its payments, sequences and idempotency keys — what a client's outbox replay
 * across a sandbox restart needs.
 *
 * Snapshots, not a log: one row per payment (its JSON with history) and per store (its
 * latest sequence), and one per component that keeps something (partner registrations, dead
 * letters, the message outbox: SandboxComponent::persistentState()). Changes are written behind, batched in
 * one transaction every `flushDelayMs`, and flushed on destruction.
 */
class PlatformStorage : public QObject
{
    Q_OBJECT

public:
    PlatformStorage(PlatformState& state, IdempotencyStore& idempotency, QObject* parent = nullptr);
    ~PlatformStorage() override;

    Result<Done, QString> open(const QString& path);
    /// Loads stores, payments and idempotency records into the state; returns the payment count.
    Result<int, QString> load();
    /// Writes everything in the state (after seeding).
    Result<Done, QString> saveAll();
    /// The stored states of the sandbox's components, by component name (SandboxComponent).
    Result<QHash<QString, QJsonValue>, QString> loadComponentStates();
    /// Where flush() reads the components' states from after markComponentsChanged().
    void setComponentStates(std::function<QHash<QString, QJsonValue>()> states)
    {
        m_componentStates = std::move(states);
    }
    /// A component's state changed: written with the next flush.
    void markComponentsChanged();
    /// Writes pending changes now.
    void flush();
    void setFlushDelayMs(int ms) { m_flushTimer.setInterval(ms); }

private:
    void onChange(const ChangeEvent& event);
    void onIdempotencyRecord(const IdempotencyStore::Record& record);

    PlatformState& m_state;
    IdempotencyStore& m_idempotency;
    QString m_connection;
    QHash<QString, Payment> m_dirty;
    QList<IdempotencyStore::Record> m_dirtyKeys;
    std::function<QHash<QString, QJsonValue>()> m_componentStates;
    bool m_componentsDirty = false;
    QTimer m_flushTimer;
};

} // namespace paydesk::sandbox
