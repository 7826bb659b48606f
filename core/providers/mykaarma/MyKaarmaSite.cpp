#include "MyKaarmaSite.h"

#include "secrets/BoundSecret.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace paydesk {

QString MyKaarmaSite::secretKey(const QString& profile) const
{
    return u"profile/%1/mykaarma/%2/password"_s.arg(profile, siteId);
}

QString MyKaarmaSite::secretOrigin() const
{
    return BoundSecret::originOf(baseUrl);
}

void MyKaarmaSite::save(QSettings& settings, const QList<MyKaarmaSite>& sites)
{
    settings.remove(u"myKaarma"_s);
    settings.beginWriteArray(u"myKaarma"_s, int(sites.size()));
    for (int i = 0; i < sites.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"siteId"_s, sites[i].siteId);
        settings.setValue(u"name"_s, sites[i].name);
        settings.setValue(u"baseUrl"_s, sites[i].baseUrl.toString());
        settings.setValue(u"username"_s, sites[i].username);
        settings.setValue(u"dealerUuid"_s, sites[i].dealerUuid);
        settings.setValue(u"departmentUuid"_s, sites[i].departmentUuid);
    }
    settings.endArray();
}

QList<MyKaarmaSite> MyKaarmaSite::load(QSettings& settings)
{
    QList<MyKaarmaSite> sites;
    const int n = settings.beginReadArray(u"myKaarma"_s);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        MyKaarmaSite site;
        site.siteId = settings.value(u"siteId"_s).toString();
        site.name = settings.value(u"name"_s).toString();
        site.baseUrl = QUrl(settings.value(u"baseUrl"_s).toString());
        site.username = settings.value(u"username"_s).toString();
        site.dealerUuid = settings.value(u"dealerUuid"_s).toString();
        site.departmentUuid = settings.value(u"departmentUuid"_s).toString();
        sites.append(site);
    }
    settings.endArray();
    return sites;
}

} // namespace paydesk
