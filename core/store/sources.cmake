# The local cache (SQLite via Qt Sql). PaymentStore is the public facade; the other classes
# are its parts (see PaymentStore.h).
target_sources(paydesk_core PRIVATE
    store/AuditChain.h store/AuditChain.cpp
    store/AuditChainCheck.h
    store/AuditEntry.h
    store/AuditLog.h store/AuditLog.cpp
    store/DashboardKpis.h
    store/OutboxEntry.h store/OutboxEntry.cpp
    store/OutboxTable.h store/OutboxTable.cpp
    store/PaymentIdIndex.h store/PaymentIdIndex.cpp
    store/PaymentQuery.h
    store/PaymentQuerySql.h store/PaymentQuerySql.cpp
    store/PaymentRow.h store/PaymentRow.cpp
    store/PaymentStore.h store/PaymentStore.cpp
    store/PaymentUpserter.h store/PaymentUpserter.cpp
    store/ReadTransaction.h store/ReadTransaction.cpp
    store/SearchText.h store/SearchText.cpp
    store/StoreError.h store/StoreError.cpp
    store/StoreFile.h store/StoreFile.cpp
    store/StoreIndexes.h store/StoreIndexes.cpp
    store/StorePlanner.h store/StorePlanner.cpp
    store/StoreReader.h store/StoreReader.cpp
    store/StoreSalvage.h store/StoreSalvage.cpp
    store/StoreSchema.h store/StoreSchema.cpp
    store/StoreSql.h store/StoreSql.cpp
    store/WriteTransaction.h store/WriteTransaction.cpp
)
