#!/bin/bash
# codedata.sh: code and the data it updates in one 4 KiB page
# (bench/programs/codedata.c, linked with .data right after .text): CPU time
# (user + sys) of qemu-system-arm and of armvm in each mode on the same ELF, in
# one run, with armvm's --stats counters (blocks compiled, invalidations,
# ESPT's code-page writes).
#
#   bench/codedata.sh [BUILD_DIR]        (default: build)
#
# Environment: CODEDATA_ITERS (default 40000000) loop iterations, BENCH_REPEAT
# (default 3) runs per emulator, the fastest counts. Every run must print what
# QEMU prints. Timings are never asserted: this prints a markdown table and
# writes it to bench/results/codedata.md.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=$(cd "${1:-$root/build}" && pwd)
armvm=$build/armvm
iters=${CODEDATA_ITERS:-40000000}
repeat=${BENCH_REPEAT:-3}
modes=("interp --engine interp" "softmmu --engine dbt --mmu softmmu"
	"espt --engine dbt --mmu espt")
cc=${ARM_GUEST_CC:-arm-linux-gnueabihf-gcc}
qemu=$(command -v qemu-system-arm || true)
rt=$root/tests/guest/rt
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
report=$here/results/codedata.md
mkdir -p "$here/results"

[ -x "$armvm" ] || { echo "codedata: no armvm in $build (build it first)" >&2; exit 1; }
command -v "$cc" >/dev/null || { echo "codedata: $cc not found" >&2; exit 1; }
[ -n "$qemu" ] || { echo "codedata: qemu-system-arm not found" >&2; exit 1; }

flags=(-std=gnu11 -march=armv7-a+fp -mfloat-abi=hard -mgeneral-regs-only -marm -O2
	-ffreestanding -fno-builtin -fno-pie -fno-stack-protector -mno-unaligned-access
	-fno-asynchronous-unwind-tables -Wall -Wextra -Werror -I"$rt"
	-DCODEDATA_ITERS="$iters" -nostdlib -static -no-pie -T "$rt/link.ld"
	-Wl,--build-id=none -Wl,--no-warn-rwx-segments)
elf=$out/codedata.elf
"$cc" "${flags[@]}" "$rt/start.S" "$rt/rt_guest.c" "$rt/rt_fmt.c" \
	"$here/programs/codedata.c" -lgcc -o "$elf"
# The point of the program: its loop and the array share a page.
addr() { arm-linux-gnueabihf-nm "$elf" | awk -v s="$1" '$3 == s { print $1 }'; }
main_page=$((0x$(addr main) >> 12)) data_page=$((0x$(addr codedata_hist) >> 12))
[ "$main_page" = "$data_page" ] || {
	echo "codedata: main and codedata_hist are not in one page" >&2; exit 1; }

# best CMD...: the least CPU time (user + sys) of $repeat runs in $cpu; the
# output must equal $want when set; stderr of the last run in $out/err.
best() {
	local t
	cpu=""
	for _ in $(seq "$repeat"); do
		/usr/bin/time -f "%U %S" -o "$out/time" "$@" >"$out/got" 2>"$out/err" </dev/null ||
			{ echo "codedata: $*: failed" >&2; head -n 5 "$out/err" >&2; exit 1; }
		[ -z "${want:-}" ] || cmp -s "$out/got" "$want" ||
			{ echo "codedata: $*: output differs from QEMU's" >&2; exit 1; }
		t=$(awk '{ print $1 + $2 }' "$out/time")
		if [ -z "$cpu" ] || [ "$(echo "$t < $cpu" | bc -l)" = 1 ]; then
			cpu=$t
		fi
	done
}

row() {
	printf '| %s | %s | %s | %s | %s | %s |\n' "$@" | tee -a "$report"
}

: >"$report"
echo "# codedata: $iters iterations, loop and array in one page, best of $repeat runs" |
	tee -a "$report"
echo | tee -a "$report"
row emulator "CPU s" "/ qemu" blocks invalidations "code-page writes"
row --- --- --- --- --- ---
want=""
best env QEMU_AUDIO_DRV=none "$qemu" -M vexpress-a9 -m 256M -display none -monitor none \
	-serial stdio -semihosting -kernel "$elf"
cp "$out/got" "$out/want"
want=$out/want
q=$cpu
for m in "${modes[@]}"; do
	read -r -a args <<<"$m"
	best "$armvm" "${args[@]:1}" --semihosting --kernel "$elf" --stats
	stat() {
		local n
		n=$(sed -nE "s/.*[ (]([0-9]+) $1.*/\1/p" "$out/err" | head -n 1)
		echo "${n:--}"
	}
	row "armvm ${args[0]}" "$cpu" "$(printf '%.2f' "$(echo "$cpu / $q" | bc -l)")" \
		"$(stat blocks)" "$(stat invalidations)" "$(stat code-page)"
done
row qemu "$q" 1.00 - - -
echo | tee -a "$report"
echo "CPU s: user + sys of the whole process (QEMU's and armvm's start-up included)." \
	"$(uname -sr), $(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg)." | tee -a "$report"
