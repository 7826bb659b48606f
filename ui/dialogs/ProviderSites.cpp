#include "ProviderSites.h"

#include "providers/ProviderAction.h"
#include "secrets/BoundSecret.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paydesk::ui {

namespace {

PaymentAssistSite toPaymentAssist(const ProviderSite& s)
{
    return PaymentAssistSite{s.siteId, s.name, s.baseUrl, s.account};
}

DemocranceSite toDemocrance(const ProviderSite& s)
{
    DemocranceSite d;
    d.siteId = s.siteId;
    d.name = s.name;
    d.baseUrl = s.baseUrl;
    d.username = s.account;
    return d;
}

MyKaarmaSite toMyKaarma(const ProviderSite& s)
{
    MyKaarmaSite m;
    m.siteId = s.siteId;
    m.name = s.name;
    m.baseUrl = s.baseUrl;
    m.username = s.account;
    m.dealerUuid = s.dealerUuid;
    m.departmentUuid = s.departmentUuid;
    return m;
}

bool isUuid(const QString& text)
{
    // myKaarma's ids are UUID-shaped but not always RFC 4122 hex (the sandbox's demo ids spell
    // words): five dash-separated groups of 8-4-4-4-12 letters or digits.
    static const QRegularExpression shape(
        u"^[0-9A-Za-z]{8}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{12}$"_s);
    return shape.match(text).hasMatch();
}

} // namespace

QString ProviderSite::secretKey(const QString& profile) const
{
    if (provider == ProviderId::democrance())
        return toDemocrance(*this).secretKey(profile);
    if (provider == ProviderId::myKaarma())
        return toMyKaarma(*this).secretKey(profile);
    return toPaymentAssist(*this).secretKey(profile);
}

QString ProviderSite::secretOrigin() const
{
    return BoundSecret::originOf(baseUrl);
}

QUrl ProviderSite::defaultBaseUrl(const QString& provider)
{
    if (provider == ProviderId::paymentAssist())
        return QUrl(u"https://api.v1.payment-assist.co.uk"_s);
    if (provider == ProviderId::myKaarma())
        return QUrl(u"https://api.mykaarma.com"_s);
    // Democrance gives each insurer its own host: no default.
    return {};
}

QStringList ProviderSite::providers()
{
    return {ProviderId::paymentAssist(), ProviderId::democrance(), ProviderId::myKaarma()};
}

QString ProviderSite::providerName(const QString& provider)
{
    // Brand names: the same in every language.
    if (provider == ProviderId::paymentAssist())
        return u"Payment Assist"_s;
    if (provider == ProviderId::democrance())
        return u"Democrance"_s;
    if (provider == ProviderId::myKaarma())
        return u"myKaarma"_s;
    if (provider == ProviderId::keyloop())
        return u"Keyloop"_s;
    return provider;
}

FieldErrors ProviderSite::errors(bool secretNeeded, bool localTestPlatform) const
{
    FieldErrors errors;
    const QString who = providerName(provider);
    if (siteId.isEmpty())
        errors.append({u"siteId"_s, tr("Enter the site (store id) its payments belong to.")});
    const QString scheme = baseUrl.scheme();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        errors.append({u"baseUrl"_s, tr("Enter the %1 API address (https://…).").arg(who)});
    else if (scheme == u"http" && !localTestPlatform)
        errors.append({u"baseUrl"_s, tr("The %1 API address must start with https:// (plain http only for a "
                                        "profile marked as a local test platform).")
                                         .arg(who)});
    if (account.isEmpty())
        errors.append({u"account"_s, provider == ProviderId::paymentAssist() ? tr("Enter the API key.")
                                                                             : tr("Enter the user name.")});
    if (provider == ProviderId::myKaarma()) {
        if (!isUuid(dealerUuid))
            errors.append({u"dealerUuid"_s, tr("Enter the dealer UUID myKaarma gave you.")});
        if (!isUuid(departmentUuid))
            errors.append({u"departmentUuid"_s, tr("Enter the department UUID myKaarma gave you.")});
    }
    if (secretNeeded)
        errors.append(
            {u"secret"_s, provider == ProviderId::paymentAssist()
                              ? tr("Enter the API secret (it is kept in the keychain, for this "
                                   "address only).")
                              : tr("Enter the password (it is kept in the keychain, for this address "
                                   "only).")});
    return errors;
}

QList<ProviderSite> providerSitesOf(const ConnectionProfile& profile)
{
    QList<ProviderSite> sites;
    for (const PaymentAssistSite& s : profile.paymentAssist)
        sites << ProviderSite{ProviderId::paymentAssist(), s.siteId, s.name, s.baseUrl, s.apiKey, {}, {}};
    for (const DemocranceSite& s : profile.democrance)
        sites << ProviderSite{ProviderId::democrance(), s.siteId, s.name, s.baseUrl, s.username, {}, {}};
    for (const MyKaarmaSite& s : profile.myKaarma)
        sites << ProviderSite{ProviderId::myKaarma(), s.siteId,        s.name, s.baseUrl, s.username,
                              s.dealerUuid,           s.departmentUuid};
    return sites;
}

void applyProviderSites(ConnectionProfile& profile, const QList<ProviderSite>& sites)
{
    profile.paymentAssist.clear();
    profile.democrance.clear();
    profile.myKaarma.clear();
    for (const ProviderSite& s : sites) {
        if (s.provider == ProviderId::paymentAssist())
            profile.paymentAssist << toPaymentAssist(s);
        else if (s.provider == ProviderId::democrance())
            profile.democrance << toDemocrance(s);
        else if (s.provider == ProviderId::myKaarma())
            profile.myKaarma << toMyKaarma(s);
    }
}

} // namespace paydesk::ui
