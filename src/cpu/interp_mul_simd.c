/*
 * Semantics of the saturating, parallel add/subtract (SIMD in a general
 * register), select, pack and sum-of-absolute-differences instructions
 * (ARM ARM A8.8; saturation helpers A2.2.1, GE flags A2.4). The decoder has
 * rejected the PC as an operand, so registers are read and written directly.
 */
#include "alu.h"

/* SignedSatQ(i, n) and UnsignedSatQ(i, n) (A2.2.1): n is 1..32 / 0..31. */
static int64_t signed_sat_q(int64_t i, unsigned n, bool *sat)
{
	int64_t max = ((int64_t)1 << (n - 1)) - 1, min = -max - 1;

	if (i > max) {
		*sat = true;
		return max;
	}
	if (i < min) {
		*sat = true;
		return min;
	}
	return i;
}

static int64_t unsigned_sat_q(int64_t i, unsigned n, bool *sat)
{
	int64_t max = ((int64_t)1 << n) - 1;

	if (i > max) {
		*sat = true;
		return max;
	}
	if (i < 0) {
		*sat = true;
		return 0;
	}
	return i;
}

static int64_t sreg(const struct cpu *cpu, unsigned r)
{
	return (int32_t)cpu->r[r];
}

/* ---- QADD, QSUB, QDADD, QDSUB: Rd = sat(Rm +/- [2 *] Rn), Q on saturation ---- */

static void qaddsub(struct cpu *cpu, const struct insn *in, bool subtract, bool dbl)
{
	bool sat = false;
	int64_t n = sreg(cpu, in->rn), result;

	if (dbl)
		n = signed_sat_q(2 * n, 32, &sat);
	result = signed_sat_q(subtract ? sreg(cpu, in->rm) - n : sreg(cpu, in->rm) + n, 32, &sat);
	cpu->r[in->rd] = (uint32_t)result;
	cpu->qf |= sat;
}

void interp_qadd(struct cpu *cpu, const struct insn *in) { qaddsub(cpu, in, false, false); }
void interp_qsub(struct cpu *cpu, const struct insn *in) { qaddsub(cpu, in, true, false); }
void interp_qdadd(struct cpu *cpu, const struct insn *in) { qaddsub(cpu, in, false, true); }
void interp_qdsub(struct cpu *cpu, const struct insn *in) { qaddsub(cpu, in, true, true); }

/* ---- SSAT, USAT (shifted operand), SSAT16, USAT16; imm is the width ---- */

static int32_t sat_operand(const struct cpu *cpu, const struct insn *in)
{
	return (int32_t)shift(cpu->r[in->rn], in->shift_type, in->shift_amt, cpu->cf);
}

void interp_ssat(struct cpu *cpu, const struct insn *in)
{
	bool sat = false;

	cpu->r[in->rd] = (uint32_t)signed_sat_q(sat_operand(cpu, in), in->imm, &sat);
	cpu->qf |= sat;
}

void interp_usat(struct cpu *cpu, const struct insn *in)
{
	bool sat = false;

	cpu->r[in->rd] = (uint32_t)unsigned_sat_q(sat_operand(cpu, in), in->imm, &sat);
	cpu->qf |= sat;
}

static void sat16(struct cpu *cpu, const struct insn *in, bool is_unsigned)
{
	uint32_t n = cpu->r[in->rn], result = 0;
	bool sat = false;

	for (unsigned sh = 0; sh < 32; sh += 16) {
		int64_t h = (int16_t)(n >> sh);
		h = is_unsigned ? unsigned_sat_q(h, in->imm, &sat) : signed_sat_q(h, in->imm, &sat);
		result |= ((uint32_t)h & 0xffff) << sh;
	}
	cpu->r[in->rd] = result;
	cpu->qf |= sat;
}

void interp_ssat16(struct cpu *cpu, const struct insn *in) { sat16(cpu, in, false); }
void interp_usat16(struct cpu *cpu, const struct insn *in) { sat16(cpu, in, true); }

/* ---- parallel add/subtract (A5.4.1) ----
 * The 36 ops are 6 kinds of 6 operations, in the order of include/ops_mul.inc
 * (decode_mul.c checks it). The S and U kinds set GE, one bit per byte of the
 * result: a lane's GE bits are set when its signed result is >= 0 (S), when an
 * unsigned addition carries out or an unsigned subtraction does not borrow (U).
 * Q and UQ saturate without touching the Q flag; SH and UH halve. */

enum par_kind { PAR_S, PAR_Q, PAR_SH, PAR_U, PAR_UQ, PAR_UH };
enum par_oper { PAR_ADD16, PAR_ASX, PAR_SAX, PAR_SUB16, PAR_ADD8, PAR_SUB8 };

static int32_t lane(uint32_t x, unsigned width, bool is_signed)
{
	x &= (1u << width) - 1;
	return is_signed ? (int32_t)sign_extend(x, width) : (int32_t)x;
}

static void parallel(struct cpu *cpu, const struct insn *in)
{
	unsigned kind = (in->op - OP_SADD16) / 6, oper = (in->op - OP_SADD16) % 6;
	unsigned width = oper >= PAR_ADD8 ? 8 : 16;
	bool is_signed = kind <= PAR_SH;
	uint32_t n = cpu->r[in->rn], m = cpu->r[in->rm], result = 0, ge = 0;

	for (unsigned sh = 0; sh < 32; sh += width) {
		/* ASX: Rn.lo - Rm.hi, Rn.hi + Rm.lo; SAX: Rn.lo + Rm.hi, Rn.hi - Rm.lo. */
		bool add = oper == PAR_ADD16 || oper == PAR_ADD8 ||
			   (oper == PAR_ASX && sh) || (oper == PAR_SAX && !sh);
		unsigned msh = oper == PAR_ASX || oper == PAR_SAX ? 16 - sh : sh;
		int32_t a = lane(n >> sh, width, is_signed), b = lane(m >> msh, width, is_signed);
		int32_t v = add ? a + b : a - b;
		bool ge_lane = v >= 0, sat = false;

		switch (kind) {
		case PAR_U:
			if (add)
				ge_lane = v >= (1 << width);
			break;
		case PAR_Q:
			v = (int32_t)signed_sat_q(v, width, &sat);
			break;
		case PAR_UQ:
			v = (int32_t)unsigned_sat_q(v, width, &sat);
			break;
		case PAR_SH:
		case PAR_UH:
			v >>= 1;
			break;
		default:
			break;
		}
		result |= ((uint32_t)v & ((1u << width) - 1)) << sh;
		if (ge_lane)
			ge |= ((1u << (width / 8)) - 1) << (sh / 8);
	}
	cpu->r[in->rd] = result;
	if (kind == PAR_S || kind == PAR_U)
		cpu->ge = ge;
}

void interp_sadd16(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_sasx(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_ssax(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_ssub16(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_sadd8(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_ssub8(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_qadd16(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_qasx(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_qsax(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_qsub16(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_qadd8(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_qsub8(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_shadd16(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_shasx(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_shsax(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_shsub16(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_shadd8(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_shsub8(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uadd16(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uasx(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_usax(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_usub16(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uadd8(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_usub8(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uqadd16(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uqasx(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uqsax(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uqsub16(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uqadd8(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uqsub8(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uhadd16(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uhasx(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uhsax(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uhsub16(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uhadd8(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }
void interp_uhsub8(struct cpu *cpu, const struct insn *in) { parallel(cpu, in); }

/* ---- SEL: each byte from Rn where its GE bit is set, else from Rm ---- */

void interp_sel(struct cpu *cpu, const struct insn *in)
{
	uint32_t n = cpu->r[in->rn], m = cpu->r[in->rm], result = 0;

	for (unsigned i = 0; i < 4; i++) {
		uint32_t byte = 0xffu << (8 * i);
		result |= ((cpu->ge >> i) & 1 ? n : m) & byte;
	}
	cpu->r[in->rd] = result;
}

/* ---- PKHBT: Rn<15:0> with (Rm LSL #n)<31:16>; PKHTB: Rn<31:16> with (Rm ASR #n)<15:0> ---- */

void interp_pkhbt(struct cpu *cpu, const struct insn *in)
{
	uint32_t op2 = shift(cpu->r[in->rm], in->shift_type, in->shift_amt, cpu->cf);

	cpu->r[in->rd] = (op2 & 0xffff0000u) | (cpu->r[in->rn] & 0xffffu);
}

void interp_pkhtb(struct cpu *cpu, const struct insn *in)
{
	uint32_t op2 = shift(cpu->r[in->rm], in->shift_type, in->shift_amt, cpu->cf);

	cpu->r[in->rd] = (cpu->r[in->rn] & 0xffff0000u) | (op2 & 0xffffu);
}

/* ---- USAD8, USADA8: sum of the absolute differences of the four bytes ---- */

static uint32_t usad(const struct cpu *cpu, const struct insn *in)
{
	uint32_t n = cpu->r[in->rn], m = cpu->r[in->rm], sum = 0;

	for (unsigned sh = 0; sh < 32; sh += 8) {
		int32_t d = (int32_t)((n >> sh) & 0xff) - (int32_t)((m >> sh) & 0xff);
		sum += (uint32_t)(d < 0 ? -d : d);
	}
	return sum;
}

void interp_usad8(struct cpu *cpu, const struct insn *in)
{
	cpu->r[in->rd] = usad(cpu, in);
}

void interp_usada8(struct cpu *cpu, const struct insn *in)
{
	cpu->r[in->rd] = cpu->r[in->ra] + usad(cpu, in);
}
