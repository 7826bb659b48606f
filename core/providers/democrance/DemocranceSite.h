#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace paydesk {

/**
 * One dealer with its own Democrance account (the Payment API's `POST /api/v3/login/` takes a
 * username and a password; each dealer logs in as itself). Part of a ConnectionProfile
 * (ConnectionProfile::democrance); a profile without sites has no Democrance.
 *
 * Stored with the profile under `connections/<profile>/democrance/<n>/` as `siteId`, `name`,
 * `baseUrl` and `username`. The password is NEVER stored there: it lives in the keychain under
 * secretKey(), as a BoundSecret bound to the origin of `baseUrl`, so it is sent nowhere else.
 * The session the login returns is kept in memory only (DemocranceClient).
 *
 * ```ini
 * [connections/default/democrance]
 * 1\siteId=S01                                  ; the site's policies get storeId S01
 * 1\name=Northgate Motors
 * 1\baseUrl=https://dealer.democrance.com       ; API paths /api/v3/... below it
 * 1\username=northgate
 * size=1
 * ```
 */
struct DemocranceSite
{
    /// The site the policies belong to: Payment::storeId of its payments (usually the Keyloop
    /// store id of the same branch).
    QString siteId;
    /// For people; empty = siteId.
    QString name;
    /// The Democrance host; the API's paths (`/api/v3/...`) are below it. The sandbox serves it
    /// under /democrance.
    QUrl baseUrl;
    /// The dealer's Democrance user name (not a secret; the password is).
    QString username;

    /// Keychain key of this site's password in profile `profile`:
    /// "profile/<profile>/democrance/<siteId>/password".
    QString secretKey(const QString& profile) const;
    /// The origin the password is bound to (BoundSecret::originOf(baseUrl)).
    QString secretOrigin() const;
    bool isComplete() const { return !siteId.isEmpty() && baseUrl.isValid() && !username.isEmpty(); }

    /// Writes `sites` into the current QSettings group (as the array "democrance").
    static void save(QSettings& settings, const QList<DemocranceSite>& sites);
    /// Reads them back from the current group.
    static QList<DemocranceSite> load(QSettings& settings);

    friend bool operator==(const DemocranceSite&, const DemocranceSite&) = default;
};

} // namespace paydesk
