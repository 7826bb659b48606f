# End-to-end sync from the in-process sandbox over loopback vs. the store's own ingest rate.
add_executable(paydesk_sync_bench ${CMAKE_CURRENT_LIST_DIR}/SyncBench.cpp)
target_link_libraries(paydesk_sync_bench PRIVATE paydesk_core paydesk_sandbox Qt6::Test)
paydesk_add_bench(paydesk_sync_bench)
