#include "AppSettings.h"

#include "util/PrivateFiles.h"

#include <QJsonArray>
#include <QSettings>

namespace paydesk::ui {

namespace {

bool isKnownTheme(const QString& theme)
{
    return theme == u"system" || theme == u"light" || theme == u"dark";
}

} // namespace

AppSettings AppSettings::load(QSettings& settings)
{
    AppSettings s;
    // QSettings lists groups alphabetically; the order people gave the profiles is kept apart.
    QStringList names = settings.value(QStringLiteral("profileOrder")).toStringList();
    const QStringList stored = ConnectionProfile::names(settings);
    names.removeIf([&stored](const QString& n) { return !stored.contains(n); });
    for (const QString& n : stored) {
        if (!names.contains(n))
            names << n;
    }
    for (const QString& name : std::as_const(names))
        s.profiles.append(ConnectionProfile::load(settings, name));
    s.currentProfile = settings.value(QStringLiteral("currentProfile")).toString();
    s.language = settings.value(QStringLiteral("ui/language")).toString();
    const QString theme = settings.value(QStringLiteral("ui/theme"), s.theme).toString();
    s.theme = isKnownTheme(theme) ? theme : QStringLiteral("system");
    s.notifyPaid = settings.value(QStringLiteral("notifications/paid"), s.notifyPaid).toBool();
    s.notifyFailed = settings.value(QStringLiteral("notifications/failed"), s.notifyFailed).toBool();
    s.notifyCleared = settings.value(QStringLiteral("notifications/cleared"), s.notifyCleared).toBool();
    s.clearanceOverdueDays = qBound(
        1,
        settings.value(QStringLiteral("notifications/clearanceOverdueDays"), s.clearanceOverdueDays).toInt(),
        90);
    s.notifyWhenActive =
        settings.value(QStringLiteral("notifications/whenActive"), s.notifyWhenActive).toBool();
    return s;
}

AppSettings AppSettings::load()
{
    QSettings settings;
    return load(settings);
}

bool AppSettings::save(QSettings& settings) const
{
    // Owner-only before the first byte: QSettings would create the file 0644, and keeps the
    // mode of an existing file when it rewrites it.
    PrivateFiles::protectSettings(settings);
    // Profiles removed in the dialog must disappear from the file too.
    settings.remove(QStringLiteral("connections"));
    QStringList order;
    for (const ConnectionProfile& p : profiles) {
        p.save(settings);
        order << p.name;
    }
    settings.setValue(QStringLiteral("profileOrder"), order);
    settings.setValue(QStringLiteral("currentProfile"), currentProfile);
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.setValue(QStringLiteral("ui/theme"), theme);
    settings.setValue(QStringLiteral("notifications/paid"), notifyPaid);
    settings.setValue(QStringLiteral("notifications/failed"), notifyFailed);
    settings.setValue(QStringLiteral("notifications/cleared"), notifyCleared);
    settings.setValue(QStringLiteral("notifications/clearanceOverdueDays"), clearanceOverdueDays);
    settings.setValue(QStringLiteral("notifications/whenActive"), notifyWhenActive);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

bool AppSettings::save() const
{
    QSettings settings;
    return save(settings);
}

void AppSettings::saveTheme(QSettings& settings, const QString& theme)
{
    PrivateFiles::protectSettings(settings);
    settings.setValue(QStringLiteral("ui/theme"), isKnownTheme(theme) ? theme : QStringLiteral("system"));
    settings.sync();
}

void AppSettings::saveTheme(const QString& theme)
{
    QSettings settings;
    saveTheme(settings, theme);
}

const ConnectionProfile* AppSettings::profile(const QString& name) const
{
    for (const ConnectionProfile& p : profiles) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const ConnectionProfile* AppSettings::current() const
{
    if (const ConnectionProfile* p = profile(currentProfile))
        return p;
    return profiles.isEmpty() ? nullptr : &profiles.first();
}

QJsonObject AppSettings::toAuditJson() const
{
    QJsonArray list;
    for (const ConnectionProfile& p : profiles) {
        list.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("baseUrl"), p.baseUrl.toString()},
            {QStringLiteral("tokenUrl"), p.tokenUrl.toString()},
            {QStringLiteral("enterpriseId"), p.enterpriseId},
            {QStringLiteral("storeIds"), QJsonArray::fromStringList(p.storeIds)},
            {QStringLiteral("clientId"), p.clientId},
            {QStringLiteral("trustedCaFile"), p.trustedCaFile},
            {QStringLiteral("localTestPlatform"), p.localTestPlatform},
            {QStringLiteral("dealerName"), p.dealerName},
            {QStringLiteral("dealerAddress"), QJsonArray::fromStringList(p.dealerAddress)},
            {QStringLiteral("vatNumber"), p.vatNumber},
            {QStringLiteral("logoFile"), p.logoFile},
        });
    }
    return QJsonObject{
        {QStringLiteral("profiles"), list},
        {QStringLiteral("currentProfile"), currentProfile},
        {QStringLiteral("language"), language},
        {QStringLiteral("theme"), theme},
        {QStringLiteral("notifyPaid"), notifyPaid},
        {QStringLiteral("notifyFailed"), notifyFailed},
        {QStringLiteral("notifyCleared"), notifyCleared},
        {QStringLiteral("clearanceOverdueDays"), clearanceOverdueDays},
        {QStringLiteral("notifyWhenActive"), notifyWhenActive},
    };
}

} // namespace paydesk::ui
