#pragma once

#include "PaymentQuerySql.h"

#include <QSqlDatabase>
#include <QString>

namespace paydesk {

/**
 * Chooses how a sorted read of payments finds its rows (internal to core/store; PaymentStore's
 * query() and queryIds() use it when the indexes are ready). PaymentQuerySql writes the SQL of
 * each way; this part sizes them on the database and picks one (see PaymentQuerySql for why a
 * planner of our own).
 *
 * Each candidate is sized by a capped count. A text search's candidate reads its matching ids
 * instead of counting them, so the FTS index is read once per query:
 * - when they are few (at most the threshold) and the smallest, they become the query's literal
 *   "row_id IN (…)" (Plan::LiteralIds);
 * - when they are many and no other criterion narrows the query, all of them are read (up to
 *   kMaxWalkMatches) and the sort's index is walked until a page of them has passed
 *   (Plan::PickedByWalk). A common word ("a", a frequent surname) then costs one FTS read and a
 *   short walk, instead of a capped read, then every match put in a temporary index by SQLite,
 *   then the walk (issue 9).
 *
 * Before all that, a search whose words are all very short ("r", "10", the first keystrokes)
 * walks the sort's index checking each row's own text and amount (SearchText::RowMatcher):
 * nearly every row matches such words, so a page is found after about as many rows, where the
 * FTS index would read (and a prefix of one letter merge) hundreds of thousands of matches. It
 * gives up after kMaxDenseWalkRows rows (a rare short word: "zq") and plans as above.
 */
class StorePlanner
{
public:
    /// A text search that no other criterion narrows reads up to this many of its matches.
    static constexpr qint64 kMaxWalkMatches = 262'144;
    /// It picks a page from them by walking the sort's index when that walk is expected to read
    /// at most this many entries (rows needed × rows in the table ÷ matches).
    static constexpr qint64 kMaxWalkEntries = 65'536;
    /// Above this many ids a candidate keeps its subquery rather than a literal id list.
    static constexpr qint64 kMaxLiteralIds = 20'000;
    /// A search whose words are at most this long is first tried as a dense walk
    /// (Plan::DenseWalk)…
    static constexpr qsizetype kMaxDenseWordLength = 3;
    /// …which gives up (then the plans above) when, at the rate of matches found so far, a
    /// page would take more than this many rows…
    static constexpr qint64 kMaxDenseWalkRows = 32'768;
    /// …or when that rate is below √(rows needed × kWalkCostRatio ÷ rows in the table) for
    /// words of 2–3 characters: then reading the matches from the FTS index costs less
    /// (checked every kDenseWalkCheckRows rows). A row checked costs about this many ids read:
    /// measured at 1M with each connection's 8 MiB page cache ("ame", 2.5 % of the rows: 4,000
    /// rows checked in 24 ms against 25,000 ids read and walked in 12 ms); it was 5 with 32 MiB.
    static constexpr double kWalkCostRatio = 20.0;
    static constexpr qint64 kDenseWalkCheckRows = 256;

    enum class Plan
    {
        /// A count or read failed: plain "payments", SQLite plans.
        SqliteDecides,
        /// The smallest candidate's index reads the rows, then they are sorted.
        Candidate,
        /// The text search's few matches, as literal row ids.
        LiteralIds,
        /// The first rows of the text search's many matches in the sort's order, as literal ids.
        PickedByWalk,
        /// The first rows in the sort's order whose own text or amount passes a search of very
        /// short words, as literal ids (no FTS read at all).
        DenseWalk,
        /// Every criterion is dense: SQLite walks the sort's index and filters.
        Walk,
    };

    struct Source
    {
        /// The FROM clause for sql.select().
        QString source;
        Plan plan = Plan::SqliteDecides;
    };

    /// Sizes the candidates of `sql` on `db` and returns the FROM clause; may replace a
    /// predicate of `sql` by literal row ids (PaymentQuerySql::useRowIds()).
    static Source source(const QSqlDatabase& db, PaymentQuerySql& sql, int threshold);

    /// The threshold when none was set: about √(30 × rows), between 500 and 10,000. A walk of
    /// the sort index reads ~100 × rows ÷ matches entries for a page; reading and sorting the
    /// matches costs a few times more per match; the two meet near √(30 × rows) matches.
    static int automaticThreshold(const QSqlDatabase& db);
};

} // namespace paydesk
