# paydesk_app_tests: the real `paydesk` executable run as a child process (offscreen, with its
# own temp, data and config folders): the demo's temporary folder and what a run leaves on disk.
# POSIX only (signals, file modes); the demo needs the sandbox.
if(UNIX AND TARGET paydesk_sandbox)
    add_executable(paydesk_app_tests ${CMAKE_CURRENT_LIST_DIR}/AppProcessTest.cpp)
    target_link_libraries(paydesk_app_tests PRIVATE Qt6::Test)
    add_dependencies(paydesk_app_tests paydesk)
    target_compile_definitions(paydesk_app_tests PRIVATE PAYDESK_APP="$<TARGET_FILE:paydesk>")
    paydesk_add_gtest(paydesk_app_tests)
endif()
