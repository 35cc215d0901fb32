/*
 * PL050 keyboard/mouse interface with the PS/2 device behind it
 * (src/devices/pl050.c): a keyboard (scan code set 2) or a mouse (standard
 * PS/2, three buttons). The CPU thread owns it; host input reaches it from
 * display_service() (include/display.h).
 */
#ifndef ARMVM_PL050_H
#define ARMVM_PL050_H

#include <stdbool.h>
#include <stdint.h>

#include "bus.h"

#define PS2_QUEUE 16                  /* bytes the device holds for the host */

struct pl050 {
	bool mouse;                   /* the device: a mouse, else a keyboard */
	uint8_t cr, clkdiv;
	struct irq_line irq;
	/* The PS/2 device. */
	uint8_t queue[PS2_QUEUE];
	unsigned head, count;
	uint8_t pending_cmd;          /* a command waiting for its parameter, or 0 */
	bool scanning;                /* keyboard enabled / mouse data reporting */
	uint8_t rate;                 /* F3: mouse samples/s, keyboard typematic byte */
	uint8_t resolution, scaling;  /* mouse status (E9) */
	uint8_t buttons;              /* mouse buttons held: bit 0 left, 1 right, 2 middle */
};

extern const struct dev_ops pl050_ops;
void pl050_init(struct pl050 *s, bool mouse);
/* Keyboard: bytes of scan code set 2 from the host; false when the device
 * has no room now (offer them again later). Dropped while disabled. */
bool pl050_key(struct pl050 *s, const uint8_t *codes, unsigned n);
/* Mouse: relative motion (x right, y down, as the host gives it) and the
 * buttons held; false when the device has no room for the packet now. */
bool pl050_mouse(struct pl050 *s, int dx, int dy, uint8_t buttons);
/* The repeat delay and period a keyboard's typematic byte t asks for. */
void pl050_typematic(uint8_t t, unsigned *delay_ms, unsigned *period_us);

#endif
