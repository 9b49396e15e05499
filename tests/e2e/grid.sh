#!/bin/bash
# Treatment choices side by side on a wide screen (an Option Grid), and one
# choice on its own when its column heading is touched.
source "$(dirname "$0")/lib.bash"

# same_row A B: A and B are on one screen row, A first.
same_row() {
	local i
	for ((i = 0; i < 200; i++)); do
		screen | grep -qF -- "$1" && screen | grep -F -- "$1" | grep -qF -- "$2" && return 0
		sleep 0.05
	done
	echo "# '$1' and '$2' are not on one row"
	screen | sed 's/^/# | /'
	return 1
}

conf=$(write_conf grid.conf "lock = yes")
start_kiosk "$conf" xterm-256color 132 43
wait_for "Press any key or touch the screen to start"
keys Enter 2
wait_for "Step 1 of"
next_until "Your choices"
check "at 132 columns two choices share one row" same_row "Steroid injection" "No injection for now"
check "the rows patients ask about are there" wait_for "How soon does it"
pos=$(find_text "No injection for now")
read -r row col <<<"$pos"
click "$row" "$((col + 3))"
check "touching a choice's heading opens it on its own" wait_for "Choice 2: No injection for now"
keys Escape
check "closing it keeps the grid" wait_gone "Choice 2: No injection for now"
keys Home 1 7
wait_for "Step 7 of 9: Treatment choices"
check "five choices fit side by side too" same_row "Physiotherapy" "Surgery"
check "the kiosk is still running" still_running
finish
