#!/usr/bin/env bash
# Install what armvm needs to build, test and run on Debian 12 (only what is missing).
set -euo pipefail

packages=(
	build-essential cmake pkg-config
	libelf-dev libuv1-dev libcmocka-dev libfdt-dev device-tree-compiler libsdl2-dev
	gcc-arm-linux-gnueabihf binutils-arm-linux-gnueabihf
	qemu-system-arm cpio xz-utils
)

missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "armvm setup: installing ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
