#!/usr/bin/env python3
"""Boot Linux under an emulator and check a busybox shell's answers.

    run_linux.py [options] armvm ARMVM [ARMVM-ARGS...]
    run_linux.py [options] qemu QEMU-SYSTEM-ARM [QEMU-ARGS...]
    run_linux.py [options] raw COMMAND...

The first two forms boot the images of images/fetch-linux.sh (--images DIR)
with console=ttyAMA0 on 256 MiB; `raw` runs COMMAND as it is.  The guest's
console must be the emulator's stdin/stdout.  The script waits for the shell
prompt of images/init, sends one command at a time and waits for an end
marker after each, checks the answers against values computed here on the
host, powers the guest off with `poweroff -f` and requires the emulator to
exit with status 0.

The `neon` check: armvm and QEMU model a Cortex-A9 with the NEON unit, so
/proc/cpuinfo must list `neon` (--neon require, the default); --neon ignore
skips the check.

QEMU and power off: vexpress-a9's system registers turn the guest's
SYS_CFG_SHUTDOWN into a normal QEMU exit with status 0; a guest reboot would
restart the board, so the command line adds -no-reboot.

Exit status: 0 pass, 1 a check failed (or the emulator is missing), 2 bad
usage.

The Guest class is also the shell driver of bench/bench.py.
"""

import argparse
import hashlib
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time

READY = "armvm: busybox shell ready"
# The prompt and the markers are typed with '' inside them, so the terminal's
# echo of a command line never matches what the shell prints.
PROMPT = "__PS1__# "
PROMPT_SET = "PS1='__P''S1__# '"


class GuestError(Exception):
    """A step failed: the message says which and why."""


def emulator_argv(kind, binary, images, extra, append="console=ttyAMA0", initrd=None):
    """The command line that boots the images under `kind` (armvm or qemu)."""
    kernel = os.path.join(images, "zImage")
    dtb = os.path.join(images, "vexpress-v2p-ca9.dtb")
    initrd = initrd or os.path.join(images, "rootfs.cpio.gz")
    if kind == "armvm":
        return [binary, "--memory", "256M", "--kernel", kernel, "--dtb", dtb,
                "--initrd", initrd, "--append", append] + list(extra)
    if kind == "qemu":
        return [binary, "-M", "vexpress-a9", "-m", "256M", "-kernel", kernel,
                "-dtb", dtb, "-initrd", initrd, "-append", append,
                "-display", "none", "-monitor", "none", "-serial", "stdio",
                "-no-reboot"] + list(extra)
    raise ValueError("unknown emulator kind " + kind)


class Guest:
    """An emulator whose console is a busybox shell, driven through pipes."""

    def __init__(self, argv, deadline=None, transcript=None):
        self.argv = argv
        self.deadline = deadline          # time.monotonic() bound on everything
        self.transcript = transcript      # file object, or None
        self.out = ""                     # everything the console printed
        self.err = ""                     # the emulator's stderr
        self.pos = 0                      # where the next expect() starts
        self.seq = 0
        env = dict(os.environ, QEMU_AUDIO_DRV="none")
        self.start = time.monotonic()
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=env,
                                     start_new_session=True)
        for f in (self.proc.stdout, self.proc.stderr):
            os.set_blocking(f.fileno(), False)
        self.open = [self.proc.stdout, self.proc.stderr]

    def _pump(self, timeout):
        """Read what the emulator printed within `timeout` seconds."""
        if not self.open:
            time.sleep(min(timeout, 0.05))
            return
        ready, _, _ = select.select(self.open, [], [], max(timeout, 0))
        for f in ready:
            data = os.read(f.fileno(), 65536)
            if not data:
                self.open.remove(f)
                continue
            text = data.decode("latin-1")
            if f is self.proc.stdout:
                self.out += text.replace("\r", "")
                if self.transcript:
                    self.transcript.write(text.replace("\r", ""))
                    self.transcript.flush()
            else:
                self.err += text

    def _limit(self, timeout):
        end = time.monotonic() + timeout
        if self.deadline is not None and self.deadline < end:
            return self.deadline, "the overall timeout"
        return end, "%g s" % timeout

    def expect(self, pattern, timeout, what):
        """Wait for regex `pattern` in the console output after self.pos."""
        rx = re.compile(pattern)
        end, why = self._limit(timeout)
        while True:
            m = rx.search(self.out, self.pos)
            if m:
                self.pos = m.end()
                return m
            now = time.monotonic()
            if now >= end:
                raise GuestError("%s: nothing after %s" % (what, why))
            if not self.open and self.proc.poll() is not None:
                raise GuestError("%s: the emulator exited with status %d" %
                                 (what, self.proc.returncode))
            self._pump(min(end - now, 0.5))

    def send(self, text):
        try:
            self.proc.stdin.write(text.encode())
            self.proc.stdin.flush()
        except BrokenPipeError:
            raise GuestError("the emulator closed its console input")

    def wait_shell(self, timeout):
        """Wait for the shell, make it quiet; return seconds to the prompt."""
        self.expect(re.escape(READY), timeout, "boot to '%s'" % READY)
        self.expect(r"# ", timeout, "the shell's first prompt")
        ready = time.monotonic() - self.start
        # No echo (busybox's line editing then reads plain lines), a prompt
        # of our own, and kernel messages kept off the console.
        self.send("stty -echo; %s; dmesg -n 1\n" % PROMPT_SET)
        self.expect(re.escape(PROMPT), timeout, "the shell's own prompt")
        return ready

    def run(self, command, timeout, what=None):
        """Run one command line; return (exit status, output, host seconds)."""
        self.seq += 1
        n = self.seq
        what = what or command
        t0 = time.monotonic()
        self.send("echo __B''%d__; %s; echo __E''%d_$?__\n" % (n, command, n))
        self.expect(r"__B%d__\n" % n, timeout, what + " (start)")
        begin = self.pos
        m = self.expect(r"__E%d_(\d+)__\n" % n, timeout, what)
        seconds = time.monotonic() - t0
        output = self.out[begin:m.start()]
        self.expect(re.escape(PROMPT), timeout, what + " (prompt)")
        return int(m.group(1)), output, seconds

    def poweroff(self, timeout):
        """`poweroff -f`, then the emulator's exit status."""
        self.send("poweroff -f\n")
        end, why = self._limit(timeout)
        while self.proc.poll() is None or self.open:
            now = time.monotonic()
            if now >= end:
                raise GuestError("poweroff: the emulator still runs after " + why)
            self._pump(min(end - now, 0.5))
        return self.proc.returncode

    def kill(self):
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait()
        for f in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                f.close()
            except OSError:
                pass

    def tail(self, chars=3000):
        text = "---- console (last %d chars) ----\n%s\n" % (chars, self.out[-chars:])
        if self.err.strip():
            text += "---- emulator stderr (last 2000 chars) ----\n%s\n" % self.err[-2000:]
        return text


# The checks: each takes the guest and the step timeout and raises GuestError.

def check_ok(guest, command, timeout, what):
    status, output, _ = guest.run(command, timeout, what)
    if status != 0:
        raise GuestError("%s: exit status %d, output:\n%s" % (what, status, output))
    return output


def check_uname(guest, timeout, _opts):
    out = check_ok(guest, "uname -a", timeout, "uname -a").strip()
    if not re.match(r"Linux \S+ .* armv7l", out):
        raise GuestError("uname -a: expected 'Linux ... armv7l', got %r" % out)
    return out


def check_cpuinfo(guest, timeout, opts):
    out = check_ok(guest, "cat /proc/cpuinfo", timeout, "/proc/cpuinfo")
    if not re.search(r"(?m)^model name\s*:\s*ARMv7 Processor", out):
        raise GuestError("/proc/cpuinfo: no 'model name: ARMv7 Processor'")
    if not re.search(r"(?m)^CPU architecture\s*:\s*7$", out):
        raise GuestError("/proc/cpuinfo: no 'CPU architecture: 7'")
    m = re.search(r"(?m)^Features\s*:(.*)$", out)
    if not m:
        raise GuestError("/proc/cpuinfo: no Features line")
    features = m.group(1).split()
    for need in ("vfp", "vfpv3"):
        if need not in features:
            raise GuestError("/proc/cpuinfo: feature %s missing from %s" % (need, features))
    if opts.neon == "require" and "neon" not in features:
        raise GuestError("/proc/cpuinfo: neon missing from %s" % features)
    return " ".join(features)


def proc_stat_processes(guest, timeout):
    out = check_ok(guest, "grep processes /proc/stat", timeout, "/proc/stat")
    m = re.search(r"processes (\d+)", out)
    if not m:
        raise GuestError("/proc/stat: no processes line in %r" % out)
    return int(m.group(1))


def check_fork_exec(guest, timeout, _opts):
    before = proc_stat_processes(guest, timeout)
    out = check_ok(guest, "i=0; while [ $i -lt 200 ]; do /bin/true || break; "
                   "i=$((i+1)); done; echo $i", timeout, "200 fork+exec").strip()
    after = proc_stat_processes(guest, timeout)
    if out != "200":
        raise GuestError("200 fork+exec: the loop ran %r times" % out)
    if after - before < 200:
        raise GuestError("200 fork+exec: the kernel counted only %d forks"
                         % (after - before))
    return "%d forks" % (after - before)


def check_pipe(guest, timeout, _opts):
    out = check_ok(guest, "dd if=/dev/zero bs=1M count=16 2>/dev/null | cat | wc -c",
                   timeout, "16 MiB pipeline").strip()
    if out != str(16 << 20):
        raise GuestError("16 MiB pipeline: wc -c says %r, expected %d" % (out, 16 << 20))
    return out + " bytes"


def check_md5(guest, timeout, _opts):
    data = "".join("%d\n" % i for i in range(1, 10001)).encode()
    want = hashlib.md5(data).hexdigest()
    out = check_ok(guest, "seq 1 10000 | md5sum", timeout, "md5sum").split()
    if not out or out[0] != want:
        raise GuestError("seq 1 10000 | md5sum: guest %r, host %s" % (out, want))
    return want


def check_awk(guest, timeout, _opts):
    # Debian's busybox awk has no math library (sqrt, exp, ...): the four
    # operations, a Newton iteration for sqrt(2), printf's %f and %e.
    s = 0.0
    for i in range(1, 1001):
        s += 1.0 / i
    x = 1.0
    for _ in range(6):
        x = (x + 2.0 / x) / 2.0
    want = "%.12f %.15f %.6f %.3e" % (s, x, x * 3.5 / 7.1, 1.0 / 3e10)
    cmd = ("awk 'BEGIN{s=0; for(i=1;i<=1000;i++) s+=1/i; "
           "x=1; for(k=0;k<6;k++) x=(x+2/x)/2; "
           "printf \"%.12f %.15f %.6f %.3e\\n\", s, x, x*3.5/7.1, 1/3e10}'")
    out = check_ok(guest, cmd, timeout, "awk floating point").strip()
    if out != want:
        raise GuestError("awk floating point: guest %r, host %r" % (out, want))
    return out


def check_date(guest, timeout, _opts):
    out = check_ok(guest, "date +%s", timeout, "date").strip()
    host = time.time()
    if not out.isdigit():
        raise GuestError("date +%%s: got %r" % out)
    skew = int(out) - host
    if abs(skew) > 60:
        raise GuestError("date +%%s: guest %s, host %.0f (%+.0f s)" % (out, host, skew))
    return "%+.0f s from the host" % skew


def check_dmesg(guest, timeout, _opts):
    out = check_ok(guest, "dmesg", timeout, "dmesg")
    bad = [line for line in out.splitlines()
           if re.search(r"\b(Oops|BUG|WARNING)\b|alg: .*(failed|mismatch)", line)]
    if bad:
        raise GuestError("dmesg reports problems:\n" + "\n".join(bad[:20]))
    if "Linux version" not in out:
        raise GuestError("dmesg: no 'Linux version' line, got %d chars" % len(out))
    return "%d lines, clean" % len(out.splitlines())


CHECKS = [
    ("uname", check_uname),
    ("cpuinfo", check_cpuinfo),
    ("fork_exec", check_fork_exec),
    ("pipe_16MiB", check_pipe),
    ("md5sum", check_md5),
    ("awk_float", check_awk),
    ("date", check_date),
    ("dmesg", check_dmesg),
]


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Boot Linux under an emulator and check a busybox shell's answers.")
    p.add_argument("--images", default=os.path.normpath(os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "images", "out")),
        help="directory of zImage, vexpress-v2p-ca9.dtb, rootfs.cpio.gz")
    p.add_argument("--boot-timeout", type=float, default=900,
                   help="seconds to reach the shell prompt (default 900)")
    p.add_argument("--step-timeout", type=float, default=300,
                   help="seconds for each command (default 300)")
    p.add_argument("--timeout", type=float, default=1800,
                   help="seconds for the whole run (default 1800)")
    p.add_argument("--neon", choices=("require", "ignore"), default="require",
                   help="whether /proc/cpuinfo must list neon (default: require)")
    p.add_argument("--transcript", help="write the console output to this file")
    p.add_argument("kind", choices=("armvm", "qemu", "raw"))
    p.add_argument("command", nargs=argparse.REMAINDER)
    opts = p.parse_args(argv)
    if not opts.command:
        p.error("the emulator command is missing")
    return opts


def guest_parser(doc):
    """The options of a script that boots one emulator with an initramfs of its own;
    the caller adds its own before parse_guest_args."""
    p = argparse.ArgumentParser(description=doc.split("\n")[0])
    p.add_argument("--images", required=True)
    p.add_argument("--workdir", required=True)
    p.add_argument("--boot-timeout", type=float, default=600)
    p.add_argument("--transcript")
    p.add_argument("kind", choices=("armvm", "qemu"))
    p.add_argument("command", nargs=argparse.REMAINDER)
    return p


def parse_guest_args(p, argv):
    opts = p.parse_args(argv)
    if not opts.command:
        p.error("the emulator command is missing")
    return opts


def start_guest(opts, initrd):
    """The emulator opts.kind/opts.command booting opts.images with initrd; and the
    transcript file (or None) that run_linux.session closes."""
    cmd = emulator_argv(opts.kind, opts.command[0], opts.images, opts.command[1:],
                        initrd=initrd)
    print("command:", " ".join(cmd), flush=True)
    transcript = open(opts.transcript, "w") if opts.transcript else None
    return Guest(cmd, None, transcript), transcript


def main(argv):
    opts = parse_args(argv)
    binary = opts.command[0]
    if not (shutil.which(binary) or os.access(binary, os.X_OK)):
        print("FAIL: %s not found" % binary)
        return 1
    if opts.kind == "raw":
        cmd = opts.command
    else:
        for name in ("zImage", "vexpress-v2p-ca9.dtb", "rootfs.cpio.gz"):
            if not os.path.isfile(os.path.join(opts.images, name)):
                print("FAIL: %s/%s is missing (run images/fetch-linux.sh)"
                      % (opts.images, name))
                return 1
        cmd = emulator_argv(opts.kind, binary, opts.images, opts.command[1:])
    print("command:", " ".join(cmd), flush=True)

    transcript = open(opts.transcript, "w") if opts.transcript else None
    guest = Guest(cmd, time.monotonic() + opts.timeout, transcript)
    steps = [(name, lambda fn=fn: fn(guest, opts.step_timeout, opts)) for name, fn in CHECKS]
    status = session(guest, transcript, opts.boot_timeout, steps, opts.step_timeout)
    if status == 0:
        print("PASS: all checks (%.1f s in all)" % (time.monotonic() - guest.start))
    return status


def session(guest, transcript, boot_timeout, steps, poweroff_timeout):
    """Boot to the shell, run steps [(name, fn() -> result)], power off.
    Prints one line per step; on failure the console's tail.  Returns 0 or 1."""
    step = "boot"
    try:
        boot = guest.wait_shell(boot_timeout)
        print("ok: boot: shell prompt after %.1f s" % boot, flush=True)
        for step, fn in steps:
            t0 = time.monotonic()
            result = fn()
            print("ok: %s (%.1f s): %s" % (step, time.monotonic() - t0, result), flush=True)
        step = "poweroff"
        t0 = time.monotonic()
        status = guest.poweroff(poweroff_timeout)
        if status != 0:
            raise GuestError("poweroff: the emulator exited with status %d" % status)
        print("ok: poweroff (%.1f s): exit status 0" % (time.monotonic() - t0))
    except GuestError as e:
        print("FAIL: %s: %s" % (step, e))
        print(guest.tail())
        return 1
    finally:
        guest.kill()
        if transcript:
            transcript.close()
    if guest.err.strip():
        print("emulator stderr:\n" + guest.err.rstrip())
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
