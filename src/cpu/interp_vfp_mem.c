/*
 * Semantics of the VFP loads and stores (VLDR, VSTR, VLDM, VSTM; ARM ARM A8.8)
 * and of the transfers between core and extension registers (VMOV forms, VMRS,
 * VMSR; A8.8 and B9.3). Accesses are MemA: word-aligned or an alignment fault.
 * Every load happens before any register changes, so an abort leaves the
 * instruction restartable.
 *
 * The UNPREDICTABLE uses of the PC as Rt/Rt2 behave as in QEMU: a read gives
 * the PC value, a write branches (BranchWritePC), except that VMOV Rt, Sn with
 * Rt = PC sets APSR.NZCV (the old FMSTAT form).
 */
#include "mem.h"
#include "vfp.h"

/* A doubleword from two words in memory order (ARM ARM: word2:word1 when
 * little-endian). */
static uint64_t words_to_d(const struct cpu *cpu, uint32_t w1, uint32_t w2)
{
	if (cpu->cpsr_other & CPSR_E)
		return (uint64_t)w1 << 32 | w2;
	return (uint64_t)w2 << 32 | w1;
}

static void d_to_words(const struct cpu *cpu, uint64_t d, uint32_t *w1, uint32_t *w2)
{
	if (cpu->cpsr_other & CPSR_E) {
		*w1 = (uint32_t)(d >> 32);
		*w2 = (uint32_t)d;
	} else {
		*w1 = (uint32_t)d;
		*w2 = (uint32_t)(d >> 32);
	}
}

void interp_vldr(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	uint32_t base = cpu_base_reg(cpu, in->rn);
	uint32_t addr = (in->flags & INSN_U) ? base + in->imm : base - in->imm;
	if (in->flags & VFP_DP) {
		uint32_t w1 = mem_read(cpu, addr, 4, MEM_ALIGNED);
		uint32_t w2 = mem_read(cpu, addr + 4, 4, MEM_ALIGNED);
		cpu->vfp.d[in->rd] = words_to_d(cpu, w1, w2);
	} else {
		vfp_set_s(cpu, in->rd, mem_read(cpu, addr, 4, MEM_ALIGNED));
	}
}

void interp_vstr(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	uint32_t base = cpu_base_reg(cpu, in->rn);
	uint32_t addr = (in->flags & INSN_U) ? base + in->imm : base - in->imm;
	if (in->flags & VFP_DP) {
		uint32_t w1, w2;
		d_to_words(cpu, cpu->vfp.d[in->rd], &w1, &w2);
		mem_write(cpu, addr, w1, 4, MEM_ALIGNED);
		mem_write(cpu, addr + 4, w2, 4, MEM_ALIGNED);
	} else {
		mem_write(cpu, addr, vfp_get_s(cpu, in->rd), 4, MEM_ALIGNED);
	}
}

/* The first address of a VLDM/VSTM block; *wb gets the written-back base. */
static uint32_t block_start(const struct cpu *cpu, const struct insn *in, uint32_t *wb)
{
	uint32_t base = cpu_base_reg(cpu, in->rn);
	if (in->flags & INSN_U) {
		*wb = base + in->imm;
		return base;
	}
	*wb = base - in->imm;
	return *wb;
}

void interp_vldm(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	uint32_t wb, addr = block_start(cpu, in, &wb);
	unsigned nwords = in->reglist * ((in->flags & VFP_DP) ? 2 : 1);
	uint32_t w[32];
	for (unsigned i = 0; i < nwords; i++)
		w[i] = mem_read(cpu, addr + 4 * i, 4, MEM_ALIGNED);
	for (unsigned i = 0; i < in->reglist; i++) {
		if (in->flags & VFP_DP)
			cpu->vfp.d[in->rd + i] = words_to_d(cpu, w[2 * i], w[2 * i + 1]);
		else
			vfp_set_s(cpu, in->rd + i, w[i]);
	}
	if (in->flags & INSN_W)
		cpu->r[in->rn] = wb;
}

void interp_vstm(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	uint32_t wb, addr = block_start(cpu, in, &wb);
	for (unsigned i = 0; i < in->reglist; i++) {
		if (in->flags & VFP_DP) {
			uint32_t w1, w2;
			d_to_words(cpu, cpu->vfp.d[in->rd + i], &w1, &w2);
			mem_write(cpu, addr, w1, 4, MEM_ALIGNED);
			mem_write(cpu, addr + 4, w2, 4, MEM_ALIGNED);
			addr += 8;
		} else {
			mem_write(cpu, addr, vfp_get_s(cpu, in->rd + i), 4, MEM_ALIGNED);
			addr += 4;
		}
	}
	if (in->flags & INSN_W)
		cpu->r[in->rn] = wb;
}

void interp_vmov_sr(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	if (in->flags & VFP_TO_CORE && in->rd == 15)
		cpu_set_nzcv(cpu, vfp_get_s(cpu, in->rn));
	else if (in->flags & VFP_TO_CORE)
		cpu->r[in->rd] = vfp_get_s(cpu, in->rn);
	else
		vfp_set_s(cpu, in->rn, cpu->r[in->rd]);
}

void interp_vmov_rrd(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	if (in->flags & VFP_TO_CORE) {
		uint64_t d = cpu->vfp.d[in->rm];
		branch_write_reg(cpu, in->rd, (uint32_t)d);
		branch_write_reg(cpu, in->ra, (uint32_t)(d >> 32));
	} else {
		cpu->vfp.d[in->rm] = (uint64_t)cpu->r[in->ra] << 32 | cpu->r[in->rd];
	}
}

void interp_vmov_rrss(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	if (in->flags & VFP_TO_CORE) {
		uint32_t lo = vfp_get_s(cpu, in->rm), hi = vfp_get_s(cpu, in->rm + 1u);
		branch_write_reg(cpu, in->rd, lo);
		branch_write_reg(cpu, in->ra, hi);
	} else {
		vfp_set_s(cpu, in->rm, cpu->r[in->rd]);
		vfp_set_s(cpu, in->rm + 1u, cpu->r[in->ra]);
	}
}

void interp_vmov_scalar(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	unsigned s = 2 * in->rn + in->imm;   /* Dn[x] is S(2n + x) */
	if (in->flags & VFP_TO_CORE)
		branch_write_reg(cpu, in->rd, vfp_get_s(cpu, s));
	else
		vfp_set_s(cpu, s, cpu->r[in->rd]);
}

/* Access to a system register other than FPSCR: privileged only, allowed by
 * CPACR, and (for FPSID, MVFR0/1, FPEXC) whatever FPEXC.EN says. FPINST and
 * FPINST2 do not exist in this VFPv3 implementation (UNDEFINED, as QEMU). */
static void check_sysreg(struct cpu *cpu, unsigned reg)
{
	if (!cpu_privileged(cpu) || !vfp_cpacr_allows(cpu))
		cpu_undefined(cpu);
	switch (reg) {
	case VFP_REG_FPSID:
	case VFP_REG_MVFR0:
	case VFP_REG_MVFR1:
	case VFP_REG_FPEXC:
		return;
	default:
		cpu_undefined(cpu);
	}
}

void interp_vmrs(struct cpu *cpu, const struct insn *in)
{
	uint32_t val;
	if (in->rn == VFP_REG_FPSCR) {
		vfp_check_enabled(cpu);
		val = cpu->vfp.fpscr;
	} else {
		check_sysreg(cpu, in->rn);
		switch (in->rn) {
		case VFP_REG_FPSID: val = VFP_FPSID; break;
		case VFP_REG_MVFR0: val = VFP_MVFR0; break;
		case VFP_REG_MVFR1: val = VFP_MVFR1; break;
		default:            val = cpu->vfp.fpexc; break;
		}
	}
	if (in->rd == 15)   /* APSR_nzcv (for FPSCR; other registers as QEMU does it) */
		cpu_set_nzcv(cpu, val);
	else
		cpu->r[in->rd] = val;
}

void interp_vmsr(struct cpu *cpu, const struct insn *in)
{
	uint32_t val = cpu->r[in->rd];   /* Rt = PC is UNPREDICTABLE; QEMU reads it */
	if (in->rn == VFP_REG_FPSCR) {
		vfp_check_enabled(cpu);
		vfp_write_fpscr(cpu, val);
		return;
	}
	check_sysreg(cpu, in->rn);
	/* Writes to the ID registers are ignored. */
	if (in->rn == VFP_REG_FPEXC)
		vfp_write_fpexc(cpu, val);
}
