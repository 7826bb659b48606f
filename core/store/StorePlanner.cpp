#include "StorePlanner.h"

#include "SearchText.h"
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

/// Starts a walk of the sort's index over every criterion of `sql` but `predicate`, reading
/// `columns`; false on a database error.
bool startWalk(QSqlQuery& q, const PaymentQuerySql& sql, const QString& columns, int predicate)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql.walkSelect(columns, predicate)))
        return false;
    StoreSql::bindAll(q, sql.bindsWithout(predicate));
    return q.exec();
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
    if (!startWalk(q, sql, u"row_id"_s, predicate))
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

/**
 * The first sql.rowsNeeded() rows that pass the search (its text predicate), by walking the
 * sort's index over the other criteria and checking each row's own search text and amount.
 * Nothing on a database error, or as soon as the rows read say the walk is the wrong plan,
 * checked every kDenseWalkCheckRows rows: when the rate of matches found so far is below
 * `minDensity` (below it, the FTS index reads the matches for less), or would need more than
 * kMaxDenseWalkRows rows for a page.
 */
std::optional<QList<qint64>> denseWalk(const QSqlDatabase& db, const PaymentQuerySql& sql,
                                       const SearchText::RowMatcher& matcher, double minDensity)
{
    const int predicate = sql.textPredicate();
    QSqlQuery q(db);
    if (!startWalk(q, sql, u"row_id, search_text, amount_minor, currency"_s, predicate))
        return std::nullopt;
    const qint64 needed = sql.rowsNeeded();
    QList<qint64> picked;
    qint64 read = 0;
    while (picked.size() < needed) {
        if (!q.next())
            return q.lastError().isValid() ? std::nullopt : std::optional(picked); // every row seen
        ++read;
        if (matcher.matches(q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()))
            picked << q.value(0).toLongLong();
        if (read % StorePlanner::kDenseWalkCheckRows == 0) {
            const double density = double(picked.size()) / double(read);
            if (density < minDensity || double(needed) > density * double(StorePlanner::kMaxDenseWalkRows))
                return std::nullopt;
        }
    }
    return picked;
}

/**
 * The rows of `match` (an FTS expression of a search's longer words) that pass all of the
 * search (`matcher`): every match of the FTS index, each checked on its own text. Nothing when
 * there are more than StorePlanner::kMaxLiteralIds of them, or on a database error.
 */
std::optional<QList<qint64>> checkedMatches(const QSqlDatabase& db, const QString& match,
                                            const SearchText::RowMatcher& matcher)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT rowid FROM payments_fts WHERE payments_fts MATCH ? LIMIT %1"_s.arg(
            StorePlanner::kMaxLiteralIds + 1)))
        return std::nullopt;
    q.addBindValue(match);
    if (!q.exec())
        return std::nullopt;
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString(); // integers, so inlining them is safe
    if (q.lastError().isValid() || ids.size() > StorePlanner::kMaxLiteralIds)
        return std::nullopt;
    QList<qint64> passed;
    if (ids.isEmpty())
        return passed;
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(
            u"SELECT row_id, search_text, amount_minor, currency FROM payments WHERE row_id IN (%1)"_s.arg(
                ids.join(u','))))
        return std::nullopt;
    while (rows.next()) {
        if (matcher.matches(rows.value(1).toString(), rows.value(2).toLongLong(), rows.value(3).toString()))
            passed << rows.value(0).toLongLong();
    }
    if (rows.lastError().isValid())
        return std::nullopt;
    return passed;
}

} // namespace

StorePlanner::Source StorePlanner::source(const QSqlDatabase& db, PaymentQuerySql& sql, int threshold)
{
    const int textPredicate = sql.textPredicate();
    std::optional<SearchText::RowMatcher> matcher;
    if (textPredicate >= 0)
        matcher.emplace(sql.text(), sql.amounts());
    if (matcher && sql.rowsNeeded() > 0 && matcher->longestWord() <= kMaxDenseWordLength) {
        // Below this rate of matches the FTS index reads them for less than the walk checks
        // rows (a row checked costs about kWalkCostRatio ids read): for words of two or three
        // characters, which its prefix index reads as one list ("ame": 2.5 % of the rows). One
        // character has no prefix index: its FTS read merges nearly every row's words.
        const qint64 rows = matcher->longestWord() > 1 ? tableRows(db) : 0;
        const double minDensity =
            rows > 0 ? std::sqrt(double(sql.rowsNeeded()) * kWalkCostRatio / double(rows)) : 0.0;
        if (auto picked = denseWalk(db, sql, *matcher, minDensity)) {
            sql.useRowIds(textPredicate, *picked);
            return {u"payments NOT INDEXED"_s, Plan::DenseWalk};
        }
    }
    // Very short words beside longer ones ("r 1000"): the FTS index reads the longer words only
    // (a prefix of one letter merges nearly every row's words) and each row it gives is checked
    // for all of them.
    // A search of short words only that the walk above gave up on ("r 100": rare after all):
    // the index reads its words of two letters or more (its prefix index) and the rest likewise.
    QString longerWords = matcher ? matcher->longerWordsMatch(kMaxDenseWordLength) : QString();
    if (longerWords.isEmpty() && matcher && matcher->longestWord() <= kMaxDenseWordLength)
        longerWords = matcher->longerWordsMatch(1);
    int verified = -1; // the candidate whose ids were read that way: all of its matches
    QList<qint64> counts;
    QHash<int, QList<qint64>> read; // candidate → the ids it matched
    int readAll = -1;               // the candidate whose every match was read, more than threshold
    bool narrowed = false;          // a candidate so far has at most `threshold` rows
    const QList<PaymentQuerySql::Candidate> candidates = sql.candidates(threshold);
    for (int i = 0; i < candidates.size(); ++i) {
        const PaymentQuerySql::Candidate& candidate = candidates.at(i);
        if (candidate.predicate == textPredicate && !longerWords.isEmpty()) {
            if (auto ids = checkedMatches(db, longerWords, *matcher)) {
                verified = i;
                if (!narrowed && sql.rowsNeeded() > 0 && ids->size() > threshold)
                    readAll = i;
                counts << qMin(ids->size(), qsizetype(threshold) + 1);
                read.insert(i, std::move(*ids));
                narrowed = narrowed || counts.constLast() <= threshold;
                continue;
            }
        }
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
    if (best < 0 && verified >= 0) {
        // Too many for a short walk, but all of them, checked: SQLite reads and sorts them
        // rather than merging the short words' prefixes in its FTS subquery.
        sql.useRowIds(candidates.at(verified).predicate, read.value(verified));
        return {u"payments NOT INDEXED"_s, Plan::LiteralIds};
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
