#!/bin/bash
# The Take home code: T on a page shows it on screen, and a capture of the
# screen turned into a PNG reads back as the leaflet's address at 80x24 and
# 100x30 (and on My questions as the ticked questions); from the command line `kiosk --qr` writes a PNG that a phone's
# decoder (zbarimg) reads back, and `kiosk --check` refuses an address too
# long for the screen.
source "$(dirname "$0")/lib.bash"

short=$(write_conf short.conf "handout_url = https://clinic.example.org/leaflets/{language}/{id}")
long=$(write_conf long.conf "handout_url = https://clinic.example.org/patient-information/orthopaedics/hip/{language}/{id}.html")

decoded() { zbarimg -q --raw "$1" 2>/dev/null; }

# open_code COLS ROWS: the Take home screen of the first topic's first
# page, on a terminal that size.
open_code() {
	start_kiosk "$short" xterm-256color "$1" "$2"
	wait_for "Press any key" && keys Enter && wait_for "Choose a topic" &&
		keys 1 && wait_for "Step 1 of 9" && keys T &&
		wait_for "Touch or press any key to go back"
}

# The address read from the screen's capture turned into a PNG.
screen_code() {
	screen | "$ROOT/build/obj/tests/screen2png" "$WORK/screen.png" &&
		decoded "$WORK/screen.png"
}

leaflet=https://clinic.example.org/leaflets/en/iliopsoas-tendinopathy-bursitis
open_code 80 24
check "T shows a code that reads back as the leaflet's address at 80x24" \
	test "$(screen_code)" = "$leaflet"
check "and the address is written under it" wait_for "$leaflet"
keys x
check "any key goes back to the page" wait_for "Step 1 of 9"
open_code 100 30
check "T shows a code that reads back at 100x30" test "$(screen_code)" = "$leaflet"

# My questions: T shows the ticked ones as a code of plain text.
start_kiosk "$short" xterm-256color 120 40
wait_for "Press any key" && keys Enter && wait_for "Choose a topic" && keys 2 6 &&
	wait_for "Step 6 of 6" && next_until "My questions for the appointment"
keys 1 3
wait_for "2 ticked"
keys T
wait_for "Touch or press any key to go back"
check "on My questions T shows a code that reads back as the ticked questions" \
	test "$(screen_code)" = $'My questions to ask:\nWhy do you think an injection will help me?\nWhat happens if I do not have the injection?'

"$KIOSK" -c "$short" --qr hip-steroid-injection -o "$WORK/hip.png" >"$WORK/address"
check "kiosk --qr prints the leaflet address" \
	grep -qx "https://clinic.example.org/leaflets/en/hip-steroid-injection" "$WORK/address"
check "the PNG reads back as that address" \
	test "$(decoded "$WORK/hip.png")" = "https://clinic.example.org/leaflets/en/hip-steroid-injection"

"$KIOSK" -c "$long" --qr hip-steroid-injection -o "$WORK/long.png" >/dev/null 2>"$WORK/long.err"
check "a long address still makes a PNG that reads back" \
	test "$(decoded "$WORK/long.png")" = "https://clinic.example.org/patient-information/orthopaedics/hip/en/hip-steroid-injection.html"
check "kiosk --qr says when the code is too big for 80x24" \
	grep -q "too big for an 80x24 screen" "$WORK/long.err"

"$KIOSK" -c "$long" --check >"$WORK/check.out"
status=$?
check "kiosk --check refuses an address too long for the screen" \
	test "$status" -eq 1
check "and says which topic and the longest that fits" \
	grep -q "hip-steroid-injection.yaml: error: the leaflet address for the Take home code is 93 characters; a QR code that fits an 80x24 screen holds at most 78" "$WORK/check.out"

"$KIOSK" --qr hip-steroid-injection -o "$WORK/none.png" 2>"$WORK/none.err"
status=$?
check "a topic without a leaflet address makes no code" \
	bash -c "[ $status -eq 1 ] && [ ! -e '$WORK/none.png' ] && grep -q 'has no leaflet address' '$WORK/none.err'"

finish
