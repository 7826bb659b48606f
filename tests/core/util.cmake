# Process and file helpers of core/util: owner-only files (also through PaymentStore::open),
# pid-named temporary folders, termination signals, the mailbox of thread hand-offs. Also the
# test processes' own isolation (tests/support/PrivateTestHome.h), proved once here for the
# shared TestMain.
target_sources(paydesk_core_tests PRIVATE
    PrivateFilesTest.cpp
    ProcessTest.cpp
    TestIsolationTest.cpp
    ThreadMailboxTest.cpp
    OwnThreadTest.cpp
)
