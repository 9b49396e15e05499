# Shared helpers for the end-to-end tests: run the real kiosk in tmux at a
# pinned size, TERM and locale, type and click like a patient, and poll the
# screen for what they should see.  Each test script prints TAP lines.
#
# The kiosk under test is the sanitizer build, so a memory error or a leak
# makes it exit non-zero, which the tests notice.

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
ROOT=$PWD
KIOSK=${KIOSK:-$ROOT/build/san/kiosk}
SOCK_BASE=kiosk-e2e-$$-$RANDOM
SOCK=$SOCK_BASE-0
STARTS=0
WORK=$(mktemp -d /tmp/kiosk-e2e.XXXXXX)
PANE=kiosk
TEST_NUMBER=0
FAILED=0
export LSAN_OPTIONS="suppressions=$ROOT/tests/e2e/lsan.supp:print_suppressions=0"

cleanup() {
	local i
	for ((i = 0; i <= STARTS; i++)); do
		tmux -L "$SOCK_BASE-$i" kill-server 2>/dev/null
	done
	# A kiosk outlives its terminal only through a bug, or when the
	# sanitizer's leak check hangs at its exit (its tracer stopped, the
	# kiosk spinning in sched_yield, deaf to SIGTERM): never leave one
	# to eat the processor of the tests after.
	pkill -KILL -f -- "-c $WORK/" 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT

t() { tmux -L "$SOCK" "$@"; }

# start_kiosk CONF [TERM] [COLS] [ROWS]: a fresh kiosk in a fresh tmux.
# TERM "none" leaves TERM unset.  The kiosk's exit status goes to $STATUS
# and onto the screen; the shell around it ignores SIGHUP so it can record
# the status after a hang-up.
start_kiosk() {
	local conf=$1 term=${2:-xterm-256color} cols=${3:-80} rows=${4:-24} termvar
	# Each kiosk gets a tmux server of its own: reusing a socket while the
	# old server is still shutting down races.
	t kill-server 2>/dev/null
	STARTS=$((STARTS + 1))
	SOCK=$SOCK_BASE-$STARTS
	STATUS=$WORK/status-$STARTS
	termvar="TERM=$term"
	[ "$term" = none ] && termvar=
	# After a hang-up the echo fails and the shell ends rather than linger.
	t -f /dev/null new-session -d -s "$PANE" -x "$cols" -y "$rows" \
		"trap '' HUP; env -i PATH=/usr/bin:/bin LANG=C.UTF-8 $termvar HOME=$WORK \
		 ASAN_OPTIONS=$ASAN_OPTIONS UBSAN_OPTIONS=$UBSAN_OPTIONS \
		 LSAN_OPTIONS=$LSAN_OPTIONS NO_COLOR=${NO_COLOR:-} \
		 KIOSK_LOCALEDIR=$ROOT/build/locale \
		 $KIOSK -c $conf 2>$WORK/stderr; \
		 s=\$?; echo \$s >$STATUS; trap - HUP; \
		 echo \"kiosk exited with status \$s\" || exit; exec sleep 600"
	t set-option -g remain-on-exit on >/dev/null
}

screen() { t capture-pane -p -t "$PANE" 2>/dev/null; }

# poll_until WHAT SECONDS COMMAND...: runs COMMAND every 50 ms until it
# succeeds or SECONDS of wall time pass (not a count of tries: each try
# can itself be slow on a loaded machine); then says what it waited for.
poll_until() {
	local what=$1 limit=$2 deadline
	shift 2
	deadline=$((${EPOCHREALTIME/./} + limit * 1000000))
	until "$@"; do
		if ((${EPOCHREALTIME/./} >= deadline)); then
			echo "# timed out after ${limit} s waiting for: $what"
			return 1
		fi
		sleep 0.05
	done
}

on_screen() { screen | grep -qF -- "$1"; }
off_screen() { ! on_screen "$1"; }
screen_differs() { [ "$(screen)" != "$1" ]; }

# wait_for TEXT [SECONDS]: poll until TEXT is on screen.
wait_for() {
	poll_until "\"$1\" on screen" "${2:-10}" on_screen "$1" && return 0
	screen | sed 's/^/# | /'
	sed 's/^/# stderr: /' "$WORK/stderr" 2>/dev/null | head -20
	return 1
}

# wait_gone TEXT [SECONDS]: poll until TEXT has left the screen.
wait_gone() {
	poll_until "\"$1\" to leave the screen" "${2:-10}" off_screen "$1" && return 0
	screen | sed 's/^/# | /'
	return 1
}

# wait_for_change OLD_SCREEN: poll until the screen differs from it.
wait_for_change() {
	poll_until "the screen to change" 10 screen_differs "$1"
}

keys() { t send-keys -t "$PANE" "$@"; }

# next_until TEXT [PRESSES]: presses Next (a screenful or a page at a time),
# waiting for each new screen, until TEXT is on screen.
next_until() {
	local text=$1 presses=${2:-12} before i
	for ((i = 0; i < presses; i++)); do
		screen | grep -qF -- "$text" && return 0
		before=$(screen)
		keys Right
		wait_for_change "$before" || return 1
	done
	wait_for "$text"
}

# click ROW COL: a button-1 press and release there (0-based), sent as the
# SGR mouse sequences an xterm-like terminal or touchscreen sends.
click() {
	local row=$(($1 + 1)) col=$(($2 + 1))
	t send-keys -t "$PANE" -l $'\e'"[<0;${col};${row}M"
	t send-keys -t "$PANE" -l $'\e'"[<0;${col};${row}m"
}

# The row and column where TEXT first appears on screen.
find_text() {
	screen | awk -v s="$1" 'i = index($0, s) { print NR - 1, i - 1; exit }'
}

# touch_text TEXT: a touch on the middle of the first place TEXT is on
# screen.
touch_text() {
	local pos row col
	pos=$(find_text "$1")
	[ -n "$pos" ] || { echo "# not on screen: $1"; screen | sed 's/^/# | /'; return 1; }
	read -r row col <<<"$pos"
	click "$row" $((col + ${#1} / 2))
}

kiosk_pid() {
	local shell
	shell=$(t display-message -p -t "$PANE" '#{pane_pid}' 2>/dev/null)
	pgrep -P "$shell" -f "$KIOSK" | head -1
}

still_running() {
	[ -n "$(kiosk_pid)" ] && ! screen | grep -q "kiosk exited"
}

# check NAME COMMAND...: one TAP line for one behaviour.
check() {
	local name=$1
	shift
	TEST_NUMBER=$((TEST_NUMBER + 1))
	if "$@"; then
		echo "ok $TEST_NUMBER - $name"
	else
		echo "not ok $TEST_NUMBER - $name"
		FAILED=$((FAILED + 1))
	fi
}

finish() {
	echo "1..$TEST_NUMBER"
	[ "$FAILED" -eq 0 ]
}

# write_conf NAME LINES...: a kiosk.conf in the scratch folder, pointing at
# the bundled content unless the lines name another content_dir.
write_conf() {
	local name=$1
	shift
	{
		[[ " $* " == *" content_dir = "* ]] || echo "content_dir = $ROOT/content"
		echo "clinic_name = Test Clinic"
		printf '%s\n' "$@"
	} >"$WORK/$name"
	echo "$WORK/$name"
}
