/*
 * ARM Dual-Timer Module SP804 (ARM DDI 0271), src/devices/sp804.c: two
 * down-counters clocked at 1 MHz (TIMCLK on the vexpress motherboard), one
 * combined interrupt output.
 */
#ifndef ARMVM_SP804_H
#define ARMVM_SP804_H

#include <stdbool.h>
#include <stdint.h>

#include "bus.h"
#include "vclock.h"

#define SP804_CLOCK_HZ 1000000u

struct sp804_timer {
	uint32_t load, control;
	bool raw_irq;
	struct countdown count;
	struct sp804 *owner;
};

struct sp804 {
	struct sp804_timer timer[2];
	struct vclock *clock;
	struct irq_line irq;          /* TIMINTC: either timer's masked interrupt */
};

extern const struct dev_ops sp804_ops;
void sp804_init(struct sp804 *s, struct vclock *clock);
/* Whether TIMINTC may still rise with no guest access (a timer counting with
 * its interrupt enabled). */
bool sp804_may_interrupt(const struct sp804 *s);

#endif
