#!/usr/bin/env python3
"""SD card throughput: the guest writes and reads its card with dd, QEMU vs armvm.

    bench/disk.py [--size BYTES] [--runs N] [--armvm BUILD/armvm] [--qemu QEMU] [--mode NAME=ARGS ...]

In one invocation, each emulator boots the SD initramfs (images/make-sd-images.sh,
made in images/out-sd if missing) with a blank card of twice --size (default 64
MiB; QEMU: -drive if=sd, armvm: --sd) and busybox dd writes --size bytes of zeros
to /dev/mmcblk0 with conv=fsync, then, after drop_caches, reads them back. The
table gives the median of N boots of each dd's time as seen from the host and
the throughput, and the ratio of armvm's throughput to QEMU's (above 1: faster).
"""
import os
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "linux"))
from run_linux import check_ok  # noqa: E402
from sd_guest import bench_options, booted, sd_argv  # noqa: E402

MODES = {"softmmu": "--engine dbt --mmu softmmu", "espt": "--engine dbt --mmu espt"}


def measure(kind, binary, extra, opts):
    """One boot: (write seconds, read seconds) of --size bytes."""
    with tempfile.TemporaryDirectory(prefix="armvm-disk-") as work:
        image = os.path.join(work, "card.img")
        with open(image, "wb") as f:
            f.truncate(2 * opts.size)
        argv = sd_argv(kind, binary, opts, extra, "console=ttyAMA0", image)
        with booted(argv, time.monotonic() + 3600) as guest:
            guest.wait_shell(600)
            secs = []
            for what, cmd in (
                    ("write", "dd if=/dev/zero of=/dev/mmcblk0 bs=1M count=%d conv=fsync"),
                    ("read", "echo 3 > /proc/sys/vm/drop_caches; "
                             "dd if=/dev/mmcblk0 of=/dev/null bs=1M count=%d")):
                t0 = time.monotonic()
                check_ok(guest, cmd % (opts.size >> 20) + " 2>/dev/null", 1800, what)
                secs.append(time.monotonic() - t0)
            guest.poweroff(300)
            return secs


def main():
    opts, runs = bench_options(__doc__, ROOT, 64 << 20, MODES)
    mib = opts.size / 2**20
    print("| emulator | dd write %.0f MiB conv=fsync (s, median of %d) | MiB/s | / QEMU's "
          "| dd read (s) | MiB/s | / QEMU's |" % (mib, opts.runs))
    print("| --- | --- | --- | --- | --- | --- | --- |")
    qemu = None
    for name, kind, binary, extra in runs:
        samples = [measure(kind, binary, extra, opts) for _ in range(opts.runs)]
        med = [statistics.median(s[i] for s in samples) for i in (0, 1)]
        qemu = med if name == "qemu" else qemu
        cells = []
        for i in (0, 1):
            cells += ["%.2f (%s)" % (med[i], " ".join("%.2f" % s[i] for s in samples)),
                      "%.2f" % (mib / med[i]),
                      "%.2f" % (qemu[i] / med[i]) if qemu else "-"]
        print("| %s | %s |" % (name, " | ".join(cells)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
