#!/bin/bash
# Contrast and focus as a patient sees them: on the Linux console, a vt100
# and xterm, with each theme and with NO_COLOR, the welcome screen, the
# topic list, a page with glossary words, the get-help page and the search
# screen (its keyboard, a hit and "Did you mean") keep every
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

# looks_differ TERM TEXT OTHER: TEXT (its first cell) is drawn differently
# from OTHER in a way the terminal can show, on each of its palettes.
looks_differ() {
	local term=$1 pal one two
	for pal in $(palettes "$term"); do
		one=$(capture | "$CONTRAST" "$pal" --look "$2") || return 1
		two=$(capture | "$CONTRAST" "$pal" --look "$3") || return 1
		if [ "$one" = "$two" ]; then
			echo "# '$2' and '$3' both look: $one ($pal)"
			return 1
		fi
	done
}

# tab_to_a_button TERM: Tab moves the focus along the page's words to the
# buttons; the first button to take it (Back) must then stand out from
# another (Help).  Each Tab changes how the screen is drawn, so wait for
# that (up to 2 s) before looking.
tab_to_a_button() {
	local term=$1 i j before
	for ((i = 0; i < 20; i++)); do
		before=$(capture)
		keys Tab
		for ((j = 0; j < 40; j++)); do
			[ "$(capture)" != "$before" ] && break
			sleep 0.05
		done
		looks_differ "$term" "< Back" "Help ?" >/dev/null && return 0
	done
	looks_differ "$term" "< Back" "Help ?"
}

# eventually CMD...: CMD succeeds within 10 seconds (the screen may still
# be drawing); its last complaint is shown when it never does.
eventually() {
	local i out
	for ((i = 0; i < 100; i++)); do
		out=$("$@") && return 0
		sleep 0.1
	done
	echo "$out"
	return 1
}

# on TEXT CMD...: TEXT comes on screen, then CMD succeeds.
on() {
	local text=$1
	shift
	wait_for "$text" && eventually "$@"
}

# walk TERM THEME LABEL: one kiosk, four screens, each measured.
walk() {
	local term=$1 theme=$2 label=$3 conf
	conf=$(write_conf "contrast-$theme.conf" "lock = yes" "theme = $theme")
	start_kiosk "$conf" "$term"
	check "$label: the welcome screen reads at 4.5:1" \
		on "Press any key or touch the screen to start" readable "$term" welcome
	keys Enter
	check "$label: the topic list reads at 4.5:1" \
		on "Choose a topic" readable "$term" menu
	keys 1 Right Right
	check "$label: glossary words read at 4.5:1" \
		on "How the hip works" readable "$term" "glossary page"
	check "$label: glossary words are marked visibly" \
		eventually looks_differ "$term" pelvis "the inside of"
	keys 9
	check "$label: the get-help page reads at 4.5:1" \
		on "A&E" readable "$term" "get-help page"
	check "$label: the focused button stands out" tab_to_a_button "$term"
	keys Home /
	wait_for "Space" && keys -l bersitis
	check "$label: the search keyboard and Did you mean read at 4.5:1" \
		on "Did you mean" readable "$term" "search screen"
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
