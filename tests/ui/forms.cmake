# Tests of the dialogs, exports and translations (ui/forms.cmake), in paydesk_ui_tests.
target_sources(paydesk_ui_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DialogTestSupport.h
    ${CMAKE_CURRENT_LIST_DIR}/InitiateDialogTest.cpp
    # Bad input through the window: pastes, scripts, invisible characters, stalls (issue 12).
    ${CMAKE_CURRENT_LIST_DIR}/GuiStallProbe.h ${CMAKE_CURRENT_LIST_DIR}/BadInputTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CancelDialogTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResendDialogTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DialogScreenshotTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OwnerOnlyFilesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReceiptTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SettingsDialogTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TranslationTest.cpp
    # A plain listener on loopback, to prove what the dialogs do (not) send to an address.
    ${CMAKE_CURRENT_LIST_DIR}/../client/ScriptedServer.h ${CMAKE_CURRENT_LIST_DIR}/../client/ScriptedServer.cpp
)
target_include_directories(paydesk_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../client)
# The catalogue test reads the committed .ts files.
target_compile_definitions(paydesk_ui_tests PRIVATE
    PAYDESK_TRANSLATIONS_DIR="${CMAKE_CURRENT_LIST_DIR}/../../translations")
# The first-run dialog's "Test connection" is tested against the real sandbox over loopback.
target_sources(paydesk_ui_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TestTlsCertificate.h ${CMAKE_CURRENT_LIST_DIR}/FirstRunDialogTest.cpp)
target_link_libraries(paydesk_ui_tests PRIVATE paydesk_sandbox)
