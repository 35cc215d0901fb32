/*
 * Modes, banked registers, the CPSR and condition checks (ARM ARM B1.3, A8.3).
 */
#include <string.h>

#include "cpu.h"
#include "mem.h"

/* Monitor and Hyp mode need the Security and Virtualization Extensions, which
 * the guest does not see (as on QEMU's vexpress-a9 with secure=off). */
bool mode_is_valid(uint32_t mode)
{
	switch (mode) {
	case MODE_USR: case MODE_SYS: case MODE_FIQ: case MODE_IRQ:
	case MODE_SVC: case MODE_ABT: case MODE_UND:
		return true;
	default:
		return false;
	}
}

/* The register bank of a valid mode. */
static enum bank bank_of(uint32_t mode)
{
	switch (mode) {
	case MODE_FIQ: return BANK_FIQ;
	case MODE_IRQ: return BANK_IRQ;
	case MODE_SVC: return BANK_SVC;
	case MODE_ABT: return BANK_ABT;
	case MODE_UND: return BANK_UND;
	default: return BANK_USR;
	}
}

void cpu_init(struct cpu *cpu, struct machine *m)
{
	memset(cpu, 0, sizeof(*cpu));
	cpu->machine = m;
	cpu_reset(cpu);
}

/* Reset (ARM ARM B1.8.2): SVC mode, A/I/F masked, ARM state, MMU and caches off,
 * SCTLR as Cortex-A9 resets it. */
void cpu_reset(struct cpu *cpu)
{
	memset(cpu->r, 0, sizeof(cpu->r));
	memset(cpu->bank_r13, 0, sizeof(cpu->bank_r13));
	memset(cpu->bank_r14, 0, sizeof(cpu->bank_r14));
	memset(cpu->bank_spsr, 0, sizeof(cpu->bank_spsr));
	memset(cpu->usr_r8_r12, 0, sizeof(cpu->usr_r8_r12));
	memset(cpu->fiq_r8_r12, 0, sizeof(cpu->fiq_r8_r12));
	memset(&cpu->cp15, 0, sizeof(cpu->cp15));
	cpu->cp15.sctlr = 0x00c50078;
	cpu->nf = cpu->zf = cpu->cf = cpu->vf = cpu->qf = 0;
	cpu->ge = cpu->itstate = cpu->cur_itstate = 0;
	cpu->thumb = 0;
	cpu->mode = MODE_SVC;
	cpu->cpsr_other = CPSR_A | CPSR_I | CPSR_F;
	cpu->excl_open = false;
	cpu->halted = false;
	cpu->r[15] = cpu->next_pc = 0;
	cpu->tlb_filled = true;   /* whatever the TLB holds now goes */
	tlb_flush(cpu);
}

uint32_t cpsr_read(const struct cpu *cpu)
{
	uint32_t it = cpu->itstate;
	return cpu->nf << 31 | cpu->zf << 30 | cpu->cf << 29 | cpu->vf << 28 |
	       cpu->qf << 27 | (it & 3) << 25 | cpu->ge << 16 | (it >> 2) << 10 |
	       cpu->cpsr_other | cpu->thumb << 5 | cpu->mode;
}

static void save_bank(struct cpu *cpu, uint32_t mode)
{
	enum bank b = bank_of(mode);
	cpu->bank_r13[b] = cpu->r[13];
	cpu->bank_r14[b] = cpu->r[14];
	if (mode == MODE_FIQ)
		memcpy(cpu->fiq_r8_r12, &cpu->r[8], sizeof(cpu->fiq_r8_r12));
	else
		memcpy(cpu->usr_r8_r12, &cpu->r[8], sizeof(cpu->usr_r8_r12));
}

static void load_bank(struct cpu *cpu, uint32_t mode)
{
	enum bank b = bank_of(mode);
	cpu->r[13] = cpu->bank_r13[b];
	cpu->r[14] = cpu->bank_r14[b];
	if (mode == MODE_FIQ)
		memcpy(&cpu->r[8], cpu->fiq_r8_r12, sizeof(cpu->fiq_r8_r12));
	else
		memcpy(&cpu->r[8], cpu->usr_r8_r12, sizeof(cpu->usr_r8_r12));
}

void cpu_set_mode(struct cpu *cpu, uint32_t mode)
{
	if (mode == cpu->mode || !mode_is_valid(mode))
		return;
	save_bank(cpu, cpu->mode);
	load_bank(cpu, mode);
	cpu->mode = mode;
}

void cpsr_write(struct cpu *cpu, uint32_t val, uint32_t mask)
{
	if (mask & CPSR_N) cpu->nf = val >> 31 & 1;
	if (mask & CPSR_Z) cpu->zf = val >> 30 & 1;
	if (mask & CPSR_C) cpu->cf = val >> 29 & 1;
	if (mask & CPSR_V) cpu->vf = val >> 28 & 1;
	if (mask & CPSR_Q) cpu->qf = val >> 27 & 1;
	if (mask & CPSR_GE) cpu->ge = val >> 16 & 0xf;
	if (mask & (3u << 25))
		cpu->itstate = (cpu->itstate & ~3u) | (val >> 25 & 3);
	if (mask & (0x3fu << 10))
		cpu->itstate = (cpu->itstate & 3u) | (val >> 10 & 0x3f) << 2;
	uint32_t other = CPSR_E | CPSR_A | CPSR_I | CPSR_F;
	cpu->cpsr_other = (cpu->cpsr_other & ~(mask & other)) | (val & mask & other);
	if (mask & CPSR_T)
		cpu->thumb = val >> 5 & 1;
	if (mask & CPSR_M)
		cpu_set_mode(cpu, val & CPSR_M);
	/* An interrupt that was masked may now be taken: let the loop look. */
	if (atomic_load_explicit(&cpu->irq_line, memory_order_relaxed) ||
	    atomic_load_explicit(&cpu->fiq_line, memory_order_relaxed))
		atomic_store_explicit(&cpu->exit_request, 1, memory_order_relaxed);
}

bool cpu_mode_has_spsr(const struct cpu *cpu)
{
	return cpu->mode != MODE_USR && cpu->mode != MODE_SYS;
}

uint32_t *cpu_spsr(struct cpu *cpu)
{
	if (!cpu_mode_has_spsr(cpu))
		return NULL;
	return &cpu->bank_spsr[bank_of(cpu->mode)];
}

/* r8-r12 are shared by every mode but FIQ; r13-r14 are banked per bank_of(). */
uint32_t cpu_reg_of_mode(struct cpu *cpu, uint32_t mode, unsigned n)
{
	bool cur_fiq = cpu->mode == MODE_FIQ, want_fiq = mode == MODE_FIQ;
	if (n >= 8 && n <= 12 && cur_fiq != want_fiq)
		return want_fiq ? cpu->fiq_r8_r12[n - 8] : cpu->usr_r8_r12[n - 8];
	if ((n == 13 || n == 14) && bank_of(mode) != bank_of(cpu->mode))
		return n == 13 ? cpu->bank_r13[bank_of(mode)] : cpu->bank_r14[bank_of(mode)];
	return cpu->r[n];
}

void cpu_set_reg_of_mode(struct cpu *cpu, uint32_t mode, unsigned n, uint32_t val)
{
	bool cur_fiq = cpu->mode == MODE_FIQ, want_fiq = mode == MODE_FIQ;
	if (n >= 8 && n <= 12 && cur_fiq != want_fiq) {
		if (want_fiq)
			cpu->fiq_r8_r12[n - 8] = val;
		else
			cpu->usr_r8_r12[n - 8] = val;
	} else if ((n == 13 || n == 14) && bank_of(mode) != bank_of(cpu->mode)) {
		if (n == 13)
			cpu->bank_r13[bank_of(mode)] = val;
		else
			cpu->bank_r14[bank_of(mode)] = val;
	} else if (n == 15) {
		branch_write_pc(cpu, val);
	} else {
		cpu->r[n] = val;
	}
}

bool cond_pass(const struct cpu *cpu, unsigned cond)
{
	bool r;
	switch (cond >> 1) {
	case 0: r = cpu->zf; break;
	case 1: r = cpu->cf; break;
	case 2: r = cpu->nf; break;
	case 3: r = cpu->vf; break;
	case 4: r = cpu->cf && !cpu->zf; break;
	case 5: r = cpu->nf == cpu->vf; break;
	case 6: r = cpu->nf == cpu->vf && !cpu->zf; break;
	default: return true;
	}
	return (cond & 1) ? !r : r;
}

/* Exception return (ARM ARM B1.8.10): CPSR <- SPSR, then branch. An illegal mode
 * in the SPSR is UNPREDICTABLE; the mode is then left unchanged. */
void cpu_exception_return(struct cpu *cpu, uint32_t new_pc, uint32_t spsr)
{
	cpsr_write(cpu, spsr, 0xffffffffu);
	cpu->next_pc = cpu->thumb ? new_pc & ~1u : new_pc & ~3u;
}

void cpu_set_irq(void *opaque, unsigned n, int level)
{
	struct cpu *cpu = opaque;
	atomic_store_explicit(n ? &cpu->fiq_line : &cpu->irq_line, level ? 1u : 0u,
			      memory_order_relaxed);
	atomic_store_explicit(&cpu->exit_request, 1, memory_order_relaxed);
}
