#pragma once

#include "StoreError.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace paydesk {

/**
 * The structures derived from the payments table — its secondary indexes
 * (StoreSchema::paymentIndexes()) and the FTS index with its triggers — set aside for a bulk
 * load and built again afterwards (internal to core/store; PaymentStore drives it).
 *
 * Inserting a row into eleven indexes and the FTS index costs about eight times the insert
 * itself, and building them once over a loaded table is several times cheaper than keeping them
 * in step row by row, so a first sync into an empty cache loads without them. That includes the
 * unique index on payment_id, built first; PaymentIdIndex stands in for it meanwhile.
 *
 * The state is the file's own schema, so a kill -9 at any moment leaves a cache that the next
 * start finishes building:
 * - ready: every index and FTS trigger exists and there is no `fts_fill` table;
 * - pending: dropForBulkLoad() dropped the indexes and the FTS triggers, emptied the FTS index
 *   and made `fts_fill` (how far the FTS index is filled: row ids up to `done`), all in the
 *   caller's ONE transaction.
 *
 * buildStep() takes the file from pending to ready in short transactions (one index, or one
 * chunk of FTS rows, each about a second over 1M rows, well within other writers' busy
 * timeout), so sync and dealer actions go on meanwhile. While the FTS index is being filled,
 * "fill" triggers keep its filled part (row_id ≤ done) in step with writes made meanwhile, and
 * the chunk that finds no row above `done` swaps them for the usual triggers and drops `fts_fill`
 * in its transaction.
 */
class StoreIndexes
{
public:
    /// Whether the file is pending (some index or FTS trigger missing, or `fts_fill` present).
    static Result<bool, StoreError> pending(const QSqlDatabase& db);
    /// Whether the file has the index or trigger `name`.
    static Result<bool, StoreError> has(const QSqlDatabase& db, const QString& name);

    /// Sets the derived structures aside; inside a write transaction the caller owns.
    static Result<Done, StoreError> dropForBulkLoad(const QSqlDatabase& db);

    /**
     * One step of the build in its own write transaction: the next missing index, else the next
     * `ftsChunkRows` rows of the FTS index, else the switch to ready. True when the file is
     * ready after it.
     */
    static Result<bool, StoreError> buildStep(const QSqlDatabase& db, int ftsChunkRows = 50'000);
};

} // namespace paydesk
