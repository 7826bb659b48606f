# Kiosk mode (issue 10): the customer-facing self-service screen, its staff PIN pad and the
# counter display. QR codes of pay links through libqrencode.
target_sources(paydesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/QrCode.h ${CMAKE_CURRENT_LIST_DIR}/QrCode.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QrCodeWidget.h ${CMAKE_CURRENT_LIST_DIR}/QrCodeWidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KioskPaymentView.h ${CMAKE_CURRENT_LIST_DIR}/KioskPaymentView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PinPad.h ${CMAKE_CURRENT_LIST_DIR}/PinPad.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OnScreenKeyboard.h ${CMAKE_CURRENT_LIST_DIR}/OnScreenKeyboard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KioskWindow.h ${CMAKE_CURRENT_LIST_DIR}/KioskWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CounterDisplay.h ${CMAKE_CURRENT_LIST_DIR}/CounterDisplay.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KioskMode.h ${CMAKE_CURRENT_LIST_DIR}/KioskMode.cpp
)
target_link_libraries(paydesk_ui PRIVATE PkgConfig::QRENCODE)
