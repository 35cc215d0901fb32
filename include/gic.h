/*
 * The Cortex-A9 MPCore interrupt controller (ARM GIC architecture v1, IHI 0048A,
 * as integrated in the Cortex-A9 MPCore, DDI 0407): one distributor and the CPU
 * interface of CPU 0 (src/devices/gic.c).
 */
#ifndef ARMVM_GIC_H
#define ARMVM_GIC_H

#include <stdbool.h>
#include <stdint.h>

#include "bus.h"

#define GIC_NR_IRQS 96          /* 32 private (SGI, PPI) + 64 shared, as QEMU's a9mpcore */
#define GIC_SPURIOUS 1023u
#define GIC_SPI(n) (32u + (n))  /* Shared Peripheral Interrupt n */
#define GIC_PPI(n) (16u + (n))  /* Private Peripheral Interrupt n */

struct gic {
	bool dist_enabled, cpu_enabled;
	uint8_t priority[GIC_NR_IRQS];
	uint8_t sgi_source[16];            /* pending SGI sources (CPU mask) */
	bool enabled[GIC_NR_IRQS], pending[GIC_NR_IRQS], active[GIC_NR_IRQS];
	bool level[GIC_NR_IRQS];           /* input line levels */
	bool edge[GIC_NR_IRQS];            /* ICDICFR: edge-triggered */
	uint8_t pmr, bpr;
	struct irq_line irq_out;           /* nIRQ to the core */
};

extern const struct dev_ops gic_dist_ops, gic_cpu_ops;

void gic_init(struct gic *g);
/* An interrupt input: set_level(gic, irq number, level); use as irq_line.set. */
void gic_set_irq(void *gic, unsigned irq, int level);
/* Whether interrupt irq, once pending, would be signalled to the core as the
 * GIC is now (enabled, for CPU 0, inactive, above the mask and running priority). */
bool gic_can_signal(const struct gic *g, unsigned irq);

#endif
