#pragma once

#include <QObject>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <tuple>
#include <type_traits>

namespace paydesk {

/**
 * Runs work on the thread this object lives on, one job per turn of that thread's event loop, in
 * the order posted: what QMetaObject::invokeMethod(object, job, Qt::QueuedConnection) does, with
 * the job itself handed over through a std::mutex instead of Qt's event queue.
 *
 * Why: every hand-off between the GUI thread and the session's worker is ordered by Qt's event
 * queue, whose lock is inside libQt6Core. ThreadSanitizer does not see that lock in a Qt that was
 * not built with it (Debian's), so each closure written on one thread and run on the other was
 * reported as a data race. Through the mailbox the job, everything written before post(), and
 * (with run()) everything the job wrote are ordered by a lock the analyser sees. The event that
 * wakes the thread carries nothing: it names a method (takeOne) and no argument.
 *
 *   auto* mailbox = new ThreadMailbox;     // no parent: it moves
 *   mailbox->moveToThread(worker);
 *   mailbox->post([this] { … });             // returns at once
 *   mailbox->run([&] { … });                 // returns when the job has run (never from its thread)
 *
 * The way back is a mailbox of the thread the answers go to (e.g. `new ThreadMailbox(this)` in
 * an object of the GUI thread): the worker posts its answers there, and relay() brings a
 * worker-side object's signal there, as a queued connection would, arguments copied.
 */
class ThreadMailbox : public QObject
{
    Q_OBJECT

public:
    explicit ThreadMailbox(QObject* parent = nullptr);
    ~ThreadMailbox() override;

    /// Queues `job` behind everything already queued for this object's thread.
    void post(std::function<void()> job);

    /// Runs `job` on this object's thread and returns once it has run. The thread must be
    /// running its event loop and must not be the calling thread (the wait would never end).
    void run(const std::function<void()>& job);

    /**
     * Calls `slot` on this object's thread with the arguments of every `signal` of `sender`:
     * what an automatic connection does. Emitted on this thread, the slot is called at once;
     * emitted on another, the arguments are copied there and handed over through this mailbox.
     * The connection ends with this object or the sender.
     */
    template<typename Sender, typename... Args, typename Slot>
    QMetaObject::Connection relay(const Sender* sender, void (Sender::*signal)(Args...), Slot slot)
    {
        return connect(
            sender, signal, this,
            [this, slot](Args... args) mutable {
                if (QThread::currentThread() == thread()) {
                    slot(args...);
                    return;
                }
                post([slot, copies = std::make_tuple(std::decay_t<Args>(args)...)]() mutable {
                    std::apply(slot, copies);
                });
            },
            Qt::DirectConnection);
    }

private:
    Q_INVOKABLE void takeOne();

    std::mutex m_mutex;
    std::condition_variable m_ran;
    std::deque<std::function<void()>> m_jobs;
};

} // namespace paydesk
