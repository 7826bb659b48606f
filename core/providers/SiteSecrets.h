#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <utility>

namespace paydesk {

class SecretStore;

/**
 * Where a provider connector's site secrets come from: the keychain (the worker's
 * CrossThreadSecretStore, each site's secret under its `secretKey(profile)`) or, for tests,
 * given directly by site id. A provider makes each site's client through forSite(), so it has
 * one constructor for both.
 */
class SiteSecrets
{
public:
    /// From the keychain; `store` must outlive the clients and live on their thread (or be a
    /// CrossThreadSecretStore).
    SiteSecrets(SecretStore& store)
        : m_store(&store)
    {
    }
    /// For tests: site id → secret.
    SiteSecrets(QHash<QString, QByteArray> given)
        : m_given(std::move(given))
    {
    }

    /// `make(secret...)` for `site` of profile `profile`: `(SecretStore&, QString secretKey)` from
    /// the keychain, `(QByteArray secret)` when given — the two ways a client is constructed.
    template<typename Site, typename Make>
    auto forSite(const Site& site, const QString& profile, Make&& make) const
    {
        if (m_store)
            return make(*m_store, site.secretKey(profile));
        return make(m_given.value(site.siteId));
    }

private:
    SecretStore* m_store = nullptr;
    QHash<QString, QByteArray> m_given;
};

} // namespace paydesk
