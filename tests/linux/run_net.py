#!/usr/bin/env python3
"""Linux on the LAN9118 with user-mode networking, talking only to loopback.

    run_net.py [options] armvm ARMVM [ARMVM-ARGS...]
    run_net.py [options] qemu QEMU-SYSTEM-ARM [QEMU-ARGS...]

Boots the kernel of images/fetch-linux.sh with rootfs-sd.cpio.gz of
images/make-sd-images.sh (the busybox initramfs plus the smsc911x driver)
and armvm.net on the command line, so that its init configures eth0 by DHCP
(busybox udhcpc), with a forwarding of a free host port on 127.0.0.1 to
port 8080 of the guest. Checks:

  dhcp      eth0 has the address 10.0.2.15/24, the default route is via
            10.0.2.2 and /etc/resolv.conf names 10.0.2.3
  download  busybox wget fetches a file of --size random bytes from an HTTP
            server this script runs on 127.0.0.1 (the guest's 10.0.2.2); its
            md5sum in the guest is the host's (--download-only: this alone,
            with its time printed, for bench/)
  hostfwd   busybox httpd serves a page in the guest on port 8080; this
            script fetches it through the forwarded host port

QEMU's vexpress-a9 with -nic user,model=lan9118 is the oracle: the same script
passes on it. Exit status: 0 pass, 1 a check failed.
"""

import hashlib
import http.server
import os
import socket
import sys
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_linux import GuestError, check_ok  # noqa: E402
from sd_guest import booted, parser, report, sd_argv  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory):
    """An HTTP server for directory on 127.0.0.1, in a thread; its port."""
    handler = lambda *a, **k: QuietHandler(*a, directory=directory, **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def net_argv(kind, binary, opts, extra, fwd_port):
    argv = sd_argv(kind, binary, opts, extra, "console=ttyAMA0 armvm.net")
    fwd = "hostfwd=tcp:127.0.0.1:%d-:8080" % fwd_port
    if kind == "armvm":
        return argv + ["--net", "user," + fwd]
    return argv + ["-nic", "user,model=lan9118," + fwd]


def check_dhcp(guest, t):
    addr = check_ok(guest, "ip -4 addr show dev eth0", t, "ip addr")
    if "inet 10.0.2.15/24" not in addr:
        raise GuestError("eth0 has no DHCP address: %r" % addr)
    route = check_ok(guest, "ip route", t, "ip route")
    if "default via 10.0.2.2" not in route:
        raise GuestError("no default route via 10.0.2.2: %r" % route)
    resolv = check_ok(guest, "cat /etc/resolv.conf", t, "resolv.conf")
    if "nameserver 10.0.2.3" not in resolv:
        raise GuestError("resolv.conf: %r" % resolv)
    return "10.0.2.15/24 via 10.0.2.2, DNS 10.0.2.3"


def check_download(guest, t, port, digest, size):
    status, out, seconds = guest.run(
        "wget -q -O /tmp/blob http://10.0.2.2:%d/blob && md5sum /tmp/blob && rm /tmp/blob"
        % port, t, "wget")
    if status != 0 or out.split()[:1] != [digest]:
        raise GuestError("download: status %d, md5 %r, expected %s" % (status, out, digest))
    return seconds, "%d bytes, md5 %s in %.2f s (%.2f MiB/s)" % (
        size, digest, seconds, size / seconds / 2**20)


def check_hostfwd(guest, t, fwd_port):
    token = "armvm-net-%d" % os.getpid()
    check_ok(guest, "mkdir -p /www && echo %s > /www/index.html && httpd -p 8080 -h /www"
             % token, t, "httpd")
    end = time.monotonic() + t
    while True:
        try:
            url = "http://127.0.0.1:%d/index.html" % fwd_port
            with urllib.request.urlopen(url, timeout=30) as r:
                body = r.read().decode().strip()
            break
        except OSError as e:
            if time.monotonic() > end:
                raise GuestError("hostfwd: %s" % e)
            time.sleep(1)
    if body != token:
        raise GuestError("hostfwd: got %r, expected %r" % (body, token))
    return "the guest's httpd answered through 127.0.0.1:%d" % fwd_port


def main(argv):
    p = parser(__doc__)
    p.add_argument("--size", type=int, default=4 << 20, help="bytes to download")
    p.add_argument("--download-only", action="store_true")
    p.add_argument("--workdir", default="/tmp")
    opts = p.parse_args(argv)
    binary, extra = opts.command[0], opts.command[1:]
    os.makedirs(opts.workdir, exist_ok=True)
    www = os.path.join(opts.workdir, "net-www-%d" % os.getpid())
    os.makedirs(www)
    data = os.urandom(opts.size)
    with open(os.path.join(www, "blob"), "wb") as f:
        f.write(data)
    digest = hashlib.md5(data).hexdigest()
    server = serve(www)
    fwd_port = free_port()

    def body(transcript, steps):
        argv = net_argv(opts.kind, binary, opts, extra, fwd_port)
        with booted(argv, time.monotonic() + opts.boot_timeout + 4 * opts.step_timeout,
                    transcript) as guest:
            guest.wait_shell(opts.boot_timeout)
            t = opts.step_timeout
            steps.name = "dhcp"
            print("ok: dhcp: %s" % check_dhcp(guest, t), flush=True)
            steps.name = "download"
            seconds, result = check_download(guest, t, server.server_address[1], digest,
                                             opts.size)
            print("ok: download: %s" % result, flush=True)
            if opts.download_only:
                print("DOWNLOAD_SECONDS %.3f" % seconds)
            else:
                steps.name = "hostfwd"
                print("ok: hostfwd: %s" % check_hostfwd(guest, t, fwd_port), flush=True)
            steps.name = "poweroff"
            status = guest.poweroff(t)
            if status != 0:
                raise GuestError("the emulator exited with status %d" % status)

    def cleanup():
        server.shutdown()
        os.remove(os.path.join(www, "blob"))
        os.rmdir(www)

    return report(opts, body, cleanup)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
