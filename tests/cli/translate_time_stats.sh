#!/bin/bash
# --stats reports the host time the translator spent compiling blocks: on the
# dbt line "translation T ms (R blocks/s, S % of the run)". Plausibility only
# (timings vary): blocks and rate above 0, T within the run's time from the
# instructions line, S between 0 and 100 and equal to T over that time (within the
# rounding of both printed numbers).
# Usage: translate_time_stats.sh ARMVM ELF [armvm options...]
set -u
. "$(dirname "$0")/dbt_stats.sh"
run=$(grep -oE '^armvm: stats: [0-9]+ instructions in [0-9.]+ s' <<<"$err" | grep -oE '[0-9.]+ s$')
re='dbt: ([0-9]+) blocks .*translation ([0-9.]+) ms \(([0-9]+) blocks/s, ([0-9.]+) % of the run\)'
[[ $line =~ $re ]] || { echo "FAIL: no translation time on the dbt line"; exit 1; }
awk -v b="${BASH_REMATCH[1]}" -v ms="${BASH_REMATCH[2]}" -v rate="${BASH_REMATCH[3]}" \
	-v share="${BASH_REMATCH[4]}" -v run="${run% s}" 'BEGIN {
	if (b <= 0 || rate <= 0) { print "FAIL: " b " blocks at " rate " blocks/s"; exit 1 }
	if (share < 0 || share > 100) { print "FAIL: share " share " %"; exit 1 }
	# The run time is printed to the millisecond: allow for its rounding.
	if (ms > run * 1000 + 0.5) { print "FAIL: " ms " ms translating in a " run " s run"; exit 1 }
	lo = 100 * (ms - 0.05) / (run * 1000 + 0.5)
	hi = run * 1000 > 0.5 ? 100 * (ms + 0.05) / (run * 1000 - 0.5) : 100
	if (ms >= 1 && (share < 0.9 * lo - 0.2 || share > 1.1 * hi + 0.2)) {
		print "FAIL: share " share " %, want between " lo " and " hi " %"; exit 1 }
	print "PASS" }'
