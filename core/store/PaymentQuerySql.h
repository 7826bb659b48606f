#pragma once

#include "PaymentQuery.h"
#include "SearchText.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace paydesk {

/**
 * The SQL of one PaymentQuery (internal to core/store), built without a database so that it is
 * unit-tested on its own (tests/core/PaymentQuerySqlTest.cpp).
 *
 * One predicate table drives both uses of the criteria: the WHERE clause is every predicate's
 * term joined with AND, and the planner's candidates are the predicates an index can read on
 * its own. Likewise one sort table gives both the ORDER BY keys and the index they walk.
 *
 * Why a planner of our own: SQLite's, without statistics, guesses that an equality filter is
 * selective and then sorts every match; for "store S05 sorted by customer" over 1M rows that is
 * 50k rows fetched and sorted (600 ms). So the plan is chosen from cheap capped counts (see
 * candidates() and chooseSource()):
 * - if one predicate alone matches at most `threshold` rows, read those through its index and
 *   sort them (bounded work);
 * - otherwise every predicate is dense, so walking the sort column's index in order finds a
 *   page of matches after a few thousand entries and needs no sort at all.
 */
class PaymentQuerySql
{
public:
    /// One criterion of the query.
    struct Predicate
    {
        /// Its term in the WHERE clause, e.g. "store_id IN (?, ?)".
        QString term;
        /// The values of the term's placeholders, in order.
        QVariantList binds;
        /// The FROM clause that reads just the matching rows through an index; empty when no
        /// index serves this criterion alone (it is then a filter only, never a candidate).
        QString source;
        /// What the planner counts to size this criterion: "FROM … WHERE …" of a capped count
        /// with the same binds. Usually `source` and `term`; text search counts its FTS matches.
        QString countFromWhere;
        /// For text search: a SELECT of the matching row ids (same binds). The planner reads
        /// them (capped) instead of counting, and when they are few the query uses them as a
        /// literal list (useRowIds()), so the FTS index is read once, not twice.
        QString idsSelect = {};
    };

    /// A way to read the rows of a sorted query, and how to size it.
    struct Candidate
    {
        QString source;
        /// "SELECT count(*) FROM (SELECT 1 … LIMIT threshold + 1)": at most threshold + 1.
        QString countSql;
        QVariantList binds;
        /// The predicate it reads (an index into predicates()).
        int predicate = -1;
        /// "SELECT id FROM (…) LIMIT threshold + 1" for a predicate with idsSelect, else empty:
        /// read these ids instead of running countSql; their number is the count.
        QString idsSql = {};
    };

    /// The key columns and index of a sort (row_id, the tie-breaker, is not listed).
    struct Sort
    {
        QStringList keys;
        QString index;
    };

    /// Whether the indexes of payments exist (see PaymentStore::isIndexing()).
    enum class Indexes
    {
        Ready,
        /// A bulk load dropped them: no INDEXED BY, and text search scans search_text
        /// (SearchText::scanCondition()) instead of reading the FTS index, which is not complete.
        Building,
    };

    explicit PaymentQuerySql(const PaymentQuery& query, Indexes indexes = Indexes::Ready);

    const QList<Predicate>& predicates() const { return m_predicates; }

    /// " WHERE a AND b" over every predicate, or "" without criteria.
    QString where() const;
    /// The binds of where(), in order.
    QVariantList binds() const;

    /// The sort of `column`: its keys (each matching its index) and that index.
    static Sort sortOf(PaymentQuery::SortColumn column);
    /// " ORDER BY k1 DIR, k2 DIR, row_id DIR".
    QString orderBy() const;
    /// " LIMIT n OFFSET m", or "" for everything.
    QString limit() const;

    /// The predicates an index can read, each with its capped count (see chooseSource()).
    QList<Candidate> candidates(int threshold) const;
    /// Walking the sort column's index: the plan when every candidate is dense.
    QString walkSource() const;
    /**
     * The FROM clause of a sorted read, given the capped count of each of candidates(threshold)
     * in order: the first smallest count of at most `threshold`, else walkSource().
     */
    QString chooseSource(const QList<qint64>& counts, int threshold) const;
    /// The candidate chooseSource() picks (its position in candidates()), or -1 for the walk.
    int chooseCandidate(const QList<qint64>& counts, int threshold) const;
    /// Replaces the term of `predicate` by "row_id IN (ids…)" (literal integers, no binds):
    /// the ids its idsSelect gave, all of them, or the first of them in the sort's order.
    void useRowIds(int predicate, const QList<qint64>& ids);

    /// "SELECT id FROM (idsSelect) LIMIT cap" of `predicate` (which has an idsSelect): its
    /// matching ids, at most `cap` of them; binds as the predicate's.
    QString idsSql(int predicate, qint64 cap) const;
    /**
     * "SELECT columns FROM walkSource() WHERE … ORDER BY …" with every predicate but `skipped`
     * and no LIMIT: the rows of the other criteria in the sort's order, read from its index
     * without a sort step. The planner reads it until it holds rowsNeeded() rows that pass
     * `skipped` (a text search): checked against the search's matches read once from the FTS
     * index, or, for very short words, against each row's own text (SearchText::RowMatcher).
     */
    QString walkSelect(const QString& columns, int skipped) const;
    /// The binds of walkSelect(…, `skipped`), in order.
    QVariantList bindsWithout(int skipped) const;
    /// offset + limit: the rows a page needs in the sort's order; -1 for everything.
    qint64 rowsNeeded() const;
    /// The predicate of the search box's text (words or an amount) when the FTS index is ready,
    /// else -1; the text it was made from, and that text read as amounts in the query's locale.
    int textPredicate() const { return m_textPredicate; }
    const QString& text() const { return m_text; }
    const QList<SearchText::Amount>& amounts() const { return m_amounts; }

    /// "SELECT columns FROM source WHERE … ORDER BY … LIMIT …".
    QString select(const QString& columns, const QString& source) const;
    /// "SELECT count(*) FROM payments WHERE …" (offset and limit ignored).
    QString count() const;

private:
    /// " WHERE …" over every predicate but `skipped` (-1: all of them).
    QString whereWithout(int skipped) const;

    QList<Predicate> m_predicates;
    int m_textPredicate = -1;
    QString m_text;
    QList<SearchText::Amount> m_amounts;
    PaymentQuery::SortColumn m_sortColumn;
    Qt::SortOrder m_sortOrder;
    int m_offset;
    int m_limit;
};

} // namespace paydesk
