#pragma once

#include <QString>
#include <QStringList>

namespace paydesk::sandbox {

/// One dealership site on the platform: the `{enterpriseId}/{storeId}` of every path.
struct StoreInfo
{
    QString enterpriseId;
    QString storeId;
    QString enterpriseName;
    QString storeName;
    /// The DMS dealer code, sent in webhook contexts.
    QString dealerCode;
    /// The currency most of the store's payments are in ("GBP", "EUR").
    QString currency = QStringLiteral("GBP");
    QString city;
    /// Postal address, one line per entry, and VAT number: what a receipt names (`GET /stores`).
    QStringList address;
    QString vatNumber;

    QString key() const { return enterpriseId + u'/' + storeId; }
};

} // namespace paydesk::sandbox
