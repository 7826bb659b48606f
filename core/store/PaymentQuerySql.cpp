#include "PaymentQuerySql.h"

#include "SearchText.h"
#include "StoreSchema.h"
#include "StoreSql.h"

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

QString indexed(const QString& index)
{
    return u"payments INDEXED BY "_s + index;
}

/// A criterion whose rows `index` can read on its own.
PaymentQuerySql::Predicate byIndex(const QString& index, const QString& term, const QVariantList& binds)
{
    const QString source = indexed(index);
    return {term, binds, source, u"%1 WHERE %2"_s.arg(source, term)};
}

/// A criterion no index reads on its own: a filter only.
PaymentQuerySql::Predicate filterOnly(const QString& term, const QVariantList& binds = {})
{
    return {term, binds, QString(), QString()};
}

/// Both bounds of a range as one criterion, so one index reads it.
void range(QStringList& terms, QVariantList& binds, const QString& column, const QVariant& low,
           const QString& lowOp, const QVariant& high, const QString& highOp)
{
    if (low.isValid()) {
        terms << u"%1 %2 ?"_s.arg(column, lowOp);
        binds << low;
    }
    if (high.isValid()) {
        terms << u"%1 %2 ?"_s.arg(column, highOp);
        binds << high;
    }
}

} // namespace

PaymentQuerySql::PaymentQuerySql(const PaymentQuery& query, Indexes indexes)
    : m_text(query.text)
    , m_amounts(SearchText::amounts(query.text, query.locale))
    , m_sortColumn(query.sortColumn)
    , m_sortOrder(query.sortOrder)
    , m_offset(query.offset)
    , m_limit(query.limit)
{
    // The predicate table: each criterion once, with the index (if any) that reads it alone.
    if (!query.statuses.isEmpty()) {
        QStringList codes;
        for (PaymentStatus::Code code : query.statuses)
            codes << QString::number(StoreSchema::statusCodeToDb(code));
        codes.removeDuplicates();
        // Literal integers (not binds) let SQLite's planner see the exact set.
        m_predicates << byIndex(u"idx_payments_status"_s, u"status_code IN (%1)"_s.arg(codes.join(u", "_s)),
                                {});
    }
    if (query.from.isValid() || query.to.isValid()) {
        QString column = u"updated_at"_s;
        QString index = u"idx_payments_updated"_s;
        QStringList terms;
        switch (query.dateField) {
        case PaymentQuery::DateField::Updated:
            break;
        case PaymentQuery::DateField::Created:
            column = u"created_at"_s;
            index = u"idx_payments_created"_s;
            break;
        case PaymentQuery::DateField::Paid:
            column = u"paid_at"_s;
            index = u"idx_payments_paid_at"_s;
            // Written out, so INDEXED BY may read the partial index (WHERE paid_at IS NOT NULL).
            terms << u"paid_at IS NOT NULL"_s;
            break;
        }
        QVariantList binds;
        range(terms, binds, column,
              query.from.isValid() ? QVariant(query.from.toMSecsSinceEpoch()) : QVariant(), u">="_s,
              query.to.isValid() ? QVariant(query.to.toMSecsSinceEpoch()) : QVariant(), u"<"_s);
        m_predicates << byIndex(index, terms.join(u" AND "_s), binds);
    }
    auto inList = [&](const QString& index, const QString& column, const QStringList& values) {
        if (values.isEmpty())
            return;
        const QString term = u"%1 IN (%2)"_s.arg(column, StoreSql::placeholders(values.size()));
        const QVariantList binds(values.cbegin(), values.cend());
        m_predicates << (index.isEmpty() ? filterOnly(term, binds) : byIndex(index, term, binds));
    };
    inList(QString(), u"enterprise_id"_s, query.enterpriseIds);
    inList(u"idx_payments_store"_s, u"store_id"_s, query.storeIds);
    inList(u"idx_payments_provider"_s, u"provider"_s, query.providers);
    if (query.amountMin || query.amountMax) {
        QStringList terms;
        QVariantList binds;
        range(terms, binds, u"amount_minor"_s, query.amountMin ? QVariant(*query.amountMin) : QVariant(),
              u">="_s, query.amountMax ? QVariant(*query.amountMax) : QVariant(), u"<="_s);
        m_predicates << byIndex(u"idx_payments_amount"_s, terms.join(u" AND "_s), binds);
    }
    if (!query.currency.isEmpty())
        m_predicates << filterOnly(u"currency = ?"_s, {query.currency});
    if (query.fundsCleared)
        m_predicates << filterOnly(*query.fundsCleared ? u"funds_cleared = 1"_s : u"funds_cleared = 0"_s);
    const QString match = SearchText::matchExpression(query.text);
    const QList<SearchText::Amount>& amounts = m_amounts;
    if (indexes == Indexes::Building) {
        // The FTS index is incomplete and the amount index may be gone: one scan of the table.
        QVariantList binds;
        QStringList any;
        if (const QString words = SearchText::scanCondition(query.text, binds); !words.isEmpty())
            any << words;
        for (const SearchText::Amount& amount : amounts) {
            any << u"(amount_minor = ? AND currency IN (%1))"_s.arg(
                StoreSql::placeholders(amount.currencies.size()));
            binds << amount.minor;
            for (const QString& currency : amount.currencies)
                binds << currency;
        }
        if (!any.isEmpty())
            m_predicates << filterOnly(u"(%1)"_s.arg(any.join(u" OR "_s)), binds);
    } else if (!match.isEmpty() && amounts.isEmpty()) {
        // Read through the FTS index, sized by its matches. NOT INDEXED still allows the
        // row_id lookups of "row_id IN (fts matches)".
        m_textPredicate = int(m_predicates.size());
        m_predicates << Predicate{u"row_id IN (SELECT rowid FROM payments_fts WHERE payments_fts MATCH ?)"_s,
                                  {match},
                                  u"payments NOT INDEXED"_s,
                                  u"payments_fts WHERE payments_fts MATCH ?"_s,
                                  u"SELECT rowid AS id FROM payments_fts WHERE payments_fts MATCH ?"_s};
    } else if (!amounts.isEmpty()) {
        // The words, or exactly the amount: the FTS matches and the amount index's equal
        // entries, both read by index; the rows are then row_id lookups as above.
        QStringList selects;
        QVariantList binds;
        if (!match.isEmpty()) {
            selects << u"SELECT rowid FROM payments_fts WHERE payments_fts MATCH ?"_s;
            binds << match;
        }
        QStringList values;
        QStringList pairs;
        QVariantList pairBinds;
        for (const SearchText::Amount& amount : amounts) {
            values << QString::number(amount.minor);
            pairs << u"(amount_minor = %1 AND currency IN (%2))"_s.arg(
                QString::number(amount.minor), StoreSql::placeholders(amount.currencies.size()));
            for (const QString& currency : amount.currencies)
                pairBinds << currency;
        }
        // Literal integers let the index read exactly the equal entries.
        selects
            << u"SELECT row_id FROM payments INDEXED BY idx_payments_amount WHERE amount_minor IN (%1) AND (%2)"_s
                   .arg(values.join(u", "_s), pairs.join(u" OR "_s));
        binds << pairBinds;
        m_textPredicate = int(m_predicates.size());
        m_predicates << Predicate{u"row_id IN (%1)"_s.arg(selects.join(u" UNION ALL "_s)), binds,
                                  u"payments NOT INDEXED"_s, u"(%1)"_s.arg(selects.join(u" UNION "_s)),
                                  selects.join(u" UNION "_s)};
    }
}

QString PaymentQuerySql::where() const
{
    return whereWithout(-1);
}

QString PaymentQuerySql::whereWithout(int skipped) const
{
    QStringList terms;
    for (int i = 0; i < m_predicates.size(); ++i) {
        if (i != skipped)
            terms << m_predicates.at(i).term;
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

QVariantList PaymentQuerySql::binds() const
{
    return bindsWithout(-1);
}

QVariantList PaymentQuerySql::bindsWithout(int skipped) const
{
    QVariantList binds;
    for (int i = 0; i < m_predicates.size(); ++i) {
        if (i != skipped)
            binds << m_predicates.at(i).binds;
    }
    return binds;
}

qint64 PaymentQuerySql::rowsNeeded() const
{
    return m_limit <= 0 ? -1 : qint64(qMax(0, m_offset)) + m_limit;
}

PaymentQuerySql::Sort PaymentQuerySql::sortOf(PaymentQuery::SortColumn column)
{
    // Each key list is its index's column list (StoreSchema version 2; row_id is implicit in
    // every index), so a sorted page is an index walk with no sort step.
    switch (column) {
    case PaymentQuery::SortColumn::Updated:
        return {{u"updated_at"_s}, u"idx_payments_updated"_s};
    case PaymentQuery::SortColumn::Created:
        return {{u"created_at"_s}, u"idx_payments_created"_s};
    case PaymentQuery::SortColumn::Status:
        return {{u"status_code"_s, u"updated_at"_s}, u"idx_payments_status"_s};
    case PaymentQuery::SortColumn::Customer:
        return {{u"customer_name COLLATE NOCASE"_s}, u"idx_payments_customer"_s};
    case PaymentQuery::SortColumn::Reference:
        return {{u"reference_number COLLATE NOCASE"_s}, u"idx_payments_reference"_s};
    case PaymentQuery::SortColumn::Amount:
        return {{u"amount_minor"_s}, u"idx_payments_amount"_s};
    case PaymentQuery::SortColumn::Provider:
        return {{u"provider"_s, u"updated_at"_s}, u"idx_payments_provider"_s};
    case PaymentQuery::SortColumn::Store:
        return {{u"store_id"_s, u"updated_at"_s}, u"idx_payments_store"_s};
    case PaymentQuery::SortColumn::Expires:
        return {{u"expires_at"_s}, u"idx_payments_expires"_s};
    }
    return {{u"updated_at"_s}, u"idx_payments_updated"_s};
}

QString PaymentQuerySql::orderBy() const
{
    const QString dir = m_sortOrder == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    QStringList keys = sortOf(m_sortColumn).keys;
    keys << u"row_id"_s;
    return u" ORDER BY "_s + keys.join(dir + u", "_s) + dir;
}

QString PaymentQuerySql::limit() const
{
    if (m_limit <= 0)
        return m_offset > 0 ? u" LIMIT -1 OFFSET %1"_s.arg(m_offset) : QString();
    return u" LIMIT %1 OFFSET %2"_s.arg(m_limit).arg(qMax(0, m_offset));
}

QList<PaymentQuerySql::Candidate> PaymentQuerySql::candidates(int threshold) const
{
    QList<Candidate> list;
    const QString cap = QString::number(qint64(threshold) + 1);
    for (int i = 0; i < m_predicates.size(); ++i) {
        const Predicate& predicate = m_predicates.at(i);
        if (predicate.source.isEmpty())
            continue;
        list << Candidate{
            predicate.source,
            u"SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT %2)"_s.arg(predicate.countFromWhere, cap),
            predicate.binds, i, idsSql(i, qint64(threshold) + 1)};
    }
    return list;
}

QString PaymentQuerySql::idsSql(int predicate, qint64 cap) const
{
    const QString& select = m_predicates.at(predicate).idsSelect;
    return select.isEmpty() ? QString() : u"SELECT * FROM (%1) LIMIT %2"_s.arg(select).arg(cap);
}

QString PaymentQuerySql::walkSource() const
{
    return indexed(sortOf(m_sortColumn).index);
}

QString PaymentQuerySql::walkSelect(const QString& columns, int skipped) const
{
    return u"SELECT %1 FROM %2%3%4"_s.arg(columns, walkSource(), whereWithout(skipped), orderBy());
}

int PaymentQuerySql::chooseCandidate(const QList<qint64>& counts, int threshold) const
{
    const QList<Candidate> list = candidates(threshold);
    int best = -1;
    qint64 bestCount = qint64(threshold) + 1;
    for (qsizetype i = 0; i < list.size() && i < counts.size(); ++i) {
        if (counts.at(i) < bestCount) {
            bestCount = counts.at(i);
            best = int(i);
        }
    }
    return best;
}

QString PaymentQuerySql::chooseSource(const QList<qint64>& counts, int threshold) const
{
    const int best = chooseCandidate(counts, threshold);
    return best < 0 ? walkSource() : candidates(threshold).at(best).source;
}

void PaymentQuerySql::useRowIds(int predicate, const QList<qint64>& ids)
{
    if (predicate < 0 || predicate >= m_predicates.size())
        return;
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id); // integers, so inlining them is safe
    Predicate& p = m_predicates[predicate];
    p.term = u"row_id IN (%1)"_s.arg(list.join(u','));
    p.binds.clear();
}

QString PaymentQuerySql::select(const QString& columns, const QString& source) const
{
    return u"SELECT %1 FROM %2%3%4%5"_s.arg(columns, source, where(), orderBy(), limit());
}

QString PaymentQuerySql::count() const
{
    return u"SELECT count(*) FROM payments"_s + where();
}

} // namespace paydesk
