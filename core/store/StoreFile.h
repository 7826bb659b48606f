#pragma once

#include "StoreError.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace paydesk {

class Clock;

/**
 * The cache file itself (internal to core/store; PaymentStore::open() is its public face):
 * checks before opening, moving a damaged file aside, the settings of every connection, the
 * schema and its migrations (StoreSchema), the damage marker, and the integrity check.
 */
class StoreFile
{
public:
    /// What prepare() found and did before the file is opened for writing.
    struct Prepared
    {
        /// The file did not exist or was empty (also true after a damaged one was moved aside).
        bool created = false;
        /// The damaged file now lives here; empty when nothing was moved aside.
        QString movedAsidePath;
    };

    /**
     * Makes `path` ready to open: its folder owner-only; a damaged file (bad header, size short
     * of the header's page count, unreadable schema, PRAGMA quick_check failing on files up to
     * 64 MiB, or the damage marker) moved aside to `<path>.corrupt-<clock's UTC time>` with its
     * -wal and -shm; the file created owner-only when missing. A newer schema gives NewerSchema
     * and the file is left untouched; a file that cannot be read at all gives CannotOpen.
     */
    static Result<Prepared, StoreError> prepare(const QString& path, const Clock& clock);

    /**
     * Opens `db` (named, not yet open) on `path` with the settings every connection of the
     * cache uses: WAL (read back), synchronous NORMAL, foreign keys, busy timeout, temporary
     * tables and sorts in memory, and a page cache of at most PageCacheKiB.
     */
    static Result<Done, StoreError> connect(QSqlDatabase& db, const QString& path);

    /**
     * The page cache of each connection, in KiB. PayDesk holds one connection per thread that
     * reads or writes the cache (the GUI thread, the store's reader, the session's worker, the
     * index build), and over a cache of a million payments every one of them fills its page
     * cache: at 32 MiB each they took about 130 MB of PayDesk's 265 MB peak (issue 9's target is
     * 250 MB). The operating system caches the file's pages anyway; a miss costs a read from
     * that cache, not from the disk.
     */
    static constexpr int PageCacheKiB = 8 * 1024;

    /**
     * Brings the schema up to date inside the caller's write transaction; returns the version
     * the file had. NewerSchema if another process wrote a newer one meanwhile.
     */
    static Result<int, StoreError> upgradeSchema(QSqlDatabase& db);

    /// PRAGMA integrity_check: Done when "ok", otherwise Corrupt with its first finding.
    static Result<Done, StoreError> integrityCheck(const QSqlDatabase& db);

    /// `<path>.damaged`: left by markDamaged(); the next prepare() moves the file aside.
    static QString damageMarker(const QString& path);
    /// Leaves the damage marker (owner-only). False when it could not be written.
    static bool markDamaged(const QString& path);
};

} // namespace paydesk
