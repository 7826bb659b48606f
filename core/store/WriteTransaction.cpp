#include "WriteTransaction.h"

#include "Logging.h"
#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace paydesk {

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        if (!q.exec(u"ROLLBACK"_s))
            qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
    }
}

Result<Done, StoreError> WriteTransaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return fail(StoreSql::error(q.lastError()));
    m_open = true;
    return Done{};
}

Result<Done, StoreError> WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s))
        return fail(StoreSql::error(q.lastError()));
    m_open = false;
    return Done{};
}

} // namespace paydesk
