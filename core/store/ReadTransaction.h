#pragma once

#include "StoreError.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace paydesk {

/**
 * A read transaction on one connection (internal to core/store), the reading twin of
 * WriteTransaction: every read between begin() and the end of its scope sees the same commit,
 * even while another connection writes (WAL). Use it when one answer is made of several
 * SELECTs (a payment and its history, the KPI strip, the audit chain and its head).
 *
 * begin() takes the snapshot at once (BEGIN alone would take it at the first read). The end
 * of the scope rolls back: a read transaction has nothing to commit, and a write slipped
 * into it by mistake is discarded rather than made durable. Declare it before the QSqlQuery
 * objects it covers, so they are finished before it ends.
 */
class ReadTransaction
{
public:
    explicit ReadTransaction(QSqlDatabase db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

    /// Starts the transaction and takes its snapshot.
    Result<Done, StoreError> begin();
    /// Ends it early (also done by the destructor); later reads see newer commits again.
    void end();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace paydesk
