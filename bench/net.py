#!/usr/bin/env python3
"""Network throughput: the guest downloads a file from the host, QEMU vs armvm.

    bench/net.py [--size BYTES] [--runs N] [--armvm BUILD/armvm] [--qemu QEMU] [--mode NAME=ARGS ...]

In one invocation, each emulator boots the SD initramfs (images/make-sd-images.sh,
made in images/out-sd if missing) with user-mode networking (QEMU: -nic
user,model=lan9118; armvm: --net user) and busybox wget fetches --size random
bytes (default 64 MiB) from an HTTP server on the host's 127.0.0.1
(tests/linux/run_net.py --download-only, which checks the md5). The table gives
the median of N runs of the wget time as seen from the host, the throughput,
and the ratio of armvm's throughput to QEMU's (above 1: faster than QEMU).
"""
import os
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "linux"))
from sd_guest import bench_options  # noqa: E402

MODES = {"softmmu": "--engine dbt --mmu softmmu", "espt": "--engine dbt --mmu espt",
         "auto": "--engine dbt --mmu auto"}


def download(kind, argv, opts):
    cmd = [sys.executable, os.path.join(ROOT, "tests", "linux", "run_net.py"),
           "--images", opts.images, "--sd-images", opts.sd_images, "--size", str(opts.size),
           "--download-only", "--step-timeout", "3600", kind] + argv
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    m = re.search(r"DOWNLOAD_SECONDS ([\d.]+)", out)
    if not m:
        sys.exit("bench/net.py: %s failed:\n%s" % (kind, out[-3000:]))
    return float(m.group(1))


def main():
    opts, runs = bench_options(__doc__, ROOT, 64 << 20, MODES)
    mib = opts.size / 2**20
    print("| emulator | wget %.0f MiB (s, median of %d) | MiB/s | throughput / QEMU's |"
          % (mib, opts.runs))
    print("| --- | --- | --- | --- |")
    qemu = None
    for name, kind, binary, extra in runs:
        times = [download(kind, [binary] + extra, opts) for _ in range(opts.runs)]
        t = statistics.median(times)
        qemu = t if name == "qemu" else qemu
        print("| %s | %.2f (%s) | %.2f | %s |" % (
            name, t, " ".join("%.2f" % x for x in times), mib / t,
            "%.2f" % (qemu / t) if qemu else "-"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
