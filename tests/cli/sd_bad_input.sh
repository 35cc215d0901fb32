#!/bin/bash
# Bad SD card images (--sd): each case must exit with status 1 and print one
# line on stderr starting with "armvm:" and naming the problem; a good image
# of the same guest runs.
# Usage: sd_bad_input.sh ARMVM WORKDIR
set -u
. "$(dirname "$0")/expect_error.sh"

printf '\xfe\xff\xff\xea' >"$work/spin.bin"          # ARM "b ." : runs until killed
truncate -s 1M "$work/card.img"
truncate -s 1000K "$work/odd.img"
: >"$work/empty.img"
mkdir "$work/dir.img"
run=(--kernel "$work/spin.bin" --max-insns 1000)

expect_error "missing image" "No such file" "${run[@]}" --sd "$work/none.img"
expect_error "a directory" "Is a directory" "${run[@]}" --sd "$work/dir.img"
expect_error "read-only directory as image" "not a regular file" "${run[@]}" --sd "$work/dir.img,ro"
expect_error "empty image" "size 0 is not" "${run[@]}" --sd "$work/empty.img"
expect_error "size not a card's" "size 1024000 is not" "${run[@]}" --sd "$work/odd.img"
if truncate -s 2049G "$work/huge.img" 2>/dev/null; then
	expect_error "image larger than an SDXC card" "size 2200096997376 is not" "${run[@]}" --sd "$work/huge.img"
	rm -f "$work/huge.img"
fi
if [ "$(id -u)" -ne 0 ]; then     # root reads every file: the directory stands for it
	truncate -s 1M "$work/unreadable.img"
	chmod 000 "$work/unreadable.img"
	expect_error "unreadable image" "Permission denied" "${run[@]}" --sd "$work/unreadable.img"
fi
expect_error "unknown flag" "unknown flag 'rw'" "${run[@]}" --sd "$work/card.img,rw"
expect_error "no file" "no image file" "${run[@]}" --sd ",ro"

# A second armvm cannot open an image a first one is writing, not even to
# read it; two read-only users may share it.
"$armvm" --kernel "$work/spin.bin" --sd "$work/card.img" </dev/null >/dev/null 2>&1 &
first=$!
sleep 1
expect_error "image locked by another armvm" "in use by another process" "${run[@]}" --sd "$work/card.img"
expect_error "locked image, read-only" "in use by another process" "${run[@]}" --sd "$work/card.img,readonly"
kill "$first"
wait "$first" 2>/dev/null
"$armvm" --kernel "$work/spin.bin" --sd "$work/card.img,ro" </dev/null >/dev/null 2>&1 &
first=$!
sleep 1
if timeout 20 "$armvm" "${run[@]}" --sd "$work/card.img,ro" >/dev/null 2>"$work/stderr" </dev/null; then
	echo "ok: two read-only users of one image"
else
	echo "FAIL: a second read-only user was refused: $(cat "$work/stderr")"
	failures=$((failures + 1))
fi
kill "$first"
wait "$first" 2>/dev/null

if [ "$failures" -ne 0 ]; then
	echo "$failures failure(s)"
	exit 1
fi
echo "PASS"
