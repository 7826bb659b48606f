# Integration tests against the in-process sandbox (real loopback HTTP and WebSocket).
target_sources(paydesk_client_tests PRIVATE
    client/SandboxHarness.h client/SandboxHarness.cpp
    client/SyncIntegrationTest.cpp
    client/SyncSessionTest.cpp
    client/OutboxIntegrationTest.cpp
    client/CardNumberLeakTest.cpp
    client/FeedProgressTest.cpp
    client/FeedPipelineTest.cpp
    client/ProviderInterfaceTest.cpp
    client/PaymentAssistConnectorTest.cpp
    client/PaymentAssistProviderTest.cpp
    client/DemocranceConnectorTest.cpp
    client/DemocranceProviderTest.cpp
    client/MyKaarmaProviderTest.cpp
    client/StoreDetailsTest.cpp
)
target_link_libraries(paydesk_client_tests PRIVATE paydesk_sandbox)
