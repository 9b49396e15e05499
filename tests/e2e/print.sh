#!/bin/bash
# Print: with print_command set, P on a page sends the handout to the
# command's standard input and tells the patient to collect it; a command
# that fails tells them to ask at reception.
source "$(dirname "$0")/lib.bash"

printed=$WORK/printed.txt
good=$(write_conf good.conf "print_command = /bin/sh -c \"cat > $printed\"" \
	"log_file = $WORK/usage.log")
bad=$(write_conf bad.conf "print_command = /bin/false")

# open_page CONF [COLS ROWS]: the first page of the first topic.
open_page() {
	start_kiosk "$1" xterm-256color "${2:-80}" "${3:-24}"
	wait_for "Press any key" && keys Enter && wait_for "Choose a topic" &&
		keys 1 && wait_for "Step 1 of 9"
}

open_page "$good"
check "a Print button is on the page" wait_for "Print"
keys P
check "the patient is told where to collect the handout" \
	wait_for "Your handout is being printed: please collect it at reception"
check "the command got the handout" \
	bash -c "for i in \$(seq 200); do grep -q 'iliopsoas tendinopathy' '$printed' 2>/dev/null && exit 0; sleep 0.05; done; exit 1"
check "headed with the clinic's name" grep -q "Test Clinic" "$printed"
# A new handout starts only once this one has ended (and is logged).
poll_until "the handout logged as printed" 10 grep -q "printed" "$WORK/usage.log"
keys Home
check "Home clears the message" wait_gone "Your handout is being printed"

# My questions: the ticked ones go on the handout, near its top.
keys 2 6
wait_for "Step 6 of 6"
next_until "My questions for the appointment"
keys 1 3
wait_for "2 ticked"
keys P
check "Print on My questions tells where to collect it" \
	wait_for "Your handout is being printed"
check "the handout lists the two ticked questions" \
	bash -c "for i in \$(seq 200); do grep -q 'My questions to ask' '$printed' 2>/dev/null && \
		[ \$(grep -c '^\[ \] ' '$printed') -eq 2 ] && exit 0; sleep 0.05; done; exit 1"
check "and the log none of them" bash -c "! grep -qi 'injection will help' '$WORK/usage.log'"
keys Home

open_page "$bad"
keys P
check "a failing printer sends the patient to reception" \
	wait_for "The printer is not working: please ask at reception"

open_page "$good" 40 12
keys P
check "at 40x12 the message is shown whole, above the buttons" \
	wait_for "collect it at reception."
finish
