#include "PaymentAssistSite.h"

#include "secrets/BoundSecret.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace paydesk {

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
    settings.remove(u"paymentAssist"_s);
    settings.beginWriteArray(u"paymentAssist"_s, int(sites.size()));
    for (int i = 0; i < sites.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"siteId"_s, sites[i].siteId);
        settings.setValue(u"name"_s, sites[i].name);
        settings.setValue(u"baseUrl"_s, sites[i].baseUrl.toString());
        settings.setValue(u"apiKey"_s, sites[i].apiKey);
    }
    settings.endArray();
}

QList<PaymentAssistSite> PaymentAssistSite::load(QSettings& settings)
{
    QList<PaymentAssistSite> sites;
    const int n = settings.beginReadArray(u"paymentAssist"_s);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        PaymentAssistSite site;
        site.siteId = settings.value(u"siteId"_s).toString();
        site.name = settings.value(u"name"_s).toString();
        site.baseUrl = QUrl(settings.value(u"baseUrl"_s).toString());
        site.apiKey = settings.value(u"apiKey"_s).toString();
        sites.append(site);
    }
    settings.endArray();
    return sites;
}

} // namespace paydesk
