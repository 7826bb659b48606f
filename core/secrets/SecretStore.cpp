#include "secrets/SecretStore.h"

#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace paydesk {

namespace {

// Drops the answer when the caller's context object has gone: a destroyed receiver never gets a
// late reply (STYLE.md, "every asynchronous callback is bound to a context QObject").
template<typename R>
std::function<void(R)> guarded(const QObject* context, std::function<void(R)> done)
{
    Q_ASSERT(context);
    return [guard = QPointer<const QObject>(context), done = std::move(done)](R result) {
        if (guard && done)
            done(std::move(result));
    };
}

} // namespace

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

void SecretStore::read(const QString& key, const QObject* context, ReadCallback done)
{
    Q_ASSERT(!key.isEmpty());
    doRead(key, guarded<ReadResult>(context, std::move(done)));
}

void SecretStore::write(const QString& key, const QByteArray& value, const QObject* context,
                        DoneCallback done)
{
    Q_ASSERT(!key.isEmpty());
    doWrite(key, value, guarded<DoneResult>(context, std::move(done)));
}

void SecretStore::remove(const QString& key, const QObject* context, DoneCallback done)
{
    Q_ASSERT(!key.isEmpty());
    doRemove(key, guarded<DoneResult>(context, std::move(done)));
}

QString SecretStore::defaultService()
{
    return u"PayDesk"_s;
}

QString SecretStore::clientSecretKey(const QString& profile)
{
    return u"profile/%1/clientSecret"_s.arg(profile);
}

QString SecretStore::accessTokenKey(const QString& profile)
{
    return u"profile/%1/token"_s.arg(profile);
}

std::unique_ptr<SecretStore> SecretStore::createDefault(const QString& service)
{
    return std::make_unique<SessionSecretStore>(std::make_unique<KeychainSecretStore>(service));
}

} // namespace paydesk
