// The benchmark programs' own check (see BenchMain.h): a benchmark that reports an error makes
// the run exit non-zero, so its ctest smoke entry fails. With PAYDESK_BENCH_SELFTEST_ERROR=1
// the one benchmark here calls SkipWithError; without it, it runs cleanly and the program
// exits 0. bench.cmake runs both ways (the erroring way with WILL_FAIL).
#include "BenchMain.h"

#include <cstdlib>
#include <cstring>

namespace {

void BM_ReportsAnErrorWhenAsked(benchmark::State& state)
{
    const char* wanted = std::getenv("PAYDESK_BENCH_SELFTEST_ERROR");
    const bool fail = wanted && std::strcmp(wanted, "1") == 0;
    for (auto _ : state) {
        if (fail) {
            state.SkipWithError("asked to fail (PAYDESK_BENCH_SELFTEST_ERROR=1)");
            break;
        }
        benchmark::DoNotOptimize(state.iterations());
    }
}
BENCHMARK(BM_ReportsAnErrorWhenAsked)->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    return paydesk::bench::runBenchmarks(argc, argv);
}
