#!/bin/bash
# The display options and a guest that programs the PL111 with nonsense.
#  - bad options, and --display sdl with no display to open: status 1 and one
#    "armvm:" line on stderr naming the problem;
#  - a guest (below) that sets the largest sizes with its frame buffer in
#    the flash, then running past the end of RAM, then a sane 640x480 5:6:5
#    screen in RAM, in an SDL window (SDL's offscreen driver): no crash, and
#    the screendump at the end is that screen, whose first pixel the guest
#    made 0xf800 with LCDControl BGR set: red at full strength (ARM DDI 0293
#    3.3.7: with BGR, red is in the pixel's high bits).
# Usage: display_bad_input.sh ARMVM WORKDIR
set -u
. "$(dirname "$0")/expect_error.sh"
# SDL sees only the X display the test gives (or none), never Wayland.
run_armvm() {
	env -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER DISPLAY="${DISPLAY:-}" timeout 20 "$@"
}

unset DISPLAY
printf '\xfe\xff\xff\xea' >"$work/spin.bin"          # ARM "b ."
run=(--kernel "$work/spin.bin" --max-insns 1000)
expect_error "unknown display" "unknown display 'gtk'" "${run[@]}" --display gtk
expect_error "no display to open" "--display sdl: cannot open a window" "${run[@]}" --display sdl
DISPLAY=:987 expect_error "no X server" "--display sdl: cannot open a window" "${run[@]}" --display sdl
expect_error "empty screendump name" "--screendump needs a file name" "${run[@]}" --screendump ""

# The guest, ARM code (assembled with arm-linux-gnueabihf-as):
#   movw r0, #0xf000; movt r0, #0x1001          r0: the CLCD
#   mvn r1, #0; str r1, [r0]; str r1, [r0, #4]  1024 x 1024
#   mov r2, #0; str r2, [r0, #0x10]             frame buffer in the flash
#   movw r3, #0x80b; str r3, [r0, #0x18]        enabled, powered, 24 bpp
#   mov r4, #0x1000000; 1: subs r4, r4, #1; bne 1b
#   movw r2, #0; movt r2, #0x6fff; str r2, [r0, #0x10]   64 KiB before RAM's end
#   mov r4, #0x1000000; 2: subs r4, r4, #1; bne 2b
#   movw r1, #156; str r1, [r0]; movw r1, #479; str r1, [r0, #4]   640 x 480
#   movw r2, #0; movt r2, #0x6010; str r2, [r0, #0x10]
#   movw r3, #0x90d; str r3, [r0, #0x18]       16 bpp 5:6:5, BGR
#   movw r1, #0xf800; str r1, [r2]; 3: b 3b
words="e30f0000 e3410001 e3e01000 e5801000 e5801004 e3a02000 e5802010 e300380b
e5803018 e3a04401 e2544001 1afffffd e3002000 e3462fff e5802010 e3a04401 e2544001
1afffffd e300109c e5801000 e30011df e5801004 e3002000 e3462010 e5802010 e300390d
e5803018 e30f1800 e5821000 eafffffe"
for w in $words; do
	printf "\\x${w:6:2}\\x${w:4:2}\\x${w:2:2}\\x${w:0:2}"
done >"$work/lcd.bin"
SDL_VIDEODRIVER=offscreen timeout 300 "$armvm" --kernel "$work/lcd.bin" --display sdl \
	--screendump "$work/screen.ppm" --max-insns 100000000 >"$work/stdout" 2>"$work/stderr" </dev/null
status=$?
first=$(tail -c $((640 * 480 * 3)) "$work/screen.ppm" 2>/dev/null | head -c 3 | od -An -tx1 | tr -d ' ')
header=$(head -c 15 "$work/screen.ppm" 2>/dev/null | tr '\n' ' ')
if [ "$status" -eq 0 ] && [ "$header" = "P6 640 480 255 " ] && [ "$first" = "ff0000" ]; then
	echo "ok: nonsense programming survived; screendump $header, first pixel $first"
else
	echo "FAIL: nonsense programming: status $status, header '$header', first pixel '$first'"
	sed 's/^/    /' "$work/stderr"
	failures=$((failures + 1))
fi

[ "$failures" -eq 0 ] && echo "PASS" || echo "FAILED: $failures"
[ "$failures" -eq 0 ]
