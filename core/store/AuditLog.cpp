#include "AuditLog.h"

#include "Logging.h"
#include "ReadTransaction.h"
#include "StoreSql.h"
#include "util/OsAccount.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace paydesk {

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<AuditLog::Head, StoreError> AuditLog::head()
{
    QSqlQuery head(m_db);
    head.setForwardOnly(true);
    if (!head.exec(u"SELECT seq, hash FROM audit_head WHERE id = 1"_s))
        return fail(StoreSql::error(head.lastError()));
    if (head.next())
        return Head{head.value(0).toLongLong(), head.value(1).toString()};
    // Someone deleted the head. Carry on after the last line so dealer actions still work, but
    // never re-create the head: that would erase the evidence verify() reports.
    qCWarning(lcStore) << "audit chain head is missing; the audit log was tampered with";
    QSqlQuery last(m_db);
    last.setForwardOnly(true);
    if (!last.exec(u"SELECT seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1"_s))
        return fail(StoreSql::error(last.lastError()));
    if (last.next())
        return Head{last.value(0).toLongLong(), last.value(1).toString()};
    return Head{};
}

Result<qint64, StoreError> AuditLog::insert(const AuditChain::Row& row, const QString& hash, qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO audit_log (id, at, who, action, enterprise_id, store_id, payment_id, before_json, "
        "after_json, seq, os_user, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    // A NULL id lets AUTOINCREMENT choose it.
    q.bindValue(0, id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(1, row.atMs);
    q.bindValue(2, row.who);
    q.bindValue(3, row.action);
    q.bindValue(4, row.enterpriseId);
    q.bindValue(5, row.storeId);
    q.bindValue(6, row.paymentId);
    q.bindValue(7, row.beforeJson);
    q.bindValue(8, row.afterJson);
    q.bindValue(9, row.seq);
    q.bindValue(10, row.osUser);
    q.bindValue(11, hash);
    PD_EXEC(q);
    const qint64 inserted = q.lastInsertId().toLongLong();

    QSqlQuery advance(m_db);
    advance.prepare(u"UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"_s);
    advance.bindValue(0, row.seq);
    advance.bindValue(1, hash);
    PD_EXEC(advance);
    return inserted;
}

Result<qint64, StoreError> AuditLog::append(const AuditEntry& entry, const QDateTime& now)
{
    AuditEntry stamped = entry;
    if (!stamped.at.isValid())
        stamped.at = now;
    return appendAs(stamped, OsAccount::currentUserName());
}

Result<qint64, StoreError> AuditLog::appendAs(const AuditEntry& entry, const QString& osAccount)
{
    auto last = head();
    if (!last)
        return fail(std::move(last).error());
    const AuditChain::Row row{
        last->seq + 1,
        entry.at.toMSecsSinceEpoch(),
        StoreSql::text(entry.who),
        StoreSql::text(osAccount),
        StoreSql::text(entry.action),
        StoreSql::text(entry.enterpriseId),
        StoreSql::text(entry.storeId),
        StoreSql::text(entry.paymentId),
        StoreSql::fromJson(entry.before),
        StoreSql::fromJson(entry.after),
    };
    return insert(row, AuditChain::linkHash(last->hash, row), 0);
}

Result<Done, StoreError> AuditLog::appendChained(qint64 id, const AuditChain::Row& row, const QString& hash)
{
    if (auto r = insert(row, hash, id); !r)
        return fail(std::move(r).error());
    return Done{};
}

Result<QList<AuditEntry>, StoreError> AuditLog::newest(int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, at, who, action, enterprise_id, store_id, payment_id, before_json, after_json, "
              "os_user, seq FROM audit_log ORDER BY id DESC LIMIT ?"_s);
    q.bindValue(0, limit > 0 ? limit : -1);
    PD_EXEC(q);
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = StoreSql::toDate(q.value(1));
        e.who = q.value(2).toString();
        e.action = q.value(3).toString();
        e.enterpriseId = q.value(4).toString();
        e.storeId = q.value(5).toString();
        e.paymentId = q.value(6).toString();
        e.before = StoreSql::toJson(q.value(7));
        e.after = StoreSql::toJson(q.value(8));
        e.osAccount = q.value(9).toString();
        e.sequence = q.value(10).toLongLong();
        entries << e;
    }
    if (q.lastError().isValid())
        return fail(StoreSql::error(q.lastError()));
    return entries;
}

Result<AuditChainCheck, StoreError> AuditLog::verify()
{
    // One snapshot: the lines and the head agree even while another thread appends.
    ReadTransaction read(m_db);
    if (auto r = read.begin(); !r)
        return fail(std::move(r).error());

    AuditChainCheck check;
    const auto broken = [&check](AuditChainCheck::Problem problem, qint64 seq, qint64 id) {
        check.problem = problem;
        check.brokenSeq = seq;
        check.brokenId = id;
        qCWarning(lcStore) << "audit chain broken at position" << seq << "(line id" << id << ")";
        return check;
    };
    qint64 expected = 1;
    QString previous;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // NULL positions sort first: a line slipped in around the store is reported at once.
        if (!q.exec(u"SELECT id, seq, at, who, os_user, action, enterprise_id, store_id, payment_id, "
                    "before_json, after_json, hash FROM audit_log ORDER BY seq, id"_s))
            return fail(StoreSql::error(q.lastError()));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (q.value(1).isNull())
                return broken(AuditChainCheck::Problem::Unchained, expected, id);
            const qint64 seq = q.value(1).toLongLong();
            if (seq > expected)
                return broken(AuditChainCheck::Problem::Missing, expected, id);
            const AuditChain::Row row{seq,
                                      q.value(2).toLongLong(),
                                      q.value(3).toString(),
                                      q.value(4).toString(),
                                      q.value(5).toString(),
                                      q.value(6).toString(),
                                      q.value(7).toString(),
                                      q.value(8).toString(),
                                      q.value(9).toString(),
                                      q.value(10).toString()};
            // A repeated or out-of-order position cannot hash right either: seq is in the hash.
            const QString stored = q.value(11).toString();
            if (seq < expected || AuditChain::linkHash(previous, row) != stored)
                return broken(AuditChainCheck::Problem::Edited, expected, id);
            previous = stored;
            ++expected;
            ++check.rowsVerified;
        }
        if (q.lastError().isValid())
            return fail(StoreSql::error(q.lastError()));
    }
    QSqlQuery head(m_db);
    head.setForwardOnly(true);
    if (!head.exec(u"SELECT seq, hash FROM audit_head WHERE id = 1"_s))
        return fail(StoreSql::error(head.lastError()));
    if (!head.next())
        return broken(AuditChainCheck::Problem::HeadMismatch, expected, 0);
    const qint64 headSeq = head.value(0).toLongLong();
    if (headSeq >= expected) // the head points past the last line: the tail was deleted
        return broken(AuditChainCheck::Problem::Missing, expected, 0);
    if (headSeq != expected - 1 || head.value(1).toString() != previous)
        return broken(AuditChainCheck::Problem::HeadMismatch, expected, 0);
    return check;
}

} // namespace paydesk
