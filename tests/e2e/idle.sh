#!/bin/bash
# After the idle time the kiosk asks "Are you still there?", then clears
# everything for the next patient.
source "$(dirname "$0")/lib.bash"

conf=$(write_conf idle.conf "lock = yes" "idle_timeout = 5" "idle_countdown = 3")
start_kiosk "$conf"

wait_for "Press any key or touch the screen to start"
keys Enter 2 Right
wait_for "How well does it work?"
check "after the idle time the kiosk asks if the patient is still there" \
	wait_for "Are you still there?" 8
check "it counts down" wait_for "Starting again for the next person in"
keys Space
check "an answer closes the question" wait_gone "Are you still there?"
check "and keeps the patient's place" wait_for "How well does it work?"
check "with no answer it asks again" wait_for "Are you still there?" 8
check "then goes back to the welcome screen" \
	wait_for "Press any key or touch the screen to start" 6
keys Enter
check "the next patient starts at the topic list" wait_for "Choose a topic"
check "with nothing of the last patient's trail" \
	bash -c "! tmux -L $SOCK capture-pane -p -t $PANE | grep -q 'How well does it work'"
check "the kiosk is still running" still_running
finish
