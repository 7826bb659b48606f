#include "PlatformStorage.h"

#include "PlatformState.h"
#include "SandboxLogging.h"
#include "payments/PaymentJson.h"
#include "util/PrivateFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace paydesk::sandbox {

namespace {

constexpr int kSchemaVersion = 2;

QString sqlError(const QSqlQuery& q)
{
    return q.lastError().text();
}

QByteArray headersToJson(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QJsonArray a;
    for (const auto& h : headers)
        a.append(QJsonArray{QString::fromLatin1(h.first), QString::fromLatin1(h.second)});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QList<QPair<QByteArray, QByteArray>> headersFromJson(const QByteArray& json)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json).array()) {
        const QJsonArray pair = v.toArray();
        out.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    return out;
}

} // namespace

PlatformStorage::PlatformStorage(PlatformState& state, IdempotencyStore& idempotency, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_idempotency(idempotency)
    , m_connection(QStringLiteral("paydesk-sandbox-%1").arg(quintptr(this), 0, 16))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &PlatformStorage::flush);
}

PlatformStorage::~PlatformStorage()
{
    if (QSqlDatabase::contains(m_connection)) {
        flush();
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Result<Done, QString> PlatformStorage::open(const QString& path)
{
    // The file holds partners' client secrets and every payment's customer: owner-only from
    // the start. SQLite gives its -wal and -shm files the database file's permissions.
    if (!QFile::exists(path)) {
        QFile created(path);
        if (!created.open(QIODevice::WriteOnly) || !PrivateFiles::makeOwnerOnly(created))
            return fail(
                QStringLiteral("%1 cannot be created owner-only: %2").arg(path, created.errorString()));
    } else {
        for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            if (QFile::exists(file))
                PrivateFiles::makeOwnerOnly(file);
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version > kSchemaVersion)
        return fail(QStringLiteral("%1 was written by a newer sandbox (schema %2).").arg(path).arg(version));
    if (version < kSchemaVersion) {
        const QStringList ddl{
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS stores (enterprise_id TEXT NOT NULL, store_id TEXT NOT NULL, "
                "info TEXT NOT NULL, last_sequence INTEGER NOT NULL DEFAULT 0, "
                "PRIMARY KEY (enterprise_id, store_id))"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS payments (payment_id TEXT PRIMARY KEY, "
                           "enterprise_id TEXT NOT NULL, store_id TEXT NOT NULL, sequence INTEGER NOT NULL, "
                           "json TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS payments_by_store ON payments (enterprise_id, store_id, "
                "sequence)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS idempotency (scope TEXT NOT NULL, key TEXT NOT NULL, "
                           "fingerprint TEXT NOT NULL, created_at INTEGER NOT NULL, status INTEGER NOT NULL, "
                           "content_type TEXT, body BLOB, headers TEXT, PRIMARY KEY (scope, key))"),
            // Version 2: what the partner side keeps (registrations, dead letters, outbox).
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS components (name TEXT PRIMARY KEY, json TEXT NOT NULL)"),
            QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
        };
        db.transaction();
        for (const QString& sql : ddl) {
            if (!q.exec(sql)) {
                db.rollback();
                return fail(sqlError(q));
            }
        }
        db.commit();
    }
    connect(&m_state, &PlatformState::paymentChanged, this, &PlatformStorage::onChange);
    connect(&m_idempotency, &IdempotencyStore::recordCompleted, this, &PlatformStorage::onIdempotencyRecord);
    return Done{};
}

Result<int, QString> PlatformStorage::load()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT enterprise_id, store_id, info FROM stores")))
        return fail(sqlError(q));
    while (q.next()) {
        const QJsonObject info = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        StoreInfo s;
        s.enterpriseId = q.value(0).toString();
        s.storeId = q.value(1).toString();
        s.enterpriseName = info.value(QLatin1StringView("enterpriseName")).toString();
        s.storeName = info.value(QLatin1StringView("storeName")).toString();
        s.dealerCode = info.value(QLatin1StringView("dealerCode")).toString();
        s.currency = info.value(QLatin1StringView("currency")).toString();
        s.city = info.value(QLatin1StringView("city")).toString();
        for (const QJsonValue& line : info.value(QLatin1StringView("address")).toArray())
            s.address << line.toString();
        s.vatNumber = info.value(QLatin1StringView("vatNumber")).toString();
        m_state.addStore(s);
    }
    int total = 0;
    for (const StoreInfo& s : m_state.stores()) {
        QSqlQuery p(db);
        p.setForwardOnly(true);
        p.prepare(QStringLiteral(
            "SELECT json FROM payments WHERE enterprise_id = ? AND store_id = ? ORDER BY sequence"));
        p.addBindValue(s.enterpriseId);
        p.addBindValue(s.storeId);
        if (!p.exec())
            return fail(sqlError(p));
        std::vector<Payment> payments;
        while (p.next()) {
            auto payment =
                PaymentJson::paymentFromJson(QJsonDocument::fromJson(p.value(0).toByteArray()).object());
            if (!payment) {
                qCWarning(lcSandboxPlatform)
                    << "skipping an unreadable stored payment:" << payment.error().field;
                continue;
            }
            payments.push_back(std::move(payment).value());
        }
        total += int(payments.size());
        m_state.loadPayments(s.enterpriseId, s.storeId, std::move(payments));
    }
    // Re-point pay links at this run's address.
    m_state.setPayLinkBase(m_state.payLinkBase());

    QList<IdempotencyStore::Record> records;
    if (!q.exec(
            QStringLiteral("SELECT scope, key, fingerprint, created_at, status, content_type, body, headers "
                           "FROM idempotency")))
        return fail(sqlError(q));
    while (q.next()) {
        IdempotencyStore::Record r;
        r.scope = q.value(0).toString();
        r.key = q.value(1).toString();
        r.fingerprint = q.value(2).toByteArray();
        r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        r.status = q.value(4).toInt();
        r.contentType = q.value(5).toByteArray();
        r.body = q.value(6).toByteArray();
        r.headers = headersFromJson(q.value(7).toByteArray());
        records.append(r);
    }
    m_idempotency.load(records);
    return total;
}

Result<Done, QString> PlatformStorage::saveAll()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery store(db);
    store.prepare(
        QStringLiteral("INSERT OR REPLACE INTO stores (enterprise_id, store_id, info, last_sequence) "
                       "VALUES (?, ?, ?, ?)"));
    QSqlQuery pay(db);
    pay.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO payments (payment_id, enterprise_id, store_id, sequence, json) "
        "VALUES (?, ?, ?, ?, ?)"));
    for (const StoreInfo& s : m_state.stores()) {
        const QJsonObject info{{QLatin1StringView("enterpriseName"), s.enterpriseName},
                               {QLatin1StringView("storeName"), s.storeName},
                               {QLatin1StringView("dealerCode"), s.dealerCode},
                               {QLatin1StringView("currency"), s.currency},
                               {QLatin1StringView("city"), s.city},
                               {QLatin1StringView("address"), QJsonArray::fromStringList(s.address)},
                               {QLatin1StringView("vatNumber"), s.vatNumber}};
        store.addBindValue(s.enterpriseId);
        store.addBindValue(s.storeId);
        store.addBindValue(QJsonDocument(info).toJson(QJsonDocument::Compact));
        store.addBindValue(m_state.latestSequence(s.enterpriseId, s.storeId));
        if (!store.exec()) {
            db.rollback();
            return fail(sqlError(store));
        }
        PaymentQuery all;
        all.limit = std::numeric_limits<int>::max();
        const FeedPage everything = m_state.feed(s.enterpriseId, s.storeId, all);
        for (const Payment& p : everything.payments) {
            // The feed has no history; store the full record.
            const auto full = m_state.payment(s.enterpriseId, s.storeId, p.paymentId);
            pay.addBindValue(p.paymentId);
            pay.addBindValue(p.enterpriseId);
            pay.addBindValue(p.storeId);
            pay.addBindValue(p.sequence);
            pay.addBindValue(
                QJsonDocument(PaymentJson::paymentToJson(*full, true)).toJson(QJsonDocument::Compact));
            if (!pay.exec()) {
                db.rollback();
                return fail(sqlError(pay));
            }
        }
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return Done{};
}

Result<QHash<QString, QJsonValue>, QString> PlatformStorage::loadComponentStates()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT name, json FROM components")))
        return fail(sqlError(q));
    QHash<QString, QJsonValue> states;
    while (q.next()) {
        // Stored wrapped in an array, so any JSON value (an array, an object) round-trips.
        const QJsonArray wrapped = QJsonDocument::fromJson(q.value(1).toByteArray()).array();
        if (!wrapped.isEmpty())
            states.insert(q.value(0).toString(), wrapped.first());
    }
    return states;
}

void PlatformStorage::markComponentsChanged()
{
    m_componentsDirty = true;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void PlatformStorage::onChange(const ChangeEvent& event)
{
    m_dirty.insert(event.payment.paymentId, event.payment);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void PlatformStorage::onIdempotencyRecord(const IdempotencyStore::Record& record)
{
    m_dirtyKeys.append(record);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void PlatformStorage::flush()
{
    if (m_dirty.isEmpty() && m_dirtyKeys.isEmpty() && !m_componentsDirty)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    if (std::exchange(m_componentsDirty, false) && m_componentStates) {
        QSqlQuery component(db);
        component.prepare(QStringLiteral("INSERT OR REPLACE INTO components (name, json) VALUES (?, ?)"));
        const QHash<QString, QJsonValue> states = m_componentStates();
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            component.addBindValue(it.key());
            component.addBindValue(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact));
            if (!component.exec())
                qCWarning(lcSandboxPlatform)
                    << "could not store the state of" << it.key() << sqlError(component);
        }
    }
    QSqlQuery pay(db);
    pay.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO payments (payment_id, enterprise_id, store_id, sequence, json) "
        "VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery seq(db);
    seq.prepare(QStringLiteral("UPDATE stores SET last_sequence = max(last_sequence, ?) "
                               "WHERE enterprise_id = ? AND store_id = ?"));
    for (const Payment& p : std::as_const(m_dirty)) {
        pay.addBindValue(p.paymentId);
        pay.addBindValue(p.enterpriseId);
        pay.addBindValue(p.storeId);
        pay.addBindValue(p.sequence);
        pay.addBindValue(QJsonDocument(PaymentJson::paymentToJson(p, true)).toJson(QJsonDocument::Compact));
        if (!pay.exec())
            qCWarning(lcSandboxPlatform) << "could not store a payment:" << sqlError(pay);
        seq.addBindValue(p.sequence);
        seq.addBindValue(p.enterpriseId);
        seq.addBindValue(p.storeId);
        seq.exec();
    }
    QSqlQuery key(db);
    key.prepare(
        QStringLiteral("INSERT OR REPLACE INTO idempotency (scope, key, fingerprint, created_at, status, "
                       "content_type, body, headers) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const auto& r : std::as_const(m_dirtyKeys)) {
        key.addBindValue(r.scope);
        key.addBindValue(r.key);
        key.addBindValue(r.fingerprint);
        key.addBindValue(r.createdAt.toMSecsSinceEpoch());
        key.addBindValue(r.status);
        key.addBindValue(r.contentType);
        key.addBindValue(r.body);
        key.addBindValue(headersToJson(r.headers));
        if (!key.exec())
            qCWarning(lcSandboxPlatform) << "could not store an idempotency key:" << sqlError(key);
    }
    if (!db.commit())
        qCWarning(lcSandboxPlatform) << "could not commit sandbox state:" << db.lastError().text();
    m_dirty.clear();
    m_dirtyKeys.clear();
}

} // namespace paydesk::sandbox
