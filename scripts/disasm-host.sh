#!/bin/bash
# disasm-host.sh: show each block that `armvm --log translate` printed as its
# guest instructions followed by its x86-64 code, disassembled by GNU objdump
# (binutils, Intel syntax) at the addresses where it ran.
#
#   armvm --log translate ... 2>log; scripts/disasm-host.sh log
#   armvm --log translate ... 2>&1 >/dev/null | scripts/disasm-host.sh
#
# Other lines of the log pass through unchanged.
set -eu
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
command -v objdump >/dev/null || { echo "disasm-host.sh: objdump (binutils) not found" >&2; exit 1; }

addr="" hex=""
flush() {
	[ -n "$addr" ] || return 0
	# shellcheck disable=SC2059  # the bytes are the format: \xNN escapes
	printf "$(sed -E 's/([0-9a-f]{2})/\\x\1/g' <<<"$hex")" >"$tmp"
	objdump -D -b binary -m i386:x86-64 -M intel --adjust-vma="$addr" "$tmp" |
		sed -n '/^ *[0-9a-f]*:/p'
	addr="" hex=""
}
while IFS= read -r line; do
	if [[ $line =~ ^armvm:\ translate:\ OUT\ (0x[0-9a-f]+) ]]; then
		flush
		echo "$line"
		addr=${BASH_REMATCH[1]}
	elif [ -n "$addr" ] && [[ $line =~ ^\ \ [0-9a-f]{2}(\ [0-9a-f]{2})*$ ]]; then
		hex+=${line//[[:space:]]/}
	else
		flush
		echo "$line"
	fi
done < "${1:-/dev/stdin}"
flush
