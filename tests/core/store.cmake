# The local cache: real SQLite files in temporary folders.
target_sources(paydesk_core_tests PRIVATE
    StoreTest.cpp
)
