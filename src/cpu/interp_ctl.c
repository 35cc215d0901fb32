/*
 * Semantics of the ctl class: branches, status registers, exception return,
 * hints, barriers, exception-generating instructions and coprocessor moves
 * (ARM ARM A8.8, B9.3). Fields are listed in include/ops_ctl.inc.
 *
 * Where the ARM ARM leaves a case UNPREDICTABLE we do what QEMU 7.2's cortex-a9
 * does, since that is what guests are tested against: SRS, RFE, SUBS PC, LR and
 * SPSR accesses in User mode are UNDEFINED; SPSR accesses in System mode reach
 * the User/System SPSR bank; an MSR or CPS to an invalid mode leaves the mode
 * unchanged.
 */
#include <stdatomic.h>

#include "cpu.h"
#include "ctl.h"
#include "mem.h"
#include "semihost.h"

/* CPSR bits an MSR may write (B9.3.12 CPSRWriteByInstr): in User mode only the
 * flags, GE and E; the execution state bits (IT, J, T) never. */
#define CPSR_MSR_USER  (0xf8000000u | CPSR_GE | CPSR_E)
#define CPSR_MSR_PRIV  (CPSR_MSR_USER | CPSR_A | CPSR_I | CPSR_F | CPSR_M)
/* SPSR bits an MSR writes: those QEMU's cortex-a9 keeps (not bits 23:21). */
#define SPSR_MSR_MASK  0xff1fffffu
/* MRS reads the CPSR with the execution state bits but E masked (B9.3.9). */
#define CPSR_MRS_MASK  0xf8ff03dfu

/* The SPSR an instruction names: none in User mode (UNDEFINED there); in System
 * mode QEMU uses the User/System bank, which nothing else touches. */
static uint32_t *ctl_spsr(struct cpu *cpu)
{
	if (cpu->mode == MODE_USR)
		cpu_undefined(cpu);
	if (cpu->mode == MODE_SYS)
		return &cpu->bank_spsr[BANK_USR];
	return cpu_spsr(cpu);
}

/* ---- branches ---- */

void interp_b(struct cpu *cpu, const struct insn *in)
{
	branch_write_pc(cpu, cpu->r[15] + in->imm);
}

void interp_bl(struct cpu *cpu, const struct insn *in)
{
	cpu->r[14] = cpu->next_pc | cpu->thumb;
	branch_write_pc(cpu, cpu->r[15] + in->imm);
}

/* BLX (immediate) changes instruction set: from Thumb the target is
 * Align(PC, 4) + imm32 in ARM state, from ARM it is PC + imm32 in Thumb state. */
void interp_blx_imm(struct cpu *cpu, const struct insn *in)
{
	uint32_t pc = cpu->r[15];
	if (cpu->thumb) {
		cpu->r[14] = cpu->next_pc | 1;
		bx_write_pc(cpu, (pc & ~3u) + in->imm);
	} else {
		cpu->r[14] = cpu->next_pc;
		bx_write_pc(cpu, (pc + in->imm) | 1);
	}
}

void interp_bx(struct cpu *cpu, const struct insn *in)
{
	bx_write_pc(cpu, cpu->r[in->rm]);
}

/* No Jazelle extension: BXJ behaves as BX (A8.8.28). */
void interp_bxj(struct cpu *cpu, const struct insn *in)
{
	bx_write_pc(cpu, cpu->r[in->rm]);
}

void interp_blx(struct cpu *cpu, const struct insn *in)
{
	uint32_t target = cpu->r[in->rm];
	cpu->r[14] = cpu->next_pc | cpu->thumb;
	bx_write_pc(cpu, target);
}

void interp_cbz(struct cpu *cpu, const struct insn *in)
{
	if (cpu->r[in->rn] == 0)
		branch_write_pc(cpu, cpu->r[15] + in->imm);
}

void interp_cbnz(struct cpu *cpu, const struct insn *in)
{
	if (cpu->r[in->rn] != 0)
		branch_write_pc(cpu, cpu->r[15] + in->imm);
}

/* The loop applies ITSTATE to the following instructions (src/cpu/exec.c). */
void interp_it(struct cpu *cpu, const struct insn *in)
{
	cpu->itstate = in->imm;
}

/* ---- status registers ---- */

void interp_mrs(struct cpu *cpu, const struct insn *in)
{
	uint32_t val = (in->flags & INSN_X1) ? *ctl_spsr(cpu) : cpsr_read(cpu) & CPSR_MRS_MASK;
	branch_write_reg(cpu, in->rd, val);
}

/* The field mask <f s x c> selects bytes 3..0. */
static uint32_t psr_byte_mask(unsigned fields)
{
	uint32_t mask = 0;
	for (unsigned b = 0; b < 4; b++)
		if (fields >> b & 1)
			mask |= 0xffu << (8 * b);
	return mask;
}

void interp_msr(struct cpu *cpu, const struct insn *in)
{
	uint32_t val = (in->flags & INSN_IMM) ? in->imm : cpu->r[in->rn];
	uint32_t mask = psr_byte_mask(in->ra);

	if (in->flags & INSN_X1) {
		uint32_t *spsr = ctl_spsr(cpu);
		mask &= SPSR_MSR_MASK;
		*spsr = (*spsr & ~mask) | (val & mask);
		return;
	}
	mask &= cpu_privileged(cpu) ? CPSR_MSR_PRIV : CPSR_MSR_USER;
	if ((mask & CPSR_M) && !mode_is_valid(val & CPSR_M))
		mask &= ~CPSR_M;
	cpsr_write(cpu, val, mask);
}

/* CPS (B9.3.2): a NOP in User mode. */
void interp_cps(struct cpu *cpu, const struct insn *in)
{
	uint32_t mask = 0, val = 0;
	if (!cpu_privileged(cpu))
		return;
	if (in->flags & (INSN_X2 | INSN_X3)) {
		mask |= in->reglist;
		if (in->flags & INSN_X3)
			val |= in->reglist;
	}
	if ((in->flags & INSN_X1) && mode_is_valid(in->imm)) {
		mask |= CPSR_M;
		val |= in->imm;
	}
	cpsr_write(cpu, val, mask);
}

void interp_setend(struct cpu *cpu, const struct insn *in)
{
	cpsr_write(cpu, (in->flags & INSN_X1) ? CPSR_E : 0, CPSR_E);
}

/* The lower address of the two words SRS and RFE move: DA base-4, IA base,
 * DB base-8, IB base+4. */
static uint32_t srs_rfe_address(const struct insn *in, uint32_t base)
{
	bool p = in->flags & INSN_P, u = in->flags & INSN_U;
	uint32_t addr = u ? base : base - 8;
	return p == u ? addr + 4 : addr;
}

static uint32_t srs_rfe_writeback(const struct insn *in, uint32_t base)
{
	return (in->flags & INSN_U) ? base + 8 : base - 8;
}

/* SRS (B9.3.16): LR and SPSR of the current mode onto the stack of mode imm. */
void interp_srs(struct cpu *cpu, const struct insn *in)
{
	if (cpu->mode == MODE_USR || cpu->mode == MODE_SYS)
		cpu_undefined(cpu);
	uint32_t base = cpu_reg_of_mode(cpu, in->imm, 13);
	uint32_t addr = srs_rfe_address(in, base);
	mem_write(cpu, addr, cpu->r[14], 4, MEM_ALIGNED);
	mem_write(cpu, addr + 4, *cpu_spsr(cpu), 4, MEM_ALIGNED);
	if (in->flags & INSN_W)
		cpu_set_reg_of_mode(cpu, in->imm, 13, srs_rfe_writeback(in, base));
}

/* RFE (B9.3.13): load PC and CPSR, then return. */
void interp_rfe(struct cpu *cpu, const struct insn *in)
{
	if (cpu->mode == MODE_USR)
		cpu_undefined(cpu);
	uint32_t base = cpu->r[in->rn];
	uint32_t addr = srs_rfe_address(in, base);
	uint32_t pc = mem_read(cpu, addr, 4, MEM_ALIGNED);
	uint32_t spsr = mem_read(cpu, addr + 4, 4, MEM_ALIGNED);
	if ((in->flags & INSN_W) && in->rn != 15)
		cpu->r[in->rn] = srs_rfe_writeback(in, base);
	cpu_exception_return(cpu, pc, spsr);
}

/* SUBS PC, LR, #imm8 (B9.3.19). */
void interp_subs_pc_lr(struct cpu *cpu, const struct insn *in)
{
	uint32_t spsr = *ctl_spsr(cpu);
	cpu_exception_return(cpu, cpu->r[14] - in->imm, spsr);
}

/* ---- hints and barriers: a single core with no event or cache model ---- */

void interp_nop(struct cpu *cpu, const struct insn *in)
{
	(void)cpu;
	(void)in;
}

void interp_yield(struct cpu *cpu, const struct insn *in) { interp_nop(cpu, in); }
void interp_sev(struct cpu *cpu, const struct insn *in) { interp_nop(cpu, in); }
void interp_dbg(struct cpu *cpu, const struct insn *in) { interp_nop(cpu, in); }
/* WFE may complete at once: the event register can be set at any time. */
void interp_wfe(struct cpu *cpu, const struct insn *in) { interp_nop(cpu, in); }
/* Memory accesses complete in order on one core: barriers have nothing to wait
 * for. */
void interp_dmb(struct cpu *cpu, const struct insn *in) { interp_nop(cpu, in); }
void interp_dsb(struct cpu *cpu, const struct insn *in) { interp_nop(cpu, in); }
void interp_isb(struct cpu *cpu, const struct insn *in) { interp_nop(cpu, in); }

/* WFI: the loop sleeps until an interrupt is pending (or stops on deadlock). */
void interp_wfi(struct cpu *cpu, const struct insn *in)
{
	(void)in;
	cpu_halt(cpu);
}

/* ---- exception-generating ---- */

/* SVC 0x123456 (ARM) or 0xAB (Thumb) is a semihosting call when enabled, from
 * a privileged mode only (QEMU 7.2 ignores User-mode semihosting by default). */
void interp_svc(struct cpu *cpu, const struct insn *in)
{
	if (cpu->semihosting && cpu_privileged(cpu) &&
	    in->imm == (cpu->thumb ? 0xabu : 0x123456u)) {
		semihost_call(cpu);
		return;
	}
	cpu_take_exception(cpu, EXC_SVC);
}

/* BKPT: a debug event taken as a Prefetch Abort (B1.9.7), IFSR = 0b00010 (debug
 * event) and IFAR = 0 as QEMU's cortex-a9 reports them. */
#define IFSR_DEBUG_EVENT 0x2u

void interp_bkpt(struct cpu *cpu, const struct insn *in)
{
	(void)in;
	cpu_prefetch_abort(cpu, 0, IFSR_DEBUG_EVENT);
}

void interp_udf(struct cpu *cpu, const struct insn *in)
{
	(void)in;
	cpu_undefined(cpu);
}

/* ---- coprocessor moves (cp14, cp15; src/cpu/cp15.c) ---- */

void interp_mcr(struct cpu *cpu, const struct insn *in)
{
	if (!coproc_write(cpu, ctl_cp(in), ctl_opc1(in), in->rn, in->rm, ctl_opc2(in),
			  cpu->r[in->rd]))
		cpu_undefined(cpu);
}

/* MRC with Rt = 15 writes bits [31:28] to APSR.NZCV. */
void interp_mrc(struct cpu *cpu, const struct insn *in)
{
	uint32_t val;
	if (!coproc_read(cpu, ctl_cp(in), ctl_opc1(in), in->rn, in->rm, ctl_opc2(in), &val))
		cpu_undefined(cpu);
	if (in->rd == 15)
		cpu_set_nzcv(cpu, val);
	else
		cpu->r[in->rd] = val;
}

/* Without LPAE or the Generic Timer, Cortex-A9 has no 64-bit cp14/cp15
 * registers: every MCRR and MRRC is UNDEFINED (as under QEMU). */
void interp_mcrr(struct cpu *cpu, const struct insn *in)
{
	(void)in;
	cpu_undefined(cpu);
}

void interp_mrrc(struct cpu *cpu, const struct insn *in)
{
	(void)in;
	cpu_undefined(cpu);
}
