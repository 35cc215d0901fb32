# Sourced by the bad-input tests of one feature: sets armvm and work from the
# test's arguments (ARMVM WORKDIR), empties work, counts failures, and gives
# expect_error DESCRIPTION PATTERN ARMVM-ARGUMENTS...: status 1, nothing on
# stdout and one "armvm: ...PATTERN" line on stderr. armvm runs through
# run_armvm (a test may define its own after sourcing this file).
armvm=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
failures=0

run_armvm() {
	timeout 20 "$@"
}

expect_error() {
	local what=$1 pattern=$2 status
	shift 2
	run_armvm "$armvm" "$@" >"$work/stdout" 2>"$work/stderr" </dev/null
	status=$?
	if [ "$status" -eq 1 ] && [ "$(wc -l <"$work/stderr")" -eq 1 ] &&
	   grep -q "^armvm: .*$pattern" "$work/stderr" && [ ! -s "$work/stdout" ]; then
		echo "ok: $what: $(cat "$work/stderr")"
	else
		echo "FAIL: $what: status $status, stderr:"
		sed 's/^/    /' "$work/stderr"
		failures=$((failures + 1))
	fi
}
