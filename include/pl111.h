/*
 * PL111 colour LCD controller (src/devices/pl111.c). The CPU thread owns the
 * registers; the display (src/host/display.c) reads a consistent copy of what
 * they ask for with pl111_mode(), from any thread.
 */
#ifndef ARMVM_PL111_H
#define ARMVM_PL111_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "bus.h"

struct pl111 {
	uint32_t timing[4], upbase, lpbase, control, imsc, ris;
	uint16_t palette[256];
	struct irq_line irq;
	pthread_mutex_t lock;         /* guards the registers against pl111_mode() */
};

/* What the panel shows: width x height pixels of bpp bits (1-32, 24 bpp is
 * one 32-bit word) from guest physical base, stride bytes per line. */
struct pl111_mode {
	uint32_t base, width, height, stride;
	unsigned format;              /* LCDControl LcdBpp */
	bool bgr, bepo;
	uint64_t frame_clocks;        /* CLCDCLK cycles a frame takes */
	uint32_t palette[256];        /* as 0x00RRGGBB */
};

extern const struct dev_ops pl111_ops;
void pl111_init(struct pl111 *s);
/* The mode in force, or false while the panel is off (nothing drawn). */
bool pl111_mode(struct pl111 *s, struct pl111_mode *m);
/* One line of frame buffer (stride bytes at src) as 0x00RRGGBB pixels. */
void pl111_convert_line(const struct pl111_mode *m, const uint8_t *src, uint32_t *dst);

#endif
