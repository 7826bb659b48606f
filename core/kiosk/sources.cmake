# Kiosk mode's rules (issue 10): the customer look-up and its cool-down, the staff PIN and its
# lockout, the provisioned configuration, the name the Welcome screen greets with. Pure QtCore; the screens are ui/kiosk.
target_sources(paydesk_core PRIVATE
    kiosk/CustomerLookup.h kiosk/CustomerLookup.cpp
    kiosk/LookupThrottle.h kiosk/LookupThrottle.cpp
    kiosk/StaffPin.h kiosk/StaffPin.cpp
    kiosk/PinLockout.h kiosk/PinLockout.cpp
    kiosk/KioskConfig.h kiosk/KioskConfig.cpp
    kiosk/KioskStoreName.h kiosk/KioskStoreName.cpp
)
