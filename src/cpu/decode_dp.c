/*
 * Decoding of the data-processing class (tables arm_dp.inc, t16_dp.inc,
 * t32_dp.inc): ARM ARM A5.2-A5.4, A6.2, A6.3.
 *
 * Fields of struct insn, by op (registers not used are REG_NONE):
 *  AND EOR SUB RSB ADD ADC SBC RSC ORR ORN BIC   rd = rn <op> operand2
 *  TST TEQ CMP CMN                  rn, operand2 (rd = REG_NONE, INSN_S set)
 *  MOV MVN                          rd, operand2 (rn = REG_NONE); MOV is also
 *                                   LSL, LSR, ASR, ROR and RRX
 *    operand2: INSN_IMM: imm, with the carry-out in INSN_IMM_C / INSN_IMM_C1;
 *              ARM encodings keep the rotation of imm8 in shift_amt (only the
 *              disassembler uses it: objdump prints "#imm8, rot" for a
 *              rotation the assembler would not choose);
 *              otherwise rm shifted by shift_type and shift_amt (already
 *              DecodeImmShift'ed), or, with INSN_REGSHIFT, by register ra
 *              (amount = ra[7:0]).
 *    INSN_S sets flags; INSN_S_NOT_IT (16-bit Thumb) sets them outside IT.
 *    INSN_X1: 16-bit Thumb two-operand form (rd is also rn), printed
 *             "adds r0, #1", "ands r0, r1", "add sp, #8"; RSB: "negs rd, rn".
 *    INSN_X2: 32-bit Thumb plain 12-bit immediate (ADDW, SUBW).
 *  ADR        rd = Align(PC, 4) + imm (INSN_U) or - imm; INSN_X2 as above;
 *             ARM: the rotation in shift_amt as for operand2.
 *  MOVW MOVT  rd, imm (16 bits).
 *  CLZ RBIT REV REV16 REVSH   rd, rm.
 *  BFC BFI SBFX UBFX          rd, rn (not BFC), shift_amt = lsb, imm = width.
 *  SXT* UXT*  rd, rm rotated right by shift_amt (0, 8, 16, 24); the
 *             accumulating forms (SXTAB...) add rn.
 *
 * UNPREDICTABLE encodings: where QEMU 7.2 (the reference for differential
 * tests) executes them, so do we: a PC operand reads as the usual PC value,
 * SP is an ordinary register, a PC destination branches (ALU ops: ALUWritePC;
 * ADR: BXWritePC; MOVW, MOVT, CLZ, bit field, extend, reverse: BranchWritePC,
 * as QEMU's store_reg does; ThumbExpandImm's repeating patterns of imm8 = 0:
 * the value 0). Exceptions, which return false (UNDEFINED):
 * the forms QEMU UNDEFs (should-be-zero/one fields not as required: those are
 * fixed bits in the tables; BFI/BFC with msb < lsb; SBFX/UBFX with lsb +
 * width > 32), and 32-bit Thumb flag-setting forms
 * that write the PC (QEMU sets flags and branches, or, for MOVS, returns from
 * an exception; we do not guess).
 */
#include "alu.h"
#include "decode.h"

/* Operations by ARM opcode field, bits [24:21] (A5.2.1). */
static const uint16_t dp_arm_ops[16] = {
	OP_AND, OP_EOR, OP_SUB, OP_RSB, OP_ADD, OP_ADC, OP_SBC, OP_RSC,
	OP_TST, OP_TEQ, OP_CMP, OP_CMN, OP_ORR, OP_MOV, OP_BIC, OP_MVN,
};

/* Operations by 32-bit Thumb opcode field, hw1 bits [8:5] (A6.3.1, A6.3.11). */
static const uint16_t dp_t32_ops[16] = {
	OP_AND, OP_BIC, OP_ORR, OP_ORN, OP_EOR, OP_UNDEF, OP_UNDEF, OP_UNDEF,
	OP_ADD, OP_UNDEF, OP_ADC, OP_SBC, OP_UNDEF, OP_SUB, OP_RSB, OP_UNDEF,
};

static bool dp_is_compare(unsigned op)
{
	return op == OP_TST || op == OP_TEQ || op == OP_CMP || op == OP_CMN;
}

static void dp_no_regs(struct insn *in)
{
	in->rd = in->rn = in->rm = in->ra = REG_NONE;
}

/* Op and registers of an ALU operation; compares write no register, MOV and
 * MVN read no rn. */
static void dp_alu(struct insn *in, unsigned op, unsigned rd, unsigned rn, bool s)
{
	dp_no_regs(in);
	in->op = (uint16_t)op;
	if (dp_is_compare(op)) {
		in->flags |= INSN_S;
		in->rn = (uint8_t)rn;
		return;
	}
	flag_if(in, s, INSN_S);
	in->rd = (uint8_t)rd;
	if (op != OP_MOV && op != OP_MVN)
		in->rn = (uint8_t)rn;
}

/* ---- ARM ---- */

/* Data-processing (immediate), A5.2.3: ARMExpandImm_C. */
bool dp_arm_imm(struct insn *in, uint32_t enc)
{
	dp_alu(in, dp_arm_ops[bits(enc, 24, 21)], bits(enc, 15, 12), bits(enc, 19, 16),
	       bit(enc, 20));
	arm_expand_imm(in, bits(enc, 11, 0));
	in->shift_type = SRTYPE_ROR;
	in->shift_amt = (uint8_t)(2 * bits(enc, 11, 8));
	return true;
}

/* ADR A1 (ADD from PC) and A2 (SUB from PC), A8.8.12. */
bool dp_arm_adr(struct insn *in, uint32_t enc)
{
	dp_no_regs(in);
	in->op = OP_ADR;
	in->rd = (uint8_t)bits(enc, 15, 12);
	arm_expand_imm(in, bits(enc, 11, 0));
	in->flags &= (uint16_t)~(INSN_IMM | INSN_IMM_C | INSN_IMM_C1);
	in->shift_type = SRTYPE_ROR;
	in->shift_amt = (uint8_t)(2 * bits(enc, 11, 8));
	flag_if(in, bit(enc, 23), INSN_U);
	return true;
}

/* Data-processing (register), A5.2.1: register shifted by an immediate. */
bool dp_arm_reg(struct insn *in, uint32_t enc)
{
	dp_alu(in, dp_arm_ops[bits(enc, 24, 21)], bits(enc, 15, 12), bits(enc, 19, 16),
	       bit(enc, 20));
	in->rm = (uint8_t)bits(enc, 3, 0);
	decode_imm_shift(in, bits(enc, 6, 5), bits(enc, 11, 7));
	return true;
}

/* Data-processing (register-shifted register), A5.2.2. The ARM ARM makes any
 * use of the PC UNPREDICTABLE; QEMU executes it, reading PC as usual. */
bool dp_arm_rsr(struct insn *in, uint32_t enc)
{
	dp_alu(in, dp_arm_ops[bits(enc, 24, 21)], bits(enc, 15, 12), bits(enc, 19, 16),
	       bit(enc, 20));
	in->rm = (uint8_t)bits(enc, 3, 0);
	in->ra = (uint8_t)bits(enc, 11, 8);
	in->shift_type = (uint8_t)bits(enc, 6, 5);
	in->flags |= INSN_REGSHIFT;
	return true;
}

/* MOVW A2, MOVT A1 (A8.8.102, A8.8.106). */
bool dp_arm_movw(struct insn *in, uint32_t enc)
{
	dp_no_regs(in);
	in->op = bit(enc, 22) ? OP_MOVT : OP_MOVW;
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->imm = bits(enc, 19, 16) << 12 | bits(enc, 11, 0);
	return true;
}

/* CLZ A1 (A8.8.33). */
bool dp_arm_clz(struct insn *in, uint32_t enc)
{
	dp_no_regs(in);
	in->op = OP_CLZ;
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rm = (uint8_t)bits(enc, 3, 0);
	return true;
}

/* REV, REV16, RBIT, REVSH A1 (A5.4.3): by bits 22 and 7. */
bool dp_arm_rev(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[4] = { OP_REV, OP_REV16, OP_RBIT, OP_REVSH };

	dp_no_regs(in);
	in->op = ops[bit(enc, 22) << 1 | bit(enc, 7)];
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rm = (uint8_t)bits(enc, 3, 0);
	return true;
}

/* Extend and extend-and-add (A5.4.3): op by bits [22:20], Rn = 15 for the
 * forms that do not add. */
static bool dp_ext(struct insn *in, unsigned op_acc, unsigned op_plain, unsigned rd,
		   unsigned rn, unsigned rm, unsigned rot)
{
	dp_no_regs(in);
	in->rd = (uint8_t)rd;
	in->rm = (uint8_t)rm;
	in->shift_type = SRTYPE_ROR;
	in->shift_amt = (uint8_t)(8 * rot);
	if (rn == 15) {
		in->op = (uint16_t)op_plain;
	} else {
		in->op = (uint16_t)op_acc;
		in->rn = (uint8_t)rn;
	}
	return true;
}

bool dp_arm_ext(struct insn *in, uint32_t enc)
{
	static const uint16_t acc[8] = {
		OP_SXTAB16, OP_UNDEF, OP_SXTAB, OP_SXTAH,
		OP_UXTAB16, OP_UNDEF, OP_UXTAB, OP_UXTAH,
	};
	static const uint16_t plain[8] = {
		OP_SXTB16, OP_UNDEF, OP_SXTB, OP_SXTH,
		OP_UXTB16, OP_UNDEF, OP_UXTB, OP_UXTH,
	};
	unsigned op = bits(enc, 22, 20);

	return dp_ext(in, acc[op], plain[op], bits(enc, 15, 12), bits(enc, 19, 16),
		      bits(enc, 3, 0), bits(enc, 11, 10));
}

/* SBFX/UBFX: lsb + width > 32 is UNPREDICTABLE, and QEMU UNDEFs it. */
static bool dp_bfx(struct insn *in, bool u, unsigned rd, unsigned rn, unsigned lsb,
		   unsigned widthm1)
{
	dp_no_regs(in);
	in->op = u ? OP_UBFX : OP_SBFX;
	in->rd = (uint8_t)rd;
	in->rn = (uint8_t)rn;
	in->shift_amt = (uint8_t)lsb;
	in->imm = widthm1 + 1;
	return lsb + widthm1 <= 31;
}

/* BFI/BFC: msb < lsb is UNPREDICTABLE, and QEMU UNDEFs it. */
static bool dp_bfi(struct insn *in, unsigned rd, unsigned rn, unsigned lsb, unsigned msb)
{
	dp_no_regs(in);
	in->rd = (uint8_t)rd;
	if (rn == 15) {
		in->op = OP_BFC;
	} else {
		in->op = OP_BFI;
		in->rn = (uint8_t)rn;
	}
	in->shift_amt = (uint8_t)lsb;
	in->imm = msb + 1 - lsb;
	return msb >= lsb;
}

bool dp_arm_bfx(struct insn *in, uint32_t enc)
{
	return dp_bfx(in, bit(enc, 22), bits(enc, 15, 12), bits(enc, 3, 0),
		      bits(enc, 11, 7), bits(enc, 20, 16));
}

bool dp_arm_bfi(struct insn *in, uint32_t enc)
{
	return dp_bfi(in, bits(enc, 15, 12), bits(enc, 3, 0), bits(enc, 11, 7),
		      bits(enc, 20, 16));
}

/* ---- 16-bit Thumb ---- */

/* LSL/LSR/ASR (immediate) T1 and MOV (register) T2 = LSL #0 (A6.2.1). */
bool dp_t16_shift_imm(struct insn *in, uint32_t enc)
{
	dp_alu(in, OP_MOV, bits(enc, 2, 0), REG_NONE, false);
	in->rm = (uint8_t)bits(enc, 5, 3);
	decode_imm_shift(in, bits(enc, 12, 11), bits(enc, 10, 6));
	in->flags |= INSN_S_NOT_IT;
	return true;
}

/* ADD/SUB (register) T1. */
bool dp_t16_addsub_reg(struct insn *in, uint32_t enc)
{
	dp_alu(in, bit(enc, 9) ? OP_SUB : OP_ADD, bits(enc, 2, 0), bits(enc, 5, 3), false);
	in->rm = (uint8_t)bits(enc, 8, 6);
	in->flags |= INSN_S_NOT_IT;
	return true;
}

/* ADD/SUB (immediate) T1: 3-bit immediate. */
bool dp_t16_addsub_imm3(struct insn *in, uint32_t enc)
{
	dp_alu(in, bit(enc, 9) ? OP_SUB : OP_ADD, bits(enc, 2, 0), bits(enc, 5, 3), false);
	in->imm = bits(enc, 8, 6);
	in->flags |= INSN_IMM | INSN_S_NOT_IT;
	return true;
}

/* MOV (immediate) T1, CMP (immediate) T1, ADD/SUB (immediate) T2. */
bool dp_t16_imm8(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[4] = { OP_MOV, OP_CMP, OP_ADD, OP_SUB };
	unsigned op = ops[bits(enc, 12, 11)];
	unsigned r = bits(enc, 10, 8);

	dp_alu(in, op, r, r, false);
	in->imm = bits(enc, 7, 0);
	in->flags |= INSN_IMM;
	flag_if(in, op != OP_CMP, INSN_S_NOT_IT);
	flag_if(in, op == OP_ADD || op == OP_SUB, INSN_X1);
	return true;
}

/* Data-processing, A6.2.2: Rdn = Rdn <op> Rm; shifts are MOV Rdn, Rdn, <sh> Rm;
 * RSB T1 is RSBS Rd, Rn, #0 (printed "negs"). */
bool dp_t16_alu(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[16] = {
		OP_AND, OP_EOR, OP_MOV, OP_MOV, OP_MOV, OP_ADC, OP_SBC, OP_MOV,
		OP_TST, OP_RSB, OP_CMP, OP_CMN, OP_ORR, OP_UNDEF, OP_BIC, OP_MVN,
	};
	static const uint8_t shifts[8] = {
		0, 0, SRTYPE_LSL, SRTYPE_LSR, SRTYPE_ASR, 0, 0, SRTYPE_ROR,
	};
	unsigned opc = bits(enc, 9, 6);
	unsigned rdn = bits(enc, 2, 0), rm = bits(enc, 5, 3);

	dp_alu(in, ops[opc], rdn, rdn, false);
	flag_if(in, !dp_is_compare(in->op), INSN_S_NOT_IT | INSN_X1);
	if (in->op == OP_RSB) {
		in->rn = (uint8_t)rm;
		in->flags |= INSN_IMM;
	} else if (in->op == OP_MOV) {
		in->rm = (uint8_t)rdn;
		in->ra = (uint8_t)rm;
		in->shift_type = shifts[opc];
		in->flags |= INSN_REGSHIFT;
	} else {
		in->rm = (uint8_t)rm;
	}
	return true;
}

/* ADD (register) T2 (with ADD SP plus register T1/T2), CMP (register) T2,
 * MOV (register) T1: high registers, no flags except CMP (A6.2.3). The ARM
 * ARM's UNPREDICTABLE cases (two PCs, CMP of two low registers, a PC write
 * inside an IT block) execute, as in QEMU. */
bool dp_t16_hireg(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[3] = { OP_ADD, OP_CMP, OP_MOV };
	unsigned rdn = bit(enc, 7) << 3 | bits(enc, 2, 0);

	dp_alu(in, ops[bits(enc, 9, 8)], rdn, rdn, false);
	in->rm = (uint8_t)bits(enc, 6, 3);
	flag_if(in, in->op == OP_ADD, INSN_X1);
	return true;
}

/* ADR T1 (A8.8.12): Align(PC, 4) + imm8 * 4. */
bool dp_t16_adr(struct insn *in, uint32_t enc)
{
	dp_no_regs(in);
	in->op = OP_ADR;
	in->rd = (uint8_t)bits(enc, 10, 8);
	in->imm = bits(enc, 7, 0) << 2;
	in->flags |= INSN_U;
	return true;
}

/* ADD (SP plus immediate) T1: Rd = SP + imm8 * 4. */
bool dp_t16_add_sp(struct insn *in, uint32_t enc)
{
	dp_alu(in, OP_ADD, bits(enc, 10, 8), 13, false);
	in->imm = bits(enc, 7, 0) << 2;
	in->flags |= INSN_IMM;
	return true;
}

/* ADD (SP plus immediate) T2, SUB (SP minus immediate) T1: SP +/- imm7 * 4. */
bool dp_t16_adjust_sp(struct insn *in, uint32_t enc)
{
	dp_alu(in, bit(enc, 7) ? OP_SUB : OP_ADD, 13, 13, false);
	in->imm = bits(enc, 6, 0) << 2;
	in->flags |= INSN_IMM | INSN_X1;
	return true;
}

/* SXTH, SXTB, UXTH, UXTB T1 (A6.2.5). */
bool dp_t16_ext(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[4] = { OP_SXTH, OP_SXTB, OP_UXTH, OP_UXTB };

	return dp_ext(in, OP_UNDEF, ops[bits(enc, 7, 6)], bits(enc, 2, 0), 15,
		      bits(enc, 5, 3), 0);
}

/* REV, REV16, REVSH T1 (A6.2.5). */
bool dp_t16_rev(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[4] = { OP_REV, OP_REV16, OP_UNDEF, OP_REVSH };

	dp_no_regs(in);
	in->op = ops[bits(enc, 7, 6)];
	in->rd = (uint8_t)bits(enc, 2, 0);
	in->rm = (uint8_t)bits(enc, 5, 3);
	return in->op != OP_UNDEF;
}

/* ---- 32-bit Thumb (enc = hw1 << 16 | hw2) ---- */

/* The ALU op of a 32-bit data-processing encoding: Rd = 15 with S makes AND,
 * EOR, ADD, SUB the compares TST, TEQ, CMN, CMP; Rn = 15 makes ORR, ORN the
 * moves MOV, MVN. Other flag-setting writes to the PC are UNDEFINED here. */
static bool dp_t32_alu(struct insn *in, uint32_t enc)
{
	unsigned op = dp_t32_ops[bits(enc, 24, 21)];
	unsigned rn = bits(enc, 19, 16), rd = bits(enc, 11, 8);
	bool s = bit(enc, 20);

	if (rd == 15 && s) {
		switch (op) {
		case OP_AND: op = OP_TST; break;
		case OP_EOR: op = OP_TEQ; break;
		case OP_ADD: op = OP_CMN; break;
		case OP_SUB: op = OP_CMP; break;
		default: return false;
		}
	}
	if (rn == 15 && op == OP_ORR)
		op = OP_MOV;
	else if (rn == 15 && op == OP_ORN)
		op = OP_MVN;
	dp_alu(in, op, rd, rn, s);
	return op != OP_UNDEF;
}

static uint32_t dp_t32_imm12(uint32_t enc)
{
	return bit(enc, 26) << 11 | bits(enc, 14, 12) << 8 | bits(enc, 7, 0);
}

/* Data processing (modified immediate), A6.3.1: ThumbExpandImm_C. */
bool dp_t32_imm(struct insn *in, uint32_t enc)
{
	if (!dp_t32_alu(in, enc))
		return false;
	thumb_expand_imm(in, dp_t32_imm12(enc));
	return true;
}

/* ADDW (ADD immediate T4), SUBW (SUB immediate T4), with the SP forms. */
bool dp_t32_addsubw(struct insn *in, uint32_t enc)
{
	dp_alu(in, bit(enc, 23) ? OP_SUB : OP_ADD, bits(enc, 11, 8), bits(enc, 19, 16),
	       false);
	in->imm = dp_t32_imm12(enc);
	in->flags |= INSN_IMM | INSN_X2;
	return true;
}

/* ADR T2 (subtract) and T3 (add). */
bool dp_t32_adr(struct insn *in, uint32_t enc)
{
	dp_no_regs(in);
	in->op = OP_ADR;
	in->rd = (uint8_t)bits(enc, 11, 8);
	in->imm = dp_t32_imm12(enc);
	in->flags |= INSN_X2;
	flag_if(in, !bit(enc, 23), INSN_U);
	return true;
}

/* MOVW T3, MOVT T1. */
bool dp_t32_movw(struct insn *in, uint32_t enc)
{
	dp_no_regs(in);
	in->op = bit(enc, 23) ? OP_MOVT : OP_MOVW;
	in->rd = (uint8_t)bits(enc, 11, 8);
	in->imm = bits(enc, 19, 16) << 12 | dp_t32_imm12(enc);
	return true;
}

static unsigned dp_t32_imm5(uint32_t enc)
{
	return bits(enc, 14, 12) << 2 | bits(enc, 7, 6);
}

/* SBFX T1, UBFX T1. */
bool dp_t32_bfx(struct insn *in, uint32_t enc)
{
	return dp_bfx(in, bit(enc, 23), bits(enc, 11, 8), bits(enc, 19, 16),
		      dp_t32_imm5(enc), bits(enc, 4, 0));
}

/* BFI T1, BFC T1. */
bool dp_t32_bfi(struct insn *in, uint32_t enc)
{
	return dp_bfi(in, bits(enc, 11, 8), bits(enc, 19, 16), dp_t32_imm5(enc),
		      bits(enc, 4, 0));
}

/* Data processing (shifted register), A6.3.11. */
bool dp_t32_reg(struct insn *in, uint32_t enc)
{
	if (!dp_t32_alu(in, enc))
		return false;
	in->rm = (uint8_t)bits(enc, 3, 0);
	decode_imm_shift(in, bits(enc, 5, 4), dp_t32_imm5(enc));
	return true;
}

/* LSL/LSR/ASR/ROR (register) T2: MOV Rd, Rn, <shift> Rm. */
bool dp_t32_shift_reg(struct insn *in, uint32_t enc)
{
	unsigned rd = bits(enc, 11, 8);
	bool s = bit(enc, 20);

	dp_alu(in, OP_MOV, rd, REG_NONE, s);
	in->rm = (uint8_t)bits(enc, 19, 16);
	in->ra = (uint8_t)bits(enc, 3, 0);
	in->shift_type = (uint8_t)bits(enc, 22, 21);
	in->flags |= INSN_REGSHIFT;
	return !(rd == 15 && s);
}

/* Extend and extend-and-add, A6.3.12: op by hw1 bits [6:4]. */
bool dp_t32_ext(struct insn *in, uint32_t enc)
{
	static const uint16_t acc[8] = {
		OP_SXTAH, OP_UXTAH, OP_SXTAB16, OP_UXTAB16,
		OP_SXTAB, OP_UXTAB, OP_UNDEF, OP_UNDEF,
	};
	static const uint16_t plain[8] = {
		OP_SXTH, OP_UXTH, OP_SXTB16, OP_UXTB16,
		OP_SXTB, OP_UXTB, OP_UNDEF, OP_UNDEF,
	};
	unsigned op = bits(enc, 22, 20);

	return dp_ext(in, acc[op], plain[op], bits(enc, 11, 8), bits(enc, 19, 16),
		      bits(enc, 3, 0), bits(enc, 5, 4));
}

/* REV, REV16, RBIT, REVSH T2 and CLZ T1 (A6.3.15). Rm is encoded twice; the
 * ARM ARM makes different copies UNPREDICTABLE, QEMU uses the one in hw2. */
bool dp_t32_rev(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[4] = { OP_REV, OP_REV16, OP_RBIT, OP_REVSH };

	dp_no_regs(in);
	in->op = bit(enc, 21) ? OP_CLZ : ops[bits(enc, 5, 4)];
	in->rd = (uint8_t)bits(enc, 11, 8);
	in->rm = (uint8_t)bits(enc, 3, 0);
	return true;
}
