# Secrets: the SecretStore interface, the QtKeychain store, the in-memory store and the
# session store that falls back to memory when there is no system keychain.
target_sources(paydesk_core PRIVATE
    secrets/SecretError.h secrets/SecretError.cpp
    secrets/SecretStore.h secrets/SecretStore.cpp
    secrets/BoundSecret.h secrets/BoundSecret.cpp
    secrets/MemorySecretStore.h secrets/MemorySecretStore.cpp
    secrets/KeychainSecretStore.h secrets/KeychainSecretStore.cpp
    secrets/SessionSecretStore.h secrets/SessionSecretStore.cpp
    secrets/CrossThreadSecretStore.h secrets/CrossThreadSecretStore.cpp
)
