#include "StoreSql.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace paydesk {

QString StoreSql::driver()
{
    return u"QSQLITE"_s;
}

QVariant StoreSql::fromDate(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime StoreSql::toDate(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString StoreSql::text(const QString& text)
{
    return text.isNull() ? QString(u""_s) : text;
}

QString StoreSql::fromJson(const QJsonObject& json)
{
    return json.isEmpty() ? QString(u""_s)
                          : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject StoreSql::toJson(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString StoreSql::placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(u"?"_s, n);
    return marks.join(u", "_s);
}

void StoreSql::bindAll(QSqlQuery& query, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
}

StoreError StoreSql::error(const QSqlError& error)
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

} // namespace paydesk
