/*
 * Semantics of MOVW, MOVT, CLZ, RBIT, REV, REV16, REVSH, the bit-field
 * operations and the extends (ARM ARM A8.8). Fields as described in
 * src/cpu/decode_dp.c.
 */
#include "alu.h"
#include "cpu.h"

/* Rd = 15 is UNPREDICTABLE for all of these; QEMU branches to the result
 * without interworking (BranchWritePC), and so do we (branch_write_reg). */

void interp_movw(struct cpu *cpu, const struct insn *in)
{
	branch_write_reg(cpu, in->rd, in->imm);
}

void interp_movt(struct cpu *cpu, const struct insn *in)
{
	branch_write_reg(cpu, in->rd, in->imm << 16 | (cpu->r[in->rd] & 0xffff));
}

void interp_clz(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = cpu->r[in->rm];

	branch_write_reg(cpu, in->rd, x ? (uint32_t)__builtin_clz(x) : 32);
}

void interp_rbit(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = cpu->r[in->rm], r = 0;

	for (unsigned i = 0; i < 32; i++)
		r |= ((x >> i) & 1) << (31 - i);
	branch_write_reg(cpu, in->rd, r);
}

void interp_rev(struct cpu *cpu, const struct insn *in)
{
	branch_write_reg(cpu, in->rd, __builtin_bswap32(cpu->r[in->rm]));
}

void interp_rev16(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = cpu->r[in->rm];

	branch_write_reg(cpu, in->rd, (x & 0x00ff00ffu) << 8 | (x >> 8 & 0x00ff00ffu));
}

void interp_revsh(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = cpu->r[in->rm];

	branch_write_reg(cpu, in->rd, sign_extend((x & 0xff) << 8 | (x >> 8 & 0xff), 16));
}

/* Bits lsb .. lsb + width - 1 (width 1..32). */
static uint32_t dp_field_mask(unsigned lsb, unsigned width)
{
	return (uint32_t)(((1ull << width) - 1) << lsb);
}

void interp_bfc(struct cpu *cpu, const struct insn *in)
{
	uint32_t mask = dp_field_mask(in->shift_amt, in->imm);

	branch_write_reg(cpu, in->rd, cpu->r[in->rd] & ~mask);
}

void interp_bfi(struct cpu *cpu, const struct insn *in)
{
	uint32_t mask = dp_field_mask(in->shift_amt, in->imm);
	uint32_t val = (cpu->r[in->rn] << in->shift_amt) & mask;

	branch_write_reg(cpu, in->rd, (cpu->r[in->rd] & ~mask) | val);
}

void interp_ubfx(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = cpu->r[in->rn] >> in->shift_amt;

	branch_write_reg(cpu, in->rd, x & dp_field_mask(0, in->imm));
}

void interp_sbfx(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = cpu->r[in->rn] >> in->shift_amt;

	branch_write_reg(cpu, in->rd, sign_extend(x, in->imm));
}

/* The two halfwords of x extended from their low bytes (SXTB16/UXTB16). */
static uint32_t dp_sext_b16(uint32_t x)
{
	return (sign_extend(x & 0xff, 8) & 0xffff) | sign_extend(x >> 16 & 0xff, 8) << 16;
}

/* Halfword-wise addition (SXTAB16/UXTAB16). */
static uint32_t dp_add16(uint32_t a, uint32_t b)
{
	return ((a + b) & 0xffff) | ((a >> 16) + (b >> 16)) << 16;
}

/* ROR(R[m], rotation), extended as the op says. */
static uint32_t dp_extended(const struct cpu *cpu, const struct insn *in)
{
	uint32_t x = ror32(cpu->r[in->rm], in->shift_amt);

	switch (in->op) {
	case OP_SXTB: case OP_SXTAB:     return sign_extend(x & 0xff, 8);
	case OP_SXTH: case OP_SXTAH:     return sign_extend(x & 0xffff, 16);
	case OP_SXTB16: case OP_SXTAB16: return dp_sext_b16(x);
	case OP_UXTB: case OP_UXTAB:     return x & 0xff;
	case OP_UXTH: case OP_UXTAH:     return x & 0xffff;
	default:                         return x & 0x00ff00ffu;   /* UXTB16, UXTAB16 */
	}
}

/* The extends; the accumulating forms (rn set) add R[n], halfword-wise for the
 * B16 forms. */
static void dp_extend(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = dp_extended(cpu, in);

	if (in->rn != REG_NONE && (in->op == OP_SXTAB16 || in->op == OP_UXTAB16))
		x = dp_add16(cpu->r[in->rn], x);
	else if (in->rn != REG_NONE)
		x += cpu->r[in->rn];
	branch_write_reg(cpu, in->rd, x);
}

void interp_sxtb(struct cpu *cpu, const struct insn *in) { dp_extend(cpu, in); }
void interp_sxth(struct cpu *cpu, const struct insn *in) { dp_extend(cpu, in); }
void interp_sxtb16(struct cpu *cpu, const struct insn *in) { dp_extend(cpu, in); }
void interp_uxtb(struct cpu *cpu, const struct insn *in) { dp_extend(cpu, in); }
void interp_uxth(struct cpu *cpu, const struct insn *in) { dp_extend(cpu, in); }
void interp_uxtb16(struct cpu *cpu, const struct insn *in) { dp_extend(cpu, in); }
void interp_sxtab(struct cpu *cpu, const struct insn *in) { dp_extend(cpu, in); }
void interp_sxtah(struct cpu *cpu, const struct insn *in) { dp_extend(cpu, in); }
void interp_sxtab16(struct cpu *cpu, const struct insn *in) { dp_extend(cpu, in); }
void interp_uxtab(struct cpu *cpu, const struct insn *in) { dp_extend(cpu, in); }
void interp_uxtah(struct cpu *cpu, const struct insn *in) { dp_extend(cpu, in); }
void interp_uxtab16(struct cpu *cpu, const struct insn *in) { dp_extend(cpu, in); }
