# paydesk_sandbox_tests: the sandbox driven in-process over real loopback HTTP and WebSockets.
add_executable(paydesk_sandbox_tests
    ${CMAKE_CURRENT_LIST_DIR}/SandboxTestClient.h ${CMAKE_CURRENT_LIST_DIR}/SandboxTestClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SandboxStartTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SandboxAuthTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PlatformApiTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IdempotencyTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FaultTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FeedStreamTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PlatformStateTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SandboxHardeningTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaymentAssistTestSupport.h ${CMAKE_CURRENT_LIST_DIR}/PaymentAssistTestSupport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaymentAssistSignatureTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaymentAssistApiTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaymentAssistFlowTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaymentAssistDemoTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MyKaarmaTestSupport.h ${CMAKE_CURRENT_LIST_DIR}/MyKaarmaTestSupport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MyKaarmaApiTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MyKaarmaFlowTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MyKaarmaDemoTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DemocranceTestSupport.h ${CMAKE_CURRENT_LIST_DIR}/DemocranceTestSupport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DemocranceApiTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DemocrancePaymentTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DemocranceLogTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DemocranceDemoTest.cpp
)
target_include_directories(paydesk_sandbox_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(paydesk_sandbox_tests PRIVATE paydesk_sandbox Qt6::Test Qt6::WebSockets)
# The partner side's tests (tests/sandbox/Partner*Test.cpp) add themselves here.
include(${CMAKE_CURRENT_LIST_DIR}/partner.cmake)
paydesk_add_gtest(paydesk_sandbox_tests)
