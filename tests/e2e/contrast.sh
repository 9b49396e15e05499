#!/bin/bash
# Contrast and focus as a patient sees them: on the Linux console, a vt100
# and xterm, with each theme and with NO_COLOR, the welcome screen, the
# topic list, a page with glossary words and the get-help page keep every
# run of text at 4.5:1 or more against the terminal's real palette, and the
# focused button looks different from the others.  tests/contrast/contrast.c
# does the arithmetic on `capture-pane -e` output.
source "$(dirname "$0")/lib.bash"

CONTRAST=${CONTRAST:-$ROOT/build/obj/tests/contrast}

# palettes TERM: the palettes a terminal type is judged with.  A vt100 has
# no colours of its own, so it must read well both light and dark.
palettes() {
	case $1 in
	linux) echo linux ;;
	vt100) echo xterm xterm-dark ;;
	*) echo xterm ;;
	esac
}

capture() { t capture-pane -e -p -t "$PANE"; }

# readable TERM WHAT: every text run on screen meets 4.5:1.
readable() {
	local term=$1 what=$2 pal out ok=0
	for pal in $(palettes "$term"); do
		if ! out=$(capture | "$CONTRAST" "$pal" --min 4.5); then
			echo "# $what on $pal palette:"
			sed 's/^/#   /' <<<"$out" | head -8
			ok=1
		fi
	done
	return $ok
}

# focus_differs TERM: the focused button (Next) does not look like Back.
focus_differs() {
	local term=$1 pal focused other
	for pal in $(palettes "$term"); do
		focused=$(capture | "$CONTRAST" "$pal" --look "Next") || return 1
		other=$(capture | "$CONTRAST" "$pal" --look "Back") || return 1
		if [ "$focused" = "$other" ]; then
			echo "# focused and unfocused buttons both look: $focused ($pal)"
			return 1
		fi
	done
}

# marked TERM: a glossary word (pelvis) looks different from the plain
# words before it, in a way the terminal can show.
marked() {
	local term=$1 pal word plain
	for pal in $(palettes "$term"); do
		word=$(capture | "$CONTRAST" "$pal" --look "pelvis") || return 1
		plain=$(capture | "$CONTRAST" "$pal" --look "the inside of") || return 1
		if [ "$word" = "$plain" ]; then
			echo "# glossary word and plain text both look: $word ($pal)"
			return 1
		fi
	done
}

# walk TERM THEME LABEL: one kiosk, four screens, each measured.
walk() {
	local term=$1 theme=$2 label=$3 conf
	conf=$(write_conf "contrast-$theme.conf" "lock = yes" "theme = $theme")
	start_kiosk "$conf" "$term"
	wait_for "Press any key or touch the screen to start" &&
		check "$label: the welcome screen reads at 4.5:1" readable "$term" welcome
	keys Enter
	wait_for "Choose a topic" &&
		check "$label: the topic list reads at 4.5:1" readable "$term" menu
	keys 1 Right Right
	wait_for "Step 2 of 9: How the hip works" &&
		check "$label: glossary words read at 4.5:1" readable "$term" "glossary page" &&
		check "$label: glossary words are marked visibly" marked "$term"
	keys BTab
	check "$label: the focused button stands out" focus_differs "$term"
	keys 9
	wait_for "When to get help" && wait_for "A&E" &&
		check "$label: the get-help page reads at 4.5:1" readable "$term" "get-help page"
}

too_dim() { printf '\e[1;30;46mtext\e[0m\n' | "$CONTRAST" linux >/dev/null; }
check "the checker fails bold black on cyan on the console (2.6:1)" \
	eval '! too_dim'

for term in linux vt100 xterm-256color; do
	for theme in standard high-contrast mono; do
		walk "$term" "$theme" "$term $theme"
	done
	NO_COLOR=1 walk "$term" standard "$term NO_COLOR"
done
finish
