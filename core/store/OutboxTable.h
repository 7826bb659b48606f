#pragma once

#include "OutboxEntry.h"
#include "StoreError.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

namespace paydesk {

/**
 * The `outbox` table of dealer actions (internal to core/store; PaymentStore's outbox methods
 * are its public face). One object per call on the calling thread's connection. Writes that
 * must be atomic with something else (enqueue with its audit line, carrying entries forward)
 * run inside the caller's WriteTransaction; a state change is one UPDATE, atomic on its own.
 */
class OutboxTable
{
public:
    explicit OutboxTable(QSqlDatabase db);

    /// Inserts a new Queued entry (caller's transaction); returns its id.
    Result<qint64, StoreError> insert(const OutboxEntry& entry, const QDateTime& now);
    /**
     * Inserts an entry read from a damaged cache as it was (same id, key, attempts, payload),
     * as Queued: it was never confirmed sent. Caller's transaction.
     */
    Result<Done, StoreError> insertCarried(const OutboxEntry& entry, const QDateTime& now);

    Result<QList<OutboxEntry>, StoreError> due(const QDateTime& now);
    Result<QList<OutboxEntry>, StoreError> entries(const QList<OutboxEntry::State>& states);
    Result<std::optional<OutboxEntry>, StoreError> entry(qint64 id);
    /// Queued + Sending.
    Result<int, StoreError> unsentCount();

    Result<Done, StoreError> markSending(qint64 id, const QDateTime& now);
    Result<Done, StoreError> markSent(qint64 id, const QDateTime& now, const QString& paymentId);
    Result<Done, StoreError> markFailed(qint64 id, const QDateTime& now, const QString& error);
    Result<Done, StoreError> markRetryLater(qint64 id, const QDateTime& nextAttemptAt, const QString& error,
                                            const QDateTime& now);
    /// Sending → Queued (a send whose end could not be recorded); NotFound if not Sending.
    Result<Done, StoreError> requeueSending(qint64 id, const QDateTime& nextAttemptAt, const QString& error,
                                            const QDateTime& now);
    /// Every Sending entry back to Queued (sends a crash interrupted); how many.
    Result<int, StoreError> requeueAllSending();

    /// The SELECT list read by fromQuery().
    static QString columns();

private:
    Result<Done, StoreError> transition(const QString& sql, const QVariantList& binds);
    Result<QList<OutboxEntry>, StoreError> select(const QString& tail, const QVariantList& binds);

    QSqlDatabase m_db;
};

} // namespace paydesk
