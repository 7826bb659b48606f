#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace paydesk {

/**
 * The early-exit plan of a text search that the FTS index answers slowly (internal to
 * core/store). Not used by PaymentStore's planner for now: on the benchmark's data at 20k rows
 * it read rows slower than the FTS index answered ('z': 116 ms against 1.2 ms; 'a': 15 against
 * 3.8 ms), while on the UI tests' data at 100k it was far faster ('a': 1.9 against 87 ms); the
 * per-row cost must be understood and the give-way rule tightened before it plans queries.
 *
 * payments_fts has prefix indexes for 2 and 3 characters. A one-character word ("a", the first
 * keystroke) has none: FTS5 then merges the row lists of every word that starts with it, most
 * of a big cache (~35 ms at 1M rows, and the planner's count and the query each did it). Such a
 * word also matches a large share of the rows, so walking the sort order finds a page of
 * matches after a few hundred rows. The walk reads each row's search_text and checks it with a
 * small temporary FTS5 table that has payments_fts's own tokenizer (read from its definition)
 * and the same MATCH expression, so it finds exactly the rows the FTS index finds.
 *
 * When the matches turn out sparse (the walk would read more than its budget of rows to fill
 * the page), it gives up after a short stretch and the planner uses the FTS index after all.
 */
class SearchWalk
{
public:
    /// Whether the FTS index answers `match` (a SearchText::matchExpression()) slowly: one of
    /// its words is a single character.
    static bool suits(const QString& match);

    /**
     * The first `wanted` row ids, in the order of `select`, whose search_text matches `match`.
     * `select` walks the sort order: "SELECT row_id, search_text FROM … ORDER BY …" with the
     * other criteria of the query (`binds`). Fewer than `wanted` when the walk reads every row.
     * std::nullopt when filling the page would read more than `budget` rows, or on an error
     * (the caller then plans without the walk).
     */
    static std::optional<QList<qint64>> firstMatches(const QSqlDatabase& db, const QString& select,
                                                     const QVariantList& binds, const QString& match,
                                                     int wanted, int budget);
};

} // namespace paydesk
