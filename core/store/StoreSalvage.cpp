#include "StoreSalvage.h"

#include "AuditChain.h"
#include "AuditLog.h"
#include "Logging.h"
#include "OutboxTable.h"
#include "StoreSchema.h"
#include "StoreSql.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

struct Carried
{
    int outbox = 0;
    int audit = 0;
    /// The last position of the old chain according to its head; -1 when unknown.
    qint64 oldHeadSeq = -1;
    bool outboxComplete = false;
    bool auditComplete = false;
};

/// What the damaged file's connection reads; a failure to write stops the whole carry.
class Copier
{
public:
    Copier(QSqlDatabase& damaged, QSqlDatabase& fresh, const QDateTime& now)
        : m_damaged(damaged)
        , m_fresh(fresh)
        , m_now(now)
    {
    }

    /// False when writing into the fresh file failed.
    bool copy(int schemaVersion, Carried& carried)
    {
        return copyOutbox(schemaVersion, carried) && copyAudit(schemaVersion, carried);
    }

private:
    bool copyOutbox(int schemaVersion, Carried& carried)
    {
        QSqlQuery read(m_damaged);
        read.setForwardOnly(true);
        // Before version 4 every entry was Keyloop's and the column did not exist.
        QString columns = OutboxTable::columns();
        if (schemaVersion < 4)
            columns.replace(u", provider"_s, u", 'keyloop'"_s);
        if (!read.exec(
                u"SELECT %1 FROM outbox NOT INDEXED WHERE state IN ('queued', 'sending') ORDER BY id"_s.arg(
                    columns))) {
            qCWarning(lcStore) << "damaged cache: outbox unreadable:" << read.lastError().text();
            return true;
        }
        OutboxTable outbox(m_fresh);
        while (read.next()) {
            OutboxEntry e;
            e.id = read.value(0).toLongLong();
            e.idempotencyKey = read.value(1).toString();
            e.kind = OutboxEntry::kindFromString(read.value(2).toString());
            e.enterpriseId = read.value(3).toString();
            e.storeId = read.value(4).toString();
            e.paymentId = read.value(5).toString();
            e.payload = StoreSql::toJson(read.value(6));
            e.attempts = read.value(8).toInt();
            e.nextAttemptAt = StoreSql::toDate(read.value(9));
            e.lastError = read.value(10).toString();
            e.createdAt = StoreSql::toDate(read.value(11));
            e.provider = read.value(13).toString();
            if (e.idempotencyKey.isEmpty())
                continue; // never replay an action without its key
            if (auto r = outbox.insertCarried(e, m_now); !r) {
                qCWarning(lcStore) << "damaged cache: cannot carry outbox entry" << e.id << ":"
                                   << r.error().detail;
                return false;
            }
            ++carried.outbox;
        }
        carried.outboxComplete = !read.lastError().isValid();
        if (!carried.outboxComplete)
            qCWarning(lcStore) << "damaged cache: outbox read stopped:" << read.lastError().text();
        return true;
    }

    bool copyAudit(int schemaVersion, Carried& carried)
    {
        return schemaVersion >= 3 ? copyChainedAudit(carried) : copyUnchainedAudit(carried);
    }

    bool copyChainedAudit(Carried& carried)
    {
        {
            QSqlQuery head(m_damaged);
            if (head.exec(u"SELECT seq FROM audit_head WHERE id = 1"_s) && head.next())
                carried.oldHeadSeq = head.value(0).toLongLong();
        }
        QSqlQuery read(m_damaged);
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT id, seq, at, who, os_user, action, enterprise_id, store_id, payment_id, "
                       "before_json, after_json, hash FROM audit_log NOT INDEXED ORDER BY id"_s)) {
            qCWarning(lcStore) << "damaged cache: audit log unreadable:" << read.lastError().text();
            return true;
        }
        AuditLog log(m_fresh);
        qint64 expected = 1;
        QString previous;
        bool linked = true;
        while (read.next()) {
            const qint64 id = read.value(0).toLongLong();
            const AuditChain::Row row{read.value(1).toLongLong(), read.value(2).toLongLong(),
                                      read.value(3).toString(),   read.value(4).toString(),
                                      read.value(5).toString(),   read.value(6).toString(),
                                      read.value(7).toString(),   read.value(8).toString(),
                                      read.value(9).toString(),   read.value(10).toString()};
            const QString hash = read.value(11).toString();
            if (read.value(1).isNull() || row.seq != expected ||
                AuditChain::linkHash(previous, row) != hash) {
                // Re-chaining from here would make an edited line verify: leave the rest behind.
                qCWarning(lcStore) << "damaged cache: audit chain does not link at position" << expected
                                   << "; later lines stay in the moved-aside file";
                linked = false;
                break;
            }
            if (auto r = log.appendChained(id, row, hash); !r) {
                qCWarning(lcStore) << "damaged cache: cannot carry audit line" << id << ":"
                                   << r.error().detail;
                return false;
            }
            previous = hash;
            ++expected;
            ++carried.audit;
        }
        const bool readAll = linked && !read.lastError().isValid();
        if (linked && !readAll)
            qCWarning(lcStore) << "damaged cache: audit log read stopped:" << read.lastError().text();
        carried.auditComplete = readAll && (carried.oldHeadSeq < 0 || carried.oldHeadSeq == carried.audit);
        return true;
    }

    bool copyUnchainedAudit(Carried& carried)
    {
        QSqlQuery read(m_damaged);
        read.setForwardOnly(true);
        if (!read.exec(
                u"SELECT at, who, action, enterprise_id, store_id, payment_id, before_json, after_json "
                "FROM audit_log NOT INDEXED ORDER BY id"_s)) {
            qCWarning(lcStore) << "damaged cache: audit log unreadable:" << read.lastError().text();
            return true;
        }
        AuditLog log(m_fresh);
        while (read.next()) {
            AuditEntry e;
            e.at = StoreSql::toDate(read.value(0));
            e.who = read.value(1).toString();
            e.action = read.value(2).toString();
            e.enterpriseId = read.value(3).toString();
            e.storeId = read.value(4).toString();
            e.paymentId = read.value(5).toString();
            e.before = StoreSql::toJson(read.value(6));
            e.after = StoreSql::toJson(read.value(7));
            // Who ran PayDesk for these lines was never recorded, as in the schema 3 migration.
            if (auto r = log.appendAs(e, QString()); !r) {
                qCWarning(lcStore) << "damaged cache: cannot carry an audit line:" << r.error().detail;
                return false;
            }
            ++carried.audit;
        }
        carried.auditComplete = !read.lastError().isValid();
        return true;
    }

    QSqlDatabase& m_damaged;
    QSqlDatabase& m_fresh;
    QDateTime m_now;
};

bool exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    qCWarning(lcStore) << "damaged cache:" << sql << "failed:" << q.lastError().text();
    return false;
}

} // namespace

StoreSalvage::Report StoreSalvage::carryForward(const QString& damagedPath, QSqlDatabase& fresh,
                                                const QDateTime& now)
{
    Carried carried;
    bool readable = false;
    if (!exec(fresh, u"SAVEPOINT salvage"_s))
        return {};
    const QString name = u"paydesk-store-salvage-%1"_s.arg(quintptr(QThread::currentThread()), 0, 16);
    {
        QSqlDatabase damaged = QSqlDatabase::addDatabase(StoreSql::driver(), name);
        damaged.setDatabaseName(damagedPath);
        // Read-only: the moved-aside file stays exactly as it was found, for a post-mortem.
        damaged.setConnectOptions(
            u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(StoreSql::BusyTimeoutMs));
        int version = -1;
        if (damaged.open()) {
            QSqlQuery q(damaged);
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                version = q.value(0).toInt();
            else
                qCWarning(lcStore) << "damaged cache: unreadable:" << q.lastError().text();
        }
        // A file from a newer PayDesk may have moved these tables on: leave it alone.
        if (version >= 1 && version <= StoreSchema::CurrentVersion) {
            readable = true;
            if (!Copier(damaged, fresh, now).copy(version, carried)) {
                exec(fresh, u"ROLLBACK TO salvage"_s);
                carried = Carried{};
                readable = false;
            }
        }
        damaged.close();
    }
    QSqlDatabase::removeDatabase(name);

    Report report;
    report.outboxEntries = carried.outbox;
    report.auditLines = carried.audit;
    report.complete = readable && carried.outboxComplete && carried.auditComplete;

    AuditEntry rebuilt;
    rebuilt.at = now;
    rebuilt.who = u"system"_s;
    rebuilt.action = u"cache.rebuilt"_s;
    rebuilt.after = QJsonObject{
        {u"movedAside"_s, QFileInfo(damagedPath).fileName()},
        {u"outboxEntriesCarried"_s, report.outboxEntries},
        {u"auditLinesCarried"_s, report.auditLines},
        {u"auditLinesInDamagedCache"_s, carried.oldHeadSeq},
        {u"complete"_s, report.complete},
    };
    if (auto r = AuditLog(fresh).append(rebuilt, now); !r)
        qCWarning(lcStore) << "cannot record the rebuild in the audit log:" << r.error().detail;
    exec(fresh, u"RELEASE salvage"_s);
    qCInfo(lcStore) << "fresh cache: carried" << report.outboxEntries << "unsent actions and"
                    << report.auditLines << "audit lines from the damaged one"
                    << (report.complete ? "(all)" : "(not all could be read)");
    return report;
}

} // namespace paydesk
