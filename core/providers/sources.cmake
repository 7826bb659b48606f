# Payment providers behind one interface: what each can do (ProviderRules, pure), and its
# connection on the sync worker (PaymentProvider: sources, action sender, queries).
target_sources(paydesk_core PRIVATE
    providers/ProviderAction.h
    providers/ProviderRules.h providers/ProviderRules.cpp
    providers/AnswerLater.h
    providers/ChangeTime.h
    providers/PaymentProvider.h providers/PaymentProvider.cpp
    providers/PollingSchedule.h providers/PollingSchedule.cpp
    providers/PollingSource.h providers/PollingSource.cpp
    providers/SiteSecrets.h
    providers/SiteSettings.h
    providers/ActionReplay.h providers/ActionReplay.cpp
    providers/keyloop/KeyloopRules.h providers/keyloop/KeyloopRules.cpp
    providers/keyloop/KeyloopProvider.h providers/keyloop/KeyloopProvider.cpp
    providers/paymentassist/PaymentAssistRules.h providers/paymentassist/PaymentAssistRules.cpp
    providers/paymentassist/PaymentAssistSite.h providers/paymentassist/PaymentAssistSite.cpp
    providers/paymentassist/PaymentAssistClient.h providers/paymentassist/PaymentAssistClient.cpp
    providers/paymentassist/PaymentAssistPoller.h providers/paymentassist/PaymentAssistPoller.cpp
    providers/paymentassist/PaymentAssistProvider.h providers/paymentassist/PaymentAssistProvider.cpp
    providers/mykaarma/MyKaarmaSite.h providers/mykaarma/MyKaarmaSite.cpp
    providers/mykaarma/MyKaarmaClient.h providers/mykaarma/MyKaarmaClient.cpp
    providers/mykaarma/MyKaarmaRules.h providers/mykaarma/MyKaarmaRules.cpp
    providers/mykaarma/MyKaarmaPoller.h providers/mykaarma/MyKaarmaPoller.cpp
    providers/mykaarma/MyKaarmaProvider.h providers/mykaarma/MyKaarmaProvider.cpp
    providers/democrance/DemocranceSite.h providers/democrance/DemocranceSite.cpp
    providers/democrance/DemocranceRules.h providers/democrance/DemocranceRules.cpp
    providers/democrance/DemocranceClient.h providers/democrance/DemocranceClient.cpp
    providers/democrance/DemocrancePoller.h providers/democrance/DemocrancePoller.cpp
    providers/democrance/DemocranceProvider.h providers/democrance/DemocranceProvider.cpp
)
