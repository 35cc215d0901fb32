#!/bin/bash
# cpu_mips.sh: guest MIPS of armvm's interpreter on a CPU-bound guest
# program, and its wall time against qemu-system-arm on the same ELF.
#
#   bench/cpu_mips.sh [BUILD_DIR]        (default: build; use a release build)
#
# Environment: BENCH_ROUNDS (default 20) rounds of bench/programs/cpu_bench.c,
# BENCH_REPEAT (default 3) runs per measurement (the fastest counts),
# BENCH_VARIANTS (default "arm-O2 thumb-O2"), ARMVM_ENGINE_ARGS (default
# "--engine interp").
#
# armvm has no executed-instruction counter, so the count comes from
# `armvm --trace insn` (one line per instruction) of 1- and 2-round builds:
# the load is linear in the rounds (see cpu_bench.c).  Startup (a 0-round
# build) is subtracted from both emulators' times.  Timings are never
# asserted anywhere: this only prints.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=$(cd "${1:-$root/build}" && pwd)
armvm=$build/armvm
rounds=${BENCH_ROUNDS:-20}
repeat=${BENCH_REPEAT:-3}
variants=${BENCH_VARIANTS:-arm-O2 thumb-O2}
read -r -a engine <<<"${ARMVM_ENGINE_ARGS:---engine interp}"
cc=${ARM_GUEST_CC:-arm-linux-gnueabihf-gcc}
qemu=$(command -v qemu-system-arm || true)
rt=$root/tests/guest/rt
progs=$root/tests/guest/progs
out=$build/bench/cpu
mkdir -p "$out"

[ -x "$armvm" ] || { echo "cpu_mips: no armvm in $build (build it first)" >&2; exit 1; }
command -v "$cc" >/dev/null || { echo "cpu_mips: $cc not found" >&2; exit 1; }

cflags=(-std=gnu11 -march=armv7-a+fp -mfloat-abi=hard -mgeneral-regs-only -ffreestanding
	-fno-builtin -fno-pie -fno-stack-protector -mno-unaligned-access
	-fno-asynchronous-unwind-tables -Wall -Wextra -Werror -I"$rt")
ldflags=(-nostdlib -static -no-pie -T "$rt/link.ld" -Wl,--build-id=none
	-Wl,--no-warn-rwx-segments)
kernels="bytecode digest matrix hash"

# build VARIANT: the objects, then cpu_bench-<rounds>.elf for 0, 1, 2, $rounds
build_variant() {
	local v=$1 isa=${1%-*} opt=${1#*-} d=$out/$1
	local f=(-m"$isa" -"$opt")
	mkdir -p "$d"
	"$cc" "${cflags[@]}" "${f[@]}" -c "$rt/start.S" -o "$d/start.o"
	"$cc" "${cflags[@]}" "${f[@]}" -fno-tree-loop-distribute-patterns \
		-c "$rt/rt_guest.c" -o "$d/rt_guest.o"
	"$cc" "${cflags[@]}" "${f[@]}" -c "$rt/rt_fmt.c" -o "$d/rt_fmt.o"
	for k in $kernels; do
		"$cc" "${cflags[@]}" "${f[@]}" -Dmain=bench_$k -c "$progs/$k.c" -o "$d/$k.o"
	done
	for r in 0 1 2 "$rounds"; do
		"$cc" "${cflags[@]}" "${f[@]}" -DBENCH_ROUNDS="$r" -c "$here/programs/cpu_bench.c" \
			-o "$d/cpu_bench-$r.o"
		"$cc" "${cflags[@]}" "${f[@]}" "${ldflags[@]}" "$d"/start.o "$d"/rt_guest.o \
			"$d"/rt_fmt.o $(for k in $kernels; do echo "$d/$k.o"; done) \
			"$d/cpu_bench-$r.o" -lgcc -o "$d/cpu_bench-$r.elf"
	done
}

# The host build of the 1-round load: the guest's output must equal it.
host_build() {
	local objs=()
	for k in $kernels; do
		cc -std=gnu11 -O2 -funsigned-char -I"$rt" -Dmain=bench_$k -c "$progs/$k.c" \
			-o "$out/host_$k.o"
		objs+=("$out/host_$k.o")
	done
	cc -std=gnu11 -O2 -funsigned-char -I"$rt" -DBENCH_ROUNDS=1 "$here/programs/cpu_bench.c" \
		"$rt/rt_fmt.c" "$rt/rt_host.c" "${objs[@]}" -o "$out/cpu_bench-host"
	"$out/cpu_bench-host" >"$out/expected-1.txt"
}

run_armvm() {
	"$armvm" --semihosting --kernel "$1" "${engine[@]}" </dev/null
}

run_qemu() {
	QEMU_AUDIO_DRV=none "$qemu" -M vexpress-a9 -m 256M -display none -monitor none \
		-serial stdio -semihosting -kernel "$1" </dev/null 2>/dev/null
}

# best_time FUNC ELF: the fastest of $repeat wall times, in seconds
best_time() {
	local best="" t s e
	for _ in $(seq "$repeat"); do
		s=$(date +%s.%N)
		"$1" "$2" >/dev/null
		e=$(date +%s.%N)
		t=$(echo "$e - $s" | bc -l)
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then
			best=$t
		fi
	done
	echo "$best"
}

count_insns() {
	"$armvm" --semihosting --kernel "$1" "${engine[@]}" --trace insn 2>&1 >/dev/null </dev/null |
		grep -c '^[0-9a-f]\{8\}:'
}

host_build
printf '%-9s %14s %10s %9s %10s %9s %9s\n' variant instructions armvm-s MIPS qemu-s qemu-MIPS armvm/qemu
for v in $variants; do
	build_variant "$v"
	d=$out/$v
	if ! run_armvm "$d/cpu_bench-1.elf" | cmp -s - "$out/expected-1.txt"; then
		echo "cpu_mips: $v: armvm's output differs from the host build's" >&2
		exit 1
	fi
	n1=$(count_insns "$d/cpu_bench-1.elf")
	n2=$(count_insns "$d/cpu_bench-2.elf")
	per=$((n2 - n1))
	insns=$((n1 + (rounds - 1) * per))
	a0=$(best_time run_armvm "$d/cpu_bench-0.elf")
	a=$(best_time run_armvm "$d/cpu_bench-$rounds.elf")
	mips=$(echo "$insns / ($a - $a0) / 1000000" | bc -l)
	if [ -n "$qemu" ]; then
		q0=$(best_time run_qemu "$d/cpu_bench-0.elf")
		q=$(best_time run_qemu "$d/cpu_bench-$rounds.elf")
		qmips=$(printf '%.1f' "$(echo "$insns / ($q - $q0) / 1000000" | bc -l)")
		ratio=$(printf '%.2f' "$(echo "($a - $a0) / ($q - $q0)" | bc -l)")
		q=$(printf '%.3f' "$q")
	else
		q=- qmips=- ratio=-
	fi
	printf '%-9s %14d %10.3f %9.1f %10s %9s %9s\n' "$v" "$insns" "$a" "$mips" "$q" "$qmips" "$ratio"
done
echo "($rounds rounds of bytecode+digest+matrix+hash; times are the best of $repeat runs," \
	"MIPS and the ratio net of startup; engine: ${engine[*]})"
