#pragma once

#include "StoreError.h"
#include "payments/Payment.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace paydesk {

/**
 * Writes payments and their status history (internal to core/store): the prepared statements
 * of one write transaction, which the caller owns. A payment is written only when it
 * supersedes the stored one (Payment::supersedes()).
 */
class PaymentUpserter
{
public:
    explicit PaymentUpserter(const QSqlDatabase& db);

    Result<Done, StoreError> prepare();

    /// Inserts or updates one payment; whether the cache changed (row written or history replaced).
    Result<bool, StoreError> apply(const Payment& payment);

    /// Replaces the history of the payment at `rowId` (and its paid_at when the history knows it).
    Result<Done, StoreError> writeHistory(qint64 rowId, const QList<StatusChange>& history);

private:
    QSqlQuery m_find;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_deleteHistory;
    QSqlQuery m_insertHistory;
    QSqlQuery m_paidAt;
};

} // namespace paydesk
