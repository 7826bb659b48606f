#include "StoreSchema.h"

#include "AuditChain.h"
#include "Logging.h"
#include "PaymentRow.h"
#include "SearchText.h"
#include "StoreSql.h"
#include "payments/Customer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

Result<Done, StoreError> execAll(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qCWarning(lcStore) << "migration statement failed:" << q.lastError().text();
            return fail(StoreError::make(StoreError::Kind::MigrationFailed, q.lastError().text()));
        }
    }
    return Done{};
}

} // namespace

int StoreSchema::statusCodeToDb(PaymentStatus::Code code)
{
    // Explicit numbers: the enum may be reordered in code, the file must not change meaning.
    // The order is the lifecycle, which is also what sorting by status shows.
    using Code = PaymentStatus::Code;
    switch (code) {
    case Code::Initiated:
        return 10;
    case Code::Notified:
        return 20;
    case Code::Viewed:
        return 30;
    case Code::InProgress:
        return 40;
    case Code::Authorised:
        return 50;
    case Code::Failed:
        return 60;
    case Code::Paid:
        return 70;
    case Code::PartiallyRefunded:
        return 80;
    case Code::Refunded:
        return 90;
    case Code::Cancelled:
        return 100;
    case Code::Expired:
        return 110;
    case Code::Unknown:
        break;
    }
    return 1000;
}

QList<int> StoreSchema::openStatusCodes()
{
    using Code = PaymentStatus::Code;
    return {statusCodeToDb(Code::Initiated), statusCodeToDb(Code::Notified), statusCodeToDb(Code::Viewed),
            statusCodeToDb(Code::InProgress), statusCodeToDb(Code::Authorised)};
}

QList<StoreSchema::Derived> StoreSchema::paymentIndexes()
{
    const QString paid = QString::number(statusCodeToDb(PaymentStatus::Code::Paid));
    const QString partially = QString::number(statusCodeToDb(PaymentStatus::Code::PartiallyRefunded));
    // The statements of toVersion1, toVersion2 and toVersion8, word for word (toVersion5 dropped
    // the one of toVersion4). The one on payment_id first: the build makes it first, as every
    // write looks payments up by it.
    return {
        {paymentIdIndex(), u"CREATE UNIQUE INDEX idx_payments_payment_id ON payments(payment_id)"_s},
        {u"idx_payments_updated"_s, u"CREATE INDEX idx_payments_updated ON payments(updated_at)"_s},
        {u"idx_payments_created"_s, u"CREATE INDEX idx_payments_created ON payments(created_at)"_s},
        {u"idx_payments_status"_s,
         u"CREATE INDEX idx_payments_status ON payments(status_code, updated_at)"_s},
        {u"idx_payments_customer"_s,
         u"CREATE INDEX idx_payments_customer ON payments(customer_name COLLATE NOCASE)"_s},
        {u"idx_payments_reference"_s,
         u"CREATE INDEX idx_payments_reference ON payments(reference_number COLLATE NOCASE)"_s},
        {u"idx_payments_amount"_s, u"CREATE INDEX idx_payments_amount ON payments(amount_minor)"_s},
        {u"idx_payments_store"_s, u"CREATE INDEX idx_payments_store ON payments(store_id, updated_at)"_s},
        {u"idx_payments_provider"_s,
         u"CREATE INDEX idx_payments_provider ON payments(provider, updated_at)"_s},
        {u"idx_payments_expires"_s, u"CREATE INDEX idx_payments_expires ON payments(expires_at)"_s},
        {u"idx_payments_paid_at"_s,
         u"CREATE INDEX idx_payments_paid_at ON payments(paid_at) WHERE paid_at IS NOT NULL"_s},
        {u"idx_payments_awaiting"_s,
         u"CREATE INDEX idx_payments_awaiting ON payments(store_id) "
         "WHERE status_code IN (%1, %2) AND funds_cleared = 0"_s.arg(paid, partially)},
    };
}

QList<StoreSchema::Derived> StoreSchema::ftsTriggers()
{
    return {
        {u"payments_fts_insert"_s, uR"(CREATE TRIGGER payments_fts_insert AFTER INSERT ON payments BEGIN
    INSERT INTO payments_fts(rowid, search_text) VALUES (new.row_id, new.search_text);
END)"_s},
        {u"payments_fts_delete"_s, uR"(CREATE TRIGGER payments_fts_delete AFTER DELETE ON payments BEGIN
    INSERT INTO payments_fts(payments_fts, rowid, search_text) VALUES ('delete', old.row_id, old.search_text);
END)"_s},
        {u"payments_fts_update"_s,
         uR"(CREATE TRIGGER payments_fts_update AFTER UPDATE OF search_text ON payments
WHEN old.search_text IS NOT new.search_text BEGIN
    INSERT INTO payments_fts(payments_fts, rowid, search_text) VALUES ('delete', old.row_id, old.search_text);
    INSERT INTO payments_fts(rowid, search_text) VALUES (new.row_id, new.search_text);
END)"_s},
    };
}

Result<Done, StoreError> StoreSchema::migrate(QSqlDatabase& db, int fromVersion)
{
    if (fromVersion < 1) {
        if (auto r = toVersion1(db); !r)
            return r;
    }
    if (fromVersion < 2) {
        if (auto r = toVersion2(db); !r)
            return r;
    }
    if (fromVersion < 3) {
        if (auto r = toVersion3(db); !r)
            return r;
    }
    if (fromVersion < 4) {
        if (auto r = toVersion4(db); !r)
            return r;
    }
    if (fromVersion < 5) {
        if (auto r = toVersion5(db); !r)
            return r;
    }
    if (fromVersion < 6) {
        if (auto r = toVersion6(db); !r)
            return r;
    }
    if (fromVersion < 7) {
        if (auto r = toVersion7(db); !r)
            return r;
    }
    if (fromVersion < 8) {
        if (auto r = toVersion8(db); !r)
            return r;
    }
    return execAll(db, {u"PRAGMA user_version = %1"_s.arg(CurrentVersion)});
}

// Version 1 (PayDesk 0.1): payments, their history, sync cursors, the outbox and the audit log.
Result<Done, StoreError> StoreSchema::toVersion1(QSqlDatabase& db)
{
    return execAll(db, {
                           uR"(CREATE TABLE payments (
    row_id INTEGER PRIMARY KEY,
    payment_id TEXT NOT NULL UNIQUE,
    enterprise_id TEXT NOT NULL,
    store_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    reference_type TEXT NOT NULL,
    reference_number TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    amount_paid_minor INTEGER,
    amount_paid_currency TEXT,
    customer_name TEXT NOT NULL,
    customer_email TEXT NOT NULL,
    customer_phone TEXT NOT NULL,
    channels INTEGER NOT NULL,
    status TEXT NOT NULL,
    status_code INTEGER NOT NULL,
    status_reason TEXT NOT NULL,
    pay_link TEXT NOT NULL,
    expires_at INTEGER,
    card_brand TEXT NOT NULL,
    card_last4 TEXT NOT NULL,
    transaction_reference TEXT NOT NULL,
    reconciled INTEGER NOT NULL,
    funds_cleared INTEGER NOT NULL,
    created_at INTEGER,
    updated_at INTEGER,
    version INTEGER NOT NULL,
    sequence INTEGER NOT NULL))"_s,
                           u"CREATE INDEX idx_payments_updated ON payments(updated_at)"_s,
                           uR"(CREATE TABLE status_history (
    payment_row INTEGER NOT NULL REFERENCES payments(row_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    status TEXT NOT NULL,
    at INTEGER,
    actor TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (payment_row, position)) WITHOUT ROWID)"_s,
                           uR"(CREATE TABLE sync_cursors (
    enterprise_id TEXT NOT NULL,
    store_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (enterprise_id, store_id)) WITHOUT ROWID)"_s,
                           uR"(CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    enterprise_id TEXT NOT NULL,
    store_id TEXT NOT NULL,
    payment_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_error TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL))"_s,
                           u"CREATE INDEX idx_outbox_state ON outbox(state, next_attempt_at)"_s,
                           uR"(CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    enterprise_id TEXT NOT NULL,
    store_id TEXT NOT NULL,
    payment_id TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL))"_s,
                       });
}

// search_text is computed in C++ (phone variants, punctuation: SearchText::forFields), so a
// migration that changes what it holds rewrites it row by row, for the rows `where` picks (all
// when empty). The FTS triggers keep the index in step.
Result<Done, StoreError> StoreSchema::rewriteSearchText(QSqlDatabase& db, const QString& where)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    // Before version 4 there is no provider_reference.
    const QString providerReference =
        db.record(u"payments"_s).contains(u"provider_reference"_s) ? u"provider_reference"_s : u"''"_s;
    if (!read.exec(
            u"SELECT row_id, customer_name, customer_email, customer_phone, reference_number, card_last4, "
            "%1 FROM payments%2"_s.arg(providerReference,
                                       where.isEmpty() ? QString() : u" WHERE "_s + where)))
        return fail(StoreError::make(StoreError::Kind::MigrationFailed, read.lastError().text()));
    QSqlQuery write(db);
    write.prepare(u"UPDATE payments SET search_text = ? WHERE row_id = ?"_s);
    while (read.next()) {
        const Customer customer{read.value(1).toString(), read.value(2).toString(), read.value(3).toString()};
        write.bindValue(0, SearchText::forFields(customer, read.value(4).toString(), read.value(5).toString(),
                                                 read.value(6).toString()));
        write.bindValue(1, read.value(0));
        if (!write.exec())
            return fail(StoreError::make(StoreError::Kind::MigrationFailed, write.lastError().text()));
    }
    return Done{};
}

// Version 2: text search (FTS5 over a normalised search_text), paid_at for the KPI strip,
// indexes for every sortable column, and an audit log that refuses UPDATE and DELETE.
Result<Done, StoreError> StoreSchema::toVersion2(QSqlDatabase& db)
{
    if (auto r = execAll(db, {u"ALTER TABLE payments ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"_s,
                              u"ALTER TABLE payments ADD COLUMN paid_at INTEGER"_s});
        !r)
        return r;

    if (auto r = rewriteSearchText(db, {}); !r)
        return r;

    const QString paid = QString::number(statusCodeToDb(PaymentStatus::Code::Paid));
    const QString partially = QString::number(statusCodeToDb(PaymentStatus::Code::PartiallyRefunded));
    const QString refunded = QString::number(statusCodeToDb(PaymentStatus::Code::Refunded));
    const QString paidCodes = u"%1, %2, %3"_s.arg(paid, partially, refunded);

    return execAll(db,
                   {
                       // When it was paid: the PAID step of the history if known, else the last update.
                       u"UPDATE payments SET paid_at = COALESCE((SELECT min(h.at) FROM status_history h "
                       "WHERE h.payment_row = payments.row_id AND h.status = 'PAID'), updated_at) "
                       "WHERE status_code IN (%1)"_s.arg(paidCodes),

                       // External-content FTS5 over payments.search_text, kept in step by triggers.
                       uR"(CREATE VIRTUAL TABLE payments_fts USING fts5(
    search_text, content='payments', content_rowid='row_id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'))"_s,
                       u"INSERT INTO payments_fts(payments_fts) VALUES('rebuild')"_s,
                       uR"(CREATE TRIGGER payments_fts_insert AFTER INSERT ON payments BEGIN
    INSERT INTO payments_fts(rowid, search_text) VALUES (new.row_id, new.search_text);
END)"_s,
                       uR"(CREATE TRIGGER payments_fts_delete AFTER DELETE ON payments BEGIN
    INSERT INTO payments_fts(payments_fts, rowid, search_text) VALUES ('delete', old.row_id, old.search_text);
END)"_s,
                       uR"(CREATE TRIGGER payments_fts_update AFTER UPDATE OF search_text ON payments
WHEN old.search_text IS NOT new.search_text BEGIN
    INSERT INTO payments_fts(payments_fts, rowid, search_text) VALUES ('delete', old.row_id, old.search_text);
    INSERT INTO payments_fts(rowid, search_text) VALUES (new.row_id, new.search_text);
END)"_s,

                       // One index per sortable column. Status, store and provider sort by updated_at
                       // within a group, so the ORDER BY matches the index and no sort step is needed.
                       u"CREATE INDEX idx_payments_created ON payments(created_at)"_s,
                       u"CREATE INDEX idx_payments_status ON payments(status_code, updated_at)"_s,
                       u"CREATE INDEX idx_payments_customer ON payments(customer_name COLLATE NOCASE)"_s,
                       u"CREATE INDEX idx_payments_reference ON payments(reference_number COLLATE NOCASE)"_s,
                       u"CREATE INDEX idx_payments_amount ON payments(amount_minor)"_s,
                       u"CREATE INDEX idx_payments_store ON payments(store_id, updated_at)"_s,
                       u"CREATE INDEX idx_payments_provider ON payments(provider, updated_at)"_s,
                       u"CREATE INDEX idx_payments_expires ON payments(expires_at)"_s,
                       u"CREATE INDEX idx_payments_paid_at ON payments(paid_at) WHERE paid_at IS NOT NULL"_s,
                       u"CREATE INDEX idx_payments_awaiting ON payments(store_id) "
                       "WHERE status_code IN (%1, %2) AND funds_cleared = 0"_s.arg(paid, partially),

                       uR"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END)"_s,
                       uR"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END)"_s,
                   });
}

// Version 3: the audit log becomes a hash chain (AuditChain.h): a gap-free position, the OS
// account that wrote the row, and the link hash; audit_head keeps the last position and hash so
// a deleted tail is seen. Existing rows are chained here, in the migration's one transaction.
Result<Done, StoreError> StoreSchema::toVersion3(QSqlDatabase& db)
{
    if (auto r = execAll(db, {u"ALTER TABLE audit_log ADD COLUMN seq INTEGER"_s,
                              u"ALTER TABLE audit_log ADD COLUMN os_user TEXT NOT NULL DEFAULT ''"_s,
                              u"ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''"_s,
                              uR"(CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL))"_s,
                              // Chaining the old rows is the one UPDATE the log ever gets.
                              u"DROP TRIGGER audit_log_no_update"_s});
        !r)
        return r;

    qint64 seq = 0;
    QString previous;
    {
        QSqlQuery read(db);
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT id, at, who, action, enterprise_id, store_id, payment_id, before_json, "
                       "after_json FROM audit_log ORDER BY id"_s))
            return fail(StoreError::make(StoreError::Kind::MigrationFailed, read.lastError().text()));
        QSqlQuery write(db);
        write.prepare(u"UPDATE audit_log SET seq = ?, hash = ? WHERE id = ?"_s);
        while (read.next()) {
            // os_user stays '': who ran PayDesk for these old rows was never recorded.
            const AuditChain::Row row{++seq,
                                      read.value(1).toLongLong(),
                                      read.value(2).toString(),
                                      QString(),
                                      read.value(3).toString(),
                                      read.value(4).toString(),
                                      read.value(5).toString(),
                                      read.value(6).toString(),
                                      read.value(7).toString(),
                                      read.value(8).toString()};
            previous = AuditChain::linkHash(previous, row);
            write.bindValue(0, seq);
            write.bindValue(1, previous);
            write.bindValue(2, read.value(0));
            if (!write.exec())
                return fail(StoreError::make(StoreError::Kind::MigrationFailed, write.lastError().text()));
        }
    }

    QSqlQuery head(db);
    head.prepare(u"INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)"_s);
    head.bindValue(0, seq);
    head.bindValue(1, previous.isNull() ? u""_s : previous);
    if (!head.exec())
        return fail(StoreError::make(StoreError::Kind::MigrationFailed, head.lastError().text()));

    // The triggers stop accidents and careless tools, not an attacker (who can drop them);
    // verifyAuditChain() is what detects a change.
    return execAll(db, {
                           u"CREATE UNIQUE INDEX idx_audit_seq ON audit_log(seq)"_s,
                           uR"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END)"_s,
                           uR"(CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END)"_s,
                           uR"(CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
WHEN new.seq IS NOT old.seq + 1 BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END)"_s,
                       });
}

// Version 4: more than one provider (ProviderRules). An outbox entry names the provider that
// sends it (every older entry was Keyloop's); a payment keeps its provider's own status word,
// reference and fields, and whether its invoice is still outstanding (Payment Assist).
Result<Done, StoreError> StoreSchema::toVersion4(QSqlDatabase& db)
{
    return execAll(
        db, {
                u"ALTER TABLE outbox ADD COLUMN provider TEXT NOT NULL DEFAULT 'keyloop'"_s,
                u"ALTER TABLE payments ADD COLUMN provider_status TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE payments ADD COLUMN provider_reference TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE payments ADD COLUMN invoice_outstanding INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE payments ADD COLUMN provider_data TEXT NOT NULL DEFAULT ''"_s,
                u"CREATE INDEX idx_payments_invoice ON payments(store_id) WHERE invoice_outstanding = 1"_s,
            });
}

// Version 5: idx_payments_invoice goes; no query reads invoice_outstanding through it (every
// secondary index must show up in a query plan of the dashboard: StoreIndexesTest), and each
// index costs every write and every bulk load. IF EXISTS: a cache in a bulk load has none.
Result<Done, StoreError> StoreSchema::toVersion5(QSqlDatabase& db)
{
    return execAll(db, {u"DROP INDEX IF EXISTS idx_payments_invoice"_s});
}

// Version 6: the search finds a payment by the provider's own reference for people where it is
// not the reference number (Payment Assist's pa_ref: SearchText::forFields); the rows that have
// one get their search_text again.
Result<Done, StoreError> StoreSchema::toVersion6(QSqlDatabase& db)
{
    return rewriteSearchText(
        db, u"provider_reference <> '' AND provider_reference <> reference_number COLLATE NOCASE"_s);
}

// Version 7: a payment's status timeline is one row (payment_history: the steps as one JSON text,
// PaymentRow::historyToDb()) instead of a row a step. It is only ever written and read whole, and a
// first sync spent two thirds of its write on the rows of the steps (issue 9).
Result<Done, StoreError> StoreSchema::toVersion7(QSqlDatabase& db)
{
    if (auto r = execAll(db, {uR"(CREATE TABLE payment_history (
    payment_row INTEGER PRIMARY KEY REFERENCES payments(row_id) ON DELETE CASCADE,
    steps TEXT NOT NULL))"_s});
        !r)
        return r;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT payment_row, status, at, actor, note FROM status_history "
                   "ORDER BY payment_row, position"_s))
        return fail(StoreError::make(StoreError::Kind::MigrationFailed, read.lastError().text()));
    QSqlQuery write(db);
    write.prepare(u"INSERT INTO payment_history (payment_row, steps) VALUES (?, ?)"_s);
    qint64 row = 0;
    QList<StatusChange> steps;
    auto flush = [&]() -> Result<Done, StoreError> {
        if (steps.isEmpty())
            return Done{};
        write.bindValue(0, row);
        write.bindValue(1, PaymentRow::historyToDb(steps));
        steps.clear();
        if (!write.exec())
            return fail(StoreError::make(StoreError::Kind::MigrationFailed, write.lastError().text()));
        return Done{};
    };
    while (read.next()) {
        if (read.value(0).toLongLong() != row) {
            if (auto r = flush(); !r)
                return r;
            row = read.value(0).toLongLong();
        }
        StatusChange change;
        change.status = PaymentStatus::fromString(read.value(1).toString());
        change.at = StoreSql::toDate(read.value(2));
        change.actor = StatusChange::actorFromString(read.value(3).toString());
        change.note = read.value(4).toString();
        steps << change;
    }
    if (read.lastError().isValid())
        return fail(StoreError::make(StoreError::Kind::MigrationFailed, read.lastError().text()));
    if (auto r = flush(); !r)
        return r;
    read.finish();
    return execAll(db, {u"DROP TABLE status_history"_s});
}

// Version 8: payment_id is unique through an index of its own, idx_payments_payment_id, which a
// bulk load sets aside like the others (PaymentIdIndex answers meanwhile): payment ids are random,
// and that index made a load of 1M payments 2.5 times slower than the table alone (issue 9).
// SQLite cannot take UNIQUE off a column, so the table is made again (its documented way): the
// same columns and rows, row_id kept (payments_fts and payment_history name rows by it), and the
// indexes and triggers it had. The drop deletes the rows' history (ON DELETE CASCADE, and foreign
// keys cannot be switched off inside the migration's transaction), so that is kept aside meanwhile.
Result<Done, StoreError> StoreSchema::toVersion8(QSqlDatabase& db)
{
    const QString unique = u"payment_id TEXT NOT NULL UNIQUE,"_s;
    QString table;
    QStringList derived;
    {
        QSqlQuery read(db);
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT type, sql FROM sqlite_master WHERE tbl_name = 'payments' AND sql IS NOT NULL "
                       "ORDER BY type = 'table' DESC, rowid"_s))
            return fail(StoreError::make(StoreError::Kind::MigrationFailed, read.lastError().text()));
        while (read.next()) {
            if (read.value(0).toString() == u"table")
                table = read.value(1).toString();
            else
                derived << read.value(1).toString();
        }
        if (read.lastError().isValid())
            return fail(StoreError::make(StoreError::Kind::MigrationFailed, read.lastError().text()));
    }
    // SQLite keeps it as "CREATE UNIQUE INDEX idx_payments_payment_id ON …" (paymentIndexes()).
    const QString createIdIndex =
        u"CREATE UNIQUE INDEX IF NOT EXISTS idx_payments_payment_id ON payments(payment_id)"_s;
    // A table made without it already (a test's older file made by this build) needs only the index.
    if (table.count(unique) != 1 || !table.startsWith(u"CREATE TABLE payments ("_s))
        return execAll(db, {createIdIndex});
    table.replace(unique, u"payment_id TEXT NOT NULL,"_s);
    table.replace(0, qsizetype(u"CREATE TABLE payments ("_s.size()), u"CREATE TABLE payments_rebuilt ("_s);
    QStringList steps = {
        table,
        u"INSERT INTO payments_rebuilt SELECT * FROM payments"_s,
        u"CREATE TEMP TABLE history_kept AS SELECT * FROM payment_history"_s,
        u"DROP TABLE payments"_s,
        u"ALTER TABLE payments_rebuilt RENAME TO payments"_s,
        u"INSERT INTO payment_history SELECT * FROM history_kept"_s,
        u"DROP TABLE history_kept"_s,
        createIdIndex,
    };
    steps << derived;
    return execAll(db, steps);
}

} // namespace paydesk
