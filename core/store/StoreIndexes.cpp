#include "StoreIndexes.h"

#include "StoreSchema.h"
#include "StoreSql.h"
#include "WriteTransaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

const QString FillTable = u"fts_fill"_s;

/// While the FTS index is filled: keep its filled part (row_id ≤ done) in step.
QList<StoreSchema::Derived> fillTriggers()
{
    return {
        {u"payments_fts_fill_insert"_s,
         uR"(CREATE TRIGGER IF NOT EXISTS payments_fts_fill_insert AFTER INSERT ON payments
WHEN new.row_id <= (SELECT done FROM fts_fill) BEGIN
    INSERT INTO payments_fts(rowid, search_text) VALUES (new.row_id, new.search_text);
END)"_s},
        {u"payments_fts_fill_delete"_s,
         uR"(CREATE TRIGGER IF NOT EXISTS payments_fts_fill_delete AFTER DELETE ON payments
WHEN old.row_id <= (SELECT done FROM fts_fill) BEGIN
    INSERT INTO payments_fts(payments_fts, rowid, search_text) VALUES ('delete', old.row_id, old.search_text);
END)"_s},
        {u"payments_fts_fill_update"_s,
         uR"(CREATE TRIGGER IF NOT EXISTS payments_fts_fill_update AFTER UPDATE OF search_text ON payments
WHEN old.search_text IS NOT new.search_text AND old.row_id <= (SELECT done FROM fts_fill) BEGIN
    INSERT INTO payments_fts(payments_fts, rowid, search_text) VALUES ('delete', old.row_id, old.search_text);
    INSERT INTO payments_fts(rowid, search_text) VALUES (new.row_id, new.search_text);
END)"_s},
    };
}

Result<Done, StoreError> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return fail(StoreSql::error(q.lastError()));
    StoreSql::bindAll(q, binds);
    PD_EXEC(q);
    return Done{};
}

/// The names of the file's indexes, triggers and tables.
Result<QSet<QString>, StoreError> schemaNames(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger', 'table')"_s))
        return fail(StoreSql::error(q.lastError()));
    QSet<QString> names;
    while (q.next())
        names.insert(q.value(0).toString());
    if (q.lastError().isValid())
        return fail(StoreSql::error(q.lastError()));
    return names;
}

Result<std::optional<qint64>, StoreError> scalar(const QSqlDatabase& db, const QString& sql,
                                                 const QVariantList& binds = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(StoreSql::error(q.lastError()));
    StoreSql::bindAll(q, binds);
    PD_EXEC(q);
    if (!q.next()) {
        if (q.lastError().isValid())
            return fail(StoreSql::error(q.lastError()));
        return std::optional<qint64>();
    }
    const QVariant value = q.value(0);
    return value.isNull() ? std::optional<qint64>() : std::optional<qint64>(value.toLongLong());
}

} // namespace

Result<bool, StoreError> StoreIndexes::has(const QSqlDatabase& db, const QString& name)
{
    auto found = scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = ?"_s, {name});
    if (!found)
        return fail(std::move(found).error());
    return found->value_or(0) > 0;
}

Result<bool, StoreError> StoreIndexes::pending(const QSqlDatabase& db)
{
    auto names = schemaNames(db);
    if (!names)
        return fail(std::move(names).error());
    if (names->contains(FillTable))
        return true;
    for (const auto& list : {StoreSchema::paymentIndexes(), StoreSchema::ftsTriggers()}) {
        for (const StoreSchema::Derived& derived : list) {
            if (!names->contains(derived.name))
                return true;
        }
    }
    return false;
}

Result<Done, StoreError> StoreIndexes::dropForBulkLoad(const QSqlDatabase& db)
{
    for (const auto& list : {StoreSchema::ftsTriggers(), fillTriggers()}) {
        for (const StoreSchema::Derived& trigger : list) {
            if (auto r = exec(db, u"DROP TRIGGER IF EXISTS %1"_s.arg(trigger.name)); !r)
                return r;
        }
    }
    for (const StoreSchema::Derived& index : StoreSchema::paymentIndexes()) {
        if (auto r = exec(db, u"DROP INDEX IF EXISTS %1"_s.arg(index.name)); !r)
            return r;
    }
    for (
        const QString& sql :
        {u"INSERT INTO payments_fts(payments_fts) VALUES ('delete-all')"_s,
         u"CREATE TABLE IF NOT EXISTS fts_fill (id INTEGER PRIMARY KEY CHECK (id = 1), done INTEGER NOT NULL)"_s,
         u"INSERT OR REPLACE INTO fts_fill (id, done) VALUES (1, 0)"_s}) {
        if (auto r = exec(db, sql); !r)
            return r;
    }
    return Done{};
}

Result<bool, StoreError> StoreIndexes::buildStep(const QSqlDatabase& db, int ftsChunkRows)
{
    WriteTransaction tx(db);
    if (auto r = tx.begin(); !r)
        return fail(std::move(r).error());
    auto names = schemaNames(db);
    if (!names)
        return fail(std::move(names).error());

    // 1. The indexes, one a transaction (searching and sorting need them most).
    for (const StoreSchema::Derived& index : StoreSchema::paymentIndexes()) {
        if (names->contains(index.name))
            continue;
        if (auto r = exec(db, index.sql); !r)
            return fail(std::move(r).error());
        if (auto r = tx.commit(); !r)
            return fail(std::move(r).error());
        return false;
    }

    const QList<StoreSchema::Derived> triggers = StoreSchema::ftsTriggers();
    if (!names->contains(FillTable)) {
        const bool ready =
            std::all_of(triggers.cbegin(), triggers.cend(),
                        [&](const StoreSchema::Derived& t) { return names->contains(t.name); });
        if (ready)
            return true;
        // FTS triggers missing without a fill in progress: fill the FTS index from scratch.
        for (const StoreSchema::Derived& trigger : triggers) {
            if (auto r = exec(db, u"DROP TRIGGER IF EXISTS %1"_s.arg(trigger.name)); !r)
                return fail(std::move(r).error());
        }
        for (const QString& sql :
             {u"INSERT INTO payments_fts(payments_fts) VALUES ('delete-all')"_s,
              u"CREATE TABLE fts_fill (id INTEGER PRIMARY KEY CHECK (id = 1), done INTEGER NOT NULL)"_s,
              u"INSERT INTO fts_fill (id, done) VALUES (1, 0)"_s}) {
            if (auto r = exec(db, sql); !r)
                return fail(std::move(r).error());
        }
    }

    // 2. The FTS index, a chunk of rows a transaction.
    for (const StoreSchema::Derived& trigger : fillTriggers()) {
        if (auto r = exec(db, trigger.sql); !r)
            return fail(std::move(r).error());
    }
    auto done = scalar(db, u"SELECT done FROM fts_fill WHERE id = 1"_s);
    if (!done)
        return fail(std::move(done).error());
    const qint64 from = done->value_or(0);
    auto top = scalar(
        db,
        u"SELECT max(row_id) FROM (SELECT row_id FROM payments WHERE row_id > ? ORDER BY row_id LIMIT ?)"_s,
        {from, ftsChunkRows});
    if (!top)
        return fail(std::move(top).error());
    if (top->has_value()) {
        if (auto r =
                exec(db,
                     u"INSERT INTO payments_fts(rowid, search_text) SELECT row_id, search_text FROM payments "
                     "WHERE row_id > ? AND row_id <= ?"_s,
                     {from, **top});
            !r)
            return fail(std::move(r).error());
        if (auto r = exec(db, u"UPDATE fts_fill SET done = ? WHERE id = 1"_s, {**top}); !r)
            return fail(std::move(r).error());
        if (auto r = tx.commit(); !r)
            return fail(std::move(r).error());
        return false;
    }

    // 3. Every row is in the FTS index: the usual triggers take over.
    for (const StoreSchema::Derived& trigger : fillTriggers()) {
        if (auto r = exec(db, u"DROP TRIGGER IF EXISTS %1"_s.arg(trigger.name)); !r)
            return fail(std::move(r).error());
    }
    for (const StoreSchema::Derived& trigger : triggers) {
        if (auto r = exec(db, u"DROP TRIGGER IF EXISTS %1"_s.arg(trigger.name)); !r)
            return fail(std::move(r).error());
        if (auto r = exec(db, trigger.sql); !r)
            return fail(std::move(r).error());
    }
    if (auto r = exec(db, u"DROP TABLE fts_fill"_s); !r)
        return fail(std::move(r).error());
    if (auto r = tx.commit(); !r)
        return fail(std::move(r).error());
    return true;
}

} // namespace paydesk
