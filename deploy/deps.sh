#!/bin/sh
# Makes sure the Debian packages a make target needs are installed.
# Usage: deploy/deps.sh build|check|fuzz|figures
# As root it installs what is missing with apt-get; otherwise it prints the
# exact command to run and fails.
set -eu

# Read aloud (eSpeak NG, played by aplay), QR codes and PNG files.
listen="libespeak-ng-dev libqrencode-dev libpng-dev"
# Pictures: libpng and libchafa (libglib2.0-dev because Debian 12's
# libchafa-dev needs its headers but does not depend on it).
pictures="libpng-dev libchafa-dev libglib2.0-dev"
# The fleet and package tests: signed git commits, and building the .deb.
fleet="git openssh-client dpkg-dev debhelper fakeroot lintian"

case "${1:-build}" in
build) pkgs="gcc make pkg-config libncurses-dev libyaml-dev libcrypt-dev libfribidi-dev gettext libsqlite3-dev libstemmer-dev $listen $pictures" ;;
check) pkgs="gcc make pkg-config libncurses-dev libyaml-dev libcrypt-dev libfribidi-dev gettext libsqlite3-dev libstemmer-dev libcmocka-dev tmux procps python3 clang libclang-rt-dev $listen $pictures zbar-tools $fleet" ;;
fuzz) pkgs="clang libclang-rt-dev pkg-config libyaml-dev libncurses-dev libcrypt-dev libfribidi-dev libsqlite3-dev libstemmer-dev $listen $pictures" ;;
figures) pkgs="librsvg2-bin" ;;
*) echo "usage: $0 build|check|fuzz|figures" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
	# Not Debian: trust pkg-config, and say what is needed if it fails.
	if ! pkg-config --exists ncursesw yaml-0.1 libpng chafa fribidi; then
		echo "kiosk needs ncursesw, libyaml, libpng, chafa and fribidi development files and gettext (and cmocka and tmux for tests): $pkgs" >&2
		exit 1
	fi
	exit 0
fi

missing=
for p in $pkgs; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "Missing Debian packages:$missing" >&2
	echo "Install them with:  sudo apt-get update && sudo apt-get install -y$missing" >&2
	exit 1
fi
echo "Installing missing Debian packages:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
