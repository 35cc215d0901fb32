#!/usr/bin/env bash
# The Linux benchmark: qemu-system-arm and each armvm mode on the same images.
#   bench/run.sh [BUILD_DIR] [bench.py options...]    (make bench: BUILD_DIR=build)
# Fetches the images (cached), then runs bench/bench.py --armvm BUILD_DIR/armvm;
# see bench.py --help (--runs N, --mode NAME=ARGS, --only LIST). The table goes
# to stdout and bench/results/latest.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
[ $# -gt 0 ] && shift
"$here/../images/fetch-linux.sh" >/dev/null
exec python3 "$here/bench.py" --armvm "$build/armvm" "$@"
