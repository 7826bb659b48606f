#pragma once

#include <QString>

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

    QString key() const { return enterpriseId + u'/' + storeId; }
};

} // namespace paydesk::sandbox
