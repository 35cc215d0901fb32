#!/usr/bin/env bash
# The initramfs of the display tests, next to those of images/fetch-linux.sh
# (run it first; the kernel package it downloaded stays in images/cache/debs):
#   OUTDIR/rootfs-display.cpio.gz   rootfs.cpio.gz followed by a second
#                                   archive: ambakmi (PL050), psmouse and
#                                   evdev from the kernel package, and an
#                                   /init that loads them (images/init-display)
# Needs dpkg-deb, cpio and gzip.
#
#   images/make-display-images.sh [IMAGES [OUTDIR]]   (default images/out images/out-display)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
images=${1:-$here/out}
out=${2:-$here/out-display}
mkdir -p "$out"
. "$here/kernel-modules.sh"
stamp=$(cat "$0" "$here/kernel-modules.sh" "$here/init-display" "$here/init" "$images/VERSIONS" |
	sha256sum | cut -d' ' -f1)
up_to_date "$stamp" "$out/rootfs-display.cpio.gz" && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
moddir=$(kernel_modules "$work/kernel")/kernel
root=$work/root
mkdir -p "$root/lib/modules"
for m in ambakmi psmouse evdev; do
	ko=$(find "$moddir" -name "$m.ko")
	# None of them depends on another module (modinfo "depends" is empty).
	if strings -a "$ko" | grep -q '^depends=.'; then
		echo "make-display-images: $m needs modules init-display does not load" >&2
		exit 1
	fi
	cp "$ko" "$root/lib/modules/"
done
cp "$here/init-display" "$root/init"
cp "$here/init" "$root/init.base"
chmod 755 "$root/init" "$root/init.base"
initramfs "$root" "$out/rootfs-display.cpio.gz"
echo "$stamp" >"$out/STAMP"
echo "display images: $out/rootfs-display.cpio.gz"
