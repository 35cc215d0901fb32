#!/bin/bash
# How a run ends, and armvm's exit status for it (armvm --help, "Exit status"):
#   power-off through SYS_CFG_SHUTDOWN  -> 0, nothing on stderr
#   reboot through SYS_CFG_REBOOT       -> 0, one line on stderr (armvm stops)
#   --max-insns reached                 -> 0, one line on stderr
#   WFI with nothing that can wake it   -> 1, one line on stderr
# and a WFI waiting for an interrupt that can never come while a timer runs or
# the console is open: armvm waits, as the hardware does, and with --log guest
# says so in one line on stderr, once (ended by timeout(1) after 2 s: 124):
#   GIC distributor disabled, SP804 interrupting every ms  -> the notice
#   console input open, UART receive interrupt masked      -> the notice
#   GIC priority mask 0, private timer interrupting        -> the notice
#   the first case without --log guest                     -> silence
#   CPSR.I set, private timer interrupt pending at the GIC -> WFI ends (ARM ARM
#     B1.8.13: a masked interrupt still wakes the core), power-off, no notice
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
# GIC and timer set-ups (r4 = GIC distributor, r5 = GIC CPU interface), then WFI.
gic='	ldr r4, =0x1e001000
	ldr r5, =0x1e000100'
wait='1:	wfi
	b 1b'
gic_on='	mov r6, #1
	str r6, [r4]            @ ICDDCR: distributor on
	str r6, [r5]            @ ICCICR: CPU interface on'
sp804_1ms='	ldr r0, =0x10011000
	ldr r6, =1000
	str r6, [r0]            @ Timer1Load: 1000 us
	mov r6, #0xe2
	str r6, [r0, #8]        @ enable, periodic, interrupt, 32-bit'
twd_1ms='	ldr r0, =0x1e000600
	ldr r6, =100000
	str r6, [r0]            @ Load: 1 ms at 100 MHz
	mov r6, #7
	str r6, [r0, #8]        @ enable, auto-reload, IRQ enable
	mov r6, #(1 << 29)
	str r6, [r4, #0x100]    @ ICDISER0: PPI 13 (ID 29)'
guest gic_off "$gic
	mov r6, #1
	str r6, [r5]
	mov r6, #0xf0
	str r6, [r5, #4]        @ ICCPMR
	mov r6, #(1 << 2)
	str r6, [r4, #0x104]    @ ICDISER1: SPI 2 (ID 34)
$sp804_1ms
$wait"
guest rx_masked "$gic
$gic_on
	mov r6, #0xf0
	str r6, [r5, #4]
	mov r6, #(1 << 5)
	str r6, [r4, #0x104]    @ ICDISER1: SPI 5 (ID 37), the console UART
	ldr r0, =0x10009000
	mov r6, #0
	str r6, [r0, #0x38]     @ UARTIMSC: all masked
$wait"
guest pmr_zero "$gic
$gic_on
$twd_1ms
$wait"
guest cpsr_masked "$gic
	cpsid i
$gic_on
	mov r6, #0xf0
	str r6, [r5, #4]
$twd_1ms
	wfi
	ldr r0, =0x10000000
	ldr r1, =0xc0800000
	str r1, [r0, #0xa4]     @ SYS_CFGCTRL: shutdown
1:	b 1b"

failures=0
# check NAME STATUS STDERR-PATTERN (empty: stderr must be empty) ARGS...
# armvm's input is the output of $feed; it is stopped after 2 s (status 124).
feed=true
check() {
	local name=$1 want=$2 pattern=$3 status lines
	shift 3
	$feed | timeout 2 "$armvm" "$@" >"$work/stdout" 2>"$work/stderr"
	status=${PIPESTATUS[1]}
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
notice='^armvm: guest: WFI at 0x600100[0-9a-f]* waits for an interrupt that can never come ('
check "GIC distributor off" 124 "$notice"'the GIC distributor is disabled)' \
	"$@" --log guest --kernel "$work/gic_off.elf"
feed="sleep 3"
check "receive interrupt masked" 124 "$notice" "$@" --log guest --kernel "$work/rx_masked.elf"
feed=true
check "priority mask 0" 124 "$notice" "$@" --log guest --kernel "$work/pmr_zero.elf"
check "no --log guest" 124 "" "$@" --kernel "$work/gic_off.elf"
check "CPSR.I set" 0 "" "$@" --log guest --kernel "$work/cpsr_masked.elf"
[ "$failures" -eq 0 ]
