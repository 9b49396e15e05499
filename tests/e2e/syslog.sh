#!/bin/bash
# log = syslog: the kiosk runs and answers with its events going to the
# system log, SIGTERM still ends it at once, and `kiosk --stats` reads an
# rsyslog file and a journal export piped in, per kiosk.  Where a system
# log runs here (a socket at /dev/log), the events must really arrive:
# read back through journalctl or rsyslog's files.  Without one that check
# is skipped and says so.
source "$(dirname "$0")/lib.bash"

FLEET=$ROOT/tests/fixtures/stats/fleet
NAME=e2e-$$-$RANDOM

exited_cleanly() { [ "$(cat "$STATUS" 2>/dev/null)" = 0 ]; }

stats_of_fleet() {
	local status
	"$KIOSK" --stats "$FLEET/front-desk.syslog" - <"$FLEET/waiting-room-2.export" |
		diff -u "$FLEET/expected.txt" - | sed 's/^/# /'
	status=("${PIPESTATUS[@]}")
	[ "${status[0]}" = 0 ] && [ "${status[1]}" = 0 ]
}

# The system log's record of this kiosk, as --stats reads it.
delivered() {
	local out
	if command -v journalctl >/dev/null; then
		out=$(journalctl -t kiosk --since=-10min -o export 2>/dev/null | "$KIOSK" --stats -)
	else
		out=$(cat /var/log/syslog /var/log/user.log /var/log/messages 2>/dev/null |
			"$KIOSK" --stats -)
	fi
	grep -q "kiosk $NAME" <<<"$out" && grep -q "hip-steroid-injection" <<<"$out"
}

check "kiosk --stats reads an rsyslog file and a journal export on standard input" \
	stats_of_fleet

conf=$(write_conf syslog.conf "lock = no" "log = syslog" "kiosk_name = $NAME")
settings_pass() { "$KIOSK" -c "$conf" --check "$ROOT/content" >/dev/null; }
check "kiosk --check takes log = syslog with a kiosk_name" settings_pass
start_kiosk "$conf"
wait_for "Press any key or touch the screen to start"
keys Enter
wait_for "1. Pain at the front of the hip"
keys 2
check "with log = syslog the kiosk answers: a topic opens" wait_for "Step 1 of"
keys Home
wait_for "1. Pain at the front of the hip"
pid=$(kiosk_pid)
kill -TERM "$pid"
check "and SIGTERM ends it at once" poll_until "a clean exit after SIGTERM" 2 exited_cleanly

TEST_NUMBER=$((TEST_NUMBER + 1))
if [ -S /dev/log ]; then
	if poll_until "the kiosk's events in the system log" 10 delivered; then
		echo "ok $TEST_NUMBER - the events reach the system log and --stats reads them back"
	else
		echo "not ok $TEST_NUMBER - the events reach the system log and --stats reads them back"
		FAILED=$((FAILED + 1))
	fi
else
	echo "ok $TEST_NUMBER - the events reach the system log # SKIP no system log" \
		"socket at /dev/log here (neither journald nor rsyslog runs)"
fi
finish
