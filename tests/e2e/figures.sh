#!/bin/bash
# A figure in words: on a terminal that cannot draw pictures (vt100), the
# anatomy page shows the picture's alt text and its numbered legend where
# the picture goes.
source "$(dirname "$0")/lib.bash"

conf=$(write_conf figures.conf "lock = no")
start_kiosk "$conf" vt100

wait_for "Press any key or touch the screen to start"
keys Enter
wait_for "1. Pain at the front of the hip"
keys 1
wait_for "Step 1 of 9:"
keys 2
check "the anatomy step opens" wait_for "Step 2 of 9: How the hip works"
check "the picture's alt text is shown where the picture goes" \
	next_until "Picture: A drawing of the right hip from the front."
check "a label naming a glossary term shows its own words" \
	next_until "5. Hip joint"
check "the legend goes on, a numbered line for each label" \
	next_until "9. Thigh bone"
finish
