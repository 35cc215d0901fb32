#!/usr/bin/env python3
"""The monitor's `stop` and the gdb stub hold the core together
(hostloop_hold): guest time stands still while the core is held (as in
QEMU's stopped VM: SYS_24MHZ, read by hold.S into r5, advances by about what
the core ran, not by the time held), the monitor answers while gdb holds the
core, gdb answers while the monitor holds it, and either releases only its
own hold.  Usage: hold.py ARMVM HOLD_ELF WORKDIR [mode arguments...]"""
import os
import re
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "gdb"))
from protocol import Client, free_port  # noqa: E402

armvm, elf, work = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
os.makedirs(work, exist_ok=True)
path = os.path.join(work, "mon.sock")
failures = []
PROMPT = b"(armvm) "


def check(name, ok, detail=""):
    print("%s %s %s" % ("ok  " if ok else "FAIL", name, detail))
    if not ok:
        failures.append(name)


class Monitor:
    def __init__(self):
        deadline = time.monotonic() + 20
        while True:
            try:
                self.s = socket.socket(socket.AF_UNIX)
                self.s.settimeout(20)
                self.s.connect(path)
                self.read()
                return
            except OSError:
                self.s.close()
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def read(self):
        buf = b""
        while not buf.endswith(PROMPT):
            buf += self.s.recv(65536)
        return buf.decode()

    def cmd(self, line):
        self.s.sendall(line.encode() + b"\n")
        return self.read()

    def r5(self):
        return int(re.search(r"R05=([0-9a-f]{8})", self.cmd("info registers")).group(1), 16)


port = free_port()
emu = subprocess.Popen([armvm, "--kernel", elf, "--monitor", "unix:" + path,
                        "--gdb", "tcp:127.0.0.1:%d" % port, *sys.argv[4:]],
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=open(os.path.join(work, "stderr"), "w"))
try:
    mon = Monitor()
    # Guest time over one second run, then over two seconds held.
    mon.cmd("stop")
    t0 = mon.r5()
    mon.cmd("cont")
    time.sleep(1)
    mon.cmd("stop")
    t1 = mon.r5()
    time.sleep(3)
    mon.cmd("cont")
    mon.cmd("stop")
    t2 = mon.r5()
    ran, held = (t1 - t0) & 0xffffffff, (t2 - t1) & 0xffffffff
    # At least half the second: on a loaded host the CPU thread may resume
    # the clock some time after the reply to `cont` has left.
    check("the counter runs while the core runs", ran >= 12_000_000, "%d ticks" % ran)
    # Held 3 s: what counts is cont -> stop, far less than 1.5 s even on a
    # loaded host (72M ticks if the clock ran on).
    check("guest time stands still while held", held < 36_000_000, "%d ticks" % held)
    # gdb answers while the monitor holds the core ...
    g = Client(port)
    check("gdb: status while the monitor holds", g.ask(b"?")[1] == b"S05")
    g.s.sendall(b"+$c#63")
    check("gdb: c acknowledged", g.ack() == b"+")
    g.s.sendall(b"\x03")
    check("gdb: interrupted while the monitor holds", g.packet() == b"S02")
    # ... the monitor while gdb holds it; `cont` releases the monitor's hold only.
    mon.cmd("cont")
    a = mon.r5()
    time.sleep(0.3)
    check("gdb's hold stays after the monitor's cont", mon.r5() == a)
    g.s.sendall(b"+$c#63")
    g.ack()
    deadline = time.monotonic() + 20
    while mon.r5() == a and time.monotonic() < deadline:
        time.sleep(0.05)
    check("the core runs once both released it", mon.r5() != a)
    mon.cmd("quit")
    check("quit ends armvm", emu.wait(timeout=20) == 0)
finally:
    if emu.poll() is None:
        emu.kill()
    print("armvm's stderr:", open(os.path.join(work, "stderr")).read())
sys.exit(1 if failures else 0)
