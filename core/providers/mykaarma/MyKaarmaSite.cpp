#include "MyKaarmaSite.h"

#include "providers/SiteSettings.h"
#include "secrets/BoundSecret.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

/// The array of the profile's group the sites are saved as, and their own fields.
const QString kArray = u"myKaarma"_s;
const SiteSettings::Fields<MyKaarmaSite> kFields = {{u"username"_s, &MyKaarmaSite::username},
                                                    {u"dealerUuid"_s, &MyKaarmaSite::dealerUuid},
                                                    {u"departmentUuid"_s, &MyKaarmaSite::departmentUuid}};

} // namespace

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
    SiteSettings::save(settings, kArray, sites, kFields);
}

QList<MyKaarmaSite> MyKaarmaSite::load(QSettings& settings)
{
    return SiteSettings::load(settings, kArray, kFields);
}

} // namespace paydesk
