/*
 * CP15 c9 and c14: the Cortex-A9 performance monitors (ARM ARM C12, B4.1.116-
 * B4.1.128; Cortex-A9 TRM 11), as QEMU 7.2's cortex-a9 exposes them: PMCR reads
 * IMP 0x41, IDCODE 0x09, N = 6 counters; the PMEVCNTRn/PMEVTYPERn (c14 c8-c15)
 * and PMCCFILTR encodings answer too. PL0 may use every register but PMUSERENR
 * writes and PMINTENSET/CLR when PMUSERENR.EN is set, and may always read
 * PMUSERENR.
 *
 * The enable, overflow, interrupt-enable and select registers are kept; the
 * counters themselves are not modelled (no storage in struct cp15): they read
 * as zero and ignore writes.
 */
#include "ctl.h"

#define PMCR_IDENT     0x41093000u   /* IMP 0x41, IDCODE 0x09, N 6 */
#define PMCR_WRITABLE  0xf9u         /* E, D, X, DP and bits 7:6; P and C reset */
#define PMU_COUNTERS   0x8000003fu   /* cycle counter and counters 0-5 */

#define PMU_KEY(crn, crm, opc2) ((crn) << 7 | (crm) << 3 | (opc2))

/* The c14 event counter/type encodings for counter n < 6, and PMCCFILTR. */
static bool pmu_is_event_reg(unsigned crn, unsigned crm, unsigned opc2)
{
	if (crn != 14)
		return false;
	if (crm == 8 || crm == 12)
		return opc2 < 6;
	return crm == 15 && opc2 == 7;
}

/* Whether the access reaches the register at all (B4.1.127 PMUSERENR.EN). */
static bool pmu_access(const struct cpu *cpu, unsigned key, bool write)
{
	if (cpu_privileged(cpu))
		return true;
	if (key == PMU_KEY(9, 14, 0))
		return !write;
	if (key == PMU_KEY(9, 14, 1) || key == PMU_KEY(9, 14, 2))
		return false;
	return cpu->cp15.pmuserenr & 1;
}

bool cp15_pmu_read(struct cpu *cpu, unsigned opc1, unsigned crn, unsigned crm,
		   unsigned opc2, uint32_t *val)
{
	const struct cp15 *c = &cpu->cp15;
	unsigned key = PMU_KEY(crn, crm, opc2);
	if (opc1 != 0)
		return false;
	switch (key) {
	case PMU_KEY(9, 12, 0): *val = PMCR_IDENT | c->pmcr; break;
	case PMU_KEY(9, 12, 1):
	case PMU_KEY(9, 12, 2): *val = c->pmcnten; break;
	case PMU_KEY(9, 12, 3): *val = c->pmovsr; break;
	case PMU_KEY(9, 12, 5): *val = c->pmselr; break;
	case PMU_KEY(9, 14, 0): *val = c->pmuserenr; break;
	case PMU_KEY(9, 14, 1):
	case PMU_KEY(9, 14, 2): *val = c->pmintenset; break;
	/* PMCCNTR, PMXEVTYPER, PMXEVCNTR and the c14 counters: not modelled. */
	case PMU_KEY(9, 13, 0): case PMU_KEY(9, 13, 1): case PMU_KEY(9, 13, 2):
		*val = 0;
		break;
	default:
		if (!pmu_is_event_reg(crn, crm, opc2))
			return false;
		*val = 0;
		break;
	}
	return pmu_access(cpu, key, false);
}

bool cp15_pmu_write(struct cpu *cpu, unsigned opc1, unsigned crn, unsigned crm,
		    unsigned opc2, uint32_t val)
{
	struct cp15 *c = &cpu->cp15;
	unsigned key = PMU_KEY(crn, crm, opc2);
	if (opc1 != 0)
		return false;
	switch (key) {
	case PMU_KEY(9, 12, 0): case PMU_KEY(9, 12, 1): case PMU_KEY(9, 12, 2):
	case PMU_KEY(9, 12, 3): case PMU_KEY(9, 12, 4): case PMU_KEY(9, 12, 5):
	case PMU_KEY(9, 13, 0): case PMU_KEY(9, 13, 1): case PMU_KEY(9, 13, 2):
	case PMU_KEY(9, 14, 0): case PMU_KEY(9, 14, 1): case PMU_KEY(9, 14, 2):
		break;
	default:
		if (!pmu_is_event_reg(crn, crm, opc2))
			return false;
		break;
	}
	if (!pmu_access(cpu, key, true))
		return false;
	switch (key) {
	case PMU_KEY(9, 12, 0): c->pmcr = val & PMCR_WRITABLE; break;
	case PMU_KEY(9, 12, 1): c->pmcnten |= val & PMU_COUNTERS; break;
	case PMU_KEY(9, 12, 2): c->pmcnten &= ~val; break;
	case PMU_KEY(9, 12, 3): c->pmovsr &= ~val; break;
	case PMU_KEY(9, 12, 5): c->pmselr = val & 0x1f; break;
	case PMU_KEY(9, 14, 0): c->pmuserenr = val & 1; break;
	case PMU_KEY(9, 14, 1): c->pmintenset |= val & PMU_COUNTERS; break;
	case PMU_KEY(9, 14, 2): c->pmintenset &= ~val; break;
	default: break;   /* PMSWINC and the counters: not modelled */
	}
	return true;
}
