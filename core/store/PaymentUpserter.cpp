#include "PaymentUpserter.h"

#include "PaymentRow.h"
#include "StoreSql.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace paydesk {

PaymentUpserter::PaymentUpserter(const QSqlDatabase& db)
    : m_find(db)
    , m_insert(db)
    , m_update(db)
    , m_deleteHistory(db)
    , m_insertHistory(db)
    , m_paidAt(db)
{
}

Result<Done, StoreError> PaymentUpserter::prepare()
{
    const QStringList& columns = PaymentRow::writtenColumns();
    QStringList assignments;
    for (const QString& column : columns) {
        if (column != u"payment_id")
            assignments << column + u" = ?"_s;
    }
    const bool ok =
        m_find.prepare(u"SELECT row_id, version, status, paid_at FROM payments WHERE payment_id = ?"_s) &&
        m_insert.prepare(u"INSERT INTO payments (%1) VALUES (%2)"_s.arg(
            columns.join(u", "_s), StoreSql::placeholders(columns.size())))
        // payment_id is bound first like in the insert and matched again in the WHERE.
        && m_update.prepare(
               u"UPDATE payments SET payment_id = ?, %1 WHERE row_id = ?"_s.arg(assignments.join(u", "_s))) &&
        m_deleteHistory.prepare(u"DELETE FROM status_history WHERE payment_row = ?"_s) &&
        m_insertHistory.prepare(u"INSERT INTO status_history (payment_row, position, status, at, "
                                "actor, note) VALUES (?, ?, ?, ?, ?, ?)"_s) &&
        m_paidAt.prepare(u"UPDATE payments SET paid_at = ? WHERE row_id = ? AND paid_at IS NOT NULL"_s);
    if (!ok) {
        for (QSqlQuery* q : {&m_find, &m_insert, &m_update, &m_deleteHistory, &m_insertHistory, &m_paidAt}) {
            if (q->lastError().isValid())
                return fail(StoreSql::error(q->lastError()));
        }
        return fail(StoreError::make(StoreError::Kind::Query));
    }
    m_find.setForwardOnly(true);
    return Done{};
}

Result<bool, StoreError> PaymentUpserter::apply(const Payment& p)
{
    m_find.bindValue(0, StoreSql::text(p.paymentId));
    PD_EXEC(m_find);
    if (!m_find.next()) {
        m_find.finish();
        const QDateTime paidAt = p.status.isPaid() ? [&] {
            const QDateTime fromHistory = PaymentRow::paidAtFromHistory(p.history);
            return fromHistory.isValid() ? fromHistory : p.updatedAt;
        }()
                                                   : QDateTime();
        PaymentRow::bind(m_insert, p, paidAt);
        PD_EXEC(m_insert);
        if (!p.history.isEmpty()) {
            if (auto r = writeHistory(m_insert.lastInsertId().toLongLong(), p.history); !r)
                return fail(std::move(r).error());
        }
        return true;
    }
    const qint64 rowId = m_find.value(0).toLongLong();
    Payment stored;
    stored.paymentId = p.paymentId;
    stored.version = m_find.value(1).toLongLong();
    stored.status = PaymentStatus::fromString(m_find.value(2).toString());
    const QDateTime storedPaidAt = StoreSql::toDate(m_find.value(3));
    m_find.finish();

    if (Payment::supersedes(p, stored)) {
        QDateTime paidAt;
        if (p.status.isPaid()) {
            paidAt = PaymentRow::paidAtFromHistory(p.history);
            if (!paidAt.isValid())
                paidAt = storedPaidAt.isValid() ? storedPaidAt : p.updatedAt;
        }
        PaymentRow::bind(m_update, p, paidAt);
        m_update.bindValue(PaymentRow::writtenColumns().size(), rowId);
        PD_EXEC(m_update);
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
    m_deleteHistory.bindValue(0, rowId);
    PD_EXEC(m_deleteHistory);
    int position = 0;
    for (const StatusChange& change : history) {
        m_insertHistory.bindValue(0, rowId);
        m_insertHistory.bindValue(1, position++);
        m_insertHistory.bindValue(2, change.status.toString());
        m_insertHistory.bindValue(3, StoreSql::fromDate(change.at));
        m_insertHistory.bindValue(4, StatusChange::actorToString(change.actor));
        m_insertHistory.bindValue(5, StoreSql::text(change.note));
        PD_EXEC(m_insertHistory);
    }
    // A full timeline knows exactly when the payment was paid.
    if (const QDateTime paidAt = PaymentRow::paidAtFromHistory(history); paidAt.isValid()) {
        m_paidAt.bindValue(0, StoreSql::fromDate(paidAt));
        m_paidAt.bindValue(1, rowId);
        PD_EXEC(m_paidAt);
    }
    return Done{};
}

} // namespace paydesk
