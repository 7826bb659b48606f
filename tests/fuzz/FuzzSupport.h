#pragma once

// Shared by the fuzz targets (tests/fuzz/README.md): the Qt application every target may need,
// and a reader that splits one fuzz input into the values a target feeds its parser.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace paydesk::fuzz {

/// A QCoreApplication for parsers that translate messages or read settings; made once.
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "paydesk-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

/// Reads values off the front of a fuzz input; what is left is the rest.
class FuzzInput
{
public:
    FuzzInput(const std::uint8_t* data, std::size_t size)
        : m_data(reinterpret_cast<const char*>(data))
        , m_size(size)
    {
    }

    /// One byte (0 when the input is used up).
    std::uint8_t byte()
    {
        if (m_pos >= m_size)
            return 0;
        return static_cast<std::uint8_t>(m_data[m_pos++]);
    }
    /// One of `count` choices.
    int pick(int count) { return count > 0 ? byte() % count : 0; }
    /// Bytes up to the next NUL (or the end), the NUL skipped.
    QByteArray field()
    {
        const std::size_t start = m_pos;
        while (m_pos < m_size && m_data[m_pos] != '\0')
            ++m_pos;
        QByteArray value(m_data + start, qsizetype(m_pos - start));
        if (m_pos < m_size)
            ++m_pos;
        return value;
    }
    /// Everything not read yet.
    QByteArray rest()
    {
        QByteArray value(m_data + m_pos, qsizetype(m_size - m_pos));
        m_pos = m_size;
        return value;
    }

private:
    const char* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

/// A broken promise of the code under test: print it and abort, so the fuzzer keeps the input.
[[noreturn]] inline void violated(const char* what, const QByteArray& detail = {})
{
    std::fprintf(stderr, "fuzz: property violated: %s\n%s\n", what, detail.constData());
    std::abort();
}

} // namespace paydesk::fuzz
