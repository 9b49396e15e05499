#!/bin/bash
# Search at 80x24 on xterm-256color: typing on the on-screen keyboard by
# touch finds the injection topic, a misspelling offers "Did you mean",
# and the A to Z list jumps by letter; at 40x12 the small keyboard works.
source "$(dirname "$0")/lib.bash"
export LANG=C.UTF-8

conf=$(write_conf search.conf "lock = no")

# The row and column of the on-screen key labelled KEY: a word alone on a
# row of keys (rows of capitals and key names only).
find_key() {
	screen | awk -v k="$1" '/^[ A-Za-z]+$/ && NR > 4 {
		i = index($0 " ", " " k " "); if (i) { print NR - 1, i; exit } }'
}

touch_key() {
	local row col
	read -r row col < <(find_key "$1")
	[ -n "$row" ] && click "$row" "$col"
}

# touch_word WORD: each letter of WORD on the on-screen keyboard, waiting
# for it to appear in the typed line.
touch_word() {
	local word=$1 upper=${1^^} i typed=
	for ((i = 0; i < ${#word}; i++)); do
		typed+=${word:i:1}
		touch_key "${upper:i:1}" && wait_for "${typed}_" || return 1
	done
}

start_kiosk "$conf" xterm-256color 80 24
check "the welcome screen's Search button opens the keyboard once ready" \
	eval 'wait_for "Search for a topic: press /" && keys / && wait_for "Space"'
check "touching J, A, B on the keyboard finds the injection topic first" \
	eval 'touch_word jab && wait_for "1. Steroid injection in the hip"'
read -r hit_row hit_col < <(find_text "1. Steroid injection in the hip")
check "touching the topic found opens it" \
	eval 'click "$hit_row" "$((hit_col + 8))" && wait_for "Step 1 of"'
check "a misspelling offers Did you mean, and touching it fills the word" \
	eval 'keys Home / && wait_for "jab_" && touch_key Clear && wait_gone "jab_" &&
	      keys -l bersitis && wait_for "Did you mean: bursitis?" &&
	      read -r r c < <(find_text "Did you mean") && click "$r" "$c" &&
	      wait_for "bursitis_"'
check "the A to Z list jumps to the letter touched" \
	eval 'read -r r c < <(find_text "[ A to Z ]") && click "$r" "$((c + 3))" &&
	      wait_for "A to Z: every topic" && touch_key S &&
	      poll_until "Steroid first in the list" 10 eval "screen | sed -n 7p | grep -q \"Steroid injection\""'
check "a letter key jumps too, and Enter opens the name's topic" \
	eval 'keys u && poll_until "Ultrasound first" 10 eval "screen | sed -n 7p | grep -q Ultrasound-guided" &&
	      keys Enter && wait_for "Step 1 of"'

start_kiosk "$conf" xterm-256color 40 12
check "at 40x12 the small keyboard types by touch and finds the topic" \
	eval 'wait_for "Search for a topic: press /" && keys / && wait_for "Space" &&
	      touch_word jab && wait_for "1. Steroid injection"'
finish
