# paydesk_sandbox: the local payments platform (library) and the paydesk-sandbox executable.
qt_add_library(paydesk_sandbox STATIC
    SandboxLogging.h SandboxLogging.cpp
    SandboxComponent.h
    SandboxOptions.h SandboxOptions.cpp
    Sandbox.h Sandbox.cpp
    http/HttpResponse.h http/HttpResponse.cpp
    http/HttpRequest.h http/HttpRequest.cpp
    http/HttpLimits.h
    http/RequestGate.h http/RequestGate.cpp
    http/LimitedTcpServer.h http/LimitedTcpServer.cpp
    http/HttpServer.h http/HttpServer.cpp
    http/SandboxTls.h http/SandboxTls.cpp
    faults/FaultSpec.h faults/FaultSpec.cpp
    faults/FaultInjector.h faults/FaultInjector.cpp
    platform/StoreInfo.h
    platform/StatusUpdate.h
    platform/PlatformError.h
    platform/ChangeEvent.h platform/ChangeEvent.cpp
    platform/PlatformState.h platform/PlatformState.cpp
    platform/IdempotencyStore.h platform/IdempotencyStore.cpp
    platform/TokenService.h platform/TokenService.cpp
    platform/PlatformApi.h platform/PlatformApi.cpp
    platform/EventStream.h platform/EventStream.cpp
    platform/DemoSeeder.h platform/DemoSeeder.cpp
    platform/DmsActivity.h platform/DmsActivity.cpp
    platform/PlatformStorage.h platform/PlatformStorage.cpp
    admin/AdminApi.h admin/AdminApi.cpp
)
target_include_directories(paydesk_sandbox PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(paydesk_sandbox
    PUBLIC paydesk_core Qt6::Core Qt6::Network Qt6::Sql Qt6::HttpServer Qt6::WebSockets)

# The partner side (webhooks, simulated partner, pay page, outbox, reconciliation) joins the
# same library: it adds its sources and defines PAYDESK_SANDBOX_WITH_PARTNER (see SandboxComponent.h).
include(${CMAKE_CURRENT_LIST_DIR}/partner/sources.cmake)
# The Payment Assist emulation (always built in).
include(${CMAKE_CURRENT_LIST_DIR}/paymentassist/sources.cmake)
# The myKaarma emulation (always built in).
include(${CMAKE_CURRENT_LIST_DIR}/mykaarma/sources.cmake)
# The Democrance emulation (always built in).
include(${CMAKE_CURRENT_LIST_DIR}/democrance/sources.cmake)

qt_add_executable(paydesk-sandbox main.cpp)
target_link_libraries(paydesk-sandbox PRIVATE paydesk_sandbox)
install(TARGETS paydesk-sandbox RUNTIME DESTINATION bin COMPONENT sandbox)
