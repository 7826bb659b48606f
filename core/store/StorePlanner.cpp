#include "StorePlanner.h"

#include "StoreSql.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

/// The rows in the table, or near enough for a plan (row ids are not reused).
qint64 tableRows(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT max(row_id) FROM payments"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/**
 * The first sql.rowsNeeded() of `matches` (the ids of `predicate`) in the sort's order: the
 * sort's index walked over the other criteria until that many of them have passed. Nothing
 * on a database error (the caller then lets SQLite plan).
 */
std::optional<QList<qint64>> firstInSortOrder(const QSqlDatabase& db, const PaymentQuerySql& sql,
                                              int predicate, const QList<qint64>& matches)
{
    const QSet<qint64> set(matches.cbegin(), matches.cend());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql.walkIdsSelect(predicate)))
        return std::nullopt;
    StoreSql::bindAll(q, sql.bindsWithout(predicate));
    if (!q.exec())
        return std::nullopt;
    const qint64 needed = sql.rowsNeeded();
    QList<qint64> picked;
    picked.reserve(qMin(needed, qint64(matches.size())));
    while (picked.size() < needed && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (set.contains(id))
            picked << id;
    }
    if (q.lastError().isValid())
        return std::nullopt;
    return picked;
}

} // namespace

StorePlanner::Source StorePlanner::source(const QSqlDatabase& db, PaymentQuerySql& sql, int threshold)
{
    QList<qint64> counts;
    QHash<int, QList<qint64>> read; // candidate → the ids it matched
    int readAll = -1;               // the candidate whose every match was read, more than threshold
    bool narrowed = false;          // a candidate so far has at most `threshold` rows
    const QList<PaymentQuerySql::Candidate> candidates = sql.candidates(threshold);
    for (int i = 0; i < candidates.size(); ++i) {
        const PaymentQuerySql::Candidate& candidate = candidates.at(i);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const bool readIds = !candidate.idsSql.isEmpty();
        const bool all = readIds && !narrowed && sql.rowsNeeded() > 0;
        const QString text = all ? sql.idsSql(candidate.predicate, kMaxWalkMatches + 1)
                                 : (readIds ? candidate.idsSql : candidate.countSql);
        if (!q.prepare(text))
            return {u"payments"_s, Plan::SqliteDecides};
        StoreSql::bindAll(q, candidate.binds);
        if (!q.exec())
            return {u"payments"_s, Plan::SqliteDecides};
        if (readIds) {
            QList<qint64> ids;
            while (q.next())
                ids << q.value(0).toLongLong();
            if (q.lastError().isValid())
                return {u"payments"_s, Plan::SqliteDecides};
            if (all && ids.size() > threshold && ids.size() <= kMaxWalkMatches)
                readAll = i;
            counts << qMin(ids.size(), qsizetype(threshold) + 1);
            read.insert(i, std::move(ids));
        } else {
            if (!q.next())
                return {u"payments"_s, Plan::SqliteDecides};
            counts << q.value(0).toLongLong();
        }
        narrowed = narrowed || counts.constLast() <= threshold;
    }
    const int best = sql.chooseCandidate(counts, threshold);
    if (best >= 0 && read.contains(best) && read.value(best).size() <= kMaxLiteralIds) {
        sql.useRowIds(candidates.at(best).predicate, read.value(best));
        // NOT INDEXED still reads "row_id IN (…)" by the primary key; without it SQLite may
        // prefer a dense filter's index (status) and test every row of it against the list.
        return {u"payments NOT INDEXED"_s, Plan::LiteralIds};
    }
    if (best < 0 && readAll >= 0) {
        const QList<qint64>& matches = read.value(readAll);
        const qint64 rows = tableRows(db);
        if (rows > 0 && double(sql.rowsNeeded()) * double(rows) / double(matches.size()) <= kMaxWalkEntries) {
            const int predicate = candidates.at(readAll).predicate;
            if (auto picked = firstInSortOrder(db, sql, predicate, matches)) {
                sql.useRowIds(predicate, *picked);
                return {u"payments NOT INDEXED"_s, Plan::PickedByWalk};
            }
        }
    }
    return {sql.chooseSource(counts, threshold), best < 0 ? Plan::Walk : Plan::Candidate};
}

int StorePlanner::automaticThreshold(const QSqlDatabase& db)
{
    const qint64 rows = tableRows(db);
    if (rows < 0)
        return 10'000;
    return qBound(500, int(std::sqrt(30.0 * double(rows))), 10'000);
}

} // namespace paydesk
