# Payment Assist (Partner API v1): pieces shared by the connector and the sandbox's emulation.
target_sources(paydesk_core PRIVATE
    paymentassist/PaymentAssistSignature.h paymentassist/PaymentAssistSignature.cpp
)
