#include "secrets/CrossThreadSecretStore.h"

namespace paydesk {

CrossThreadSecretStore::CrossThreadSecretStore(SecretStore& target, ThreadMailbox& targetMailbox,
                                               QObject* parent)
    : SecretStore(parent)
    , m_target(target)
    , m_targetMailbox(targetMailbox)
    , m_link(std::make_shared<Link>())
    , m_persistent(target.isPersistent())
{
    Q_ASSERT(targetMailbox.thread() == target.thread());
    m_link->home = new ThreadMailbox(this);
}

CrossThreadSecretStore::~CrossThreadSecretStore()
{
    // After this, no answer is posted to us; one already posted goes with the mailbox.
    QMutexLocker lock(&m_link->mutex);
    m_link->home = nullptr;
}

void CrossThreadSecretStore::postBack(const std::shared_ptr<Link>& link, std::function<void()> answer)
{
    // Posting under the lock: the store cannot be destroyed between the check and the post.
    QMutexLocker lock(&link->mutex);
    if (link->home)
        link->home->post(std::move(answer));
}

void CrossThreadSecretStore::doRead(const QString& key, ReadCallback done)
{
    SecretStore* target = &m_target;
    m_targetMailbox.post([target, key, link = m_link, done = std::move(done)]() mutable {
        // The target is its own context: it outlives this store (see the header).
        target->read(key, target, [link, done = std::move(done)](ReadResult result) mutable {
            postBack(link, [done = std::move(done), result = std::move(result)]() mutable {
                done(std::move(result));
            });
        });
    });
}

void CrossThreadSecretStore::doWrite(const QString& key, const QByteArray& value, DoneCallback done)
{
    SecretStore* target = &m_target;
    m_targetMailbox.post([target, key, value, link = m_link, done = std::move(done)]() mutable {
        target->write(key, value, target, [link, done = std::move(done)](DoneResult result) mutable {
            postBack(link, [done = std::move(done), result = std::move(result)]() mutable {
                done(std::move(result));
            });
        });
    });
}

void CrossThreadSecretStore::doRemove(const QString& key, DoneCallback done)
{
    SecretStore* target = &m_target;
    m_targetMailbox.post([target, key, link = m_link, done = std::move(done)]() mutable {
        target->remove(key, target, [link, done = std::move(done)](DoneResult result) mutable {
            postBack(link, [done = std::move(done), result = std::move(result)]() mutable {
                done(std::move(result));
            });
        });
    });
}

} // namespace paydesk
