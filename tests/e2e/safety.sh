#!/bin/bash
# Terminal safety: nothing from a content file, a file name or the settings
# reaches the terminal as a control character or escape sequence.  Every
# byte the kiosk writes to its terminal is recorded and scanned.
source "$(dirname "$0")/lib.bash"

mkdir -p "$WORK/hostile"
cp "$ROOT/content"/*.yaml "$WORK/hostile/"
topic=$WORK/hostile/iliopsoas-tendinopathy-bursitis.yaml
# Escape sequences and C1 controls written as YAML escapes: every one of
# these files must be refused, so none of it can be drawn.
sed 's/^title: .*/title: "Set title \\e]2;HACKED-TITLE\\a now"/' "$topic" >"$WORK/hostile/osc.yaml"
sed -i 's/^id: .*/id: osc/' "$WORK/hostile/osc.yaml"
sed 's/^summary: >-/summary: "Clear \\e[2J screen \\x9b31m red"\nx: >-/' "$topic" >"$WORK/hostile/csi.yaml"
sed -i 's/^id: .*/id: csi/' "$WORK/hostile/csi.yaml"
printf -- '- junk\n' >"$WORK/hostile/name-$(printf '\033')]2;HACKED-NAME$(printf '\007').yaml"
# Legal but unusual text that must be drawn safely: wide characters,
# combining marks, emoji, right-to-left text.
sed -i 's/^title: .*/title: "Hip pain 日本語 café e\\u0301 😀 שלום"/' "$topic"
{
	echo "content_dir = $WORK/hostile"
	printf 'clinic_name = Clinic \033]2;HACKED-CONF\007 name\n'
	echo "lock = no"
} >"$WORK/safety.conf"

start_kiosk "$WORK/safety.conf"
t pipe-pane -O -t "$PANE" "cat >>$WORK/bytes"
wait_for "Press any key or touch the screen to start"
keys Enter
wait_for "Choose a topic"
keys 1
wait_for "Step 1 of 9"
keys Tab Enter
wait_for "Say it:"
keys Escape '?'
wait_for "Help: how to use this screen"
keys Escape Home Down Enter
wait_for "Step 1 of"
t resize-window -t "$PANE" -x 30 -y 10
wait_for "Please make the"
t resize-window -t "$PANE" -x 80 -y 24
wait_for "Step 1 of"
keys q
wait_for "kiosk exited with status 0"
t pipe-pane -t "$PANE"

check "the unusual but legal title is drawn" \
	grep -q "日本語" "$WORK/bytes"
check "nothing from hostile files reaches the terminal" \
	bash -c "! grep -aq 'HACKED' '$WORK/bytes'"
check "no operating-system command (ESC ]) sequence is written" \
	bash -c "! grep -aqP '\x1b\]' '$WORK/bytes'"
check "no bell is written" bash -c "! grep -aqP '\x07' '$WORK/bytes'"
check "the output is UTF-8 with no C1 control characters" \
	perl -e 'local $/; open my $f, "<", $ARGV[0] or exit 1; my $b = <$f>;
		 utf8::decode($b) or exit 1; exit($b =~ /[\x{80}-\x{9f}]/ ? 1 : 0)' "$WORK/bytes"
check "the refused files are named in the messages" \
	grep -q "osc.yaml:5:8: error: 'title' contains an escape character" "$WORK/stderr"
check "the hostile file name is escaped in messages" \
	grep -q 'name-\\x1B\]2;HACKED-NAME\\x07.yaml' "$WORK/stderr"
finish
