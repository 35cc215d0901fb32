#!/bin/bash
# --log translate prints each new block: its guest instructions as GNU objdump
# disassembles them (the oracle: objdump -d of the same ELF), and its host
# code, which scripts/disasm-host.sh disassembles with objdump as x86-64.
# Usage: log_translate.sh ARMVM WORKDIR [armvm options...]
set -u
armvm=$1
work=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
cc=$(command -v arm-linux-gnueabihf-gcc || true)
objdump=$(command -v arm-linux-gnueabihf-objdump || true)
if [ -z "$cc" ] || [ -z "$objdump" ]; then
	echo "FAIL: arm-linux-gnueabihf-gcc or -objdump not found"
	exit 1
fi
rm -rf "$work"
mkdir -p "$work"
# A first block of data processing, then a power-off (SYS_CFG_SHUTDOWN).
cat >"$work/guest.S" <<'GUEST'
	.syntax unified
	.arm
	.global _start
_start:
	mov r0, #1
	add r1, r0, r0, lsl #2
	subs r2, r1, #3
	eorne r3, r2, r1, ror #8
	mvn r4, r3
	b 1f
1:	ldr r0, =0x10000000
	ldr r1, =0xc0800000
	str r1, [r0, #0xa4]
2:	b 2b
	.ltorg
	.section .note.GNU-stack, "", %progbits
GUEST
"$cc" -nostdlib -static -fno-pie -no-pie -Wl,--build-id=none -Wl,-Ttext=0x60010000 \
	-o "$work/guest.elf" "$work/guest.S" || exit 1

"$armvm" "$@" --log translate --kernel "$work/guest.elf" 2>"$work/log" >/dev/null </dev/null ||
	{ echo "FAIL: armvm failed"; cat "$work/log"; exit 1; }

# objdump's "60010000:	e3a00001 	mov	r0, #1" as "60010000: e3a00001 mov r0, #1",
# comments dropped, branch targets "60010018 <_start+0x18>" as "0x60010018";
# the same from armvm's indented block lines.
"$objdump" -d "$work/guest.elf" |
	sed -nE 's/^ *([0-9a-f]{8}):\s+([0-9a-f]{8})\s+([^;@]*[^;@[:space:]]).*/\1: \2 \3/p' |
	sed -E 's/\s+/ /g; s/ ([0-9a-f]+) <[^>]*>$/ 0x\1/' | head -n 7 >"$work/want"
sed -nE 's/^  ([0-9a-f]{8}: .*)/\1/p' "$work/log" | sed -E 's/\s+/ /g' | head -n 7 >"$work/got"
if ! diff -u "$work/want" "$work/got"; then
	echo "FAIL: guest instructions differ from objdump's (- objdump, + armvm)"
	exit 1
fi
grep -q '^armvm: translate: IN 0x60010000 pa 0x60010000 arm ' "$work/log" ||
	{ echo "FAIL: no IN line for the block at 0x60010000"; exit 1; }

# Every OUT line's byte count is the number of bytes listed under it, and the
# script disassembles them into x86-64 instructions.
awk '/^armvm: translate: OUT/ { if (n != want) bad = 1; want = $5; n = 0; next }
     /^  [0-9a-f][0-9a-f]( |$)/ { n += NF }
     END { if (n != want || !want) bad = 1; exit bad }' "$work/log" ||
	{ echo "FAIL: host byte counts"; exit 1; }
bash "$here/../../scripts/disasm-host.sh" "$work/log" >"$work/host" || exit 1
grep -qE '^ +[0-9a-f]+:\s([0-9a-f]{2} )+\s*\S' "$work/host" ||
	{ echo "FAIL: disasm-host.sh shows no x86-64"; exit 1; }
echo "PASS: $(wc -l <"$work/got") guest instructions as objdump, $(grep -c OUT "$work/log") blocks"
