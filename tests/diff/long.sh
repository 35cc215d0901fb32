#!/bin/bash
# long.sh: the random differential test's longer run, outside CI (which runs
# 150,000 sequences per mode, tests/diff/CMakeLists.txt): COUNT sequences
# (default 1,000,000) per translator mode, softmmu, espt, auto and switch,
# with seed SEED (default 2, CI uses 1). Prints each mode's summary line and
# its time; exits non-zero at the first disagreement.
#
#   tests/diff/long.sh [BUILD_DIR] [COUNT] [SEED]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
count=${2:-1000000}
seed=${3:-2}
diff_test=$build/tests/diff/diff_test
[ -x "$diff_test" ] || { echo "long.sh: no $diff_test (build first)" >&2; exit 1; }
for mode in softmmu espt auto switch; do
	start=$(date +%s)
	"$diff_test" --seed "$seed" --count "$count" --engine "$mode" | tail -1
	echo "long.sh: $mode: $count sequences in $(($(date +%s) - start)) s"
done
