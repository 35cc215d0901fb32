/*
 * LDM/STM in the four directions, PUSH/POP, the user register forms and LDM
 * exception return (ARM ARM A8.8.58-61, A8.8.199-202, B9.3.5, B9.3.6, B9.3.14).
 * Every word access is alignment-checked (A3.2.1). All loads happen before any
 * register is written, so an abort leaves the registers (and the base) alone.
 * Fields: see src/cpu/decode_mem.c.
 */
#include "mem.h"

enum direction { DIR_IA, DIR_IB, DIR_DA, DIR_DB };

struct block {
	uint32_t start;   /* lowest address accessed */
	uint32_t wback;   /* value written back to Rn */
};

static struct block block_address(const struct cpu *cpu, const struct insn *in,
				  enum direction dir)
{
	uint32_t base = cpu->r[in->rn];
	uint32_t len = 4 * (uint32_t)__builtin_popcount(in->reglist);
	struct block b;

	switch (dir) {
	case DIR_IA: b.start = base; b.wback = base + len; break;
	case DIR_IB: b.start = base + 4; b.wback = base + len; break;
	case DIR_DA: b.start = base - len + 4; b.wback = base - len; break;
	default: b.start = base - len; b.wback = base - len; break;
	}
	return b;
}

/* '^' forms are UNPREDICTABLE in User and System mode; QEMU UNDEFs them in User
 * mode. An exception return also needs an SPSR, so it is UNDEFINED in System. */
static void check_user_form(struct cpu *cpu, bool eret)
{
	if (!cpu_privileged(cpu) || (eret && !cpu_mode_has_spsr(cpu)))
		cpu_undefined(cpu);
}

static void ldm(struct cpu *cpu, const struct insn *in, enum direction dir)
{
	bool caret = in->flags & INSN_X1;
	bool has_pc = in->reglist >> 15 & 1;
	struct block b;
	uint32_t val[16];
	uint32_t addr;
	unsigned i;

	if (caret)
		check_user_form(cpu, has_pc);
	b = block_address(cpu, in, dir);
	addr = b.start;
	for (i = 0; i < 16; i++) {
		if (in->reglist >> i & 1) {
			val[i] = mem_read(cpu, addr, 4, MEM_ALIGNED);
			addr += 4;
		}
	}
	if (caret && !has_pc) {
		/* LDM (user registers): no write-back (decode rejects W). */
		for (i = 0; i < 15; i++)
			if (in->reglist >> i & 1)
				cpu_set_reg_of_mode(cpu, MODE_USR, i, val[i]);
		return;
	}
	/* Write-back first: a loaded base wins (the 16-bit Thumb LDM, which writes
	 * back only when Rn is not loaded, is the only form with both). */
	if (in->flags & INSN_W)
		cpu->r[in->rn] = b.wback;
	for (i = 0; i < 15; i++)
		if (in->reglist >> i & 1)
			cpu->r[i] = val[i];
	if (!has_pc)
		return;
	if (caret)
		cpu_exception_return(cpu, val[15], *cpu_spsr(cpu));
	else
		load_write_pc(cpu, val[15]);
}

/* STM stores each register's value before write-back; the PC reads as the
 * instruction address + 8 (ARM) or + 4 (Thumb). STM (user registers) stores
 * the User mode r8-r14. */
static void stm(struct cpu *cpu, const struct insn *in, enum direction dir)
{
	bool caret = in->flags & INSN_X1;
	struct block b;
	uint32_t addr;
	unsigned i;

	if (caret)
		check_user_form(cpu, false);
	b = block_address(cpu, in, dir);
	addr = b.start;
	for (i = 0; i < 16; i++) {
		if (in->reglist >> i & 1) {
			uint32_t v = caret && i != 15 ? cpu_reg_of_mode(cpu, MODE_USR, i)
						      : cpu->r[i];
			mem_write(cpu, addr, v, 4, MEM_ALIGNED);
			addr += 4;
		}
	}
	if (in->flags & INSN_W)
		cpu->r[in->rn] = b.wback;
}

void interp_ldm(struct cpu *cpu, const struct insn *in) { ldm(cpu, in, DIR_IA); }
void interp_ldmib(struct cpu *cpu, const struct insn *in) { ldm(cpu, in, DIR_IB); }
void interp_ldmda(struct cpu *cpu, const struct insn *in) { ldm(cpu, in, DIR_DA); }
void interp_ldmdb(struct cpu *cpu, const struct insn *in) { ldm(cpu, in, DIR_DB); }
void interp_stm(struct cpu *cpu, const struct insn *in) { stm(cpu, in, DIR_IA); }
void interp_stmib(struct cpu *cpu, const struct insn *in) { stm(cpu, in, DIR_IB); }
void interp_stmda(struct cpu *cpu, const struct insn *in) { stm(cpu, in, DIR_DA); }
void interp_stmdb(struct cpu *cpu, const struct insn *in) { stm(cpu, in, DIR_DB); }
