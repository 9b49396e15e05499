#!/bin/bash
# What a patient sees and touches on the smallest and the usual screen:
# Next never skips a line, buttons that do not overlap and answer a touch
# on every row, the steps screen, a long clinic name, the Linux console.
source "$(dirname "$0")/lib.bash"

# The page text of a topic as --print lays it out at width columns: every
# line from the first step to the related topics, without the step
# headings (the screen shows them cut to fit), the "See also" links
# (buttons on screen) and the figures in words (these terminals draw them
# as pictures: figures.sh checks those), trimmed.
page_lines() {
	"$ROOT/build/san/kiosk" --print "$1" --width "$2" | awk '
		/^Related topics$|^Words used in this leaflet$/ { exit }
		!started { if ($0 ~ /^Step 1 of /) { started = 1; head = 1 }; next }
		head { if ($0 ~ /^-+$/) head = 0; next }
		/^Step [0-9]+ of [0-9]+: / { head = 1; next }
		/^ *See also: / { link = 1; next }
		link { if ($0 == "") link = 0; next }
		/^ *Picture: / { figure = 1 }
		figure { if ($0 == "") figure = 0; next }
		{ sub(/^ +/, ""); sub(/ +$/, ""); if ($0 != "") print }'
}

# Every row but the title bar, trimmed, bullets as --print writes them.
seen_rows() {
	sed '1d; s/\xe2\x80\xa2/*/g; s/  *Page [0-9]* of [0-9]*$//; s/^ *//; s/ *$//' <<<"$1" |
		grep -v '^$'
}

# The screen once it differs from $1 and has stopped changing (a capture
# may catch a frame half drawn).
next_screen() {
	local old=$1 now last i
	for ((i = 0; i < 1000; i++)); do
		now=$(screen)
		if [ "$now" != "$old" ] && [ "$now" = "$last" ]; then
			printf '%s' "$now"
			return 0
		fi
		last=$now
		sleep 0.01
	done
	echo "# the screen did not change" >&2
	return 1
}

# walk_with_next TOPIC_NUMBER TOPIC_ID COLS: from the topic's first page,
# pressing only Next until the topic list, every line of every page must
# have been on screen (a title cut with "..." counts as seen).
walk_with_next() {
	local number=$1 id=$2 width=$(($3 - 4)) now i missing
	: >"$WORK/seen"
	keys Home "$number"
	wait_for "Step 1 of" || return 1
	now=$(screen)
	for ((i = 0; i < 300; i++)); do
		seen_rows "$now" >>"$WORK/seen"
		[[ $now == *"Choose a topic"* ]] && break
		keys Right
		now=$(next_screen "$now") || return 1
	done
	missing=$(page_lines "$id" "$width" | awk '
		NR == FNR { seen[$0] = 1; if ($0 ~ /\.\.\.$/) cut[substr($0, 1, length($0) - 3)] = 1; next }
		!($0 in seen) {
			for (c in cut) if (index($0, c) == 1) next
			print
		}' "$WORK/seen" -)
	[ -z "$missing" ] && return 0
	echo "# never on screen at width $width:"
	sed 's/^/#   /' <<<"$missing" | head -10
	return 1
}

conf=$(write_conf screens.conf "lock = yes")
for size in "80 24 xterm-256color" "40 12 linux"; do
	read -r cols rows term <<<"$size"
	start_kiosk "$conf" "$term" "$cols" "$rows"
	wait_for "touch the screen"
	keys Enter
	wait_for "Choose a topic"
	check "${cols}x$rows: Next shows every line of the condition topic" \
		walk_with_next 1 iliopsoas-tendinopathy-bursitis "$cols"
	check "${cols}x$rows: Next shows every line of the injection topic" \
		walk_with_next 2 hip-steroid-injection "$cols"
done

# At 40x12 the buttons (two rows tall) must not overlap, and a touch on
# either row of each one must do what it says.
buttons_apart() {
	screen | tail -2 | head -1 | grep -qE '^ +< Back +Home +Help \? +Next > *$'
}
touch_every_row() {
	local row pos col
	for row in 10 11; do
		pos=$(find_text "Help ?")
		col=${pos#* }
		click "$row" $((col + 2))
		wait_for "Help: how to use" || return 1
		click 0 0
		wait_gone "Help: how to use" || return 1
		pos=$(find_text "Next >")
		col=${pos#* }
		keys 2
		wait_for "Step 2 of 9" || return 1
		wait_gone "More above" || return 1
		click "$row" $((col + 2))
		wait_for "More above" || return 1
	done
}
# Touches arrive as xterm mouse sequences (the linux terminfo has none).
start_kiosk "$conf" xterm-256color 40 12
wait_for "touch the screen"
keys Enter 1
wait_for "Step 1 of 9"
check "40x12: the four buttons fit without overlapping" buttons_apart
check "40x12: every row of a button answers a touch" touch_every_row
pos=$(find_text " Home ")
click 11 $((${pos#* } - 1))
check "40x12: a touch in the gap beside a button goes to that button" \
	wait_for "Choose a topic"

keys '?'
check "40x12: the help box leads with what to touch" wait_for "Touch a button at"
check "40x12: the help box keeps Close on screen" wait_for "[ Close ]"
check "40x12: a long help box says there is more" wait_for "More below: touch here"
pos=$(find_text "More below: touch here")
click "${pos% *}" 10
check "40x12: touching 'more' scrolls the help" wait_for "Right arrow, N: Next page"
keys Escape
wait_gone "Help: how to use"

# The steps screen.
keys 1
wait_for "Step 1 of 9"
click 1 5
check "touching the step line lists every step" wait_for "> [ ] 1. What it is"
keys 4
check "choosing a step goes there" wait_for "Step 4 of 9: Symptoms"
keys 3
wait_for "Step 3 of 9: Causes"
next_until "Step 4 of 9"
keys 's'
check "the steps screen ticks the steps read" wait_for "[✓] 3. Causes"
keys Escape
check "Esc goes back to the page" wait_for "Step 4 of 9: Symptoms"

# A clinic name longer than the bar (kiosk.conf takes up to 1024 bytes).
conf=$WORK/long.conf
printf 'content_dir = %s\nclinic_name = %s\n' "$ROOT/content" \
	"$(printf 'Saint Anne %.0s' $(seq 12))" >"$conf"
start_kiosk "$conf" linux 40 12
wait_for "touch the screen"
check "a long clinic name is cut at a word on the welcome bar" \
	wait_for " Saint Anne Saint Anne Saint Anne..."
check "and where the welcome screen names it" \
	wait_for "  Saint Anne Saint Anne Saint Anne..."
keys Enter 2
check "and leaves the topic title on the page's bar (Linux console)" \
	wait_for " Steroid injection in the hip..."
t resize-window -t "$PANE" -x 80 -y 24
check "and at 80x24" wait_for " Steroid injection in the hip, guided by ultrasound"
keys 5
check "the Linux console shows the urgency in words" wait_for "EMERGENCY"
check "the kiosk is still running" still_running
finish
