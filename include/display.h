/*
 * The guest's screen, keyboard and mouse on the host (src/host/display.c):
 * the PL111 frame buffer in an SDL2 window refreshed from the host loop, SDL
 * key and mouse events turned into PS/2 input for the two PL050s, and
 * screendumps as binary PPM. SDL is called on the host loop's thread only.
 */
#ifndef ARMVM_DISPLAY_H
#define ARMVM_DISPLAY_H

#include <stdbool.h>
#include <stdint.h>

#include "bus.h"
#include "cpu.h"
#include "pl050.h"
#include "pl111.h"

struct hostloop;
struct display;

struct display_devices {
	struct pl111 *lcd;
	struct pl050 *kbd, *mouse;
	struct bus *bus;
	struct cpu *cpu;
	struct hostloop *host;
	const uint32_t *clcdclk;      /* the PL111's CLCDCLK in Hz, or NULL */
};

/* window: open an SDL window (else only screendumps); dump_path: the
 * --screendump file, written on SIGUSR1 and at the end, or NULL. Returns NULL
 * after one "armvm: ..." line when no window can be opened. */
struct display *display_create(const struct display_devices *dev, bool window,
			       const char *dump_path);
/* CPU thread: hand queued host input to the keyboard and mouse. */
void display_service(struct display *d);
/* CPU thread (hostloop_hold): the core is held (the monitor's stop, the
 * debugger, or both) or runs again; the window's title says which. */
void display_held(bool held);
/* Writes the --screendump file, closes the window. NULL is ignored. */
void display_destroy(struct display *d);
/* Write the guest screen as it is now to path (binary PPM, P6). 0, or -1
 * with errno (ENODEV: no display; ENODATA: the panel is off or its frame
 * buffer is not in RAM). */
int display_screendump(const char *path);
/* Set 2 scan code bytes (make, or break with release) of an SDL scancode
 * into out (at least 8 bytes); 0 for a key the PS/2 keyboard has not
 * (src/host/display_input.c). */
unsigned display_scancode(int sdl_scancode, bool release, uint8_t *out);

#endif
