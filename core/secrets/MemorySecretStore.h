#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace paydesk {

/**
 * Secrets in memory only, gone when the object is. The session-only fallback when there is no
 * system keychain, and the store other parts use in their unit tests. Same contract as the
 * keychain: answers come on a later event-loop turn, in call order.
 */
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject* parent = nullptr);
    ~MemorySecretStore() override;

    bool isPersistent() const override { return false; }
    QString statusMessage() const override;

    /// Makes every later call fail with `error` until cleared with std::nullopt. For tests of
    /// callers that must cope with a locked or missing keychain.
    void setFailure(std::optional<SecretError> error);

    /// How many secrets are held (for tests).
    qsizetype size() const { return m_secrets.size(); }

protected:
    void doRead(const QString& key, ReadCallback done) override;
    void doWrite(const QString& key, const QByteArray& value, DoneCallback done) override;
    void doRemove(const QString& key, DoneCallback done) override;

private:
    // Posts `answer` to the event loop; posted calls run in FIFO order, which keeps answers in
    // call order.
    void answerLater(std::function<void()> answer);
    void wipe(QByteArray& value);

    QHash<QString, QByteArray> m_secrets;
    std::optional<SecretError> m_failure;
};

} // namespace paydesk
