/*
 * Decode functions of the ctl class (tables src/cpu/{arm,t16,t32}_ctl.inc; the
 * fields each op uses are listed in include/ops_ctl.inc). ARM ARM A5.7, A5.2.11,
 * A5.2.12, A6.2.3, A6.2.5, A6.2.6, A6.3.4, A6.3.5, A6.3.18.
 *
 * UNPREDICTABLE forms follow QEMU 7.2, the reference for what the guest sees:
 * where it executes one (BLX PC, MSR with mask 0, CPS with odd imod/M values,
 * MCR with Rt = PC) we decode it and execute it the same way; where it raises
 * UNDEFINED (SRS to an invalid mode, BLX H = 1) the decode function returns
 * false.
 */
#include "alu.h"
#include "cpu.h"
#include "ctl.h"
#include "decode.h"

/* Encodings of extensions the guest does not see (SMC, HVC, ERET, banked MRS
 * and MSR). */
bool decode_ctl_undef(struct insn *in, uint32_t enc)
{
	(void)in;
	(void)enc;
	return false;
}

/* ---- ARM ---- */

bool decode_arm_b(struct insn *in, uint32_t enc)
{
	in->op = bit(enc, 24) ? OP_BL : OP_B;
	in->imm = sign_extend(bits(enc, 23, 0) << 2, 26);
	return true;
}

/* BLX (immediate) A2: imm32 = SignExtend(imm24:H:'0'). */
bool decode_arm_blx_imm(struct insn *in, uint32_t enc)
{
	in->op = OP_BLX_IMM;
	in->imm = sign_extend(bits(enc, 23, 0) << 2 | bit(enc, 24) << 1, 26);
	return true;
}

bool decode_arm_bx(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[4] = { 0, OP_BX, OP_BXJ, OP_BLX };
	in->op = ops[bits(enc, 7, 4)];
	in->rm = (uint8_t)bits(enc, 3, 0);
	return true;
}

/* MRS Rd = PC is UNPREDICTABLE; QEMU writes the value to the PC as a branch,
 * and so does interp_mrs. */
bool decode_arm_mrs(struct insn *in, uint32_t enc)
{
	in->op = OP_MRS;
	in->rd = (uint8_t)bits(enc, 15, 12);
	flag_if(in, bit(enc, 22), INSN_X1);
	return true;
}

bool decode_arm_msr_reg(struct insn *in, uint32_t enc)
{
	in->op = OP_MSR;
	in->rn = (uint8_t)bits(enc, 3, 0);
	in->ra = (uint8_t)bits(enc, 19, 16);
	flag_if(in, bit(enc, 22), INSN_X1);
	return true;
}

bool decode_arm_msr_imm(struct insn *in, uint32_t enc)
{
	in->op = OP_MSR;
	arm_expand_imm(in, bits(enc, 11, 0));
	in->ra = (uint8_t)bits(enc, 19, 16);
	flag_if(in, bit(enc, 22), INSN_X1);
	return true;
}

/* Hints (A5.2.11, A6.3.4): the number is bits [7:0] in ARM and 32-bit Thumb.
 * Hints without an ARMv7 meaning (SEVL, ESB, CSDB, ...) execute as NOP. ARM
 * bits [11:8] are should-be-zero; QEMU ignores them, and so do we. */
static void decode_hint_number(struct insn *in, uint32_t hint)
{
	switch (hint) {
	case 1: in->op = OP_YIELD; break;
	case 2: in->op = OP_WFE; break;
	case 3: in->op = OP_WFI; break;
	case 4: in->op = OP_SEV; break;
	default:
		if ((hint & 0xf0) == 0xf0) {
			in->op = OP_DBG;
			in->imm = hint & 0xf;
		} else {
			in->op = OP_NOP;
			in->imm = hint;
		}
		break;
	}
}

bool decode_ctl_hint(struct insn *in, uint32_t enc)
{
	decode_hint_number(in, bits(enc, 7, 0));
	return true;
}

/* CPS fields shared by ARM A1 and Thumb T2 (imod, M, mode); aif is A:I:F. */
static void decode_cps_fields(struct insn *in, unsigned imod, unsigned m,
			      unsigned aif, unsigned mode)
{
	in->op = OP_CPS;
	in->reglist = (uint16_t)(aif << 6);
	if (imod == 2)
		in->flags |= INSN_X2;
	else if (imod == 3)
		in->flags |= INSN_X3;
	if (m) {
		in->flags |= INSN_X1;
		in->imm = mode;
	}
}

bool decode_arm_cps(struct insn *in, uint32_t enc)
{
	decode_cps_fields(in, bits(enc, 19, 18), bit(enc, 17), bits(enc, 8, 6),
			  bits(enc, 4, 0));
	return true;
}

bool decode_arm_setend(struct insn *in, uint32_t enc)
{
	in->op = OP_SETEND;
	flag_if(in, bit(enc, 9), INSN_X1);
	return true;
}

/* SRS to a mode that does not exist (or Monitor/Hyp, absent here) is
 * UNPREDICTABLE; QEMU raises UNDEFINED. */
static bool decode_srs_fields(struct insn *in, bool p, bool u, bool w, unsigned mode)
{
	if (!mode_is_valid(mode))
		return false;
	in->op = OP_SRS;
	in->rn = 13;
	in->imm = mode;
	in->flags |= (p ? INSN_P : 0) | (u ? INSN_U : 0) | (w ? INSN_W : 0);
	return true;
}

static void decode_rfe_fields(struct insn *in, bool p, bool u, bool w, unsigned n)
{
	in->op = OP_RFE;
	in->rn = (uint8_t)n;
	in->flags |= (p ? INSN_P : 0) | (u ? INSN_U : 0) | (w ? INSN_W : 0);
}

bool decode_arm_srs(struct insn *in, uint32_t enc)
{
	return decode_srs_fields(in, bit(enc, 24), bit(enc, 23), bit(enc, 21),
				 bits(enc, 4, 0));
}

bool decode_arm_rfe(struct insn *in, uint32_t enc)
{
	decode_rfe_fields(in, bit(enc, 24), bit(enc, 23), bit(enc, 21), bits(enc, 19, 16));
	return true;
}

/* DSB, DMB, ISB: option in bits [3:0] (ARM and Thumb alike). */
bool decode_ctl_barrier(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[3] = { OP_DSB, OP_DMB, OP_ISB };
	in->op = ops[bits(enc, 7, 4) - 4];
	in->imm = bits(enc, 3, 0);
	return true;
}

bool decode_arm_svc(struct insn *in, uint32_t enc)
{
	in->op = OP_SVC;
	in->imm = bits(enc, 23, 0);
	return true;
}

/* BKPT with cond != AL is UNPREDICTABLE; QEMU executes it conditionally. */
bool decode_arm_bkpt(struct insn *in, uint32_t enc)
{
	in->op = OP_BKPT;
	in->imm = bits(enc, 19, 8) << 4 | bits(enc, 3, 0);
	return true;
}

/* UDF is the cond = AL member of the permanently UNDEFINED space (A5.4). */
bool decode_arm_udf(struct insn *in, uint32_t enc)
{
	if (in->cond != COND_AL)
		return false;
	in->op = OP_UDF;
	in->imm = bits(enc, 19, 8) << 4 | bits(enc, 3, 0);
	return true;
}

/* MCR/MRC, ARM A1 and Thumb T1: the fields sit at the same bits. */
bool decode_ctl_mcr(struct insn *in, uint32_t enc)
{
	in->op = bit(enc, 20) ? OP_MRC : OP_MCR;
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)bits(enc, 19, 16);
	in->rm = (uint8_t)bits(enc, 3, 0);
	in->imm = CTL_CP_IMM(bits(enc, 11, 8), bits(enc, 23, 21), bits(enc, 7, 5));
	return true;
}

/* MCRR/MRRC, ARM A1 and Thumb T1. MRRC to the PC is UNPREDICTABLE; we make it
 * UNDEFINED rather than branch to a system register value. */
bool decode_ctl_mcrr(struct insn *in, uint32_t enc)
{
	in->op = bit(enc, 20) ? OP_MRRC : OP_MCRR;
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->ra = (uint8_t)bits(enc, 19, 16);
	in->rm = (uint8_t)bits(enc, 3, 0);
	in->imm = CTL_CP_IMM(bits(enc, 11, 8), bits(enc, 7, 4), 0);
	return !(in->op == OP_MRRC && (in->rd == 15 || in->ra == 15));
}

/* ---- 16-bit Thumb ---- */

/* B T1; cond 1110 and 1111 are UDF and SVC (more specific entries). */
bool decode_t16_b_cond(struct insn *in, uint32_t enc)
{
	in->op = OP_B;
	in->cond = (uint8_t)bits(enc, 11, 8);
	in->imm = sign_extend(bits(enc, 7, 0) << 1, 9);
	return true;
}

bool decode_t16_udf(struct insn *in, uint32_t enc)
{
	in->op = OP_UDF;
	in->imm = bits(enc, 7, 0);
	return true;
}

bool decode_t16_svc(struct insn *in, uint32_t enc)
{
	in->op = OP_SVC;
	in->imm = bits(enc, 7, 0);
	return true;
}

bool decode_t16_b(struct insn *in, uint32_t enc)
{
	in->op = OP_B;
	in->imm = sign_extend(bits(enc, 10, 0) << 1, 12);
	return true;
}

bool decode_t16_bx(struct insn *in, uint32_t enc)
{
	in->op = bit(enc, 7) ? OP_BLX : OP_BX;
	in->rm = (uint8_t)bits(enc, 6, 3);
	return true;
}

/* CBZ/CBNZ: imm32 = ZeroExtend(i:imm5:'0'). */
bool decode_t16_cbz(struct insn *in, uint32_t enc)
{
	in->op = bit(enc, 11) ? OP_CBNZ : OP_CBZ;
	in->rn = (uint8_t)bits(enc, 2, 0);
	in->imm = bit(enc, 9) << 6 | bits(enc, 7, 3) << 1;
	return true;
}

/* IT (A8.8.54): firstcond 1111, and AL with an "else" (condition 1111: a
 * mask with more than one bit set), are UNPREDICTABLE: UNDEFINED here. */
bool decode_t16_it(struct insn *in, uint32_t enc)
{
	unsigned firstcond = bits(enc, 7, 4), mask = bits(enc, 3, 0);
	if (firstcond == 15 || (firstcond == COND_AL && __builtin_popcount(mask) != 1))
		return false;
	in->op = OP_IT;
	in->imm = bits(enc, 7, 0);
	return true;
}

bool decode_t16_hint(struct insn *in, uint32_t enc)
{
	decode_hint_number(in, bits(enc, 7, 4));
	return true;
}

bool decode_t16_bkpt(struct insn *in, uint32_t enc)
{
	in->op = OP_BKPT;
	in->imm = bits(enc, 7, 0);
	return true;
}

/* CPS T1: im = 1 disables. A:I:F = 000 is UNPREDICTABLE; QEMU changes nothing. */
bool decode_t16_cps(struct insn *in, uint32_t enc)
{
	decode_cps_fields(in, 2 | bit(enc, 4), 0, bits(enc, 2, 0), 0);
	return true;
}

bool decode_t16_setend(struct insn *in, uint32_t enc)
{
	in->op = OP_SETEND;
	flag_if(in, bit(enc, 3), INSN_X1);
	return true;
}

/* ---- 32-bit Thumb ---- */

/* B T3: imm32 = SignExtend(S:J2:J1:imm6:imm11:'0'). cond 111x is the
 * miscellaneous-control space: what no other entry claims there is UNDEFINED. */
bool decode_t32_b_cond(struct insn *in, uint32_t enc)
{
	unsigned cond = bits(enc, 25, 22);
	if (cond >> 1 == 7)
		return false;
	in->op = OP_B;
	in->cond = (uint8_t)cond;
	in->imm = sign_extend(bit(enc, 26) << 20 | bit(enc, 11) << 19 | bit(enc, 13) << 18 |
			      bits(enc, 21, 16) << 12 | bits(enc, 10, 0) << 1, 21);
	return true;
}

/* I1 = NOT(J1 EOR S), I2 = NOT(J2 EOR S) (B T4, BL, BLX). */
static uint32_t t32_branch_high(uint32_t enc)
{
	uint32_t s = bit(enc, 26);
	uint32_t i1 = !(bit(enc, 13) ^ s), i2 = !(bit(enc, 11) ^ s);
	return s << 24 | i1 << 23 | i2 << 22 | bits(enc, 25, 16) << 12;
}

/* B T4 and BL T1: imm32 = SignExtend(S:I1:I2:imm10:imm11:'0'). */
bool decode_t32_b(struct insn *in, uint32_t enc)
{
	in->op = bit(enc, 14) ? OP_BL : OP_B;
	in->imm = sign_extend(t32_branch_high(enc) | bits(enc, 10, 0) << 1, 25);
	return true;
}

/* BLX (immediate) T2: imm32 = SignExtend(S:I1:I2:imm10H:imm10L:'00'); H = 1 is
 * UNDEFINED. */
bool decode_t32_blx_imm(struct insn *in, uint32_t enc)
{
	if (bit(enc, 0))
		return false;
	in->op = OP_BLX_IMM;
	in->imm = sign_extend(t32_branch_high(enc) | bits(enc, 10, 1) << 2, 25);
	return true;
}

bool decode_t32_bxj(struct insn *in, uint32_t enc)
{
	in->op = OP_BXJ;
	in->rm = (uint8_t)bits(enc, 19, 16);
	return true;
}

bool decode_t32_msr(struct insn *in, uint32_t enc)
{
	in->op = OP_MSR;
	in->rn = (uint8_t)bits(enc, 19, 16);
	in->ra = (uint8_t)bits(enc, 11, 8);
	flag_if(in, bit(enc, 20), INSN_X1);
	return true;
}

bool decode_t32_mrs(struct insn *in, uint32_t enc)
{
	in->op = OP_MRS;
	in->rd = (uint8_t)bits(enc, 11, 8);
	flag_if(in, bit(enc, 20), INSN_X1);
	return true;
}

/* CPS T2; imod = 00 with M = 0 is the hint space (a more specific entry). */
bool decode_t32_cps(struct insn *in, uint32_t enc)
{
	decode_cps_fields(in, bits(enc, 10, 9), bit(enc, 8), bits(enc, 7, 5),
			  bits(enc, 4, 0));
	return true;
}

/* SUBS PC, LR, #imm8 (B9.3.19); with imm8 = 0 it is also ERET, which needs the
 * Virtualization Extensions: without them it is this instruction. */
bool decode_t32_subs_pc_lr(struct insn *in, uint32_t enc)
{
	in->op = OP_SUBS_PC_LR;
	in->rd = 15;
	in->rn = 14;
	in->imm = bits(enc, 7, 0);
	return true;
}

/* SRS/RFE T1 is DB (P = 1, U = 0), T2 is IA (P = 0, U = 1): hw1 bits [8:7]. */
bool decode_t32_srs(struct insn *in, uint32_t enc)
{
	bool ia = bit(enc, 23);
	return decode_srs_fields(in, !ia, ia, bit(enc, 21), bits(enc, 4, 0));
}

bool decode_t32_rfe(struct insn *in, uint32_t enc)
{
	bool ia = bit(enc, 23);
	decode_rfe_fields(in, !ia, ia, bit(enc, 21), bits(enc, 19, 16));
	return true;
}

bool decode_t32_udf(struct insn *in, uint32_t enc)
{
	in->op = OP_UDF;
	in->imm = bits(enc, 19, 16) << 12 | bits(enc, 11, 0);
	return true;
}
