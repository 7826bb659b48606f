# Dialogs, exports and translations of paydesk_ui (see the Dashboard issue). Included from
# sources.cmake after paydesk_ui is defined; paths are relative to ui/.
target_sources(paydesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Translator.h ${CMAKE_CURRENT_LIST_DIR}/Translator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/FieldMessage.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/FieldMessage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/AppSettings.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/AppSettings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/InitiateDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/InitiateDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/CancelDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/CancelDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/ResendDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/ResendDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/FirstRunDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/FirstRunDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/SettingsDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/SettingsDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/export/ExportError.h
    ${CMAKE_CURRENT_LIST_DIR}/export/CsvExporter.h ${CMAKE_CURRENT_LIST_DIR}/export/CsvExporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/export/ReceiptPdf.h ${CMAKE_CURRENT_LIST_DIR}/export/ReceiptPdf.cpp
)
# Headers are included as "dialogs/…", "export/…", "Translator.h".
target_include_directories(paydesk_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
