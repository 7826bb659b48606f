#pragma once

#include "platform/StoreInfo.h"

#include <QLocale>

#include <optional>

namespace paydesk::sandbox {

/**
 * The locale customer-facing text (pay page, emails, SMS) is formatted in: the customer
 * reads amounts the way the dealership's country writes them, whatever the locale of the
 * machine running the sandbox ("£249.99", "120,50 €").
 */
inline QLocale customerLocale(const std::optional<StoreInfo>& store, const QString& currency)
{
    const QString city = store ? store->city : QString();
    if (currency == u"GBP")
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    if (currency == u"EUR") {
        static const QStringList german{QStringLiteral("Hamburg"), QStringLiteral("Berlin"),
                                        QStringLiteral("München"), QStringLiteral("Munich"),
                                        QStringLiteral("Köln"),    QStringLiteral("Frankfurt")};
        return german.contains(city) ? QLocale(QLocale::German, QLocale::Germany)
                                     : QLocale(QLocale::English, QLocale::Ireland);
    }
    if (currency == u"USD")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale();
}

} // namespace paydesk::sandbox
