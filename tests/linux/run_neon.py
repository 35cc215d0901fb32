#!/usr/bin/env python3
"""Advanced SIMD in the Linux guest: a NEON program and the kernel's NEON self-tests.

    run_neon.py [options] armvm|qemu EMULATOR [EMULATOR-ARGS...]

A second initramfs archive, appended to a copy of images/out/rootfs.cpio.gz
(Linux unpacks concatenated archives one after the other), holds /neon/:
--program (tests/neon/progs/neon_kernels.c built static with -mfpu=neon) and
the kernel's NEON modules with their dependencies, taken from the same kernel
package (images/cache/debs).  Once the shell is up:

 1. /proc/cpuinfo lists neon; the program prints what --host (the host build
    of the same C) prints;
 2. the modules load (insmod); loading registers each algorithm, which runs
    the crypto manager's self-test: /proc/crypto must show `selftest : passed`
    for every driver of these modules, and the drivers must be those QEMU
    registers (EXPECTED, recorded with qemu-system-arm 7.2 from this script's
    own output); dmesg must name no failed test and show the XOR template
    `neon` measured (xor.ko calibrates its templates on load).
"""

import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_linux  # noqa: E402

# In load order: each module after its dependencies (their .modinfo depends=).
MODULES = ["xor-neon", "xor", "chacha-neon", "sha1-arm", "sha1-arm-neon", "sha256-arm",
           "sha512-arm", "cryptd", "crypto_simd", "aes-arm", "aes-arm-bs", "poly1305-arm",
           "libpoly1305", "nhpoly1305", "nhpoly1305-neon", "blake2b_generic", "blake2b-neon",
           "libcurve25519-generic", "curve25519-neon"]
NEON_MODULES = {"chacha_neon", "sha1_arm_neon", "sha256_arm", "sha512_arm", "aes_arm_bs",
                "poly1305_arm", "nhpoly1305_neon", "blake2b_neon", "curve25519_neon"}
# The drivers of NEON_MODULES in /proc/crypto under qemu-system-arm.
EXPECTED = {"__cbc-aes-neonbs", "__ctr-aes-neonbs", "__ecb-aes-neonbs", "__xts-aes-neonbs",
            "blake2b-160-neon", "blake2b-256-neon", "blake2b-384-neon", "blake2b-512-neon",
            "cbc-aes-neonbs", "chacha20-arm", "chacha20-neon", "ctr-aes-neonbs",
            "ctr-aes-neonbs-sync", "curve25519-neon", "ecb-aes-neonbs", "nhpoly1305-neon",
            "poly1305-arm", "poly1305-neon", "sha1-neon", "sha224-asm", "sha224-neon",
            "sha256-asm", "sha256-neon", "sha384-arm", "sha384-neon", "sha512-arm",
            "sha512-neon", "xchacha12-arm", "xchacha12-neon", "xchacha20-arm",
            "xchacha20-neon", "xts-aes-neonbs"}


def cpio_newc(entries):
    """[(path, data or None for a directory)] and the trailer, newc format."""
    out = b""
    for ino, (path, body) in enumerate(entries + [("TRAILER!!!", b"")], 1):
        mode = 0o40755 if body is None else 0o100755 if path != "TRAILER!!!" else 0
        body = body or b""
        fname = path.encode() + b"\0"
        fields = (ino, mode, 0, 0, 1, 0, len(body), 0, 0, 0, 0, len(fname), 0)
        head = b"070701" + b"".join(b"%08x" % f for f in fields) + fname
        out += head + b"\0" * (-len(head) % 4) + body + b"\0" * (-len(body) % 4)
    return out


def make_initrd(images, debs, program, workdir):
    """rootfs.cpio.gz with /neon appended; returns its path."""
    with open(os.path.join(images, "VERSIONS")) as f:
        kpkg = [line.split()[1] for line in f if line.split()[:1] == ["kernel"]][0]
    deb = [d for d in sorted(os.listdir(debs)) if d.startswith(kpkg + "_")][0]
    entries = [("neon", None)]
    with open(program, "rb") as f:
        entries.append(("neon/neon_kernels", f.read()))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["dpkg-deb", "-x", os.path.join(debs, deb), tmp], check=True)
        found = {}
        for top, _, files in os.walk(os.path.join(tmp, "lib", "modules")):
            for name in files:
                found[name] = os.path.join(top, name)
        for m in MODULES:
            with open(found[m + ".ko"], "rb") as f:
                entries.append(("neon/%s.ko" % m, f.read()))
    os.makedirs(workdir, exist_ok=True)
    path = os.path.join(workdir, "rootfs+neon.cpio.gz")
    shutil.copyfile(os.path.join(images, "rootfs.cpio.gz"), path)
    with open(path, "ab") as f:
        f.write(gzip.compress(cpio_newc(entries), mtime=0))
    return path


def proc_crypto(text):
    """(driver, module, selftest) of each /proc/crypto entry."""
    out = []
    for block in text.replace("\r", "").split("\n\n"):
        fields = dict(re.findall(r"^(\w+)\s*: (.*)$", block, re.M))
        if "driver" in fields:
            out.append((fields["driver"], fields.get("module", ""),
                        fields.get("selftest", "")))
    return out


def main(argv):
    p = run_linux.guest_parser(__doc__)
    p.add_argument("--debs", required=True, help="images/cache/debs: the kernel package")
    p.add_argument("--program", required=True, help="neon_kernels built static for armhf")
    p.add_argument("--host", required=True, help="the same program built for the host")
    p.add_argument("--step-timeout", type=float, default=600)
    opts = run_linux.parse_guest_args(p, argv)
    want = subprocess.run([opts.host], check=True, capture_output=True, text=True).stdout

    initrd = make_initrd(opts.images, opts.debs, opts.program, opts.workdir)
    guest, transcript = run_linux.start_guest(opts, initrd)
    t = opts.step_timeout

    def run(command, what):
        status, out, _ = guest.run(command, t, what)
        if status:
            raise run_linux.GuestError("%s: exit status %d:\n%s" % (what, status, out))
        return out.replace("\r", "")

    def program():
        if not re.search(r"^Features\s*:.*\bneon\b", run("cat /proc/cpuinfo", "cpuinfo"),
                         re.M):
            raise run_linux.GuestError("/proc/cpuinfo lists no neon")
        got = run("/neon/neon_kernels", "neon_kernels")
        if got != want:
            raise run_linux.GuestError("neon_kernels printed:\n%s\nnot:\n%s" % (got, want))
        return "%d lines as the host build" % want.count("\n")

    def selftests():
        run("for m in %s; do insmod /neon/$m.ko || exit 1; done" % " ".join(MODULES),
            "insmod")
        drivers = [d for d in proc_crypto(run("cat /proc/crypto", "/proc/crypto"))
                   if d[1] in NEON_MODULES]
        failed = [d for d in drivers if d[2] != "passed"]
        names = {d[0] for d in drivers}
        dmesg = run("dmesg", "dmesg")
        bad = re.findall(r"^.*(?:alg: .*fail|self-?test.*fail).*$", dmesg, re.M | re.I)
        if failed or bad:
            raise run_linux.GuestError("failed: %s %s" % (failed, bad))
        if not re.search(r"^.*xor: .*\bneon\b.*$|^.*\bneon\s*:\s*\d+ MB/sec", dmesg, re.M):
            raise run_linux.GuestError("xor.ko did not measure its neon template")
        if names != EXPECTED:
            raise run_linux.GuestError("drivers %s, QEMU's %s" % (sorted(names),
                                                                  sorted(EXPECTED)))
        return "%d drivers, self-tests passed: %s" % (len(names), " ".join(sorted(names)))

    status = run_linux.session(guest, transcript, opts.boot_timeout,
                               [("neon program", program), ("NEON self-tests", selftests)], t)
    if status == 0:
        print("PASS")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
