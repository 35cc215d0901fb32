#!/usr/bin/env bash
# The images of the SD card tests, next to those of images/fetch-linux.sh (run
# it first; the kernel package it downloaded stays in images/cache/debs):
#   OUTDIR/rootfs-sd.cpio.gz   rootfs.cpio.gz followed by a second archive:
#                              the modules the card needs (armmmci: the PL181
#                              driver; ext4; the LAN9118 driver smsc911x and
#                              its PHY's smsc; and what they depend on, from
#                              each module's modinfo "depends" and "softdep"),
#                              an /init that loads them (images/init-sd) and
#                              busybox udhcpc's script (images/udhcpc.script)
#   OUTDIR/sd.img              a 64 MiB ext4 file system (mke2fs -d): a root
#                              file system (busybox, images/init as /init)
#                              and /hello.txt
# Needs dpkg-deb, cpio, gzip, mke2fs and debugfs (e2fsprogs).
#
#   images/make-sd-images.sh [IMAGES [OUTDIR]]   (default images/out images/out-sd)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
images=${1:-$here/out}
out=${2:-$here/out-sd}
mkdir -p "$out"
. "$here/kernel-modules.sh"
# Rebuilt when this script, an init or the fetched images change.
stamp=$(cat "$0" "$here/kernel-modules.sh" "$here/init-sd" "$here/udhcpc.script" "$here/init" \
	"$images/VERSIONS" | sha256sum | cut -d' ' -f1)
up_to_date "$stamp" "$out/rootfs-sd.cpio.gz" "$out/sd.img" && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
moddir=$(kernel_modules "$work/kernel")/kernel

# A module's dependencies, from the .modinfo strings of the .ko itself.
deps() {
	strings -a "$(find "$moddir" -name "$1.ko")" |
		sed -n -e 's/^depends=//p' -e 's/^softdep=pre: crypto-//p' | tr ',' '\n'
}
root=$work/root
mkdir -p "$root/lib/modules"
for m in armmmci crc16 mbcache crc32c_generic jbd2 ext4 libphy smsc smsc911x; do
	cp "$(find "$moddir" -name "$m.ko")" "$root/lib/modules/"
done
# Every dependency must be in the list init-sd loads, before its user.
for m in armmmci ext4 jbd2 smsc smsc911x; do
	for d in $(deps "$m"); do
		[ -e "$root/lib/modules/$d.ko" ] || [ -e "$root/lib/modules/${d}_generic.ko" ] || {
			echo "make-sd-images: $m needs $d, which init-sd does not load" >&2
			exit 1
		}
	done
done
cp "$here/init-sd" "$root/init"
cp "$here/init" "$root/init.base"
mkdir -p "$root/etc"
cp "$here/udhcpc.script" "$root/etc/udhcpc.script"
chmod 755 "$root/init" "$root/init.base" "$root/etc/udhcpc.script"
initramfs "$root" "$out/rootfs-sd.cpio.gz"

bdeb=$(ls "$here"/cache/debs/busybox-static_*_armhf.deb | head -n 1)
dpkg-deb -x "$bdeb" "$work/busybox"
fs=$work/fs
mkdir -p "$fs"/{bin,dev,proc,sys,tmp,root,mnt}
cp "$work/busybox/bin/busybox" "$fs/bin/busybox"
ln -s busybox "$fs/bin/sh"
cp "$here/init" "$fs/init"
chmod 755 "$fs/init" "$fs/bin/busybox"
echo "hello from the host" >"$fs/hello.txt"
find "$fs" -exec touch -h -d "@$epoch" {} +
rm -f "$out/sd.img"
E2FSPROGS_FAKE_TIME=$epoch mke2fs -q -t ext4 -U 5d0c5e2a-8b1e-4c6f-9a51-3a2d7e0c1b40 \
	-E hash_seed=5d0c5e2a-8b1e-4c6f-9a51-3a2d7e0c1b40,root_owner=0:0 \
	-d "$fs" "$out/sd.img" 64M
# mke2fs -d copies each file's ctime, which touch cannot set: pin them too, so that
# the image is the same bytes on every run.
(cd "$fs" && find . -mindepth 1 | sed "s|^\.\(.*\)|sif \1 ctime @$epoch|") >"$work/ctimes"
debugfs -w -f "$work/ctimes" "$out/sd.img" >/dev/null 2>&1
echo "$stamp" >"$out/STAMP"
echo "sd images: $out/rootfs-sd.cpio.gz $out/sd.img"
