# Desktop integration files and installers (CPack). Included last from the top-level
# CMakeLists.txt, after every target and install rule exists.
#
# Components:
#   paydesk  - the application (with its in-process sandbox for `paydesk --demo`), desktop
#              entries, icons, AppStream metainfo, man page
#   sandbox  - the standalone `paydesk-sandbox` server and its man page: a dealer's machine
#              never needs it, so it is its own package (paydesk-sandbox).
# Linux: `scripts/package` builds the DEB and RPM from the release preset.
# Windows: WiX (MSI); macOS: DragNDrop (DMG) - built by .github/workflows/release.yml.

set(_pkg ${CMAKE_CURRENT_LIST_DIR})

if(UNIX AND NOT APPLE)
    include(GNUInstallDirs)
    install(FILES ${_pkg}/linux/paydesk.desktop ${_pkg}/linux/paydesk-kiosk.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT paydesk)
    install(FILES ${_pkg}/linux/example.paydesk.PayDesk.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT paydesk)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/paydesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT paydesk)
    foreach(size 16 24 32 48 64 128 256 512)
        install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/paydesk.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT paydesk)
    endforeach()

    # Man pages and the Debian changelog, gzip'ed without a timestamp (-n): reproducible.
    find_program(PAYDESK_GZIP gzip REQUIRED)
    set(_gz ${CMAKE_BINARY_DIR}/packaging)
    file(MAKE_DIRECTORY ${_gz})
    set(_gz_outputs)
    foreach(page paydesk paydesk-sandbox)
        add_custom_command(OUTPUT ${_gz}/${page}.1.gz
                           COMMAND ${PAYDESK_GZIP} -9nc ${_pkg}/man/${page}.1 > ${_gz}/${page}.1.gz
                           DEPENDS ${_pkg}/man/${page}.1 VERBATIM)
        list(APPEND _gz_outputs ${_gz}/${page}.1.gz)
    endforeach()
    foreach(component paydesk paydesk-sandbox)
        add_custom_command(OUTPUT ${_gz}/${component}/changelog.Debian.gz
                           COMMAND ${CMAKE_COMMAND} -E make_directory ${_gz}/${component}
                           COMMAND ${PAYDESK_GZIP} -9nc ${_pkg}/debian/changelog > ${_gz}/${component}/changelog.Debian.gz
                           DEPENDS ${_pkg}/debian/changelog VERBATIM)
        list(APPEND _gz_outputs ${_gz}/${component}/changelog.Debian.gz)
    endforeach()
    add_custom_target(paydesk_packaging_files ALL DEPENDS ${_gz_outputs})

    install(FILES ${_gz}/paydesk.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT paydesk)
    install(FILES ${_gz}/paydesk-sandbox.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT sandbox)
    install(FILES ${_pkg}/debian/copyright ${_gz}/paydesk/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/paydesk COMPONENT paydesk)
    install(FILES ${_pkg}/debian/copyright ${_gz}/paydesk-sandbox/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/paydesk-sandbox COMPONENT sandbox)
    install(FILES ${_pkg}/debian/paydesk.lintian-overrides
            DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME paydesk COMPONENT paydesk)
    install(FILES ${_pkg}/debian/paydesk-sandbox.lintian-overrides
            DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME paydesk-sandbox COMPONENT sandbox)
endif()

# --- CPack ---------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME paydesk)
set(CPACK_PACKAGE_VENDOR "The PayDesk team")
set(CPACK_PACKAGE_CONTACT "PayDesk support <support@paydesk.example>")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Payment manager for car dealerships")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${_pkg}/description.txt)
set(CPACK_RESOURCE_FILE_LICENSE ${_pkg}/LICENSE.txt)
set(CPACK_PACKAGE_INSTALL_DIRECTORY PayDesk)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL paydesk sandbox)
set(CPACK_COMPONENT_PAYDESK_DISPLAY_NAME "PayDesk")
set(CPACK_COMPONENT_SANDBOX_DISPLAY_NAME "PayDesk sandbox (demo and test server)")
set(CPACK_COMPONENT_SANDBOX_DISABLED ON)
# Builds are reproducible: CPack's archives take SOURCE_DATE_EPOCH when it is set
# (scripts/package sets it from the last commit).

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB RPM)
    # DEB
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
    # Library dependencies are read from the binaries (dpkg-shlibdeps). Qt's plugins are
    # loaded at run time, so no binary names them: the SQLite driver (the cache) and the
    # platform plugins (xcb, wayland) are the only hand-written dependencies.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PAYDESK_PACKAGE_NAME paydesk)
    set(CPACK_DEBIAN_PAYDESK_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
    # Qt's own translations (dialog buttons, print dialog) and a secret service for the keychain.
    set(CPACK_DEBIAN_PAYDESK_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager | keepassxc")
    set(CPACK_DEBIAN_SANDBOX_PACKAGE_NAME paydesk-sandbox)
    set(CPACK_DEBIAN_SANDBOX_PACKAGE_SECTION devel)
    # RPM: requires come from the binaries (rpm's automatic dependency generator).
    set(CPACK_RPM_COMPONENT_INSTALL ON)
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_RELEASE 1)
    set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
    set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
    set(CPACK_RPM_PAYDESK_PACKAGE_NAME paydesk)
    set(CPACK_RPM_SANDBOX_PACKAGE_NAME paydesk-sandbox)
    set(CPACK_RPM_PAYDESK_PACKAGE_SUMMARY "Payment manager for car dealerships")
    set(CPACK_RPM_SANDBOX_PACKAGE_SUMMARY "Local payments platform for PayDesk demos and tests")
    set(CPACK_RPM_SANDBOX_PACKAGE_DESCRIPTION
        "A local emulation of the payments platform and providers PayDesk talks to,\nfor demonstrations, manual testing and scripts. It never moves real money.")
    # The Packager tag names who built it; no /usr/lib/.build-id links (the binaries are
    # stripped and no debuginfo package is shipped). Reproducible: the build time and every
    # file's time come from SOURCE_DATE_EPOCH, and the build host is not recorded.
    set(CPACK_RPM_SPEC_MORE_DEFINE [=[
%define packager PayDesk support <support@paydesk.example>
%define _build_id_links none
%define use_source_date_epoch_as_buildtime 1
%define clamp_mtime_to_source_date_epoch 1
%define _buildhost reproducible
]=])
    # Fedora / openSUSE name Qt's plugin packages differently; the SQLite driver and the
    # platform plugins are in qt6-qtbase(-gui) on Fedora. Plugins are not found by autoreq.
    set(CPACK_RPM_PAYDESK_PACKAGE_REQUIRES "qt6-qtbase-gui")
    # Folders other packages own (filesystem, hicolor-icon-theme, man-db) are not claimed.
    set(_shared_dirs /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
        /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps
        /usr/share/man /usr/share/man/man1 /usr/share/lintian /usr/share/lintian/overrides /usr/share/doc)
    foreach(size 16 24 32 48 64 128 256 512)
        list(APPEND _shared_dirs /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
    endforeach()
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${_shared_dirs})
elseif(WIN32)
    # MSI, per machine, Start-menu entry; the upgrade code never changes, so a new MSI
    # replaces the old one. Qt's DLLs are bundled by windeployqt (qt_generate_deploy_app_script).
    set(CPACK_GENERATOR WIX)
    set(CPACK_WIX_UPGRADE_GUID "6B3E2B1C-4E0A-4C9B-9A8F-5D1E7C2A9F31")
    set(CPACK_WIX_PRODUCT_ICON ${_pkg}/windows/paydesk.ico)
    set(CPACK_WIX_INSTALL_SCOPE perMachine)
    set(CPACK_PACKAGE_EXECUTABLES paydesk PayDesk)
    set(CPACK_CREATE_DESKTOP_LINKS paydesk)
elseif(APPLE)
    # A DMG with PayDesk.app (macdeployqt bundles Qt), bundle id example.paydesk.PayDesk.
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME PayDesk)
endif()

include(CPack)
