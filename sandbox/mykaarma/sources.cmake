# The myKaarma emulation (kpayment prepayment, pay by link, payment requests, dealer orders under
# /mykaarma/payment/). Joins paydesk_sandbox (paths relative to sandbox/).
target_sources(paydesk_sandbox PRIVATE
    mykaarma/MyKaarmaState.h mykaarma/MyKaarmaState.cpp
    mykaarma/MyKaarmaApi.h mykaarma/MyKaarmaApi.cpp
    mykaarma/MyKaarmaPage.h mykaarma/MyKaarmaPage.cpp
    mykaarma/MyKaarmaWebhooks.h mykaarma/MyKaarmaWebhooks.cpp
    mykaarma/MyKaarmaDemo.h mykaarma/MyKaarmaDemo.cpp
    mykaarma/InstallMyKaarma.h mykaarma/InstallMyKaarma.cpp
)
