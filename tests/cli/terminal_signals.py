#!/usr/bin/env python3
"""armvm on a pseudo-terminal: it puts the terminal in raw mode; every signal
that ends it, crash signals included, must give the terminal its settings back
(compared with termios before the run) and end armvm by that signal; SIGTSTP must give them back and
stop, SIGCONT make the terminal raw again.

The guest is a raw image "1: wfi; b 1b" (ARM ARM A8.8.425 WFI, A8.8.18 B): it
sleeps for as long as the terminal may bring input.
Usage: terminal_signals.py ARMVM WORKDIR"""
import fcntl
import os
import resource
import shutil
import signal
import struct
import sys
import termios
import time

armvm, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
guest = os.path.join(work, "wfi.bin")
with open(guest, "wb") as f:
    f.write(struct.pack("<II", 0xE320F003, 0xEAFFFFFD))
failures = 0


def fail(msg):
    global failures
    failures += 1
    print("FAIL: " + msg)


# This process leads a session whose controlling terminal is a new pty; each
# armvm runs in its own foreground process group of that session, as a shell
# runs a job (a group with no parent in the session would be orphaned, and an
# orphaned group ignores SIGTSTP: POSIX 2.4.3).
if os.getpid() == os.getpgrp():   # a group leader cannot setsid(): fork
    child = os.fork()
    if child:
        sys.exit(os.waitstatus_to_exitcode(os.waitpid(child, 0)[1]))
os.chdir(work)
master, slave = os.openpty()
os.setsid()
fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
signal.signal(signal.SIGTTOU, signal.SIG_IGN)   # tcsetpgrp from the background


def start():
    """armvm in the foreground of the pty; returns its pid."""
    pid = os.fork()
    if pid == 0:
        os.setpgid(0, 0)
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))   # no core files
        os.tcsetpgrp(slave, os.getpid())
        signal.signal(signal.SIGTTOU, signal.SIG_DFL)
        for fd in (0, 1, 2):
            os.dup2(slave, fd)
        os.execv(armvm, [armvm, "--kernel", guest])
    return pid


def drain(master):
    try:
        while True:
            fcntl.fcntl(master, fcntl.F_SETFL, os.O_NONBLOCK)
            if not os.read(master, 4096):
                return
    except OSError:
        return


def wait_for(cond, what):
    for _ in range(500):
        if cond():
            return True
        time.sleep(0.01)
    fail("timed out waiting for " + what)
    return False


def is_raw(slave):
    return not termios.tcgetattr(slave)[3] & termios.ICANON


def wait_pid(pid, flags=0):
    for _ in range(500):
        got, status = os.waitpid(pid, os.WNOHANG | flags)
        if got:
            return status
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return None


def finish(pid, sig, before, name):
    os.kill(pid, sig)
    status = wait_pid(pid)
    drain(master)
    after = termios.tcgetattr(slave)
    if status is None:
        fail("%s: armvm did not end" % name)
    elif not os.WIFSIGNALED(status) or os.WTERMSIG(status) != sig:
        fail("%s: wait status 0x%x, expected death by signal %d" % (name, status, sig))
    elif after != before:
        fail("%s: the terminal was left changed" % name)
    else:
        print("ok: %s: terminal restored, ended by signal %d" % (name, sig))


before = termios.tcgetattr(slave)
for sig in (signal.SIGINT, signal.SIGQUIT, signal.SIGTERM, signal.SIGHUP,
            signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM,
            signal.SIGSEGV, signal.SIGBUS, signal.SIGFPE, signal.SIGILL):
    termios.tcsetattr(slave, termios.TCSANOW, before)   # each case from the start
    pid = start()
    if wait_for(lambda: is_raw(slave), "raw mode"):
        finish(pid, sig, before, sig.name)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)

# SIGTSTP: back to the user's settings, stopped; SIGCONT: raw again, running.
termios.tcsetattr(slave, termios.TCSANOW, before)
pid = start()
if wait_for(lambda: is_raw(slave), "raw mode"):
    os.kill(pid, signal.SIGTSTP)
    status = wait_pid(pid, os.WUNTRACED)   # None: it was killed
    if status is None or not os.WIFSTOPPED(status):
        fail("SIGTSTP: armvm did not stop (wait status %r)" % status)
    elif termios.tcgetattr(slave) != before:
        fail("SIGTSTP: stopped with the terminal still raw")
    else:
        print("ok: SIGTSTP: stopped with the terminal restored")
    if status is not None:
        os.kill(pid, signal.SIGCONT)
        if wait_for(lambda: is_raw(slave), "raw mode after SIGCONT"):
            print("ok: SIGCONT: the terminal is raw again")
        finish(pid, signal.SIGTERM, before, "SIGTERM after SIGCONT")

if failures:
    print("%d failure(s)" % failures)
    sys.exit(1)
print("all terminal-signal cases pass")
