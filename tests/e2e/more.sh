#!/bin/bash
# A 40x12 screen for a patient who only touches: Take home and Print do
# not fit beside Back, Home, Help and Next, so a More button lists them;
# and touching a row heading of the treatment choices ("Good points:")
# reads that row across every choice.  Touch runs as xterm (the console's
# terminfo has no mouse); the buttons are checked on TERM=linux too.
source "$(dirname "$0")/lib.bash"

printed=$WORK/printed.txt
conf=$(write_conf more.conf "print_command = /bin/sh -c \"cat > $printed\"" \
	"handout_url = https://clinic.example.org/{id}")

# touch_last TEXT: a touch on the last row TEXT is on (the buttons, below
# a "More below" line).
touch_last() {
	local pos row col
	pos=$(screen | awk -v s="$1" 'index($0, s) { r = NR - 1; c = index($0, s) - 1 }
		END { if (r != "") print r, c }')
	[ -n "$pos" ] || { echo "# not on screen: $1"; return 1; }
	read -r row col <<<"$pos"
	click "$row" $((col + ${#1} / 2))
}

start_kiosk "$conf" xterm-256color 40 12
wait_for "Press any key"
click 6 20
wait_for "Choose a topic"
keys 1
wait_for "Step 1 of 9"
check "a More button stands in for Take home and Print" \
	bash -c "tail -2 <<<'$(screen)' | grep -q ' More ' && ! grep -q 'Print' <<<'$(screen)'"
touch_last "More"
check "touching More opens its box" wait_for "Touch one, or press its number"
check "it lists Take home, Print and the steps" \
	bash -c "grep -q '1  Take home' <<<'$(screen)' && grep -q '2  Print' <<<'$(screen)' && grep -q '3  Steps' <<<'$(screen)'"
click 0 0
check "a touch outside closes it" wait_gone "Touch one, or press its number"
touch_last "More"
wait_for "Touch one, or press its number"
touch_text "1  Take home"
check "touching Take home in it shows the leaflet's code" wait_for "clinic.example.org"
click 6 20
wait_for "Step 1 of 9"

keys 7
wait_for "Step 7 of 9"
for ((i = 0; i < 4; i++)); do
	on_screen "Good points:" && break
	touch_text "More below"
	wait_for "More above"
done
touch_text "Good points:"
check "touching a row heading reads that row across the choices" \
	wait_for "Gives the tendon time"
check "choice by choice" wait_for "Choice 2: Physiotherapy"
click 0 0
wait_gone "Choice 2: Physiotherapy"

touch_last "More"
wait_for "Touch one, or press its number"
touch_text "2  Print"
check "touching Print in it prints the handout" \
	wait_for "Your handout is being printed"
check "the print command got it" \
	bash -c "for i in \$(seq 200); do grep -q 'iliopsoas' '$printed' 2>/dev/null && exit 0; sleep 0.05; done; exit 1"

start_kiosk "$conf" linux 40 12
wait_for "Press any key"
keys Enter 1
wait_for "Step 1 of 9"
check "on the console the five buttons sit apart on one row" \
	bash -c "grep -qE '^ *Back +Home +Help +More +Next *$' <<<'$(screen)'"
keys m
wait_for "Touch one, or press its number"
keys 2
check "the More box works by number" wait_for "Your handout is being printed"
check "the kiosk is still running" still_running
finish
