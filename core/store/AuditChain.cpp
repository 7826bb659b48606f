#include "AuditChain.h"

#include <QCryptographicHash>

namespace paydesk {

namespace {

void addField(QCryptographicHash& hash, const QByteArray& bytes)
{
    // "<length>:<bytes>" — unambiguous whatever the fields contain.
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
}

} // namespace

QString AuditChain::linkHash(const QString& previousHash, const Row& row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // A version tag: a different canonical form later must not collide with this one.
    addField(hash, QByteArrayLiteral("paydesk-audit-v1"));
    addField(hash, previousHash.toUtf8());
    addField(hash, QByteArray::number(row.seq));
    addField(hash, QByteArray::number(row.atMs));
    for (const QString* text : {&row.who, &row.osUser, &row.action, &row.enterpriseId, &row.storeId,
                                &row.paymentId, &row.beforeJson, &row.afterJson})
        addField(hash, text->toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace paydesk
