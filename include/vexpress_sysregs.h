/*
 * Versatile Express motherboard system registers (ARM DUI 0447),
 * src/devices/vexpress_sysregs.c.
 */
#ifndef ARMVM_VEXPRESS_SYSREGS_H
#define ARMVM_VEXPRESS_SYSREGS_H

#include <stdbool.h>
#include <stdint.h>

#include "bus.h"
#include "cpu.h"

#define VEXPRESS_SYSREGS_MB_OSCS 6
#define VEXPRESS_SYSREGS_DB_OSCS 3

struct vexpress_sysregs {
	uint32_t sys_id, proc_id0, proc_id1;
	uint32_t leds, flags, nvflags, mci;
	uint32_t cfgdata, cfgctrl, cfgstat;
	uint32_t mb_osc[VEXPRESS_SYSREGS_MB_OSCS];   /* Hz */
	uint32_t db_osc[VEXPRESS_SYSREGS_DB_OSCS];   /* Hz */
	struct cpu *cpu;                 /* SHUTDOWN and REBOOT stop it */
	uint64_t (*clock_ns)(void *ctx); /* SYS_24MHZ and SYS_100HZ time source */
	void *clock_ctx;
	uint64_t start_ns;
};

extern const struct dev_ops vexpress_sysregs_ops;
/* Set up the registers of a V2M-P1 motherboard carrying the CoreTile A9x4
 * daughterboard; counters read clock_ns(clock_ctx). */
void vexpress_sysregs_init(struct vexpress_sysregs *s, struct cpu *cpu,
			   uint64_t (*clock_ns)(void *ctx), void *clock_ctx);

#endif
