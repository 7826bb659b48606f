# The partner side's tests (webhooks, simulated partner, pay page, outbox, reconciliation),
# compiled into paydesk_sandbox_tests (included from tests.cmake).
target_sources(paydesk_sandbox_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PartnerFixture.h ${CMAKE_CURRENT_LIST_DIR}/PartnerFixture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PartnerTestReceiver.h ${CMAKE_CURRENT_LIST_DIR}/PartnerTestReceiver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PartnerWebhookTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PartnerSimulatedTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PartnerPayPageTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PartnerOutboxTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PartnerReconcilerTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PartnerLogHygieneTest.cpp
)
