# Process and file helpers of core/util: owner-only files (also through PaymentStore::open),
# pid-named temporary folders, termination signals.
target_sources(paydesk_core_tests PRIVATE
    PrivateFilesTest.cpp
    ProcessTest.cpp
)
