#!/bin/bash
# Figures: drawn as pictures of coloured character cells with a numbered
# legend on xterm-like terminals, in 16 colours and console glyphs on the
# Linux console, in words (alt text and legend) on vt100; drawn again at
# the new size after a resize; a touch on a marker or a legend line opens
# the glossary.
source "$(dirname "$0")/lib.bash"
export LANG=C.UTF-8

conf=$(write_conf figures.conf "lock = no")

# open_anatomy: from the welcome screen to the hip's anatomy page.
open_anatomy() {
	wait_for "Press any key or touch the screen to start" || return 1
	keys Enter
	wait_for "1. Pain at the front of the hip" || return 1
	keys 1
	wait_for "Step 1 of 9:" || return 1
	keys 2
	wait_for "Step 2 of 9: How the hip works"
}

# Lines of the screen with 256-colour backgrounds: the picture's rows.
picture_rows() {
	t capture-pane -p -e -t "$PANE" | grep -c $'\e\\[[0-9;]*48;5;'
}

# picture_grows_past N: polls until more than N rows hold the picture.
picture_grows_past() {
	local i
	for ((i = 0; i < 200; i++)); do
		(($(picture_rows) > $1)) && return 0
		sleep 0.05
	done
	echo "# the picture still has $(picture_rows) rows"
	return 1
}

# The row and column of marker DIGIT on the picture: the digit left of
# the legend, which starts at LEGEND_COL.
marker_at() {
	local digit=$1 legend_col=$2 row=0 line prefix
	while IFS= read -r line; do
		line=${line:0:legend_col}
		prefix=${line%%"$digit"*}
		if [ "$prefix" != "$line" ]; then
			echo "$row ${#prefix}"
			return 0
		fi
		row=$((row + 1))
	done < <(screen)
	return 1
}

# The whole picture in sight: the figure's first line at the top.
show_picture() {
	next_until "9 Thigh bone" || return 1
	wait_for "The hip from the front"
}

start_kiosk "$conf" xterm-256color 80 24
check "the anatomy page opens at 80x24 on xterm-256color" open_anatomy
check "the picture and its legend are on screen" show_picture
check "the picture's cells are drawn in 256 colours" \
	eval '(($(picture_rows) >= 8))'
read -r legend_row legend_col < <(find_text "5 Hip joint")
check "touching a legend line opens its glossary word" \
	eval 'click "$legend_row" "$((legend_col + 3))" && wait_for "A place where two bones meet"'
keys Escape
wait_gone "A place where two bones meet"
read -r marker_row marker_col < <(marker_at 6 "$legend_col")
check "touching a marker on the picture opens its glossary word" \
	eval 'click "$marker_row" "$marker_col" && wait_for "A small, thin sac of fluid"'
keys Escape
wait_gone "A small, thin sac of fluid"
rows_before=$(picture_rows)
t resize-window -t "$PANE" -x 140 -y 50
check "a larger window draws the picture again, larger" picture_grows_past "$rows_before"

start_kiosk "$conf" linux 80 24
open_anatomy
show_picture
check "the Linux console gets block glyphs in its 16 colours, no sextants" \
	eval 'screen | grep -q "[▀▄█▌▐]" &&
	      ! screen | grep -qP "[\x{1FB00}-\x{1FB3B}]" &&
	      ! t capture-pane -p -e -t "$PANE" | grep -qE "\[[0-9;]*[34]8;[25];"'

start_kiosk "$conf" vt100
check "the anatomy page opens on vt100" open_anatomy
check "the picture's alt text is shown where the picture goes" \
	next_until "Picture: A drawing of the right hip from the front."
check "a label naming a glossary term shows its own words" \
	next_until "5. Hip joint"
check "the legend goes on, a numbered line for each label" \
	next_until "9. Thigh bone"
finish
