# paydesk_ui: the dashboard (models, delegates, widgets, the main window). QtWidgets over
# paydesk_core. The dialogs and exports join through forms.cmake (a separate owner).
qt_add_library(paydesk_ui STATIC
    Theme.h Theme.cpp
    PlainText.h PlainText.cpp
    MainWindow.h MainWindow.cpp
    models/PaymentFilter.h models/PaymentFilter.cpp
    models/PaymentTableModel.h models/PaymentTableModel.cpp
    models/SavedViews.h models/SavedViews.cpp
    widgets/ActionMessageBar.h widgets/ActionMessageBar.cpp
    widgets/ConnectionIndicator.h widgets/ConnectionIndicator.cpp
    widgets/FilterBar.h widgets/FilterBar.cpp
    widgets/KpiStrip.h widgets/KpiStrip.cpp
    widgets/KpiTile.h widgets/KpiTile.cpp
    widgets/PaymentDetailPane.h widgets/PaymentDetailPane.cpp
    widgets/PaymentNotifier.h widgets/PaymentNotifier.cpp
    widgets/StatusBadgeDelegate.h widgets/StatusBadgeDelegate.cpp
    widgets/StatusColorPalette.h widgets/StatusColorPalette.cpp
    widgets/FlowLayout.h widgets/FlowLayout.cpp
    widgets/ElidedLabel.h widgets/ElidedLabel.cpp
)

include(${CMAKE_CURRENT_LIST_DIR}/forms.cmake)

target_include_directories(paydesk_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(paydesk_ui PUBLIC paydesk_core Qt6::Widgets Qt6::Svg)

# The application icon (one SVG for the window, the tray and the packages).
qt_add_resources(paydesk_ui "paydesk_icons" PREFIX "/icons" BASE ${CMAKE_SOURCE_DIR}/resources/icons
                 FILES ${CMAKE_SOURCE_DIR}/resources/icons/paydesk.svg)
