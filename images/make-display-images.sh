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
stamp=$(cat "$0" "$here/init-display" "$here/init" "$images/VERSIONS" | sha256sum | cut -d' ' -f1)
if [ -s "$out/rootfs-display.cpio.gz" ] && [ "$(cat "$out/STAMP" 2>/dev/null)" = "$stamp" ]; then
	exit 0
fi
kpkg=$(awk '$1 == "kernel" {print $2}' "$images/VERSIONS")
kdeb=$(ls "$here/cache/debs/${kpkg}"_*_armhf.deb | head -n 1)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$kdeb" "$work/kernel"
moddir=$(echo "$work"/kernel/lib/modules/*/kernel)
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
epoch=1700000000
find "$root" -exec touch -h -d "@$epoch" {} +
{
	cat "$images/rootfs.cpio.gz"
	(cd "$root" && find . -mindepth 1 | LC_ALL=C sort |
		cpio --quiet -o -H newc --owner=0:0 --reproducible) | gzip -9 -n
} >"$out/rootfs-display.cpio.gz"
echo "$stamp" >"$out/STAMP"
echo "display images: $out/rootfs-display.cpio.gz"
