/*
 * Exception entry (ARM ARM B1.8): mode, banked LR and SPSR, CPSR bits, vector.
 * The guest sees no Security Extensions, so there is no Monitor mode, SCR or
 * MVBAR: the vector base is SCTLR.V's high vectors or VBAR.
 */
#include "cpu.h"

static const uint32_t exception_mode[] = {
	[EXC_RESET] = MODE_SVC, [EXC_UND] = MODE_UND, [EXC_SVC] = MODE_SVC,
	[EXC_PABT] = MODE_ABT, [EXC_DABT] = MODE_ABT, [EXC_IRQ] = MODE_IRQ,
	[EXC_FIQ] = MODE_FIQ,
};

/* The link-register value for each exception (ARM ARM B1.8.3, table B1-7). */
static uint32_t exception_lr(struct cpu *cpu, enum exception exc)
{
	switch (exc) {
	case EXC_UND:
	case EXC_SVC:
		return cpu->cur_pc + (cpu->thumb ? 2 : 4);
	case EXC_PABT:
		return cpu->cur_pc + 4;
	case EXC_DABT:
		return cpu->cur_pc + 8;
	case EXC_IRQ:
	case EXC_FIQ:
		/* Taken between instructions: r[15] is the next instruction. */
		return cpu->r[15] + 4;
	default:
		return 0;
	}
}

void cpu_take_exception(struct cpu *cpu, enum exception exc)
{
	uint32_t lr = exception_lr(cpu, exc);

	/* An exception that returns to the faulting instruction saves the ITSTATE
	 * that instruction ran with, not the advanced one. */
	if (exc == EXC_UND || exc == EXC_PABT || exc == EXC_DABT)
		cpu->itstate = cpu->cur_itstate;
	uint32_t spsr = cpsr_read(cpu);

	cpu_set_mode(cpu, exception_mode[exc]);
	if (exc != EXC_RESET) {
		*cpu_spsr(cpu) = spsr;
		cpu->r[14] = lr;
	}

	uint32_t other = cpu->cpsr_other | CPSR_I;
	if (exc == EXC_PABT || exc == EXC_DABT || exc == EXC_IRQ || exc == EXC_FIQ ||
	    exc == EXC_RESET)
		other |= CPSR_A;
	if (exc == EXC_FIQ || exc == EXC_RESET)
		other |= CPSR_F;
	other &= ~CPSR_E;
	if (cpu->cp15.sctlr & SCTLR_EE)
		other |= CPSR_E;
	cpu->cpsr_other = other;
	cpu->itstate = 0;
	cpu->thumb = (cpu->cp15.sctlr & SCTLR_TE) ? 1 : 0;
	cpu->halted = false;

	uint32_t base = (cpu->cp15.sctlr & SCTLR_V) ? 0xffff0000u : cpu->cp15.vbar;
	cpu->r[15] = cpu->next_pc = base + 4u * exc;
}

_Noreturn void cpu_undefined(struct cpu *cpu)
{
	cpu_take_exception(cpu, EXC_UND);
	longjmp(cpu->abort_jmp, 1);
}

_Noreturn void cpu_data_abort(struct cpu *cpu, uint32_t va, uint32_t dfsr)
{
	cpu->cp15.dfsr = dfsr;
	cpu->cp15.dfar = va;
	cpu_take_exception(cpu, EXC_DABT);
	longjmp(cpu->abort_jmp, 1);
}

_Noreturn void cpu_prefetch_abort(struct cpu *cpu, uint32_t va, uint32_t ifsr)
{
	cpu->cp15.ifsr = ifsr;
	cpu->cp15.ifar = va;
	cpu_take_exception(cpu, EXC_PABT);
	longjmp(cpu->abort_jmp, 1);
}

void interp_undef(struct cpu *cpu, const struct insn *in)
{
	(void)in;
	cpu_undefined(cpu);
}
