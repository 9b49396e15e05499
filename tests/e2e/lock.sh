#!/bin/bash
# Lockdown: no key, signal or sequence ends or suspends a locked kiosk;
# staff leave with F10 and the PIN, and wrong PINs lock them out a while.
source "$(dirname "$0")/lib.bash"

hash=$(printf "2468\n2468\n" | "$KIOSK" --hash-pin 2>/dev/null)
check "--hash-pin prints a line to paste into kiosk.conf" \
	bash -c "[[ '$hash' == 'staff_pin_hash = \$'* ]]"
check "--hash-pin refuses a PIN that is not 4 to 12 digits" \
	bash -c "! echo 12ab | '$KIOSK' --hash-pin >/dev/null 2>&1"
check "--hash-pin refuses two PINs that differ" \
	bash -c "printf '2468\\n2469\\n' | '$KIOSK' --hash-pin 2>&1 >/dev/null |
		grep -qx \"kiosk: the two PINs differ; nothing was made, run 'kiosk --hash-pin' again\""
conf=$(write_conf lock.conf "lock = yes" "$hash")
start_kiosk "$conf"
wait_for "Press any key or touch the screen to start"
keys Enter 1
wait_for "Step 1 of 9"

survives_key() {
	keys "$@"
	sleep 0.2
	still_running && wait_for "Step 1 of 9" 2
}
for key in C-c C-z 'C-\' C-d q Q Escape F1 F2 F3 F4 F5 F6 F7 F8 F9 F11 F12; do
	check "a locked kiosk ignores $key" survives_key "$key"
	keys Escape	# close the help box F1 opens
done

survives_signal() {
	kill -s "$1" "$(kiosk_pid)"
	sleep 0.3
	still_running && wait_for "Step 1 of 9" 2
}
for sig in INT QUIT TSTP; do
	check "a locked kiosk ignores SIG$sig" survives_signal "$sig"
done

keys F10
check "F10 asks staff for the PIN" wait_for "Type the staff PIN and press Enter"
keys 1 1 1 1
check "the PIN is shown only as stars" wait_for "PIN: ****"
keys Enter
check "a wrong PIN is refused" wait_for "Wrong PIN. Try again."
keys 1 2 3 4 Enter 9 9 9 9 Enter
check "three wrong PINs lock staff out for a while" wait_for "Too many wrong PINs. Try again in"
keys 2 4 6 8 Enter
sleep 0.3
check "even the right PIN waits for the lockout to end" still_running
keys Escape
check "Esc closes the PIN box" wait_gone "Staff only"

start_kiosk "$conf"
wait_for "Press any key or touch the screen to start"
keys F10
wait_for "Type the staff PIN"
keys 2 4 6 8 Enter
check "the right PIN opens the staff screen with each file's state" \
	wait_for "hip-steroid-injection.yaml: in use"
check "which says when content was last taken" wait_for "Content last taken: 20"
keys s
check "S stays: the kiosk goes on" wait_gone "Content last taken"
keys F10
wait_for "Type the staff PIN"
keys 2 4 6 8 Enter
wait_for "L: leave the kiosk"
keys l
check "L leaves, and the kiosk exits cleanly" wait_for "kiosk exited with status 0"

start_kiosk "$conf"
wait_for "Press any key or touch the screen to start"
kill -TERM "$(kiosk_pid)"
check "SIGTERM restores the terminal and exits cleanly" wait_for "kiosk exited with status 0"
start_kiosk "$conf"
wait_for "Press any key or touch the screen to start"
kill -HUP "$(kiosk_pid)"
check "SIGHUP restores the terminal and exits cleanly" wait_for "kiosk exited with status 0"

# The lockout outlives a restart: its state is kept beside the log.
logged=$(write_conf logged.conf "lock = yes" "$hash" "log_file = $WORK/logged/usage.log")
mkdir -p "$WORK/logged"
start_kiosk "$logged"
wait_for "Press any key or touch the screen to start"
keys F10
wait_for "Type the staff PIN"
keys 1 1 1 1 Enter 1 2 3 4 Enter 9 9 9 9 Enter
wait_for "Too many wrong PINs. Try again in"
kill -TERM "$(kiosk_pid)"
wait_for "kiosk exited with status 0"
start_kiosk "$logged"
wait_for "Press any key or touch the screen to start"
keys F10
check "a restart does not end a PIN lockout" wait_for "Too many wrong PINs. Try again in"
keys 2 4 6 8 Enter
sleep 0.3
check "and the right PIN still waits for it" still_running

nopin=$(write_conf nopin.conf "lock = yes")
start_kiosk "$nopin"
wait_for "Press any key or touch the screen to start"
keys F10
check "with no PIN set, F10 says so" wait_for "No staff PIN is set in kiosk.conf."
keys 1 2 3 4 Enter
check "and nothing typed there ends the kiosk" survives_key Escape Enter 1
finish
