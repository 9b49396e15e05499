#!/bin/bash
# The menu's groups (content/library.yaml) with a generated library of 60
# topics in six groups: the groups come first, by keys and by touch, at
# 80x24 and at 40x12; a group's topics say where the patient is, and Back
# returns to the groups.
source "$(dirname "$0")/lib.bash"

tests/tools/groups-library.sh "$WORK/content" 60
conf=$(write_conf groups.conf "content_dir = $WORK/content" "lock = yes")
start_kiosk "$conf" xterm 80 24

# touch TEXT: a touch on the first letter of TEXT where it shows.
touch_text() {
	local pos
	pos=$(find_text "$1")
	[ -n "$pos" ] || return 1
	click $pos
}

wait_for "Press any key or touch the screen to start"
keys Enter
check "many topics show the groups first" wait_for "Choose a group of topics"
check "topics in no group are under Other topics" wait_for "7. Other topics"
keys /
wait_for "Search: type a word"
keys Escape
check "leaving search from the groups brings the groups back" wait_for "Choose a group of topics"
keys 2
check "a number opens a group and the line says which" wait_for "Topics: Knee"
check "a group's topics come in the order listed" wait_for "1. Topic 18"
keys Enter
wait_for "About topic 18"
keys h
check "Home from a topic returns to its group" wait_for "Topics: Knee"
keys Left
check "Back from a group's topics shows the groups" wait_for "Choose a group of topics"
touch_text "Injections and procedures"
check "touching a group opens it" wait_for "Topics: Injections and procedures"
touch_text "Topic 58"
check "touching a topic in a group opens it" wait_for "About topic 58"

t resize-window -t "$PANE" -x 40 -y 12
# Home on the groups highlights the first group again.
keys h Left h
check "at 40x12 the groups fit with a line for more" wait_for "More groups: touch here"
touch_text "More groups: touch here"
check "touching that line shows the next groups" wait_for "4. Shoulder and arm"
touch_text "Shoulder and arm"
check "a group opens by touch at 40x12" wait_for "Topics: Shoulder and arm"
touch_text "< Back"
check "the Back button returns to the groups at 40x12" wait_for "Choose a group of topics"
keys h
sed -i 's/title: Knee$/title: Knee and leg/' "$WORK/content/library.yaml"
check "an edit of library.yaml is taken while the kiosk runs" wait_for "2. Knee and leg"
new_topic_hint() {
	"$KIOSK" -c "$conf" --new new-topic | grep -qx "Add 'new-topic' to a group in $WORK/content/library.yaml, or the menu shows it under \"Other topics\"."
}
check "--new says to add the topic to a group" new_topic_hint
t resize-window -t "$PANE" -x 80 -y 24
check "a topic in no group is counted under Other topics at once" wait_for "3 topics"
keys 7
check "and listed there" wait_for "Write the topic's name"
check "the kiosk is still running" still_running
finish
