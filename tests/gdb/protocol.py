#!/usr/bin/env python3
"""The gdb stub against a raw client (no gdb): bad packets get error replies,
a second client is refused, a client that vanishes mid-packet lets the guest
run on, k ends armvm, the guest's end is reported (W), and bad --gdb
arguments (a port in use) are one line and status 1.  Expected replies from the GDB manual, Appendix E.

    protocol.py ARMVM ELF [ARMVM_ARGS...]
"""
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

failures = []


def check(name, ok, detail=""):
    print("%s %s %s" % ("ok  " if ok else "FAIL", name, detail))
    if not ok:
        failures.append(name)


def frame(payload):
    return b"$" + payload + b"#" + b"%02x" % (sum(payload) & 0xff)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    def __init__(self, port):
        deadline = time.monotonic() + 20
        while True:
            try:
                self.s = socket.create_connection(("127.0.0.1", port), timeout=20)
                break
            except ConnectionRefusedError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self.buf = b""

    def byte(self):
        while not self.buf:
            data = self.s.recv(4096)
            if not data:
                raise EOFError
            self.buf += data
        b, self.buf = self.buf[:1], self.buf[1:]
        return b

    def ack(self):
        return self.byte()

    def packet(self):
        while self.byte() != b"$":
            pass
        body = b""
        while (c := self.byte()) != b"#":
            body += c
        csum = self.byte() + self.byte()
        assert int(csum, 16) == sum(body) & 0xff, "bad checksum from armvm"
        return body

    def ask(self, payload):
        self.s.sendall(frame(payload))
        ack = self.ack()
        return ack, self.packet()


def start(armvm, elf, port, extra):
    return subprocess.Popen([armvm, "--semihosting", "--kernel", elf, "-S",
                             "--gdb", "tcp:127.0.0.1:%d" % port] + extra,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def bad_arguments(armvm, elf):
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen(1)
        port = held.getsockname()[1]
        for spec, want in (("tcp:127.0.0.1:%d" % port, b"cannot listen"),
                           ("udp:1234", b"expected tcp:HOST:PORT"),
                           ("tcp:127.0.0.1:0x10", b"expected tcp:HOST:PORT"),
                           ("tcp:127.0.0.1:99999", b"expected tcp:HOST:PORT")):
            r = subprocess.run([armvm, "--kernel", elf, "--gdb", spec],
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=20)
            lines = r.stderr.splitlines()
            check("bad --gdb %s" % spec, r.returncode == 1 and len(lines) == 1 and
                  want in lines[0], repr(r.stderr))


def session(armvm, elf, extra):
    port = free_port()
    emu = start(armvm, elf, port, extra)
    c = Client(port)
    check("status", c.ask(b"?") == (b"+", b"S05"))
    c.s.sendall(b"$?#00")
    check("bad checksum", c.ack() == b"-")
    c.s.sendall(frame(b"m" * 5000))
    check("too long", (c.ack(), c.packet()) == (b"+", b"E01"))
    for bad in (b"m", b"mzz,4", b"m1,", b"M60000000,4:zz", b"M60000000,2:001122",
                b"P4=zz", b"p999", b"p10", b"G12", b"Z0", b"Z0,1", b"Z2,60000000,0",
                b"vCont;x", b"qXfer:features:read:other.xml:0,10",
                b"qXfer:features:read:target.xml:zz"):
        ack, reply = c.ask(bad)
        check("malformed %s" % bad.decode(), ack == b"+" and reply.startswith(b"E"), reply)
    check("unknown packet", c.ask(b"!") == (b"+", b""))
    check("unknown Z type", c.ask(b"Z9,0,0") == (b"+", b""))
    xml, off = b"", 0
    while True:
        ack, reply = c.ask(b"qXfer:features:read:target.xml:%x,100" % off)
        xml += reply[1:]
        off += len(reply) - 1
        if reply[:1] != b"m":
            break
    root = ET.fromstring(xml)
    feats = {f.get("name"): [r.get("name") for r in f.findall("reg")]
             for f in root.findall("feature")}
    check("target.xml", feats.get("org.gnu.gdb.arm.core") ==
          ["r%d" % i for i in range(13)] + ["sp", "lr", "pc", "cpsr"] and
          feats.get("org.gnu.gdb.arm.vfp") == ["d%d" % i for i in range(32)] + ["fpscr"],
          repr(feats))
    check("g length", len(c.ask(b"g")[1]) == 2 * (17 * 4 + 32 * 8 + 4))
    check("read flash (a device)", c.ask(b"m0,4")[1].startswith(b"E"))
    check("read RAM", len(c.ask(b"m60000000,4")[1]) == 8)
    check("read unaligned cross-page", len(c.ask(b"m60000ffe,4")[1]) == 8)
    check("read past RAM", c.ask(b"m6ffffffe,4")[1] in (b"E14", b"0000"))
    # A second client is refused while the first is served.
    other = Client(port)
    other.s.settimeout(20)
    check("second client refused", other.s.recv(100) == b"")
    other.s.close()
    check("first client still served", c.ask(b"?") == (b"+", b"S05"))
    # The client vanishes in the middle of a packet: the guest runs on, to
    # its own end (target.S fails its register check: status 1).
    c.s.sendall(b"$m6000")
    c.s.close()
    try:
        emu.wait(timeout=30)
        check("vanished client: guest ran on", emu.returncode == 1,
              "status %d" % emu.returncode)
    except subprocess.TimeoutExpired:
        emu.kill()
        check("vanished client: guest ran on", False, "armvm hung")
    emu.communicate()


def kill(armvm, elf, extra):
    port = free_port()
    emu = start(armvm, elf, port, extra)
    c = Client(port)
    c.s.sendall(frame(b"k"))
    try:
        out, err = emu.communicate(timeout=30)
        check("k ends armvm", emu.returncode == 0 and b"killed by the debugger" in err,
              repr(err))
    except subprocess.TimeoutExpired:
        emu.kill()
        check("k ends armvm", False, "armvm hung")


def guest_exit(armvm, elf, extra):
    """The guest ends while gdb waits for it: W and its exit status (target.S
    fails its register check without a debugger's help: 1)."""
    port = free_port()
    emu = start(armvm, elf, port, extra)
    c = Client(port)
    c.s.sendall(frame(b"c"))
    try:
        check("exit reported", (c.ack(), c.packet()) == (b"+", b"W01"))
    except EOFError:
        check("exit reported", False, "connection closed")
    emu.communicate(timeout=30)


def main():
    armvm, elf = sys.argv[1:3]
    extra = sys.argv[3:]
    bad_arguments(armvm, elf)
    session(armvm, elf, extra)
    kill(armvm, elf, extra)
    guest_exit(armvm, elf, extra)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
