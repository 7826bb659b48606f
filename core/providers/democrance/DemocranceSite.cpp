#include "DemocranceSite.h"

#include "secrets/BoundSecret.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace paydesk {

QString DemocranceSite::secretKey(const QString& profile) const
{
    return u"profile/%1/democrance/%2/password"_s.arg(profile, siteId);
}

QString DemocranceSite::secretOrigin() const
{
    return BoundSecret::originOf(baseUrl);
}

void DemocranceSite::save(QSettings& settings, const QList<DemocranceSite>& sites)
{
    settings.remove(u"democrance"_s);
    settings.beginWriteArray(u"democrance"_s, int(sites.size()));
    for (int i = 0; i < sites.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"siteId"_s, sites[i].siteId);
        settings.setValue(u"name"_s, sites[i].name);
        settings.setValue(u"baseUrl"_s, sites[i].baseUrl.toString());
        settings.setValue(u"username"_s, sites[i].username);
    }
    settings.endArray();
}

QList<DemocranceSite> DemocranceSite::load(QSettings& settings)
{
    QList<DemocranceSite> sites;
    const int n = settings.beginReadArray(u"democrance"_s);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        DemocranceSite site;
        site.siteId = settings.value(u"siteId"_s).toString();
        site.name = settings.value(u"name"_s).toString();
        site.baseUrl = QUrl(settings.value(u"baseUrl"_s).toString());
        site.username = settings.value(u"username"_s).toString();
        sites.append(site);
    }
    settings.endArray();
    return sites;
}

} // namespace paydesk
