#!/bin/bash
# cpu_linux.sh: the CPU benchmark set inside the Linux guest, as Debian builds
# user programs: each tests/guest/progs/cpu_*.c with the host runtime
# (tests/guest/rt/rt_host.c) by arm-linux-gnueabihf-gcc -O2 (Thumb-2,
# hard-float, PIE, dynamically linked against the cross toolchain's Debian
# armhf libc, which goes into the initramfs with ld-linux-armhf.so.3).
#
#   bench/cpu_linux.sh [BUILD_DIR]        (default: build)
#
# The busybox initramfs of images/fetch-linux.sh gets an overlay whose /init
# runs each program, prints the guest's seconds for it (from /proc/uptime: the
# guest clock follows the host's, so these are wall times and load-sensitive)
# and powers off.  Per emulator: those seconds and the CPU time (user+system)
# of the whole run, boot included.  BENCH_SCALE (default 0.5) multiplies the
# programs' bench scales (bench/cpu_set.py); BENCH_MODES the armvm --mmu modes
# (default "espt softmmu auto").  Every program's output must equal the host
# build's.  Nothing is asserted; the table goes to stdout.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=$(cd "${1:-$root/build}" && pwd)
images=$root/images/out
scale=${BENCH_SCALE:-0.5}
modes=${BENCH_MODES:-espt softmmu auto}
cc=${ARM_GUEST_CC:-arm-linux-gnueabihf-gcc}
libs=$(dirname "$($cc -print-file-name=libc.so.6)")
rt=$root/tests/guest/rt
work=$(mktemp -d /tmp/cpu_linux.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ov/bin" "$work/ov/lib"
progs="list:500 matrix:600 state:4000 crc:2500 mix:1400 mpi:1200 div:500"
names=""
for p in $progs; do
	n=${p%%:*}; s=$(awk "BEGIN{print int(${p##*:} * $scale)}")
	flags="-O2 -std=gnu11 -funsigned-char -I$rt -DCPU_SCALE=$s"
	src="$root/tests/guest/progs/cpu_$n.c $rt/rt_fmt.c $rt/rt_host.c"
	$cc $flags $src -o "$work/ov/bin/cpu_$n"
	cc $flags $src -o "$work/host_$n"
	"$work/host_$n" > "$work/want_$n"
	names="$names $n"
done
for l in ld-linux-armhf.so.3 libc.so.6; do cp -L "$libs/$l" "$work/ov/lib/"; done
cat > "$work/ov/init" <<EOF
#!/bin/sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
for n in$names; do
	s=\$(cut -d' ' -f1 /proc/uptime); /bin/cpu_\$n > /tmp/out; e=\$(cut -d' ' -f1 /proc/uptime)
	echo "BENCH \$n \$(awk "BEGIN{print \$e - \$s}") \$(md5sum < /tmp/out | cut -c1-32)"
done
poweroff -f
EOF
chmod +x "$work/ov/init"
(cd "$work/ov" && find . | cpio -o -H newc 2>/dev/null | gzip) | cat "$images/rootfs.cpio.gz" - > "$work/rd"
boot=(--kernel "$images/zImage" --dtb "$images/vexpress-v2p-ca9.dtb" --initrd "$work/rd")
run() {   # run NAME COMMAND...: one row
	local name=$1 row out; shift
	out=$(/usr/bin/time -f "CPU %U %S" "$@" < /dev/null 2>&1 | tr -d '\r')
	row="| $name |"
	for n in $names; do
		local line want; line=$(grep "^BENCH $n " <<< "$out" || true)
		want=$(md5sum < "$work/want_$n" | cut -c1-32)
		[ "$(cut -d' ' -f4 <<< "$line")" = "$want" ] || row="$row !"
		row="$row $(cut -d' ' -f3 <<< "$line") |"
	done
	echo "$row $(awk '/^CPU/ {print $2 + $3}' <<< "$out") |"
}
echo "| emulator |$(for n in $names; do printf ' cpu_%s s |' "$n"; done) CPU s |"
echo "|---|$(for n in $names; do printf -- '---|'; done)---|"
if command -v qemu-system-arm > /dev/null; then
	QEMU_AUDIO_DRV=none run qemu qemu-system-arm -M vexpress-a9 -m 256M -kernel "$images/zImage" \
		-dtb "$images/vexpress-v2p-ca9.dtb" -initrd "$work/rd" -append "console=ttyAMA0 quiet" \
		-display none -monitor none -serial stdio -no-reboot
fi
for m in $modes; do
	run "armvm $m" "$build/armvm" "${boot[@]}" --append "console=ttyAMA0 quiet" --mmu "$m"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg); ! marks output that differs from the host build's"
