/*
 * ARM PrimeCell UART PL011 (ARM DDI 0183), src/devices/pl011.c.
 */
#ifndef ARMVM_PL011_H
#define ARMVM_PL011_H

#include <stdbool.h>
#include <stdint.h>

#include "bus.h"

#define PL011_RX_FIFO 32u

struct pl011 {
	uint32_t cr, lcr_h, ibrd, fbrd, ifls, imsc, ris, dmacr, ilpr;
	uint8_t rx_fifo[PL011_RX_FIFO];
	unsigned rx_head, rx_count;
	void (*rx_room)(void *ctx);          /* the FIFO has room again (may be NULL) */
	void *rx_room_ctx;
	struct irq_line irq;                 /* UARTINTR (combined) */
	void (*tx)(void *ctx, uint8_t c);    /* NULL: output is discarded */
	void *tx_ctx;
	bool warned_disabled;
};

extern const struct dev_ops pl011_ops;
/* Set up a UART whose transmitted characters go to tx(ctx, c). */
void pl011_init(struct pl011 *s, void (*tx)(void *ctx, uint8_t c), void *ctx);
/* A character arrives on the line; false when the receive FIFO is full. */
bool pl011_receive(void *uart, uint8_t c);
/* Whether UARTINTR may still rise with no guest access: only a received
 * character can raise it then (input: characters may still arrive). */
bool pl011_may_interrupt(const struct pl011 *s, bool input);

#endif
