#!/bin/bash
# Characters whose drawn width terminals disagree on, or that reorder or
# hide text, never reach the screen: an emoji ZWJ sequence with VS16, a
# line separator and a right-to-left override are refused with a message
# naming them, and a file name holding U+202E is shown escaped.
source "$(dirname "$0")/lib.bash"

mkdir "$WORK/content"
cp "$ROOT/content"/*.yaml "$WORK/content/"
flag=$'\U1F3F3\uFE0F\u200D\U1F308'
sed -i "s/^title: Steroid injection in the hip.*/title: Steroid injection $flag in the hip/" \
	"$WORK/content/hip-steroid-injection.yaml"
sed -i $'s/^title: \\(.*\\)/title: "\\1 one\u2028two"/' \
	"$WORK/content/iliopsoas-tendinopathy-bursitis.yaml"
printf 'id: x\n' >"$WORK/content/evil"$'\u202E'"lmth.yaml"
conf=$(write_conf unicode.conf "lock = yes" "content_dir = $WORK/content")
start_kiosk "$conf"
wait_for "Press any key or touch the screen to start"
keys Enter
check "topics holding such characters are refused: the calm screen shows" \
	wait_for "The information is being updated."
check "the emoji sequence is named in the message" \
	grep -q "hip-steroid-injection.yaml:5:8: error: 'title' contains a variation selector" "$WORK/stderr"
check "the line separator is named in the message" \
	grep -q "iliopsoas-tendinopathy-bursitis.yaml:.*contains a line separator (U+2028)" "$WORK/stderr"
check "a file name with U+202E is shown escaped" \
	grep -qF 'evil\u{202E}lmth.yaml' "$WORK/stderr"
no_raw_characters() {
	! grep -q $'\u202E\\|\uFE0F\\|\u200D\\|\u2028' "$WORK/stderr" &&
		! screen | grep -q $'\uFE0F\\|\u200D'
}
check "no such character reaches the terminal or the messages" no_raw_characters
check "the kiosk is still running" still_running
finish
