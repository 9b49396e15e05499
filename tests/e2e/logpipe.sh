#!/bin/bash
# Nothing holds up the kiosk or SIGTERM: a log_file that is a FIFO, with no
# reader or with a reader that never reads (the kiosk starts, stays locked
# against Ctrl-C, answers keys, says the log is refused), or a library so
# large that SIGTERM arrives while it is still being read.
source "$(dirname "$0")/lib.bash"

exited_cleanly() { [ "$(cat "$STATUS" 2>/dev/null)" = 0 ]; }

# ends_at_once: SIGTERM, then a clean exit within two seconds (the goal is
# one; the second is for a loaded machine).
ends_at_once() {
	local pid
	pid=$(kiosk_pid)
	[ -n "$pid" ] || { echo "# no kiosk to stop"; return 1; }
	kill -TERM "$pid"
	poll_until "a clean exit after SIGTERM" 2 exited_cleanly
}

# walk_a_while: enough keys to write well over a pipe's 64 KB if the log
# were written, then the topic list must still answer.
walk_a_while() {
	local i batch=()
	wait_for "Press any key or touch the screen to start" || return 1
	keys Enter
	wait_for "1. Pain at the front of the hip" || return 1
	for ((i = 0; i < 25; i++)); do
		batch+=(Enter Right Right Home)
	done
	for ((i = 0; i < 16; i++)); do
		keys "${batch[@]}"
	done
	keys C-c
	wait_for "Choose a topic" && still_running
}

mkfifo "$WORK/usage.log"
conf=$(write_conf pipe.conf "lock = yes" "log_file = $WORK/usage.log")
start_kiosk "$conf"
check "a FIFO log with no reader: the kiosk starts, stays locked and answers" \
	walk_a_while
check "and says the log file is refused" \
	grep -q "log_file '$WORK/usage.log' is not a regular file" "$WORK/stderr"
check "SIGTERM ends it at once" ends_at_once

# A reader that opens the FIFO and never reads.
sleep 600 <>"$WORK/usage.log" &
reader=$!
start_kiosk "$conf"
check "a FIFO log whose reader never reads: the kiosk answers" walk_a_while
check "SIGTERM ends it at once" ends_at_once
kill "$reader"

# 1,500 topics take several seconds to read under the sanitizers.
bench/genlib.sh 1500 "$WORK/large" >/dev/null
conf=$(write_conf large.conf "lock = yes" "content_dir = $WORK/large")
start_kiosk "$conf"
wait_for "Press any key or touch the screen to start"
check "SIGTERM while a large library is read ends the kiosk at once" ends_at_once
finish
