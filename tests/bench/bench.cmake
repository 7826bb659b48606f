# Google Benchmark programs. Each area adds its own file; every benchmark also gets a
# ctest "bench_smoke_*" entry that runs it on a small data set so CI proves it still works.
find_package(benchmark REQUIRED)

function(paydesk_add_bench target)
    target_link_libraries(${target} PRIVATE benchmark::benchmark)
    add_test(NAME bench_smoke_${target}
             COMMAND ${target} --benchmark_min_time=0.01 --benchmark_repetitions=1)
    set_tests_properties(bench_smoke_${target} PROPERTIES
        ENVIRONMENT "PAYDESK_BENCH_SMALL=1;QT_QPA_PLATFORM=offscreen" TIMEOUT 300 LABELS bench)
endfunction()

include(${CMAKE_CURRENT_LIST_DIR}/store.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/sync.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/ui.cmake)
