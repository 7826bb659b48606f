#pragma once

#include "AuditChain.h"
#include "AuditChainCheck.h"
#include "AuditEntry.h"
#include "StoreError.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace paydesk {

/**
 * The append-only, hash-chained `audit_log` table and its `audit_head` (internal to core/store;
 * PaymentStore's audit methods are its public face; the chain itself is AuditChain). One object
 * per call on the calling thread's connection.
 *
 * Appends run inside the caller's WriteTransaction, so reading the chain head and appending
 * after it cannot interleave with another writer.
 */
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db);

    /**
     * Appends one line after the chain head (caller's transaction); returns its id. `entry.at`
     * defaults to `now`; the OS account is this process's (OsAccount), whatever `entry` says.
     */
    Result<qint64, StoreError> append(const AuditEntry& entry, const QDateTime& now);
    /**
     * Appends a line that keeps its recorded time and OS account (a line carried over from a
     * damaged cache of an older schema, which had no chain yet). Caller's transaction.
     */
    Result<qint64, StoreError> appendAs(const AuditEntry& entry, const QString& osAccount);

    /// A chain head: the last position and its hash.
    struct Head
    {
        qint64 seq = 0;
        QString hash;
    };
    /// The head (audit_head, or after the last line when someone deleted it).
    Result<Head, StoreError> head();
    /**
     * Inserts a line that already has its place in a chain (a line carried over from a damaged
     * cache): same id, position and hash. It must be the line after head(); the head moves
     * onto it. Caller's transaction.
     */
    Result<Done, StoreError> appendChained(qint64 id, const AuditChain::Row& row, const QString& hash);

    /// The newest `limit` lines (all when limit <= 0), newest first.
    Result<QList<AuditEntry>, StoreError> newest(int limit);

    /// Walks the chain from the first line (PaymentStore::verifyAuditChain()); one snapshot.
    Result<AuditChainCheck, StoreError> verify();

private:
    Result<qint64, StoreError> insert(const AuditChain::Row& row, const QString& hash, qint64 id);

    QSqlDatabase m_db;
};

} // namespace paydesk
