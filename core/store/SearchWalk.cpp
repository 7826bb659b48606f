#include "SearchWalk.h"

#include "StoreSql.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

/// The probe: a temporary FTS5 table of this connection (temp_store is memory), empty between walks.
const QString kProbe = u"paydesk_search_probe"_s;
/// Rows read before the walk first judges how sparse the matches are.
constexpr int kFirstChunk = 512;

/// payments_fts's tokenize option as its definition spells it ("unicode61" when it has none,
/// FTS5's default); empty when the definition cannot be read.
QString ftsTokenizer(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT sql FROM sqlite_master WHERE name = 'payments_fts'"_s) || !q.next())
        return {};
    static const QRegularExpression option(uR"re(tokenize\s*=\s*(?:'([^']*)'|"([^"]*)"))re"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch found = option.match(q.value(0).toString());
    if (!found.hasMatch())
        return u"unicode61"_s;
    return found.captured(1).isEmpty() ? found.captured(2) : found.captured(1);
}

bool prepareProbe(const QSqlDatabase& db)
{
    const QString tokenizer = ftsTokenizer(db);
    if (tokenizer.isEmpty() || tokenizer.contains(u'\''))
        return false;
    // Contentless: it only answers MATCH with row ids, and 'delete-all' empties it at once.
    QSqlQuery q(db);
    return q.exec(
        u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.%1 USING fts5(search_text, content='', tokenize='%2')"_s
            .arg(kProbe, tokenizer));
}

/// Empties the probe and ends the chunk's savepoint (its rows were only ever in the probe).
void endChunk(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.exec(u"INSERT INTO temp.%1(%1) VALUES('delete-all')"_s.arg(kProbe));
    q.exec(u"RELEASE paydesk_search_probe"_s);
}

} // namespace

bool SearchWalk::suits(const QString& match)
{
    // matchExpression() writes each word as "word"* and words hold only letters and digits.
    static const QRegularExpression oneCharacter(uR"re("[^"]"\*)re"_s);
    return match.contains(oneCharacter);
}

std::optional<QList<qint64>> SearchWalk::firstMatches(const QSqlDatabase& db, const QString& select,
                                                      const QVariantList& binds, const QString& match,
                                                      int wanted, int budget)
{
    // Even if every row matched, a bigger page would read more than the budget.
    if (wanted <= 0 || wanted > budget / 2 || !prepareProbe(db))
        return std::nullopt;
    QSqlQuery walk(db);
    walk.setForwardOnly(true);
    QSqlQuery insert(db);
    QSqlQuery check(db);
    check.setForwardOnly(true);
    if (!walk.prepare(select) ||
        !insert.prepare(u"INSERT INTO temp.%1(rowid, search_text) VALUES (?, ?)"_s.arg(kProbe)) ||
        !check.prepare(u"SELECT rowid FROM temp.%1 WHERE %1 MATCH ?"_s.arg(kProbe)))
        return std::nullopt;
    StoreSql::bindAll(walk, binds);
    if (!walk.exec())
        return std::nullopt;

    QList<qint64> found;
    QList<qint64> chunk;
    QSet<qint64> hits;
    qint64 walked = 0;
    int chunkSize = qMin(budget, qBound(128, wanted * 3, kFirstChunk));
    bool exhausted = false;
    while (found.size() < wanted && !exhausted) {
        // The next stretch of the sort order, into the probe, in one savepoint: an FTS5 table
        // writes a segment at every commit, so row-by-row autocommit would cost ~50× more.
        QSqlQuery begin(db);
        if (!begin.exec(u"SAVEPOINT paydesk_search_probe"_s))
            return std::nullopt;
        const auto ended = qScopeGuard([&db] { endChunk(db); });
        chunk.clear();
        while (chunk.size() < chunkSize) {
            if (!walk.next()) {
                if (walk.lastError().isValid())
                    return std::nullopt;
                exhausted = true;
                break;
            }
            const qint64 rowId = walk.value(0).toLongLong();
            insert.bindValue(0, rowId);
            insert.bindValue(1, walk.value(1));
            if (!insert.exec())
                return std::nullopt;
            chunk << rowId;
        }
        walked += chunk.size();
        // …checked with the query's own MATCH expression, kept in the walk's order.
        hits.clear();
        check.bindValue(0, match);
        if (!check.exec())
            return std::nullopt;
        while (check.next())
            hits.insert(check.value(0).toLongLong());
        check.finish();
        for (qint64 rowId : std::as_const(chunk)) {
            if (hits.contains(rowId) && found.size() < wanted)
                found << rowId;
        }
        if (found.size() >= wanted || exhausted)
            break;
        // How far the rest of the page is at the density seen so far; too far: the FTS index.
        if (found.isEmpty())
            return std::nullopt;
        const qint64 more = (qint64(wanted) - found.size()) * walked / found.size() + 1;
        if (walked + more > budget)
            return std::nullopt;
        chunkSize = int(qMin<qint64>(budget - walked, qMax<qint64>(64, more + more / 4)));
    }
    walk.finish();
    return found;
}

} // namespace paydesk
