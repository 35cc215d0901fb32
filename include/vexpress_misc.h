/*
 * Small vexpress-a9 devices whose state is a few registers: the SP810 system
 * controller (src/devices/sp810.c), the L2C-310 cache controller
 * (src/devices/l2c310.c) and the PL031 real-time clock (src/devices/pl031.c).
 */
#ifndef ARMVM_VEXPRESS_MISC_H
#define ARMVM_VEXPRESS_MISC_H

#include <stdbool.h>
#include <stdint.h>

#include "bus.h"
#include "vclock.h"

struct sp810 {
	uint32_t scctrl;
};
extern const struct dev_ops sp810_ops;

struct l2c310 {
	uint32_t control, aux_control, tag_latency, data_latency;
	uint32_t filter_start, filter_end, debug_control, prefetch_control, power_control;
	uint32_t lockdown[16];
};
extern const struct dev_ops l2c310_ops;

struct pl031 {
	uint32_t match, imsc;
	bool raw_irq;
	int64_t offset_s;             /* RTC seconds = host wall time + offset */
	struct vclock *clock;
	uint64_t wall_at_start_s;     /* host wall-clock seconds at virtual time 0 */
	struct vtimer match_timer;
	struct irq_line irq;
};
extern const struct dev_ops pl031_ops;
/* wall_now_s: the host's wall clock (seconds since the epoch) at virtual time 0. */
void pl031_init(struct pl031 *s, struct vclock *clock, uint64_t wall_now_s);
/* Whether RTCINTR may still rise with no guest access (a match to come, unmasked). */
bool pl031_may_interrupt(const struct pl031 *s);

#endif
