# The partner side of the sandbox: webhooks to partners, the simulated partner, the hosted
# pay page, the message outbox and reconciliation. Joins paydesk_sandbox (paths relative to
# sandbox/, where the including CMakeLists.txt lives) and switches on installPartner().
target_sources(paydesk_sandbox PRIVATE
    partner/CloudEvent.h partner/CloudEvent.cpp
    partner/RegisteredPartner.h
    partner/PartnerRegistry.h partner/PartnerRegistry.cpp
    partner/PartnerTokenCache.h partner/PartnerTokenCache.cpp
    partner/WebhookRetryPolicy.h
    partner/WebhookDelivery.h partner/WebhookDelivery.cpp
    partner/WebhookDispatcher.h partner/WebhookDispatcher.cpp
    partner/OutboxMessage.h
    partner/MessageOutbox.h partner/MessageOutbox.cpp
    partner/Reconciler.h partner/Reconciler.cpp
    partner/PartnerAdminApi.h partner/PartnerAdminApi.cpp
    partner/TestCard.h partner/TestCard.cpp
    partner/PartnerScenario.h partner/PartnerScenario.cpp
    partner/SimulatedPartner.h partner/SimulatedPartner.cpp
    partner/CustomerLocale.h
    partner/PayPage.h partner/PayPage.cpp
    partner/InstallPartner.cpp
)
target_compile_definitions(paydesk_sandbox PRIVATE PAYDESK_SANDBOX_WITH_PARTNER)
