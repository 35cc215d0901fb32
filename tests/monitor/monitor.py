#!/usr/bin/env python3
"""The monitor through its socket (--monitor unix:PATH, and tcp once), on
target.elf stopped in its final loop.  Expected values are independent facts:
what target.S wrote (registers, data, page tables), the ARM ARM (CMP's flags,
descriptor formats, fault status codes), the vexpress-a9 memory map of its
device tree and the motherboard manual (DUI0447), and armvm's own --stats at
exit for the ESPT counters.  Also: bad --monitor values, unknown commands,
a second client, a client that vanishes mid-line, system_powerdown, quit.
Usage: monitor.py ARMVM TARGET_ELF WORKDIR [mode arguments...]"""
import atexit
import ctypes
import os
import re
import shutil
import socket
import subprocess
import sys
import time

def die_with_parent():
    """armvm ends with this script even when it is killed (PR_SET_PDEATHSIG)."""
    ctypes.CDLL(None).prctl(1, 9)

armvm, elf, work = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
mode = sys.argv[4:]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
failures = 0
PROMPT = b"(armvm) "
SPIN, DATA = 0x60001000, 0x60002000


def check(cond, what, got=""):
    global failures
    if not cond:
        failures += 1
        print("FAIL: %s\n  got: %s" % (what, got))


class Monitor:
    def __init__(self, family, addr):
        """Connect, retrying while armvm is not listening yet or still
        serves (closes) a client that went away."""
        deadline = time.time() + 20
        while True:
            try:
                self.s = socket.socket(family, socket.SOCK_STREAM)
                self.s.settimeout(30)
                self.s.connect(addr)
                self.banner = self.read()
                if self.banner:
                    break
            except OSError:
                pass
            self.s.close()
            if time.time() > deadline:
                raise TimeoutError("no monitor at %r" % (addr,))
            time.sleep(0.05)

    def read(self):
        buf = b""
        while not buf.endswith(PROMPT):
            d = self.s.recv(65536)
            if not d:
                break
            buf += d
        return buf.decode()

    def cmd(self, line):
        self.s.sendall(line.encode() + b"\n")
        return self.read()[:-len(PROMPT)]


def start(spec):
    """armvm serving spec; killed at the end whatever happens (the guest spins)."""
    proc = subprocess.Popen([armvm, "--kernel", elf, "--monitor", spec, "--stats", *mode],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=die_with_parent)
    atexit.register(lambda: proc.poll() is None and proc.kill())
    return proc


def ready(mon):
    """Wait for the loop: the data word target.S writes before it, then the
    core stopped at the loop's address."""
    deadline = time.time() + 60
    while time.time() < deadline:
        if "0x600d600d" in mon.cmd("x /1xw 0x8000000c"):
            break
        time.sleep(0.05)
    while time.time() < deadline:
        out = mon.cmd("stop")
        if "pc 0x%08x" % SPIN in out:
            return True
        mon.cmd("cont")
        time.sleep(0.02)
    return False


sock = os.path.join(work, "mon.sock")
p = start("unix:" + sock)
mon = Monitor(socket.AF_UNIX, sock)
check("type 'help'" in mon.banner, "banner", mon.banner)
check(ready(mon), "the core stopped in the final loop")

out = mon.cmd("help")
for name in ("info", "x", "xp", "stop", "cont", "system_powerdown", "quit", "screendump"):
    check(re.search(r"^%s\b" % name, out, re.M), "help lists " + name, out)

# info registers: r0-r14 as target.S set them, pc at the loop; CPSR: SVC with
# A, I, F set (the reset state the loader keeps, B1.9.10?) and Z, C from
# cmp r1, r1 (A8.8.37: the subtraction borrows nothing).
out = mon.cmd("info registers")
regs = {int(n): int(v, 16) for n, v in re.findall(r"R(\d\d)=([0-9a-f]{8})", out)}
want = {i: 0x11111111 * i for i in range(15)}
want[15] = SPIN
check(regs == want, "info registers r0-r15", out)
check("CPSR=600001d3 -ZC- A svc" in out, "info registers CPSR", out)

# x and xp: the data target.S put at 0x60002000, seen at VA 0x80000000.
check(mon.cmd("x /4xw 0x80000000").strip() ==
      "80000000: 0x01020304 0xdeadbeef 0x80000001 0x600d600d", "x /4xw", out)
out = mon.cmd("xp /8xb 0x60002000").strip()
check(out == "60002000: 0x04 0x03 0x02 0x01 0xef 0xbe 0xad 0xde", "xp /8xb", out)
out = mon.cmd("x /2xh 0x80001004").strip()
check(out == "80001004: 0xbeef 0xdead", "x /2xh through the second page", out)
out = mon.cmd("x /3dw 0x80000004").strip()
check(out == "80000004: -559038737 -2147483647 1611489293", "x /3dw", out)
out = mon.cmd("x /2uw 0x80000004").strip()
check(out == "80000004: 3735928559 2147483649", "x /2uw", out)
out = mon.cmd("x /8c 0x80000010").strip()
check(out == "80000010: 'm' 'o' 'n' 'i' 't' 'o' 'r' '\\x00'", "x /8c", out)
out = mon.cmd("x /1i 0x%x" % SPIN).strip()   # b . is eafffffe (A8.8.18)
check(out.startswith("0x60001000: eafffffe  b") and "0x60001000" in out[12:], "x /1i", out)
out = mon.cmd("x /1xg 0x80000000").strip()
check(out == "80000000: 0xdeadbeef01020304", "x /1xg", out)
for bad, why in (("x 0xa0000000", "not mapped"), ("x /2xw 0x90000000", "not mapped"),
                 ("xp 0x10000000", "not RAM"), ("xp /4xw 0x5ffffffc", "not RAM"),
                 ("x /4q 0x80000000", "expected"), ("x", "expected"),
                 ("x /5000xw 0x80000000", "expected")):
    out = mon.cmd(bad)
    check(why in out and out.count("\n") == 1, bad + ": one error line", out)

# info mmu: the walks of target.S's tables (TTBR0 0x60100000, N = 0: the first
# level at TTBR0 + VA[31:20] * 4, B3.5.5; the second at its table + VA[19:12] * 4).
out = mon.cmd("info mmu 0x80000004")
check("L1 descriptor at 0x60102000: 60104001 (page table)" in out and
      "L2 descriptor at 0x60104000: 60002032 (small page)" in out and
      "physical 0x60002004, 4 KiB entry, domain 0 (client), global; privileged rwx, user rwx"
      in out, "info mmu small page", out)
out = mon.cmd("info mmu 0x80001004")
check("L2 descriptor at 0x60104004: 60002823 (small page)" in out and
      "not global; privileged rw-, user r--" in out, "info mmu nG XN AP=2 page", out)
out = mon.cmd("info mmu 0x90000abc")
check("L1 descriptor at 0x60102400: 10000c22 (section)" in out and
      "physical 0x10000abc, 1024 KiB entry, domain 1" in out, "info mmu section", out)
out = mon.cmd("info mmu 0xa0000000")
check("L1 descriptor at 0x60102800: 00000000 (fault)" in out and
      "translation fault (section), FSR 005" in out, "info mmu fault", out)
out = mon.cmd("info mmu 0x80002000")
check("translation fault (page), FSR 007" in out, "info mmu page fault", out)
check("give a virtual address" in mon.cmd("info mmu zz"), "info mmu bad address")

# info tlb: every valid entry agrees with target.S's tables.
out = mon.cmd("info tlb")
for va, pa in re.findall(r"^(?:priv|user) ([0-9a-f]{8}) -> ([0-9a-f]{8})", out, re.M):
    va, pa = int(va, 16), int(pa, 16)
    want = {0x80000000: DATA, 0x80001000: DATA}.get(va, va)
    check(pa == want and va >> 20 in (0x600, 0x601, 0x800), "info tlb entry", out)
check(re.search(r"software TLB: \d+ valid entries", out), "info tlb count", out)

# info mtree: RAM at 0x60000000 (256 MiB by default) and the devices where the
# vexpress-v2p-ca9 device tree puts them.
out = mon.cmd("info mtree")
for line in ("60000000-6fffffff ram", "10000000-10000fff vexpress-sysregs",
             "10009000-10009fff pl011", "10011000-10011fff sp804", "10017000-10017fff pl031",
             "10005000-10005fff pl181", "1e000100-1e0001ff gic-cpu",
             "1e001000-1e001fff gic-distributor", "1e000600-1e00063f a9-twd",
             "1e00a000-1e00afff l2c310"):
    check(line in out, "info mtree: " + line, out)

# info espt, against --stats at the end (the core stays stopped until quit).
espt = mon.cmd("info espt")
uses_espt = "--mmu" in mode and mode[mode.index("--mmu") + 1] in ("espt", "auto")
if uses_espt:
    # auto: the view is on ESPT only after 4 M instructions (mmu_auto.h).
    check(re.search(r"^region +\d+\* privileged ASID +5 TTBR0 60100000 DACR 00000005", espt, re.M)
          or ("auto" in mode and "0 region switches" in espt), "info espt: the program's view", espt)
    if "auto" in mode:
        check("view kernel (privileged, MMU on) (current)" in espt, "info espt: auto views", espt)
else:
    check(espt.startswith("ESPT: not in use"), "info espt not in use", espt)

check("unknown command: 'frobnicate'" in mon.cmd("frobnicate"), "unknown command")
check("unknown item" in mon.cmd("info bogus"), "unknown info item")
check("no display" in mon.cmd("screendump " + os.path.join(work, "s.ppm")), "screendump")
check("paused" in mon.cmd("info status"), "info status paused")

# A second client is refused while the first is served.
other = socket.socket(socket.AF_UNIX)
other.settimeout(10)
other.connect(sock)
check(other.recv(100) == b"", "a second client is closed")
other.close()
check("paused" in mon.cmd("info status"), "the first client still served")
mon.s.sendall(b"quit\n")
try:
    _, err = p.communicate(timeout=30)
except subprocess.TimeoutExpired:
    p.kill()
    _, err = p.communicate()
err = err.decode()
check(p.returncode == 0 and "terminated" in err, "quit: exit 0", "%s %s" % (p.returncode, err))
if uses_espt:
    for line in err.splitlines():
        if line.startswith("armvm: stats: espt:"):
            check(line in espt, "info espt agrees with --stats", espt + "\n" + line)

# A client that vanishes mid-line, then another; then TCP and system_powerdown.
port_probe = socket.socket()
port_probe.bind(("127.0.0.1", 0))
port = port_probe.getsockname()[1]
port_probe.close()
p = start("tcp:127.0.0.1:%d" % port)
gone = Monitor(socket.AF_INET, ("127.0.0.1", port))
gone.s.sendall(b"info reg")
gone.s.close()
mon = Monitor(socket.AF_INET, ("127.0.0.1", port))
check("R15=" in mon.cmd("info registers"), "a client after one that vanished")
check("running" in mon.cmd("info status"), "running until stopped")
out = mon.cmd("system_powerdown")
_, err = p.communicate(timeout=30)
check(p.returncode == 0 and "powering off" in out, "system_powerdown: exit 0",
      "%s %s %s" % (p.returncode, out, err))

# Bad --monitor values: one line on stderr, exit status 1.
busy = socket.socket()
busy.bind(("127.0.0.1", 0))
busy.listen(1)
for spec, want in (("udp:1234", "expected unix:PATH or tcp:HOST:PORT"),
                   ("tcp:127.0.0.1:0x10", "expected"), ("tcp:127.0.0.1:70000", "expected"),
                   ("unix:", "empty or too long"), ("unix:/nonexistent/dir/s", "cannot listen"),
                   ("tcp:127.0.0.1:%d" % busy.getsockname()[1], "cannot listen")):
    r = subprocess.run([armvm, "--kernel", elf, "--monitor", spec, *mode],
                       capture_output=True, timeout=30)
    lines = r.stderr.decode().splitlines()
    check(r.returncode == 1 and len(lines) == 1 and want in lines[0] and "--monitor" in lines[0],
          "--monitor %s: one line, exit 1" % spec, repr(r.stderr))
busy.close()
r = subprocess.run([armvm, "--kernel", elf, "--monitor"], capture_output=True, timeout=30)
check(r.returncode == 1 and b"needs an argument" in r.stderr, "--monitor without a value",
      repr(r.stderr))

print("monitor: %d failures" % failures)
sys.exit(1 if failures else 0)
