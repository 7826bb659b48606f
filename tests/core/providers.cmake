# Payment providers behind one interface: their rules (pure).
target_sources(paydesk_core_tests PRIVATE
    ProviderRulesTest.cpp
    DemocranceRulesTest.cpp
    MyKaarmaSiteTest.cpp
    MyKaarmaRulesTest.cpp
)
