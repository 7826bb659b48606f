#include "PaymentUpserter.h"

#include "PaymentRow.h"
#include "StoreSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace paydesk {

PaymentUpserter::PaymentUpserter(const QSqlDatabase& db, PaymentIdIndex& ids)
    : m_ids(ids)
    , m_preload(db)
    , m_preloadRows(db)
    , m_find(db)
    , m_findRow(db)
    , m_insert(db)
    , m_update(db)
    , m_deleteHistory(db)
    , m_writeHistory(db)
    , m_paidAt(db)
{
}

Result<Done, StoreError> PaymentUpserter::prepare()
{
    const QStringList& columns = PaymentRow::writtenColumns();
    const QStringList& names = PaymentRow::placeholders();
    QStringList assignments;
    for (qsizetype i = 0; i < columns.size(); ++i)
        assignments << columns.at(i) + u" = "_s + names.at(i);
    const bool ok =
        m_preload.prepare(
            u"SELECT p.payment_id, p.row_id, p.version, p.status, p.paid_at FROM json_each(?) j "
            "JOIN payments p ON p.payment_id = j.value"_s) &&
        m_preloadRows.prepare(
            u"SELECT p.payment_id, p.row_id, p.version, p.status, p.paid_at FROM json_each(?) j "
            "JOIN payments p ON p.row_id = j.value"_s) &&
        m_find.prepare(u"SELECT row_id, version, status, paid_at FROM payments WHERE payment_id = ?"_s) &&
        m_findRow.prepare(
            u"SELECT row_id, version, status, paid_at FROM payments WHERE row_id = ? AND payment_id = ?"_s) &&
        m_insert.prepare(
            u"INSERT INTO payments (%1) VALUES (%2)"_s.arg(columns.join(u", "_s), names.join(u", "_s))) &&
        m_update.prepare(u"UPDATE payments SET %1 WHERE row_id = :row_id"_s.arg(assignments.join(u", "_s))) &&
        m_deleteHistory.prepare(u"DELETE FROM payment_history WHERE payment_row = :row"_s) &&
        m_writeHistory.prepare(u"INSERT INTO payment_history (payment_row, steps) VALUES (:row, :steps) "
                               "ON CONFLICT (payment_row) DO UPDATE SET steps = excluded.steps"_s) &&
        m_paidAt.prepare(u"UPDATE payments SET paid_at = ? WHERE row_id = ? AND paid_at IS NOT NULL"_s);
    if (!ok) {
        for (QSqlQuery* q : {&m_preload, &m_preloadRows, &m_find, &m_findRow, &m_insert, &m_update,
                             &m_deleteHistory, &m_writeHistory, &m_paidAt}) {
            if (q->lastError().isValid())
                return fail(StoreSql::error(q->lastError()));
        }
        return fail(StoreError::make(StoreError::Kind::Query));
    }
    for (QSqlQuery* q : {&m_preload, &m_preloadRows, &m_find, &m_findRow})
        q->setForwardOnly(true);
    return Done{};
}

Result<Done, StoreError> PaymentUpserter::preload(const QList<Payment>& payments, qsizetype from,
                                                  qsizetype count)
{
    m_preloaded.clear();
    // By row where the id map names them, else by id (its release may come between two look-ups:
    // SQLite's index is back by then).
    QJsonArray ids;
    QJsonArray rows;
    bool byRow = true;
    for (qsizetype i = from; i < from + count && i < payments.size(); ++i) {
        const QString& id = payments.at(i).paymentId;
        m_preloaded.insert(id, Stored{});
        ids.append(id);
        const PaymentIdIndex::Lookup found = m_ids.find(id);
        byRow = byRow && found.active;
        if (found.rowId != 0)
            rows.append(found.rowId);
    }
    const QJsonArray& keys = byRow ? rows : ids;
    // A bulk load's new payments: the map knows no row holds them.
    if (keys.isEmpty())
        return Done{};
    // What a named row holds is what the cache has of that payment, whichever id it was named for.
    QSqlQuery& read = byRow ? m_preloadRows : m_preload;
    read.bindValue(0, QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)));
    PD_EXEC(read);
    while (read.next()) {
        if (auto it = m_preloaded.find(read.value(0).toString()); it != m_preloaded.end()) {
            *it = Stored{read.value(1).toLongLong(), read.value(2).toLongLong(), read.value(3).toString(),
                         read.value(4)};
        }
    }
    const bool failed = read.lastError().isValid();
    read.finish();
    if (failed)
        return fail(StoreSql::error(read.lastError()));
    return Done{};
}

Result<PaymentUpserter::Stored, StoreError> PaymentUpserter::find(const QString& paymentId)
{
    if (auto it = m_preloaded.constFind(paymentId); it != m_preloaded.cend())
        return *it;
    const PaymentIdIndex::Lookup found = m_ids.find(paymentId);
    if (found.active && found.rowId == 0)
        return Stored{};
    QSqlQuery& read = found.active ? m_findRow : m_find;
    int position = 0;
    if (found.active)
        read.bindValue(position++, found.rowId);
    read.bindValue(position, StoreSql::text(paymentId));
    PD_EXEC(read);
    Stored stored;
    if (read.next()) {
        stored = Stored{read.value(0).toLongLong(), read.value(1).toLongLong(), read.value(2).toString(),
                        read.value(3)};
    } else if (read.lastError().isValid()) {
        return fail(StoreSql::error(read.lastError()));
    }
    read.finish();
    return stored;
}

Result<bool, StoreError> PaymentUpserter::apply(const Payment& p)
{
    auto found = find(p.paymentId);
    if (!found)
        return fail(std::move(found).error());
    const Stored known = *found;
    // What this write leaves in the cache, for a later payment of the same preloaded page.
    auto remember = [&](qint64 rowId, const QDateTime& paidAt) {
        if (m_preloaded.contains(p.paymentId))
            m_preloaded.insert(p.paymentId,
                               Stored{rowId, p.version, p.status.toString(), StoreSql::fromDate(paidAt)});
    };
    if (known.rowId == 0) {
        const QDateTime paidAt = p.status.isPaid() ? [&] {
            const QDateTime fromHistory = PaymentRow::paidAtFromHistory(p.history);
            return fromHistory.isValid() ? fromHistory : p.updatedAt;
        }()
                                                   : QDateTime();
        PaymentRow::bind(m_insert, p, paidAt);
        PD_EXEC(m_insert);
        const qint64 rowId = m_insert.lastInsertId().toLongLong();
        m_ids.add(p.paymentId, rowId);
        remember(rowId, paidAt);
        if (!p.history.isEmpty()) {
            // A new row: paid_at was taken from this history already.
            if (auto r = storeHistory(rowId, p.history); !r)
                return fail(std::move(r).error());
        }
        return true;
    }
    const qint64 rowId = known.rowId;
    Payment stored;
    stored.paymentId = p.paymentId;
    stored.version = known.version;
    stored.status = PaymentStatus::fromString(known.status);
    const QDateTime storedPaidAt = StoreSql::toDate(known.paidAt);

    if (Payment::supersedes(p, stored)) {
        QDateTime paidAt;
        if (p.status.isPaid()) {
            paidAt = PaymentRow::paidAtFromHistory(p.history);
            if (!paidAt.isValid())
                paidAt = storedPaidAt.isValid() ? storedPaidAt : p.updatedAt;
        }
        PaymentRow::bind(m_update, p, paidAt);
        m_update.bindValue(u":row_id"_s, rowId);
        PD_EXEC(m_update);
        remember(rowId, paidAt);
        if (!p.history.isEmpty()) {
            if (auto r = writeHistory(rowId, p.history); !r)
                return fail(std::move(r).error());
        }
        return true;
    }
    // Same version with a history: a details fetch of what we already hold. Keep the
    // timeline; the row itself is unchanged.
    if (p.version == stored.version && !p.history.isEmpty()) {
        if (auto r = writeHistory(rowId, p.history); !r)
            return fail(std::move(r).error());
        return true;
    }
    return false;
}

Result<Done, StoreError> PaymentUpserter::writeHistory(qint64 rowId, const QList<StatusChange>& history)
{
    if (auto r = storeHistory(rowId, history); !r)
        return r;
    // A full timeline knows exactly when the payment was paid.
    if (const QDateTime paidAt = PaymentRow::paidAtFromHistory(history); paidAt.isValid()) {
        m_paidAt.bindValue(0, StoreSql::fromDate(paidAt));
        m_paidAt.bindValue(1, rowId);
        PD_EXEC(m_paidAt);
    }
    return Done{};
}

Result<Done, StoreError> PaymentUpserter::storeHistory(qint64 rowId, const QList<StatusChange>& history)
{
    // By name, as PaymentRow::bind() does: a bind by position makes its name on every call.
    if (history.isEmpty()) {
        m_deleteHistory.bindValue(u":row"_s, rowId);
        PD_EXEC(m_deleteHistory);
        return Done{};
    }
    m_writeHistory.bindValue(u":row"_s, rowId);
    m_writeHistory.bindValue(u":steps"_s, PaymentRow::historyToDb(history));
    PD_EXEC(m_writeHistory);
    return Done{};
}

} // namespace paydesk
