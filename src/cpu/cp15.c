/*
 * The system control coprocessor, CP15, of a Cortex-A9 (ARM ARM B4.1, B6.1;
 * Cortex-A9 TRM r0p0 chapter 4), as QEMU 7.2's cortex-a9 on
 * "-M vexpress-a9,secure=off" presents it: the guest sees neither the Security
 * nor the Virtualization Extensions. The encodings this file accepts, their
 * values and writable bits were recorded from that QEMU by a guest that reads
 * and writes every (opc1, CRn, CRm, opc2) at PL1 and PL0 (tests/unit/test_cp15.c
 * holds the result). Where QEMU keeps a register this core has no storage for
 * (the A9 power/diagnostic registers, FCSEIDR), it reads as zero and ignores
 * writes, as the architecture allows for IMPLEMENTATION DEFINED registers.
 *
 * Identification registers are in cp15_id.c, the performance monitors in
 * cp15_pmu.c, CP14 in cp14.c.
 */
#include <stdatomic.h>

#include "cpu.h"
#include "ctl.h"
#include "dbt.h"
#include "mem.h"
#include "mmu.h"

/* (CRn, opc1, CRm, opc2) as one number, for the switches below. */
#define CP15_KEY(crn, opc1, crm, opc2) ((crn) << 11 | (opc1) << 7 | (crm) << 3 | (opc2))

/* SCTLR bits software can change on Cortex-A9: M, A, C, SW, Z, I, V, RR, EE,
 * TRE, AFE, TE; the others keep their reset value 0x00c50078. */
#define SCTLR_WRITABLE 0x72007c07u
#define SCTLR_RESET    0x00c50078u
/* CPACR: cp10/cp11 access and ASEDIS/D32DIS, as QEMU's cortex-a9 keeps them. */
#define CPACR_WRITABLE 0xc0f00000u
/* Short-descriptor TTBCR has only N here (PD0/PD1 are Security Extensions). */
#define TTBCR_WRITABLE 0x7u
#define VBAR_WRITABLE  0xffffffe0u
#define PAR_WRITABLE   0xfffff6ffu
/* The MPCore private region of the vexpress-a9 board (its DTB), as CBAR. */
#define CBAR_VEXPRESS_A9 0x1e000000u

/* Writes that change translation drop the software TLB (a DACR write: the
 * entries of the changed domains) and tell the translator what changed (with
 * the old value). */
static void cp15_set_translation_reg(struct cpu *cpu, uint32_t *reg, uint32_t val,
				     enum dbt_tlbi what)
{
	if (*reg != val) {
		uint32_t old = *reg;
		*reg = val;
		if (reg == &cpu->cp15.dacr)
			tlb_flush_domains(cpu, old, val);
		else
			tlb_flush(cpu);
		if (cpu->dbt)
			dbt_tlb_maintenance(cpu->dbt, what, old);
	}
}

/* The translator's view of a TLB operation (B4.2.3): opc2 0 all, 1 by MVA and
 * ASID, 2 by ASID, 3 by MVA for all ASIDs. */
static void cp15_tlb_op(struct cpu *cpu, unsigned opc2, uint32_t val)
{
	static const enum dbt_tlbi op_of[] = {
		DBT_TLBI_ALL, DBT_TLBI_VA, DBT_TLBI_ASID, DBT_TLBI_VA_ALL_ASID
	};
	if (opc2 & 1)
		tlb_flush_va(cpu, val);   /* by MVA: the entries of that address only */
	else
		tlb_flush(cpu);
	if (cpu->dbt)
		dbt_tlb_maintenance(cpu->dbt, op_of[opc2 & 3], val);
}

/* ATS1C{P,U}{R,W} (B4.2.4, c7 c8 0-3): translate and report in PAR, in the
 * short-descriptor format (B4.1.112). Like QEMU, report only the address and
 * NS = 1 (every access is Non-secure to QEMU without the Security Extensions),
 * no memory attributes. */
#define PAR_NS (1u << 9)

static void cp15_ats(struct cpu *cpu, unsigned opc2, uint32_t va)
{
	struct translation t;
	uint32_t fsr;
	enum access acc = (opc2 & 1) ? ACCESS_WRITE : ACCESS_READ;
	if (!mmu_translate(cpu, va, acc, opc2 >= 2, &t, &fsr))
		cpu->cp15.par = (fsr >> 12 & 1) << 6 | (fsr >> 10 & 1) << 5 | (fsr & 0xf) << 1 | 1;
	else if (t.page_size == 1u << 24)
		/* PAR, short-descriptor format (B4.1.112): a supersection reports
		 * PA[31:24] with SS set, anything else PA[31:12]. */
		cpu->cp15.par = (t.pa & 0xff000000u) | 1u << 1 | PAR_NS;
	else
		cpu->cp15.par = (t.pa & 0xfffff000u) | PAR_NS;
}

/* TLB maintenance (B4.2.3, c8): every operation of the short-descriptor
 * ARMv7 set with the Multiprocessing Extensions. */
static bool cp15_is_tlb_op(unsigned opc1, unsigned crm, unsigned opc2)
{
	if (opc1 != 0)
		return false;
	switch (crm) {
	case 3: case 7: return opc2 <= 3;   /* inner shareable / unified */
	case 5: case 6: return opc2 <= 2;   /* instruction / data */
	default: return false;
	}
}

static bool cp15_read(struct cpu *cpu, unsigned opc1, unsigned crn, unsigned crm,
		      unsigned opc2, uint32_t *val)
{
	const struct cp15 *c = &cpu->cp15;
	unsigned key = CP15_KEY(crn, opc1, crm, opc2);

	/* Readable from PL0 (B4.1.150-151). */
	if (key == CP15_KEY(13, 0, 0, 2)) {
		*val = c->tpidrurw;
		return true;
	}
	if (key == CP15_KEY(13, 0, 0, 3)) {
		*val = c->tpidruro;
		return true;
	}
	if (crn == 9 || crn == 14)
		return cp15_pmu_read(cpu, opc1, crn, crm, opc2, val);
	if (!cpu_privileged(cpu))
		return false;
	if (crn == 0)
		return cp15_id_read(cpu, opc1, crm, opc2, val);
	/* QEMU decodes every encoding of c3 as DACR. */
	if (crn == 3) {
		*val = c->dacr;
		return true;
	}
	/* c10 c0, c1, c4, c8: TLB lockdown, RAZ/WI. */
	if (crn == 10 && (crm == 0 || crm == 1 || crm == 4 || crm == 8)) {
		*val = 0;
		return true;
	}

	switch (key) {
	case CP15_KEY(1, 0, 0, 0): *val = c->sctlr; return true;
	case CP15_KEY(1, 0, 0, 2): *val = c->cpacr; return true;
	case CP15_KEY(2, 0, 0, 0): *val = c->ttbr0; return true;
	case CP15_KEY(2, 0, 0, 1): *val = c->ttbr1; return true;
	case CP15_KEY(2, 0, 0, 2): *val = c->ttbcr; return true;
	case CP15_KEY(5, 0, 0, 0): *val = c->dfsr; return true;
	case CP15_KEY(5, 0, 0, 1): *val = c->ifsr; return true;
	case CP15_KEY(6, 0, 0, 0): *val = c->dfar; return true;
	case CP15_KEY(6, 0, 0, 2): *val = c->ifar; return true;
	case CP15_KEY(7, 0, 4, 0): *val = c->par; return true;
	case CP15_KEY(10, 0, 2, 0): *val = c->prrr; return true;
	case CP15_KEY(10, 0, 2, 1): *val = c->nmrr; return true;
	case CP15_KEY(12, 0, 0, 0): *val = c->vbar; return true;
	case CP15_KEY(13, 0, 0, 1): *val = c->contextidr; return true;
	case CP15_KEY(13, 0, 0, 4): *val = c->tpidrprw; return true;
	/* ISR (B4.1.86): pending FIQ and IRQ; no asynchronous aborts. */
	case CP15_KEY(12, 0, 1, 0):
		*val = (atomic_load_explicit(&cpu->irq_line, memory_order_relaxed) ? CPSR_I : 0) |
		       (atomic_load_explicit(&cpu->fiq_line, memory_order_relaxed) ? CPSR_F : 0);
		return true;
	case CP15_KEY(15, 4, 0, 0): *val = CBAR_VEXPRESS_A9; return true;
	/* RAZ/WI: ACTLR (a constant in QEMU), ADFSR/AIFSR, WFAR, FCSEIDR, the A9
	 * power control, diagnostic and NEON busy registers, TLB lockdown
	 * VA/PA/attributes. */
	case CP15_KEY(1, 0, 0, 1):
	case CP15_KEY(5, 0, 1, 0): case CP15_KEY(5, 0, 1, 1):
	case CP15_KEY(6, 0, 0, 1):
	case CP15_KEY(13, 0, 0, 0):
	case CP15_KEY(15, 0, 0, 0): case CP15_KEY(15, 0, 0, 1): case CP15_KEY(15, 0, 0, 2):
	case CP15_KEY(15, 0, 1, 0):
	case CP15_KEY(15, 5, 5, 2): case CP15_KEY(15, 5, 6, 2): case CP15_KEY(15, 5, 7, 2):
		*val = 0;
		return true;
	default:
		return false;
	}
}

static bool cp15_write(struct cpu *cpu, unsigned opc1, unsigned crn, unsigned crm,
		       unsigned opc2, uint32_t val)
{
	struct cp15 *c = &cpu->cp15;
	unsigned key = CP15_KEY(crn, opc1, crm, opc2);

	/* Writable from PL0: TPIDRURW and the CP15 barrier operations (B4.2.1). */
	switch (key) {
	case CP15_KEY(13, 0, 0, 2):
		c->tpidrurw = val;
		return true;
	case CP15_KEY(7, 0, 5, 4):    /* CP15ISB */
	case CP15_KEY(7, 0, 10, 4):   /* CP15DSB */
	case CP15_KEY(7, 0, 10, 5):   /* CP15DMB */
		return true;
	default:
		break;
	}
	if (crn == 9 || crn == 14)
		return cp15_pmu_write(cpu, opc1, crn, crm, opc2, val);
	if (!cpu_privileged(cpu))
		return false;
	if (crn == 3) {
		cp15_set_translation_reg(cpu, &c->dacr, val, DBT_DACR_CHANGE);
		return true;
	}
	if (crn == 10 && (crm == 0 || crm == 1 || crm == 4 || crm == 8))
		return true;
	/* c7, opc1 0: cache and branch predictor maintenance (B4.2.1) are NOPs,
	 * caches are not modelled; QEMU accepts every CRm/opc2 here. */
	if (crn == 7 && opc1 == 0) {
		if (crm == 4 && opc2 == 0)
			c->par = val & PAR_WRITABLE;
		else if (crm == 8 && opc2 <= 3)
			cp15_ats(cpu, opc2, val);
		return true;
	}
	if (crn == 8) {
		if (!cp15_is_tlb_op(opc1, crm, opc2))
			return false;
		cp15_tlb_op(cpu, opc2, val);
		return true;
	}

	switch (key) {
	case CP15_KEY(0, 2, 0, 0):
		c->csselr = val & 0xf;
		return true;
	case CP15_KEY(1, 0, 0, 0):
		cp15_set_translation_reg(cpu, &c->sctlr,
					 (val & SCTLR_WRITABLE) | (SCTLR_RESET & ~SCTLR_WRITABLE),
					 DBT_TLBI_ALL);
		return true;
	case CP15_KEY(1, 0, 0, 2): c->cpacr = val & CPACR_WRITABLE; return true;
	case CP15_KEY(2, 0, 0, 0): cp15_set_translation_reg(cpu, &c->ttbr0, val, DBT_ASID_CHANGE); return true;
	case CP15_KEY(2, 0, 0, 1): cp15_set_translation_reg(cpu, &c->ttbr1, val, DBT_TLBI_ALL); return true;
	case CP15_KEY(2, 0, 0, 2):
		cp15_set_translation_reg(cpu, &c->ttbcr, val & TTBCR_WRITABLE, DBT_TLBI_ALL);
		return true;
	case CP15_KEY(5, 0, 0, 0): c->dfsr = val; return true;
	case CP15_KEY(5, 0, 0, 1): c->ifsr = val; return true;
	case CP15_KEY(6, 0, 0, 0): c->dfar = val; return true;
	case CP15_KEY(6, 0, 0, 2): c->ifar = val; return true;
	case CP15_KEY(10, 0, 2, 0): c->prrr = val; return true;
	case CP15_KEY(10, 0, 2, 1): c->nmrr = val; return true;
	case CP15_KEY(12, 0, 0, 0): c->vbar = val & VBAR_WRITABLE; return true;
	case CP15_KEY(13, 0, 0, 1): cp15_set_translation_reg(cpu, &c->contextidr, val, DBT_ASID_CHANGE);
		return true;
	case CP15_KEY(13, 0, 0, 3): c->tpidruro = val; return true;
	case CP15_KEY(13, 0, 0, 4): c->tpidrprw = val; return true;
	/* Writes ignored: the RAZ/WI registers of cp15_read, ADFSR/AIFSR, and the
	 * TLB lockdown operations of c15 opc1 5. */
	case CP15_KEY(1, 0, 0, 1):
	case CP15_KEY(5, 0, 1, 0): case CP15_KEY(5, 0, 1, 1):
	case CP15_KEY(6, 0, 0, 1):
	case CP15_KEY(13, 0, 0, 0):
	case CP15_KEY(15, 0, 0, 0): case CP15_KEY(15, 0, 0, 1): case CP15_KEY(15, 0, 0, 2):
	case CP15_KEY(15, 0, 1, 0):
	case CP15_KEY(15, 5, 4, 2): case CP15_KEY(15, 5, 4, 4):
	case CP15_KEY(15, 5, 5, 2): case CP15_KEY(15, 5, 6, 2): case CP15_KEY(15, 5, 7, 2):
		return true;
	default:
		return false;
	}
}

bool coproc_read(struct cpu *cpu, unsigned cp, unsigned opc1, unsigned crn,
		 unsigned crm, unsigned opc2, uint32_t *val)
{
	if (cp == 15)
		return cp15_read(cpu, opc1, crn, crm, opc2, val);
	if (cp == 14)
		return cp14_read(cpu, opc1, crn, crm, opc2, val);
	return false;
}

bool coproc_write(struct cpu *cpu, unsigned cp, unsigned opc1, unsigned crn,
		  unsigned crm, unsigned opc2, uint32_t val)
{
	if (cp == 15)
		return cp15_write(cpu, opc1, crn, crm, opc2, val);
	if (cp == 14)
		return cp14_write(cpu, opc1, crn, crm, opc2, val);
	return false;
}
