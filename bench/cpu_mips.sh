#!/bin/bash
# cpu_mips.sh: guest MIPS of each armvm mode and of qemu-system-arm on a
# CPU-bound guest program (bench/programs/cpu_bench.c), same ELF for all.
#
#   bench/cpu_mips.sh [BUILD_DIR]        (default: build; use a release build)
#
# Environment: BENCH_ROUNDS (default 20) rounds of cpu_bench.c, BENCH_REPEAT
# (default 3) runs per measurement (the fastest counts), BENCH_VARIANTS
# (default "arm-O2 thumb-O2").
#
# armvm runs with --stats, which prints at exit the instructions executed and
# the MIPS of the run (time in cpu_run only, no startup).  QEMU has no such
# counter: its MIPS are armvm's instruction count over QEMU's wall time minus
# its startup (the wall time of a 0-round build).  Every run's console output
# must equal the host build's.  Timings are never asserted anywhere: this
# prints a markdown table and writes it to bench/results/cpu_mips.md.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=$(cd "${1:-$root/build}" && pwd)
armvm=$build/armvm
rounds=${BENCH_ROUNDS:-20}
repeat=${BENCH_REPEAT:-3}
variants=${BENCH_VARIANTS:-arm-O2 thumb-O2}
# armvm's modes (ARMVM_MODES of tests/CMakeLists.txt): name, then arguments
modes=("interp --engine interp" "softmmu --engine dbt --mmu softmmu"
	"espt --engine dbt --mmu espt" "auto --engine dbt --mmu auto")
cc=${ARM_GUEST_CC:-arm-linux-gnueabihf-gcc}
qemu=$(command -v qemu-system-arm || true)
rt=$root/tests/guest/rt
progs=$root/tests/guest/progs
out=$build/bench/cpu
report=$here/results/cpu_mips.md
mkdir -p "$out" "$here/results"

[ -x "$armvm" ] || { echo "cpu_mips: no armvm in $build (build it first)" >&2; exit 1; }
command -v "$cc" >/dev/null || { echo "cpu_mips: $cc not found" >&2; exit 1; }

cflags=(-std=gnu11 -march=armv7-a+fp -mfloat-abi=hard -mgeneral-regs-only -ffreestanding
	-fno-builtin -fno-pie -fno-stack-protector -mno-unaligned-access
	-fno-asynchronous-unwind-tables -Wall -Wextra -Werror -I"$rt")
# shellcheck disable=SC2054  # the commas are ld's
ldflags=(-nostdlib -static -no-pie -T "$rt/link.ld" -Wl,--build-id=none
	-Wl,--no-warn-rwx-segments)
kernels=(bytecode digest matrix hash)

# build_variant VARIANT: cpu_bench-0.elf (QEMU's startup) and cpu_bench-$rounds.elf
build_variant() {
	local isa=${1%-*} opt=${1#*-} d=$out/$1
	local f=(-m"$isa" -"$opt") objs=()
	mkdir -p "$d"
	"$cc" "${cflags[@]}" "${f[@]}" -c "$rt/start.S" -o "$d/start.o"
	"$cc" "${cflags[@]}" "${f[@]}" -fno-tree-loop-distribute-patterns \
		-c "$rt/rt_guest.c" -o "$d/rt_guest.o"
	"$cc" "${cflags[@]}" "${f[@]}" -c "$rt/rt_fmt.c" -o "$d/rt_fmt.o"
	for k in "${kernels[@]}"; do
		"$cc" "${cflags[@]}" "${f[@]}" -Dmain=bench_"$k" -c "$progs/$k.c" -o "$d/$k.o"
		objs+=("$d/$k.o")
	done
	for r in 0 "$rounds"; do
		"$cc" "${cflags[@]}" "${f[@]}" -DBENCH_ROUNDS="$r" -c "$here/programs/cpu_bench.c" \
			-o "$d/cpu_bench-$r.o"
		"$cc" "${cflags[@]}" "${f[@]}" "${ldflags[@]}" "$d"/start.o "$d"/rt_guest.o \
			"$d"/rt_fmt.o "${objs[@]}" "$d/cpu_bench-$r.o" -lgcc -o "$d/cpu_bench-$r.elf"
	done
}

# The host build of the same load: every guest run's output must equal it.
host_build() {
	local objs=()
	for k in "${kernels[@]}"; do
		cc -std=gnu11 -O2 -funsigned-char -I"$rt" -Dmain=bench_"$k" -c "$progs/$k.c" \
			-o "$out/host_$k.o"
		objs+=("$out/host_$k.o")
	done
	cc -std=gnu11 -O2 -funsigned-char -I"$rt" -DBENCH_ROUNDS="$rounds" \
		"$here/programs/cpu_bench.c" "$rt/rt_fmt.c" "$rt/rt_host.c" "${objs[@]}" \
		-o "$out/cpu_bench-host"
	"$out/cpu_bench-host" >"$out/expected.txt"
}

# timed CMD...: runs CMD (stdout to $out/got, stderr to $out/err), sets $secs
# and $status.
timed() {
	local s e
	s=$(date +%s.%N)
	status=0
	"$@" >"$out/got" 2>"$out/err" </dev/null || status=$?
	e=$(date +%s.%N)
	secs=$(echo "$e - $s" | bc -l)
}

# check_output WHAT: the last run must have printed what the host build prints
# and exited with status 0.
check_output() {
	if [ "$status" -ne 0 ] || ! cmp -s "$out/got" "$out/expected.txt"; then
		echo "cpu_mips: $1: exit status $status; output equal to the host build's:" \
			"$(cmp -s "$out/got" "$out/expected.txt" && echo yes || echo no)" >&2
		head -n 5 "$out/err" >&2
		exit 1
	fi
}

# armvm_best ARGS...: the fastest of $repeat --stats runs: $wall, $insns, $mips, $run_s
armvm_best() {
	local line best=""
	for _ in $(seq "$repeat"); do
		timed "$armvm" --semihosting --kernel "$elf" --stats "$@"
		check_output "armvm $*"
		line=$(grep '^armvm: stats: [0-9]* instructions' "$out/err" || true)
		[ -n "$line" ] || { echo "cpu_mips: armvm $*: no --stats line" >&2; exit 1; }
		if [ -z "$best" ] || [ "$(echo "$secs < $best" | bc -l)" = 1 ]; then
			best=$secs
			# "armvm: stats: N instructions in T s (M MIPS)"
			read -r _ _ insns _ _ run_s _ mips _ <<<"${line//(/}"
		fi
	done
	wall=$best
}

# qemu_best ELF: the fastest of $repeat wall times, in $secs
qemu_best() {
	local best=""
	for _ in $(seq "$repeat"); do
		timed env QEMU_AUDIO_DRV=none "$qemu" -M vexpress-a9 -m 256M -display none \
			-monitor none -serial stdio -semihosting -kernel "$1"
		if [ "$1" = "$elf" ]; then
			check_output qemu
		fi
		if [ -z "$best" ] || [ "$(echo "$secs < $best" | bc -l)" = 1 ]; then
			best=$secs
		fi
	done
	secs=$best
}

row() {
	printf '| %s | %s | %s | %s | %s | %s |\n' "$@" | tee -a "$report"
}

host_build
: >"$report"
echo "# cpu_mips: $rounds rounds of bytecode+digest+matrix+hash, best of $repeat runs" |
	tee -a "$report"
echo | tee -a "$report"
row variant emulator instructions "wall s" MIPS "run time / qemu"
row --- --- --- --- --- ---
for v in $variants; do
	build_variant "$v"
	elf=$out/$v/cpu_bench-$rounds.elf
	q_net=""
	if [ -n "$qemu" ]; then
		qemu_best "$out/$v/cpu_bench-0.elf"
		q0=$secs
		qemu_best "$elf"
		q=$secs
		q_net=$(echo "$q - $q0" | bc -l)
	fi
	ref=""
	for m in "${modes[@]}"; do
		read -r -a args <<<"$m"
		armvm_best "${args[@]:1}"
		[ -n "$ref" ] || ref=$insns
		[ "$insns" = "$ref" ] || echo "cpu_mips: $v ${args[0]}: $insns instructions," \
			"the first mode counted $ref" >&2
		ratio=-
		[ -n "$q_net" ] && ratio=$(printf '%.2f' "$(echo "$run_s / $q_net" | bc -l)")
		row "$v" "armvm ${args[0]}" "$insns" "$(printf '%.3f' "$wall")" "$mips" "$ratio"
	done
	if [ -n "$q_net" ]; then
		row "$v" qemu "-" "$(printf '%.3f' "$q")" \
			"$(printf '%.1f' "$(echo "$ref / $q_net / 1000000" | bc -l)")" 1.00
	fi
done
echo | tee -a "$report"
echo "MIPS: armvm's own (--stats, time in cpu_run); QEMU's: the instructions armvm" \
	"counted over QEMU's wall time net of startup ($(printf '%.3f' "${q0:-0}") s). Run time / qemu: the" \
	"same times compared. $(uname -sr), $(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg)." |
	tee -a "$report"
