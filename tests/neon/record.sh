#!/usr/bin/env bash
# record.sh: rebuild ops/<name>.expected, the output of each ops/<name>.c under
# qemu-system-arm (the oracle), built for ARM at -O2 with -mfpu=neon.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for src in "$here"/ops/*.c; do
	name=$(basename "$src" .c)
	"$here/../vfp/build_prog.sh" guest "$tmp/$name.elf" "$src" arm O2 neon
	QEMU_AUDIO_DRV=none timeout 120 qemu-system-arm -M vexpress-a9 -m 256M -display none \
		-monitor none -serial stdio -semihosting -kernel "$tmp/$name.elf" < /dev/null 2> /dev/null \
		| tr -d '\r' > "$here/ops/$name.expected"
	echo "wrote ops/$name.expected ($(wc -l < "$here/ops/$name.expected") lines)"
done
