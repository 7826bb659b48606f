# paydesk_ui_tests: the dashboard (model, filters, window, accessibility, end to end) and,
# through forms.cmake, the dialogs and exports. Offscreen; see tests/support/TestMain.cpp.
add_executable(paydesk_ui_tests
    ${CMAKE_CURRENT_LIST_DIR}/UiTestData.h
    ${CMAKE_CURRENT_LIST_DIR}/UiFixture.h
    ${CMAKE_CURRENT_LIST_DIR}/PaymentTableModelTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FilterTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MainWindowTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MainWindowSessionTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaymentDetailPaneTest.cpp
)
target_link_libraries(paydesk_ui_tests PRIVATE paydesk_ui Qt6::Test)
# End to end against the in-process sandbox (always built; a missing part fails the build).
target_sources(paydesk_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/EndToEndTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HostileTextTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ActionMessagesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FailureReasonTest.cpp)
target_link_libraries(paydesk_ui_tests PRIVATE paydesk_sandbox)
# A full sync through the SyncSession while the model re-queries (issue 8), on the client
# tests' SandboxHarness.
target_sources(paydesk_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/SyncWhileBrowsingTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../client/SandboxHarness.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxThread.h)
# The window under the platform's load: a burst of 10,000 changes over push, 50 actions queued
# offline (issue 12).
target_sources(paydesk_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/PlatformLoadTest.cpp)
target_include_directories(paydesk_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../client)
# The window never changes customer under the user (issue 14, points 2 and 3).
target_sources(paydesk_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/StableSelectionTest.cpp)
# Kiosk mode and the counter display (issue 10).
target_sources(paydesk_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/KioskTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KioskEndToEndTest.cpp)
target_link_libraries(paydesk_ui_tests PRIVATE PkgConfig::QRENCODE)
include(${CMAKE_CURRENT_LIST_DIR}/forms.cmake)
paydesk_add_gtest(paydesk_ui_tests)
# Text fields have a visible edge in light and dark (issue 14, point 8).
target_sources(paydesk_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/FieldBorderTest.cpp)
# Nothing is cut off at 1366×768 and 1024×768, in English and German, light and dark (issue 14,
# point 8); the pictures stay under test-output/ for people to look at.
target_sources(paydesk_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/LayoutFitTest.cpp)
target_compile_definitions(paydesk_ui_tests PRIVATE PAYDESK_TEST_OUTPUT_DIR="${CMAKE_BINARY_DIR}/test-output")
# The window's icon is the packaged SVG (issue 11).
target_sources(paydesk_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/AppIconTest.cpp)
# Payment Assist in the dashboard: the finance application dialog and the flow end to end (issue 15).
target_sources(paydesk_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/FinanceApplicationTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaymentAssistSettingsTest.cpp)
# Democrance and myKaarma next to Keyloop and Payment Assist (issue 16).
target_sources(paydesk_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ProviderRequestTest.cpp)
# Democrance and myKaarma end to end: raised through the dialogs, paid on the emulated pages (issue 16).
target_sources(paydesk_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ProviderEndToEnd.h
    ${CMAKE_CURRENT_LIST_DIR}/DemocranceEndToEndTest.cpp ${CMAKE_CURRENT_LIST_DIR}/MyKaarmaEndToEndTest.cpp)
# Filters, saved views, CSV export, KPIs and the receipt across the four providers (issue 16).
target_sources(paydesk_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/AcrossProvidersTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PdfText.h)
