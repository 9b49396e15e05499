#!/bin/bash
# make bench: generates libraries of each size given (default 10, 1000 and
# 10000 topics), then prints the figures for each: load and validate time
# against libyaml's own parse time, peak memory against the files' size,
# key handling and drawing time at 80x24 and 200x60, the time to reload one
# changed file, and the time from starting ./kiosk in a real terminal (tmux)
# to its first full frame, and search's figures (searchbench, and
# finderbench: the index built on its worker thread); then the
# time to draw a figure the first time (made on demand, and made ahead on
# the figure worker) and again from the cache; then the peak memory of
# 20,000 tiny topics
# (BENCH_TINY to change), against the goal of twice the files' size plus
# 8 MB.  Figures only: nothing here passes or fails; a wait that runs past
# its deadline says what it waited for.
set -eu
cd "$(dirname "$0")/.."
sizes=${*:-10 1000 10000}
work=build/bench
mkdir -p "$work"
sock=kiosk-bench-$$

first_frame_ms() {
	local conf=$1 best=() i start end deadline run
	for i in 1 2 3; do
		# A fresh server each time: reusing a socket whose server is
		# still shutting down fails ("server exited unexpectedly").
		run=$sock-$BASHPID-$i
		start=$(date +%s%N)
		deadline=$((start + 30 * 1000000000))
		if ! tmux -L "$run" -f /dev/null new-session -d -x 80 -y 24 \
			"env LANG=C.UTF-8 TERM=xterm-256color ./kiosk -c $conf; sleep 5"; then
			echo "bench: tmux could not start a session for ./kiosk -c $conf" >&2
			return 1
		fi
		until tmux -L "$run" capture-pane -p 2>/dev/null | grep -q "Press any key"; do
			if [ "$(date +%s%N)" -gt "$deadline" ]; then
				echo "bench: no first frame (\"Press any key\") from ./kiosk -c $conf" \
					"in tmux within 30 s" >&2
				tmux -L "$run" kill-server 2>/dev/null || true
				return 1
			fi
			sleep 0.002
		done
		end=$(date +%s%N)
		tmux -L "$run" kill-server 2>/dev/null || true
		best+=($(((end - start) / 1000000)))
	done
	printf '%s\n' "${best[@]}" | sort -n | sed -n 2p
}

declare -A reload
for n in $sizes; do
	dir=$work/lib-$n
	if [ ! -f "$dir/topic-$(printf %05d "$n").yaml" ] || [ ! -d "$dir/figures" ]; then
		bench/genlib.sh "$n" "$dir"
	fi
	printf 'content_dir = lib-%s\nlock = no\n' "$n" >"$work/kiosk-$n.conf"
	echo "== library of $n generated topics"
	out=$(build/obj/bench/bench "$dir" 3)
	echo "$out"
	reload[$n]=$(echo "$out" | awk '/reload one file/ { print $4 }')
	build/obj/bench/searchbench "$dir"
	build/obj/bench/finderbench "$dir"
	echo "  start to first frame   $(printf '%9s' "$(first_frame_ms "$work/kiosk-$n.conf")") ms  (median of 3, in tmux at 80x24)"
done
set -- $sizes
first=$1
last=${*: -1}
if [ "$first" != "$last" ]; then
	echo "== reloading one file: $last topics against $first topics: ratio" \
		"$(awk -v a="${reload[$last]}" -v b="${reload[$first]}" 'BEGIN { printf "%.2f", a / b }')" \
		"(goal: about 1)"
fi
echo "== figures (the bundled hip picture, 256 colours)"
build/obj/bench/figbench

# Tiny topics: each file a few hundred bytes, so per-file overheads show.
tiny=${BENCH_TINY:-20000}
dir=$work/tiny-$tiny
if [ ! -f "$dir/tiny-$(printf %05d "$((tiny - 1))").yaml" ]; then
	mkdir -p "$dir"
	for ((i = 0; i < tiny; i++)); do
		printf 'id: tiny-%05d\ntitle: Tiny topic %d\nsummary: A tiny topic.\nlanguage: en\nlast_reviewed: 2026-01-01\nnext_review_due: 2027-01-01\nreviewed_by: [A reviewer]\nsources:\n  - citation: A source.\nsections:\n  - kind: overview\n    pages:\n      - title: One\n        blocks:\n          - paragraph: A short page of text.\n' \
			"$i" "$i" >"$dir/tiny-$(printf %05d "$i").yaml"
	done
fi
echo "== library of $tiny tiny topics"
build/obj/bench/bench "$dir" 1 | grep -E 'files|memory'
