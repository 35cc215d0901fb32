#!/bin/sh
# Run one self-checking assembly test (tests/asm/*.S, built as an ELF).
#   run_asm.sh armvm EMULATOR ELF [armvm arguments...]
#   run_asm.sh qemu  EMULATOR ELF
# Passes when the guest exits with status 0 and its last line is "PASS <n>".
set -u
kind=$1 emu=$2 elf=$3
shift 3
limit=${ASM_TEST_TIMEOUT:-60}

if [ -z "$emu" ] || ! command -v "$emu" >/dev/null 2>&1; then
	echo "FAIL: $kind emulator '$emu' not found"
	exit 1
fi

out=$(mktemp)
trap 'rm -f "$out"' EXIT
case $kind in
armvm)
	timeout "$limit" "$emu" "$@" --semihosting --kernel "$elf" >"$out"
	status=$?
	;;
qemu)
	QEMU_AUDIO_DRV=none timeout "$limit" "$emu" -M vexpress-a9,secure=off -m 256M \
		-display none -monitor none -serial stdio -semihosting \
		-kernel "$elf" >"$out" 2>/dev/null </dev/null
	status=$?
	;;
*)
	echo "run_asm.sh: unknown kind '$kind'" >&2
	exit 2
	;;
esac

cat "$out"
if [ "$status" -eq 124 ]; then
	echo "TIMEOUT after ${limit}s"
	exit 1
fi
if [ "$status" -ne 0 ]; then
	echo "exit status $status"
	exit 1
fi
if ! tail -n 1 "$out" | grep -q '^PASS [0-9][0-9]*$'; then
	echo "no PASS line"
	exit 1
fi
exit 0
