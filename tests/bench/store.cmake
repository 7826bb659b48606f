# The local cache: ingest rate through PaymentStore vs. a bare prepared INSERT, and the first
# filtered, sorted page over 1M rows.
add_executable(paydesk_store_bench ${CMAKE_CURRENT_LIST_DIR}/StoreBench.cpp)
target_link_libraries(paydesk_store_bench PRIVATE paydesk_core Qt6::Sql)
paydesk_add_bench(paydesk_store_bench)
