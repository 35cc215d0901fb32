#!/usr/bin/env python3
"""Debian 12 on the SD card: systemd boots it to a login prompt.

    run_debian.py [options] armvm ARMVM [ARMVM-ARGS...]
    run_debian.py [options] qemu QEMU-SYSTEM-ARM [QEMU-ARGS...]

Boots a copy of the card image of images/make-debian-image.sh (--image, default
images/out-debian/debian.img) with the SD initramfs, which mounts the card and
switch_roots to its /sbin/init (systemd), 512 MiB of RAM. Checks:

  login     the getty on ttyAMA0 prints "login:" (LOGIN_SECONDS: the host's
            time from the emulator's start to that prompt), and root logs in
            with the password armvm
  system    PID 1 is systemd, /etc/debian_version is 12.x, / is the card,
            and systemd's failed units are listed (not a failure: the board
            lacks some hardware)
  poweroff  systemctl poweroff: the emulator exits with status 0 and the
            host's fsck.ext4 -fn of the image is clean

Not in CI (the image is made by hand; the boot takes minutes). QEMU's
vexpress-a9 with -drive if=sd is the oracle. Exit status: 0 pass, 1 failed.
"""

import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_linux import PROMPT, PROMPT_SET, GuestError, check_ok  # noqa: E402
from sd_guest import HERE, booted, parser, report, sd_argv  # noqa: E402


def login(guest, t):
    guest.expect(r"login: ", t, "the login prompt")
    seconds = time.monotonic() - guest.start
    guest.send("root\n")
    guest.expect(r"Password: ", t, "the password prompt")
    guest.send("armvm\n")
    guest.expect(r"# ", t, "root's shell prompt")
    guest.send("stty -echo; %s; dmesg -n 1\n" % PROMPT_SET)
    guest.expect(re.escape(PROMPT), t, "the shell's own prompt")
    return seconds


def check_system(guest, t):
    init = check_ok(guest, "cat /proc/1/comm", t, "PID 1").strip()
    if init != "systemd":
        raise GuestError("PID 1 is %r, not systemd" % init)
    version = check_ok(guest, "cat /etc/debian_version", t, "debian_version").strip()
    if not version.startswith("12."):
        raise GuestError("/etc/debian_version is %r" % version)
    root = check_ok(guest, "findmnt -no SOURCE /", t, "findmnt").strip()
    if root != "/dev/mmcblk0":
        raise GuestError("/ is %r, not the card" % root)
    state = check_ok(guest, "systemctl is-system-running --wait; "
                     "systemctl --failed --no-legend --plain | cut -d' ' -f1 | xargs",
                     t, "systemctl").split()
    return "Debian %s, systemd, state %s, failed units: %s" % (
        version, state[0] if state else "?", " ".join(state[1:]) or "none")


def main(argv):
    p = parser(__doc__, boot_timeout=1200)
    p.add_argument("--image", default=os.path.join(HERE, "..", "..", "images", "out-debian",
                                                   "debian.img"))
    opts = p.parse_args(argv)
    binary, extra = opts.command[0], opts.command[1:]
    work = tempfile.mkdtemp(prefix="armvm-debian-")
    image = os.path.join(work, "debian.img")
    subprocess.run(["cp", "--sparse=always", opts.image, image], check=True)
    memory = ["--memory", "512M"] if opts.kind == "armvm" else ["-m", "512M"]

    def body(transcript, steps):
        steps.name = "login"
        argv = sd_argv(opts.kind, binary, opts, extra + memory,
                       "console=ttyAMA0 armvm.sdroot", image)
        with booted(argv, None, transcript) as guest:
            seconds = login(guest, opts.boot_timeout)
            print("ok: login: prompt after %.1f s" % seconds, flush=True)
            print("LOGIN_SECONDS %.1f" % seconds)
            steps.name = "system"
            print("ok: system: %s" % check_system(guest, opts.step_timeout), flush=True)
            steps.name = "poweroff"
            guest.send("systemctl poweroff\n")
            guest.expect(r"reboot: Power down", opts.step_timeout, "systemctl poweroff")
            status = guest.proc.wait(opts.step_timeout)
            if status != 0:
                raise GuestError("the emulator exited with status %d" % status)
        r = subprocess.run(["fsck.ext4", "-fn", image], capture_output=True, text=True)
        if r.returncode != 0:
            raise GuestError("fsck.ext4 -fn: status %d\n%s" % (r.returncode, r.stdout))
        print("ok: poweroff: status 0, fsck clean", flush=True)

    return report(opts, body, lambda: subprocess.run(["rm", "-rf", work]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
