#!/bin/bash
# Code and data in one page (tests/asm/codedata.S: a loop storing 10,240 times
# to a word next to its own code) must not make the translator compile the
# loop again for each store: --stats must count fewer than 1,000 blocks
# compiled and invalidated (QEMU, like armvm now, drops only the blocks a store
# overlaps). Counters only, never timings.
# Usage: code_data_stats.sh ARMVM CODEDATA_ELF [armvm options...]
set -u
. "$(dirname "$0")/dbt_stats.sh"
read -r blocks invalidations < <(sed -E 's/.*dbt: ([0-9]+) blocks.* ([0-9]+) invalidations.*/\1 \2/' <<<"$line")
if [ "$blocks" -ge 1000 ] || [ "$invalidations" -ge 1000 ]; then
	echo "FAIL: $blocks blocks compiled, $invalidations invalidated (want fewer than 1000)"
	exit 1
fi
echo "PASS"
