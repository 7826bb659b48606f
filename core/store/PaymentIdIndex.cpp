#include "PaymentIdIndex.h"

#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace paydesk {

PaymentIdIndex::PaymentIdIndex(Hash hash)
    : m_hash(hash)
{
}

quint32 PaymentIdIndex::defaultHash(QStringView id)
{
    return quint32(qHash(id, size_t(0x5041594445534b)));
}

PaymentIdIndex::Lookup PaymentIdIndex::find(QStringView paymentId) const
{
    QMutexLocker lock(&m_mutex);
    if (!m_active)
        return {};
    if (!m_whole.isEmpty()) {
        if (auto it = m_whole.constFind(paymentId.toString()); it != m_whole.cend())
            return {true, *it};
    }
    return {true, m_rows.value(m_hash(paymentId), 0)};
}

bool PaymentIdIndex::isActive() const
{
    QMutexLocker lock(&m_mutex);
    return m_active;
}

Result<Done, StoreError> PaymentIdIndex::activate(const QSqlDatabase& db)
{
    QMutexLocker lock(&m_mutex);
    if (m_active)
        return Done{};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT payment_id, row_id FROM payments"_s))
        return fail(StoreSql::error(q.lastError()));
    while (q.next())
        addLocked(q.value(0).toString(), q.value(1).toLongLong());
    if (q.lastError().isValid()) {
        m_rows.clear();
        m_whole.clear();
        return fail(StoreSql::error(q.lastError()));
    }
    m_active = true;
    return Done{};
}

void PaymentIdIndex::add(const QString& paymentId, qint64 rowId)
{
    QMutexLocker lock(&m_mutex);
    if (m_active)
        addLocked(paymentId, rowId);
}

void PaymentIdIndex::addLocked(const QString& paymentId, qint64 rowId)
{
    // The writer adds only an id no row holds (it looked first), so a hash already here is
    // another id's, or that of a row rolled back since.
    if (rowId > 0 && rowId <= std::numeric_limits<quint32>::max()) {
        const quint32 hash = m_hash(paymentId);
        const auto it = m_rows.constFind(hash);
        if (it == m_rows.cend()) {
            m_rows.insert(hash, quint32(rowId));
            return;
        }
        if (*it == rowId)
            return;
    }
    m_whole.insert(paymentId, rowId);
}

void PaymentIdIndex::release()
{
    QMutexLocker lock(&m_mutex);
    m_active = false;
    m_rows = {};
    m_whole = {};
}

} // namespace paydesk
