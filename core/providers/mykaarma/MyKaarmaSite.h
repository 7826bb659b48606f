#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace paydesk {

/**
 * One dealership department served through myKaarma's kpayment API with its own ServiceSubscriber
 * credentials (API-NOTES "myKaarma": HTTP Basic with the subscriber's username and password, and
 * the dealerUuid / departmentUuid every call needs). Part of a ConnectionProfile
 * (ConnectionProfile::myKaarma); a profile without sites has no myKaarma.
 *
 * Stored with the profile under `connections/<profile>/myKaarma/<n>/` as `siteId`, `name`,
 * `baseUrl`, `username`, `dealerUuid` and `departmentUuid`. The password is NEVER stored there: it
 * lives in the keychain under secretKey(), as a BoundSecret bound to the origin of `baseUrl`, so
 * it is sent nowhere else.
 *
 * ```ini
 * [connections/default/myKaarma]
 * 1\siteId=S01                                         ; the site's payments get storeId S01
 * 1\name=Northgate Motors Service
 * 1\baseUrl=https://api.mykaarma.com
 * 1\username=paydesk-subscriber
 * 1\dealerUuid=…
 * 1\departmentUuid=…
 * size=1
 * ```
 */
struct MyKaarmaSite
{
    /// The site the payments belong to: Payment::storeId of its payments (usually the Keyloop
    /// store id of the same branch).
    QString siteId;
    /// For people; empty = siteId.
    QString name;
    /// The API's base URL (https://api.mykaarma.com); the sandbox serves it under /mykaarma.
    /// Paths such as /payment/kpayment/v1/prepayment are appended to it.
    QUrl baseUrl;
    /// The ServiceSubscriber's username (HTTP Basic).
    QString username;
    /// The dealer every call is made for (sent as dealerUuid).
    QString dealerUuid;
    /// The department every call is made for (departmentUuid in paths and bodies).
    QString departmentUuid;

    /// Keychain key of this site's ServiceSubscriber password in profile `profile`.
    QString secretKey(const QString& profile) const;
    /// The origin the password is bound to (BoundSecret::originOf(baseUrl)).
    QString secretOrigin() const;
    bool isComplete() const
    {
        return !siteId.isEmpty() && baseUrl.isValid() && !baseUrl.isEmpty() && !username.isEmpty() &&
               !dealerUuid.isEmpty() && !departmentUuid.isEmpty();
    }

    /// Writes `sites` into the current QSettings group (as the array "myKaarma").
    static void save(QSettings& settings, const QList<MyKaarmaSite>& sites);
    /// Reads them back from the current group.
    static QList<MyKaarmaSite> load(QSettings& settings);

    friend bool operator==(const MyKaarmaSite&, const MyKaarmaSite&) = default;
};

} // namespace paydesk
