#!/usr/bin/env bash
# Fetch Debian's armhf kernel (linux-image-armmp, followed to the versioned package) and
# busybox-static, extract the zImage and vexpress-v2p-ca9.dtb, and build a reproducible
# initramfs. Cached and idempotent: files already present are kept. The host's dpkg
# architectures are not touched: apt runs with armhf as its only architecture and with
# private list and cache directories.
#
#   images/fetch-linux.sh [OUTDIR]     (default images/out)
# Produces OUTDIR/{zImage, vexpress-v2p-ca9.dtb, rootfs.cpio.gz, VERSIONS}.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/out}
cache=$here/cache
mkdir -p "$out" "$cache/lists/partial" "$cache/archives/partial" "$cache/debs"
out=$(cd "$out" && pwd)   # the work below runs in other directories

if [ -s "$out/zImage" ] && [ -s "$out/vexpress-v2p-ca9.dtb" ] && [ -s "$out/rootfs.cpio.gz" ] &&
   [ -s "$out/VERSIONS" ]; then
	exit 0
fi

apt_opts=(-o APT::Architecture=armhf -o APT::Architectures=armhf
	  -o Dir::State::Lists="$cache/lists" -o Dir::Cache="$cache"
	  -o Dir::State::Status=/dev/null -o Debug::NoLocking=1 -q)

# A failing secondary index (a mirror mid-sync) is not fatal: apt says so and goes on.
apt-get "${apt_opts[@]}" update >"$cache/update.log" 2>&1 || true
kpkg=$(apt-cache "${apt_opts[@]}" depends linux-image-armmp 2>/dev/null |
       awk '/Depends: linux-image-[0-9]/ {print $2; exit}')
if [ -z "$kpkg" ]; then
	echo "fetch-linux: cannot resolve linux-image-armmp for armhf (see $cache/update.log)" >&2
	exit 1
fi

cd "$cache/debs"
for pkg in "$kpkg" busybox-static; do
	ls "${pkg}"_*_armhf.deb >/dev/null 2>&1 || apt-get "${apt_opts[@]}" download "$pkg" >/dev/null
done
kdeb=$(ls "${kpkg}"_*_armhf.deb | head -n 1)
bdeb=$(ls busybox-static_*_armhf.deb | head -n 1)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$kdeb" "$work/kernel"
dpkg-deb -x "$bdeb" "$work/busybox"
cp "$work"/kernel/boot/vmlinuz-* "$out/zImage"
cp "$(find "$work/kernel/usr/lib" -name vexpress-v2p-ca9.dtb | head -n 1)" "$out/vexpress-v2p-ca9.dtb"

# The initramfs: busybox and an /init that gives a shell on the console.
root=$work/root
mkdir -p "$root"/{bin,dev,proc,sys,tmp,root,etc}
cp "$work/busybox/bin/busybox" "$root/bin/busybox"
cp "$here/init" "$root/init"
chmod 755 "$root/init" "$root/bin/busybox"
ln -s busybox "$root/bin/sh"
epoch=1700000000
find "$root" -exec touch -h -d "@$epoch" {} +
(cd "$root" && find . -mindepth 1 | LC_ALL=C sort |
	cpio --quiet -o -H newc --owner=0:0 --reproducible) | gzip -9 -n >"$out/rootfs.cpio.gz"

{
	echo "kernel $(dpkg-deb -f "$kdeb" Package) $(dpkg-deb -f "$kdeb" Version)"
	echo "busybox $(dpkg-deb -f "$bdeb" Package) $(dpkg-deb -f "$bdeb" Version)"
	echo "rootfs.cpio.gz sha256 $(sha256sum "$out/rootfs.cpio.gz" | cut -d' ' -f1)"
} >"$out/VERSIONS"
cat "$out/VERSIONS"
