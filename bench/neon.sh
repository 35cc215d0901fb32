#!/bin/bash
# neon.sh: wall time of a NEON-heavy bare-metal program under qemu-system-arm
# and each armvm mode, the same ELF for all (issue 15).
#
#   bench/neon.sh [BUILD_DIR]        (default: build; use a release build)
#
# The program is tests/neon/progs/neon_kernels.c (loops GCC vectorises: string
# search, checksums, saturating image arithmetic, SAD, FIR, matrix product,
# reductions) with ROUNDS=${BENCH_ROUNDS:-400}, built for ARM at -O3 with
# -mcpu=cortex-a9 -mfpu=neon by tests/vfp/build_prog.sh. Each emulator runs it
# BENCH_REPEAT times (default 3), the median counts; every run's output must
# equal the host build's. Timings are never asserted: this prints a markdown
# table (seconds, and the ratio to QEMU).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=$(cd "${1:-$root/build}" && pwd)
rounds=${BENCH_ROUNDS:-400}
repeat=${BENCH_REPEAT:-3}
qemu=$(command -v qemu-system-arm || true)
[ -n "$qemu" ] || { echo "neon.sh: qemu-system-arm not found" >&2; exit 1; }
modes=("interp --engine interp" "softmmu --engine dbt --mmu softmmu"
	"espt --engine dbt --mmu espt" "auto --engine dbt --mmu auto")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
src=$root/tests/neon/progs/neon_kernels.c
export EXTRA_CFLAGS="-DROUNDS=$rounds"
HOST_CC=${CC:-cc} "$root/tests/vfp/build_prog.sh" host "$tmp/host" "$src"
ARM_CC=${ARM_GUEST_CC:-arm-linux-gnueabihf-gcc} \
	"$root/tests/vfp/build_prog.sh" guest "$tmp/guest.elf" "$src" arm O3 neon
"$tmp/host" > "$tmp/want"

# run NAME CMD...: median wall time of repeat runs, output checked.
run() {
	local name=$1 times=() t0 t1
	shift
	for _ in $(seq "$repeat"); do
		t0=$(date +%s.%N)
		"$@" < /dev/null 2> /dev/null | tr -d '\r' > "$tmp/got"
		t1=$(date +%s.%N)
		cmp -s "$tmp/want" "$tmp/got" || { echo "neon.sh: $name: wrong output" >&2; exit 1; }
		times+=("$(echo "$t1 - $t0" | bc)")
	done
	printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (repeat + 1) / 2 ))p"
}

q=$(run qemu env QEMU_AUDIO_DRV=none "$qemu" -M vexpress-a9 -m 256M -display none \
	-monitor none -serial stdio -semihosting -kernel "$tmp/guest.elf")
echo "| emulator | seconds (median of $repeat) | / QEMU |"
echo "| --- | --- | --- |"
printf '| qemu-system-arm | %.2f | 1.00 |\n' "$q"
for m in "${modes[@]}"; do
	read -r name args <<< "$m"
	# shellcheck disable=SC2086
	t=$(run "$name" "$build/armvm" $args --semihosting --kernel "$tmp/guest.elf")
	printf '| armvm %s | %.2f | %.2f |\n' "$name" "$t" "$(echo "$t / $q" | bc -l)"
done
