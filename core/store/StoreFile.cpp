#include "StoreFile.h"

#include "Logging.h"
#include "StoreSchema.h"
#include "StoreSql.h"
#include "util/Clock.h"
#include "util/PrivateFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

constexpr qint64 QuickCheckMaxBytes = 64LL * 1024 * 1024;

quint32 bigEndian32(const QByteArray& bytes, int at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16) |
           (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}

/// Cheap structural checks of the 100-byte SQLite header against the file size.
bool headerLooksSound(const QString& path, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = u"cannot read"_s;
        return true; // not a corruption verdict; opening will report it
    }
    const qint64 size = file.size();
    if (size == 0)
        return true; // SQLite treats an empty file as a new database
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *why = u"not an SQLite header"_s;
        return false;
    }
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        *why = u"bad page size"_s;
        return false;
    }
    // A WAL may legitimately hold pages beyond the end of the main file (a crash during a
    // checkpoint); only judge the size when there is none.
    const QFileInfo wal(path + u"-wal"_s);
    if (wal.exists() && wal.size() > 0)
        return true;
    if (size % pageSize != 0) {
        *why = u"size is not a whole number of pages"_s;
        return false;
    }
    const quint32 changeCounter = bigEndian32(header, 24);
    const quint32 pageCount = bigEndian32(header, 28);
    const quint32 validFor = bigEndian32(header, 92);
    if (pageCount > 0 && validFor == changeCounter && qint64(pageCount) * pageSize > size) {
        *why = u"truncated"_s;
        return false;
    }
    return true;
}

enum class Probe
{
    Fine,
    Corrupt,
    Unreadable,
};

/// Reads the schema version without writing anything (a read-only connection).
Probe probe(const QString& path, int* userVersion, QString* detail)
{
    const QString name = u"paydesk-store-probe-%1"_s.arg(quintptr(QThread::currentThread()), 0, 16);
    Probe result = Probe::Fine;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(StoreSql::driver(), name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(StoreSql::BusyTimeoutMs));
        if (!db.open()) {
            *detail = db.lastError().text();
            result = Probe::Unreadable;
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
                *detail = q.lastError().text();
                result = StoreSql::error(q.lastError()).kind == StoreError::Kind::Corrupt ? Probe::Corrupt
                                                                                          : Probe::Unreadable;
            } else {
                *userVersion = q.value(0).toInt();
                // Reading the whole schema catches a damaged first page or schema table.
                QSqlQuery schema(db);
                if (!schema.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !schema.next()) {
                    *detail = schema.lastError().text();
                    result = Probe::Corrupt;
                } else if (*userVersion <= StoreSchema::CurrentVersion &&
                           QFileInfo(path).size() <= QuickCheckMaxBytes) {
                    // quick_check reads every page. Small files only: on a 600 MB cache with a
                    // cold disk it took minutes, so big files rely on the structural checks,
                    // on errors seen at run time and on integrityCheck() (see damage marker).
                    QSqlQuery check(db);
                    if (!check.exec(u"PRAGMA quick_check(1)"_s) || !check.next() ||
                        check.value(0).toString() != u"ok") {
                        *detail = check.lastError().isValid() ? check.lastError().text()
                                                              : check.value(0).toString();
                        result = Probe::Corrupt;
                    }
                }
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString moveAside(const QString& path, const QDateTime& now)
{
    const QString stamp = now.toUTC().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = u"%1.corrupt-%2"_s.arg(path, stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = u"%1.corrupt-%2-%3"_s.arg(path, stamp).arg(n);
    if (!QFile::rename(path, target))
        return {};
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            QFile::remove(path + suffix);
    }
    return target;
}

} // namespace

Result<StoreFile::Prepared, StoreError> StoreFile::prepare(const QString& path, const Clock& clock)
{
    const QFileInfo info(path);
    // 0700 also when the folder already existed: the app may have created it first with the
    // umask's 0755 (the lock file lives there too), or an older PayDesk did.
    if (!PrivateFiles::ensureDir(info.absolutePath()))
        return fail(StoreError::make(StoreError::Kind::CannotOpen, u"cannot create folder"_s));

    Prepared prepared;
    const bool existed = info.exists() && info.size() > 0;
    if (existed) {
        QString why;
        bool corrupt = QFile::exists(damageMarker(path));
        if (corrupt)
            why = u"damage reported at run time"_s;
        else
            corrupt = !headerLooksSound(path, &why);
        int userVersion = 0;
        if (!corrupt) {
            switch (probe(path, &userVersion, &why)) {
            case Probe::Fine:
                break;
            case Probe::Corrupt:
                corrupt = true;
                break;
            case Probe::Unreadable:
                return fail(StoreError::make(StoreError::Kind::CannotOpen, why));
            }
        }
        if (!corrupt && userVersion > StoreSchema::CurrentVersion) {
            qCWarning(lcStore) << "refusing a cache of schema" << userVersion
                               << "(this build:" << StoreSchema::CurrentVersion << ")";
            return fail(StoreError::newerSchema(userVersion, StoreSchema::CurrentVersion));
        }
        if (corrupt) {
            qCWarning(lcStore) << "cache file is damaged (" << why << "), moving it aside";
            prepared.movedAsidePath = moveAside(path, clock.now());
            if (prepared.movedAsidePath.isEmpty())
                return fail(StoreError::make(StoreError::Kind::Corrupt, u"cannot move aside: "_s + why));
            QFile::remove(damageMarker(path));
        }
    }

    // Create the file ourselves so it is owner-only from the first byte; SQLite gives the
    // -wal and -shm files it creates the same mode as the database file, but leaves the mode
    // of ones that already exist (left by a crash, or by a PayDesk that made them 0644).
    if (!QFile::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFiles::OwnerOnlyFile))
            return fail(StoreError::make(StoreError::Kind::CannotOpen, file.errorString()));
    } else {
        PrivateFiles::makeOwnerOnly(path);
    }
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFile::exists(path + suffix))
            PrivateFiles::makeOwnerOnly(path + suffix);
    }
    prepared.created = !existed || !prepared.movedAsidePath.isEmpty();
    return prepared;
}

Result<Done, StoreError> StoreFile::connect(QSqlDatabase& db, const QString& path)
{
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(StoreSql::BusyTimeoutMs));
    if (!db.open())
        return fail(StoreError::make(StoreError::Kind::CannotOpen, db.lastError().text()));

    QSqlQuery q(db);
    // WAL lets readers (the UI) run while a writer (sync) commits. Read the mode back: some
    // file systems (network shares) cannot do WAL and SQLite silently keeps the old mode.
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next())
        return fail(StoreSql::error(q.lastError()));
    if (const QString mode = q.value(0).toString(); mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "journal mode is" << mode << "instead of wal; concurrent access will be slower";
    q.finish();
    // NORMAL in WAL mode survives an application crash (kill -9); only a power cut may lose
    // the last commits, which the next sync fetches again.
    for (const QString& pragma :
         {u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s,
          u"PRAGMA busy_timeout = %1"_s.arg(StoreSql::BusyTimeoutMs), u"PRAGMA temp_store = MEMORY"_s,
          u"PRAGMA cache_size = -%1"_s.arg(PageCacheKiB)}) {
        if (!q.exec(pragma))
            return fail(StoreSql::error(q.lastError()));
    }
    return Done{};
}

Result<int, StoreError> StoreFile::upgradeSchema(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return fail(StoreSql::error(q.lastError()));
    const int version = q.value(0).toInt();
    q.finish();
    if (version > StoreSchema::CurrentVersion) // another process got there first
        return fail(StoreError::newerSchema(version, StoreSchema::CurrentVersion));
    if (version < StoreSchema::CurrentVersion) {
        qCInfo(lcStore) << "migrating cache schema from" << version << "to" << StoreSchema::CurrentVersion;
        if (auto r = StoreSchema::migrate(db, version); !r)
            return fail(std::move(r).error());
    }
    return version;
}

Result<Done, StoreError> StoreFile::integrityCheck(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return fail(StoreSql::error(q.lastError()));
    if (!q.next())
        return fail(StoreError::make(StoreError::Kind::Corrupt, u"no answer"_s));
    const QString answer = q.value(0).toString();
    if (answer != u"ok") {
        qCWarning(lcStore) << "integrity check failed:" << answer;
        return fail(StoreError::make(StoreError::Kind::Corrupt, answer));
    }
    return Done{};
}

QString StoreFile::damageMarker(const QString& path)
{
    return path + u".damaged"_s;
}

bool StoreFile::markDamaged(const QString& path)
{
    QFile marker(damageMarker(path));
    if (!marker.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    return marker.write("damaged\n") > 0;
}

} // namespace paydesk
