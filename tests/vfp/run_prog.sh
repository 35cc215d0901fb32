#!/usr/bin/env bash
# run_prog.sh armvm|qemu EMULATOR GUEST.elf HOST-EXE [armvm args...]: run the
# guest program and the host build of the same program; their outputs must be
# byte for byte the same, and both must exit with status 0. HOST-EXE may also
# be a text file (not executable): the expected output itself.
set -uo pipefail
mode=$1 emu=$2 elf=$3 host=$4
shift 4
[ -n "$emu" ] && command -v "$emu" > /dev/null || { echo "FAIL: no $mode emulator"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -x "$host" ]; then
	"$host" > "$tmp/want" || { echo "host build failed"; exit 1; }
else
	cp "$host" "$tmp/want" || exit 1
fi
if [ "$mode" = qemu ]; then
	QEMU_AUDIO_DRV=none timeout "${VFP_TEST_TIMEOUT:-120}" "$emu" -M vexpress-a9 -m 256M \
		-display none -monitor none -serial stdio -semihosting -kernel "$elf" \
		< /dev/null > "$tmp/got" 2> "$tmp/err"
else
	timeout "${VFP_TEST_TIMEOUT:-120}" "$emu" "$@" --semihosting --kernel "$elf" \
		< /dev/null > "$tmp/got" 2> "$tmp/err"
fi
status=$?
tr -d '\r' < "$tmp/got" > "$tmp/got.txt"
if ! cmp -s "$tmp/want" "$tmp/got.txt"; then
	echo "output differs from the host build ($(wc -l < "$tmp/want") lines):"
	diff "$tmp/want" "$tmp/got.txt" | head -20
	cat "$tmp/err" | head -5
	exit 1
fi
if [ $status -ne 0 ]; then
	echo "exit status $status"
	cat "$tmp/err" | head -5
	exit 1
fi
echo "ok: $(wc -l < "$tmp/want") lines"
