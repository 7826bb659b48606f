#include "AppSettings.h"

#include <QJsonArray>
#include <QSettings>

namespace paydesk::ui {

namespace {

constexpr auto kProfiles = QLatin1StringView("profiles");

bool isKnownTheme(const QString& theme)
{
    return theme == u"system" || theme == u"light" || theme == u"dark";
}

} // namespace

AppSettings AppSettings::load(QSettings& settings)
{
    AppSettings s;
    const int count = settings.beginReadArray(kProfiles);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Profile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.baseUrl = settings.value(QStringLiteral("baseUrl")).toString();
        p.enterpriseId = settings.value(QStringLiteral("enterpriseId")).toString();
        p.storeIds = settings.value(QStringLiteral("storeIds")).toStringList();
        p.clientId = settings.value(QStringLiteral("clientId")).toString();
        p.caFile = settings.value(QStringLiteral("caFile")).toString();
        if (!p.name.isEmpty())
            s.profiles.append(p);
    }
    settings.endArray();
    s.currentProfile = settings.value(QStringLiteral("currentProfile")).toString();
    s.language = settings.value(QStringLiteral("ui/language")).toString();
    const QString theme = settings.value(QStringLiteral("ui/theme"), s.theme).toString();
    s.theme = isKnownTheme(theme) ? theme : QStringLiteral("system");
    s.notifyPaid = settings.value(QStringLiteral("notifications/paid"), s.notifyPaid).toBool();
    s.notifyFailed = settings.value(QStringLiteral("notifications/failed"), s.notifyFailed).toBool();
    s.notifyWhenActive =
        settings.value(QStringLiteral("notifications/whenActive"), s.notifyWhenActive).toBool();
    return s;
}

AppSettings AppSettings::load()
{
    QSettings settings;
    return load(settings);
}

void AppSettings::save(QSettings& settings) const
{
    settings.remove(kProfiles);
    settings.beginWriteArray(kProfiles, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        const Profile& p = profiles.at(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("baseUrl"), p.baseUrl);
        settings.setValue(QStringLiteral("enterpriseId"), p.enterpriseId);
        settings.setValue(QStringLiteral("storeIds"), p.storeIds);
        settings.setValue(QStringLiteral("clientId"), p.clientId);
        settings.setValue(QStringLiteral("caFile"), p.caFile);
    }
    settings.endArray();
    settings.setValue(QStringLiteral("currentProfile"), currentProfile);
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.setValue(QStringLiteral("ui/theme"), theme);
    settings.setValue(QStringLiteral("notifications/paid"), notifyPaid);
    settings.setValue(QStringLiteral("notifications/failed"), notifyFailed);
    settings.setValue(QStringLiteral("notifications/whenActive"), notifyWhenActive);
    settings.sync();
}

void AppSettings::save() const
{
    QSettings settings;
    save(settings);
}

const AppSettings::Profile* AppSettings::profile(const QString& name) const
{
    for (const Profile& p : profiles) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const AppSettings::Profile* AppSettings::current() const
{
    if (const Profile* p = profile(currentProfile))
        return p;
    return profiles.isEmpty() ? nullptr : &profiles.first();
}

QString AppSettings::secretKey(const QString& profileName)
{
    return QStringLiteral("profile/%1/clientSecret").arg(profileName);
}

QJsonObject AppSettings::toAuditJson() const
{
    QJsonArray list;
    for (const Profile& p : profiles) {
        list.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("baseUrl"), p.baseUrl},
            {QStringLiteral("enterpriseId"), p.enterpriseId},
            {QStringLiteral("storeIds"), QJsonArray::fromStringList(p.storeIds)},
            {QStringLiteral("clientId"), p.clientId},
            {QStringLiteral("caFile"), p.caFile},
        });
    }
    return QJsonObject{
        {QStringLiteral("profiles"), list},
        {QStringLiteral("currentProfile"), currentProfile},
        {QStringLiteral("language"), language},
        {QStringLiteral("theme"), theme},
        {QStringLiteral("notifyPaid"), notifyPaid},
        {QStringLiteral("notifyFailed"), notifyFailed},
        {QStringLiteral("notifyWhenActive"), notifyWhenActive},
    };
}

} // namespace paydesk::ui
