#include "KioskConfig.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

QStringList listOf(const QVariant& value)
{
    // A comma list in an INI file reads as a QStringList already; a single item as a string.
    QStringList out;
    const QStringList items =
        value.typeId() == QMetaType::QStringList ? value.toStringList() : value.toString().split(u',');
    for (const QString& item : items) {
        if (!item.trimmed().isEmpty())
            out << item.trimmed();
    }
    return out;
}

} // namespace

KioskConfig KioskConfig::load()
{
    QSettings system(QSettings::NativeFormat, QSettings::SystemScope, QCoreApplication::organizationName(),
                     QCoreApplication::applicationName());
    QSettings user(QSettings::NativeFormat, QSettings::UserScope, QCoreApplication::organizationName(),
                   QCoreApplication::applicationName());
    // Only the user's own file: a plain QSettings() would fall back to the system file anyway.
    user.setFallbacksEnabled(false);
    KioskConfig config;
    const auto value = [&](const QString& key) -> QVariant {
        const QString path = u"Kiosk/"_s + key;
        if (system.contains(path)) {
            config.provisioned.insert(key);
            return system.value(path);
        }
        return user.value(path);
    };
    const auto number = [&](const QString& key, int fallback, int min, int max) {
        bool ok = false;
        const int n = value(key).toInt(&ok);
        return ok ? qBound(min, n, max) : fallback;
    };
    config.enabled = value(u"enabled"_s).toBool();
    config.profile = value(u"profile"_s).toString();
    config.storeIds = listOf(value(u"stores"_s));
    config.pinHash = value(u"pinHash"_s).toString();
    config.languages = listOf(value(u"languages"_s));
    config.idleSeconds = number(u"idleSeconds"_s, config.idleSeconds, 15, 3600);
    config.finalIdleSeconds = number(u"finalIdleSeconds"_s, config.finalIdleSeconds, 5, 3600);
    config.staffIdleMinutes = number(u"staffIdleMinutes"_s, config.staffIdleMinutes, 1, 240);
    config.dealershipName = value(u"dealershipName"_s).toString();
    return config;
}

bool KioskConfig::saveUserValue(const QString& key, const QVariant& value)
{
    const QSettings system(QSettings::NativeFormat, QSettings::SystemScope,
                           QCoreApplication::organizationName(), QCoreApplication::applicationName());
    if (system.contains(u"Kiosk/"_s + key))
        return false;
    QSettings user(QSettings::NativeFormat, QSettings::UserScope, QCoreApplication::organizationName(),
                   QCoreApplication::applicationName());
    user.setValue(u"Kiosk/"_s + key, value);
    user.sync();
    return true;
}

} // namespace paydesk
