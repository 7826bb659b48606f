# paydesk_client_tests: the platform client (core/api) and sync + outbox (core/sync), unit tests
# against a scripted loopback server and integration tests against the in-process sandbox.
add_executable(paydesk_client_tests
    client/ScriptedServer.h client/ScriptedServer.cpp
    client/ClientTestUtil.h
    client/ScriptedPlatform.h
    client/ReplySizeLimitTest.cpp
    client/RetryPolicyTest.cpp
    client/HttpClientTest.cpp
    client/TokenProviderTest.cpp
    client/PlatformClientTest.cpp
    client/ConnectionStateTest.cpp
    client/PushChannelTest.cpp
    client/TlsTest.cpp
    client/SecretOriginTest.cpp
    client/CrossThreadSecretStoreTest.cpp
    client/DemocranceClientTest.cpp
    client/MyKaarmaClientTest.cpp
    client/MyKaarmaPollerTest.cpp
)
target_link_libraries(paydesk_client_tests PRIVATE Qt6::Network Qt6::Test)
include(${CMAKE_CURRENT_LIST_DIR}/integration.cmake)
paydesk_add_gtest(paydesk_client_tests)
