#!/bin/bash
# The screens in the kiosk's language (po/LANG.po through gettext): with
# `language = es` the buttons, the step line and the hints are Spanish, at
# 80x24 and at 40x12 on the console; with `language = ar` the buttons are
# Arabic words.  How right-to-left text is laid out is not checked here.
source "$(dirname "$0")/lib.bash"

# Whether WORD is on screen, letters compared after NFKC (a terminal shows
# Arabic in joined presentation forms) and in either order (logical, or
# reversed for display right to left).
has_word() {
	screen | python3 -c '
import sys, unicodedata
text = unicodedata.normalize("NFKC", sys.stdin.read())
word = sys.argv[1]
sys.exit(0 if word in text or word[::-1] in text else 1)' "$1"
}
wait_for_word() { poll_until "\"$1\" on screen" "${2:-10}" has_word "$1"; }

conf=$(write_conf es.conf "lock = yes" "language = es")
start_kiosk "$conf"
check "the welcome screen is in Spanish" \
	wait_for "Pulse una tecla o toque la pantalla para empezar"
keys Enter
check "the topic list is in Spanish" wait_for "Elija un tema"
check "with Spanish buttons" wait_for "[ < Atrás ]"
keys 1
check "a topic's step line is in Spanish" wait_for "Paso 1 de "
check "and its buttons" wait_for "[ Seguir > ]"
check "and its hint" wait_for "Toque un botón, el paso o una palabra"
keys '?'
check "the help box is in Spanish" wait_for "Ayuda: cómo usar esta pantalla"

start_kiosk "$conf" linux 40 12
wait_for "Pulse una tecla"
keys Enter 1
check "at 40x12 the step line is in Spanish" wait_for "Paso 1 de "
check "and all four buttons fit, whole" \
	bash -c "tmux -L $SOCK capture-pane -p -t $PANE | grep -F '< Atrás' | grep -F 'Menú' | grep -F 'Ayuda' | grep -qF 'Seguir >'"

conf=$(write_conf ar.conf "lock = yes" "language = ar")
start_kiosk "$conf"
check "the welcome screen is in Arabic" wait_for_word "للبدء"
keys Enter
check "the topic list is in Arabic" wait_for_word "اختر"
keys 1
check "a topic's buttons are Arabic words" wait_for_word "الفهرس"
check "Back too" wait_for_word "رجوع"
check "the kiosk is still running" still_running
finish
