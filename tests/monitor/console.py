#!/usr/bin/env python3
"""C-a c on the console (a pseudo-terminal, so armvm makes it raw and
watches for C-a): the monitor's banner and prompt, typed commands echoed and
answered (backspace edits), C-a c again gives the console back to the guest,
which ran on meanwhile; stop holds it until C-a x quits, exit status 0.
A socket client connects first: once it has the banner, C-a c is heard.
Usage: console.py ARMVM TARGET_ELF WORKDIR [mode arguments...]"""
import atexit
import ctypes
import os
import select
import socket
import subprocess
import sys
import termios
import time

def die_with_parent():
    """armvm ends with this script even when it is killed (PR_SET_PDEATHSIG)."""
    ctypes.CDLL(None).prctl(1, 9)

armvm, elf, work, mode = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
os.makedirs(work, exist_ok=True)
sock = os.path.join(os.path.abspath(work), "mon.sock")
failures = 0


def check(cond, what, got=""):
    global failures
    if not cond:
        failures += 1
        print("FAIL: %s\n  got: %r" % (what, got))


master, slave = os.openpty()
p = subprocess.Popen([armvm, "--kernel", elf, "--monitor", "unix:" + sock, *mode], stdin=slave, stdout=slave, stderr=slave,
                     start_new_session=True, preexec_fn=die_with_parent)
os.close(slave)
atexit.register(lambda: p.poll() is None and p.kill())   # the guest spins


def read_until(text, timeout=30):
    buf = b""
    deadline = time.time() + timeout
    while text.encode() not in buf and time.time() < deadline:
        r, _, _ = select.select([master], [], [], 0.2)
        if r:
            try:
                buf += os.read(master, 65536)
            except OSError:   # the other end closed
                break
    return buf.decode(errors="replace")


def send(data):
    os.write(master, data.encode())


deadline = time.time() + 30   # until armvm has made the terminal raw
while termios.tcgetattr(master)[3] & termios.ICANON and time.time() < deadline:
    time.sleep(0.05)
client = socket.socket(socket.AF_UNIX)
while time.time() < deadline:
    try:
        client.connect(sock)
        break
    except OSError:
        time.sleep(0.05)
client.settimeout(30)
check(client.recv(100).startswith(b"armvm monitor"), "the socket's banner")
send("\x01c")
out = read_until("(armvm) ")
check("armvm monitor" in out and out.endswith("(armvm) "), "C-a c opens the monitor", out)
send("info stat\x7f\x7fatus\r")    # two backspaces: "info status"
out = read_until("(armvm) ")
check("info stat\b \b\b \batus\r\n" in out, "typed text echoed and edited", out)
check("VM status: running\r\n(armvm) " in out, "info status answered", out)

# The guest runs on while the monitor has the console: its instruction count grows.
counts = []
for _ in range(2):
    send("stop\r")
    out = read_until("(armvm) ")
    counts += [int(n) for n in out.split("after ")[1].split()[:1]] if "after " in out else []
    send("cont\r")
    read_until("(armvm) ")
    time.sleep(0.3)
check(len(counts) == 2 and counts[1] > counts[0], "the core runs between stops", counts)

send("info registers\r")
out = read_until("(armvm) ")
check("R01=11111111" in out and "R15=60001000" in out, "info registers on the console", out)
send("\x01c")            # back to the guest: no prompt, bytes go to the UART
send("info status\r")
out = read_until("(armvm) ", timeout=1)
check("VM status" not in out, "after C-a c the guest has the console", out)
send("\x01cstop\r")
out = read_until("stopped at pc")
check("stopped at pc" in out, "stop on the console", out)
send("\x01x")            # quits though the core is stopped
try:
    p.wait(timeout=30)
except subprocess.TimeoutExpired:
    p.kill()
    p.wait()
out = read_until("terminated", timeout=2)
check(p.returncode == 0, "C-a x while stopped: exit 0", (p.returncode, out))
os.close(master)
print("monitor console: %d failures" % failures)
sys.exit(1 if failures else 0)
