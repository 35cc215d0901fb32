#!/bin/sh
# run_guest.sh: runs one guest program under armvm or qemu-system-arm and
# compares its console output with the host build of the same program,
# byte for byte; the guest must also exit with status 0.
#
#   run_guest.sh armvm ARMVM HOST_EXE GUEST_ELF [ARMVM_ARGS...]
#   run_guest.sh qemu  QEMU  HOST_EXE GUEST_ELF [QEMU_ARGS...]
#
# Exit status: 0 pass, 1 fail, 77 skip (qemu-system-arm not installed).
# GUEST_TIMEOUT (seconds, default 60) bounds the emulator's run.
set -u

if [ $# -lt 4 ]; then
	echo "usage: $0 armvm|qemu EMULATOR HOST_EXE GUEST_ELF [ARGS...]" >&2
	exit 2
fi
mode=$1 emu=$2 host=$3 elf=$4
shift 4
limit=${GUEST_TIMEOUT:-60}

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

case $mode in
qemu)
	if [ -z "$emu" ] || ! command -v "$emu" >/dev/null 2>&1; then
		echo "FAIL: qemu-system-arm is not installed"
		exit 1
	fi
	QEMU_AUDIO_DRV=none timeout "$limit" "$emu" -M vexpress-a9 -m 256M \
		-display none -monitor none -serial stdio -semihosting \
		-kernel "$elf" "$@" </dev/null >"$tmp/actual" 2>"$tmp/stderr"
	status=$?
	;;
armvm)
	timeout "$limit" "$emu" --semihosting --kernel "$elf" "$@" \
		</dev/null >"$tmp/actual" 2>"$tmp/stderr"
	status=$?
	;;
*)
	echo "unknown mode '$mode'" >&2
	exit 2
	;;
esac

"$host" >"$tmp/expected" 2>/dev/null
hstatus=$?
if [ $hstatus -ne 0 ]; then
	echo "FAIL: the host build $host exited with status $hstatus"
	exit 1
fi

fail=0
if [ $status -eq 124 ]; then
	echo "FAIL: $mode timed out after ${limit}s"
	fail=1
elif [ $status -ne 0 ]; then
	echo "FAIL: $mode exited with status $status (expected 0)"
	fail=1
fi
if ! cmp -s "$tmp/expected" "$tmp/actual"; then
	echo "FAIL: console output differs from the host build:"
	cmp "$tmp/expected" "$tmp/actual" 2>&1 |
		sed "s|$tmp/expected|host output|; s|$tmp/actual|$mode output|; s/^/  /"
	diff -u --label host --label "$mode" "$tmp/expected" "$tmp/actual" | head -n 60
	fail=1
fi
if [ $fail -ne 0 ]; then
	echo "command: $mode $emu $elf $*"
	if [ -s "$tmp/stderr" ]; then
		echo "--- $mode stderr (last 20 lines) ---"
		tail -n 20 "$tmp/stderr"
	fi
	exit 1
fi
echo "PASS: $(wc -c <"$tmp/actual") bytes match the host build"
exit 0
