# Dialogs, exports and translations of paydesk_ui (see the Dashboard issue). Included from
# sources.cmake after paydesk_ui is defined; paths are relative to ui/.
target_sources(paydesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Translator.h ${CMAKE_CURRENT_LIST_DIR}/Translator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/FieldMessage.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/FieldMessage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/FieldErrorPresenter.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/FieldErrorPresenter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/CustomerContactFields.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/CustomerContactFields.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/AppSettings.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/AppSettings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/InitiateDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/InitiateDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/CancelDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/CancelDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/ResendDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/ResendDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/ConnectionTester.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/ConnectionTester.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/ConnectionProfileForm.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/ConnectionProfileForm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/SecretChanges.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/SecretChanges.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/FirstRunDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/FirstRunDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/SettingsDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/SettingsDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/KioskSettingsForm.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/KioskSettingsForm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/ShortcutsDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/ShortcutsDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/ReceiptIssuerForm.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/ReceiptIssuerForm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/FinanceApplicationDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/FinanceApplicationDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/ProviderSites.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/ProviderSites.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/ProviderSiteTester.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/ProviderSiteTester.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/ProviderSitesForm.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/ProviderSitesForm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/NewRequestDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/NewRequestDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/DemocrancePaymentLinkDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/DemocrancePaymentLinkDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialogs/MyKaarmaPrepaymentDialog.h ${CMAKE_CURRENT_LIST_DIR}/dialogs/MyKaarmaPrepaymentDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/widgets/FinanceDetails.h ${CMAKE_CURRENT_LIST_DIR}/widgets/FinanceDetails.cpp
    ${CMAKE_CURRENT_LIST_DIR}/widgets/ProviderDetails.h ${CMAKE_CURRENT_LIST_DIR}/widgets/ProviderDetails.cpp
    ${CMAKE_CURRENT_LIST_DIR}/export/ExportError.h
    ${CMAKE_CURRENT_LIST_DIR}/export/CsvExporter.h ${CMAKE_CURRENT_LIST_DIR}/export/CsvExporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/export/ReceiptPdf.h ${CMAKE_CURRENT_LIST_DIR}/export/ReceiptPdf.cpp
)
# Headers are included as "dialogs/…", "export/…", "Translator.h".
target_include_directories(paydesk_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
# Receipts go to a printer (QPrinter, QPrintDialog) as well as to a PDF.
target_link_libraries(paydesk_ui PUBLIC Qt6::PrintSupport)

# Translations: one catalogue for every user-visible string of core, ui and app. lupdate is run
# by hand (`cmake --build build/dev --target update_translations`) and the .ts files are
# committed; lrelease runs with every build and the .qm files are embedded under :/i18n.
set(_paydesk_root ${CMAKE_CURRENT_LIST_DIR}/..)
file(GLOB_RECURSE _paydesk_tr_sources CONFIGURE_DEPENDS
    ${_paydesk_root}/core/*.h ${_paydesk_root}/core/*.cpp
    ${_paydesk_root}/ui/*.h ${_paydesk_root}/ui/*.cpp
    ${_paydesk_root}/app/*.h ${_paydesk_root}/app/*.cpp)
qt_add_translations(paydesk_ui
    TS_FILES ${_paydesk_root}/translations/paydesk_en.ts ${_paydesk_root}/translations/paydesk_de.ts
             ${_paydesk_root}/translations/paydesk_fr.ts ${_paydesk_root}/translations/paydesk_es.ts
             ${_paydesk_root}/translations/paydesk_it.ts ${_paydesk_root}/translations/paydesk_nl.ts
    SOURCES ${_paydesk_tr_sources}
    INCLUDE_DIRECTORIES ${_paydesk_root}/core ${_paydesk_root}/ui
    LUPDATE_OPTIONS -no-obsolete -locations none -source-language en
    RESOURCE_PREFIX /i18n)
