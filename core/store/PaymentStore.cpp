#include "PaymentStore.h"

#include "AuditChain.h"
#include "Logging.h"
#include "SearchText.h"
#include "StoreSchema.h"
#include "util/OsAccount.h"
#include "util/PrivateFiles.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace paydesk {

static_assert(PaymentStore::SchemaVersion == StoreSchema::CurrentVersion);

namespace {

constexpr int BusyTimeoutMs = 5000;
const QString Driver = u"QSQLITE"_s;

// ---- value conversions -------------------------------------------------------------------

QVariant toDb(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString nn(const QString& text)
{
    return text.isNull() ? QString(u""_s) : text;
}

QDateTime dateFromDb(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString jsonToDb(const QJsonObject& json)
{
    return json.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject jsonFromDb(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

Money moneyFromDb(const QVariant& minor, const QVariant& currency)
{
    if (minor.isNull() || currency.toString().isEmpty())
        return {};
    auto money = Money::fromMinor(minor.toLongLong(), currency.toString());
    if (!money) {
        qCWarning(lcStore) << "cached amount has an unknown currency" << currency.toString();
        return {};
    }
    return money.value();
}

// ---- errors ------------------------------------------------------------------------------

StoreError sqlError(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes → primary
    StoreError::Kind kind = StoreError::Kind::Query;
    if (ok) {
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            kind = StoreError::Kind::Busy;
            break;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            kind = StoreError::Kind::Corrupt;
            break;
        case 19: // SQLITE_CONSTRAINT (also the audit log's append-only trigger)
            kind = StoreError::Kind::InvalidArgument;
            break;
        default:
            break;
        }
    }
    return StoreError::make(kind, error.text());
}

#define PD_EXEC(query)                                                                                       \
    do {                                                                                                     \
        if (!(query).exec())                                                                                 \
            return fail(sqlError((query).lastError()));                                                      \
    } while (false)

// ---- transactions ------------------------------------------------------------------------

// BEGIN IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout
// instead of one failing with SQLITE_BUSY when it upgrades a read transaction.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    ~WriteTransaction()
    {
        if (m_open) {
            QSqlQuery q(m_db);
            if (!q.exec(u"ROLLBACK"_s))
                qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
        }
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Result<Done, StoreError> begin()
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"BEGIN IMMEDIATE"_s))
            return fail(sqlError(q.lastError()));
        m_open = true;
        return Done{};
    }
    Result<Done, StoreError> commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"COMMIT"_s))
            return fail(sqlError(q.lastError()));
        m_open = false;
        return Done{};
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// ---- payments <-> rows -------------------------------------------------------------------

const QString PaymentColumns =
    u"row_id, payment_id, enterprise_id, store_id, provider, reference_type, reference_number, "
    "description, amount_minor, currency, amount_paid_minor, amount_paid_currency, customer_name, "
    "customer_email, customer_phone, channels, status, status_reason, pay_link, expires_at, card_brand, "
    "card_last4, transaction_reference, reconciled, funds_cleared, created_at, updated_at, version, "
    "sequence"_s;

Payment paymentFromRow(const QSqlQuery& q)
{
    Payment p;
    p.paymentId = q.value(1).toString();
    p.enterpriseId = q.value(2).toString();
    p.storeId = q.value(3).toString();
    p.provider = q.value(4).toString();
    p.reference.rawType = q.value(5).toString();
    p.reference.type = PaymentReference::typeFromString(p.reference.rawType);
    p.reference.number = q.value(6).toString();
    p.description = q.value(7).toString();
    p.amount = moneyFromDb(q.value(8), q.value(9));
    p.amountPaid = moneyFromDb(q.value(10), q.value(11));
    p.customer = Customer{q.value(12).toString(), q.value(13).toString(), q.value(14).toString()};
    p.channels = Channels::fromInt(q.value(15).toInt());
    p.status = PaymentStatus::fromString(q.value(16).toString());
    p.statusReason = q.value(17).toString();
    p.payLink = q.value(18).toString();
    p.expiresAt = dateFromDb(q.value(19));
    p.cardBrand = q.value(20).toString();
    p.cardLast4 = q.value(21).toString();
    p.transactionReference = q.value(22).toString();
    p.reconciled = q.value(23).toBool();
    p.fundsCleared = q.value(24).toBool();
    p.createdAt = dateFromDb(q.value(25));
    p.updatedAt = dateFromDb(q.value(26));
    p.version = q.value(27).toLongLong();
    p.sequence = q.value(28).toLongLong();
    return p;
}

// The columns written on insert and update, in this order (payment_id first).
const QStringList WrittenColumns = {
    u"payment_id"_s,
    u"enterprise_id"_s,
    u"store_id"_s,
    u"provider"_s,
    u"reference_type"_s,
    u"reference_number"_s,
    u"description"_s,
    u"amount_minor"_s,
    u"currency"_s,
    u"amount_paid_minor"_s,
    u"amount_paid_currency"_s,
    u"customer_name"_s,
    u"customer_email"_s,
    u"customer_phone"_s,
    u"channels"_s,
    u"status"_s,
    u"status_code"_s,
    u"status_reason"_s,
    u"pay_link"_s,
    u"expires_at"_s,
    u"card_brand"_s,
    u"card_last4"_s,
    u"transaction_reference"_s,
    u"reconciled"_s,
    u"funds_cleared"_s,
    u"created_at"_s,
    u"updated_at"_s,
    u"version"_s,
    u"sequence"_s,
    u"search_text"_s,
    u"paid_at"_s,
};

QDateTime paidAtFromHistory(const QList<StatusChange>& history)
{
    QDateTime earliest;
    for (const StatusChange& change : history) {
        if (change.status.code() == PaymentStatus::Code::Paid && change.at.isValid() &&
            (!earliest.isValid() || change.at < earliest))
            earliest = change.at;
    }
    return earliest;
}

void bindPayment(QSqlQuery& q, const Payment& p, const QDateTime& paidAt)
{
    int i = 0;
    q.bindValue(i++, nn(p.paymentId));
    q.bindValue(i++, nn(p.enterpriseId));
    q.bindValue(i++, nn(p.storeId));
    q.bindValue(i++, nn(p.provider));
    q.bindValue(i++, nn(p.reference.rawType));
    q.bindValue(i++, nn(p.reference.number));
    q.bindValue(i++, nn(p.description));
    q.bindValue(i++, p.amount.minorUnits());
    q.bindValue(i++, nn(p.amount.currency()));
    q.bindValue(i++, p.amountPaid.isValid() ? QVariant(p.amountPaid.minorUnits())
                                            : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(i++, p.amountPaid.isValid() ? QVariant(p.amountPaid.currency())
                                            : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(i++, nn(p.customer.name));
    q.bindValue(i++, nn(p.customer.email));
    q.bindValue(i++, nn(p.customer.phone));
    q.bindValue(i++, p.channels.toInt());
    q.bindValue(i++, nn(p.status.toString()));
    q.bindValue(i++, StoreSchema::statusCodeToDb(p.status.code()));
    q.bindValue(i++, nn(p.statusReason));
    q.bindValue(i++, nn(p.payLink));
    q.bindValue(i++, toDb(p.expiresAt));
    q.bindValue(i++, nn(p.cardBrand));
    q.bindValue(i++, nn(p.cardLast4));
    q.bindValue(i++, nn(p.transactionReference));
    q.bindValue(i++, p.reconciled ? 1 : 0);
    q.bindValue(i++, p.fundsCleared ? 1 : 0);
    q.bindValue(i++, toDb(p.createdAt));
    q.bindValue(i++, toDb(p.updatedAt));
    q.bindValue(i++, p.version);
    q.bindValue(i++, p.sequence);
    q.bindValue(i++, nn(SearchText::forPayment(p)));
    q.bindValue(i++, toDb(paidAt));
}

// Prepared statements for one write transaction.
class Upserter
{
public:
    explicit Upserter(const QSqlDatabase& db)
        : m_find(db)
        , m_insert(db)
        , m_update(db)
        , m_deleteHistory(db)
        , m_insertHistory(db)
        , m_paidAt(db)
    {
    }

    Result<Done, StoreError> prepare()
    {
        QStringList placeholders;
        QStringList assignments;
        for (const QString& column : WrittenColumns) {
            placeholders << u"?"_s;
            if (column != u"payment_id")
                assignments << column + u" = ?"_s;
        }
        const bool ok =
            m_find.prepare(u"SELECT row_id, version, status, paid_at FROM payments WHERE payment_id = ?"_s) &&
            m_insert.prepare(u"INSERT INTO payments (%1) VALUES (%2)"_s.arg(WrittenColumns.join(u", "_s),
                                                                            placeholders.join(u", "_s)))
            // payment_id is bound first like in the insert and matched again in the WHERE.
            && m_update.prepare(u"UPDATE payments SET payment_id = ?, %1 WHERE row_id = ?"_s.arg(
                   assignments.join(u", "_s))) &&
            m_deleteHistory.prepare(u"DELETE FROM status_history WHERE payment_row = ?"_s) &&
            m_insertHistory.prepare(u"INSERT INTO status_history (payment_row, position, status, at, "
                                    "actor, note) VALUES (?, ?, ?, ?, ?, ?)"_s) &&
            m_paidAt.prepare(u"UPDATE payments SET paid_at = ? WHERE row_id = ? AND paid_at IS NOT NULL"_s);
        if (!ok) {
            for (QSqlQuery* q :
                 {&m_find, &m_insert, &m_update, &m_deleteHistory, &m_insertHistory, &m_paidAt}) {
                if (q->lastError().isValid())
                    return fail(sqlError(q->lastError()));
            }
            return fail(StoreError::make(StoreError::Kind::Query));
        }
        m_find.setForwardOnly(true);
        return Done{};
    }

    /// Whether the cache changed (row written or history replaced).
    Result<bool, StoreError> apply(const Payment& p)
    {
        m_find.bindValue(0, nn(p.paymentId));
        PD_EXEC(m_find);
        if (!m_find.next()) {
            m_find.finish();
            const QDateTime paidAt = p.status.isPaid() ? [&] {
                const QDateTime fromHistory = paidAtFromHistory(p.history);
                return fromHistory.isValid() ? fromHistory : p.updatedAt;
            }()
                                                       : QDateTime();
            bindPayment(m_insert, p, paidAt);
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
        const QDateTime storedPaidAt = dateFromDb(m_find.value(3));
        m_find.finish();

        if (Payment::supersedes(p, stored)) {
            QDateTime paidAt;
            if (p.status.isPaid()) {
                paidAt = paidAtFromHistory(p.history);
                if (!paidAt.isValid())
                    paidAt = storedPaidAt.isValid() ? storedPaidAt : p.updatedAt;
            }
            bindPayment(m_update, p, paidAt);
            m_update.bindValue(WrittenColumns.size(), rowId);
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

    Result<Done, StoreError> writeHistory(qint64 rowId, const QList<StatusChange>& history)
    {
        m_deleteHistory.bindValue(0, rowId);
        PD_EXEC(m_deleteHistory);
        int position = 0;
        for (const StatusChange& change : history) {
            m_insertHistory.bindValue(0, rowId);
            m_insertHistory.bindValue(1, position++);
            m_insertHistory.bindValue(2, change.status.toString());
            m_insertHistory.bindValue(3, toDb(change.at));
            m_insertHistory.bindValue(4, StatusChange::actorToString(change.actor));
            m_insertHistory.bindValue(5, nn(change.note));
            PD_EXEC(m_insertHistory);
        }
        // A full timeline knows exactly when the payment was paid.
        if (const QDateTime paidAt = paidAtFromHistory(history); paidAt.isValid()) {
            m_paidAt.bindValue(0, toDb(paidAt));
            m_paidAt.bindValue(1, rowId);
            PD_EXEC(m_paidAt);
        }
        return Done{};
    }

private:
    QSqlQuery m_find;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_deleteHistory;
    QSqlQuery m_insertHistory;
    QSqlQuery m_paidAt;
};

// ---- queries -----------------------------------------------------------------------------

struct SqlFilter
{
    QString where; // "" or " WHERE ..."
    QVariantList binds;
};

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(u"?"_s, n);
    return marks.join(u", "_s);
}

SqlFilter buildFilter(const PaymentQuery& query)
{
    QStringList terms;
    SqlFilter filter;
    if (!query.statuses.isEmpty()) {
        QStringList codes;
        for (PaymentStatus::Code code : query.statuses)
            codes << QString::number(StoreSchema::statusCodeToDb(code));
        codes.removeDuplicates();
        // Literal integers (not binds) let the planner see the exact set.
        terms << u"status_code IN (%1)"_s.arg(codes.join(u", "_s));
    }
    const QString dateColumn =
        query.dateField == PaymentQuery::DateField::Created ? u"created_at"_s : u"updated_at"_s;
    if (query.from.isValid()) {
        terms << dateColumn + u" >= ?"_s;
        filter.binds << query.from.toMSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        terms << dateColumn + u" < ?"_s;
        filter.binds << query.to.toMSecsSinceEpoch();
    }
    auto inList = [&](const QString& column, const QStringList& values) {
        if (values.isEmpty())
            return;
        terms << u"%1 IN (%2)"_s.arg(column, placeholders(values.size()));
        for (const QString& value : values)
            filter.binds << value;
    };
    inList(u"enterprise_id"_s, query.enterpriseIds);
    inList(u"store_id"_s, query.storeIds);
    inList(u"provider"_s, query.providers);
    if (query.amountMin) {
        terms << u"amount_minor >= ?"_s;
        filter.binds << *query.amountMin;
    }
    if (query.amountMax) {
        terms << u"amount_minor <= ?"_s;
        filter.binds << *query.amountMax;
    }
    if (!query.currency.isEmpty()) {
        terms << u"currency = ?"_s;
        filter.binds << query.currency;
    }
    if (query.fundsCleared) {
        terms << (*query.fundsCleared ? u"funds_cleared = 1"_s : u"funds_cleared = 0"_s);
    }
    if (const QString match = SearchText::matchExpression(query.text); !match.isEmpty()) {
        terms << u"row_id IN (SELECT rowid FROM payments_fts WHERE payments_fts MATCH ?)"_s;
        filter.binds << match;
    }
    if (!terms.isEmpty())
        filter.where = u" WHERE "_s + terms.join(u" AND "_s);
    return filter;
}

QString orderBy(const PaymentQuery& query)
{
    const QString dir = query.sortOrder == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    QStringList keys;
    // Each key list matches an index (plus the implicit row_id), so a sorted page is an index walk.
    switch (query.sortColumn) {
    case PaymentQuery::SortColumn::Updated:
        keys = {u"updated_at"_s};
        break;
    case PaymentQuery::SortColumn::Created:
        keys = {u"created_at"_s};
        break;
    case PaymentQuery::SortColumn::Status:
        keys = {u"status_code"_s, u"updated_at"_s};
        break;
    case PaymentQuery::SortColumn::Customer:
        keys = {u"customer_name COLLATE NOCASE"_s};
        break;
    case PaymentQuery::SortColumn::Reference:
        keys = {u"reference_number COLLATE NOCASE"_s};
        break;
    case PaymentQuery::SortColumn::Amount:
        keys = {u"amount_minor"_s};
        break;
    case PaymentQuery::SortColumn::Provider:
        keys = {u"provider"_s, u"updated_at"_s};
        break;
    case PaymentQuery::SortColumn::Store:
        keys = {u"store_id"_s, u"updated_at"_s};
        break;
    case PaymentQuery::SortColumn::Expires:
        keys = {u"expires_at"_s};
        break;
    }
    keys << u"row_id"_s;
    return u" ORDER BY "_s + keys.join(dir + u", "_s) + dir;
}

// SQLite's planner, without statistics, guesses that an equality filter is selective and
// then sorts every match; for "store S05 sorted by customer" over 1M rows that is 50k rows
// fetched and sorted (600 ms). So the plan is chosen here, from cheap capped counts:
// - if one filter alone matches at most plannerThreshold() rows (10k by default), read those through its
// index and
//   sort them (bounded work);
// - otherwise every filter is dense, so walking the sort column's index in order finds a page
//   of matches after a few thousand entries and needs no sort at all.
QString sortIndex(PaymentQuery::SortColumn column)
{
    switch (column) {
    case PaymentQuery::SortColumn::Updated:
        return u"idx_payments_updated"_s;
    case PaymentQuery::SortColumn::Created:
        return u"idx_payments_created"_s;
    case PaymentQuery::SortColumn::Status:
        return u"idx_payments_status"_s;
    case PaymentQuery::SortColumn::Customer:
        return u"idx_payments_customer"_s;
    case PaymentQuery::SortColumn::Reference:
        return u"idx_payments_reference"_s;
    case PaymentQuery::SortColumn::Amount:
        return u"idx_payments_amount"_s;
    case PaymentQuery::SortColumn::Provider:
        return u"idx_payments_provider"_s;
    case PaymentQuery::SortColumn::Store:
        return u"idx_payments_store"_s;
    case PaymentQuery::SortColumn::Expires:
        return u"idx_payments_expires"_s;
    }
    return u"idx_payments_updated"_s;
}

struct Candidate
{
    QString source; // FROM clause that reads this filter through its index
    QString countSql;
    QVariantList binds;
};

QList<Candidate> candidates(const PaymentQuery& query, int threshold)
{
    QList<Candidate> list;
    const QString capped = u"SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT %3)"_s;
    const QString limit = QString::number(qint64(threshold) + 1);
    auto indexed = [&](const QString& index, const QString& where, const QVariantList& binds) {
        const QString source = u"payments INDEXED BY "_s + index;
        list << Candidate{source, capped.arg(source, where, limit), binds};
    };
    if (!query.statuses.isEmpty()) {
        QStringList codes;
        for (PaymentStatus::Code code : query.statuses)
            codes << QString::number(StoreSchema::statusCodeToDb(code));
        indexed(u"idx_payments_status"_s, u"status_code IN (%1)"_s.arg(codes.join(u", "_s)), {});
    }
    auto inList = [&](const QString& index, const QString& column, const QStringList& values) {
        if (values.isEmpty())
            return;
        indexed(index, u"%1 IN (%2)"_s.arg(column, placeholders(values.size())),
                QVariantList(values.cbegin(), values.cend()));
    };
    inList(u"idx_payments_store"_s, u"store_id"_s, query.storeIds);
    inList(u"idx_payments_provider"_s, u"provider"_s, query.providers);
    if (query.from.isValid() || query.to.isValid()) {
        const bool created = query.dateField == PaymentQuery::DateField::Created;
        const QString column = created ? u"created_at"_s : u"updated_at"_s;
        QStringList terms;
        QVariantList binds;
        if (query.from.isValid()) {
            terms << column + u" >= ?"_s;
            binds << query.from.toMSecsSinceEpoch();
        }
        if (query.to.isValid()) {
            terms << column + u" < ?"_s;
            binds << query.to.toMSecsSinceEpoch();
        }
        indexed(created ? u"idx_payments_created"_s : u"idx_payments_updated"_s, terms.join(u" AND "_s),
                binds);
    }
    if (query.amountMin || query.amountMax) {
        QStringList terms;
        QVariantList binds;
        if (query.amountMin) {
            terms << u"amount_minor >= ?"_s;
            binds << *query.amountMin;
        }
        if (query.amountMax) {
            terms << u"amount_minor <= ?"_s;
            binds << *query.amountMax;
        }
        indexed(u"idx_payments_amount"_s, terms.join(u" AND "_s), binds);
    }
    if (const QString match = SearchText::matchExpression(query.text); !match.isEmpty()) {
        // NOT INDEXED still allows the row_id lookups of "row_id IN (fts matches)".
        list << Candidate{u"payments NOT INDEXED"_s,
                          capped.arg(u"payments_fts"_s, u"payments_fts MATCH ?"_s, limit),
                          {match}};
    }
    return list;
}

/// The FROM clause for a sorted read of `query` (see plannerThreshold()).
QString chooseSource(const QSqlDatabase& db, const PaymentQuery& query, int threshold)
{
    const QString walk = u"payments INDEXED BY "_s + sortIndex(query.sortColumn);
    QString best;
    qint64 bestCount = qint64(threshold) + 1;
    for (const Candidate& candidate : candidates(query, threshold)) {
        QSqlQuery q(db);
        if (!q.prepare(candidate.countSql))
            return u"payments"_s; // let SQLite decide
        for (int i = 0; i < candidate.binds.size(); ++i)
            q.bindValue(i, candidate.binds.at(i));
        if (!q.exec() || !q.next())
            return u"payments"_s;
        if (const qint64 n = q.value(0).toLongLong(); n < bestCount) {
            bestCount = n;
            best = candidate.source;
        }
    }
    return best.isEmpty() ? walk : best;
}

QString limitClause(const PaymentQuery& query)
{
    if (query.limit <= 0)
        return query.offset > 0 ? u" LIMIT -1 OFFSET %1"_s.arg(query.offset) : QString();
    return u" LIMIT %1 OFFSET %2"_s.arg(query.limit).arg(qMax(0, query.offset));
}

void bindAll(QSqlQuery& q, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
}

OutboxEntry outboxFromRow(const QSqlQuery& q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.idempotencyKey = q.value(1).toString();
    e.kind = OutboxEntry::kindFromString(q.value(2).toString());
    e.enterpriseId = q.value(3).toString();
    e.storeId = q.value(4).toString();
    e.paymentId = q.value(5).toString();
    e.payload = jsonFromDb(q.value(6));
    e.state = OutboxEntry::stateFromString(q.value(7).toString());
    e.attempts = q.value(8).toInt();
    e.nextAttemptAt = dateFromDb(q.value(9));
    e.lastError = q.value(10).toString();
    e.createdAt = dateFromDb(q.value(11));
    e.updatedAt = dateFromDb(q.value(12));
    return e;
}

const QString OutboxColumns = u"id, idempotency_key, kind, enterprise_id, store_id, payment_id, payload, "
                              "state, attempts, next_attempt_at, last_error, created_at, updated_at"_s;

// Appends one audit line linked into the hash chain (AuditChain.h). The caller holds a write
// transaction, so reading the chain head and appending after it cannot interleave with another
// writer.
Result<qint64, StoreError> insertAudit(const QSqlDatabase& db, const AuditEntry& entry)
{
    QSqlQuery head(db);
    head.setForwardOnly(true);
    if (!head.exec(u"SELECT seq, hash FROM audit_head WHERE id = 1"_s))
        return fail(sqlError(head.lastError()));
    qint64 seq = 0;
    QString previous;
    if (head.next()) {
        seq = head.value(0).toLongLong();
        previous = head.value(1).toString();
    } else {
        // Someone deleted the head. Carry on after the last line so dealer actions still work,
        // but never re-create the head: that would erase the evidence verifyAuditChain() reports.
        qCWarning(lcStore) << "audit chain head is missing; the audit log was tampered with";
        QSqlQuery last(db);
        last.setForwardOnly(true);
        if (!last.exec(u"SELECT seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1"_s))
            return fail(sqlError(last.lastError()));
        if (last.next()) {
            seq = last.value(0).toLongLong();
            previous = last.value(1).toString();
        }
    }
    head.finish();

    const AuditChain::Row row{
        seq + 1,
        (entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch(),
        nn(entry.who),
        nn(OsAccount::currentUserName()),
        nn(entry.action),
        nn(entry.enterpriseId),
        nn(entry.storeId),
        nn(entry.paymentId),
        nn(jsonToDb(entry.before)),
        nn(jsonToDb(entry.after)),
    };
    const QString hash = AuditChain::linkHash(previous, row);

    QSqlQuery q(db);
    q.prepare(u"INSERT INTO audit_log (at, who, action, enterprise_id, store_id, payment_id, before_json, "
              "after_json, seq, os_user, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, row.atMs);
    q.bindValue(1, row.who);
    q.bindValue(2, row.action);
    q.bindValue(3, row.enterpriseId);
    q.bindValue(4, row.storeId);
    q.bindValue(5, row.paymentId);
    q.bindValue(6, row.beforeJson);
    q.bindValue(7, row.afterJson);
    q.bindValue(8, row.seq);
    q.bindValue(9, row.osUser);
    q.bindValue(10, hash);
    PD_EXEC(q);
    const qint64 id = q.lastInsertId().toLongLong();

    QSqlQuery advance(db);
    advance.prepare(u"UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"_s);
    advance.bindValue(0, row.seq);
    advance.bindValue(1, hash);
    PD_EXEC(advance);
    return id;
}

// ---- opening -----------------------------------------------------------------------------

quint32 bigEndian32(const QByteArray& bytes, int at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16) |
           (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}

/// Cheap structural checks of the 100-byte SQLite header against the file size.
bool headerLooksSound(const QString& path, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = u"cannot read"_s;
        return true; // not a corruption verdict; opening will report it
    }
    const qint64 size = file.size();
    if (size == 0)
        return true; // SQLite treats an empty file as a new database
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *why = u"not an SQLite header"_s;
        return false;
    }
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        *why = u"bad page size"_s;
        return false;
    }
    // A WAL may legitimately hold pages beyond the end of the main file (a crash during a
    // checkpoint); only judge the size when there is none.
    const QFileInfo wal(path + u"-wal"_s);
    if (wal.exists() && wal.size() > 0)
        return true;
    if (size % pageSize != 0) {
        *why = u"size is not a whole number of pages"_s;
        return false;
    }
    const quint32 changeCounter = bigEndian32(header, 24);
    const quint32 pageCount = bigEndian32(header, 28);
    const quint32 validFor = bigEndian32(header, 92);
    if (pageCount > 0 && validFor == changeCounter && qint64(pageCount) * pageSize > size) {
        *why = u"truncated"_s;
        return false;
    }
    return true;
}

constexpr qint64 QuickCheckMaxBytes = 64LL * 1024 * 1024;

/// Left next to the file when damage is found at run time; the next open() starts afresh.
QString damageMarker(const QString& path)
{
    return path + u".damaged"_s;
}

enum class Probe
{
    Fine,
    Corrupt,
    Unreadable,
};

/// Reads the schema version without writing anything (a read-only connection).
Probe probe(const QString& path, int* userVersion, QString* detail)
{
    const QString name = u"paydesk-store-probe-%1"_s.arg(quintptr(QThread::currentThread()), 0, 16);
    Probe result = Probe::Fine;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Driver, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
        if (!db.open()) {
            *detail = db.lastError().text();
            result = Probe::Unreadable;
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
                *detail = q.lastError().text();
                result = sqlError(q.lastError()).kind == StoreError::Kind::Corrupt ? Probe::Corrupt
                                                                                   : Probe::Unreadable;
            } else {
                *userVersion = q.value(0).toInt();
                // Reading the whole schema catches a damaged first page or schema table.
                QSqlQuery schema(db);
                if (!schema.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !schema.next()) {
                    *detail = schema.lastError().text();
                    result = Probe::Corrupt;
                } else if (*userVersion <= PaymentStore::SchemaVersion &&
                           QFileInfo(path).size() <= QuickCheckMaxBytes) {
                    // quick_check reads every page. Small files only: on a 600 MB cache with a
                    // cold disk it took minutes, so big files rely on the structural checks,
                    // on errors seen at run time and on integrityCheck() (see damage marker).
                    QSqlQuery check(db);
                    if (!check.exec(u"PRAGMA quick_check(1)"_s) || !check.next() ||
                        check.value(0).toString() != u"ok") {
                        *detail = check.lastError().isValid() ? check.lastError().text()
                                                              : check.value(0).toString();
                        result = Probe::Corrupt;
                    }
                }
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString moveAside(const QString& path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = u"%1.corrupt-%2"_s.arg(path, stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = u"%1.corrupt-%2-%3"_s.arg(path, stamp).arg(n);
    if (!QFile::rename(path, target))
        return {};
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            QFile::remove(path + suffix);
    }
    return target;
}

QAtomicInteger<quint64> s_instanceCounter;

} // namespace

// ---- PaymentStore ------------------------------------------------------------------------

QString PaymentStore::OpenReport::message() const
{
    if (recoveredFromCorruption) {
        return tr("The local cache was damaged. It was set aside (%1) and a fresh cache was started; "
                  "payments will be downloaded again from the server.")
            .arg(QDir::toNativeSeparators(movedAsidePath));
    }
    return {};
}

QString PaymentStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/paydesk-cache.sqlite"_s;
}

PaymentStore::PaymentStore(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(u"paydesk-store-%1-"_s.arg(++s_instanceCounter))
{
}

PaymentStore::~PaymentStore()
{
    QMutexLocker lock(&m_connectionsMutex);
    const QString own = threadConnectionName();
    for (const QString& name : std::as_const(m_connectionNames)) {
        if (name == own) {
            // This thread's connection: close it now so the file handle goes at once.
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        // Other threads' connections close when the last handle goes (Qt forbids using a
        // connection from a thread that did not open it); worker threads should call
        // closeThreadConnection() before they end.
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::unique_ptr<PaymentStore>, StoreError> PaymentStore::open(const QString& path)
{
    const QFileInfo info(path);
    const QString dirPath = info.absolutePath();
    // 0700 also when the folder already existed: the app may have created it first with the
    // umask's 0755 (the lock file lives there too), or an older PayDesk did.
    if (!PrivateFiles::ensureDir(dirPath))
        return fail(StoreError::make(StoreError::Kind::CannotOpen, u"cannot create folder"_s));

    OpenReport report;
    const bool existed = info.exists() && info.size() > 0;
    if (existed) {
        QString why;
        bool corrupt = QFile::exists(damageMarker(path));
        if (corrupt)
            why = u"damage reported at run time"_s;
        else
            corrupt = !headerLooksSound(path, &why);
        int userVersion = 0;
        if (!corrupt) {
            switch (probe(path, &userVersion, &why)) {
            case Probe::Fine:
                break;
            case Probe::Corrupt:
                corrupt = true;
                break;
            case Probe::Unreadable:
                return fail(StoreError::make(StoreError::Kind::CannotOpen, why));
            }
        }
        if (!corrupt && userVersion > SchemaVersion) {
            qCWarning(lcStore) << "refusing a cache of schema" << userVersion
                               << "(this build:" << SchemaVersion << ")";
            return fail(StoreError::newerSchema(userVersion, SchemaVersion));
        }
        if (corrupt) {
            qCWarning(lcStore) << "cache file is damaged (" << why << "), moving it aside";
            report.movedAsidePath = moveAside(path);
            if (report.movedAsidePath.isEmpty())
                return fail(StoreError::make(StoreError::Kind::Corrupt, u"cannot move aside: "_s + why));
            report.recoveredFromCorruption = true;
            QFile::remove(damageMarker(path));
        }
        report.fromSchemaVersion = corrupt ? 0 : userVersion;
    }

    // Create the file ourselves so it is owner-only from the first byte; SQLite gives the
    // -wal and -shm files it creates the same mode as the database file, but leaves the mode
    // of ones that already exist (left by a crash, or by a PayDesk that made them 0644).
    if (!QFile::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFiles::OwnerOnlyFile))
            return fail(StoreError::make(StoreError::Kind::CannotOpen, file.errorString()));
        report.created = true;
    } else {
        PrivateFiles::makeOwnerOnly(path);
    }
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFile::exists(path + suffix))
            PrivateFiles::makeOwnerOnly(path + suffix);
    }
    if (!existed)
        report.created = true;

    std::unique_ptr<PaymentStore> store(new PaymentStore(path));
    auto db = store->connection();
    if (!db)
        return fail(std::move(db).error());

    {
        WriteTransaction tx(*db);
        if (auto r = tx.begin(); !r)
            return fail(StoreError::make(StoreError::Kind::CannotOpen, r.error().detail));
        QSqlQuery q(*db);
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            return fail(sqlError(q.lastError()));
        const int version = q.value(0).toInt();
        q.finish();
        if (version > SchemaVersion) // another process got there first
            return fail(StoreError::newerSchema(version, SchemaVersion));
        if (version < SchemaVersion) {
            qCInfo(lcStore) << "migrating cache schema from" << version << "to" << SchemaVersion;
            if (auto r = StoreSchema::migrate(*db, version); !r)
                return fail(std::move(r).error());
        }
        // Sends interrupted by a crash: replay them with the same idempotency key.
        QSqlQuery requeue(*db);
        if (!requeue.exec(u"UPDATE outbox SET state = 'queued' WHERE state = 'sending'"_s))
            return fail(sqlError(requeue.lastError()));
        report.requeuedOutboxEntries = requeue.numRowsAffected();
        if (auto r = tx.commit(); !r) {
            auto error = std::move(r).error();
            if (version < SchemaVersion)
                error.kind = StoreError::Kind::MigrationFailed;
            return fail(error);
        }
        report.fromSchemaVersion = version;
    }
    report.schemaVersion = SchemaVersion;
    if (report.requeuedOutboxEntries > 0)
        qCInfo(lcOutbox) << report.requeuedOutboxEntries << "interrupted actions queued again";
    store->m_report = report;
    return store;
}

QString PaymentStore::threadConnectionName() const
{
    return m_connectionPrefix + QString::number(quintptr(QThread::currentThread()), 16);
}

Result<QSqlDatabase, StoreError> PaymentStore::connection()
{
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    {
        QMutexLocker lock(&m_connectionsMutex);
        m_connectionNames.insert(name);
    }
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(Driver, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!db.open())
        return fail(StoreError::make(StoreError::Kind::CannotOpen, db.lastError().text()));

    QSqlQuery q(db);
    // WAL lets readers (the UI) run while a writer (sync) commits. Read the mode back: some
    // file systems (network shares) cannot do WAL and SQLite silently keeps the old mode.
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next())
        return fail(sqlError(q.lastError()));
    if (const QString mode = q.value(0).toString(); mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "journal mode is" << mode << "instead of wal; concurrent access will be slower";
    q.finish();
    // NORMAL in WAL mode survives an application crash (kill -9); only a power cut may lose
    // the last commits, which the next sync fetches again.
    for (const QString& pragma : {u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs),
                                  u"PRAGMA temp_store = MEMORY"_s, u"PRAGMA cache_size = -32768"_s}) {
        if (!q.exec(pragma))
            return fail(sqlError(q.lastError()));
    }
    return db;
}

void PaymentStore::closeThreadConnection()
{
    const QString name = threadConnectionName();
    {
        QMutexLocker lock(&m_connectionsMutex);
        if (!m_connectionNames.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// ---- payments ----------------------------------------------------------------------------

Result<bool, StoreError> PaymentStore::upsert(const Payment& payment)
{
    auto applied = applyBatch({payment}, nullptr, nullptr, 0);
    if (!applied)
        return fail(std::move(applied).error());
    return *applied > 0;
}

Result<int, StoreError> PaymentStore::upsertBatch(const QList<Payment>& payments)
{
    return applyBatch(payments, nullptr, nullptr, 0);
}

Result<int, StoreError> PaymentStore::ingestFeedPage(const QList<Payment>& payments,
                                                     const QString& enterpriseId, const QString& storeId,
                                                     qint64 nextSequence)
{
    return applyBatch(payments, &enterpriseId, &storeId, nextSequence);
}

Result<int, StoreError> PaymentStore::applyBatch(const QList<Payment>& payments, const QString* enterpriseId,
                                                 const QString* storeId, qint64 nextSequence)
{
    if (payments.isEmpty() && !enterpriseId)
        return 0;
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());

    WriteTransaction tx(*db);
    if (auto r = tx.begin(); !r)
        return fail(std::move(r).error());
    Upserter upserter(*db);
    if (auto r = upserter.prepare(); !r)
        return fail(std::move(r).error());

    int applied = 0;
    QStringList changed;
    for (const Payment& payment : payments) {
        auto r = upserter.apply(payment);
        if (!r)
            return fail(std::move(r).error());
        if (*r) {
            ++applied;
            changed << payment.paymentId;
        }
    }
    if (enterpriseId) {
        // The cursor only moves forward: a replayed older page must not rewind it.
        QSqlQuery q(*db);
        q.prepare(
            u"INSERT INTO sync_cursors (enterprise_id, store_id, sequence, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (enterprise_id, store_id) DO UPDATE SET sequence = max(sequence, "
            "excluded.sequence), "
            "updated_at = excluded.updated_at"_s);
        q.bindValue(0, nn(*enterpriseId));
        q.bindValue(1, nn(*storeId));
        q.bindValue(2, nextSequence);
        q.bindValue(3, QDateTime::currentMSecsSinceEpoch());
        PD_EXEC(q);
    }
    if (auto r = tx.commit(); !r)
        return fail(std::move(r).error());
    if (!changed.isEmpty())
        Q_EMIT paymentsChanged(changed);
    return applied;
}

Result<qint64, StoreError> PaymentStore::syncCursor(const QString& enterpriseId, const QString& storeId)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    QSqlQuery q(*db);
    q.prepare(u"SELECT sequence FROM sync_cursors WHERE enterprise_id = ? AND store_id = ?"_s);
    q.bindValue(0, nn(enterpriseId));
    q.bindValue(1, nn(storeId));
    PD_EXEC(q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<Done, StoreError> PaymentStore::setSyncCursor(const QString& enterpriseId, const QString& storeId,
                                                     qint64 sequence)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    QSqlQuery q(*db);
    q.prepare(u"INSERT INTO sync_cursors (enterprise_id, store_id, sequence, updated_at) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (enterprise_id, store_id) DO UPDATE SET sequence = excluded.sequence, "
              "updated_at = excluded.updated_at"_s);
    q.bindValue(0, nn(enterpriseId));
    q.bindValue(1, nn(storeId));
    q.bindValue(2, sequence);
    q.bindValue(3, QDateTime::currentMSecsSinceEpoch());
    PD_EXEC(q);
    return Done{};
}

Result<std::optional<Payment>, StoreError> PaymentStore::payment(const QString& paymentId)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    // One read transaction so the row and its history are from the same commit.
    QSqlQuery begin(*db);
    if (!begin.exec(u"BEGIN"_s))
        return fail(sqlError(begin.lastError()));
    auto end = qScopeGuard([&] {
        QSqlQuery q(*db);
        q.exec(u"COMMIT"_s);
    });
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM payments WHERE payment_id = ?"_s.arg(PaymentColumns));
    q.bindValue(0, paymentId);
    PD_EXEC(q);
    if (!q.next())
        return std::optional<Payment>();
    Payment p = paymentFromRow(q);
    const qint64 rowId = q.value(0).toLongLong();
    q.finish();

    QSqlQuery h(*db);
    h.setForwardOnly(true);
    h.prepare(
        u"SELECT status, at, actor, note FROM status_history WHERE payment_row = ? ORDER BY position"_s);
    h.bindValue(0, rowId);
    PD_EXEC(h);
    while (h.next()) {
        StatusChange change;
        change.status = PaymentStatus::fromString(h.value(0).toString());
        change.at = dateFromDb(h.value(1));
        change.actor = StatusChange::actorFromString(h.value(2).toString());
        change.note = h.value(3).toString();
        p.history << change;
    }
    return std::optional<Payment>(std::move(p));
}

Result<Done, StoreError> PaymentStore::replaceHistory(const QString& paymentId,
                                                      const QList<StatusChange>& history)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    WriteTransaction tx(*db);
    if (auto r = tx.begin(); !r)
        return r;
    QSqlQuery find(*db);
    find.prepare(u"SELECT row_id FROM payments WHERE payment_id = ?"_s);
    find.bindValue(0, paymentId);
    PD_EXEC(find);
    if (!find.next())
        return fail(StoreError::make(StoreError::Kind::NotFound));
    const qint64 rowId = find.value(0).toLongLong();
    find.finish();
    Upserter upserter(*db);
    if (auto r = upserter.prepare(); !r)
        return r;
    if (auto r = upserter.writeHistory(rowId, history); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    Q_EMIT paymentsChanged({paymentId});
    return Done{};
}

Result<QList<Payment>, StoreError> PaymentStore::query(const PaymentQuery& query)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    const SqlFilter filter = buildFilter(query);
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT %1 FROM %2%3%4%5"_s.arg(
            PaymentColumns, chooseSource(*db, query, m_plannerThreshold.loadRelaxed()), filter.where,
            orderBy(query), limitClause(query))))
        return fail(sqlError(q.lastError()));
    bindAll(q, filter.binds);
    PD_EXEC(q);
    QList<Payment> page;
    if (query.limit > 0)
        page.reserve(query.limit);
    while (q.next())
        page << paymentFromRow(q);
    return page;
}

Result<qint64, StoreError> PaymentStore::count(const PaymentQuery& query)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    const SqlFilter filter = buildFilter(query);
    QSqlQuery q(*db);
    if (!q.prepare(u"SELECT count(*) FROM payments"_s + filter.where))
        return fail(sqlError(q.lastError()));
    bindAll(q, filter.binds);
    PD_EXEC(q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<qint64>, StoreError> PaymentStore::queryIds(const PaymentQuery& query)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    const SqlFilter filter = buildFilter(query);
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    if (!q.prepare(
            u"SELECT row_id FROM %1%2%3%4"_s.arg(chooseSource(*db, query, m_plannerThreshold.loadRelaxed()),
                                                 filter.where, orderBy(query), limitClause(query))))
        return fail(sqlError(q.lastError()));
    bindAll(q, filter.binds);
    PD_EXEC(q);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QHash<qint64, Payment>, StoreError> PaymentStore::paymentsByRowIds(const QList<qint64>& rowIds)
{
    QHash<qint64, Payment> rows;
    if (rowIds.isEmpty())
        return rows;
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    QStringList ids;
    ids.reserve(rowIds.size());
    for (qint64 id : rowIds)
        ids << QString::number(id); // integers, so inlining them is safe
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM payments WHERE row_id IN (%2)"_s.arg(PaymentColumns, ids.join(u',')))) {
        return fail(sqlError(q.lastError()));
    }
    rows.reserve(rowIds.size());
    while (q.next())
        rows.insert(q.value(0).toLongLong(), paymentFromRow(q));
    return rows;
}

Result<std::optional<qint64>, StoreError> PaymentStore::rowIdOf(const QString& paymentId)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    QSqlQuery q(*db);
    q.prepare(u"SELECT row_id FROM payments WHERE payment_id = ?"_s);
    q.bindValue(0, paymentId);
    PD_EXEC(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

namespace {

Result<QStringList, StoreError> distinctColumn(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return fail(sqlError(q.lastError()));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

// DISTINCT over an indexed column as a skip-scan: one index seek per distinct value,
// instead of reading every row (a dealer group has tens of stores over 1M payments).
QString skipScan(const QString& column)
{
    return uR"(WITH RECURSIVE v(x) AS (
    SELECT min(%1) FROM payments
    UNION ALL
    SELECT (SELECT min(%1) FROM payments WHERE %1 > v.x) FROM v WHERE v.x IS NOT NULL)
SELECT x FROM v WHERE x IS NOT NULL)"_s.arg(column);
}

} // namespace

Result<QStringList, StoreError> PaymentStore::storeIds()
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    return distinctColumn(*db, skipScan(u"store_id"_s));
}

Result<QStringList, StoreError> PaymentStore::providers()
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    return distinctColumn(*db, skipScan(u"provider"_s));
}

Result<QStringList, StoreError> PaymentStore::currencies()
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    // Currency has no index of its own; a full scan is acceptable for a filter menu.
    return distinctColumn(*db, u"SELECT DISTINCT currency FROM payments WHERE currency <> '' ORDER BY 1"_s);
}

Result<DashboardKpis, StoreError> PaymentStore::kpis(const QDate& today, const QStringList& storeIds)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());

    QString storeTerm;
    if (!storeIds.isEmpty())
        storeTerm = u" AND store_id IN (%1)"_s.arg(placeholders(storeIds.size()));
    auto codes = [](const QList<int>& list) {
        QStringList text;
        for (int code : list)
            text << QString::number(code);
        return text.join(u", "_s);
    };
    using Code = PaymentStatus::Code;
    const int paid = StoreSchema::statusCodeToDb(Code::Paid);
    const int partially = StoreSchema::statusCodeToDb(Code::PartiallyRefunded);

    DashboardKpis kpis;
    // One read transaction: all figures from the same commit.
    QSqlQuery begin(*db);
    if (!begin.exec(u"BEGIN"_s))
        return fail(sqlError(begin.lastError()));
    auto end = qScopeGuard([&] {
        QSqlQuery q(*db);
        q.exec(u"COMMIT"_s);
    });

    auto countWhere = [&](const QString& where,
                          const QString& source = u"payments"_s) -> Result<qint64, StoreError> {
        QSqlQuery q(*db);
        q.prepare(u"SELECT count(*) FROM "_s + source + u" WHERE "_s + where + storeTerm);
        bindAll(q, QVariantList(storeIds.cbegin(), storeIds.cend()));
        PD_EXEC(q);
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    };
    auto open = countWhere(u"status_code IN (%1)"_s.arg(codes(StoreSchema::openStatusCodes())));
    if (!open)
        return fail(std::move(open).error());
    kpis.open = *open;
    auto failed = countWhere(u"status_code IN (%1)"_s.arg(StoreSchema::statusCodeToDb(Code::Failed)));
    if (!failed)
        return fail(std::move(failed).error());
    kpis.failed = *failed;
    // Written exactly like the partial index idx_payments_awaiting, and named: without
    // statistics SQLite would rather walk every paid row through idx_payments_status (2.6 s at 1M).
    auto awaiting = countWhere(u"status_code IN (%1, %2) AND funds_cleared = 0"_s.arg(paid).arg(partially),
                               u"payments INDEXED BY idx_payments_awaiting"_s);
    if (!awaiting)
        return fail(std::move(awaiting).error());
    kpis.awaitingClearance = *awaiting;

    const qint64 dayStart = QDateTime(today, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 dayEnd = QDateTime(today.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT COALESCE(amount_paid_currency, currency), "
              "sum(COALESCE(amount_paid_minor, amount_minor)), count(*) FROM payments "
              "WHERE paid_at IS NOT NULL AND paid_at >= ? AND paid_at < ?%1 GROUP BY 1"_s.arg(storeTerm));
    QVariantList binds{dayStart, dayEnd};
    for (const QString& id : storeIds)
        binds << id;
    bindAll(q, binds);
    PD_EXEC(q);
    while (q.next()) {
        kpis.paidTodayAmount.insert(q.value(0).toString(), q.value(1).toLongLong());
        kpis.paidToday += q.value(2).toLongLong();
    }
    return kpis;
}

// ---- outbox ------------------------------------------------------------------------------

Result<qint64, StoreError> PaymentStore::enqueueAction(const OutboxEntry& entry, const AuditEntry& audit)
{
    if (entry.idempotencyKey.trimmed().isEmpty())
        return fail(StoreError::make(StoreError::Kind::InvalidArgument, u"empty idempotency key"_s));
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    WriteTransaction tx(*db);
    if (auto r = tx.begin(); !r)
        return fail(std::move(r).error());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(*db);
    q.prepare(
        u"INSERT INTO outbox (idempotency_key, kind, enterprise_id, store_id, payment_id, payload, state, "
        "attempts, next_attempt_at, last_error, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, '', ?, ?)"_s);
    q.bindValue(0, nn(entry.idempotencyKey));
    q.bindValue(1, OutboxEntry::kindToString(entry.kind));
    q.bindValue(2, nn(entry.enterpriseId));
    q.bindValue(3, nn(entry.storeId));
    q.bindValue(4, nn(entry.paymentId));
    q.bindValue(5, nn(jsonToDb(entry.payload)));
    q.bindValue(6, toDb(entry.nextAttemptAt));
    q.bindValue(7, (entry.createdAt.isValid() ? entry.createdAt : now).toMSecsSinceEpoch());
    q.bindValue(8, now.toMSecsSinceEpoch());
    PD_EXEC(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto r = insertAudit(*db, audit); !r)
        return fail(std::move(r).error());
    if (auto r = tx.commit(); !r)
        return fail(std::move(r).error());
    Q_EMIT outboxChanged();
    return id;
}

Result<QList<OutboxEntry>, StoreError> PaymentStore::dueOutbox(const QDateTime& now)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT %1 FROM outbox WHERE state = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
        "ORDER BY id"_s.arg(OutboxColumns));
    q.bindValue(0, now.toMSecsSinceEpoch());
    PD_EXEC(q);
    QList<OutboxEntry> entries;
    while (q.next())
        entries << outboxFromRow(q);
    return entries;
}

Result<QList<OutboxEntry>, StoreError> PaymentStore::outboxEntries(const QList<OutboxEntry::State>& states)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    QString where;
    QVariantList binds;
    if (!states.isEmpty()) {
        where = u" WHERE state IN (%1)"_s.arg(placeholders(states.size()));
        for (OutboxEntry::State state : states)
            binds << OutboxEntry::stateToString(state);
    }
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM outbox%2 ORDER BY id"_s.arg(OutboxColumns, where));
    bindAll(q, binds);
    PD_EXEC(q);
    QList<OutboxEntry> entries;
    while (q.next())
        entries << outboxFromRow(q);
    return entries;
}

Result<std::optional<OutboxEntry>, StoreError> PaymentStore::outboxEntry(qint64 id)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    QSqlQuery q(*db);
    q.prepare(u"SELECT %1 FROM outbox WHERE id = ?"_s.arg(OutboxColumns));
    q.bindValue(0, id);
    PD_EXEC(q);
    if (!q.next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(outboxFromRow(q));
}

Result<Done, StoreError> PaymentStore::outboxTransition(const QString& sql, const QVariantList& binds)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    // A single UPDATE is its own transaction: the state change is atomic and durable.
    QSqlQuery q(*db);
    if (!q.prepare(sql))
        return fail(sqlError(q.lastError()));
    bindAll(q, binds);
    PD_EXEC(q);
    if (q.numRowsAffected() < 1)
        return fail(StoreError::make(StoreError::Kind::NotFound));
    Q_EMIT outboxChanged();
    return Done{};
}

Result<Done, StoreError> PaymentStore::markOutboxSending(qint64 id, const QDateTime& now)
{
    return outboxTransition(u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? "
                            "WHERE id = ? AND state = 'queued'"_s,
                            {now.toMSecsSinceEpoch(), id});
}

Result<Done, StoreError> PaymentStore::markOutboxSent(qint64 id, const QDateTime& now,
                                                      const QString& paymentId)
{
    return outboxTransition(u"UPDATE outbox SET state = 'sent', last_error = '', updated_at = ?, "
                            "payment_id = CASE WHEN ? = '' THEN payment_id ELSE ? END WHERE id = ?"_s,
                            {now.toMSecsSinceEpoch(), nn(paymentId), nn(paymentId), id});
}

Result<Done, StoreError> PaymentStore::markOutboxFailed(qint64 id, const QDateTime& now, const QString& error)
{
    return outboxTransition(
        u"UPDATE outbox SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?"_s,
        {nn(error), now.toMSecsSinceEpoch(), id});
}

Result<Done, StoreError> PaymentStore::markOutboxRetryLater(qint64 id, const QDateTime& nextAttemptAt,
                                                            const QString& error)
{
    return outboxTransition(u"UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = ?, "
                            "updated_at = ? WHERE id = ? AND state IN ('queued', 'sending')"_s,
                            {toDb(nextAttemptAt), nn(error), QDateTime::currentMSecsSinceEpoch(), id});
}

Result<int, StoreError> PaymentStore::queuedActionCount()
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    QSqlQuery q(*db);
    if (!q.exec(u"SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending')"_s) || !q.next())
        return fail(sqlError(q.lastError()));
    return q.value(0).toInt();
}

// ---- audit -------------------------------------------------------------------------------

Result<qint64, StoreError> PaymentStore::appendAudit(const AuditEntry& entry)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    WriteTransaction tx(*db);
    if (auto r = tx.begin(); !r)
        return fail(std::move(r).error());
    auto id = insertAudit(*db, entry);
    if (!id)
        return id;
    if (auto r = tx.commit(); !r)
        return fail(std::move(r).error());
    return id;
}

Result<QList<AuditEntry>, StoreError> PaymentStore::auditEntries(int limit)
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, at, who, action, enterprise_id, store_id, payment_id, before_json, after_json, "
              "os_user, seq FROM audit_log ORDER BY id DESC LIMIT ?"_s);
    q.bindValue(0, limit > 0 ? limit : -1);
    PD_EXEC(q);
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = dateFromDb(q.value(1));
        e.who = q.value(2).toString();
        e.action = q.value(3).toString();
        e.enterpriseId = q.value(4).toString();
        e.storeId = q.value(5).toString();
        e.paymentId = q.value(6).toString();
        e.before = jsonFromDb(q.value(7));
        e.after = jsonFromDb(q.value(8));
        e.osAccount = q.value(9).toString();
        e.sequence = q.value(10).toLongLong();
        entries << e;
    }
    return entries;
}

Result<AuditChainCheck, StoreError> PaymentStore::verifyAuditChain()
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    // One read transaction: the lines and the head come from the same snapshot even while
    // another thread appends.
    QSqlQuery begin(*db);
    if (!begin.exec(u"BEGIN"_s))
        return fail(sqlError(begin.lastError()));
    const auto endRead = qScopeGuard([&] {
        QSqlQuery end(*db);
        if (!end.exec(u"ROLLBACK"_s))
            qCWarning(lcStore) << "ending the audit check's read failed:" << end.lastError().text();
    });

    AuditChainCheck check;
    const auto broken = [&check](AuditChainCheck::Problem problem, qint64 seq, qint64 id) {
        check.problem = problem;
        check.brokenSeq = seq;
        check.brokenId = id;
        qCWarning(lcStore) << "audit chain broken at position" << seq << "(line id" << id << ")";
        return check;
    };
    qint64 expected = 1;
    QString previous;
    {
        QSqlQuery q(*db);
        q.setForwardOnly(true);
        // NULL positions sort first: a line slipped in around the store is reported at once.
        if (!q.exec(u"SELECT id, seq, at, who, os_user, action, enterprise_id, store_id, payment_id, "
                    "before_json, after_json, hash FROM audit_log ORDER BY seq, id"_s))
            return fail(sqlError(q.lastError()));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (q.value(1).isNull())
                return broken(AuditChainCheck::Problem::Unchained, expected, id);
            const qint64 seq = q.value(1).toLongLong();
            if (seq > expected)
                return broken(AuditChainCheck::Problem::Missing, expected, id);
            const AuditChain::Row row{seq,
                                      q.value(2).toLongLong(),
                                      q.value(3).toString(),
                                      q.value(4).toString(),
                                      q.value(5).toString(),
                                      q.value(6).toString(),
                                      q.value(7).toString(),
                                      q.value(8).toString(),
                                      q.value(9).toString(),
                                      q.value(10).toString()};
            // A repeated or out-of-order position cannot hash right either: seq is in the hash.
            const QString stored = q.value(11).toString();
            if (seq < expected || AuditChain::linkHash(previous, row) != stored)
                return broken(AuditChainCheck::Problem::Edited, expected, id);
            previous = stored;
            ++expected;
            ++check.rowsVerified;
        }
    }
    QSqlQuery head(*db);
    head.setForwardOnly(true);
    if (!head.exec(u"SELECT seq, hash FROM audit_head WHERE id = 1"_s))
        return fail(sqlError(head.lastError()));
    if (!head.next())
        return broken(AuditChainCheck::Problem::HeadMismatch, expected, 0);
    const qint64 headSeq = head.value(0).toLongLong();
    if (headSeq >= expected) // the head points past the last line: the tail was deleted
        return broken(AuditChainCheck::Problem::Missing, expected, 0);
    if (headSeq != expected - 1 || head.value(1).toString() != previous)
        return broken(AuditChainCheck::Problem::HeadMismatch, expected, 0);
    return check;
}

// ---- maintenance -------------------------------------------------------------------------

void PaymentStore::requestRecoveryOnNextOpen()
{
    QFile marker(damageMarker(m_path));
    if (marker.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        marker.write("damaged\n");
    qCWarning(lcStore) << "cache marked as damaged; it will be rebuilt on the next start";
}

Result<Done, StoreError> PaymentStore::integrityCheck()
{
    auto db = connection();
    if (!db)
        return fail(std::move(db).error());
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return fail(sqlError(q.lastError()));
    if (!q.next())
        return fail(StoreError::make(StoreError::Kind::Corrupt, u"no answer"_s));
    const QString answer = q.value(0).toString();
    if (answer != u"ok") {
        qCWarning(lcStore) << "integrity check failed:" << answer;
        requestRecoveryOnNextOpen();
        return fail(StoreError::make(StoreError::Kind::Corrupt, answer));
    }
    return Done{};
}

} // namespace paydesk
