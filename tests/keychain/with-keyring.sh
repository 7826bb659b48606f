#!/bin/sh
# Runs a command against a private, unlocked gnome-keyring.
#
# Meant to run inside `dbus-run-session -- with-keyring.sh <command...>`: the bus is private to
# this test, so it works with no desktop session, as root, in CI and in parallel with other
# tests. The keyring's files go to a temporary HOME / XDG_DATA_HOME that is removed afterwards;
# the user's real keyring is never touched.
set -eu

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "with-keyring.sh: no D-Bus session; run me under dbus-run-session" >&2
    exit 1
fi
if [ "$#" -eq 0 ]; then
    echo "usage: dbus-run-session -- with-keyring.sh <command> [args...]" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/paydesk-keyring.XXXXXX")
daemon_pid=
cleanup() {
    if [ -n "$daemon_pid" ]; then
        kill "$daemon_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

export HOME="$tmp/home"
export XDG_DATA_HOME="$tmp/data"
export XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# No desktop hints: QtKeychain would prefer KWallet on KDE.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION KDE_SESSION_VERSION \
    GNOME_KEYRING_CONTROL DISPLAY WAYLAND_DISPLAY

# If anything asks the bus to activate a secret service before ours is up, the activated one must
# use the temporary folders too.
dbus-update-activation-environment HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR \
    2>/dev/null || true

# --unlock reads the password from stdin and creates (or unlocks) the "login" keyring, which
# becomes the default collection; it forks into the background. --start then initialises the
# secrets component in that daemon and prints its environment.
printf 'paydesk-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL="${GNOME_KEYRING_CONTROL:-$XDG_RUNTIME_DIR/keyring}"

# Wait (up to 10 s) until the secret service owns its name on our bus.
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
    i=$((i + 1))
    if [ "$i" -ge 100 ]; then
        echo "with-keyring.sh: gnome-keyring did not register org.freedesktop.secrets" >&2
        exit 1
    fi
    sleep 0.1
done
# Remember the daemon so it is stopped before its folder is removed (it would also go when the
# private bus closes, but maybe after our cleanup).
daemon_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
    sed -n 's/^ *uint32 \([0-9]*\).*/\1/p')

export PAYDESK_PRIVATE_KEYRING=1
status=0
"$@" || status=$?
exit "$status"
