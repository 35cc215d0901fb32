/*
 * Semantics of MOVW, MOVT, CLZ, RBIT, REV, REV16, REVSH, the bit-field
 * operations and the extends (ARM ARM A8.8). Fields as described in
 * src/cpu/decode_dp.c.
 */
#include "alu.h"
#include "cpu.h"

/* Rd = 15 is UNPREDICTABLE for all of these; QEMU branches to the result
 * without interworking (BranchWritePC), and so do we. */
static void dp_write_reg(struct cpu *cpu, unsigned d, uint32_t val)
{
	if (d == 15)
		branch_write_pc(cpu, val);
	else
		cpu->r[d] = val;
}

void interp_movw(struct cpu *cpu, const struct insn *in)
{
	dp_write_reg(cpu, in->rd, in->imm);
}

void interp_movt(struct cpu *cpu, const struct insn *in)
{
	dp_write_reg(cpu, in->rd, in->imm << 16 | (cpu->r[in->rd] & 0xffff));
}

void interp_clz(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = cpu->r[in->rm];

	dp_write_reg(cpu, in->rd, x ? (uint32_t)__builtin_clz(x) : 32);
}

void interp_rbit(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = cpu->r[in->rm], r = 0;

	for (unsigned i = 0; i < 32; i++)
		r |= ((x >> i) & 1) << (31 - i);
	dp_write_reg(cpu, in->rd, r);
}

void interp_rev(struct cpu *cpu, const struct insn *in)
{
	dp_write_reg(cpu, in->rd, __builtin_bswap32(cpu->r[in->rm]));
}

void interp_rev16(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = cpu->r[in->rm];

	dp_write_reg(cpu, in->rd, (x & 0x00ff00ffu) << 8 | (x >> 8 & 0x00ff00ffu));
}

void interp_revsh(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = cpu->r[in->rm];

	dp_write_reg(cpu, in->rd, sign_extend((x & 0xff) << 8 | (x >> 8 & 0xff), 16));
}

/* Bits lsb .. lsb + width - 1 (width 1..32). */
static uint32_t dp_field_mask(unsigned lsb, unsigned width)
{
	return (uint32_t)(((1ull << width) - 1) << lsb);
}

void interp_bfc(struct cpu *cpu, const struct insn *in)
{
	uint32_t mask = dp_field_mask(in->shift_amt, in->imm);

	dp_write_reg(cpu, in->rd, cpu->r[in->rd] & ~mask);
}

void interp_bfi(struct cpu *cpu, const struct insn *in)
{
	uint32_t mask = dp_field_mask(in->shift_amt, in->imm);
	uint32_t val = (cpu->r[in->rn] << in->shift_amt) & mask;

	dp_write_reg(cpu, in->rd, (cpu->r[in->rd] & ~mask) | val);
}

void interp_ubfx(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = cpu->r[in->rn] >> in->shift_amt;

	dp_write_reg(cpu, in->rd, x & dp_field_mask(0, in->imm));
}

void interp_sbfx(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = cpu->r[in->rn] >> in->shift_amt;

	dp_write_reg(cpu, in->rd, sign_extend(x, in->imm));
}

/* ROR(R[m], rotation) of the extends. */
static uint32_t dp_rotated(const struct cpu *cpu, const struct insn *in)
{
	return ror32(cpu->r[in->rm], in->shift_amt);
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

void interp_sxtb(struct cpu *cpu, const struct insn *in)
{
	dp_write_reg(cpu, in->rd, sign_extend(dp_rotated(cpu, in) & 0xff, 8));
}

void interp_sxth(struct cpu *cpu, const struct insn *in)
{
	dp_write_reg(cpu, in->rd, sign_extend(dp_rotated(cpu, in) & 0xffff, 16));
}

void interp_sxtb16(struct cpu *cpu, const struct insn *in)
{
	dp_write_reg(cpu, in->rd, dp_sext_b16(dp_rotated(cpu, in)));
}

void interp_uxtb(struct cpu *cpu, const struct insn *in)
{
	dp_write_reg(cpu, in->rd, dp_rotated(cpu, in) & 0xff);
}

void interp_uxth(struct cpu *cpu, const struct insn *in)
{
	dp_write_reg(cpu, in->rd, dp_rotated(cpu, in) & 0xffff);
}

void interp_uxtb16(struct cpu *cpu, const struct insn *in)
{
	dp_write_reg(cpu, in->rd, dp_rotated(cpu, in) & 0x00ff00ffu);
}

void interp_sxtab(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = sign_extend(dp_rotated(cpu, in) & 0xff, 8);

	dp_write_reg(cpu, in->rd, cpu->r[in->rn] + x);
}

void interp_sxtah(struct cpu *cpu, const struct insn *in)
{
	uint32_t x = sign_extend(dp_rotated(cpu, in) & 0xffff, 16);

	dp_write_reg(cpu, in->rd, cpu->r[in->rn] + x);
}

void interp_sxtab16(struct cpu *cpu, const struct insn *in)
{
	dp_write_reg(cpu, in->rd, dp_add16(cpu->r[in->rn], dp_sext_b16(dp_rotated(cpu, in))));
}

void interp_uxtab(struct cpu *cpu, const struct insn *in)
{
	dp_write_reg(cpu, in->rd, cpu->r[in->rn] + (dp_rotated(cpu, in) & 0xff));
}

void interp_uxtah(struct cpu *cpu, const struct insn *in)
{
	dp_write_reg(cpu, in->rd, cpu->r[in->rn] + (dp_rotated(cpu, in) & 0xffff));
}

void interp_uxtab16(struct cpu *cpu, const struct insn *in)
{
	dp_write_reg(cpu, in->rd, dp_add16(cpu->r[in->rn], dp_rotated(cpu, in) & 0x00ff00ffu));
}
