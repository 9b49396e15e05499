#!/bin/bash
# The benchmark still works: `make bench` on a tiny library prints every
# figure.  (Figures are never checked against goals here: timing tests on a
# shared machine flake.)
source "$(dirname "$0")/lib.bash"

out=$(BENCH_TINY=20 bench/run.sh 5 2>&1)
for figure in "load and validate" "libyaml parse alone" "peak memory" \
	"key and redraw 80x24" "key and redraw 200x60" "reload one file" \
	"start to first frame" "figure at 200x60" \
	"library of 20 tiny topics"; do
	check "the benchmark reports: $figure" grep -q "$figure" <<<"$out"
done
check "the generated library passes the checker" \
	bash -c "'$ROOT/kiosk' --check '$ROOT/build/bench/lib-5' | tail -1 | grep -q ' 0 errors'"
finish
