# Google Benchmark programs. Each area adds its own file; every benchmark also gets a
# ctest "bench_smoke_*" entry that runs it on a small data set so CI proves it still works.
# Every program ends its main() with paydesk::bench::runBenchmarks() (BenchMain.h), which exits
# non-zero when a benchmark reports an error, so the smoke entry fails then.
find_package(benchmark REQUIRED)

function(paydesk_add_bench target)
    target_link_libraries(${target} PRIVATE benchmark::benchmark)
    target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_FUNCTION_LIST_DIR})
    add_test(NAME bench_smoke_${target}
             COMMAND ${target} --benchmark_min_time=0.01 --benchmark_repetitions=1)
    set_tests_properties(bench_smoke_${target} PROPERTIES
        ENVIRONMENT "PAYDESK_BENCH_SMALL=1;QT_QPA_PLATFORM=offscreen" TIMEOUT 300 LABELS bench)
endfunction()

# The check of that rule itself: the same benchmark fails its run when it reports an error
# (WILL_FAIL) and passes when it does not.
add_executable(paydesk_bench_selftest ${CMAKE_CURRENT_LIST_DIR}/BenchSelfTest.cpp)
target_link_libraries(paydesk_bench_selftest PRIVATE benchmark::benchmark)
add_test(NAME bench_selftest_error_fails_run COMMAND paydesk_bench_selftest)
set_tests_properties(bench_selftest_error_fails_run PROPERTIES
    ENVIRONMENT "PAYDESK_BENCH_SELFTEST_ERROR=1" WILL_FAIL TRUE TIMEOUT 60 LABELS bench)
add_test(NAME bench_selftest_clean_run_passes COMMAND paydesk_bench_selftest)
set_tests_properties(bench_selftest_clean_run_passes PROPERTIES TIMEOUT 60 LABELS bench)

include(${CMAKE_CURRENT_LIST_DIR}/store.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/sync.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/ui.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/gui.cmake)
