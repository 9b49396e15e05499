#!/bin/bash
# The Debian package: `dpkg-buildpackage -us -uc -b` builds a kiosk .deb
# from a copy of this tree, lintian finds no errors in it, and it holds the
# kiosk, its content, manual pages, units, kiosk-pull, logrotate settings,
# /etc/kiosk.conf as a conffile and the kiosk user.
source "$(dirname "$0")/lib.bash"

for tool in dpkg-buildpackage dh dpkg-deb lintian; do
	if ! command -v "$tool" >/dev/null; then
		echo "ok 1 # SKIP $tool is not installed (deploy/deps.sh check installs it)"
		finish
		exit
	fi
done

mkdir -p "$WORK/src/kiosk"
tar -C "$ROOT" --exclude=./build --exclude=./kiosk --exclude=./.git \
	--exclude=./debian/kiosk --exclude=./debian/.debhelper -cf - . |
	tar -xf - -C "$WORK/src/kiosk"
# The objects `make check` has just compiled are reused (-nc: no clean
# first), so only the link, the install and the packaging run again: the
# compiler is tested elsewhere, and a second full build doubles the time.
# Without them the build compiles everything, unoptimised (noopt).
if [ -d "$ROOT/build/obj" ]; then
	mkdir -p "$WORK/src/kiosk/build"
	cp -p "$ROOT/build/.deps-build" "$WORK/src/kiosk/build/" 2>/dev/null
	(cd "$ROOT/build" && find obj -maxdepth 1 -name '*.[od]' -print0 |
		tar --null -T - -cf -) | tar -xf - -C "$WORK/src/kiosk/build"
fi

# Not in the jobserver of a `make check` around it.
build() {
	(cd "$WORK/src/kiosk" &&
		env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL \
			DEB_BUILD_OPTIONS="noopt noautodbgsym parallel=2" \
			dpkg-buildpackage -us -uc -b -nc >"$WORK/build.log" 2>&1) || {
		tail -40 "$WORK/build.log" | sed 's/^/# /'
		return 1
	}
}
check "dpkg-buildpackage -us -uc -b builds the package" build
DEB=$(ls "$WORK"/src/kiosk_*.deb 2>/dev/null | head -1)

no_lintian_errors() {
	lintian "$WORK"/src/kiosk_*.changes >"$WORK/lintian.log" 2>&1
	sed 's/^/# lintian: /' "$WORK/lintian.log"
	! grep -q '^E:' "$WORK/lintian.log"
}
check "lintian finds no errors" no_lintian_errors

dpkg-deb -x "$DEB" "$WORK/root" 2>/dev/null
dpkg-deb -c "$DEB" 2>/dev/null | awk '{ print "# holds " $6 }'

holds_all() {
	local f missing=0
	for f in usr/bin/kiosk usr/lib/kiosk/kiosk-pull \
		usr/share/kiosk/content/glossary.yaml \
		usr/share/man/man1/kiosk.1.gz usr/share/man/man5/kiosk.conf.5.gz \
		lib/systemd/system/kiosk.service \
		lib/systemd/system/kiosk-content-pull.service \
		lib/systemd/system/kiosk-content-pull.timer \
		usr/share/kiosk/deploy/pull.conf.example \
		etc/logrotate.d/kiosk etc/kiosk.conf usr/lib/sysusers.d/kiosk.conf \
		usr/share/doc/kiosk/copyright usr/share/doc/kiosk/content.md; do
		[ -e "$WORK/root/$f" ] || { echo "# missing: $f"; missing=1; }
	done
	return $missing
}
check "it holds the kiosk, content, manual pages, units, kiosk-pull and logrotate" holds_all

is_conffile() { dpkg-deb -I "$DEB" conffiles 2>/dev/null | grep -qx "$1"; }
depends_on() { dpkg-deb -f "$DEB" Depends 2>/dev/null | grep -q "$1"; }
# has_line FILE START: FILE, as packaged, has a line that begins with START.
has_line() { grep -q "^$2" "$WORK/root/$1"; }
creates_user() {
	dpkg-deb -I "$DEB" postinst 2>/dev/null | grep -q 'systemd-sysusers.*kiosk\.conf' &&
		has_line usr/lib/sysusers.d/kiosk.conf "u kiosk "
}
# No errors, and no warnings but the bundled translations' "not yet
# reviewed" ones, which stay until a fluent clinician signs them off.
checks_packaged_content() {
	local out
	out=$("$WORK/root/usr/bin/kiosk" --check "$WORK/root/usr/share/kiosk/content")
	grep -q ': 0 errors, ' <<<"$out" &&
		! grep ': warning: ' <<<"$out" | grep -qv 'not yet reviewed by a fluent clinician'
}
check "/etc/kiosk.conf is a conffile" is_conffile /etc/kiosk.conf
check "it depends on the libraries the kiosk links (from shlibs)" depends_on libyaml-0-2
check "and on ncursesw" depends_on libncursesw6
check "installing it creates the kiosk user with systemd-sysusers" creates_user
check "the kiosk unit runs the installed kiosk" \
	has_line lib/systemd/system/kiosk.service "ExecStart=/usr/bin/kiosk "
check "the pull unit runs the installed kiosk-pull" \
	has_line lib/systemd/system/kiosk-content-pull.service "ExecStart=/usr/lib/kiosk/kiosk-pull "
check "kiosk-pull checks with the installed kiosk" \
	has_line usr/lib/kiosk/kiosk-pull "kiosk=/usr/bin/kiosk$"
check "the packaged kiosk finds no problem in the packaged content but the translations' review" checks_packaged_content
finish
