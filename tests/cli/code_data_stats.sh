#!/bin/bash
# Code and data in one page (tests/asm/codedata.S: a loop storing 10,240 times
# to a word next to its own code) must not make the translator compile the
# loop again for each store: --stats must count fewer than 1,000 blocks
# compiled and invalidated (QEMU, like armvm now, drops only the blocks a store
# overlaps). Counters only, never timings.
# Usage: code_data_stats.sh ARMVM CODEDATA_ELF [armvm options...]
set -u
armvm=$1
elf=$2
shift 2
[ -f "$elf" ] || { echo "FAIL: $elf not built"; exit 1; }
err=$("$armvm" "$@" --semihosting --kernel "$elf" --stats 2>&1 >/dev/null) || {
	echo "FAIL: the guest failed"; echo "$err"; exit 1; }
line=$(grep '^armvm: stats: dbt:' <<<"$err") || { echo "FAIL: no dbt stats"; echo "$err"; exit 1; }
echo "$line"
read -r blocks invalidations < <(sed -E 's/.*dbt: ([0-9]+) blocks.* ([0-9]+) invalidations.*/\1 \2/' <<<"$line")
if [ "$blocks" -ge 1000 ] || [ "$invalidations" -ge 1000 ]; then
	echo "FAIL: $blocks blocks compiled, $invalidations invalidated (want fewer than 1000)"
	exit 1
fi
echo "PASS"
