#pragma once

#include "secrets/SecretStore.h"
#include "util/ThreadMailbox.h"

#include <QMutex>

#include <memory>

namespace paydesk {

/**
 * A SecretStore for a worker thread that forwards every call to a store living on another
 * thread (the app's one keychain-backed store, on the GUI thread) and brings the answer back
 * to this object's thread.
 *
 * Why not a second keychain store on the worker: QtKeychain's D-Bus jobs need the event loop
 * of the thread they were started on and the libsecret backend keeps raw pointers to them;
 * SessionSecretStore probes the keychain once; and Settings, First run and the token provider
 * read and write the same keys, whose order only one store (one queue) keeps. Both hops are
 * queued, so an answer still never arrives before the call returns.
 *
 * The calls go through `targetMailbox`, a ThreadMailbox of the target's thread; the answers
 * through a mailbox of this object's own. Both must outlive this object; an answer that comes
 * back after this object has gone is dropped.
 */
class CrossThreadSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    CrossThreadSecretStore(SecretStore& target, ThreadMailbox& targetMailbox, QObject* parent = nullptr);
    ~CrossThreadSecretStore() override;

    // The target's status is read where it lives; these are for this thread's callers only.
    bool isPersistent() const override { return m_persistent; }
    QString statusMessage() const override { return {}; }

protected:
    void doRead(const QString& key, ReadCallback done) override;
    void doWrite(const QString& key, const QByteArray& value, DoneCallback done) override;
    void doRemove(const QString& key, DoneCallback done) override;

private:
    /// Shared with the answers in flight: they post to `home` only while this object is alive.
    struct Link
    {
        QMutex mutex;
        ThreadMailbox* home = nullptr;
    };
    /// Runs `answer` on this object's thread, unless this object has gone.
    static void postBack(const std::shared_ptr<Link>& link, std::function<void()> answer);

    SecretStore& m_target;
    ThreadMailbox& m_targetMailbox;
    std::shared_ptr<Link> m_link;
    bool m_persistent = false;
};

} // namespace paydesk
