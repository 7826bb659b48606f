# The crash campaign (scripts/crash-campaign): a child that syncs and sends actions, and the
# program that kills it at random and checks the cache and the platform after every kill.
add_executable(paydesk_crash_child ${CMAKE_CURRENT_LIST_DIR}/CrashChild.cpp)
target_link_libraries(paydesk_crash_child PRIVATE paydesk_core)

add_executable(paydesk_crash_campaign ${CMAKE_CURRENT_LIST_DIR}/CrashCampaign.cpp)
target_link_libraries(paydesk_crash_campaign PRIVATE paydesk_sandbox Qt6::Sql)
add_dependencies(paydesk_crash_campaign paydesk_crash_child)

# A short campaign on every test run proves the campaign itself still works.
add_test(NAME crash_campaign_smoke COMMAND paydesk_crash_campaign 12 --payments 300)
set_tests_properties(crash_campaign_smoke PROPERTIES TIMEOUT 300 PASS_REGULAR_EXPRESSION "\nPASS")
