# Live sync of the cache with the platform, and the durable outbox of dealer actions.
target_sources(paydesk_core PRIVATE
    sync/ConnectionState.h sync/ConnectionState.cpp
    sync/Outbox.h sync/Outbox.cpp
    sync/SyncEngine.h sync/SyncEngine.cpp
)
# The push channel is a WebSocket (DESIGN.md "Data flow" 2).
target_link_libraries(paydesk_core PUBLIC Qt6::WebSockets)
