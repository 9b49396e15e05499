#!/bin/bash
# Staff tools as a nurse uses them: a new topic from the template, checked
# on its own and previewed before it goes live; a handout of a topic with
# errors says so.
source "$(dirname "$0")/lib.bash"

mkdir "$WORK/content"
# The English topics only: the bundled translations carry review warnings.
cp -r "$ROOT/content/figures" "$ROOT/content/glossary.yaml" \
	"$ROOT/content/hip-steroid-injection.yaml" \
	"$ROOT/content/iliopsoas-tendinopathy-bursitis.yaml" "$WORK/content/"
conf=$(write_conf tools.conf "content_dir = $WORK/content" "lock = yes")

new_topics() {
	"$KIOSK" -c "$conf" --new carpal-tunnel >/dev/null &&
		"$KIOSK" -c "$conf" --new wrist-injection --kind procedure >/dev/null
}
check "--new writes a condition and a procedure from the template" new_topics
check "--new never overwrites a file" bash -c "! '$KIOSK' -c '$conf' --new carpal-tunnel 2>&1 |
	grep -qv 'kiosk: cannot write $WORK/content/carpal-tunnel.yaml: File exists; choose another id or edit that file'"
check "the new topics pass --check with no warnings" \
	bash -c "'$KIOSK' -c '$conf' --check | tail -1 | grep -qx '$WORK/content: 5 files, 4 topics, 1 glossary: 0 errors, 0 warnings'"

sed -i 's/^title: .*/title: Carpal tunnel syndrome/; s/- topic: .*//' "$WORK/content/carpal-tunnel.yaml"
printf '      - title: Next\n        blocks:\n          - link: { topic: carpal-tunel }\n' \
	>>"$WORK/content/carpal-tunnel.yaml"
check "--check FILE reports only that file's problems" \
	bash -c "'$KIOSK' -c '$conf' --check '$WORK/content/carpal-tunnel.yaml' | tail -1 |
		grep -qx '$WORK/content/carpal-tunnel.yaml: 1 error, 0 warnings'"

sed -i 's/^summary:/summry:/' "$WORK/content/carpal-tunnel.yaml"
check "--print of a topic with errors says so and prints them" \
	bash -c "! '$KIOSK' -c '$conf' --print carpal-tunnel 2>$WORK/print.err &&
		head -1 $WORK/print.err | grep -qx \"kiosk: topic 'carpal-tunnel' has errors, so it cannot be printed; fix these and try again:\" &&
		grep -q \"carpal-tunnel.yaml:10:1: error: unknown key 'summry' in a topic file; did you mean 'summary'?\" $WORK/print.err"

sed -e "s|@DATADIR@|$ROOT|; s|@SYSCONFDIR@|/etc|" deploy/kiosk.conf.in >"$WORK/installed.conf"
check "the installed settings template is locked, logs under /var/log and checks clean" \
	bash -c "grep -qx 'lock = yes' $WORK/installed.conf &&
		grep -qx 'log_file = /var/log/kiosk/usage.log' $WORK/installed.conf &&
		'$KIOSK' -c $WORK/installed.conf --check >/dev/null"

sed -i 's/- title: What is it?/- title: What is a [[steroid]]?/' "$WORK/content/wrist-injection.yaml"
check "a glossary mark in a title prints as the word" \
	bash -c "'$KIOSK' -c '$conf' --print wrist-injection --width 40 >$WORK/print.txt &&
		grep -qx 'What is a steroid?' $WORK/print.txt && ! grep -q '\[\[' $WORK/print.txt"

start_kiosk "$conf --preview $WORK/content/wrist-injection.yaml"
check "--preview opens the topic at once, marks in its title shown as words" \
	wait_for "What is a steroid?"
keys q
check "and is unlocked: q quits" wait_for "kiosk exited with status 0"
finish
