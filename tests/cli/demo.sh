#!/bin/bash
# The demo guest (images/demo) under armvm: its console output must be
# demo.expected byte for byte (written by hand: the board values are those
# qemu-system-arm -M vexpress-a9 shows, the rest is arithmetic), stderr empty
# and the exit status 0 (power-off through SYS_CFG_SHUTDOWN).
# Usage: demo.sh ARMVM DEMO_ELF EXPECTED [armvm options...]
set -u
armvm=$1
elf=$2
expected=$3
shift 3
if [ ! -f "$elf" ]; then
	echo "FAIL: $elf was not built"
	exit 1
fi
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$armvm" "$@" --max-insns 100000000 --kernel "$elf" >"$out" 2>"$err" </dev/null
status=$?
ok=1
if [ "$status" -ne 0 ]; then
	echo "FAIL: exit status $status"
	ok=0
fi
if ! diff -u "$expected" "$out"; then
	echo "FAIL: console output differs from $expected"
	ok=0
fi
if [ -s "$err" ]; then
	echo "FAIL: stderr is not empty:"
	cat "$err"
	ok=0
fi
[ "$ok" -eq 1 ] && echo "demo guest output matches"
[ "$ok" -eq 1 ]
