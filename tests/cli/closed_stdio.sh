#!/bin/bash
# armvm started with stdin, stdout or stderr closed: the descriptor must not
# become the next file armvm opens (its guest RAM), so the guest neither finds
# console output in its RAM nor reads its RAM back as console input.
# Usage: closed_stdio.sh ARMVM WORKDIR
set -u
armvm=$1
work=$2
cc=$(command -v arm-linux-gnueabihf-gcc || true)
if [ -z "$cc" ]; then
	echo "FAIL: needs arm-linux-gnueabihf-gcc"
	exit 1
fi
rm -rf "$work"
mkdir -p "$work"
"$cc" -nostdlib -static -fno-pie -no-pie -Wl,--build-id=none -Wl,-Ttext=0x60010000 \
	-o "$work/guest.elf" "$(dirname "$0")/stdio_guest.S" || exit 1
run=("$armvm" --semihosting --max-insns 100000 --kernel "$work/guest.elf")
failures=0

# check NAME STATUS EXPECTED-STDOUT EXPECTED-STDERR
check() {
	local out err
	out=$(cat "$work/stdout" 2>/dev/null)
	err=$(cat "$work/stderr" 2>/dev/null)
	if [ "$2" -ne 0 ] || [ "$out" != "$3" ] || [ "$err" != "$4" ]; then
		echo "FAIL: $1: status $2 (2: read its RAM as input, 3: output in its RAM)"
		echo "    stdout: $out"
		echo "    stderr: $err"
		failures=$((failures + 1))
	else
		echo "ok: $1"
	fi
}

rm -f "$work/stdout" "$work/stderr"
"${run[@]}" <&- >"$work/stdout" 2>"$work/stderr"
check "stdin closed" $? out err
rm -f "$work/stdout" "$work/stderr"
"${run[@]}" </dev/null >&- 2>"$work/stderr"
check "stdout closed" $? "" err
rm -f "$work/stdout" "$work/stderr"
"${run[@]}" </dev/null >"$work/stdout" 2>&-
check "stderr closed" $? out ""
rm -f "$work/stdout" "$work/stderr"
"${run[@]}" <&- >&- 2>&-
check "all three closed" $? "" ""

if [ "$failures" -ne 0 ]; then
	echo "$failures failure(s)"
	exit 1
fi
echo "all closed-stdio cases pass"
