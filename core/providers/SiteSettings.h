#pragma once

#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace paydesk::SiteSettings {

/// One more text field of a provider's site, saved under `key`.
template<typename Site>
struct Field
{
    QString key;
    QString Site::*member;
};

template<typename Site>
using Fields = QList<Field<Site>>;

/**
 * Writes a provider's `sites` into the current QSettings group as the array `array`, replacing
 * what was there: each site's `siteId`, `name`, `baseUrl`, then its `fields`. Never a secret:
 * those stay in the keychain under the site's secretKey().
 */
template<typename Site>
void save(QSettings& settings, const QString& array, const QList<Site>& sites, const Fields<Site>& fields)
{
    settings.remove(array);
    settings.beginWriteArray(array, int(sites.size()));
    for (int i = 0; i < sites.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("siteId"), sites[i].siteId);
        settings.setValue(QStringLiteral("name"), sites[i].name);
        settings.setValue(QStringLiteral("baseUrl"), sites[i].baseUrl.toString());
        for (const Field<Site>& field : fields)
            settings.setValue(field.key, sites[i].*field.member);
    }
    settings.endArray();
}

/// Reads back what save() wrote as `array` in the current group.
template<typename Site>
QList<Site> load(QSettings& settings, const QString& array, const Fields<Site>& fields)
{
    QList<Site> sites;
    const int n = settings.beginReadArray(array);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        Site site;
        site.siteId = settings.value(QStringLiteral("siteId")).toString();
        site.name = settings.value(QStringLiteral("name")).toString();
        site.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl")).toString());
        for (const Field<Site>& field : fields)
            site.*field.member = settings.value(field.key).toString();
        sites.append(site);
    }
    settings.endArray();
    return sites;
}

} // namespace paydesk::SiteSettings
