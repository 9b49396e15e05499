#!/bin/bash
# The body map: "Where is your pain?" from the welcome screen; at 80x24 on
# xterm-256color touching the hip lists its two topics and one opens; on
# vt100 the plain list of regions works by number keys.
source "$(dirname "$0")/lib.bash"
export LANG=C.UTF-8

conf=$(write_conf bodymap.conf "lock = no")

# open_map: from the welcome screen to the body map.
open_map() {
	wait_for "Where is your pain?" || return 1
	keys w
	wait_for "$1"
}

# touch_hip: the hip spot lies a quarter across the picture (its front
# half) and half way down; the picture starts under the heading and is
# as wide as it is tall in pixels, two columns a row.
touch_hip() {
	local row col rows
	read -r row col < <(find_text "Front and back: touch where it hurts")
	rows=$((24 - 4 - row - 4))
	click "$((row + 1 + rows / 2))" "$((40 - rows + rows / 2))" &&
		wait_for "Topics for the hip and groin"
}

start_kiosk "$conf" xterm-256color 80 24
check "the welcome screen offers the body map and P opens it" \
	open_map "Front and back: touch where it hurts"
check "touching the hip lists its two topics" \
	eval 'touch_hip && wait_for "1. Pain at the front of the hip" && wait_for "2. "'
read -r topic_row topic_col < <(find_text "1. Pain at the front of the hip")
check "touching a topic opens it" \
	eval 'click "$topic_row" "$((topic_col + 5))" && wait_for "Step 1 of"'

start_kiosk "$conf" vt100 80 24
check "without pictures the body map is a numbered list" \
	open_map "7. hip and groin"
check "a region without topics says so" \
	eval 'keys 8 && wait_for "No topics for the knee yet. Please ask at reception."'
check "the hip's number lists its topics and one opens by number" \
	eval 'keys 7 && wait_for "Topics for the hip and groin" && keys 2 && wait_for "Step 1 of"'
finish
