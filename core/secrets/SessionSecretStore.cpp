#include "secrets/SessionSecretStore.h"

#include "Logging.h"
#include "secrets/MemorySecretStore.h"

using namespace Qt::StringLiterals;

namespace paydesk {

SessionSecretStore::SessionSecretStore(std::unique_ptr<SecretStore> keychain, QObject* parent)
    : SecretStore(parent)
    , m_active(std::move(keychain))
{
    Q_ASSERT(m_active);
    m_active->read(probeKey(), this, [this](ReadResult result) { onProbed(result); });
}

SessionSecretStore::~SessionSecretStore() = default;

QString SessionSecretStore::probeKey()
{
    return u"paydesk/keychain-probe"_s;
}

bool SessionSecretStore::isPersistent() const
{
    return m_state == State::Keychain && m_active->isPersistent();
}

QString SessionSecretStore::statusMessage() const
{
    switch (m_state) {
    case State::Probing:
        return tr("Checking the system keychain…");
    case State::Keychain:
        return m_active->statusMessage();
    case State::SessionOnly:
        break;
    }
    if (m_probeError && m_probeError->kind == SecretError::Kind::AccessDenied)
        return tr("The system keychain refused access (it may be locked): secrets are kept in memory "
                  "for this session only and you will need to enter them again next time.");
    return tr("No system keychain is available: secrets are kept in memory for this session only "
              "and you will need to enter them again next time.");
}

void SessionSecretStore::doRead(const QString& key, ReadCallback done)
{
    if (m_state == State::Probing) {
        m_pending.push_back([this, key, done = std::move(done)] { m_active->read(key, this, done); });
        return;
    }
    m_active->read(key, this, std::move(done));
}

void SessionSecretStore::doWrite(const QString& key, const QByteArray& value, DoneCallback done)
{
    if (m_state == State::Probing) {
        m_pending.push_back(
            [this, key, value, done = std::move(done)] { m_active->write(key, value, this, done); });
        return;
    }
    m_active->write(key, value, this, std::move(done));
}

void SessionSecretStore::doRemove(const QString& key, DoneCallback done)
{
    if (m_state == State::Probing) {
        m_pending.push_back([this, key, done = std::move(done)] { m_active->remove(key, this, done); });
        return;
    }
    m_active->remove(key, this, std::move(done));
}

void SessionSecretStore::onProbed(const ReadResult& result)
{
    if (result.ok()) {
        m_state = State::Keychain;
        qCInfo(lcSecrets) << "system keychain available; secrets persist";
    } else {
        // Any failure here means the keychain cannot be relied on for this session. The user is
        // told plainly (statusMessage) and secrets stay in memory — never in a file.
        m_probeError = result.error();
        qCWarning(lcSecrets).nospace().noquote()
            << "system keychain not usable (" << SecretError::kindName(result.error().kind) << ": "
            << result.error().detail << "); secrets are kept in memory for this session only";
        // We are inside the keychain store's own callback (maybe its timer's signal): delete it
        // from the event loop, not here.
        m_active.release()->deleteLater();
        m_active = std::make_unique<MemorySecretStore>();
        m_state = State::SessionOnly;
    }

    // Pass on what was asked during the probe, in order.
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (const auto& call : pending)
        call();
    Q_EMIT statusChanged();
}

} // namespace paydesk
