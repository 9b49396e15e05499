#!/bin/bash
# The patient's language: chosen by touch on the welcome screen, it
# switches the topics; the idle reset brings back the default; a topic
# not translated is listed and shown in the default language with a notice.
source "$(dirname "$0")/lib.bash"

conf=$(write_conf lang.conf "lock = yes" "idle_timeout = 5" "idle_countdown = 3")
start_kiosk "$conf"

# Arabic letters, as stored or as shaped for the screen.
arabic='[\x{0600}-\x{06FF}\x{FB50}-\x{FDFF}\x{FE70}-\x{FEFF}]'
row_has() { screen | sed -n "$(($1 + 1))p" | LC_ALL=C.UTF-8 grep -qP -- "$2"; }
hint_row_has() { row_has 23 "$1"; }
# topic_opens ROW COL TEXT: a touch there opens the topic whose first page
# shows TEXT.
topic_opens() { click "$1" "$2"; wait_for "$3"; }
languages_listed() { row_has 2 "English.*Español" && row_has 2 "$arabic"; }
notice_shown() { hint_row_has English && hint_row_has "$arabic"; }
no_notice() { ! hint_row_has English; }

wait_for "1 English"
check "the welcome screen lists each language in its own name" languages_listed
read -r row col < <(find_text "Español")
click "$row" "$col"
check "touching Español chooses it" wait_for "✓ 3 Español"
check "and the welcome screen leaves English" \
	wait_gone "Press any key or touch the screen to start"
keys Enter
check "the topics are the Spanish ones" wait_for "Inyección de esteroide"
read -r row col < <(find_text "Inyección de esteroide")
check "the topic opened is the Spanish one" \
	topic_opens "$row" "$col" "¿Qué es esta inyección?"
check "with no notice: it is translated" no_notice

check "after the idle time the welcome screen is back in English" \
	wait_for "Press any key or touch the screen to start" 15
check "with English chosen" on_screen "✓ 1 English"

keys 2
wait_gone "✓ 1 English"
keys Enter
wait_for "Pain at the front of the hip"
read -r row col < <(find_text "Pain at the front of the hip")
check "a topic Arabic lacks is listed with the notice under its title" \
	row_has $((row + 1)) "English.*$arabic|$arabic.*English"
check "and opens in English" topic_opens "$row" "$col" "What is this condition?"
check "with a notice in Arabic that names English" notice_shown
keys Home 2
wait_gone "Pain at the front of the hip"
check "the Arabic topic opens without it" no_notice
check "the kiosk is still running" still_running
finish
