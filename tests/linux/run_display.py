#!/usr/bin/env python3
"""The guest's screen and keyboard: Linux on the PL111 frame buffer and the
PL050 keyboard, through armvm's SDL window under Xvfb.

    run_display.py [options] ARMVM [ARMVM-ARGS...]

Boots the images of images/fetch-linux.sh with the initramfs of
images/make-display-images.sh (--display-images DIR) and
console=tty0 console=ttyAMA0, with --display sdl and --screendump, in a
private Xvfb server.  Checks:
  fb       the frame buffer Linux made of the PL111 (640x480, 16 bpp) and the
           boot log on it: rows of a known pattern written to /dev/fb0 from
           the guest, then a screendump (SIGUSR1 to armvm): every pixel's
           colour fields, placed as the PL111 manual says for one of the two
           LCDControl BGR settings (the guest cannot read the register: its
           devmem may not map it), must be the top bits of the dump's 8-bit
           components, and red console text red; the monitor's screendump command
           (--monitor unix:) then writes the same picture;
  keys     keys typed into the window with xdotool arrive in the guest as
           /dev/input/event* key events with Linux's key codes (linux/input-
           event-codes.h), press and release, modifiers and extended keys;
  repeat   the guest sets the keyboard's repeat (display_helper.c: 500 ms, 100 ms,
           typematic byte 0x2c); a key held 3 s (xdotool keydown, keyup)
           gives the repeats that rate predicts (25; 10-40 allowed: X's own
           repeat, or Linux's default 250/33 ms, would give 58 or 83);
  mouse    a click grabs the mouse; moves and a button press then arrive as
           relative motion and BTN_LEFT on the mouse's event device;
  title    the window's title (xdotool getwindowname): running, the size
           and rate, the grab hint; "stopped" while the monitor's stop holds
           the core, when a SIGUSR1 screendump is still written; running
           again after cont; Ctrl-Alt-G releases the mouse; the rate
           follows the pixel clock the guest sets (display_helper.c: 31.5 MHz
           gives 75 Hz, as 31.5 MHz / (800 x 525 clocks), then back to 60).
With --wayland, armvm sees only WAYLAND_DISPLAY (SDL's Wayland driver) of a
weston running on the Xvfb server (its X11 backend: against the headless one,
which has no seat, SDL 2.26 crashes in SDL_Init); fb, keys and repeat are
checked, xdotool's keys reaching armvm through weston (mouse and title are
X11-only checks: xdotool cannot see a Wayland window).
Exit status: 0 pass, 1 a check failed, 77 Xvfb, xdotool (or weston) missing
(skip).
"""

import argparse
import gzip
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_linux import Guest, GuestError, emulator_argv  # noqa: E402
from timer_stress import cpio_newc  # noqa: E402

WIDTH, HEIGHT = 640, 480
PATTERN_ROWS = 8

# xdotool key names and the Linux key codes they must give, in order.
KEYS = ["a", "b", "shift+c", "Return", "Up", "ctrl+KP_Divide", "F1"]
# xdotool releases a chord's keys in the order it pressed them.
EXPECTED_KEYS = [(30, 1), (30, 0), (48, 1), (48, 0), (42, 1), (46, 1), (42, 0), (46, 0),
                 (28, 1), (28, 0), (103, 1), (103, 0), (29, 1), (98, 1), (29, 0), (98, 0),
                 (59, 1), (59, 0)]
EV_KEY, EV_REL, BTN_LEFT = 1, 2, 272
VGA_PIXCLOCK_PS = 39721        # 1e12 / 25175000, what Linux's fb reports


def pattern_value(x, y):
    """A 16-bit pixel value for each (x, y): every bit pattern shows up."""
    return (x * 97 + y * 1237 + (x * y) % 251) & 0xffff


# The 16-bit 5:6:5 pixel of ARM DDI 0293 (PL111 TRM) 3.3.7, as (length,
# offset) of red, green and blue: with LCDControl BGR clear red is in the low
# bits, with BGR set blue is.
LAYOUTS = {"RGB565 (BGR=0)": [5, 0, 6, 5, 5, 11], "BGR565 (BGR=1)": [5, 11, 6, 5, 5, 0]}


def count_colour(pix, main):
    """Pixels whose component `main` is bright and the other two dark."""
    n = 0
    for i in range(0, len(pix), 3):
        px = pix[i:i + 3]
        if px[main] >= 0x80 and all(px[c] < 0x20 for c in range(3) if c != main):
            n += 1
    return n


def mismatches(pix, layout):
    bad = 0
    for y in range(PATTERN_ROWS):
        for x in range(WIDTH):
            v = pattern_value(x, y)
            got = pix[3 * (y * WIDTH + x):3 * (y * WIDTH + x) + 3]
            for c in range(3):
                length, off = layout[2 * c], layout[2 * c + 1]
                if got[c] >> (8 - length) != (v >> off) & ((1 << length) - 1):
                    bad += 1
    return bad


def check_ok(guest, command, timeout):
    status, output, _ = guest.run(command, timeout)
    if status != 0:
        raise GuestError("%s: status %d: %r" % (command, status, output[-500:]))
    return output


def read_ppm(path):
    with open(path, "rb") as f:
        data = f.read()
    m = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)
    if not m:
        raise GuestError("screendump %s is not a binary PPM" % path)
    return int(m.group(1)), int(m.group(2)), data[m.end():]


def screendump(guest, path, timeout):
    if os.path.exists(path):
        os.unlink(path)
    os.kill(guest.proc.pid, signal.SIGUSR1)
    size = WIDTH * HEIGHT * 3
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if os.path.exists(path):
            try:
                w, h, pix = read_ppm(path)
                if len(pix) == size:
                    return w, h, pix
            except GuestError:
                pass
        time.sleep(0.2)
    raise GuestError("no complete screendump in %s after SIGUSR1" % path)


def monitor(sock, command, timeout):
    """The reply to one command over --monitor unix:sock."""
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(timeout)
    s.connect(sock)
    buf = b""
    for line in (None, command):
        if line:
            s.sendall(line.encode() + b"\n")
        buf = b""
        while not buf.endswith(b"(armvm) "):
            d = s.recv(4096)
            if not d:
                break
            buf += d
    s.close()
    return buf.decode()[:-len("(armvm) ")].strip()


def check_fb(guest, t, dump, sock):
    out = check_ok(guest, "cat /sys/class/graphics/fb0/virtual_size "
                   "/sys/class/graphics/fb0/bits_per_pixel", t)
    if "640,480" not in out or not re.search(r"^16$", out, re.M):
        raise GuestError("fb0 is not 640x480 at 16 bpp: %r" % out)
    # The boot log is on the screen already: something is not black.
    _, _, pix = screendump(guest, dump, t)
    if pix.count(0) == len(pix):
        raise GuestError("the screen is black: no boot log on the frame buffer")
    # Linux's own colours: red text on the console must be red on the screen.
    check_ok(guest, "echo 0 > /sys/class/graphics/fbcon/cursor_blink; "
             "printf '\\033[31mRRRRRRRRRRRRRRRR\\033[0m\\n' > /dev/tty0", t)
    _, _, pix = screendump(guest, dump, t)
    red, blue = count_colour(pix, 0), count_colour(pix, 2)
    if red < 100 or blue:
        raise GuestError("red console text: %d red and %d blue pixels" % (red, blue))
    data = b"".join(struct.pack("<H", pattern_value(x, y))
                    for y in range(PATTERN_ROWS) for x in range(WIDTH))
    # The pattern reaches the guest as printf octal escapes, in pieces that
    # fit the terminal's line buffer.
    check_ok(guest, ": > /tmp/pat", t)
    row = WIDTH * 2
    for i in range(0, len(data), 512):
        esc = "".join("\\%03o" % b for b in data[i:i + 512])
        check_ok(guest, "printf '%s' >> /tmp/pat" % esc, t)
    check_ok(guest, "dd if=/tmp/pat of=/dev/fb0 bs=%d 2>/dev/null" % row, t)
    w, h, pix = screendump(guest, dump, t)
    if (w, h) != (WIDTH, HEIGHT):
        raise GuestError("screendump is %dx%d" % (w, h))
    bad = {name: mismatches(pix, layout) for name, layout in LAYOUTS.items()}
    exact = [name for name, n in bad.items() if n == 0]
    if not exact:
        raise GuestError("pattern components differing from each layout: %r" % bad)
    # The monitor's screendump writes the same picture.
    mon_dump = dump + ".monitor"
    reply = monitor(sock, "screendump " + mon_dump, t)
    if reply or read_ppm(mon_dump)[2] != pix:
        raise GuestError("monitor screendump differs from SIGUSR1's (reply %r)" % reply)
    return "640x480x16, boot log and red text shown, %d pattern pixels exact as %s, " \
        "the monitor's screendump the same" % (
        PATTERN_ROWS * WIDTH, exact[0])


def event_device(guest, t, name):
    """The /dev/input/eventN of the input device whose name contains name."""
    out = check_ok(guest, "cat /proc/bus/input/devices", t)
    for block in out.split("\n\n"):
        if name in block:
            m = re.search(r"H: Handlers=.*\b(event\d+)", block)
            if m:
                return "/dev/input/" + m.group(1)
    raise GuestError("no input device %r: %r" % (name, out))


def read_events(guest, t, path):
    """(type, code, value) of the 32-bit ARM struct input_event in path."""
    out = check_ok(guest, "od -An -tx1 -v %s" % path, t)
    data = bytes(int(b, 16) for b in out.split())
    return [struct.unpack_from("<HHi", data, i + 8) for i in range(0, len(data) - 15, 16)]


def xdotool(display_env, *args):
    subprocess.run(["xdotool"] + list(args), check=True, env=display_env, timeout=30)


def start_capture(guest, t, dev, out):
    check_ok(guest, "(cat %s > %s &) ; sleep 1" % (dev, out), t)


def check_keys(guest, t, env, window, wayland=False):
    dev = event_device(guest, t, "Set 2 keyboard")
    start_capture(guest, t, dev, "/tmp/kev")
    xdotool(env, "windowfocus", "--sync", window)
    if wayland:   # weston takes X input events, not sent ones: XTEST; a click focuses
        xdotool(env, "mousemove", "--window", window, "300", "200", "click", "1")
    for name in KEYS:
        xdotool(env, "key", *([] if wayland else ["--window", window]), name)
        time.sleep(0.2)
    time.sleep(2)
    check_ok(guest, "killall cat; sleep 0.5", t)
    keys = [(c, v) for ty, c, v in read_events(guest, t, "/tmp/kev") if ty == EV_KEY and v != 2]
    if keys != EXPECTED_KEYS:
        raise GuestError("key events %r, want %r" % (keys, EXPECTED_KEYS))
    return "%d key events on %s as typed" % (len(keys), dev)


def check_repeat(guest, t, env, window):
    dev = event_device(guest, t, "Set 2 keyboard")
    out = check_ok(guest, "/display_helper rate %s 500 100" % dev, t)
    if "delay 500 period 100" not in out:
        raise GuestError("display_helper rate: %r" % out)
    start_capture(guest, t, dev, "/tmp/rev")
    xdotool(env, "windowfocus", "--sync", window)
    xdotool(env, "keydown", "a")
    time.sleep(3)
    xdotool(env, "keyup", "a")
    time.sleep(2)
    check_ok(guest, "killall cat; sleep 0.5", t)
    a = [v for ty, c, v in read_events(guest, t, "/tmp/rev") if ty == EV_KEY and c == 30]
    reps = a.count(2)
    if a[:1] != [1] or a[-1:] != [0] or a.count(1) != 1 or not 10 <= reps <= 40:
        raise GuestError("KEY_A values %r: want a press, 10-40 repeats, a release" % a)
    return "%s at 500/100 ms: a 3 s hold gave %d repeats (25 expected)" % (dev, reps)


def window_name(env, window, want, timeout=10):
    """The title once it contains want (the refresh timer sets it)."""
    end = time.monotonic() + timeout
    while True:
        name = subprocess.run(["xdotool", "getwindowname", window], env=env, timeout=30,
                              capture_output=True, text=True).stdout.strip()
        if want in name or time.monotonic() > end:
            break
        time.sleep(0.2)
    if want not in name:
        raise GuestError("window title %r, want %r in it" % (name, want))
    return name


def check_title(guest, t, env, window, sock, dump):
    grabbed = window_name(env, window, "armvm - running - 640x480 60 Hz - "
                          "Ctrl-Alt-G releases the mouse")
    if monitor(sock, "stop", t).find("stopped at") < 0:
        raise GuestError("the monitor did not stop the core")
    stopped = window_name(env, window, "armvm - stopped - ")
    screendump(guest, dump, t)
    monitor(sock, "cont", t)
    window_name(env, window, "armvm - running - ")
    xdotool(env, "key", "ctrl+alt+g")
    released = window_name(env, window, "click to grab the mouse")
    # A 31.5 MHz pixel clock (in OSC1's 23.75-63.5 MHz range) with VGA's
    # 800x525 clocks a frame: 75 Hz.
    out = check_ok(guest, "/display_helper pixclock 31746", t)
    if "pixclock 3174" not in out:
        raise GuestError("display_helper pixclock: %r" % out)
    faster = window_name(env, window, "640x480 75 Hz")
    check_ok(guest, "/display_helper pixclock %d" % VGA_PIXCLOCK_PS, t)
    window_name(env, window, "640x480 60 Hz")
    return "%r; %r with a screendump; %r; %r" % (grabbed, stopped, released, faster)


def make_initrd(display_images, program, work):
    """The display initramfs with /display_helper appended; returns its path."""
    path = os.path.join(work, "rootfs-display+helper.cpio.gz")
    shutil.copyfile(os.path.join(display_images, "rootfs-display.cpio.gz"), path)
    with open(program, "rb") as f, open(path, "ab") as out:
        out.write(gzip.compress(cpio_newc("display_helper", f.read()), mtime=0))
    return path


def check_mouse(guest, t, env, window):
    dev = event_device(guest, t, "PS/2 Generic Mouse")
    start_capture(guest, t, dev, "/tmp/mev")
    xdotool(env, "mousemove", "--window", window, "100", "100")
    xdotool(env, "click", "1")                  # grabs, not for the guest
    time.sleep(0.5)
    for _ in range(5):
        xdotool(env, "mousemove_relative", "--", "8", "4")
        time.sleep(0.1)
    xdotool(env, "click", "1")
    time.sleep(2)
    check_ok(guest, "killall cat; sleep 0.5", t)
    events = read_events(guest, t, "/tmp/mev")
    buttons = [(c, v) for ty, c, v in events if ty == EV_KEY]
    rel = [(c, v) for ty, c, v in events if ty == EV_REL]
    if buttons != [(BTN_LEFT, 1), (BTN_LEFT, 0)]:
        raise GuestError("button events %r, want BTN_LEFT press and release" % buttons)
    dx = sum(v for c, v in rel if c == 0)
    dy = sum(v for c, v in rel if c == 1)
    # Five moves of (8, 4) host pixels; Linux's REL_Y grows downwards.
    if (dx, dy) != (40, 20):
        raise GuestError("motion %+d,%+d, want +40,+20" % (dx, dy))
    return "BTN_LEFT press/release, motion %+d,%+d" % (dx, dy)


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--images", default=os.path.join(here, "..", "..", "images", "out"))
    p.add_argument("--display-images",
                   default=os.path.join(here, "..", "..", "images", "out-display"))
    p.add_argument("--helper", required=True, help="display_helper.c built for the guest")
    p.add_argument("--boot-timeout", type=float, default=600)
    p.add_argument("--step-timeout", type=float, default=300)
    p.add_argument("--timeout", type=float, default=900)
    p.add_argument("--transcript")
    p.add_argument("--wayland", action="store_true",
                   help="SDL's Wayland driver, in weston on Xvfb: fb, keys, repeat only")
    p.add_argument("command", nargs=argparse.REMAINDER)
    opts = p.parse_args(argv)
    if not shutil.which("Xvfb") or not shutil.which("xdotool") or \
            (opts.wayland and not shutil.which("weston")):
        print("SKIP: Xvfb, xdotool or weston missing (scripts/setup.sh installs them)")
        return 77
    work = tempfile.mkdtemp(prefix="armvm-display-")
    dump = os.path.join(work, "screen.ppm")
    sock = os.path.join(work, "monitor.sock")
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24",
                             "-nolisten", "tcp"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    number = xvfb.stdout.readline().decode().strip()
    env = dict(os.environ, DISPLAY=":" + number)
    os.environ["DISPLAY"] = env["DISPLAY"]
    os.environ.pop("SDL_VIDEODRIVER", None)
    weston = None
    if opts.wayland:
        # SDL 2.26 crashes in SDL_Init against weston's headless backend (no
        # seat): weston runs as an X11 client of Xvfb, with a seat, and
        # passes xdotool's keys on to the focused Wayland window (armvm's).
        weston = subprocess.Popen(["weston", "--backend=x11-backend.so", "--socket=armvm-wl",
                                   "--no-config"], env=dict(env, XDG_RUNTIME_DIR=work),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if os.path.exists(os.path.join(work, "armvm-wl")):
                break
            time.sleep(0.1)
        del os.environ["DISPLAY"]
        os.environ.update(XDG_RUNTIME_DIR=work, WAYLAND_DISPLAY="armvm-wl")
    initrd = make_initrd(opts.display_images, opts.helper, work)
    argv = emulator_argv("armvm", opts.command[0], opts.images,
                         ["--display", "sdl", "--screendump", dump,
                          "--monitor", "unix:" + sock] + opts.command[1:],
                         append="console=tty0 console=ttyAMA0", initrd=initrd)
    print("command:", " ".join(argv), flush=True)
    transcript = open(opts.transcript, "w") if opts.transcript else None
    guest = Guest(argv, time.monotonic() + opts.timeout, transcript)
    t = opts.step_timeout
    step = "boot"
    try:
        print("ok: boot: shell after %.1f s" % guest.wait_shell(opts.boot_timeout), flush=True)
        out = subprocess.run(["xdotool", "search"] + (["--class", "weston"] if weston
                                                         else ["--name", "^armvm"]),
                             env=env, capture_output=True, text=True, timeout=30).stdout.split()
        if not out:
            raise GuestError("no armvm (or weston) window on the X server")
        window = out[0]
        checks = (("fb", lambda: check_fb(guest, t, dump, sock)),
                  ("keys", lambda: check_keys(guest, t, env, window, bool(weston))),
                  ("repeat", lambda: check_repeat(guest, t, env, window)),
                  ("mouse", lambda: check_mouse(guest, t, env, window)),
                  ("title", lambda: check_title(guest, t, env, window, sock, dump)))
        for step, fn in checks[:3] if weston else checks:
            t0 = time.monotonic()
            result = fn()
            print("ok: %s (%.1f s): %s" % (step, time.monotonic() - t0, result), flush=True)
        step = "poweroff"
        status = guest.poweroff(t)
        if status != 0:
            raise GuestError("armvm exited with status %d" % status)
        w, h, _ = read_ppm(dump)
        print("ok: poweroff: exit status 0, screendump at the end %dx%d" % (w, h))
    except (GuestError, subprocess.SubprocessError) as e:
        print("FAIL: %s: %s" % (step, e))
        print(guest.tail())
        return 1
    finally:
        guest.kill()
        if weston:
            weston.terminate()
            weston.wait()
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(work)
    print("PASS: all checks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
