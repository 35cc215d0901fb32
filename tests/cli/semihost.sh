#!/bin/bash
# Semihosting under armvm: tests/cli/semihost_guest.c, built in ARM and in
# Thumb state (the Thumb build is entered through an ELF entry with bit 0 set),
# must print semihost.expected (written by hand from the semihosting
# specification and checked against qemu-system-arm -semihosting up to the
# console reads, which QEMU takes from its own console rather than stdin;
# @CMDLINE@ stands for the kernel path and --append; stdout is a file, so
# SYS_ISTTY answers 0 as QEMU does), write
# "to stderr" on stderr, read "xyz" from stdin, and end with the exit status
# its command line asks for.
# Usage: semihost.sh ARMVM WORKDIR EXPECTED [armvm options...]
set -u
armvm=$1
work=$2
expected=$3
shift 3
src=$(dirname "$0")/semihost_guest.c
cc=$(command -v arm-linux-gnueabihf-gcc || true)
if [ -z "$cc" ]; then
	echo "FAIL: arm-linux-gnueabihf-gcc not found"
	exit 1
fi
rm -rf "$work"
mkdir -p "$work"
cat >"$work/guest.ld" <<'LD'
ENTRY(_start)
SECTIONS {
	. = 0x60010000;
	.text : { *(.text.start) *(.text .text.*) }
	.rodata : { *(.rodata .rodata.*) }
	.data : { *(.data .data.*) }
	.bss : { *(.bss .bss.* COMMON) }
	.stack : { . = ALIGN(8); . += 0x4000; __stack_top = .; }
	_end = .;
	/DISCARD/ : { *(.ARM.exidx* .comment .note.*) }
}
LD
failures=0
for isa in arm thumb; do
	"$cc" -m$isa -march=armv7-a -mfloat-abi=soft -O2 -ffreestanding -nostdlib -static \
		-fno-pie -no-pie -Wall -Wextra -Werror -Wl,--build-id=none \
		-Wl,--no-warn-rwx-segments -T "$work/guest.ld" -o "$work/$isa.elf" "$src" || exit 1
done

# run ISA ENDING STATUS
run() {
	local isa=$1 ending=$2 want=$3 elf="$work/$1.elf" status ok=1
	shift 3
	sed "s|@CMDLINE@|$elf alpha $ending|" "$expected" >"$work/expected"
	printf 'xyz\n' | "$armvm" "$@" --semihosting --max-insns 10000000 \
		--kernel "$elf" --append "alpha $ending" >"$work/stdout" 2>"$work/stderr"
	status=$?
	if [ "$status" -ne "$want" ]; then
		echo "FAIL: $isa $ending: exit status $status, expected $want"
		ok=0
	fi
	if ! diff -u "$work/expected" "$work/stdout"; then
		echo "FAIL: $isa $ending: stdout differs"
		ok=0
	fi
	if [ "$(cat "$work/stderr")" != "to stderr" ]; then
		echo "FAIL: $isa $ending: stderr is not 'to stderr':"
		cat "$work/stderr"
		ok=0
	fi
	if [ "$ok" -eq 1 ]; then
		echo "ok: $isa $ending"
	else
		failures=$((failures + 1))
	fi
}
run arm extended 42 "$@"
run thumb extended 42 "$@"
run arm exit-ok 0 "$@"
run thumb exit-error 1 "$@"
run arm rtc-base 1 --rtc-base 1000000000 "$@"
[ "$failures" -eq 0 ]
