"""What the scripts that boot the SD initramfs share (run_sd.py, run_net.py,
run_debian.py, bench/disk.py): their common options, the command line with
images/make-sd-images.sh's rootfs-sd.cpio.gz, and the PASS/FAIL report."""

import argparse
import contextlib
import os
import subprocess
import time

from run_linux import Guest, GuestError, emulator_argv

HERE = os.path.dirname(os.path.abspath(__file__))


def parser(doc, boot_timeout=600, step_timeout=300):
    """The options and arguments of every SD initramfs script."""
    p = argparse.ArgumentParser(description=doc.splitlines()[0])
    p.add_argument("--images", default=os.path.join(HERE, "..", "..", "images", "out"))
    p.add_argument("--sd-images", default=os.path.join(HERE, "..", "..", "images", "out-sd"))
    p.add_argument("--boot-timeout", type=float, default=boot_timeout)
    p.add_argument("--step-timeout", type=float, default=step_timeout)
    p.add_argument("--transcript")
    p.add_argument("kind", choices=("armvm", "qemu"))
    p.add_argument("command", nargs=argparse.REMAINDER)
    return p


def sd_argv(kind, binary, opts, extra, append, image=None, readonly=False):
    """The emulator's command line with the SD initramfs and the card image."""
    argv = emulator_argv(kind, binary, opts.images, extra, append,
                         os.path.join(opts.sd_images, "rootfs-sd.cpio.gz"))
    if image is None:
        return argv
    if kind == "armvm":
        return argv + ["--sd", image + (",readonly" if readonly else "")]
    return argv + ["-drive", "if=sd,format=raw,file=%s%s" %
                   (image, ",readonly=on" if readonly else "")]


@contextlib.contextmanager
def booted(argv, deadline=None, transcript=None):
    """A Guest running argv; on a GuestError its console's tail; killed after."""
    guest = Guest(argv, deadline, transcript)
    try:
        yield guest
    except GuestError:
        print(guest.tail())
        raise
    finally:
        guest.kill()


def bench_options(doc, root, size, modes):
    """bench/'s options: the emulators, the images, --size, --runs, --mode;
    and the runs as (name, kind, binary, extra arguments), QEMU first."""
    p = argparse.ArgumentParser(description=doc.splitlines()[0])
    p.add_argument("--armvm", default=os.path.join(root, "build", "armvm"))
    p.add_argument("--qemu", default="qemu-system-arm", help="QEMU binary ('' to skip)")
    p.add_argument("--images", default=os.path.join(root, "images", "out"))
    p.add_argument("--sd-images", default=os.path.join(root, "images", "out-sd"))
    p.add_argument("--size", type=int, default=size, help="bytes")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--mode", action="append", metavar="NAME=ARGS")
    opts = p.parse_args()
    subprocess.run([os.path.join(root, "images", "make-sd-images.sh"), opts.images,
                    opts.sd_images], check=True, stdout=subprocess.DEVNULL)
    modes = dict(m.split("=", 1) for m in opts.mode) if opts.mode else modes
    runs = [("qemu", "qemu", opts.qemu, [])] if opts.qemu else []
    return opts, runs + [(name, "armvm", opts.armvm, args.split())
                         for name, args in modes.items()]


class Steps:
    """The step a script is at, for its FAIL line."""
    name = "boot"


def report(opts, body, cleanup=None):
    """Run body(transcript, steps); print PASS or FAIL with the step; 0 or 1."""
    transcript = open(opts.transcript, "w") if opts.transcript else None
    steps = Steps()
    start = time.monotonic()
    try:
        body(transcript, steps)
    except (GuestError, subprocess.TimeoutExpired) as e:
        print("FAIL: %s: %s" % (steps.name, e))
        return 1
    finally:
        if cleanup:
            cleanup()
        if transcript:
            transcript.close()
    print("PASS: all checks (%.1f s in all)" % (time.monotonic() - start))
    return 0
