#!/bin/bash
# Runs every test and prints one closing line "N passed, N failed".
# Arguments: unit test binaries (cmocka, run with TAP output).  Then every
# tests/e2e/*.sh script, which prints TAP lines of its own.
set -u
cd "$(dirname "$0")/.."

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export CMOCKA_MESSAGE_OUTPUT=TAP
passed=0
failed=0

# Counts the TAP lines of one run; a run that exits non-zero without a
# failing test line (a crash, a sanitizer report) counts as one failure.
tally() {
	local name=$1 status=$2 out=$3 ok bad
	ok=$(grep -c '^ok ' <<<"$out")
	bad=$(grep -c '^not ok ' <<<"$out")
	if [ "$status" -ne 0 ] && [ "$bad" -eq 0 ]; then
		bad=1
		echo "not ok - $name exited with status $status"
	fi
	if [ "$bad" -gt 0 ] || [ "$status" -ne 0 ]; then
		echo "--- $name"
		grep -v '^ok ' <<<"$out" | head -60
	fi
	echo "$name: $ok passed, $bad failed"
	passed=$((passed + ok))
	failed=$((failed + bad))
}

for t in "$@"; do
	out=$("$t" 2>&1)
	tally "$(basename "$t")" $? "$out"
done

for e in tests/e2e/*.sh; do
	[ -e "$e" ] || continue
	out=$(bash "$e" 2>&1)
	tally "$(basename "$e")" $? "$out"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
