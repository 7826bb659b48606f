#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVariantList>

class QSqlError;
class QSqlQuery;

namespace paydesk {

/**
 * Small SQL helpers shared by the parts of the store (internal to core/store): value
 * conversions between C++ and the cache's columns, and SQLite errors as StoreError.
 */
class StoreSql
{
public:
    /// The Qt SQL driver of the cache.
    static QString driver();
    /// How long a connection waits for another one's write lock before giving up (Busy).
    static constexpr int BusyTimeoutMs = 5000;

    /// A timestamp as stored: ms since the epoch (UTC), or NULL when invalid.
    static QVariant fromDate(const QDateTime& at);
    static QDateTime toDate(const QVariant& value);
    /// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
    static QString text(const QString& text);
    /// A JSON object as stored: compact text, '' for an empty object.
    static QString fromJson(const QJsonObject& json);
    static QJsonObject toJson(const QVariant& value);

    /// "?, ?, ?" for `n` values.
    static QString placeholders(qsizetype n);
    static void bindAll(QSqlQuery& query, const QVariantList& binds);

    /**
     * The StoreError for a failed statement, by SQLite's primary result code: BUSY/LOCKED →
     * Busy, CORRUPT/NOTADB → Corrupt, CONSTRAINT (also the audit log's append-only triggers)
     * → InvalidArgument, anything else → Query.
     */
    static StoreError error(const QSqlError& error);
};

} // namespace paydesk

// Runs a prepared QSqlQuery; on failure returns the StoreError from the enclosing function.
#define PD_EXEC(query)                                                                                       \
    do {                                                                                                     \
        if (!(query).exec())                                                                                 \
            return fail(StoreSql::error((query).lastError()));                                               \
    } while (false)
