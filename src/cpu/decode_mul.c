/*
 * Decode functions for the multiply, saturating, parallel add/subtract,
 * packing and SAD instructions (tables arm_mul.inc, t16_mul.inc, t32_mul.inc).
 *
 * Register fields: rd, rn, rm, and ra for the accumulator; the long forms put
 * RdLo in rd and RdHi in ra. A field an op does not use is REG_NONE.
 *
 * UNPREDICTABLE register choices (ARM ARM A8.8, each instruction's decode):
 *   - the PC as any operand: decoded as UNDEFINED;
 *   - SP in Thumb (BadReg): executed as an ordinary register, as QEMU does;
 *   - RdHi == RdLo: executed, RdLo written first and RdHi last, as QEMU does.
 */
#include "decode.h"
#include "alu.h"

/* The interpreter and these tables index ops relative to the first of a group. */
_Static_assert(OP_SMLATT == OP_SMLABB + 3 && OP_SMULTT == OP_SMULBB + 3 &&
	       OP_SMLALTT == OP_SMLALBB + 3, "halfword multiply ops in b/t order");
_Static_assert(OP_SMLAWT == OP_SMLAWB + 1 && OP_SMULWT == OP_SMULWB + 1,
	       "SMLAW/SMULW in b/t order");
_Static_assert(OP_SMUADX == OP_SMUAD + 1 && OP_SMUSDX == OP_SMUSD + 1 &&
	       OP_SMLADX == OP_SMLAD + 1 && OP_SMLSDX == OP_SMLSD + 1 &&
	       OP_SMLALDX == OP_SMLALD + 1 && OP_SMLSLDX == OP_SMLSLD + 1 &&
	       OP_SMMULR == OP_SMMUL + 1 && OP_SMMLAR == OP_SMMLA + 1 &&
	       OP_SMMLSR == OP_SMMLS + 1, "X and R forms follow their base op");
_Static_assert(OP_UHSUB8 == OP_SADD16 + 35, "parallel ops: 6 kinds of 6 operations");

enum { PAR_ADD16, PAR_ASX, PAR_SAX, PAR_SUB16, PAR_ADD8, PAR_SUB8 };

static void set_regs(struct insn *in, unsigned d, unsigned n, unsigned m, unsigned a)
{
	in->rd = (uint8_t)d;
	in->rn = (uint8_t)n;
	in->rm = (uint8_t)m;
	in->ra = (uint8_t)a;
}

/* Ra = 1111 selects the form without accumulator (A5.4.4, A6.3.16). */
static void pick_acc(struct insn *in, unsigned acc_op, unsigned plain_op)
{
	if (in->ra == 15) {
		in->op = (uint16_t)plain_op;
		in->ra = REG_NONE;
	} else {
		in->op = (uint16_t)acc_op;
	}
}

static bool regs_ok(const struct insn *in)
{
	return in->rd != 15 && in->rn != 15 && in->rm != 15 && in->ra != 15;
}

/* ---- ARM ---- */

/* MUL, MLA, UMAAL, MLS, UMULL, UMLAL, SMULL, SMLAL (A5.2.5). */
bool decode_mul_arm_mul(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[8] = {
		OP_MUL, OP_MLA, OP_UMAAL, OP_MLS, OP_UMULL, OP_UMLAL, OP_SMULL, OP_SMLAL
	};
	unsigned op = bits(enc, 23, 21);

	in->op = ops[op];
	flag_if(in, bit(enc, 20), INSN_S);
	if (op >= 4 || op == 2)   /* RdLo in 15:12, RdHi in 19:16 */
		set_regs(in, bits(enc, 15, 12), bits(enc, 3, 0), bits(enc, 11, 8),
			 bits(enc, 19, 16));
	else
		set_regs(in, bits(enc, 19, 16), bits(enc, 3, 0), bits(enc, 11, 8),
			 op == 0 ? REG_NONE : bits(enc, 15, 12));
	return regs_ok(in);
}

/* QADD, QSUB, QDADD, QDSUB (A5.2.6). */
bool decode_mul_arm_qadd(struct insn *in, uint32_t enc)
{
	in->op = (uint16_t)(OP_QADD + bits(enc, 22, 21));
	set_regs(in, bits(enc, 15, 12), bits(enc, 19, 16), bits(enc, 3, 0), REG_NONE);
	return regs_ok(in);
}

/* SMLA<x><y>, SMLAW<y>, SMULW<y>, SMLAL<x><y>, SMUL<x><y> (A5.2.7). */
bool decode_mul_arm_half(struct insn *in, uint32_t enc)
{
	unsigned x = bit(enc, 5), y = bit(enc, 6);

	set_regs(in, bits(enc, 19, 16), bits(enc, 3, 0), bits(enc, 11, 8), bits(enc, 15, 12));
	switch (bits(enc, 22, 21)) {
	case 0:
		in->op = (uint16_t)(OP_SMLABB + 2 * x + y);
		break;
	case 1:
		if (x) {
			in->op = (uint16_t)(OP_SMULWB + y);
			in->ra = REG_NONE;
		} else {
			in->op = (uint16_t)(OP_SMLAWB + y);
		}
		break;
	case 2:
		in->op = (uint16_t)(OP_SMLALBB + 2 * x + y);
		set_regs(in, bits(enc, 15, 12), in->rn, in->rm, bits(enc, 19, 16));
		break;
	default:
		in->op = (uint16_t)(OP_SMULBB + 2 * x + y);
		in->ra = REG_NONE;
		break;
	}
	return regs_ok(in);
}

/* Parallel add/subtract (A5.4.1): op1 in bits 22:20, op2 in bits 7:5. */
bool decode_mul_arm_par(struct insn *in, uint32_t enc)
{
	static const int8_t kind[8] = { -1, 0, 1, 2, -1, 3, 4, 5 };
	static const int8_t oper[8] = {
		PAR_ADD16, PAR_ASX, PAR_SAX, PAR_SUB16, PAR_ADD8, -1, -1, PAR_SUB8
	};
	int k = kind[bits(enc, 22, 20)], o = oper[bits(enc, 7, 5)];

	if (k < 0 || o < 0)
		return false;
	in->op = (uint16_t)(OP_SADD16 + 6 * k + o);
	set_regs(in, bits(enc, 15, 12), bits(enc, 19, 16), bits(enc, 3, 0), REG_NONE);
	return regs_ok(in);
}

/* PKHBT, PKHTB (A8.8 PKH): tb in bit 6; PKHTB shifts ASR, imm5 = 0 meaning 32. */
bool decode_mul_arm_pkh(struct insn *in, uint32_t enc)
{
	unsigned tb = bit(enc, 6);

	in->op = tb ? OP_PKHTB : OP_PKHBT;
	set_regs(in, bits(enc, 15, 12), bits(enc, 19, 16), bits(enc, 3, 0), REG_NONE);
	decode_imm_shift(in, tb ? SRTYPE_ASR : SRTYPE_LSL, bits(enc, 11, 7));
	return regs_ok(in);
}

bool decode_mul_arm_sel(struct insn *in, uint32_t enc)
{
	in->op = OP_SEL;
	set_regs(in, bits(enc, 15, 12), bits(enc, 19, 16), bits(enc, 3, 0), REG_NONE);
	return regs_ok(in);
}

/* SSAT, USAT (A8.8): imm = the bit position saturated to. */
bool decode_mul_arm_sat(struct insn *in, uint32_t enc)
{
	unsigned u = bit(enc, 22);

	in->op = u ? OP_USAT : OP_SSAT;
	in->imm = bits(enc, 20, 16) + (u ? 0 : 1);
	set_regs(in, bits(enc, 15, 12), bits(enc, 3, 0), REG_NONE, REG_NONE);
	decode_imm_shift(in, bit(enc, 6) ? SRTYPE_ASR : SRTYPE_LSL, bits(enc, 11, 7));
	return regs_ok(in);
}

/* SSAT16, USAT16 (A8.8). */
bool decode_mul_arm_sat16(struct insn *in, uint32_t enc)
{
	unsigned u = bit(enc, 22);

	in->op = u ? OP_USAT16 : OP_SSAT16;
	in->imm = bits(enc, 19, 16) + (u ? 0 : 1);
	set_regs(in, bits(enc, 15, 12), bits(enc, 3, 0), REG_NONE, REG_NONE);
	return regs_ok(in);
}

/* SMLAD, SMUAD, SMLSD, SMUSD, SMLALD, SMLSLD, SMMLA, SMMUL, SMMLS (A5.4.4):
 * bit 5 is M (exchange halves of Rm) or R (round). */
bool decode_mul_arm_dual(struct insn *in, uint32_t enc)
{
	unsigned x = bit(enc, 5), sub = bit(enc, 6);

	set_regs(in, bits(enc, 19, 16), bits(enc, 3, 0), bits(enc, 11, 8), bits(enc, 15, 12));
	switch (bits(enc, 22, 20)) {
	case 0:
		if (sub)
			pick_acc(in, OP_SMLSD + x, OP_SMUSD + x);
		else
			pick_acc(in, OP_SMLAD + x, OP_SMUAD + x);
		break;
	case 4:
		in->op = (uint16_t)((sub ? OP_SMLSLD : OP_SMLALD) + x);
		set_regs(in, bits(enc, 15, 12), in->rn, in->rm, bits(enc, 19, 16));
		break;
	case 5:
		if (bit(enc, 7))
			in->op = (uint16_t)(OP_SMMLS + x);
		else
			pick_acc(in, OP_SMMLA + x, OP_SMMUL + x);
		break;
	default:
		return false;
	}
	return regs_ok(in);
}

/* USAD8, USADA8 (A8.8). */
bool decode_mul_arm_usad(struct insn *in, uint32_t enc)
{
	set_regs(in, bits(enc, 19, 16), bits(enc, 3, 0), bits(enc, 11, 8), bits(enc, 15, 12));
	pick_acc(in, OP_USADA8, OP_USAD8);
	return regs_ok(in);
}

/* ---- Thumb ---- */

/* MULS Rdm, Rn (A8.8 MUL, T1): flags only outside an IT block. */
bool decode_mul_t16_mul(struct insn *in, uint32_t enc)
{
	in->op = OP_MUL;
	in->flags |= INSN_S_NOT_IT;
	set_regs(in, bits(enc, 2, 0), bits(enc, 5, 3), bits(enc, 2, 0), REG_NONE);
	return true;
}

/* A6.3.16: op1 in bits 22:20 (hw1 6:4), op2 and N:M or M/R in bits 5:4. */
bool decode_mul_t32_mul(struct insn *in, uint32_t enc)
{
	unsigned nm = bits(enc, 5, 4), low = bit(enc, 4);

	set_regs(in, bits(enc, 11, 8), bits(enc, 19, 16), bits(enc, 3, 0), bits(enc, 15, 12));
	switch (bits(enc, 22, 20)) {
	case 0:
		if (low)
			in->op = OP_MLS;
		else
			pick_acc(in, OP_MLA, OP_MUL);
		break;
	case 1:
		pick_acc(in, OP_SMLABB + nm, OP_SMULBB + nm);
		break;
	case 2:
		pick_acc(in, OP_SMLAD + low, OP_SMUAD + low);
		break;
	case 3:
		pick_acc(in, OP_SMLAWB + low, OP_SMULWB + low);
		break;
	case 4:
		pick_acc(in, OP_SMLSD + low, OP_SMUSD + low);
		break;
	case 5:
		pick_acc(in, OP_SMMLA + low, OP_SMMUL + low);
		break;
	case 6:
		in->op = (uint16_t)(OP_SMMLS + low);
		break;
	default:
		pick_acc(in, OP_USADA8, OP_USAD8);
		break;
	}
	return regs_ok(in);
}

/* A6.3.17: hw2 = RdLo RdHi op2 Rm. */
bool decode_mul_t32_long(struct insn *in, uint32_t enc)
{
	unsigned op2 = bits(enc, 7, 4);

	set_regs(in, bits(enc, 15, 12), bits(enc, 19, 16), bits(enc, 3, 0), bits(enc, 11, 8));
	switch (bits(enc, 22, 20)) {
	case 0:
		in->op = OP_SMULL;
		break;
	case 2:
		in->op = OP_UMULL;
		break;
	case 4:
		if (op2 == 0)
			in->op = OP_SMLAL;
		else if ((op2 & 0xc) == 0x8)
			in->op = (uint16_t)(OP_SMLALBB + (op2 & 3));
		else
			in->op = (uint16_t)(OP_SMLALD + (op2 & 1));
		break;
	case 5:
		in->op = (uint16_t)(OP_SMLSLD + (op2 & 1));
		break;
	case 6:
		in->op = op2 == 0 ? OP_UMLAL : OP_UMAAL;
		break;
	default:
		return false;
	}
	return regs_ok(in);
}

/* A6.3.13-14: the operation in hw1 6:4, the kind in hw2 6:4. */
bool decode_mul_t32_par(struct insn *in, uint32_t enc)
{
	static const int8_t oper[8] = {
		PAR_ADD8, PAR_ADD16, PAR_ASX, -1, PAR_SUB8, PAR_SUB16, PAR_SAX, -1
	};
	static const int8_t kind[8] = { 0, 1, 2, -1, 3, 4, 5, -1 };
	int o = oper[bits(enc, 22, 20)], k = kind[bits(enc, 6, 4)];

	if (k < 0 || o < 0)
		return false;
	in->op = (uint16_t)(OP_SADD16 + 6 * k + o);
	set_regs(in, bits(enc, 11, 8), bits(enc, 19, 16), bits(enc, 3, 0), REG_NONE);
	return regs_ok(in);
}

/* QADD, QDADD, QSUB, QDSUB (A6.3.15): op2 in bits 5:4. */
bool decode_mul_t32_qadd(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[4] = { OP_QADD, OP_QDADD, OP_QSUB, OP_QDSUB };

	in->op = ops[bits(enc, 5, 4)];
	set_regs(in, bits(enc, 11, 8), bits(enc, 19, 16), bits(enc, 3, 0), REG_NONE);
	return regs_ok(in);
}

bool decode_mul_t32_sel(struct insn *in, uint32_t enc)
{
	in->op = OP_SEL;
	set_regs(in, bits(enc, 11, 8), bits(enc, 19, 16), bits(enc, 3, 0), REG_NONE);
	return regs_ok(in);
}

/* SSAT, USAT, SSAT16, USAT16 (A6.3.3): U in bit 23, sh in bit 21; sh = 1 with
 * a zero shift is the 16-bit form, whose bits 5:4 are (0)(0). */
bool decode_mul_t32_sat(struct insn *in, uint32_t enc)
{
	unsigned u = bit(enc, 23), sh = bit(enc, 21);
	unsigned imm5 = bits(enc, 14, 12) << 2 | bits(enc, 7, 6);

	set_regs(in, bits(enc, 11, 8), bits(enc, 19, 16), REG_NONE, REG_NONE);
	if (sh && imm5 == 0) {
		if (bits(enc, 5, 4))
			return false;
		in->op = u ? OP_USAT16 : OP_SSAT16;
		in->imm = bits(enc, 3, 0) + (u ? 0 : 1);
	} else {
		in->op = u ? OP_USAT : OP_SSAT;
		in->imm = bits(enc, 4, 0) + (u ? 0 : 1);
		decode_imm_shift(in, sh ? SRTYPE_ASR : SRTYPE_LSL, imm5);
	}
	return regs_ok(in);
}

/* PKHBT, PKHTB (A8.8 PKH, T1): tb in bit 5. */
bool decode_mul_t32_pkh(struct insn *in, uint32_t enc)
{
	unsigned tb = bit(enc, 5);

	in->op = tb ? OP_PKHTB : OP_PKHBT;
	set_regs(in, bits(enc, 11, 8), bits(enc, 19, 16), bits(enc, 3, 0), REG_NONE);
	decode_imm_shift(in, tb ? SRTYPE_ASR : SRTYPE_LSL,
			 bits(enc, 14, 12) << 2 | bits(enc, 7, 6));
	return regs_ok(in);
}
