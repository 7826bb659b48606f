#pragma once

#include <utility>
#include <variant>

namespace paydesk {

/// Wraps an error value so that Result<T, E> stays unambiguous even when T and E are the same type.
template<typename E>
struct Unexpected
{
    E error;
};

template<typename E>
Unexpected<std::decay_t<E>> fail(E&& error)
{
    return {std::forward<E>(error)};
}

/**
 * A value or a typed error. Errors in PayDesk are values, not a bool and a string:
 * callers must look at which one they got.
 */
template<typename T, typename E>
class [[nodiscard]] Result
{
public:
    Result(const T& value)
        : m_data(std::in_place_index<0>, value)
    {
    }
    Result(T&& value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    template<typename U>
    Result(Unexpected<U> error)
        : m_data(std::in_place_index<1>, std::move(error.error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    /// On a temporary the value is moved out, never referred to: `for (x : *store.list())` and
    /// `const auto& v = make().value();` then own their value instead of dangling into a
    /// Result that is gone at the end of the full expression.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const E& error() const& { return std::get<1>(m_data); }
    E error() && { return std::get<1>(std::move(m_data)); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, E> m_data;
};

/// Result for operations that produce nothing but may fail.
struct Done
{
};

} // namespace paydesk
