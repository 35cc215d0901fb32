#!/usr/bin/env bash
# run_asm.sh armvm|qemu EMULATOR TEST.elf [armvm args...]: run a self-checking
# VFP assembly test; it passes when it prints "PASS" and exits with status 0.
set -uo pipefail
mode=$1 emu=$2 elf=$3
shift 3
[ -n "$emu" ] && command -v "$emu" > /dev/null || { echo "FAIL: no $mode emulator"; exit 1; }
if [ "$mode" = qemu ]; then
	out=$(QEMU_AUDIO_DRV=none timeout "${VFP_TEST_TIMEOUT:-60}" "$emu" -M vexpress-a9 \
		-m 256M -display none -monitor none -serial stdio -semihosting \
		-kernel "$elf" < /dev/null 2> /dev/null)
else
	out=$(timeout "${VFP_TEST_TIMEOUT:-60}" "$emu" "$@" --semihosting --kernel "$elf" \
		< /dev/null)
fi
status=$?
printf '%s\n' "$out" | tr -d '\r'
printf '%s\n' "$out" | grep -q '^PASS' && [ $status -eq 0 ]
