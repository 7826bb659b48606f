#pragma once

#include "StoreError.h"
#include "util/Result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

namespace paydesk {

/**
 * Which row holds a payment_id while the cache's own index on it (idx_payments_payment_id) is
 * set aside for a bulk load (internal to core/store).
 *
 * Payment ids are random, and a random key in a B-tree dirties a page of it for nearly every
 * row: at 1M rows that index alone made a load 2.5 times slower than the table without it
 * (issue 9). So a bulk load drops it with the other indexes, and this map answers "which row
 * holds this payment" until the index build has made it again (StoreIndexes::buildStep()).
 *
 * It keeps about 12 bytes a row: a 32-bit hash of the id and the row (with a 64-bit hash
 * PayDesk's peak in a 1M first sync was 243 MB, with 32 bits 232 MB; the budget is 250). An id
 * whose hash names another id's row (a few hundred in a million) is kept whole beside them, as
 * is a row id past 32 bits.
 *
 * An answer names a row to read, not a proof: the row may belong to a write not yet committed,
 * or rolled back, so a reader checks its payment_id. What it does prove is the absence of a row:
 * every committed row is in it.
 *
 * Thread-safe: the writer adds the rows it inserts; any thread asks.
 */
class PaymentIdIndex
{
public:
    using Hash = quint32 (*)(QStringView id);
    /// `hash` is for tests that need ids with the same hash.
    explicit PaymentIdIndex(Hash hash = defaultHash);

    /// What a look-up found.
    struct Lookup
    {
        /// false: the map is not in use; ask SQLite's index.
        bool active = false;
        /// The row that may hold the id; 0 when no row holds it.
        qint64 rowId = 0;
    };
    Lookup find(QStringView paymentId) const;
    bool isActive() const;

    /// Reads every row's id from `db` (inside the caller's write transaction) and answers from
    /// then on. A no-op when active already.
    Result<Done, StoreError> activate(const QSqlDatabase& db);
    /// A row just inserted for `paymentId` (a no-op when not active).
    void add(const QString& paymentId, qint64 rowId);
    /// SQLite's index is there again: forget every row.
    void release();

    static quint32 defaultHash(QStringView id);

private:
    void addLocked(const QString& paymentId, qint64 rowId);

    const Hash m_hash;
    mutable QMutex m_mutex;
    bool m_active = false;
    QHash<quint32, quint32> m_rows;
    /// The ids kept whole: their hash names another id's row, or their row id is past 32 bits.
    QHash<QString, qint64> m_whole;
};

} // namespace paydesk
