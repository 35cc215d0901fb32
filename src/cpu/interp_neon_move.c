/*
 * Semantics of the Advanced SIMD element moves: modified immediates, VEXT,
 * VTBL, VTBX, VDUP, VMOV between a core register and a scalar (ARM ARM A8.8).
 */
#include "neon.h"

static unsigned regs_of(const struct insn *in)
{
	return (in->flags & NEON_Q) ? 2 : 1;
}

/* AdvSIMDExpandImm (A7.4.6) of imm = op:cmode:imm8. */
uint64_t neon_expand_imm(uint32_t imm)
{
	unsigned op = imm >> 12 & 1, cmode = imm >> 8 & 15;
	uint64_t i8 = imm & 0xff, r = 0;
	switch (cmode >> 1) {
	case 0: case 1: case 2: case 3: r = i8 << (8 * (cmode >> 1)); break;
	case 4: case 5: r = i8 << (8 * (cmode >> 1 & 1)); r |= r << 16; break;
	case 6: r = (cmode & 1) ? i8 << 16 | 0xffff : i8 << 8 | 0xff; break;
	default:
		if (cmode & 1)
			r = vfp_expand_imm((unsigned)i8, 32);
		else if (!op)
			return i8 * 0x0101010101010101ull;
		else
			for (unsigned b = 0; b < 8; b++)
				r |= (i8 >> b & 1) ? 0xffull << (8 * b) : 0;
		if (!(cmode & 1))
			return r;
		break;
	}
	return r | r << 32;
}

void interp_n1imm(struct cpu *cpu, const struct insn *in)
{
	neon_check_enabled(cpu);
	uint64_t imm = neon_expand_imm(in->imm);
	for (unsigned i = 0; i < regs_of(in); i++) {
		uint64_t *d = &cpu->vfp.d[in->rd + i];
		switch (in->reglist) {
		case NF_VMOVI: *d = imm; break;
		case NF_VMVNI: *d = ~imm; break;
		case NF_VORRI: *d |= imm; break;
		default: *d &= ~imm; break;   /* NF_VBICI */
		}
	}
}

void interp_next(struct cpu *cpu, const struct insn *in)
{
	neon_check_enabled(cpu);
	unsigned nb = regs_of(in) * 8;
	uint64_t x[32], r[16];
	neon_vget(cpu, in->rn, 8, nb, x);
	neon_vget(cpu, in->rm, 8, nb, x + nb);
	for (unsigned i = 0; i < nb; i++)
		r[i] = x[i + in->shift_amt];
	neon_vput(cpu, in->rd, 8, nb, r);
}

void interp_ntbl(struct cpu *cpu, const struct insn *in)
{
	neon_check_enabled(cpu);
	unsigned len = in->shift_amt * 8u;
	uint64_t t[32], idx[8], r[8];
	neon_vget(cpu, in->rn, 8, len, t);
	neon_vget(cpu, in->rm, 8, 8, idx);
	neon_vget(cpu, in->rd, 8, 8, r);
	for (unsigned i = 0; i < 8; i++)
		if (idx[i] < len)
			r[i] = t[idx[i]];
		else if (!(in->flags & NEON_U))
			r[i] = 0;
	neon_vput(cpu, in->rd, 8, 8, r);
}

void interp_ndup(struct cpu *cpu, const struct insn *in)
{
	neon_check_enabled(cpu);
	unsigned esize = 8u << in->shift_type;
	uint64_t v = (in->flags & INSN_REGSHIFT) ? cpu->r[in->ra] & neon_ones(esize)
						  : neon_elem(cpu, in->rm, in->shift_amt, esize);
	for (unsigned i = 0; i < neon_lanes(in, esize); i++)
		neon_set_elem(cpu, in->rd, i, esize, v);
}

void interp_nmov_scalar(struct cpu *cpu, const struct insn *in)
{
	neon_check_enabled(cpu);
	unsigned esize = 8u << in->shift_type;
	if (in->flags & NEON_TO_CORE) {
		uint64_t v = neon_elem(cpu, in->rd, in->shift_amt, esize);
		cpu->r[in->ra] = (in->flags & NEON_U) ? (uint32_t)v : (uint32_t)neon_sext(v, esize);
	} else {
		neon_set_elem(cpu, in->rd, in->shift_amt, esize, cpu->r[in->ra]);
	}
}
