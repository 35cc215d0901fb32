/*
 * The Cortex-A9 MPCore private peripherals other than the GIC (DDI 0407):
 * the Snoop Control Unit (src/devices/a9_scu.c), the private timer and
 * watchdog (src/devices/a9_twd.c) and the global timer (src/devices/a9_gtimer.c),
 * for CPU 0 of a one-core cluster.
 */
#ifndef ARMVM_A9_PRIVATE_H
#define ARMVM_A9_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>

#include "bus.h"
#include "vclock.h"

/* PERIPHCLK of the private timers; Linux calibrates the rate against the SP804. */
#define A9_PERIPHCLK_HZ 100000000u

/* One tick of a private timer: PERIPHCLK divided by the prescaler in its
 * control register's bits [15:8], plus one (Cortex-A9 MPCore TRM 4.1, 4.3). */
static inline uint64_t a9_tick_ns(uint32_t control)
{
	return (uint64_t)((control >> 8 & 0xff) + 1) * (1000000000u / A9_PERIPHCLK_HZ);
}

struct a9_scu {
	uint32_t control;
};
extern const struct dev_ops a9_scu_ops;

struct a9_twd_timer {
	uint32_t load, control;
	bool event;
	struct countdown count;
	struct a9_twd *owner;
	struct irq_line irq;
};

struct a9_twd {
	struct a9_twd_timer timer, watchdog;   /* at +0x00 and +0x20 */
	uint32_t wd_reset_status, wd_disable_seq;
	struct vclock *clock;
};
extern const struct dev_ops a9_twd_ops;
void a9_twd_init(struct a9_twd *t, struct vclock *clock);
/* Whether a timer's interrupt may still rise with no guest access (counting,
 * IRQ enabled): the board's "WFI can never end" notice asks every source. */
bool a9_twd_may_interrupt(const struct a9_twd_timer *t);

struct a9_gtimer {
	uint32_t control;
	uint64_t comparator;
	uint32_t autoinc;
	bool event;
	uint64_t base_count;          /* counter value at base_ns */
	uint64_t base_ns;
	struct vclock *clock;
	struct vtimer match;
	struct irq_line irq;          /* PPI 11 */
};
extern const struct dev_ops a9_gtimer_ops;
void a9_gtimer_init(struct a9_gtimer *g, struct vclock *clock);
bool a9_gtimer_may_interrupt(const struct a9_gtimer *g);

#endif
