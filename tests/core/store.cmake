# The local cache: real SQLite files in temporary folders.
target_sources(paydesk_core_tests PRIVATE
    StoreTestSupport.h
    StoreTest.cpp
    StoreOpenTest.cpp
    StorePaymentsTest.cpp
    StoreOutboxTest.cpp
    StoreQueryPlanTest.cpp
    StoreCrashTest.cpp
    StoreAuditChainTest.cpp
    StoreClockTest.cpp
    StoreDamageTest.cpp
    StoreSalvageTest.cpp
    StoreTransactionTest.cpp
    StoreReaderTest.cpp
    PaymentQuerySqlTest.cpp
    SearchTextTest.cpp
    StoreReferenceLookupTest.cpp
    StoreIndexesTest.cpp
)
target_link_libraries(paydesk_core_tests PRIVATE Qt6::Sql)

# The writer that StoreCrashTest and StoreBulkLoadCrash kill with SIGKILL mid-sync.
add_executable(paydesk_store_crash_child StoreCrashChild.cpp)
target_link_libraries(paydesk_store_crash_child PRIVATE paydesk_core)
add_dependencies(paydesk_core_tests paydesk_store_crash_child)
target_compile_definitions(paydesk_core_tests PRIVATE
    PAYDESK_STORE_CRASH_CHILD="$<TARGET_FILE:paydesk_store_crash_child>")
