#!/bin/bash
# Arabic read from the right: with `language = ar` the text of the Arabic
# topic ends at the right margin, its letters are drawn joined
# (presentation forms: terminals do not shape), Next is on the left and
# moves forward, and the arrow keys follow.
source "$(dirname "$0")/lib.bash"
# Cells are counted, and the expected words below written, as UTF-8.
export LC_ALL=C.UTF-8

# The body rows (below the page title, above the "-- ... --" line), trimmed of
# the spaces on their right, each with its length in cells (the shaped
# letters are one cell each).
body_rows() {
	screen | sed -n '5,/-- /p' | sed '$d; s/ *$//' | grep -v '^$'
}

# Every body row ends at the text's right edge (column 78 of 80), or two
# columns inside it for a list's wrapped lines.
rows_end_at_right_margin() {
	local row n=0
	while IFS= read -r row; do
		n=$((n + 1))
		if [ "${#row}" -ne 78 ] && [ "${#row}" -ne 76 ]; then
			echo "# row ends at column ${#row}: $row"
			return 1
		fi
	done < <(body_rows)
	[ "$n" -ge 3 ]
}

# Shaped Arabic: joined forms from Arabic Presentation Forms-B (U+FE70 to
# U+FEFC), among them the lam-alef ligature of "الألم"-like words.
shaped_letters_on_screen() {
	screen | grep -qP '[\x{FE70}-\x{FEFC}]'
}

# Next ("[ < ..." with its arrow pointing left) at the left end of the
# button row, Back ("... > ]") at the right: whatever the labels' words.
next_left_of_back() {
	local next back
	next=$(find_text "[ <")
	back=$(find_text "> ]")
	[ -n "$next" ] && [ -n "$back" ] && [ "${next#* }" -lt "${back#* }" ] &&
		[ "${next#* }" -le 1 ]
}

# Words of the pages' titles as drawn, shaped and reordered: "ما هذه" of
# "ما هذه الحقنة؟" (page 1) and "هل تنجح" of "هل تنجح الحقنة؟" (page 2).
PAGE1=$'\uFEE9\uFEAC\uFEEB \uFE8E\uFEE3'
PAGE2=$'\uFEA2\uFEA0\uFEE8\uFE97 \uFEDE\uFEEB'

conf=$(write_conf ar.conf "language = ar" "lock = no")
start_kiosk "$conf" xterm-256color 80 24
wait_for "Test Clinic"
keys Enter
wait_for "> ]"
keys 1
check "the Arabic topic opens at its first page" wait_for "$PAGE1"
check "its text ends at the right margin" rows_end_at_right_margin
check "its letters are drawn joined" shaped_letters_on_screen
check "Next is on the left and Back on the right" next_left_of_back
read -r row col <<<"$(find_text "[ <")"
click "$row" "$((col + 3))"
check "touching Next on the left moves forward" wait_for "$PAGE2"
keys Right
check "the Right arrow goes back" wait_for "$PAGE1"
keys Left
check "the Left arrow moves on" wait_for "$PAGE2"
finish
