# Live sync of the cache with the platform, and the durable outbox of dealer actions; the
# SyncSession that owns one connection's object graph and combines its sources' states.
target_sources(paydesk_core PRIVATE
    sync/ConnectionState.h sync/ConnectionState.cpp
    sync/FeedPageParser.h sync/FeedPageParser.cpp
    sync/Outbox.h sync/Outbox.cpp
    sync/PaymentSource.h sync/PaymentSource.cpp
    sync/SyncEngine.h sync/SyncEngine.cpp
    sync/SyncSession.h sync/SyncSession.cpp
)
# The push channel is a WebSocket (DESIGN.md "Data flow" 2).
target_link_libraries(paydesk_core PUBLIC Qt6::WebSockets)
