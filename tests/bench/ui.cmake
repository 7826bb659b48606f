# The dashboard: start to first paint vs a bare QTableView, search-as-you-type and live-change
# repaint over 1M cached payments, peak RSS. See UiBench.cpp.
add_executable(paydesk_ui_bench ${CMAKE_CURRENT_LIST_DIR}/UiBench.cpp ${CMAKE_CURRENT_LIST_DIR}/RunUntil.h)
target_link_libraries(paydesk_ui_bench PRIVATE paydesk_ui Qt6::Test)
target_include_directories(paydesk_ui_bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../support)
paydesk_add_bench(paydesk_ui_bench)
