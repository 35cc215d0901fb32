#!/bin/bash
# Run one libFuzzer target for a bounded time: new inputs go to a fresh corpus
# directory in WORKDIR, crashes to WORKDIR/crash-*; the seeds are read only.
# Prints libFuzzer's summary (inputs tried, coverage) and fails on any finding.
# Usage: run_fuzz.sh TARGET WORKDIR SECONDS SEED-DIRECTORY...
set -u
target=$1
work=$2
seconds=$3
shift 3
rm -rf "$work"
mkdir -p "$work/corpus"
# -close_fd_mask=3: the targets' own messages (armvm's errors) stay quiet;
# libFuzzer still reports on its own copy of stderr.
"$target" -max_total_time="$seconds" -close_fd_mask=3 -timeout=10 \
	-rss_limit_mb=2048 -artifact_prefix="$work/" -print_final_stats=1 \
	"$work/corpus" "$@" >"$work/log" 2>&1
status=$?
grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs|stat::number_of_executed_units|stat::new_units_added)' \
	"$work/log"
if [ "$status" -ne 0 ]; then
	echo "FAIL: $(basename "$target") found a problem (exit $status):"
	tail -n 60 "$work/log"
	exit 1
fi
echo "ok: $(basename "$target"): nothing found in $seconds s"
