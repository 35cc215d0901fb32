#!/usr/bin/env bash
# A full Debian 12 (bookworm) armhf root file system on an SD card image,
# booted with the kernel of images/fetch-linux.sh and the SD initramfs of
# images/make-sd-images.sh (run both first):
#   1. debootstrap --foreign on the host (the first stage: the packages of
#      the default variant unpacked, not configured), from the Debian mirror
#      of the host's apt sources (or $MIRROR);
#   2. the kernel package's modules into its /lib/modules, and
#      /armvm-second-stage, which runs as PID 1 in the guest;
#   3. an ext4 image made with mke2fs -d (2 GiB, sparse; a power of two, as
#      QEMU's SD card wants);
#   4. the second stage (debootstrap --second-stage, depmod, the root
#      password "armvm", a serial console on ttyAMA0, an fstab) run inside
#      armvm: init=/armvm-second-stage, which syncs and powers off.
# The result, OUTDIR/debian.img, boots to a login prompt with systemd as
# PID 1 (tests/linux/run_debian.py times that under armvm and QEMU).
# Needs debootstrap (apt-get install debootstrap), dpkg-deb, mke2fs and root:
# debootstrap creates device nodes and files owned by other users, and
# mke2fs -d copies the owners it sees (so under fakeroot, run the whole script
# in one fakeroot session).
#
#   images/make-debian-image.sh [ARMVM [IMAGES [SDIMAGES [OUTDIR]]]]
#     (default build/armvm images/out images/out-sd images/out-debian)
# With ARMVM a qemu-system-arm, QEMU's vexpress-a9 runs the second stage (the
# oracle when armvm fails it).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
armvm=${1:-$here/../build/armvm}
images=${2:-$here/out}
sdimages=${3:-$here/out-sd}
out=${4:-$here/out-debian}
for tool in debootstrap dpkg-deb mke2fs; do
	command -v "$tool" >/dev/null || PATH=$PATH:/usr/sbin:/sbin command -v "$tool" >/dev/null || {
		echo "make-debian-image: $tool is missing (apt-get install debootstrap e2fsprogs dpkg)" >&2
		exit 1
	}
done
PATH=$PATH:/usr/sbin:/sbin
[ "$(id -u)" = 0 ] || { echo "make-debian-image: run as root (or under fakeroot)" >&2; exit 1; }
command -v "$armvm" >/dev/null || { echo "make-debian-image: no armvm at $armvm (build it first)" >&2; exit 1; }
"$here/make-sd-images.sh" "$images" "$sdimages" >/dev/null
# The first deb.debian.org-like mirror of the host's apt sources.
mirror=${MIRROR:-$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
	grep -oE 'https?://[^ ]*/debian/?( |$)' | head -n 1 | tr -d ' ' || true)}
mirror=${mirror:-http://deb.debian.org/debian}
mkdir -p "$out"
work=$(mktemp -d "$out/work.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root

echo "make-debian-image: first stage from $mirror" >&2
debootstrap --foreign --arch=armhf bookworm "$root" "$mirror" >"$work/stage1.log" ||
	{ tail "$work/stage1.log" "$root/debootstrap/debootstrap.log" >&2; exit 1; }
# In a container debootstrap makes /proc a symbolic link to the host's.
rm -f "$root/proc" && mkdir -p "$root/proc"

. "$here/kernel-modules.sh"
modules=$(kernel_modules "$work/kernel")
kver=${modules##*/}
mkdir -p "$root/usr/lib/modules"
cp -a "$modules" "$root/usr/lib/modules/"

cat >"$root/armvm-second-stage" <<EOF
#!/bin/sh
# PID 1 of the guest for the second stage (images/make-debian-image.sh).
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
if /debootstrap/debootstrap --second-stage; then
	depmod -a $kver
	echo root:armvm | chpasswd
	echo armvm >/etc/hostname
	echo '/dev/mmcblk0 / ext4 errors=remount-ro 0 1' >/etc/fstab
	systemctl enable serial-getty@ttyAMA0.service
	rm /armvm-second-stage
	echo "armvm: second stage done"
else
	tail -n 40 /debootstrap/debootstrap.log
	echo "armvm: second stage failed"
fi
# debootstrap --second-stage unmounts /proc and /sys: the SysRq trigger needs
# /proc again. Every file system read-only (u: queued work, hence the wait),
# then power off (o).
sync
mount -t proc proc /proc 2>/dev/null
echo u >/proc/sysrq-trigger
sleep 2
echo o >/proc/sysrq-trigger
sleep 60
EOF
chmod 755 "$root/armvm-second-stage"

rm -f "$out/debian.img"
mke2fs -q -t ext4 -L debian -d "$root" "$out/debian.img" 2G
echo "make-debian-image: second stage in armvm (console: $out/second-stage.log)" >&2
start=$(date +%s)
boot=(--kernel "$images/zImage" --dtb "$images/vexpress-v2p-ca9.dtb"
	--initrd "$sdimages/rootfs-sd.cpio.gz" --append "console=ttyAMA0 armvm.sdroot init=/armvm-second-stage")
case $(basename "$armvm") in
qemu*) boot=(-M vexpress-a9 -m 512M -display none -monitor none -serial stdio -no-reboot
	-drive "if=sd,format=raw,file=$out/debian.img" "${boot[@]/#--/-}") ;;
*) boot=(--memory 512M --sd "$out/debian.img" "${boot[@]}") ;;
esac
timeout 7200 "$armvm" "${boot[@]}" </dev/null >"$out/second-stage.log" 2>&1 || true
grep -q "armvm: second stage done" "$out/second-stage.log" || {
	tail -n 40 "$out/second-stage.log" >&2
	echo "make-debian-image: the second stage failed" >&2
	exit 1
}
# Files still open at the power-off (this PID 1 script, which removed itself)
# are on the orphan list: fsck's preen mode releases them, as a boot would.
# Anything it cannot fix alone (status 4 or more) is an error.
status=0
e2fsck -fp "$out/debian.img" >/dev/null || status=$?
[ "$status" -lt 4 ] || { echo "make-debian-image: fsck failed ($status)" >&2; exit 1; }
echo "make-debian-image: $out/debian.img ($(($(date +%s) - start)) s in $(basename "$armvm"))"
