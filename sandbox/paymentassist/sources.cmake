# The Payment Assist emulation (Partner API v1 under /paymentassist/). Joins paydesk_sandbox
# (paths relative to sandbox/, where the including CMakeLists.txt lives).
target_sources(paydesk_sandbox PRIVATE
    paymentassist/PaymentAssistState.h paymentassist/PaymentAssistState.cpp
    paymentassist/PaymentAssistApi.h paymentassist/PaymentAssistApi.cpp
    paymentassist/PaymentAssistPage.h paymentassist/PaymentAssistPage.cpp
    paymentassist/PaymentAssistWebhooks.h paymentassist/PaymentAssistWebhooks.cpp
    paymentassist/PaymentAssistDemo.h paymentassist/PaymentAssistDemo.cpp
    paymentassist/QrPng.h paymentassist/QrPng.cpp
    paymentassist/InstallPaymentAssist.h paymentassist/InstallPaymentAssist.cpp
)
# /begin with qr_code=true answers a QR code of the continuation URL.
target_link_libraries(paydesk_sandbox PRIVATE PkgConfig::QRENCODE)
