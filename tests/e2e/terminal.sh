#!/bin/bash
# Terminals: resizing at any moment, too-small windows, large windows, and
# the plain terminals a clinic may have (the Linux console, a vt100).
source "$(dirname "$0")/lib.bash"

conf=$(write_conf term.conf "lock = yes")
start_kiosk "$conf"
wait_for "Press any key or touch the screen to start"
keys Enter 1 7
wait_for "Step 7 of 9: Treatment choices"
keys PageDown
wait_for "Choice 2"

t resize-window -t "$PANE" -x 20 -y 6
check "a window below the minimum asks to be made larger" wait_for "Please make the"
keys Right Enter
t resize-window -t "$PANE" -x 1 -y 1
t resize-window -t "$PANE" -x 80 -y 24
check "back at 80x24 the patient is on the same page" wait_for "Step 7 of 9: Treatment choices"
check "and near the same place" wait_for "Choice 2"
t resize-window -t "$PANE" -x 200 -y 60
check "a large window shows the choices side by side" wait_for "Physiotherapy        "
check "and the whole page" wait_for "What if it does not"
check "with the buttons at the bottom" wait_for "[ Next > ]"
t resize-window -t "$PANE" -x 41 -y 12
check "a small window re-wraps the text, with shorter buttons" wait_for "   Next >"
check "the kiosk survives every resize" still_running

walk_on() {
	local term=$1
	start_kiosk "$conf" "$term"
	wait_for "Press any key or touch the screen to start" || return 1
	keys Enter
	wait_for "Choose a topic" || return 1
	keys 1
	wait_for "Step 1 of 9" || return 1
	next_until "Step 2 of 9: How the hip works" || return 1
	keys 9
	wait_for " EMERGENCY" && wait_for "Call 999 or go to A&E now if" && still_running
}
check "the walk works on TERM=linux (the console)" walk_on linux
check "the walk works on TERM=vt100 (no colour)" walk_on vt100
check "the walk works on TERM=xterm-256color" walk_on xterm-256color
NO_COLOR=1 check "the walk works with NO_COLOR set" walk_on xterm-256color

unknown_term() {
	start_kiosk "$conf" no-such-terminal
	wait_for "Press any key or touch the screen to start" && still_running
}
check "an unknown TERM falls back to a plain terminal" unknown_term
finish
