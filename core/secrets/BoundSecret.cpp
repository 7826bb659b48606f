#include "secrets/BoundSecret.h"

#include "Logging.h"

#include <QPointer>

namespace paydesk {

namespace {

// The first line of a bound value. A client secret issued by a platform never starts with it,
// so an older, unbound value cannot be mistaken for a bound one.
constexpr QByteArrayView kMarker = "paydesk-bound-secret/1\n";

} // namespace

QString BoundSecret::originOf(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty() || url.scheme().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    int defaultPort = -1;
    if (scheme == u"https" || scheme == u"wss")
        defaultPort = 443;
    else if (scheme == u"http" || scheme == u"ws")
        defaultPort = 80;
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.contains(u':'))
        host = u'[' + host + u']'; // IPv6
    return scheme + QStringLiteral("://") + host + u':' + QString::number(url.port(defaultPort));
}

QByteArray BoundSecret::encode() const
{
    Q_ASSERT(isBound());
    Q_ASSERT(!origin.contains(u'\n'));
    return kMarker.toByteArray() + origin.toUtf8() + '\n' + secret;
}

BoundSecret BoundSecret::decode(const QByteArray& stored)
{
    if (!stored.startsWith(kMarker))
        return {QString(), stored};
    const qsizetype originEnd = stored.indexOf('\n', kMarker.size());
    if (originEnd < 0)
        return {QString(), QByteArray()}; // damaged: treat as no usable secret
    return {QString::fromUtf8(stored.mid(kMarker.size(), originEnd - kMarker.size())),
            stored.mid(originEnd + 1)};
}

void BoundSecret::read(SecretStore& store, const QString& key, const QString& originIfUnbound,
                       const QObject* context, std::function<void(ReadResult)> done)
{
    store.read(
        key, context, [&store, key, originIfUnbound, done = std::move(done)](SecretStore::ReadResult stored) {
            if (!stored) {
                done(fail(stored.error()));
                return;
            }
            if (!stored->has_value()) {
                done(std::optional<BoundSecret>());
                return;
            }
            BoundSecret secret = decode(**stored);
            if (!secret.isBound() && !secret.secret.isEmpty() && !originIfUnbound.isEmpty()) {
                // Migration: bind it to the address it has been used with so far, once.
                secret.origin = originIfUnbound;
                qCInfo(lcSecrets).noquote() << "binding the stored secret" << key << "to" << originIfUnbound;
                store.write(key, secret.encode(), &store, [key](SecretStore::DoneResult written) {
                    if (!written)
                        qCWarning(lcSecrets).noquote()
                            << "could not bind the stored secret" << key << written.error().detail;
                });
            }
            done(std::optional<BoundSecret>(std::move(secret)));
        });
}

void BoundSecret::write(SecretStore& store, const QString& key, const BoundSecret& secret,
                        const QObject* context, SecretStore::DoneCallback done)
{
    Q_ASSERT(secret.isBound());
    store.write(key, secret.encode(), context, std::move(done));
}

} // namespace paydesk
