# Sourced by the images/make-*-images.sh scripts, with $here (images/),
# $images (fetch-linux.sh's output) and $out set.

# up_to_date STAMP FILE...: every FILE is there and $out/STAMP holds STAMP
# (a hash of the scripts and inputs that made them).
up_to_date() {
	local f
	for f in "${@:2}"; do
		[ -s "$f" ] || return 1
	done
	[ "$(cat "$out/STAMP" 2>/dev/null)" = "$1" ]
}

# kernel_modules DIR: the kernel package the zImage came from (its .deb stays
# in images/cache/debs) unpacked into DIR; prints its lib/modules/VERSION.
kernel_modules() {
	local kpkg kdeb
	kpkg=$(awk '$1 == "kernel" {print $2}' "$images/VERSIONS")
	kdeb=$(ls "$here/cache/debs/${kpkg}"_*_armhf.deb | head -n 1)
	dpkg-deb -x "$kdeb" "$1"
	echo "$1"/lib/modules/*
}

# initramfs ROOT FILE: FILE is rootfs.cpio.gz followed by a second archive
# of ROOT (owned by root, with fixed times, so that it is reproducible).
epoch=1700000000
initramfs() {
	find "$1" -exec touch -h -d "@$epoch" {} +
	{
		cat "$images/rootfs.cpio.gz"
		(cd "$1" && find . -mindepth 1 | LC_ALL=C sort |
			cpio --quiet -o -H newc --owner=0:0 --reproducible) | gzip -9 -n
	} >"$2"
}
