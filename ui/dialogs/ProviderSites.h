#pragma once

#include "api/ConnectionProfile.h"
#include "payments/FieldError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace paydesk::ui {

/**
 * One site of one payment provider as Settings edits it, whatever the provider: Payment Assist
 * (PaymentAssistSite), Democrance (DemocranceSite) or myKaarma (MyKaarmaSite). A profile has any
 * mix of them, several per site id; each has its own credentials. What is saved with the
 * profile is the provider's own struct (providerSitesOf() / applyProviderSites() convert); the
 * secret (Payment Assist's API secret, the Democrance or myKaarma password) goes only to the
 * keychain under secretKey(), bound to the origin of the base URL.
 */
struct ProviderSite
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::ui::ProviderSite)

public:
    /// ProviderId: "paymentassist", "democrance" or "mykaarma".
    QString provider;
    QString siteId;
    QString name;
    QUrl baseUrl;
    /// Payment Assist's API key; the Democrance or myKaarma user name.
    QString account;
    /// myKaarma only: the dealer and the department every call names.
    QString dealerUuid;
    QString departmentUuid;

    /// The keychain key of this site's secret in profile `profile` (the provider's own rule).
    QString secretKey(const QString& profile) const;
    /// The origin its secret is bound to.
    QString secretOrigin() const;
    /// The address a new site of `provider` starts with (the provider's live API).
    static QUrl defaultBaseUrl(const QString& provider);
    /// The providers a site can be added for, in display order.
    static QStringList providers();
    /// The provider's name for people ("Payment Assist", "Democrance", "myKaarma").
    static QString providerName(const QString& provider);

    /// The site's checks (field names: "siteId", "baseUrl", "account", "dealerUuid",
    /// "departmentUuid", "secret"); `secretNeeded` when no secret is stored for its origin and
    /// none was typed; `localTestPlatform` allows plain http to this computer.
    FieldErrors errors(bool secretNeeded, bool localTestPlatform) const;

    friend bool operator==(const ProviderSite&, const ProviderSite&) = default;
};

/// Every provider site of `profile` (Payment Assist, then Democrance, then myKaarma).
QList<ProviderSite> providerSitesOf(const ConnectionProfile& profile);
/// Replaces `profile`'s provider sites by `sites`.
void applyProviderSites(ConnectionProfile& profile, const QList<ProviderSite>& sites);

} // namespace paydesk::ui
