#!/bin/bash
# Runs one libFuzzer target as `make fuzz` does: JOBS workers at once (one
# per processor), sharing build/fuzz/corpus-TARGET, until they have made
# RUNS executions between them or SECONDS have passed.  Prints the total
# executions, executions a second (wall clock and per second of processor
# time), peak memory, and any crash; exits 1 on a crash.
#
# Usage: tests/fuzz/run.sh TARGET RUNS SECONDS JOBS
set -u
target=$1 runs=$2 seconds=$3 jobs=$4
here=$(pwd)
fuzzer=$here/build/fuzz/fuzz_$target
logs=$here/build/fuzz/log-$target

dict=tests/fuzz/$target.dict
[ -f "$dict" ] || dict=tests/fuzz/yaml.dict
# Inputs as long as libFuzzer's own default (4 KB: a hundred lines of
# YAML, nesting, aliases and every kind of block), 50 events for the
# navigation core (enough to reach every screen) and 1 KB for a
# paragraph of text: longer ones only slow a run down.
case $target in
nav) len=150 ;;
bidi) len=1024 ;;
*) len=4096 ;;
esac
# Entropic scheduling keeps a frequency for every feature an input hits;
# over these targets' 9,000 to 20,000 features (every parser path and hit
# count) that bookkeeping took more time than the target itself: without
# it they run 1.2 to 2.4 times as many executions, so they use the classic
# scheduler.
case $target in
nav | topic | quality | print) extra=-entropic=0 ;;
*) extra= ;;
esac

mkdir -p "build/fuzz/corpus-$target"
rm -rf "$logs"
mkdir -p "$logs"
echo "fuzzing $target: $jobs workers, $runs runs in all or $seconds s"
# Each worker writes fuzz-N.log in the current directory.
TIMEFORMAT='%R %U %S'
times=$({ time (cd "$logs" &&
	KIOSK_FUZZ_CONTENT=$here/content \
	ASAN_OPTIONS=malloc_context_size=0:quarantine_size_mb=16:max_malloc_fill_size=0 \
		"$fuzzer" -jobs="$jobs" -workers="$jobs" \
		-runs=$(((runs + jobs - 1) / jobs)) -max_total_time="$seconds" \
		-timeout=10 -rss_limit_mb=2048 -max_len=$len $extra \
		-dict="$here/$dict" -artifact_prefix="$here/build/fuzz/crash-$target-" \
		-print_final_stats=1 "$here/build/fuzz/corpus-$target" \
		"$here/tests/fuzz/corpus/$target" \
		"$here/tests/fuzz/regressions/$target" >/dev/null 2>&1); } 2>&1)

cat "$logs"/fuzz-*.log | awk -v target="$target" -v times="$times" -v logs="$logs" '
	/^stat::number_of_executed_units:/ { runs += $2; workers++ }
	/^stat::peak_rss_mb:/ { if ($2 > rss) rss = $2 }
	/^==[0-9]+==|^SUMMARY|Test unit written/ { print; crashed = 1 }
	END {
		if (workers == 0) {
			printf "  %s: no worker finished; see %s\n", target, logs
			exit 1
		}
		split(times, t, " ")
		cpu = t[2] + t[3]
		printf "  %s: %d executions by %d workers in %.0f s: %.0f a second, %.0f a second of processor time, peak %d MB a worker\n", \
			target, runs, workers, t[1], runs / (t[1] > 0 ? t[1] : 1), \
			runs / (cpu > 0 ? cpu : 1), rss
		exit crashed
	}'
