#!/bin/bash
# Everything by touch: a patient who never uses the keys.  Clicks arrive as
# the SGR mouse sequences a terminal sends for a touch (press, then release).
source "$(dirname "$0")/lib.bash"

conf=$(write_conf mouse.conf "lock = yes")
start_kiosk "$conf"

wait_for "Press any key or touch the screen to start"
click 12 40
check "a touch anywhere on the welcome screen starts" wait_for "Choose a topic"
touch_text "Steroid injection in the hip"
check "touching a topic opens it" wait_for "Step 1 of 6: What it is"
touch_text "[ Next > ]"
check "the Next button works by touch" wait_for "How well does it work?"
touch_text "[ < Back ]"
check "the Back button works by touch" wait_for "What is this injection?"
touch_text "steroid"
check "touching a marked word explains it" wait_for "A man-made copy of a hormone"
click 1 1
check "a touch closes the explanation" wait_gone "A man-made copy of a hormone"
touch_text "[ Help ? ]"
check "the Help button shows the keys" wait_for "Help: how to use this screen"
click 5 5
wait_gone "Help: how to use this screen"
touch_text "[ Home ]"
check "the Home button goes to the topic list" wait_for "Choose a topic"
# A slow press: the press, a pause, then the release still counts once.
pos=$(find_text "Pain at the front of the hip")
read -r row col <<<"$pos"
t send-keys -t "$PANE" -l $'\e'"[<0;$((col + 3));$((row + 1))M"
sleep 0.3
check "a press alone does nothing yet" wait_for "Choose a topic"
t send-keys -t "$PANE" -l $'\e'"[<0;$((col + 3));$((row + 1))m"
check "the release of a slow press opens the topic" wait_for "Step 1 of 9: What it is"
# The scroll wheel.
keys 7
wait_for "More below"
t send-keys -t "$PANE" -l $'\e[<65;10;10M' $'\e[<65;10;10M' $'\e[<65;10;10M' $'\e[<65;10;10M'
check "the mouse wheel scrolls" wait_for "Choice 2: Physiotherapy"
touch_text "More below"
check "touching the 'more below' line scrolls a screenful" wait_for "Choice 3: Anti-inflammatory"
check "the kiosk is still running" still_running
finish
