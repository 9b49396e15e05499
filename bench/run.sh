#!/bin/bash
# make bench: generates libraries of each size given (default 10, 1000 and
# 10000 topics), then prints the figures for each: load and validate time
# against libyaml's own parse time, peak memory against the files' size,
# key handling and drawing time at 80x24 and 200x60, the time to reload one
# changed file, and the time from starting ./kiosk in a real terminal (tmux)
# to its first full frame; then the time to draw a figure the first time
# and again from the cache.  Figures only: nothing here passes or fails.
set -eu
cd "$(dirname "$0")/.."
sizes=${*:-10 1000 10000}
work=build/bench
mkdir -p "$work"
sock=kiosk-bench-$$

first_frame_ms() {
	local conf=$1 best=() i start end
	for i in 1 2 3; do
		tmux -L "$sock" kill-server 2>/dev/null || true
		start=$(date +%s%N)
		tmux -L "$sock" -f /dev/null new-session -d -x 80 -y 24 \
			"env LANG=C.UTF-8 TERM=xterm-256color ./kiosk -c $conf; sleep 5"
		until tmux -L "$sock" capture-pane -p 2>/dev/null | grep -q "Press any key"; do
			# A kiosk that never draws must not hang the benchmark.
			if [ $(($(date +%s%N) - start)) -gt 20000000000 ]; then
				echo "no first frame within 20 s" >&2
				break
			fi
			sleep 0.002
		done
		end=$(date +%s%N)
		best+=($(((end - start) / 1000000)))
	done
	tmux -L "$sock" kill-server 2>/dev/null || true
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
