#!/usr/bin/env bash
# build_prog.sh guest|host OUT SOURCE [ISA OPT FPU]: build one VFP test program.
#   guest: ISA arm|thumb, OPT O0|O2, FPU vfpv3-d16|vfpv3, hard-float, bare metal
#          (tests/vfp/rt); host: the same program for the host, for comparison.
# Both sides: -ffp-contract=off (no fused multiply-add) and -frounding-math.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kind=$1 out=$2 src=$3
# EXTRA_CFLAGS (both sides): e.g. a -D for a benchmark's size.
common=(-std=gnu11 -Wall -Wextra -ffp-contract=off -frounding-math -fno-math-errno
	${EXTRA_CFLAGS:-})
if [ "$kind" = host ]; then
	exec "${HOST_CC:-cc}" "${common[@]}" -O2 -o "$out" "$src" "$here/rt/rt_host.c" \
		"$here/rt/rt_fmt.c" -lm
fi
isa=$4 opt=$5 fpu=$6
exec "${ARM_CC:-arm-linux-gnueabihf-gcc}" "${common[@]}" -"$opt" -m"$isa" \
	-mcpu=cortex-a9 -mfpu="$fpu" -mfloat-abi=hard -ffreestanding -nostdlib \
	-fno-pie -no-pie -Wl,--no-warn-rwx-segments -Wl,--build-id=none -T "$here/rt/link.ld" -o "$out" \
	"$here/rt/start.S" "$src" "$here/rt/rt_guest.c" "$here/rt/rt_fmt.c" \
	"$here/rt/rt_lib.c" -lgcc
