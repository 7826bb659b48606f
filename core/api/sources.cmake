# The platform client: errors, retry rule, scheduler, transport, tokens, the platform API.
target_sources(paydesk_core PRIVATE
    api/ApiError.h api/ApiError.cpp
    api/Authenticator.h
    api/ConnectionProfile.h api/ConnectionProfile.cpp
    api/FeedPage.h
    api/HttpClient.h api/HttpClient.cpp
    api/PlatformClient.h api/PlatformClient.cpp
    api/PlatformPaths.h api/PlatformPaths.cpp
    api/PushChannel.h api/PushChannel.cpp
    api/StoreDetails.h
    api/RetryPolicy.h api/RetryPolicy.cpp
    api/TokenProvider.h api/TokenProvider.cpp
    api/TrustedCaStore.h api/TrustedCaStore.cpp
    api/Scheduler.h api/Scheduler.cpp
)
