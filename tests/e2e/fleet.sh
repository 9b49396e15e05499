#!/bin/bash
# Many kiosks, one content repository: deploy/kiosk-pull takes a commit
# only when it is signed by a trusted key and passes the strict check, and
# a running kiosk moves from the old content to the new in one step.
source "$(dirname "$0")/lib.bash"

for tool in git ssh-keygen; do
	if ! command -v "$tool" >/dev/null; then
		echo "ok 1 # SKIP $tool is not installed"
		finish
		exit
	fi
done

PULL=$ROOT/deploy/kiosk-pull
TOPIC=iliopsoas-tendinopathy-bursitis.yaml
OLD_TITLE="Pain at the front of the hip"
export HOME=$WORK GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=$WORK/gitconfig
export GIT_AUTHOR_NAME=Editor GIT_AUTHOR_EMAIL=editor@clinic.example
export GIT_COMMITTER_NAME=Editor GIT_COMMITTER_EMAIL=editor@clinic.example
: >"$GIT_CONFIG_GLOBAL"

ssh-keygen -q -t ed25519 -N '' -C editor -f "$WORK/editor"
ssh-keygen -q -t ed25519 -N '' -C stranger -f "$WORK/stranger"
echo "editor@clinic.example namespaces=\"git\" $(cat "$WORK/editor.pub")" >"$WORK/allowed_signers"

git init -q --bare "$WORK/content.git"
git init -q -b main "$WORK/edit"
edit() { git -C "$WORK/edit" "$@"; }
edit config gpg.format ssh
edit remote add origin "$WORK/content.git"
# The English topics: the bundled translations await review, which
# --check --strict (rightly) refuses.
cp -r "$ROOT/content/figures" "$ROOT/content/glossary.yaml" \
	"$ROOT/content/hip-steroid-injection.yaml" \
	"$ROOT/content/iliopsoas-tendinopathy-bursitis.yaml" "$WORK/edit/"

# commit KEY MESSAGE: commits every change, signed with KEY (or "none"),
# and pushes it.
commit() {
	edit add -A
	if [ "$1" = none ]; then
		edit commit -q --no-gpg-sign -m "$2"
	else
		edit -c user.signingkey="$WORK/$1" commit -q -S -m "$2"
	fi
	edit push -q --force origin main
}

retitle() {
	sed -i "s/^title: .*/title: $1/" "$WORK/edit/$TOPIC"
}

# pull_all STATUS: runs kiosk-pull for the three kiosks; each must exit
# with STATUS.  Their messages go to $WORK/pull-N.err.
pull_all() {
	local k status ok=0
	for k in 1 2 3; do
		mkdir -p "$WORK/kiosk$k"
		"$PULL" --repo "$WORK/content.git" --dest "$WORK/kiosk$k/content" \
			--allowed-signers "$WORK/allowed_signers" --kiosk "$KIOSK" \
			--no-syslog 2>"$WORK/pull-$k.err" >/dev/null
		status=$?
		if [ "$status" -ne "$1" ]; then
			echo "# kiosk $k: kiosk-pull exited with $status, not $1"
			sed 's/^/# /' "$WORK/pull-$k.err"
			ok=1
		fi
	done
	return $ok
}

# all_show TITLE: every kiosk's live folder holds the topic with TITLE.
all_show() {
	local k
	for k in 1 2 3; do
		grep -qxF "title: $1" "$WORK/kiosk$k/content/$TOPIC" || {
			echo "# kiosk $k has: $(grep '^title:' "$WORK/kiosk$k/content/$TOPIC")"
			return 1
		}
	done
}

# all_logged TEXT: every kiosk-pull said TEXT.
all_logged() {
	local k
	for k in 1 2 3; do
		grep -qF -- "$1" "$WORK/pull-$k.err" || {
			echo "# kiosk $k's kiosk-pull did not say: $1"
			sed 's/^/# /' "$WORK/pull-$k.err"
			return 1
		}
	done
}

# A new kiosk starts before its first pull (the timer runs a few minutes
# after boot): it has no content folder yet.
mkdir -p "$WORK/kiosk1"
conf=$(write_conf fleet.conf "content_dir = $WORK/kiosk1/content" "lock = no" \
	"log_file = kiosk.log")
start_kiosk "$conf"
wait_for "Press any key or touch the screen to start"
keys Enter
check "a kiosk whose content has not arrived yet waits calmly" wait_for "being updated"

commit editor "First version"
check "a signed commit that passes the check reaches all three kiosks" pull_all 0
check "each kiosk's content folder is a link to that commit" all_show "$OLD_TITLE (iliopsoas tendinopathy and bursitis)"
check "pulling again finds nothing new" pull_all 0
check "the waiting kiosk shows the topics once they arrive" wait_for "1. $OLD_TITLE"
: >"$WORK/kiosk.log"

# Every screen the kiosk shows while the content switches.
record_screens() {
	while :; do
		screen >>"$WORK/screens"
		sleep 0.05
	done
}
retitle "Front of hip pain, reviewed"
commit editor "Reviewed wording"
check "the kiosk shows the old topic until the switch" wait_for "1. $OLD_TITLE"
record_screens &
recorder=$!
check "a second signed commit reaches all three kiosks" pull_all 0
check "the update is logged with its signer" all_logged "signed by editor@clinic.example: Reviewed wording"
check "the running kiosk shows the new topic after the switch" \
	wait_for "1. Front of hip pain, reviewed"
kill "$recorder"
wait "$recorder" 2>/dev/null
no_error_shown() {
	[ -s "$WORK/screens" ] && ! grep -iE "error|being updated|no topics" "$WORK/screens" "$WORK/kiosk.log"
}
check "the kiosk never showed or logged an error during the switch" no_error_shown
check "only the live version and the one before it are kept" \
	test "$(ls "$WORK/kiosk1/content.pull/versions" | wc -l)" -eq 2

retitle "Unsigned title"
commit none "Unsigned change"
check "an unsigned commit is refused by all three (exit 1)" pull_all 1
check "the refusal says it is not signed" all_logged ": it is not signed;"
# logger(1) stands in for syslog here: it notes what it was given.
mkdir -p "$WORK/bin"
printf '#!/bin/sh\necho "$*" >>"%s"\n' "$WORK/syslog" >"$WORK/bin/logger"
chmod +x "$WORK/bin/logger"
to_syslog() {
	env -u JOURNAL_STREAM PATH="$WORK/bin:$PATH" "$PULL" --repo "$WORK/content.git" \
		--dest "$WORK/kiosk1/content" --allowed-signers "$WORK/allowed_signers" \
		--kiosk "$KIOSK" 2>/dev/null
	grep -q -- "-t kiosk-pull -p user.warning -- refused commit .*: it is not signed;" "$WORK/syslog"
}
check "a refusal also goes to syslog through logger" to_syslog

retitle "Stranger title"
commit stranger "Change signed by an unknown key"
check "a commit signed by an unknown key is refused by all three" pull_all 1
check "the refusal names the unknown key" \
	all_logged "is signed by the key $(ssh-keygen -lf "$WORK/stranger.pub" | cut -d' ' -f2), which is not in"

retitle "Broken title"
sed -i 's/^title: /titel: /' "$WORK/edit/$TOPIC"
commit editor "Signed change with a mistake"
check "a signed commit that fails the check is refused by all three" pull_all 1
check "the refusal carries the check's message" \
	all_logged ": $TOPIC:5:1: error: unknown key 'titel' in a topic file; did you mean 'title'?"
check "and says the check refused it" all_logged "kiosk --check --strict finds problems"
check "no refused commit reached any kiosk" all_show "Front of hip pain, reviewed"
check "the running kiosk still shows the last good topic" \
	wait_for "1. Front of hip pain, reviewed"

edit reset -q --hard HEAD~4
edit push -q --force origin main
check "an older signed commit pushed again is refused" pull_all 1
check "the refusal says it does not follow the live commit" all_logged "does not follow the live commit"

# pull_status STATUS ARGS...: kiosk-pull with ARGS exits with STATUS.
pull_status() {
	local want=$1
	shift
	"$PULL" "$@" --no-syslog 2>/dev/null
	[ $? -eq "$want" ]
}
check "a repository that cannot be reached is an error (exit 2)" \
	pull_status 2 --repo "$WORK/nowhere.git" --dest "$WORK/kiosk1/content" \
	--allowed-signers "$WORK/allowed_signers" --kiosk "$KIOSK"
check "a missing argument is an error (exit 2)" pull_status 2 --repo "$WORK/content.git"
check "the kiosk is still running" still_running
finish
