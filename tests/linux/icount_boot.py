#!/usr/bin/env python3
"""Whole-system determinism under --icount: the engines as a differential test.

    icount_boot.py --images DIR --workdir DIR ARMVM

Boots the images of images/fetch-linux.sh with --icount and --rtc-base in
each mode (espt twice, softmmu, auto, the interpreter last: it is the slow
one), with no console input: the kernel command line runs the commands
(busybox sh -c: /proc/uptime and /proc/interrupts, a sleep that the idle loop
jumps over, date, dmesg's last lines) and powers off.  Every run must exit
with status 0 and print the same bytes as the first, kernel timestamps
included; the output must show the commands ran.

Exit status: 0 pass, 1 a difference or a failed run, 2 bad usage.
"""

import argparse
import os
import subprocess
import sys

from run_linux import emulator_argv

BB = "/bin/busybox"
SCRIPT = "; ".join([
    f"{BB} mount -t proc proc /proc",
    f"{BB} cat /proc/uptime /proc/interrupts",
    f"{BB} sleep 2",
    f"{BB} cat /proc/uptime",
    f"{BB} date",
    f"{BB} dmesg | {BB} tail -n 3",
    f"{BB} echo icount-done",
    f"{BB} poweroff -f",
])
APPEND = f'console=ttyAMA0 rdinit={BB} -- sh -c "{SCRIPT}"'
ICOUNT = ["--icount=3", "--rtc-base", "2020-01-01T00:00:00"]
RUNS = [
    ("espt", ["--engine", "dbt", "--mmu", "espt"]),
    ("espt_again", ["--engine", "dbt", "--mmu", "espt"]),
    ("softmmu", ["--engine", "dbt", "--mmu", "softmmu"]),
    ("auto", ["--engine", "dbt", "--mmu", "auto"]),
    ("interp", ["--engine", "interp"]),
]


def first_difference(a, b):
    """The first line (1-based) where two outputs differ, with both lines."""
    la, lb = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return i + 1, x, y
    n = min(len(la), len(lb))
    return n + 1, (la[n:] or [b"<end>"])[0], (lb[n:] or [b"<end>"])[0]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--images", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--timeout", type=int, default=600, help="seconds per run")
    ap.add_argument("armvm")
    args = ap.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    reference = None
    for name, mode in RUNS:
        argv = emulator_argv("armvm", args.armvm, args.images, ICOUNT + mode, append=APPEND)
        try:
            run = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print(f"FAIL {name}: no power-off within {args.timeout} s")
            return 1
        with open(os.path.join(args.workdir, name + ".log"), "wb") as f:
            f.write(run.stdout)
        if run.returncode != 0 or b"icount-done" not in run.stdout:
            print(f"FAIL {name}: exit status {run.returncode}, "
                  f"{'' if b'icount-done' in run.stdout else 'commands did not run, '}"
                  f"stderr: {run.stderr.decode(errors='replace').strip()}")
            return 1
        if reference is None:
            reference = run.stdout
        elif run.stdout != reference:
            line, want, got = first_difference(reference, run.stdout)
            print(f"FAIL {name}: differs from {RUNS[0][0]} at line {line}:\n"
                  f"  {RUNS[0][0]}: {want.decode(errors='replace')}\n"
                  f"  {name}: {got.decode(errors='replace')}")
            return 1
        print(f"ok {name}: {len(run.stdout)} bytes, identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
