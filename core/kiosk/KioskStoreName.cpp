#include "KioskStoreName.h"

#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

const QString ForKey = u"KioskStoreName/for"_s;
const QString NameKey = u"KioskStoreName/name"_s;

std::unique_ptr<QSettings> open(const QString& path)
{
    if (path.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

/// Which kiosk a remembered name belongs to: the profile and its served stores, in any order.
QString ownerOf(const QString& profile, QStringList served)
{
    served.sort();
    return profile + u'\n' + served.join(u',');
}

} // namespace

QString KioskStoreName::fromStores(const QList<StoreDetails>& stores, const QString& enterpriseId,
                                   const QStringList& served)
{
    QStringList names;
    QStringList groups;
    for (const QString& id : served) {
        for (const StoreDetails& store : stores) {
            if (store.storeId != id || (!enterpriseId.isEmpty() && store.enterpriseId != enterpriseId))
                continue;
            if (const QString name = store.storeName.trimmed(); !name.isEmpty() && !names.contains(name))
                names << name;
            groups << store.enterpriseName.trimmed();
        }
    }
    if (names.size() <= 1)
        return names.value(0);
    groups.removeDuplicates();
    if (groups.size() == 1 && !groups.first().isEmpty())
        return groups.first();
    return names.join(u" · "_s);
}

QString KioskStoreName::cached(const QString& profile, const QStringList& served, const QString& settingsPath)
{
    const auto settings = open(settingsPath);
    if (settings->value(ForKey).toString() != ownerOf(profile, served))
        return {};
    return settings->value(NameKey).toString();
}

void KioskStoreName::remember(const QString& profile, const QStringList& served, const QString& name,
                              const QString& settingsPath)
{
    auto settings = open(settingsPath);
    if (name.isEmpty()) {
        settings->remove(u"KioskStoreName"_s);
    } else {
        settings->setValue(ForKey, ownerOf(profile, served));
        settings->setValue(NameKey, name);
    }
    settings->sync();
}

} // namespace paydesk
