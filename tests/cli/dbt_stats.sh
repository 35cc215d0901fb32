# Sourced by the --stats tests: runs a semihosting guest with --stats and sets
# $err (armvm's stderr) and $line (its "dbt:" line), or fails the test.
# Usage (in the test): . dbt_stats.sh ARMVM ELF [armvm options...]
armvm=$1
elf=$2
shift 2
[ -f "$elf" ] || { echo "FAIL: $elf not built"; exit 1; }
err=$("$armvm" "$@" --semihosting --kernel "$elf" --stats 2>&1 >/dev/null) || {
	echo "FAIL: the guest failed"; echo "$err"; exit 1; }
line=$(grep '^armvm: stats: dbt:' <<<"$err") || { echo "FAIL: no dbt stats"; echo "$err"; exit 1; }
echo "$line"
