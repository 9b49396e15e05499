#!/bin/bash
# A patient walks through the bundled condition from the welcome screen to
# the end, using only the keyboard.
source "$(dirname "$0")/lib.bash"

conf=$(write_conf walk.conf "lock = no")
start_kiosk "$conf"

# Presses Next until every step has been shown (Next shows the rest of a
# long page before it turns it).
walk_every_step() {
	local step
	for step in $(seq 2 9); do
		next_until "Step $step of 9:" || return 1
	done
}

check "welcome screen names the clinic and invites a touch" \
	wait_for "Press any key or touch the screen to start"
check "clinic name from kiosk.conf is shown" wait_for "Test Clinic"
keys Enter
check "menu lists the bundled topics" wait_for "2. Steroid injection in the hip"
keys 1
check "opening a topic shows where the patient is" wait_for "Step 1 of 9: What it is"
check "buttons for Back, Home, Help and Next are on screen" \
	wait_for "[ < Back ]              [ Home ]             [ Help ? ]             [ Next > ]"
check "the whole walk reaches the last step" walk_every_step
check "get-help boxes say their urgency in words" wait_for " EMERGENCY"
check "Next reads the last page to its end" next_until "This is the last page" 6
check "and then Next goes on to My questions" next_until "My questions for the appointment" 2
keys Left
wait_for "Step 9 of 9:"
keys Left
check "Back goes to the page before" wait_for "Step 8 of 9:"
keys Home
check "Home goes back to the topic list" wait_for "Choose a topic"
keys 2
wait_for "Step 1 of 6: What it is"
keys 4
check "a digit jumps to that step" wait_for "Step 4 of 6: Risks and side effects"
keys 1
keys Tab Enter
check "Tab and Enter open a marked word's explanation" wait_for "A man-made copy of a hormone"
keys Escape
check "any key closes the explanation and keeps the page" wait_gone "A man-made copy of a hormone"
check "the page is still there" wait_for "Step 1 of 6: What it is"
keys '?'
check "? shows the help drawn from the key table" wait_for "Left arrow, Backspace, B"
keys Enter
wait_gone "Help: how to use this screen"
keys Home 1 7
wait_for "Step 7 of 9: Treatment choices"
check "a long page says there is more below" wait_for "More below"
keys PageDown
check "Page Down scrolls to the rest of the page" wait_for "Choice 2: Physiotherapy"
keys PageUp
check "Page Up scrolls back" wait_for "Choice 1: Rest and changing what you do"
read_on() {
	local before i
	for ((i = 0; i < 10; i++)); do
		screen | grep -qF "More below" || break
		before=$(screen)
		keys Enter
		wait_for_change "$before" || return 1
	done
	wait_for "Read about the steroid injection" && wait_for "Step 7 of 9"
}
check "Enter reads on to the end of the page before moving on" read_on
keys q
check "q quits when the kiosk is not locked" wait_for "kiosk exited with status 0"
finish
