#!/bin/bash
# What deploy/ ships for a waiting room: units systemd accepts, the console
# locked down (no gettys on other consoles, no SysRq, the capability to
# stop console switching), and `make install` puts every file in place.
source "$(dirname "$0")/lib.bash"

dest=$WORK/dest
make -s install DESTDIR="$dest" PREFIX=/usr/local >"$WORK/install.log" 2>&1
shipped() {
	local f
	for f in kiosk.service kiosk-content-pull.service kiosk-content-pull.timer \
		kiosk.logrotate logind-kiosk.conf sysctl-kiosk.conf; do
		[ -f "$dest/usr/local/share/kiosk/deploy/$f" ] || { echo "# missing: $f"; return 1; }
	done
}
check "make install puts every deploy file in place" shipped
check "logind starts no gettys on other consoles" \
	grep -qx "NAutoVTs=0" "$ROOT/deploy/logind-kiosk.conf"
check "and reserves none" grep -qx "ReserveVT=0" "$ROOT/deploy/logind-kiosk.conf"
check "SysRq is off" grep -qx "kernel.sysrq = 0" "$ROOT/deploy/sysctl-kiosk.conf"
check "the kiosk may lock console switching, and nothing more" \
	grep -qx "CapabilityBoundingSet=CAP_SYS_TTY_CONFIG" "$ROOT/deploy/kiosk.service"

verify_units() {
	local units=$dest/usr/local/share/kiosk/deploy out
	# The kiosk binary the unit names must exist for verify to pass.
	sed "s|/usr/local/bin/kiosk|$ROOT/kiosk|" "$units/kiosk.service" >"$WORK/kiosk.service"
	cp "$units"/kiosk-content-pull.* "$WORK/"
	out=$(cd "$WORK" && systemd-analyze verify ./kiosk.service \
		./kiosk-content-pull.service ./kiosk-content-pull.timer 2>&1)
	[ -z "$out" ] && return 0
	echo "$out" | sed 's/^/# /'
	return 1
}
if command -v systemd-analyze >/dev/null; then
	check "systemd-analyze verify accepts the units" verify_units
else
	TEST_NUMBER=$((TEST_NUMBER + 1))
	echo "ok $TEST_NUMBER - systemd-analyze verify # SKIP not installed"
fi
finish
