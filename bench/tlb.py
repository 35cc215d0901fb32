#!/usr/bin/env python3
"""The address-translation workloads of bench/programs/tlb in the Linux guest.

    tlb.py --workdir DIR [run_linux.py options] armvm ARMVM [ARMVM-ARGS...]
    tlb.py --workdir DIR [run_linux.py options] qemu QEMU-SYSTEM-ARM

Each workload is a C program built twice from the same source: static for
armhf (all five in one binary, /tlb NAME ARGS in the guest) and for the host.
The guest binary reaches the guest in a second initramfs archive appended to a
copy of images/out/rootfs.cpio.gz (Linux unpacks concatenated archives), so the
fetched images stay as they are.  Run as a script (the test tlb_linux_<mode>),
it boots once, runs every workload with its small arguments and requires the
guest's output to equal the host build's.  bench/bench.py imports it for its
translation-heavy rows (the large arguments).
"""

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "programs", "tlb")
sys.path.insert(0, os.path.join(ROOT, "tests", "linux"))
import run_linux  # noqa: E402
from timer_stress import cpio_newc  # noqa: E402

# (name, what it does in the bench, bench arguments, test arguments).  The
# bench sizes give each 1-5 s under QEMU.
WORKLOADS = [
    ("randacc", "4M random read-modify-writes over 64 MiB", "64 4000000", "4 20000"),
    ("stride", "page-strided walks and a column walk over 64 MiB", "64 24", "4 3"),
    ("chase", "3M steps of a shuffled linked list of 64 MiB", "64 3000000", "4 20000"),
    ("hashtab", "2M inserts and 2M lookups in a 64 MiB hash table", "64 2000000", "4 20000"),
    ("mixed", "malloc churn, fork+COW, qsort, lookups on 24 MiB, 2 rounds", "2 24", "1 4"),
]
CFLAGS = ["-std=gnu11", "-O2", "-Wall", "-Wextra", "-Werror"]
GUEST_CC = os.environ.get("ARM_GUEST_CC", "arm-linux-gnueabihf-gcc")


def compile_all(workdir):
    """The guest binary workdir/tlb and the host builds workdir/host-NAME."""
    os.makedirs(workdir, exist_ok=True)
    objs = []
    for name, _, _, _ in WORKLOADS:
        src = os.path.join(SRC, name + ".c")
        subprocess.run(["cc"] + CFLAGS + [src, "-o", os.path.join(workdir, "host-" + name)],
                       check=True)
        obj = os.path.join(workdir, name + ".o")
        subprocess.run([GUEST_CC] + CFLAGS + ["-Dmain=tlb_" + name, "-c", src, "-o", obj],
                       check=True)
        objs.append(obj)
    subprocess.run([GUEST_CC] + CFLAGS + ["-static", os.path.join(SRC, "tlb_main.c")] + objs
                   + ["-o", os.path.join(workdir, "tlb")], check=True)


def expected(workdir, name, args):
    """What the host build prints for `name args` (its exit status must be 0)."""
    out = subprocess.run([os.path.join(workdir, "host-" + name)] + args.split(),
                         capture_output=True, text=True, check=True).stdout
    return out.rstrip("\n")


def make_initrd(images, workdir):
    """Build everything; return rootfs.cpio.gz with /tlb appended."""
    compile_all(workdir)
    path = os.path.join(workdir, "rootfs+tlb.cpio.gz")
    with open(os.path.join(workdir, "tlb"), "rb") as f:
        extra = gzip.compress(cpio_newc("tlb", f.read()), mtime=0)
    shutil.copyfile(os.path.join(images, "rootfs.cpio.gz"), path)
    with open(path, "ab") as f:
        f.write(extra)
    return path


def check(guest, workdir, name, args, timeout):
    """Run one workload in the guest; its output must equal the host build's."""
    status, out, _ = guest.run("/tlb %s %s" % (name, args), timeout, name)
    want = expected(workdir, name, args)
    if status != 0 or out.rstrip("\n") != want:
        raise run_linux.GuestError("exit status %d, output %r, the host build's %r"
                                   % (status, out[-300:], want[-300:]))
    return want.split("\n")[-1]


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                epilog="The other options are run_linux.py's.")
    p.add_argument("--workdir", required=True, help="where the programs and the initrd go")
    own, rest = p.parse_known_args(argv)
    opts = run_linux.parse_args(rest)
    if opts.kind == "raw":
        p.error("the emulator must be armvm or qemu")

    initrd = make_initrd(opts.images, own.workdir)
    cmd = run_linux.emulator_argv(opts.kind, opts.command[0], opts.images,
                                  opts.command[1:], initrd=initrd)
    print("command:", " ".join(cmd), flush=True)
    transcript = open(opts.transcript, "w") if opts.transcript else None
    guest = run_linux.Guest(cmd, time.monotonic() + opts.timeout, transcript)
    steps = [(name, lambda n=name, a=small: check(guest, own.workdir, n, a, opts.step_timeout))
             for name, _, _, small in WORKLOADS]
    status = run_linux.session(guest, transcript, opts.boot_timeout, steps, opts.step_timeout)
    if status == 0:
        print("PASS")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
