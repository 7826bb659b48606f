#include "DemocranceSite.h"

#include "providers/SiteSettings.h"
#include "secrets/BoundSecret.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

/// The array of the profile's group the sites are saved as, and their own fields.
const QString kArray = u"democrance"_s;
const SiteSettings::Fields<DemocranceSite> kFields = {{u"username"_s, &DemocranceSite::username}};

} // namespace

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
    SiteSettings::save(settings, kArray, sites, kFields);
}

QList<DemocranceSite> DemocranceSite::load(QSettings& settings)
{
    return SiteSettings::load(settings, kArray, kFields);
}

} // namespace paydesk
