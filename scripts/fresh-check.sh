#!/usr/bin/env bash
# Prove the README's two commands on a clean Debian 12: build a minimal Debian 12 root
# with debootstrap (from the Debian archive this machine uses), copy the repository in
# (its tracked and untracked, not ignored, files), and there
#   1. `scripts/setup.sh --check` must fail and name every package it would install;
#   2. the README's test command, `bash scripts/setup.sh && make check`, must pass;
#   3. the README's main command, `make run`, must reach the busybox shell prompt on a
#      pseudo-terminal, and Ctrl-A x must quit it.
# With --omit PKG, only: the setup command with PKG left out of the install must fail
# with a line that names PKG.
#
#   sudo scripts/fresh-check.sh [--omit PKG] [--keep] [DIR]   (default DIR: /var/tmp/armvm-fresh)
#
# Needs root (debootstrap, chroot, mounts) and about 3 GiB in DIR. Slow (about 15 to 30
# minutes): not part of `make check`.
set -euo pipefail

omit="" keep=0
while [ $# -gt 0 ]; do
	case $1 in
	--omit) omit=$2; shift 2 ;;
	--keep) keep=1; shift ;;
	-*) echo "fresh-check: unknown option $1" >&2; exit 2 ;;
	*) break ;;
	esac
done
root=${1:-/var/tmp/armvm-fresh}
repo=$(cd "$(dirname "$0")/.." && pwd)
mirror=$(awk '/^URIs:/ {print $2; exit} /^deb / {print $2; exit}' \
	/etc/apt/sources.list.d/debian.sources /etc/apt/sources.list 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || { echo "fresh-check: needs root (debootstrap and chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null ||
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap

start=$(date +%s)
stamp() { echo "fresh-check: [$(($(date +%s) - start)) s] $*"; }

unmount() {
	for m in dev/pts dev proc sys; do
		if mountpoint -q "$root/$m"; then umount -l "$root/$m"; fi
	done
}
trap 'unmount; [ $keep -eq 1 ] || rm -rf "$root"' EXIT
unmount
rm -rf "$root"
stamp "debootstrap bookworm (minbase) from $mirror into $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
	{ tail -20 "$root.debootstrap.log"; exit 1; }
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
EOF
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mkdir -p "$root/root/armvm"
(cd "$repo" && git ls-files -co --exclude-standard -z | tar --null -T - -cf -) |
	tar -xf - -C "$root/root/armvm"

# in_root COMMAND: run a shell command in the new root, with a clean environment.
in_root() {
	chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
		PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		ARMVM_SETUP_OMIT="$omit" bash -c "cd /root/armvm && $1"
}

if [ -n "$omit" ]; then
	stamp "setup without $omit"
	if in_root "bash scripts/setup.sh" >"$root.omit.log" 2>&1; then
		echo "fresh-check: FAIL: setup passed without $omit"; exit 1
	fi
	grep "armvm setup:.*$omit" "$root.omit.log" || {
		tail -20 "$root.omit.log"; echo "fresh-check: FAIL: no line names $omit"; exit 1; }
	stamp "PASS: setup without $omit fails and names it"
	exit 0
fi

stamp "1. setup.sh --check on the bare root names every package"
in_root "bash scripts/setup.sh --check" >"$root.bare.log" 2>&1 && {
	echo "fresh-check: FAIL: the check passed on a bare root"; exit 1; }
pkgs=$(sed -n '/^packages=(/,/^)/p' "$repo/scripts/setup.sh" | sed '1d;$d;s/#.*//')
for p in $pkgs; do
	in_root "dpkg-query -W -f='\${Status}' $p 2>/dev/null" | grep -q "install ok installed" &&
		continue # part of the base system (gzip)
	grep -q "(package $p)\|needs $p\|package $p " "$root.bare.log" ||
		{ cat "$root.bare.log"; echo "fresh-check: FAIL: no check names $p"; exit 1; }
done

stamp "2. bash scripts/setup.sh && make check"
in_root "bash scripts/setup.sh && make check" 2>&1 | tee "$root.check.log" | tail -40
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fresh-check: FAIL: make check (log $root.check.log)"; exit 1; }
stamp "make check passed"

stamp "3. make run on a pseudo-terminal: the shell prompt, then Ctrl-A x"
python3 - "$root" <<'EOF' || { echo "fresh-check: FAIL: make run"; exit 1; }
import os, pty, re, select, sys, time
root = sys.argv[1]
pid, fd = pty.fork()
if pid == 0:
    os.execvp("chroot", ["chroot", root, "/usr/bin/env", "-i", "HOME=/root", "TERM=xterm",
                         "PATH=/usr/sbin:/usr/bin:/sbin:/bin", "bash", "-c",
                         "cd /root/armvm && make run"])
out, deadline, sent = b"", time.time() + 600, False
while time.time() < deadline:
    r, _, _ = select.select([fd], [], [], 1)
    if r:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    # The prompt ("~ # ") may be followed by busybox's cursor-position query.
    if not sent and re.search(rb"busybox shell ready.*# ", out, re.S):
        os.write(fd, b"\x01x")
        sent = True
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode(errors="replace")[-600:] + "\n")
sys.exit(0 if sent and os.waitstatus_to_exitcode(status) == 0 else 1)
EOF
stamp "PASS: the README's commands work on a clean Debian 12"
