#!/usr/bin/env bash
# Install what armvm needs to build, test, run and benchmark on Debian 12, then check
# that every tool, header and library it relies on is really there.
#
#   bash scripts/setup.sh            install what is missing (apt-get, through sudo when
#                                    not root), then check
#   bash scripts/setup.sh --check    only check; one line per missing piece, naming its
#                                    package, and a non-zero exit
#
# Needs only bash, dpkg and apt-get, which every Debian 12 has. Every package is named:
# nothing comes from "recommended" packages. ARMVM_SETUP_OMIT="pkg ..." leaves packages
# out of the install (scripts/fresh-check.sh --omit uses it to show that the check
# names a missing package).
set -euo pipefail

# What each package is for.
packages=(
	make gcc libc6-dev binutils cmake pkg-config # the build
	libelf-dev libuv1-dev libcmocka-dev libfdt-dev libsdl2-dev libslirp-dev # armvm's libraries
	gcc-arm-linux-gnueabihf binutils-arm-linux-gnueabihf libc6-dev-armhf-cross # guests
	qemu-system-arm # the tests' and the bench's oracle
	gdb-multiarch # the gdb stub's tests
	python3 bc # test and bench drivers
	device-tree-compiler cpio gzip xz-utils e2fsprogs # guest images and the DTB tests
	clang-14 libclang-rt-14-dev # libFuzzer (make check-fuzz)
	xvfb xdotool weston # the display tests: X server, typing into the window, Wayland
)

check_only=0
[ "${1:-}" = "--check" ] && check_only=1

failures=()
fail() { failures+=("armvm setup: $1"); }

# need_cmd PACKAGE COMMAND...: each command must be on PATH.
need_cmd() {
	local pkg=$1 c
	shift
	for c in "$@"; do
		command -v "$c" >/dev/null 2>&1 || fail "'$c' not found (package $pkg)"
	done
}

# need_pc PACKAGE MODULE: pkg-config must find the library.
need_pc() {
	if ! command -v pkg-config >/dev/null 2>&1; then
		fail "cannot look for $2 without pkg-config (package $1)"
	elif ! pkg-config --exists "$2"; then
		fail "pkg-config cannot find $2 (package $1)"
	fi
}

# need_compile PACKAGE COMPILER SOURCE FLAGS...: COMPILER must build SOURCE, which
# needs PACKAGE.
need_compile() {
	local pkg=$1 cc=$2 src=$3
	shift 3
	if ! command -v "$cc" >/dev/null 2>&1; then
		fail "cannot check the files of $pkg without $cc (package $pkg)"
	elif ! printf '%s\n' "$src" | "$cc" -x c - -o "$tmp/a.out" "$@" >"$tmp/cc.log" 2>&1; then
		fail "$cc cannot build a program that needs $pkg: $(grep -m1 -i error "$tmp/cc.log") (package $pkg)"
	fi
}

check() {
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' RETURN
	need_cmd make make
	need_cmd gcc gcc
	need_cmd binutils as ld objdump
	need_cmd cmake cmake
	need_cmd pkg-config pkg-config
	need_cmd python3 python3
	need_cmd bc bc
	need_cmd gcc-arm-linux-gnueabihf arm-linux-gnueabihf-gcc
	need_cmd binutils-arm-linux-gnueabihf arm-linux-gnueabihf-as arm-linux-gnueabihf-ld \
		arm-linux-gnueabihf-objdump arm-linux-gnueabihf-objcopy
	need_cmd qemu-system-arm qemu-system-arm
	need_cmd gdb-multiarch gdb-multiarch
	need_cmd device-tree-compiler dtc
	need_cmd cpio cpio
	need_cmd gzip gzip
	need_cmd xz-utils xz
	need_cmd e2fsprogs mke2fs fsck.ext4 debugfs
	need_cmd binutils strings
	need_cmd clang-14 clang-14
	need_cmd xvfb Xvfb
	need_cmd xdotool xdotool
	need_cmd weston weston
	need_compile libc6-dev gcc '#include <stdio.h>
int main(void) { return puts("") < 0; }'
	need_compile libc6-dev-armhf-cross arm-linux-gnueabihf-gcc '#include <string.h>
int main(void) { return (int)strlen(""); }'
	need_compile libfdt-dev gcc '#include <libfdt.h>
int main(void) { return fdt_check_header(0) == 0; }' -lfdt
	need_compile libclang-rt-14-dev clang-14 '#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' \
		-fsanitize=fuzzer
	need_pc libelf-dev libelf
	need_pc libuv1-dev libuv
	need_pc libslirp-dev slirp
	need_pc libcmocka-dev cmocka
	need_pc libsdl2-dev sdl2
	if command -v qemu-system-arm >/dev/null 2>&1 &&
	   ! qemu-system-arm -M help 2>/dev/null | grep -q '^vexpress-a9 '; then
		fail "qemu-system-arm does not run or lacks vexpress-a9 (package qemu-system-arm)"
	fi
	if [ ${#failures[@]} -ne 0 ]; then
		printf '%s\n' "${failures[@]}" >&2
		return 1
	fi
}

if [ $check_only -eq 0 ]; then
	missing=()
	for p in "${packages[@]}"; do
		case " ${ARMVM_SETUP_OMIT:-} " in *" $p "*) continue ;; esac
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
			missing+=("$p")
	done
	if [ ${#missing[@]} -ne 0 ]; then
		sudo=""
		if [ "$(id -u)" -ne 0 ]; then
			command -v sudo >/dev/null 2>&1 || {
				echo "armvm setup: installing ${missing[*]} needs root, and sudo is not installed" >&2
				exit 1
			}
			sudo="sudo"
		fi
		echo "armvm setup: installing ${missing[*]}"
		$sudo apt-get update -q
		$sudo env DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -q --no-install-recommends "${missing[@]}"
	fi
fi
check
