#!/bin/bash
# A raw image (not ELF) under armvm: loaded at RAM + 0x8000 and entered in ARM
# state, SVC mode, A/I/F masked (CPSR 0x1d3), with r0 = 0, r1 = 0x8e0 (the
# vexpress machine type) and r2 = the DTB's address: the Linux ARM boot
# protocol (Documentation/arch/arm/booting.rst). armvm places the initrd at
# RAM + min(RAM / 2, 128M) and the DTB after it on a 4 KiB boundary, so with
# 256M of RAM the DTB is at 0x68000000, or at 0x68001000 after a 16-byte initrd.
# Usage: raw_boot.sh ARMVM WORKDIR [armvm options...]
set -u
armvm=$1
work=$2
shift 2
cc=$(command -v arm-linux-gnueabihf-gcc || true)
objcopy=$(command -v arm-linux-gnueabihf-objcopy || true)
dtc=$(command -v dtc || true)
if [ -z "$cc" ] || [ -z "$objcopy" ] || [ -z "$dtc" ]; then
	echo "FAIL: needs arm-linux-gnueabihf-gcc, arm-linux-gnueabihf-objcopy and dtc"
	exit 1
fi
rm -rf "$work"
mkdir -p "$work"
"$cc" -nostdlib -static -fno-pie -no-pie -Wl,--build-id=none -Wl,-Ttext=0x60008000 \
	-o "$work/raw.elf" "$(dirname "$0")/raw_guest.S" || exit 1
"$objcopy" -O binary "$work/raw.elf" "$work/raw.bin" || exit 1
printf '/dts-v1/;\n/ { model = "armvm test"; };\n' | "$dtc" -q -I dts -O dtb -o "$work/test.dtb" - || exit 1
printf '0123456789abcdef' >"$work/initrd"
failures=0

# check NAME EXPECTED-OUTPUT ARMVM-ARGUMENTS...
check() {
	local name=$1 want=$2 status
	shift 2
	"$armvm" "$@" --semihosting --max-insns 100000 >"$work/stdout" 2>"$work/stderr"
	status=$?
	if [ "$status" -ne 0 ] || [ "$(cat "$work/stdout")" != "$want" ]; then
		echo "FAIL: $name: status $status, output:"
		cat "$work/stdout" "$work/stderr"
		echo "expected:"
		echo "$want"
		failures=$((failures + 1))
	else
		echo "ok: $name"
	fi
}
check "raw image without DTB" "r0=00000000
r1=000008e0
r2=00000000
cpsr=000001d3" "$@" --kernel "$work/raw.bin"
# The DTB's first word, FDT magic 0xd00dfeed stored big-endian, read little-endian.
check "raw image with DTB" "r0=00000000
r1=000008e0
r2=68000000
cpsr=000001d3
dtb=edfe0dd0" "$@" --kernel "$work/raw.bin" --dtb "$work/test.dtb"
check "raw image with initrd and DTB" "r0=00000000
r1=000008e0
r2=68001000
cpsr=000001d3
dtb=edfe0dd0" "$@" --kernel "$work/raw.bin" --dtb "$work/test.dtb" --initrd "$work/initrd"
check "raw image with DTB, 64M of RAM" "r0=00000000
r1=000008e0
r2=62000000
cpsr=000001d3
dtb=edfe0dd0" "$@" --memory 64M --kernel "$work/raw.bin" --dtb "$work/test.dtb"
[ "$failures" -eq 0 ]
