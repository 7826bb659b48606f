#pragma once

#include "api/ApiError.h"
#include "util/Result.h"

#include <QTest>

#include <optional>

namespace paydesk::test {

/// Collects one asynchronous Result and waits for it without fixed sleeps.
template<typename T>
class Await
{
public:
    auto callback()
    {
        return [this](Result<T, ApiError> r) { m_result.emplace(std::move(r)); };
    }
    bool wait(int timeoutMs = 15000)
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, timeoutMs);
    }
    bool done() const { return m_result.has_value(); }
    Result<T, ApiError>& result() { return *m_result; }
    void reset() { m_result.reset(); }

private:
    std::optional<Result<T, ApiError>> m_result;
};

} // namespace paydesk::test
