#!/bin/sh
# Runs a test inside the private D-Bus session that dbus-run-session created, with a throwaway
# GNOME Keyring (Secret Service) unlocked by a throwaway password: QtKeychain then has a real
# keychain to talk to, and nothing touches the user's own.
set -eu
XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
printf 'throwaway-test-password' | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
"$@"
