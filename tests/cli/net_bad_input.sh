#!/bin/bash
# Bad --net arguments: each case must exit with status 1 and print one line on
# stderr starting with "armvm:" and naming the problem; good ones run.
# Usage: net_bad_input.sh ARMVM WORKDIR
set -u
armvm=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
failures=0

# expect_status STATUS DESCRIPTION PATTERN ARMVM-ARGUMENTS...: with STATUS 1,
# one "armvm: ...PATTERN" line on stderr; with 0, a clean run.
expect_status() {
	local want=$1 what=$2 pattern=$3 status
	shift 3
	timeout 20 "$armvm" "$@" >"$work/stdout" 2>"$work/stderr" </dev/null
	status=$?
	if [ "$status" -eq "$want" ] && { [ "$want" -eq 0 ] ||
	   { [ "$(wc -l <"$work/stderr")" -eq 1 ] && grep -q "^armvm: .*$pattern" "$work/stderr"; }; }; then
		echo "ok: $what: status $status $(cat "$work/stderr")"
	else
		echo "FAIL: $what: status $status (expected $want), stderr:"
		sed 's/^/    /' "$work/stderr"
		failures=$((failures + 1))
	fi
}

printf '\xfe\xff\xff\xea' >"$work/spin.bin"          # ARM "b ." : runs until stopped
run=(--kernel "$work/spin.bin" --max-insns 1000)

expect_status 1 "unknown type" "unknown network type" "${run[@]}" --net tap
expect_status 1 "user with junk" "unknown network type" "${run[@]}" --net userx
expect_status 1 "unknown option" "unknown option.*'foo'" "${run[@]}" --net user,foo=1
expect_status 1 "option without value" "unknown option.*'hostfwd'" "${run[@]}" --net user,hostfwd
expect_status 1 "hostfwd without guest port" "hostfwd is" "${run[@]}" --net user,hostfwd=tcp::2222
expect_status 1 "hostfwd bad port" "hostfwd is" "${run[@]}" --net user,hostfwd=tcp::70000-:22
expect_status 1 "hostfwd bad address" "hostfwd is" "${run[@]}" --net user,hostfwd=tcp:1.2.3:2222-:22
expect_status 1 "hostfwd bad protocol" "hostfwd is" "${run[@]}" --net user,hostfwd=sctp::2222-:22
expect_status 1 "bad restrict" "restrict is on or off" "${run[@]}" --net user,restrict=maybe
expect_status 1 "short mac" "not a unicast MAC" "${run[@]}" --net user,mac=52:54:00:12:34
expect_status 1 "multicast mac" "not a unicast MAC" "${run[@]}" --net user,mac=01:00:5e:00:00:01
expect_status 1 "zero mac" "not a unicast MAC" "${run[@]}" --net user,mac=00:00:00:00:00:00
expect_status 1 "mac with junk" "not a unicast MAC" "${run[@]}" --net user,mac=52:54:00:12:34:5g

# A host port already taken: armvm cannot listen on it.
python3 -c 'import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
print(s.getsockname()[1], flush=True); time.sleep(30)' >"$work/port" &
holder=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")
expect_status 1 "hostfwd port in use" "cannot listen on tcp 127.0.0.1:$port" \
	"${run[@]}" --net "user,hostfwd=tcp:127.0.0.1:$port-:22"
kill "$holder"

expect_status 0 "none" "" "${run[@]}" --net none
expect_status 0 "user, all options" "" "${run[@]}" \
	--net "user,restrict=on,mac=02:00:00:00:00:01,hostfwd=tcp::$port-:22,hostfwd=udp:127.0.0.1:$port-10.0.2.15:53"

if [ "$failures" -ne 0 ]; then
	echo "$failures case(s) failed"
	exit 1
fi
echo "all cases passed"
