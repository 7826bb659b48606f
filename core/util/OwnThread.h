#pragma once

#include <QObject>
#include <QThread>

#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>
#include <utility>

namespace paydesk {

/**
 * Runs `work` once on a thread of its own and calls `answer` with its result on `context`'s
 * thread (which must be the calling thread), unless `context` has gone by then. For slow, pure
 * work that must not hold the GUI thread: a PBKDF2 hash of a PIN takes over a second on purpose.
 *
 * The result crosses under a std::mutex and the work is handed over by starting the thread, so a
 * ThreadSanitizer build sees both hand-offs (Qt's thread-pool queue and QFuture continuations
 * are ordered by locks inside Debian's Qt, which it cannot see). The thread deletes itself.
 *
 *   runOnOwnThread(this, [pin, hash] { return StaffPin::verify(pin, hash); },
 *                  [this](bool accepted) { finishPinCheck(accepted); });
 */
template<typename Work, typename Answer>
void runOnOwnThread(QObject* context, Work work, Answer answer)
{
    using Value = std::invoke_result_t<Work&>;
    struct Handover
    {
        std::mutex mutex;
        std::optional<Value> value;
    };
    auto handover = std::make_shared<Handover>();
    QThread* thread = QThread::create([handover, work = std::move(work)]() mutable {
        Value value = work();
        std::lock_guard lock(handover->mutex);
        handover->value = std::move(value);
    });
    QObject::connect(thread, &QThread::finished, context, [handover, answer = std::move(answer)]() mutable {
        std::optional<Value> value;
        {
            std::lock_guard lock(handover->mutex);
            value = std::move(handover->value);
        }
        if (value)
            answer(std::move(*value));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace paydesk
