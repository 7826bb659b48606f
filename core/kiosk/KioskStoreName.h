#pragma once

#include "api/StoreDetails.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace paydesk {

/**
 * The name the kiosk's Welcome screen greets customers with: the platform's name for the
 * stores the kiosk serves (`GET /stores`, SyncSession::fetchStores), remembered in the settings
 * (group "KioskStoreName", for one profile and set of stores) so a kiosk that starts while the
 * platform is unreachable still shows it. Empty when the platform has not named them; the
 * kiosk then shows the configured dealership name (KioskConfig::dealershipName).
 */
class KioskStoreName
{
public:
    /**
     * The name of `served` (store ids of `enterpriseId`) in `stores`: their one store name;
     * when they have different names, the dealer group's name they share; else the names in
     * the order served, joined by " · ". Empty when none of them is named.
     */
    static QString fromStores(const QList<StoreDetails>& stores, const QString& enterpriseId,
                              const QStringList& served);

    /// The name remembered for `profile` serving `served`; empty when none, or for other stores.
    /// `settingsPath` empty = the user's PayDesk settings (QSettings()).
    static QString cached(const QString& profile, const QStringList& served,
                          const QString& settingsPath = {});
    /// Remembers `name` for `profile` serving `served` (an empty name forgets it).
    static void remember(const QString& profile, const QStringList& served, const QString& name,
                         const QString& settingsPath = {});
};

} // namespace paydesk
