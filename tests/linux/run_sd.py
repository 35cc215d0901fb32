#!/usr/bin/env python3
"""Linux on an SD card: files written by the guest survive power off.

    run_sd.py [options] armvm ARMVM [ARMVM-ARGS...]
    run_sd.py [options] qemu QEMU-SYSTEM-ARM [QEMU-ARGS...]

Boots the kernel of images/fetch-linux.sh with rootfs-sd.cpio.gz of
images/make-sd-images.sh (the busybox initramfs plus the PL181 driver and
ext4 modules) and a copy of its ext4 card image sd.img, six times:

  write      mount the card, read the host's /hello.txt, write files (their
             contents computed here or, for random data, their md5 noted),
             sync, unmount, power off; on the host, fsck.ext4 -fn is clean
             and debugfs reads the guest's file back
  read       boot again: every file reads back; write one more, sync and
             kill the emulator with SIGTERM (no unmount, no power off)
  replay     boot again: the file synced before the kill is there (the
             journal replays); write another, sync, kill with SIGINT
  root       with armvm.sdroot the initramfs mounts the card as the root
             file system and runs its /init: / is /dev/mmcblk0 and the file
             synced before SIGINT is there; write a file, remount /
             read-only, power off
  root-read  the same boot again: the file is there; fsck is clean
  readonly   the card write-protected (armvm --sd FILE,readonly): the
             kernel sees the write-protect switch, so the block device is
             read-only, the file system mounts read-only, a file write and a
             raw write to the device (even after blockdev --setrw) fail; the
             image's sha256 is unchanged

QEMU's vexpress-a9 with -drive if=sd is the oracle: the same script passes on
it, but for the readonly phase (QEMU 7.2 "cannot use read-only drive as SD
card").  Exit status: 0 pass, 1 a check failed.
"""

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_linux import Guest, GuestError, check_ok  # noqa: E402
from sd_guest import parser, report, sd_argv  # noqa: E402

SEQ = "".join("%d\n" % i for i in range(1, 20001)).encode()
LATE = "synced before"


def host_fsck(image):
    r = subprocess.run(["fsck.ext4", "-fn", image], capture_output=True, text=True)
    if r.returncode != 0:
        raise GuestError("fsck.ext4 -fn: status %d\n%s%s" % (r.returncode, r.stdout, r.stderr))
    return r.stdout.strip().splitlines()[-1]


def host_cat(image, path):
    r = subprocess.run(["debugfs", "-R", "cat " + path, image], capture_output=True)
    return r.stdout


def expect_equal(what, got, want):
    if got != want:
        raise GuestError("%s: got %r, expected %r" % (what, got, want))


def mount(guest, t, flags=""):
    check_ok(guest, "mkdir -p /mnt; mount -t ext4 %s /dev/mmcblk0 /mnt" % flags, t, "mount")


def phase_write(guest, t, notes):
    mount(guest, t)
    expect_equal("/hello.txt", check_ok(guest, "cat /mnt/hello.txt", t, "cat"),
                 "hello from the host\n")
    check_ok(guest, "seq 1 20000 > /mnt/seq.txt", t, "write seq.txt")
    out = check_ok(guest, "dd if=/dev/urandom of=/mnt/rand.bin bs=1k count=64 2>/dev/null"
                   " && md5sum /mnt/rand.bin", t, "write rand.bin")
    notes["rand"] = out.split()[0]
    check_ok(guest, "mkdir /mnt/d && for i in $(seq 1 50); do echo file $i > /mnt/d/f$i; done",
             t, "50 small files")
    check_ok(guest, "sync && umount /mnt", t, "sync, umount")
    return "rand.bin md5 %s" % notes["rand"]


def phase_read(guest, t, notes):
    mount(guest, t)
    out = check_ok(guest, "md5sum /mnt/seq.txt /mnt/rand.bin", t, "md5sum").split()
    expect_equal("seq.txt md5", out[0], hashlib.md5(SEQ).hexdigest())
    expect_equal("rand.bin md5", out[2], notes["rand"])
    expect_equal("d/f37", check_ok(guest, "cat /mnt/d/f37", t, "cat"), "file 37\n")
    expect_equal("ls d", check_ok(guest, "ls /mnt/d | wc -l", t, "ls").strip(), "50")
    return write_sync_kill(guest, t, "/mnt/late.txt", signal.SIGTERM)


def write_sync_kill(guest, t, path, sig):
    """Write a file, sync, and kill the emulator with sig (no unmount)."""
    check_ok(guest, "echo '%s %s' > %s && sync" % (LATE, sig.name, path), t,
             "write %s, sync" % path)
    os.killpg(guest.proc.pid, sig)
    guest.proc.wait(t)
    return "%s written, synced, %s" % (path, sig.name)


def phase_replay(guest, t, _notes):
    mount(guest, t)
    expect_equal("late.txt", check_ok(guest, "cat /mnt/late.txt", t, "cat"),
                 "%s SIGTERM\n" % LATE)
    return write_sync_kill(guest, t, "/mnt/late2.txt", signal.SIGINT)


def check_root(guest, t):
    out = check_ok(guest, "grep ' / ' /proc/mounts", t, "/proc/mounts")
    if not out.startswith("/dev/mmcblk0 / ext4 rw"):
        raise GuestError("/ is not the card: %r" % out)


def phase_root(guest, t, _notes):
    check_root(guest, t)
    expect_equal("/hello.txt", check_ok(guest, "cat /hello.txt", t, "cat"),
                 "hello from the host\n")
    expect_equal("/late2.txt", check_ok(guest, "cat /late2.txt", t, "cat"),
                 "%s SIGINT\n" % LATE)
    check_ok(guest, "seq 1 20000 > /root/seq.txt && sync && mount -o remount,ro /", t,
             "write /root/seq.txt, remount read-only")
    return "/ is /dev/mmcblk0; /root/seq.txt written"


def phase_root_read(guest, t, _notes):
    check_root(guest, t)
    out = check_ok(guest, "md5sum /root/seq.txt", t, "md5sum").split()
    expect_equal("/root/seq.txt md5", out[0], hashlib.md5(SEQ).hexdigest())
    check_ok(guest, "mount -o remount,ro /", t, "remount read-only")
    out = check_ok(guest, "dmesg | grep -E 'mmc|EXT4'", t, "dmesg")
    bad = [line for line in out.splitlines()
           if re.search(r"(?i)error|fail|lacks|timeout|problem|invalid|warn", line)]
    if bad:
        raise GuestError("the kernel complains about the card:\n" + "\n".join(bad))
    return "/root/seq.txt read back; dmesg clean"


def phase_readonly(guest, t, _notes):
    expect_equal("/sys/block/mmcblk0/ro",
                 check_ok(guest, "cat /sys/block/mmcblk0/ro", t, "ro").strip(), "1")
    mount(guest, t, "-o ro")
    status, out, _ = guest.run("echo x > /mnt/new.txt", t)
    if status == 0 or "Read-only file system" not in out:
        raise GuestError("write to the read-only mount: status %d, %r" % (status, out))
    check_ok(guest, "umount /mnt", t, "umount")
    status, out, _ = guest.run("blockdev --setrw /dev/mmcblk0 && dd if=/dev/zero "
                               "of=/dev/mmcblk0 bs=4096 count=1 seek=100 conv=fsync", t)
    if status == 0:
        raise GuestError("a raw write to the write-protected card succeeded: %r" % out)
    return "writes refused: %s" % out.strip().splitlines()[-1]


def boot(kind, binary, extra, opts, image, readonly, phase, notes, transcript):
    append = "console=ttyAMA0" + (" armvm.sdroot" if phase in ROOT_PHASES else "")
    argv = sd_argv(kind, binary, opts, extra, append, image, readonly)
    guest = Guest(argv, time.monotonic() + opts.timeout, transcript)
    try:
        guest.wait_shell(opts.boot_timeout)
        result = phase(guest, opts.step_timeout, notes)
        if guest.proc.poll() is None:
            status = guest.poweroff(opts.step_timeout)
            if status != 0:
                raise GuestError("poweroff: the emulator exited with status %d" % status)
        return result
    except GuestError:
        print(guest.tail())
        raise
    finally:
        guest.kill()


ROOT_PHASES = (phase_root, phase_root_read)


def main(argv):
    p = parser(__doc__)
    p.add_argument("--timeout", type=float, default=1800)
    opts = p.parse_args(argv)
    binary, extra = opts.command[0], opts.command[1:]
    work = tempfile.mkdtemp(prefix="armvm-sd-")
    image = os.path.join(work, "sd.img")
    shutil.copyfile(os.path.join(opts.sd_images, "sd.img"), image)
    notes = {}

    def body(transcript, steps):
        for steps.name, phase in (("write", phase_write), ("read", phase_read),
                                  ("replay", phase_replay), ("root", phase_root),
                                  ("root-read", phase_root_read)):
            t0 = time.monotonic()
            result = boot(opts.kind, binary, extra, opts, image, False, phase, notes,
                          transcript)
            print("ok: %s (%.1f s): %s" % (steps.name, time.monotonic() - t0, result),
                  flush=True)
            if steps.name == "write":
                expect_equal("debugfs cat /seq.txt on the host", host_cat(image, "/seq.txt"), SEQ)
            if steps.name in ("write", "root-read"):
                print("ok: %s: host fsck: %s" % (steps.name, host_fsck(image)), flush=True)
        steps.name = "readonly"
        if opts.kind == "qemu":
            print("skip: readonly: QEMU 7.2 has no write-protected SD card")
            return
        before = hashlib.sha256(open(image, "rb").read()).hexdigest()
        result = boot(opts.kind, binary, extra, opts, image, True, phase_readonly, notes,
                      transcript)
        expect_equal("image sha256 after the read-only boot",
                     hashlib.sha256(open(image, "rb").read()).hexdigest(), before)
        print("ok: readonly: %s; sha256 unchanged" % result, flush=True)

    return report(opts, body, lambda: shutil.rmtree(work))

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
