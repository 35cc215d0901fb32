#!/bin/bash
# How a run ends, and armvm's exit status for it (armvm --help, "Exit status"):
#   power-off through SYS_CFG_SHUTDOWN  -> 0, nothing on stderr
#   reboot through SYS_CFG_REBOOT       -> 0, one line on stderr (armvm stops)
#   --max-insns reached                 -> 0, one line on stderr
#   WFI with nothing that can wake it   -> 1, one line on stderr
# Usage: stop_reasons.sh ARMVM WORKDIR [armvm options...]
set -u
armvm=$1
work=$2
shift 2
cc=$(command -v arm-linux-gnueabihf-gcc || true)
if [ -z "$cc" ]; then
	echo "FAIL: arm-linux-gnueabihf-gcc not found"
	exit 1
fi
rm -rf "$work"
mkdir -p "$work"

# guest NAME ASSEMBLY: a guest at 0x60010000 running the given instructions.
guest() {
	printf '\t.syntax unified\n\t.arm\n\t.global _start\n_start:\n%s\n\t.ltorg\n' "$2" >"$work/$1.S"
	printf '\t.section .note.GNU-stack, "", %%progbits\n' >>"$work/$1.S"
	"$cc" -nostdlib -static -fno-pie -no-pie -Wl,--build-id=none -Wl,-Ttext=0x60010000 \
		-o "$work/$1.elf" "$work/$1.S" || exit 1
}
# SYS_CFGCTRL = START | WRITE | function << 20 (site 0, device 0)
guest shutdown '	ldr r0, =0x10000000
	ldr r1, =0xc0800000
	str r1, [r0, #0xa4]
1:	b 1b'
guest reboot '	ldr r0, =0x10000000
	ldr r1, =0xc0900000
	str r1, [r0, #0xa4]
1:	b 1b'
guest spin '1:	b 1b'
guest wfi '	wfi
1:	b 1b'

failures=0
# check NAME STATUS STDERR-PATTERN (empty: stderr must be empty) ARGS...
check() {
	local name=$1 want=$2 pattern=$3 status lines
	shift 3
	"$armvm" "$@" >"$work/stdout" 2>"$work/stderr" </dev/null
	status=$?
	lines=$(wc -l <"$work/stderr")
	if [ "$status" -ne "$want" ]; then
		echo "FAIL: $name: exit status $status, expected $want"
	elif [ -z "$pattern" ] && [ -s "$work/stderr" ]; then
		echo "FAIL: $name: stderr not empty"
	elif [ -n "$pattern" ] && { [ "$lines" -ne 1 ] || ! grep -q "$pattern" "$work/stderr"; }; then
		echo "FAIL: $name: stderr is not one line matching '$pattern'"
	else
		echo "ok: $name${pattern:+: $(cat "$work/stderr")}"
		return
	fi
	sed 's/^/    stderr: /' "$work/stderr"
	failures=$((failures + 1))
}
check "power-off" 0 "" "$@" --max-insns 1000000 --kernel "$work/shutdown.elf"
check "reboot" 0 '^armvm: .*reboot' "$@" --max-insns 1000000 --kernel "$work/reboot.elf"
check "--max-insns" 0 '^armvm: stopped after 5000 instructions' \
	"$@" --max-insns 5000 --kernel "$work/spin.elf"
check "WFI deadlock" 1 '^armvm: guest is waiting for an interrupt that can never come (WFI' \
	"$@" --max-insns 1000000 --kernel "$work/wfi.elf"
[ "$failures" -eq 0 ]
