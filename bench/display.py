#!/usr/bin/env python3
"""The cost of the display on a CPU-bound guest: the same workload with
--display none and with --display sdl (under a private Xvfb), in one mode.

    bench/display.py [--runs N] ARMVM [ARMVM-ARGS...]

Boots the images of images/fetch-linux.sh with console=tty0 console=ttyAMA0
(the boot log on the frame buffer, the shell on the serial console) and
times, from the host, `md5sum` of 48 MiB from /dev/zero in the guest.  For
each run it also reads the CPU time of armvm's threads from /proc: the host
loop's thread ("armvm" threads other than the first) is where the window is
refreshed.  Prints the median of N runs (default 3) each way, runs
alternating, as a markdown table.  Timings are noisy on a loaded host: say
how it was measured when quoting them.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "tests", "linux"))
from run_linux import Guest, emulator_argv  # noqa: E402

WORK = "dd if=/dev/zero bs=1M count=48 2>/dev/null | md5sum"


def thread_cpu(pid):
    """{tid: utime+stime seconds} of the process's threads."""
    tick = os.sysconf("SC_CLK_TCK")
    out = {}
    for tid in os.listdir("/proc/%d/task" % pid):
        with open("/proc/%d/task/%s/stat" % (pid, tid)) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        out[int(tid)] = (int(fields[11]) + int(fields[12])) / tick
    return out


def one_run(argv, images, display):
    extra = ["--display", display] + argv[1:]
    cmd = emulator_argv("armvm", argv[0], images, extra,
                        append="console=tty0 console=ttyAMA0")
    guest = Guest(cmd, time.monotonic() + 900)
    try:
        guest.wait_shell(600)
        guest.run(WORK, 300)                         # warm up: translated code
        before = thread_cpu(guest.proc.pid)
        status, out, secs = guest.run(WORK, 300)
        after = thread_cpu(guest.proc.pid)
        if status != 0:
            raise SystemExit("the workload failed: %r" % out)
        # The main thread (tid == pid) runs the CPU; the others the host loop.
        host = sum(after[t] - before.get(t, 0) for t in after if t != guest.proc.pid)
        guest.poweroff(60)
        return secs, host
    finally:
        guest.kill()


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--images", default=os.path.join(here, "..", "images", "out"))
    p.add_argument("command", nargs=argparse.REMAINDER)
    opts = p.parse_args(argv)
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24",
                             "-nolisten", "tcp"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    os.environ["DISPLAY"] = ":" + xvfb.stdout.readline().decode().strip()
    results = {"none": [], "sdl": []}
    try:
        for _ in range(opts.runs):
            for display in results:
                results[display].append(one_run(opts.command, opts.images, display))
    finally:
        xvfb.terminate()
        xvfb.wait()
    print("| --display | workload s (median of %d) | host-loop thread CPU s |" % opts.runs)
    print("| --- | --- | --- |")
    for display, runs in results.items():
        print("| %s | %.2f (%s) | %.3f |" % (
            display, statistics.median(r[0] for r in runs),
            ", ".join("%.2f" % r[0] for r in runs), statistics.median(r[1] for r in runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
