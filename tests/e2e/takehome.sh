#!/bin/bash
# The Take home code from the command line: `kiosk --qr` writes a PNG that
# a phone's decoder (zbarimg) reads back as the leaflet's address, and
# `kiosk --check` refuses an address too long for the screen.
source "$(dirname "$0")/lib.bash"

short=$(write_conf short.conf "handout_url = https://clinic.example.org/leaflets/{language}/{id}")
long=$(write_conf long.conf "handout_url = https://clinic.example.org/patient-information/orthopaedics/hip/{language}/{id}.html")

decoded() { zbarimg -q --raw "$1" 2>/dev/null; }

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
