#include "PaymentStore.h"

#include <QStandardPaths>

namespace paydesk {

namespace {
StoreError notYet()
{
    return StoreError::make(StoreError::Kind::Query, QStringLiteral("not implemented yet"));
}
} // namespace

QString PaymentStore::OpenReport::message() const
{
    return {};
}

Result<std::unique_ptr<PaymentStore>, StoreError> PaymentStore::open(const QString&)
{
    return fail(notYet());
}

QString PaymentStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/paydesk-cache.sqlite");
}

PaymentStore::PaymentStore(QString path)
    : m_path(std::move(path))
{
}
PaymentStore::~PaymentStore() = default;

Result<bool, StoreError> PaymentStore::upsert(const Payment&)
{
    return fail(notYet());
}

Result<int, StoreError> PaymentStore::upsertBatch(const QList<Payment>&)
{
    return fail(notYet());
}

Result<int, StoreError> PaymentStore::ingestFeedPage(const QList<Payment>&, const QString&, const QString&,
                                                     qint64)
{
    return fail(notYet());
}

Result<qint64, StoreError> PaymentStore::syncCursor(const QString&, const QString&)
{
    return fail(notYet());
}

Result<Done, StoreError> PaymentStore::setSyncCursor(const QString&, const QString&, qint64)
{
    return fail(notYet());
}

Result<std::optional<Payment>, StoreError> PaymentStore::payment(const QString&)
{
    return fail(notYet());
}

Result<Done, StoreError> PaymentStore::replaceHistory(const QString&, const QList<StatusChange>&)
{
    return fail(notYet());
}

Result<QList<Payment>, StoreError> PaymentStore::query(const PaymentQuery&)
{
    return fail(notYet());
}

Result<qint64, StoreError> PaymentStore::count(const PaymentQuery&)
{
    return fail(notYet());
}

Result<QList<qint64>, StoreError> PaymentStore::queryIds(const PaymentQuery&)
{
    return fail(notYet());
}

Result<QHash<qint64, Payment>, StoreError> PaymentStore::paymentsByRowIds(const QList<qint64>&)
{
    return fail(notYet());
}

Result<std::optional<qint64>, StoreError> PaymentStore::rowIdOf(const QString&)
{
    return fail(notYet());
}

Result<QStringList, StoreError> PaymentStore::storeIds()
{
    return fail(notYet());
}

Result<QStringList, StoreError> PaymentStore::providers()
{
    return fail(notYet());
}

Result<QStringList, StoreError> PaymentStore::currencies()
{
    return fail(notYet());
}

Result<DashboardKpis, StoreError> PaymentStore::kpis(const QDate&, const QStringList&)
{
    return fail(notYet());
}

Result<qint64, StoreError> PaymentStore::enqueueAction(const OutboxEntry&, const AuditEntry&)
{
    return fail(notYet());
}

Result<QList<OutboxEntry>, StoreError> PaymentStore::dueOutbox(const QDateTime&)
{
    return fail(notYet());
}

Result<QList<OutboxEntry>, StoreError> PaymentStore::outboxEntries(const QList<OutboxEntry::State>&)
{
    return fail(notYet());
}

Result<std::optional<OutboxEntry>, StoreError> PaymentStore::outboxEntry(qint64)
{
    return fail(notYet());
}

Result<Done, StoreError> PaymentStore::markOutboxSending(qint64, const QDateTime&)
{
    return fail(notYet());
}

Result<Done, StoreError> PaymentStore::markOutboxSent(qint64, const QDateTime&, const QString&)
{
    return fail(notYet());
}

Result<Done, StoreError> PaymentStore::markOutboxFailed(qint64, const QDateTime&, const QString&)
{
    return fail(notYet());
}

Result<Done, StoreError> PaymentStore::markOutboxRetryLater(qint64, const QDateTime&, const QString&)
{
    return fail(notYet());
}

Result<int, StoreError> PaymentStore::queuedActionCount()
{
    return fail(notYet());
}

Result<qint64, StoreError> PaymentStore::appendAudit(const AuditEntry&)
{
    return fail(notYet());
}

Result<QList<AuditEntry>, StoreError> PaymentStore::auditEntries(int)
{
    return fail(notYet());
}

Result<Done, StoreError> PaymentStore::integrityCheck()
{
    return fail(notYet());
}

void PaymentStore::closeThreadConnection() {}
Result<QSqlDatabase, StoreError> PaymentStore::connection()
{
    return fail(notYet());
}
Result<Done, StoreError> PaymentStore::configure(QSqlDatabase&)
{
    return fail(notYet());
}

} // namespace paydesk
