#include "PaymentAssistSite.h"

#include "providers/SiteSettings.h"
#include "secrets/BoundSecret.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

/// The array of the profile's group the sites are saved as, and their own fields.
const QString kArray = u"paymentAssist"_s;
const SiteSettings::Fields<PaymentAssistSite> kFields = {{u"apiKey"_s, &PaymentAssistSite::apiKey}};

} // namespace

QString PaymentAssistSite::secretKey(const QString& profile) const
{
    return u"profile/%1/paymentassist/%2/secret"_s.arg(profile, siteId);
}

QString PaymentAssistSite::secretOrigin() const
{
    return BoundSecret::originOf(baseUrl);
}

void PaymentAssistSite::save(QSettings& settings, const QList<PaymentAssistSite>& sites)
{
    SiteSettings::save(settings, kArray, sites, kFields);
}

QList<PaymentAssistSite> PaymentAssistSite::load(QSettings& settings)
{
    return SiteSettings::load(settings, kArray, kFields);
}

} // namespace paydesk
