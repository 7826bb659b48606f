#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace paydesk {

/**
 * One dealer or branch with its own Payment Assist credentials (API-NOTES "Payment Assist":
 * each has its own key and secret). Part of a ConnectionProfile
 * (ConnectionProfile::paymentAssist); a profile without sites has no Payment Assist.
 *
 * Stored with the profile under `connections/<profile>/paymentAssist/<n>/` as `siteId`,
 * `name`, `baseUrl` and `apiKey`. The secret is NEVER stored there: it lives in the keychain
 * under secretKey(), as a BoundSecret bound to the origin of `baseUrl`, so it is sent nowhere
 * else.
 *
 * ```ini
 * [connections/default/paymentAssist]
 * 1\siteId=S01                                         ; the site's payments get storeId S01
 * 1\name=Northgate Motors
 * 1\baseUrl=https://api.v1.payment-assist.co.uk
 * 1\apiKey=…
 * size=1
 * ```
 */
struct PaymentAssistSite
{
    /// The site the applications belong to: Payment::storeId of its payments (usually the
    /// Keyloop store id of the same branch).
    QString siteId;
    /// For people; empty = siteId.
    QString name;
    /// The API's base URL: https://api.v1.payment-assist.co.uk (live) or the demo host; the
    /// sandbox serves it under /paymentassist.
    QUrl baseUrl;
    QString apiKey;

    /// Keychain key of this site's API secret in profile `profile`.
    QString secretKey(const QString& profile) const;
    /// The origin the secret is bound to (BoundSecret::originOf(baseUrl)).
    QString secretOrigin() const;
    bool isComplete() const { return !siteId.isEmpty() && baseUrl.isValid() && !apiKey.isEmpty(); }

    /// Writes `sites` into the current QSettings group (as the array "paymentAssist").
    static void save(QSettings& settings, const QList<PaymentAssistSite>& sites);
    /// Reads them back from the current group.
    static QList<PaymentAssistSite> load(QSettings& settings);

    friend bool operator==(const PaymentAssistSite&, const PaymentAssistSite&) = default;
};

} // namespace paydesk
