# Secrets: unit tests of the memory and session stores, and of the keychain store against
# D-Bus sessions without a secret service (run in a child process, see SecretStoreChild.cpp).
# The test against a real gnome-keyring is tests/keychain.
target_sources(paydesk_core_tests PRIVATE
    SecretMemoryStoreTest.cpp
    SecretKeychainStoreTest.cpp
)

add_executable(paydesk_secrets_child SecretStoreChild.cpp)
target_link_libraries(paydesk_secrets_child PRIVATE paydesk_core Qt6::Test)
add_dependencies(paydesk_core_tests paydesk_secrets_child)
target_compile_definitions(paydesk_core_tests PRIVATE
    PAYDESK_SECRETS_CHILD="$<TARGET_FILE:paydesk_secrets_child>")
