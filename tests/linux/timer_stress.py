#!/usr/bin/env python3
"""Run tests/linux/timer_stress.c in the Linux guest and watch it make progress.

    timer_stress.py [options] armvm ARMVM [ARMVM-ARGS...]

The program (--program, built static for armhf) reaches the guest in a second
initramfs archive appended to a copy of images/out/rootfs.cpio.gz (Linux
unpacks concatenated archives one after the other), so the fetched images
stay as images/fetch-linux.sh made them.  Once the shell is up the script runs
`/timer_stress SECONDS`, which prints one line of counts per second of guest
time and checks them itself.  The watchdog: a progress line must come at
least every --stall seconds of host time, or the guest has stopped (the
symptom of a lost timer interrupt: a silent console, the emulator idle in
WFI).  Fails on a stall, on the program's own FAIL line, or if the emulator
does not power off cleanly afterwards.

    --seconds 60     the CI run (ctest linux_timer_stress_<mode>)
    --seconds 3600   the long run (docs/architecture.md, "Time")
"""

import gzip
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_linux  # noqa: E402


def cpio_newc(name, data, mode=0o100755):
    """One file and the trailer as an uncompressed newc cpio archive."""
    out = b""
    for ino, (path, body, m) in enumerate(((name, data, mode),
                                           ("TRAILER!!!", b"", 0)), 1):
        fname = path.encode() + b"\0"
        fields = (ino if body else 0, m, 0, 0, 1, 0, len(body), 0, 0, 0, 0,
                  len(fname), 0)
        head = b"070701" + b"".join(b"%08x" % f for f in fields) + fname
        out += head + b"\0" * (-len(head) % 4) + body + b"\0" * (-len(body) % 4)
    return out


def make_initrd(images, program, workdir):
    """rootfs.cpio.gz with /timer_stress appended; returns its path."""
    os.makedirs(workdir, exist_ok=True)
    path = os.path.join(workdir, "rootfs+stress.cpio.gz")
    with open(program, "rb") as f:
        extra = gzip.compress(cpio_newc("timer_stress", f.read()), mtime=0)
    shutil.copyfile(os.path.join(images, "rootfs.cpio.gz"), path)
    with open(path, "ab") as f:
        f.write(extra)
    return path


def watch(guest, seconds, stall):
    """Follow the progress lines; return the last second seen."""
    line = re.compile(r"timer_stress: (?:(\d+) s:.*|PASS|FAIL.*)\n")
    last = 0
    while True:
        try:
            m = guest.expect(line.pattern, stall, "progress")
        except run_linux.GuestError as e:
            raise run_linux.GuestError("stall after guest second %d: %s" % (last, e))
        text = m.group(0).strip()
        if text.endswith("PASS"):
            return last
        if "FAIL" in text:
            raise run_linux.GuestError(text)
        last = int(m.group(1))
        if last % 60 == 0:
            print("ok: guest second %d of %d" % (last, seconds), flush=True)


def main(argv):
    p = run_linux.guest_parser(__doc__)
    p.add_argument("--program", required=True, help="timer_stress built for armhf")
    p.add_argument("--seconds", type=int, default=60, help="guest seconds to run")
    p.add_argument("--stall", type=float, default=30,
                   help="host seconds without a progress line that count as a stall")
    opts = run_linux.parse_guest_args(p, argv)

    initrd = make_initrd(opts.images, opts.program, opts.workdir)
    guest, transcript = run_linux.start_guest(opts, initrd)

    def stress():
        guest.send("/timer_stress %d\n" % opts.seconds)
        watch(guest, opts.seconds, opts.stall)
        guest.expect(re.escape(run_linux.PROMPT), opts.stall, "the prompt")
        return "%d guest seconds, no stall" % opts.seconds

    status = run_linux.session(guest, transcript, opts.boot_timeout,
                               [("timer_stress %d" % opts.seconds, stress)], opts.stall)
    if status == 0:
        print("PASS")
    return status

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
