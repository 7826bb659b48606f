# The keychain test: KeychainSecretStore against a real gnome-keyring. It runs as ONE ctest
# test inside its own private D-Bus session (dbus-run-session) with a freshly unlocked keyring
# in a temporary HOME (with-keyring.sh), so it needs no desktop, works as root and in CI, runs
# in parallel with other tests and never touches the user's own keyring.
find_package(Qt6 ${PAYDESK_QT_MIN} REQUIRED COMPONENTS DBus)
find_program(PAYDESK_DBUS_RUN_SESSION dbus-run-session REQUIRED)

add_executable(paydesk_keychain_tests ${CMAKE_CURRENT_LIST_DIR}/KeychainSecretStoreTest.cpp)
target_link_libraries(paydesk_keychain_tests PRIVATE paydesk_test_support Qt6::DBus)

add_test(NAME keychain
    COMMAND ${PAYDESK_DBUS_RUN_SESSION} -- ${CMAKE_CURRENT_LIST_DIR}/with-keyring.sh
            $<TARGET_FILE:paydesk_keychain_tests>)
set_tests_properties(keychain PROPERTIES TIMEOUT 120 LABELS keychain)
