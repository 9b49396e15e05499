#!/bin/bash
# Staff edit content while the kiosk runs: good changes show up without a
# restart, broken files are not taken (the log names the line), fixed files
# are, half-written files are never shown, and a page that goes away sends
# the patient back gently.
source "$(dirname "$0")/lib.bash"

cp -r "$ROOT/content" "$WORK/content"
topic=$WORK/content/iliopsoas-tendinopathy-bursitis.yaml
{
	echo "content_dir = content"
	echo "clinic_name = Reload Clinic"
	echo "lock = yes"
	echo "log_file = kiosk.log"
} >"$WORK/kiosk.conf"
start_kiosk "$WORK/kiosk.conf"
wait_for "Press any key or touch the screen to start"
keys Enter 1
wait_for "Step 1 of 9: What it is"

sed -i 's/^title: Pain at the front of the hip.*/title: Front of hip pain (edited)/' "$topic"
check "a changed title shows without a restart" wait_for "Front of hip pain (edited)"
check "the patient stays on their page" wait_for "Step 1 of 9: What it is"

in_log() { grep -qF -- "$1" "$WORK/kiosk.log" 2>/dev/null; }
log_has() {
	poll_until "\"$1\" in the log" 10 in_log "$1" && return 0
	sed 's/^/# log: /' "$WORK/kiosk.log"
	return 1
}
# errors_has TEXT: poll until `kiosk --errors` lists TEXT as in force.
in_errors() { "$KIOSK" --errors "$WORK/kiosk.log" 2>/dev/null | grep -qF -- "$1"; }
errors_has() {
	poll_until "kiosk --errors to list \"$1\"" 10 in_errors "$1" && return 0
	"$KIOSK" --errors "$WORK/kiosk.log" 2>&1 | sed 's/^/# errors: /'
	return 1
}
cp "$topic" "$WORK/good.yaml"
sed -i 's/^title: Front of hip pain (edited)/titel: Front of hip pain (broken)/' "$topic"
check "a broken file is logged, and kiosk --errors lists it with its line and column" \
	errors_has "iliopsoas-tendinopathy-bursitis.yaml:5:1: error: unknown key 'titel' in a topic file; did you mean 'title'?"
check "the log says the last good version was kept" log_has "kept the last good version"
check "the old content stays on screen" wait_for "Front of hip pain (edited)"

sed 's/^title: Front of hip pain (edited)/title: Front of hip pain (fixed)/' "$WORK/good.yaml" >"$topic"
check "once fixed, the file is taken" wait_for "Front of hip pain (fixed)"

# An editor saving in place: most of the file written, a pause, then the
# rest.  Nothing is taken until the file is closed.
half_written() {
	local half
	half=$(sed 's/^title: Front of hip pain (edited)/title: Half written title/' "$WORK/good.yaml")
	exec 7>"$topic"
	printf '%s\n' "$half" | head -n -2 >&7
	sleep 1
	screen | grep -qF "Half written title" && { exec 7>&-; return 1; }
	printf '%s\n' "$half" | tail -n 2 >&7
	exec 7>&-
	wait_for "Half written title"
}
check "a half-written file is never shown; the finished one is" half_written

rm "$topic"
check "when the topic goes, the patient is sent back to the topic list" \
	wait_for "Choose a topic"
check "and only the remaining topic is listed" \
	bash -c "! tmux -L $SOCK capture-pane -p -t $PANE | grep -q 'Half written title'"
cp "$WORK/good.yaml" "$topic"
check "a new file appears in the topic list" wait_for "1. Front of hip pain (edited)"

sed -i 's/^clinic_name = .*/clinic_name = Renamed Clinic/' "$WORK/kiosk.conf"
check "a change to kiosk.conf is taken too" wait_for "Renamed Clinic"
sed -i 's/^clinic_name = .*/clinic_nme = Oops/' "$WORK/kiosk.conf"
check "a broken kiosk.conf is not taken and the log says why" \
	errors_has "kiosk.conf:2: error: unknown key 'clinic_nme'; did you mean 'clinic_name'?"
check "the last good settings stay" wait_for "Renamed Clinic"
check "the kiosk is still running" still_running
finish
