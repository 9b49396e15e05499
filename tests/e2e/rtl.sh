#!/bin/bash
# Arabic read from the right: with `language = ar` the text of the Arabic
# topic ends at the right margin, its letters are drawn joined
# (presentation forms: terminals do not shape), Next is on the left and
# moves forward, and the arrow keys follow.
source "$(dirname "$0")/lib.bash"

# The body rows (below the page title, above "End of page"), trimmed of
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

# "< Next" at the left end of the button row, "Back >" at the right.
next_left_of_back() {
	local next back
	next=$(find_text "< Next")
	back=$(find_text "Back >")
	[ -n "$next" ] && [ -n "$back" ] && [ "${next#* }" -lt "${back#* }" ] &&
		[ "${next#* }" -le 3 ]
}

export LC_ALL=C.UTF-8
conf=$(write_conf ar.conf "language = ar" "lock = no")
start_kiosk "$conf" xterm-256color 80 24
wait_for "Press any key"
keys Enter
wait_for "Choose a topic"
keys 1
check "the Arabic topic opens" wait_for "Page 1 of 3"
check "its text ends at the right margin" rows_end_at_right_margin
check "its letters are drawn joined" shaped_letters_on_screen
check "Next is on the left and Back on the right" next_left_of_back
read -r row col <<<"$(find_text "< Next")"
click "$row" "$((col + 2))"
check "touching Next on the left moves forward" wait_for "Page 2 of 3"
keys Right
check "the Right arrow goes back" wait_for "Page 1 of 3"
keys Left
check "the Left arrow moves on" wait_for "Page 2 of 3"
finish
