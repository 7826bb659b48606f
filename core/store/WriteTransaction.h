#pragma once

#include "StoreError.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace paydesk {

/**
 * A write transaction on one connection (internal to core/store): begin() takes the write lock,
 * commit() makes the changes durable, and one that was begun but not committed is rolled back
 * when it goes out of scope, on every early return.
 *
 * BEGIN IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout
 * instead of one failing with SQLITE_BUSY when it upgrades a read transaction.
 */
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Result<Done, StoreError> begin();
    Result<Done, StoreError> commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace paydesk
