#pragma once

#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace paydesk {

/**
 * A client secret together with the origin (scheme, host and port) of the token endpoint it
 * was entered for. The secret may be sent only there: a Settings dialog whose URL was edited,
 * or a settings file that was changed behind PayDesk's back, must not carry a stored secret
 * to another server (issue 13, finding 3).
 *
 * Both live in ONE keychain value so they can never part: `encode()` writes a marker line,
 * the origin line, then the secret's bytes unchanged. A value without the marker was stored
 * before secrets were bound; read() binds it to the origin the caller names (the profile's
 * saved token URL) and writes it back, so it is bound from then on.
 *
 * @code
 * BoundSecret::write(store, profile.clientSecretKey(),
 *                    {BoundSecret::originOf(profile.effectiveTokenUrl()), typed}, this, done);
 * @endcode
 */
struct BoundSecret
{
    /// "https://api.example.com:443"; empty only for a value stored before secrets were bound.
    QString origin;
    QByteArray secret;

    bool isBound() const { return !origin.isEmpty(); }
    /// Whether this secret may be sent to `url`.
    bool mayBeSentTo(const QUrl& url) const { return isBound() && origin == originOf(url); }

    /// scheme://host:port in lower case, with the scheme's default port spelled out (so
    /// https://a.example and https://A.example:443 are one origin); empty for an invalid URL.
    static QString originOf(const QUrl& url);

    /// The keychain value.
    QByteArray encode() const;
    /// Reads a keychain value; one without the marker is an unbound (older) secret.
    static BoundSecret decode(const QByteArray& stored);

    using ReadResult = Result<std::optional<BoundSecret>, SecretError>;

    /**
     * Reads `key` from `store`. A secret stored before secrets were bound is bound to
     * `originIfUnbound` and written back (best effort: the answer does not wait for it); an
     * empty `originIfUnbound` leaves it unbound. std::nullopt when nothing is stored.
     */
    static void read(SecretStore& store, const QString& key, const QString& originIfUnbound,
                     const QObject* context, std::function<void(ReadResult)> done);
    /// Stores `secret` (which must be bound) under `key`.
    static void write(SecretStore& store, const QString& key, const BoundSecret& secret,
                      const QObject* context, SecretStore::DoneCallback done);

    friend bool operator==(const BoundSecret&, const BoundSecret&) = default;
};

} // namespace paydesk
