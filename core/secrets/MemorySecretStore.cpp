#include "secrets/MemorySecretStore.h"

#include <QMetaObject>

#include <algorithm>

namespace paydesk {

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipe(it.value());
}

QString MemorySecretStore::statusMessage() const
{
    return tr("Secrets are kept in memory for this session only.");
}

void MemorySecretStore::setFailure(std::optional<SecretError> error)
{
    m_failure = std::move(error);
}

void MemorySecretStore::doRead(const QString& key, ReadCallback done)
{
    if (m_failure) {
        answerLater([done = std::move(done), error = *m_failure] { done(fail(error)); });
        return;
    }
    // The value is copied now, so a later write in the same turn does not change this answer.
    const auto it = m_secrets.constFind(key);
    std::optional<QByteArray> value;
    if (it != m_secrets.constEnd())
        value = it.value();
    answerLater([done = std::move(done), value = std::move(value)] { done(ReadResult(value)); });
}

void MemorySecretStore::doWrite(const QString& key, const QByteArray& value, DoneCallback done)
{
    if (m_failure) {
        answerLater([done = std::move(done), error = *m_failure] { done(fail(error)); });
        return;
    }
    auto it = m_secrets.find(key);
    if (it != m_secrets.end())
        wipe(it.value());
    m_secrets.insert(key, value);
    answerLater([done = std::move(done)] { done(Done{}); });
}

void MemorySecretStore::doRemove(const QString& key, DoneCallback done)
{
    if (m_failure) {
        answerLater([done = std::move(done), error = *m_failure] { done(fail(error)); });
        return;
    }
    auto it = m_secrets.find(key);
    if (it != m_secrets.end()) {
        wipe(it.value());
        m_secrets.erase(it);
    }
    answerLater([done = std::move(done)] { done(Done{}); });
}

void MemorySecretStore::answerLater(std::function<void()> answer)
{
    QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

void MemorySecretStore::wipe(QByteArray& value)
{
    // Best effort: overwrite our copy before it is released. Copies already handed to callers
    // are theirs (implicit sharing detaches on the write below, leaving theirs intact).
    if (value.isDetached())
        std::fill(value.begin(), value.end(), '\0');
}

} // namespace paydesk
