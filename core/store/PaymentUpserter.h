#pragma once

#include "PaymentIdIndex.h"
#include "StoreError.h"
#include "payments/Payment.h"
#include "util/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace paydesk {

/**
 * Writes payments and their status history (internal to core/store): the prepared statements
 * of one write transaction, which the caller owns. A payment is written only when it
 * supersedes the stored one (Payment::supersedes()).
 */
class PaymentUpserter
{
public:
    /// `ids` answers the look-ups by payment_id while SQLite's index is set aside (a bulk load).
    PaymentUpserter(const QSqlDatabase& db, PaymentIdIndex& ids);

    Result<Done, StoreError> prepare();

    /**
     * Reads what the cache holds of these payments (`count` from `from`) in one query, so that
     * apply() needs no look-up of its own for them (a feed page of 1000 is one query, not 1000).
     * Forgets what an earlier call read.
     */
    Result<Done, StoreError> preload(const QList<Payment>& payments, qsizetype from, qsizetype count);

    /// Inserts or updates one payment; whether the cache changed (row written or history replaced).
    Result<bool, StoreError> apply(const Payment& payment);

    /// Replaces the history of the payment at `rowId` (and its paid_at when the history knows it).
    Result<Done, StoreError> writeHistory(qint64 rowId, const QList<StatusChange>& history);

private:
    /// What the cache holds of a payment; rowId 0 = not cached.
    struct Stored
    {
        qint64 rowId = 0;
        qint64 version = 0;
        QString status;
        QVariant paidAt;
    };
    /// Makes `history` the whole timeline of the payment at `rowId` (its one payment_history row;
    /// none for an empty history).
    Result<Done, StoreError> storeHistory(qint64 rowId, const QList<StatusChange>& history);
    /// The row of `paymentId` from preload() or else its own look-up.
    Result<Stored, StoreError> find(const QString& paymentId);

    PaymentIdIndex& m_ids;
    QHash<QString, Stored> m_preloaded;
    QSqlQuery m_preload;
    QSqlQuery m_preloadRows;
    QSqlQuery m_find;
    QSqlQuery m_findRow;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_deleteHistory;
    QSqlQuery m_writeHistory;
    QSqlQuery m_paidAt;
};

} // namespace paydesk
