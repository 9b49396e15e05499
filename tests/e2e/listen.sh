#!/bin/bash
# Listen: with speech on and speech_output set, L reads the page aloud into
# a WAV file while the sentence being read is highlighted and moves on;
# Home stops it.  A glossary word read to the end gives a file whose length
# fits its words.
source "$(dirname "$0")/lib.bash"

wav=$WORK/out.wav
conf=$(write_conf listen.conf "speech = on" "speech_rate = 300" "speech_output = $wav")

# The highlighted text (the focus look: a yellow background, bright where
# the terminal has it) on the captured screen.
highlighted() {
	t capture-pane -e -p -t "$PANE" | grep -oE $'\e\\[(43|103)m[^\e]*' | head -1 |
		sed -E 's/^.\[[0-9]+m//'
}

# wait_highlight TEXT: poll until the highlight starts with TEXT.
wait_highlight() {
	local i
	for ((i = 0; i < 300; i++)); do
		[[ "$(highlighted)" == "$1"* ]] && return 0
		sleep 0.05
	done
	echo "# highlighted: $(highlighted)"
	return 1
}

wait_file() {
	local i
	for ((i = 0; i < 300; i++)); do
		[ -s "$1" ] && return 0
		sleep 0.05
	done
	echo "# no file $1"
	return 1
}

# wav_facts FILE: "SECONDS PEAK" of a 16-bit mono WAV, or nothing if it
# is not one.
wav_facts() {
	python3 - "$1" <<'PY' 2>/dev/null
import sys, wave, array
with open(sys.argv[1], 'rb') as f:
    if f.read(4) != b'RIFF':
        sys.exit(1)
w = wave.open(sys.argv[1])
data = array.array('h', w.readframes(w.getnframes()))
print(w.getnframes() / w.getframerate(), max(abs(s) for s in data) if data else 0)
PY
}

# fits SECONDS LOW HIGH: whether LOW <= SECONDS <= HIGH.
fits() { python3 -c "import sys; sys.exit(not ($2 <= $1 <= $3))"; }

start_kiosk "$conf"
wait_for "Press any key"
keys Enter
wait_for "Choose a topic"
keys 1
wait_for "Step 1 of 9: What it is"
check "a Listen button is on the page" wait_for "Listen"
keys L
check "the sentence being read is highlighted" \
	wait_highlight "This is pain at the front of the hip."
check "the highlight moves on to the next sentence" wait_highlight "It comes from the"
keys Home
check "Home goes to the topic list" wait_for "Choose a topic"
check "Home stops the reading: the file is put in place" wait_file "$wav"
size=$(stat -c %s "$wav" 2>/dev/null)
sleep 1	# the file must not grow after the stop: wait, then compare
check "and it does not grow after Home" test "$(stat -c %s "$wav")" = "$size"
read -r seconds peak <<<"$(wav_facts "$wav")"
check "the file is a WAV of the sentences read (1 to 30 s)" fits "${seconds:-0}" 1 30
check "and not silence" test "${peak:-0}" -gt 1000

rm -f "$wav"
keys 1
wait_for "Step 1 of 9: What it is"
keys Tab Enter
wait_for "ILL-ee-oh-SO-us"
keys L
check "Listen reads a glossary word to its end" wait_file "$wav"
read -r seconds peak <<<"$(wav_facts "$wav")"
# 23 words at 300 a minute: about 4.6 s.
check "its length fits its 23 words" fits "${seconds:-0}" 2 12
check "and it is not silence" test "${peak:-0}" -gt 1000

keys Escape
keys q
finish
