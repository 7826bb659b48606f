# The figures that need their own measuring tools (issue 9): GUI-thread stalls and peak RSS
# during the first sync, typing and live changes (StallBench.cpp, StallProbe.h); start to first
# painted table from process start against a bare QTableView program (StartupBench.cpp).
add_executable(paydesk_stall_bench ${CMAKE_CURRENT_LIST_DIR}/StallBench.cpp ${CMAKE_CURRENT_LIST_DIR}/StallProbe.h
               ${CMAKE_CURRENT_LIST_DIR}/RunUntil.h)
target_link_libraries(paydesk_stall_bench PRIVATE paydesk_ui Qt6::Test)
# The sandbox runs as the real program of the same tree, in a process of its own.
add_dependencies(paydesk_stall_bench paydesk-sandbox)
target_compile_definitions(paydesk_stall_bench PRIVATE PAYDESK_SANDBOX_PROGRAM="$<TARGET_FILE:paydesk-sandbox>")
target_include_directories(paydesk_stall_bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../support)
paydesk_add_bench(paydesk_stall_bench)
add_executable(paydesk_startup_bench ${CMAKE_CURRENT_LIST_DIR}/StartupBench.cpp)
target_link_libraries(paydesk_startup_bench PRIVATE paydesk_ui Qt6::Sql Qt6::Test)
target_include_directories(paydesk_startup_bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../support)
paydesk_add_bench(paydesk_startup_bench)
