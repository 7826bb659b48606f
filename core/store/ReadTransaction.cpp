#include "ReadTransaction.h"

#include "Logging.h"
#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace paydesk {

ReadTransaction::ReadTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ReadTransaction::~ReadTransaction()
{
    end();
}

Result<Done, StoreError> ReadTransaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN"_s))
        return fail(StoreSql::error(q.lastError()));
    m_open = true;
    // A deferred BEGIN reads nothing yet; the first read of the file fixes the snapshot.
    QSqlQuery snapshot(m_db);
    snapshot.setForwardOnly(true);
    if (!snapshot.exec(u"SELECT 1 FROM sqlite_schema LIMIT 1"_s)) {
        const StoreError error = StoreSql::error(snapshot.lastError());
        snapshot.finish();
        end();
        return fail(error);
    }
    snapshot.finish();
    return Done{};
}

void ReadTransaction::end()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery q(m_db);
    if (!q.exec(u"ROLLBACK"_s))
        qCWarning(lcStore) << "ending a read transaction failed:" << q.lastError().text();
}

} // namespace paydesk
