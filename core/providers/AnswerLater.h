#pragma once

#include "api/ApiError.h"
#include "util/Result.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace paydesk {

/**
 * Answers `callback` with `result` on the next event-loop turn of `context`, as every network
 * answer comes — never inside the call that asked — and not at all once `context` is gone. For
 * the answers a provider connector knows without asking (no such site, a replay answered from
 * the cache, an unsupported action).
 */
template<typename T>
void answerLater(QObject* context, std::function<void(Result<T, ApiError>)> callback,
                 Result<T, ApiError> result)
{
    QPointer<QObject> guard(context);
    if (!guard)
        return;
    QMetaObject::invokeMethod(
        context,
        [guard, callback = std::move(callback), result = std::move(result)]() mutable {
            if (guard && callback)
                callback(std::move(result));
        },
        Qt::QueuedConnection);
}

} // namespace paydesk
