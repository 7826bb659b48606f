#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace paydesk {

/**
 * One dealership site as the platform describes it (`GET /stores`, DESIGN "The platform API",
 * extended in sandbox/README.md): names, postal address and VAT number, which receipts print.
 * Every field but the ids may be empty: a platform that says nothing leaves the connection
 * profile's own details in force.
 */
struct StoreDetails
{
    QString enterpriseId;
    QString storeId;
    /// The dealer group (legal entity), e.g. "Lakeside Motor Group".
    QString enterpriseName;
    /// The site, e.g. "Lakeside Motors Bristol".
    QString storeName;
    /// Postal address, one line per entry.
    QStringList address;
    QString vatNumber;
    /// ISO 4217 code of the site's usual currency; empty when not sent.
    QString currency;

    QString key() const { return enterpriseId + u'/' + storeId; }

    friend bool operator==(const StoreDetails&, const StoreDetails&) = default;
};

} // namespace paydesk
