#!/usr/bin/env python3
"""Boot Linux under armvm stopped for gdb, run linux_session.py in
gdb-multiarch (batch mode), then wait for the shell that the detached guest
goes on to start.

    linux.py GDB SESSION IMAGES ARMVM [ARMVM_ARGS...]
"""
import os
import select
import socket
import subprocess
import sys
import time

LIMIT = 600


def main():
    gdb, session, images, armvm = sys.argv[1:5]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    emu = subprocess.Popen([armvm, "--kernel", os.path.join(images, "zImage"),
                            "--dtb", os.path.join(images, "vexpress-v2p-ca9.dtb"),
                            "--initrd", os.path.join(images, "rootfs.cpio.gz"),
                            "--append", "console=ttyAMA0 quiet", "-S",
                            "--gdb", "tcp:127.0.0.1:%d" % port] + sys.argv[5:],
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT)
    fail = False
    try:
        g = subprocess.run([gdb, "-nx", "-batch", "-ex", "target remote 127.0.0.1:%d" % port,
                            "-x", session], stdin=subprocess.DEVNULL, capture_output=True,
                           text=True, timeout=LIMIT)
        lines = g.stdout.splitlines()
        checks = [l for l in lines if l.startswith("CHECK ")]
        if not checks or any(" ok" not in l for l in checks) or "SESSION END" not in lines:
            fail = True
            print("FAIL: the gdb session\n" + g.stdout + g.stderr)
        else:
            print("ok: %d checks" % len(checks))
        # Detached: the boot goes on to the shell.
        out, deadline = b"", time.monotonic() + LIMIT
        while b"busybox shell ready" not in out and time.monotonic() < deadline:
            if select.select([emu.stdout], [], [], 1)[0]:
                chunk = os.read(emu.stdout.fileno(), 4096)
                if not chunk:
                    break
                out += chunk
        if b"busybox shell ready" not in out:
            fail = True
            print("FAIL: no shell after the detach:\n" + out.decode(errors="replace")[-3000:])
    except subprocess.TimeoutExpired:
        fail = True
        print("FAIL: gdb timed out")
    finally:
        emu.kill()
        emu.wait()
    return 1 if fail else 0


if __name__ == "__main__":
    sys.exit(main())
