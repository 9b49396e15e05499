#!/bin/sh
# The checks every kiosk makes before it takes a commit, for this content
# repository's CI (or to run by hand before pushing):
#   - `kiosk --check --strict` finds no error and no warning;
#   - with ALLOWED_SIGNERS set to a copy of the kiosks' allowed-signers
#     file, the commit checked out is signed by one of its keys.
# A change that fails here would be refused by every kiosk.
#
# Usage: ./check.sh    (KIOSK=/path/to/kiosk picks the program)
set -u
cd "$(dirname "$0")" || exit 2
kiosk=${KIOSK:-kiosk}
status=0

"$kiosk" --check . --strict || status=1
if [ -n "${ALLOWED_SIGNERS:-}" ]; then
	if ! git -c gpg.ssh.allowedSignersFile="$ALLOWED_SIGNERS" verify-commit HEAD; then
		echo "check.sh: HEAD is not signed by a key in $ALLOWED_SIGNERS; the kiosks will refuse it" >&2
		status=1
	fi
fi
exit $status
