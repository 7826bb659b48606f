#pragma once

// The end of every benchmark program's main(): runs the registered benchmarks and returns a
// non-zero exit code when any of them reported an error (State::SkipWithError). Google
// Benchmark itself exits 0 after an error, so a broken benchmark would pass its ctest smoke
// run; with this it fails it (proved by bench_selftest_error_fails_run in bench.cmake).
//
// The display follows --benchmark_format (console or json); --benchmark_out still writes
// its file as usual.

#include <benchmark/benchmark.h>

#include <cstdio>
#ifdef _WIN32
#include <io.h>
#define PAYDESK_BENCH_ISATTY(f) _isatty(_fileno(f))
#else
#include <unistd.h>
#define PAYDESK_BENCH_ISATTY(f) isatty(fileno(f))
#endif
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace paydesk::bench {

/// Passes everything to the reporter the format asks for, and counts the runs that failed.
class ErrorCountingReporter : public benchmark::BenchmarkReporter
{
public:
    explicit ErrorCountingReporter(std::unique_ptr<benchmark::BenchmarkReporter> inner)
        : m_inner(std::move(inner))
    {
    }

    bool ReportContext(const Context& context) override { return m_inner->ReportContext(context); }

    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& run : runs) {
            if (run.error_occurred) {
                ++m_errors;
                std::fprintf(stderr, "benchmark error: %s: %s\n", run.benchmark_name().c_str(),
                             run.error_message.c_str());
            }
        }
        m_inner->ReportRuns(runs);
    }

    void Finalize() override { m_inner->Finalize(); }

    int errors() const { return m_errors; }

private:
    std::unique_ptr<benchmark::BenchmarkReporter> m_inner;
    int m_errors = 0;
};

/// The display reporter --benchmark_format names (console when absent or unknown).
inline std::unique_ptr<benchmark::BenchmarkReporter> displayReporter(int argc, char** argv)
{
    std::string format = "console";
    const char* flag = "--benchmark_format=";
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], flag, std::strlen(flag)) == 0)
            format = argv[i] + std::strlen(flag);
    }
    if (format == "json")
        return std::make_unique<benchmark::JSONReporter>();
    // Colours only on a terminal, as Google Benchmark's own default does.
    return std::make_unique<benchmark::ConsoleReporter>(PAYDESK_BENCH_ISATTY(stdout)
                                                            ? benchmark::ConsoleReporter::OO_Color
                                                            : benchmark::ConsoleReporter::OO_None);
}

/**
 * Initialize, run and shut down Google Benchmark. Returns 0 when every benchmark ran, 1 when
 * an argument was not understood, 2 when any benchmark reported an error.
 */
inline int runBenchmarks(int& argc, char** argv)
{
    std::unique_ptr<benchmark::BenchmarkReporter> display = displayReporter(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ErrorCountingReporter reporter(std::move(display));
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    if (reporter.errors() > 0) {
        std::fprintf(stderr, "%d benchmark(s) reported an error\n", reporter.errors());
        return 2;
    }
    return 0;
}

} // namespace paydesk::bench
