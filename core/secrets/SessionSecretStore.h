#pragma once

#include "secrets/SecretStore.h"

#include <vector>

namespace paydesk {

/**
 * The store the app uses: a keychain-backed store when it answers, memory for this session
 * when it does not.
 *
 * On construction it asks the keychain once (a read of a probe key). If that read answers —
 * with a value or "absent" — every call goes to the keychain. If it fails (no secret service,
 * no D-Bus session, locked, no answer in time), the keychain is dropped and secrets are kept
 * in a MemorySecretStore: isPersistent() is false and statusMessage() says so plainly. Nothing
 * is ever written to disk in that mode. Calls made while the probe runs are queued and passed
 * on in order once it has decided.
 */
class SessionSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    enum class State
    {
        Probing,     ///< still asking the keychain
        Keychain,    ///< the keychain answered; secrets persist
        SessionOnly, ///< no usable keychain; secrets live in memory until the app quits
    };

    /// Takes ownership of `keychain` and starts probing it.
    explicit SessionSecretStore(std::unique_ptr<SecretStore> keychain, QObject* parent = nullptr);
    ~SessionSecretStore() override;

    State state() const { return m_state; }
    /// Why the keychain was not used (set in SessionOnly state).
    const std::optional<SecretError>& probeError() const { return m_probeError; }

    bool isReady() const override { return m_state != State::Probing; }
    bool isPersistent() const override;
    QString statusMessage() const override;

    /// The key the probe reads. It is never written.
    static QString probeKey();

protected:
    void doRead(const QString& key, ReadCallback done) override;
    void doWrite(const QString& key, const QByteArray& value, DoneCallback done) override;
    void doRemove(const QString& key, DoneCallback done) override;

private:
    void onProbed(const ReadResult& result);

    std::unique_ptr<SecretStore> m_active;
    State m_state = State::Probing;
    std::optional<SecretError> m_probeError;
    std::vector<std::function<void()>> m_pending;
};

} // namespace paydesk
