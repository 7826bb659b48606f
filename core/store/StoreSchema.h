#pragma once

#include "StoreError.h"
#include "payments/PaymentStatus.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace paydesk {

/**
 * The cache's SQL schema and its numbered, cumulative migrations (internal to core/store).
 *
 * `PRAGMA user_version` holds the schema version. Version N is reached from any older
 * version by running every step in order inside ONE transaction, so a crash or a failing
 * step leaves the file exactly as it was. Steps are never edited once released: a change is
 * a new step.
 */
class StoreSchema
{
public:
    /// The version this build writes (PaymentStore::SchemaVersion).
    static constexpr int CurrentVersion = 8;

    /**
     * Brings `db` (inside a transaction the caller owns) from `fromVersion` to
     * CurrentVersion, including setting user_version.
     */
    static Result<Done, StoreError> migrate(QSqlDatabase& db, int fromVersion);

    /// The stable number stored in payments.status_code (also the "Status" sort order).
    static int statusCodeToDb(PaymentStatus::Code code);
    /// statusCodeToDb() of every code whose PaymentStatus::isOpen() is true except Failed.
    static QList<int> openStatusCodes();

    /// A schema object derived from the payments table: its name and the statement that makes it.
    struct Derived
    {
        QString name;
        QString sql;
    };
    /**
     * The secondary indexes of payments at CurrentVersion, each with the very statement its
     * migration ran (SQLite keeps that text in sqlite_master; StoreIndexesTest compares them). A
     * bulk load drops them and StoreIndexes builds them again. A migration that adds, changes or
     * drops an index of payments changes this list too.
     */
    static QList<Derived> paymentIndexes();
    /// The unique index on payments.payment_id (version 8), the first of paymentIndexes().
    static QString paymentIdIndex() { return QStringLiteral("idx_payments_payment_id"); }
    /// The triggers that keep payments_fts in step with payments.search_text (version 2).
    static QList<Derived> ftsTriggers();

private:
    static Result<Done, StoreError> toVersion1(QSqlDatabase& db);
    static Result<Done, StoreError> toVersion2(QSqlDatabase& db);
    static Result<Done, StoreError> toVersion3(QSqlDatabase& db);
    static Result<Done, StoreError> toVersion4(QSqlDatabase& db);
    static Result<Done, StoreError> toVersion5(QSqlDatabase& db);
    static Result<Done, StoreError> toVersion6(QSqlDatabase& db);
    static Result<Done, StoreError> toVersion7(QSqlDatabase& db);
    static Result<Done, StoreError> toVersion8(QSqlDatabase& db);
    /// Computes search_text again for the rows `where` picks (every row when empty).
    static Result<Done, StoreError> rewriteSearchText(QSqlDatabase& db, const QString& where);
};

} // namespace paydesk
