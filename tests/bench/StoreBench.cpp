#include "store/PaymentStore.h"

#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
