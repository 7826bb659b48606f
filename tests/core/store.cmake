# The local cache: real SQLite files in temporary folders.
target_sources(paydesk_core_tests PRIVATE
    StoreTestSupport.h
    StoreTest.cpp
    StoreOpenTest.cpp
    StorePaymentsTest.cpp
    StoreOutboxTest.cpp
    StoreQueryPlanTest.cpp
)
target_link_libraries(paydesk_core_tests PRIVATE Qt6::Sql)
