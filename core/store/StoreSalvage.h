#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace paydesk {

/**
 * Carries what must not be lost from a cache that was moved aside as damaged into the fresh
 * one (internal to core/store; run by PaymentStore::open()). Payments are not carried: the
 * platform has them and the next sync brings them back. What only this computer has is:
 *
 * - unsent outbox entries (Queued, or Sending when the damage stopped a send): carried with
 *   their id, idempotency key, attempts and payload, as Queued, so they are replayed with the
 *   same key and nothing is lost or doubled;
 * - the audit log: its lines are carried VERBATIM, with their positions and hashes, as long as
 *   each one links onto the one before it, so the chain in the new file verifies exactly as
 *   the old one did and no edit is laundered by a rebuild. Reading stops at the first line
 *   that does not link (an edit, a gap) or cannot be read; those stay in the moved-aside file.
 *   Lines of a file older than the hash chain (schema < 3) are chained as the migration would.
 *   Then one line, action "cache.rebuilt" by "system", records the rebuild: what was carried,
 *   how long the old chain was, and whether everything was read.
 *
 * The damaged file is only ever read, through a read-only connection of its own; rows are read
 * in rowid order without indexes, so a damaged index or payments page does not stop them.
 */
class StoreSalvage
{
public:
    struct Report
    {
        int outboxEntries = 0;
        int auditLines = 0;
        /// Every unsent entry and every audit line of the old file was read and carried.
        bool complete = false;
    };

    /**
     * Copies from `damagedPath` into `fresh` inside the caller's write transaction (under a
     * savepoint: if writing fails, the fresh file gets nothing from the old one but the
     * "cache.rebuilt" line). Never fails the open: what cannot be read is reported, not raised.
     */
    static Report carryForward(const QString& damagedPath, QSqlDatabase& fresh, const QDateTime& now);
};

} // namespace paydesk
