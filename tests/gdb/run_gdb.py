#!/usr/bin/env python3
"""Drive gdb-multiarch in batch mode through session.py against target.elf
under armvm or qemu-system-arm (the oracle: the same session must pass on it).

    run_gdb.py GDB ELF SESSION armvm ARMVM [ARMVM_ARGS...]
    run_gdb.py GDB ELF SESSION qemu QEMU

Passes when every CHECK line says ok, the session reached its end, and after
gdb detached the program ran on and exited with status 0 ("target: done").
"""
import os
import socket
import subprocess
import sys

LIMIT = int(os.environ.get("GDB_TEST_TIMEOUT", "60"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def emulator(kind, exe, elf, port, extra):
    if kind == "qemu":
        env = dict(os.environ, QEMU_AUDIO_DRV="none")
        cmd = [exe, "-M", "vexpress-a9", "-m", "256M", "-display", "none",
               "-monitor", "none", "-serial", "stdio", "-semihosting",
               "-kernel", elf, "-S", "-gdb", "tcp:127.0.0.1:%d" % port]
    else:
        env = None
        cmd = [exe, "--semihosting", "--kernel", elf, "-S",
               "--gdb", "tcp:127.0.0.1:%d" % port] + extra
    return subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)


def main():
    gdb, elf, session, kind, exe = sys.argv[1:6]
    extra = sys.argv[6:]
    for _ in range(3):   # another test may take the port first
        port = free_port()
        emu = emulator(kind, exe, elf, port, extra)
        try:
            g = subprocess.run([gdb, "-nx", "-batch", "-ex",
                                "target remote 127.0.0.1:%d" % port, "-x", session, elf],
                               stdin=subprocess.DEVNULL, capture_output=True, text=True,
                               timeout=LIMIT)
            out, err = emu.communicate(timeout=LIMIT)
        except subprocess.TimeoutExpired:
            emu.kill()
            out, err = emu.communicate()
            print("FAIL: timed out after %d s" % LIMIT)
            print(err.decode(errors="replace"))
            return 1
        if b"in use" not in err:
            break
    lines = g.stdout.splitlines()
    checks = [l for l in lines if l.startswith("CHECK ")]
    bad = [l for l in checks if " ok" not in l]
    fail = False
    if bad or "SESSION END" not in lines or not checks:
        fail = True
        print("FAIL: the gdb session (%d checks, %d failed)" % (len(checks), len(bad)))
        print(g.stdout + g.stderr)
    if emu.returncode != 0 or b"target: done" not in out + err:
        fail = True
        print("FAIL: %s exited with %d after the detach; output %r" %
              (kind, emu.returncode, out.decode(errors="replace")))
        print(err.decode(errors="replace")[-2000:])
    if not fail:
        print("ok: %d checks" % len(checks))
    return 1 if fail else 0


if __name__ == "__main__":
    sys.exit(main())
