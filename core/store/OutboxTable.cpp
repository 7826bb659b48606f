#include "OutboxTable.h"

#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

OutboxEntry fromQuery(const QSqlQuery& q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.idempotencyKey = q.value(1).toString();
    e.kind = OutboxEntry::kindFromString(q.value(2).toString());
    e.enterpriseId = q.value(3).toString();
    e.storeId = q.value(4).toString();
    e.paymentId = q.value(5).toString();
    e.payload = StoreSql::toJson(q.value(6));
    e.state = OutboxEntry::stateFromString(q.value(7).toString());
    e.attempts = q.value(8).toInt();
    e.nextAttemptAt = StoreSql::toDate(q.value(9));
    e.lastError = q.value(10).toString();
    e.createdAt = StoreSql::toDate(q.value(11));
    e.updatedAt = StoreSql::toDate(q.value(12));
    e.provider = q.value(13).toString();
    return e;
}

} // namespace

OutboxTable::OutboxTable(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString OutboxTable::columns()
{
    return u"id, idempotency_key, kind, enterprise_id, store_id, payment_id, payload, state, attempts, "
           "next_attempt_at, last_error, created_at, updated_at, provider"_s;
}

Result<qint64, StoreError> OutboxTable::insert(const OutboxEntry& entry, const QDateTime& now)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO outbox (idempotency_key, kind, enterprise_id, store_id, payment_id, payload, state, "
        "attempts, next_attempt_at, last_error, created_at, updated_at, provider) "
        "VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, '', ?, ?, ?)"_s);
    q.bindValue(0, StoreSql::text(entry.idempotencyKey));
    q.bindValue(1, OutboxEntry::kindToString(entry.kind));
    q.bindValue(2, StoreSql::text(entry.enterpriseId));
    q.bindValue(3, StoreSql::text(entry.storeId));
    q.bindValue(4, StoreSql::text(entry.paymentId));
    q.bindValue(5, StoreSql::fromJson(entry.payload));
    q.bindValue(6, StoreSql::fromDate(entry.nextAttemptAt));
    q.bindValue(7, (entry.createdAt.isValid() ? entry.createdAt : now).toMSecsSinceEpoch());
    q.bindValue(8, now.toMSecsSinceEpoch());
    q.bindValue(9, StoreSql::text(entry.provider));
    PD_EXEC(q);
    return q.lastInsertId().toLongLong();
}

Result<Done, StoreError> OutboxTable::insertCarried(const OutboxEntry& entry, const QDateTime& now)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO outbox (id, idempotency_key, kind, enterprise_id, store_id, payment_id, payload, "
              "state, attempts, next_attempt_at, last_error, created_at, updated_at, provider) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, entry.id);
    q.bindValue(1, StoreSql::text(entry.idempotencyKey));
    q.bindValue(2, OutboxEntry::kindToString(entry.kind));
    q.bindValue(3, StoreSql::text(entry.enterpriseId));
    q.bindValue(4, StoreSql::text(entry.storeId));
    q.bindValue(5, StoreSql::text(entry.paymentId));
    q.bindValue(6, StoreSql::fromJson(entry.payload));
    q.bindValue(7, entry.attempts);
    q.bindValue(8, StoreSql::fromDate(entry.nextAttemptAt));
    q.bindValue(9, StoreSql::text(entry.lastError));
    q.bindValue(10, (entry.createdAt.isValid() ? entry.createdAt : now).toMSecsSinceEpoch());
    q.bindValue(11, now.toMSecsSinceEpoch());
    q.bindValue(12, StoreSql::text(entry.provider));
    PD_EXEC(q);
    return Done{};
}

Result<QList<OutboxEntry>, StoreError> OutboxTable::select(const QString& tail, const QVariantList& binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT %1 FROM outbox%2"_s.arg(columns(), tail)))
        return fail(StoreSql::error(q.lastError()));
    StoreSql::bindAll(q, binds);
    PD_EXEC(q);
    QList<OutboxEntry> entries;
    while (q.next())
        entries << fromQuery(q);
    if (q.lastError().isValid()) // a damaged page met half-way through the rows
        return fail(StoreSql::error(q.lastError()));
    return entries;
}

Result<QList<OutboxEntry>, StoreError> OutboxTable::due(const QDateTime& now)
{
    return select(
        u" WHERE state = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id"_s,
        {now.toMSecsSinceEpoch()});
}

Result<QList<OutboxEntry>, StoreError> OutboxTable::entries(const QList<OutboxEntry::State>& states)
{
    if (states.isEmpty())
        return select(u" ORDER BY id"_s, {});
    QVariantList binds;
    for (OutboxEntry::State state : states)
        binds << OutboxEntry::stateToString(state);
    return select(u" WHERE state IN (%1) ORDER BY id"_s.arg(StoreSql::placeholders(states.size())), binds);
}

Result<std::optional<OutboxEntry>, StoreError> OutboxTable::entry(qint64 id)
{
    auto found = select(u" WHERE id = ?"_s, {id});
    if (!found)
        return fail(std::move(found).error());
    if (found->isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(found->first());
}

Result<int, StoreError> OutboxTable::unsentCount()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending')"_s) || !q.next())
        return fail(StoreSql::error(q.lastError()));
    return q.value(0).toInt();
}

Result<Done, StoreError> OutboxTable::transition(const QString& sql, const QVariantList& binds)
{
    // A single UPDATE is its own transaction: the state change is atomic and durable.
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return fail(StoreSql::error(q.lastError()));
    StoreSql::bindAll(q, binds);
    PD_EXEC(q);
    if (q.numRowsAffected() < 1)
        return fail(StoreError::make(StoreError::Kind::NotFound));
    return Done{};
}

Result<Done, StoreError> OutboxTable::markSending(qint64 id, const QDateTime& now)
{
    return transition(u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? "
                      "WHERE id = ? AND state = 'queued'"_s,
                      {now.toMSecsSinceEpoch(), id});
}

Result<Done, StoreError> OutboxTable::markSent(qint64 id, const QDateTime& now, const QString& paymentId)
{
    return transition(u"UPDATE outbox SET state = 'sent', last_error = '', updated_at = ?, "
                      "payment_id = CASE WHEN ? = '' THEN payment_id ELSE ? END WHERE id = ?"_s,
                      {now.toMSecsSinceEpoch(), StoreSql::text(paymentId), StoreSql::text(paymentId), id});
}

Result<Done, StoreError> OutboxTable::markFailed(qint64 id, const QDateTime& now, const QString& error)
{
    return transition(u"UPDATE outbox SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?"_s,
                      {StoreSql::text(error), now.toMSecsSinceEpoch(), id});
}

Result<Done, StoreError> OutboxTable::markRetryLater(qint64 id, const QDateTime& nextAttemptAt,
                                                     const QString& error, const QDateTime& now)
{
    return transition(
        u"UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = ?, "
        "updated_at = ? WHERE id = ? AND state IN ('queued', 'sending')"_s,
        {StoreSql::fromDate(nextAttemptAt), StoreSql::text(error), now.toMSecsSinceEpoch(), id});
}

Result<Done, StoreError> OutboxTable::requeueSending(qint64 id, const QDateTime& nextAttemptAt,
                                                     const QString& error, const QDateTime& now)
{
    return transition(
        u"UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = ?, "
        "updated_at = ? WHERE id = ? AND state = 'sending'"_s,
        {StoreSql::fromDate(nextAttemptAt), StoreSql::text(error), now.toMSecsSinceEpoch(), id});
}

Result<int, StoreError> OutboxTable::requeueAllSending()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"UPDATE outbox SET state = 'queued' WHERE state = 'sending'"_s))
        return fail(StoreSql::error(q.lastError()));
    return q.numRowsAffected();
}

} // namespace paydesk
