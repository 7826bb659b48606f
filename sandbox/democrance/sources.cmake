# The Democrance emulation (API v3 under /democrance/). Joins paydesk_sandbox
# (paths relative to sandbox/, where the including CMakeLists.txt lives).
target_sources(paydesk_sandbox PRIVATE
    democrance/DemocranceState.h democrance/DemocranceState.cpp
    democrance/DemocranceApi.h democrance/DemocranceApi.cpp
    democrance/DemocrancePage.h democrance/DemocrancePage.cpp
    democrance/DemocrancePdf.h democrance/DemocrancePdf.cpp
    democrance/DemocranceDemo.h democrance/DemocranceDemo.cpp
    democrance/InstallDemocrance.h democrance/InstallDemocrance.cpp
    http/PageSecurity.h
)
