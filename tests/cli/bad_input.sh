#!/bin/bash
# Bad input to armvm: each case must exit with status 1, print nothing on
# stdout and exactly one line on stderr, starting with "armvm:".
# --help and --version must exit 0 with their text on stdout.
# Usage: bad_input.sh ARMVM WORKDIR
set -u
armvm=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
failures=0

fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}

# expect_error DESCRIPTION ARMVM-ARGUMENTS...
expect_error() {
	local what=$1 status lines
	shift
	timeout 20 "$armvm" "$@" >"$work/stdout" 2>"$work/stderr" </dev/null
	status=$?
	lines=$(wc -l <"$work/stderr")
	if [ "$status" -ne 1 ]; then
		fail "$what: exit status $status, expected 1"
	elif [ "$lines" -ne 1 ] || [ "$(wc -c <"$work/stderr")" -ne "$(head -n 1 "$work/stderr" | wc -c)" ]; then
		fail "$what: $lines lines on stderr, expected one"
	elif ! grep -q '^armvm: ' "$work/stderr"; then
		fail "$what: stderr does not start with 'armvm: '"
	elif [ -s "$work/stdout" ]; then
		fail "$what: something on stdout"
	else
		echo "ok: $what: $(cat "$work/stderr")"
		return
	fi
	sed 's/^/    stderr: /' "$work/stderr"
}

# expect_message DESCRIPTION PATTERN ARMVM-ARGUMENTS...: a non-zero exit and a
# line on stderr matching the extended regular expression PATTERN.
expect_message() {
	local what=$1 pattern=$2 status
	shift 2
	timeout 20 "$armvm" "$@" >"$work/stdout" 2>"$work/stderr" </dev/null
	status=$?
	if [ "$status" -ne 0 ] && [ "$status" -ne 124 ] && grep -Eq -- "$pattern" "$work/stderr"; then
		echo "ok: $what: $(grep -E -- "$pattern" "$work/stderr")"
		return
	fi
	fail "$what: exit status $status, expected non-zero and a line matching '$pattern'"
	sed 's/^/    stderr: /' "$work/stderr"
}

# ---- inputs ----
: >"$work/empty"
mkdir "$work/directory"
mkfifo "$work/fifo"
head -c 64 /dev/zero >"$work/raw.bin"             # a raw image (never run here)
head -c $((2 * 1024 * 1024)) /dev/zero >"$work/raw2m.bin"
echo "not a device tree" >"$work/text.dtb"
# A valid DTB (tests/fuzz/seeds/dtb/minimal.dts: reservation map at 0x28, structure
# block at 0x48-0x100) whose header moves the reservation map into the
# structure block: fdt_check_header() accepts it (Devicetree Spec 5.2).
seeds=$(dirname "$0")/../fuzz/seeds/dtb
cp "$seeds/minimal.dtb" "$work/rsv_in_struct.dtb"
printf '\x00\x00\x00\x48' | dd of="$work/rsv_in_struct.dtb" bs=1 seek=16 conv=notrunc status=none
cp "$seeds/minimal.dtb" "$work/rsv_late.dtb"
printf '\x00\x00\x00\xdc' | dd of="$work/rsv_late.dtb" bs=1 seek=16 conv=notrunc status=none

arm_cc=$(command -v arm-linux-gnueabihf-gcc || true)
if [ -n "$arm_cc" ]; then
	cat >"$work/exit.S" <<'ASM'
	.syntax unified
	.arm
	.global _start
_start:	mov	r0, #0x18		@ SYS_EXIT
	ldr	r1, =0x20026		@ ADP_Stopped_ApplicationExit
	svc	0x123456
1:	b	1b
	.section .note.GNU-stack, "", %progbits
ASM
	build() {   # output, load address (a linker script: no headers in the segment)
		printf 'ENTRY(_start)\nSECTIONS { . = %s; .text : { *(.text) } }\n' "$2" \
			>"$work/$1.ld"
		"$arm_cc" -nostdlib -static -fno-pie -no-pie -Wl,--build-id=none \
			-T "$work/$1.ld" -o "$work/$1" "$work/exit.S"
	}
	build above_ram.elf 0x70000000      # just past 256M of RAM
	build straddle.elf 0x6ffffff8       # starts in RAM, ends past it
	build low.elf 0x00010000            # the flash at 0, not RAM
	build ok.elf 0x60010000
	"$arm_cc" -c -o "$work/object.o" "$work/exit.S"
	# The same ARM ELF with e_machine patched to EM_386 (3), and with
	# EI_CLASS patched to ELFCLASS64 (2).
	cp "$work/ok.elf" "$work/i386.elf"
	printf '\003\000' | dd of="$work/i386.elf" bs=1 seek=18 conv=notrunc status=none
	cp "$work/ok.elf" "$work/class64.elf"
	printf '\002' | dd of="$work/class64.elf" bs=1 seek=4 conv=notrunc status=none
	head -c 40 "$work/ok.elf" >"$work/truncated.elf"
fi

# ---- command line ----
expect_error "unknown option" --frobnicate
expect_error "unknown short option" -x
expect_error "option without its argument" --kernel
expect_error "flag given an argument" --semihosting=yes --kernel "$work/raw.bin"
expect_error "no --kernel"
expect_error "stray argument" --kernel "$work/raw.bin" extra
expect_error "unknown board" --board versatilepb --kernel "$work/raw.bin"
expect_error "unknown MMU mode" --mmu tlb --kernel "$work/raw.bin"
expect_error "unknown ESPT policy" --espt-policy lru --kernel "$work/raw.bin"
expect_error "empty ESPT policy" --espt-policy "" --kernel "$work/raw.bin"
expect_error "--mmu-switch-insns of zero" --mmu auto --mmu-switch-insns 0 --kernel "$work/raw.bin"
expect_error "--mmu-switch-insns not a number" --mmu auto --mmu-switch-insns 1k --kernel "$work/raw.bin"
expect_error "--espt-policy without ESPT" --mmu softmmu --espt-policy shared --kernel "$work/raw.bin"
expect_error "--espt-maps with the interpreter" --engine interp --espt-maps 400 --kernel "$work/raw.bin"
expect_error "--mmu-switch-insns without --mmu auto" --mmu espt --mmu-switch-insns 100 \
	--kernel "$work/raw.bin"
expect_error "unknown engine" --engine jit --kernel "$work/raw.bin"
expect_error "--monitor of an unknown kind" --monitor udp:4444 --kernel "$work/raw.bin"
expect_error "--monitor with a bad port" --monitor tcp:127.0.0.1:99999 --kernel "$work/raw.bin"
expect_error "--monitor with an empty path" --monitor unix: --kernel "$work/raw.bin"
expect_error "--monitor in a missing directory" --monitor unix:"$work/none/s" --kernel "$work/raw.bin"
expect_error "--monitor without its argument" --kernel "$work/raw.bin" --monitor
expect_error "unknown trace" --trace mem --kernel "$work/raw.bin"
expect_error "--max-insns malformed" --max-insns 12x --kernel "$work/raw.bin"
expect_error "--max-insns zero" --max-insns 0 --kernel "$work/raw.bin"
expect_error "--max-insns negative" --max-insns -5 --kernel "$work/raw.bin"
expect_error "--icount shift too large" --icount=11 --kernel "$work/raw.bin"
expect_error "--icount not a number" --icount=fast --kernel "$work/raw.bin"
expect_error "--icount empty" --icount= --kernel "$work/raw.bin"
expect_error "--icount negative" --icount=-1 --kernel "$work/raw.bin"
expect_error "--icount huge" --icount=99999999999999999999 --kernel "$work/raw.bin"
expect_error "--rtc-base malformed" --rtc-base yesterday --kernel "$work/raw.bin"
expect_error "--rtc-base bad month" --rtc-base 2020-13-01T00:00:00 --kernel "$work/raw.bin"
expect_error "--rtc-base no time of day" --rtc-base 2020-01-01 --kernel "$work/raw.bin"
expect_error "--rtc-base negative" --rtc-base -5 --kernel "$work/raw.bin"
expect_error "--rtc-base missing" --kernel "$work/raw.bin" --rtc-base
expect_error "--log unknown" --log guest,everything --kernel "$work/raw.bin"
expect_error "--memory too large" --memory 2G --kernel "$work/raw.bin"
expect_error "--memory just too large" --memory 1025M --kernel "$work/raw.bin"
expect_error "--memory malformed" --memory 12Q --kernel "$work/raw.bin"
expect_error "--memory not a number" --memory lots --kernel "$work/raw.bin"
expect_error "--memory empty" --memory "" --kernel "$work/raw.bin"
expect_error "--memory zero" --memory 0 --kernel "$work/raw.bin"
expect_error "--memory negative" --memory -256M --kernel "$work/raw.bin"
expect_error "--memory overflow" --memory 99999999999999999999G --kernel "$work/raw.bin"
expect_error "--memory not page-sized" --memory 1001K --kernel "$work/raw.bin"

# ---- files ----
expect_error "missing kernel file" --kernel "$work/no-such-file"
expect_error "kernel is a directory" --kernel "$work/directory"
expect_error "empty kernel" --kernel "$work/empty"
expect_error "raw image larger than RAM" --memory 1M --kernel "$work/raw2m.bin"
expect_error "missing DTB" --kernel "$work/raw.bin" --dtb "$work/no-such.dtb"
expect_error "DTB without FDT magic" --kernel "$work/raw.bin" --dtb "$work/text.dtb"
expect_error "DTB reservation map over its structure block" --kernel "$work/raw.bin" \
	--dtb "$work/rsv_in_struct.dtb"
expect_error "DTB reservation map inside its structure block" --kernel "$work/raw.bin" \
	--dtb "$work/rsv_late.dtb"
# FIFOs and devices are not files to load: refused, not waited on.
expect_error "kernel is a FIFO" --kernel "$work/fifo"
expect_error "DTB is a FIFO" --kernel "$work/raw.bin" --dtb "$work/fifo"
expect_error "initrd is a FIFO" --kernel "$work/raw.bin" --initrd "$work/fifo"
expect_error "trace file is a FIFO nobody reads" --trace insn --trace-file "$work/fifo" \
	--kernel "$work/raw.bin"
expect_message "trace file full (/dev/full)" '^armvm: writing the trace to /dev/full: ' \
	--trace insn --trace-file /dev/full --max-insns 1000 --kernel "$work/raw.bin"
expect_message "--memory below 1M named as given" '\(--memory 64K\)$' \
	--memory 64K --kernel "$work/raw2m.bin"
max_map_count=$(cat /proc/sys/vm/max_map_count)
expect_error "--espt-maps at vm.max_map_count (no room for the rest of armvm)" \
	--espt-maps "$max_map_count" --max-insns 1000 --kernel "$work/raw.bin"
# A file in /proc shows a size of 0 but has content: it is read to its end.
"$armvm" --kernel "$work/raw.bin" --initrd /proc/self/status --max-insns 1000 \
	>"$work/stdout" 2>"$work/stderr" </dev/null
status=$?
if [ "$status" -ne 0 ] || grep -q "empty" "$work/stderr"; then
	fail "initrd from /proc: status $status"
	sed 's/^/    stderr: /' "$work/stderr"
else
	echo "ok: initrd from /proc is read"
fi
expect_error "empty initrd" --kernel "$work/raw.bin" --initrd "$work/empty"
expect_error "initrd too large for RAM" --memory 2M --kernel "$work/raw.bin" --initrd "$work/raw2m.bin"
expect_error "trace file in a missing directory" --trace insn \
	--trace-file "$work/no-such-dir/trace" --kernel "$work/raw.bin"
if [ -e /bin/true ] && [ "$(head -c 4 /bin/true | od -An -c | tr -d ' ')" = '177ELF' ]; then
	expect_error "host ELF (64-bit x86-64)" --kernel /bin/true
fi
if [ -n "$arm_cc" ]; then
	expect_error "ELF32 for i386" --kernel "$work/i386.elf"
	expect_error "ELF64 for ARM" --kernel "$work/class64.elf"
	expect_error "truncated ELF" --kernel "$work/truncated.elf"
	expect_error "relocatable ELF object" --kernel "$work/object.o"
	expect_error "segment above RAM" --kernel "$work/above_ram.elf"
	expect_error "segment across the end of RAM" --kernel "$work/straddle.elf"
	expect_error "segment at 0 (flash, not RAM)" --kernel "$work/low.elf"
	expect_error "segment outside a smaller RAM" --memory 64M --kernel "$work/above_ram.elf"
	# The same file is fine when RAM reaches it: the error was the address.
	"$armvm" --memory 512M --semihosting --max-insns 1000 --kernel "$work/above_ram.elf" \
		>"$work/stdout" 2>"$work/stderr"
	status=$?
	if [ "$status" -ne 0 ] || [ -s "$work/stderr" ]; then
		fail "ELF above 256M with --memory 512M: status $status"
		sed 's/^/    stderr: /' "$work/stderr"
	else
		echo "ok: the same ELF runs with --memory 512M"
	fi
else
	fail "ELF cases: arm-linux-gnueabihf-gcc not found"
fi

# ---- help and version ----
for opt in --help -h; do
	"$armvm" $opt >"$work/stdout" 2>"$work/stderr"
	status=$?
	if [ "$status" -ne 0 ] || ! grep -q '^Usage: armvm' "$work/stdout" || [ -s "$work/stderr" ]; then
		fail "$opt: status $status"
	else
		echo "ok: $opt"
	fi
done
"$armvm" --version >"$work/stdout" 2>"$work/stderr"
status=$?
if [ "$status" -ne 0 ] || ! grep -q '^armvm [0-9]' "$work/stdout" || [ -s "$work/stderr" ]; then
	fail "--version: status $status"
else
	echo "ok: --version: $(cat "$work/stdout")"
fi

if [ "$failures" -ne 0 ]; then
	echo "$failures failure(s)"
	exit 1
fi
echo "all bad-input cases pass"
