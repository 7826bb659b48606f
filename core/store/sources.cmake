# The local cache (SQLite via Qt Sql).
target_sources(paydesk_core PRIVATE
    store/AuditChain.h store/AuditChain.cpp
    store/AuditChainCheck.h
    store/AuditEntry.h
    store/DashboardKpis.h
    store/OutboxEntry.h store/OutboxEntry.cpp
    store/PaymentQuery.h
    store/PaymentStore.h store/PaymentStore.cpp
    store/SearchText.h store/SearchText.cpp
    store/StoreError.h store/StoreError.cpp
    store/StoreSchema.h store/StoreSchema.cpp
)
