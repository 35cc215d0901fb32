/*
 * Decoding of the load/store class (ARM ARM A5.3, A5.2.8, A5.2.10, A5.5, A5.7.1,
 * A6.2.4, A6.2.5, A6.3.5-A6.3.10) into struct insn. Fields, by op:
 *
 *   LDR..STRHT (single): rd = Rt, rn = Rn. INSN_IMM: the offset is imm, else it
 *     is Rm (rm) shifted by shift_type/shift_amt. INSN_P: index (the offset
 *     address is accessed), INSN_U: add the offset, INSN_W: write the offset
 *     address back (every write-back form, post-indexed included). Rn = 15 is
 *     the literal form: the base is Align(PC, 4).
 *   LDRD/STRD: as single, ra = Rt2.
 *   LDREX, LDREXB/H/D: rd = Rt, ra = Rt2 (D), rn, imm (offset, Thumb LDREX).
 *   STREX, STREXB/H/D: rd = Rd (status), rm = Rt, ra = Rt2 (D), rn, imm.
 *   SWP/SWPB: rd = Rt, rm = Rt2, rn.
 *   LDM*, STM*: rn, reglist, INSN_W; INSN_X1 is the '^' of the ARM forms (user
 *     registers; exception return for LDM with the PC in the list).
 *   PLD, PLDW, PLI, MEMHINT: rn and the offset as for single (never written).
 *   TBB/TBH: rn, rm.
 *
 * UNPREDICTABLE encodings: those QEMU rejects decode as UNDEFINED (false); the
 * others execute the way QEMU executes them (see src/cpu/interp_mem.c): loaded
 * value wins over base write-back, a write-back to the PC branches, etc.
 */
#include "alu.h"
#include "decode.h"

/* Single loads/stores by [unprivileged][signed][size log2][load]. */
static const uint16_t ldst_ops[2][2][3][2] = {
	{ { { OP_STRB, OP_LDRB }, { OP_STRH, OP_LDRH }, { OP_STR, OP_LDR } },
	  { { OP_UNDEF, OP_LDRSB }, { OP_UNDEF, OP_LDRSH }, { OP_UNDEF, OP_UNDEF } } },
	{ { { OP_STRBT, OP_LDRBT }, { OP_STRHT, OP_LDRHT }, { OP_STRT, OP_LDRT } },
	  { { OP_UNDEF, OP_LDRSBT }, { OP_UNDEF, OP_LDRSHT }, { OP_UNDEF, OP_UNDEF } } },
};

static void set_index(struct insn *in, bool p, bool u, bool w)
{
	flag_if(in, p, INSN_P);
	flag_if(in, u, INSN_U);
	flag_if(in, w || !p, INSN_W);
}

static void set_imm(struct insn *in, uint32_t imm)
{
	in->imm = imm;
	in->flags |= INSN_IMM;
}

static bool is_load(unsigned op)
{
	return op != OP_STR && op != OP_STRB && op != OP_STRH && op != OP_STRT &&
	       op != OP_STRBT && op != OP_STRHT;
}

/* ---- ARM ---- */

/* Word and unsigned byte, immediate offset (A8.8.203 STR (immediate) etc.). */
bool decode_arm_ldst_imm(struct insn *in, uint32_t enc)
{
	bool p = bit(enc, 24), w = bit(enc, 21);

	in->op = ldst_ops[!p && w][0][bit(enc, 22) ? 0 : 2][bit(enc, 20)];
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)bits(enc, 19, 16);
	set_imm(in, bits(enc, 11, 0));
	set_index(in, p, bit(enc, 23), w);
	return true;
}

/* Word and unsigned byte, register offset with immediate shift. */
bool decode_arm_ldst_reg(struct insn *in, uint32_t enc)
{
	bool p = bit(enc, 24), w = bit(enc, 21);

	in->op = ldst_ops[!p && w][0][bit(enc, 22) ? 0 : 2][bit(enc, 20)];
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)bits(enc, 19, 16);
	in->rm = (uint8_t)bits(enc, 3, 0);
	decode_imm_shift(in, bits(enc, 6, 5), bits(enc, 11, 7));
	set_index(in, p, bit(enc, 23), w);
	return true;
}

/* Extra load/store: op2 (bits 6:5) and L select the op; LDRD/STRD have even Rt
 * (QEMU UNDEFs an odd one) and no unprivileged form. */
static bool arm_ldst_x(struct insn *in, uint32_t enc)
{
	bool p = bit(enc, 24), w = bit(enc, 21), l = bit(enc, 20);
	bool t = !p && w;
	unsigned op2 = bits(enc, 6, 5);

	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)bits(enc, 19, 16);
	set_index(in, p, bit(enc, 23), w);
	if (op2 == 1) {
		in->op = ldst_ops[t][0][1][l];
		return true;
	}
	if (l) {
		in->op = ldst_ops[t][1][op2 - 2][1];
		return true;
	}
	in->op = op2 == 2 ? OP_LDRD : OP_STRD;
	in->ra = (uint8_t)(in->rd + 1);
	return !t && !(in->rd & 1);
}

bool decode_arm_ldst_x_imm(struct insn *in, uint32_t enc)
{
	set_imm(in, bits(enc, 11, 8) << 4 | bits(enc, 3, 0));
	return arm_ldst_x(in, enc);
}

bool decode_arm_ldst_x_reg(struct insn *in, uint32_t enc)
{
	in->rm = (uint8_t)bits(enc, 3, 0);
	return arm_ldst_x(in, enc);
}

/* SWP/SWPB (A8.8.229). */
bool decode_arm_swp(struct insn *in, uint32_t enc)
{
	in->op = bit(enc, 22) ? OP_SWPB : OP_SWP;
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)bits(enc, 19, 16);
	in->rm = (uint8_t)bits(enc, 3, 0);
	return true;
}

/* LDREX{,D,B,H} (A8.8.75-78): QEMU UNDEFs Rt or Rn = PC, and for D an odd Rt
 * or Rt = LR. */
bool decode_arm_ldrex(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[4] = { OP_LDREX, OP_LDREXD, OP_LDREXB, OP_LDREXH };

	in->op = ops[bits(enc, 22, 21)];
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)bits(enc, 19, 16);
	if (in->rd == 15 || in->rn == 15)
		return false;
	if (in->op == OP_LDREXD) {
		in->ra = (uint8_t)(in->rd + 1);
		return !(in->rd & 1) && in->ra != 15;
	}
	return true;
}

/* STREX{,D,B,H} (A8.8.212-215): QEMU UNDEFs any register = PC, Rd = Rn or Rt
 * (or Rt2), and for D an odd Rt. */
bool decode_arm_strex(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[4] = { OP_STREX, OP_STREXD, OP_STREXB, OP_STREXH };

	in->op = ops[bits(enc, 22, 21)];
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)bits(enc, 19, 16);
	in->rm = (uint8_t)bits(enc, 3, 0);
	if (in->rd == 15 || in->rn == 15 || in->rm == 15 || in->rd == in->rn ||
	    in->rd == in->rm)
		return false;
	if (in->op == OP_STREXD) {
		in->ra = (uint8_t)(in->rm + 1);
		return !(in->rm & 1) && in->ra != 15 && in->rd != in->ra;
	}
	return true;
}

/* CLREX (A8.8.32), ARM and Thumb. */
bool decode_clrex(struct insn *in, uint32_t enc)
{
	(void)enc;
	in->op = OP_CLREX;
	return true;
}

/* LDM/STM in all four directions (A8.8.58-61, A8.8.199-202), the user register
 * forms (B9.3.6, B9.3.14) and LDM exception return (B9.3.5). QEMU UNDEFs an
 * empty list, Rn = PC, LDM write-back with Rn in the list, LDM (user) with
 * write-back. */
bool decode_arm_ldm_stm(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[2][4] = {
		{ OP_STMDA, OP_STM, OP_STMDB, OP_STMIB },
		{ OP_LDMDA, OP_LDM, OP_LDMDB, OP_LDMIB },
	};
	bool l = bit(enc, 20), w = bit(enc, 21), s = bit(enc, 22);
	unsigned list = bits(enc, 15, 0);

	in->op = ops[l][bits(enc, 24, 23)];
	in->rn = (uint8_t)bits(enc, 19, 16);
	in->reglist = (uint16_t)list;
	flag_if(in, w, INSN_W);
	flag_if(in, s, INSN_X1);
	if (list == 0 || in->rn == 15)
		return false;
	if (l && w && (list >> in->rn & 1))
		return false;
	return !(l && s && w && !(list >> 15));
}

/* PLD, PLDW, PLI and unallocated memory hints, immediate (A8.8.127-130). The
 * unallocated ones (bit 24 = 0, op1 = 100x001) keep P clear: objdump prints them
 * post-indexed. */
bool decode_arm_hint_imm(struct insn *in, uint32_t enc)
{
	if (bit(enc, 24))
		in->op = bit(enc, 22) ? OP_PLD : OP_PLDW;
	else
		in->op = bit(enc, 22) ? OP_PLI : OP_MEMHINT;
	in->rn = (uint8_t)bits(enc, 19, 16);
	set_imm(in, bits(enc, 11, 0));
	flag_if(in, in->op != OP_MEMHINT, INSN_P);
	flag_if(in, bit(enc, 23), INSN_U);
	return true;
}

bool decode_arm_hint_reg(struct insn *in, uint32_t enc)
{
	if (bit(enc, 24))
		in->op = bit(enc, 22) ? OP_PLD : OP_PLDW;
	else
		in->op = bit(enc, 22) ? OP_PLI : OP_MEMHINT;
	in->rn = (uint8_t)bits(enc, 19, 16);
	in->rm = (uint8_t)bits(enc, 3, 0);
	decode_imm_shift(in, bits(enc, 6, 5), bits(enc, 11, 7));
	flag_if(in, in->op != OP_MEMHINT, INSN_P);
	flag_if(in, bit(enc, 23), INSN_U);
	return true;
}

/* ---- Thumb, 16-bit ---- */

bool decode_t16_ldst_reg(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[8] = { OP_STR, OP_STRH, OP_STRB, OP_LDRSB,
					 OP_LDR, OP_LDRH, OP_LDRB, OP_LDRSH };

	in->op = ops[bits(enc, 11, 9)];
	in->rm = (uint8_t)bits(enc, 8, 6);
	in->rn = (uint8_t)bits(enc, 5, 3);
	in->rd = (uint8_t)bits(enc, 2, 0);
	set_index(in, true, true, false);
	return true;
}

/* Immediate offset: 011BL (word, byte) and 1000L (halfword), imm5 scaled. */
bool decode_t16_ldst_imm(struct insn *in, uint32_t enc)
{
	unsigned size = bit(enc, 15) ? 1 : bit(enc, 12) ? 0 : 2;

	in->op = ldst_ops[0][0][size][bit(enc, 11)];
	in->rn = (uint8_t)bits(enc, 5, 3);
	in->rd = (uint8_t)bits(enc, 2, 0);
	set_imm(in, bits(enc, 10, 6) << size);
	set_index(in, true, true, false);
	return true;
}

bool decode_t16_ldst_sp(struct insn *in, uint32_t enc)
{
	in->op = bit(enc, 11) ? OP_LDR : OP_STR;
	in->rd = (uint8_t)bits(enc, 10, 8);
	in->rn = 13;
	set_imm(in, bits(enc, 7, 0) << 2);
	set_index(in, true, true, false);
	return true;
}

bool decode_t16_ldr_lit(struct insn *in, uint32_t enc)
{
	in->op = OP_LDR;
	in->rd = (uint8_t)bits(enc, 10, 8);
	in->rn = 15;
	set_imm(in, bits(enc, 7, 0) << 2);
	set_index(in, true, true, false);
	return true;
}

/* LDMIA/STMIA Rn!: LDM writes back only when Rn is not in the list. */
bool decode_t16_ldm_stm(struct insn *in, uint32_t enc)
{
	bool l = bit(enc, 11);

	in->op = l ? OP_LDM : OP_STM;
	in->rn = (uint8_t)bits(enc, 10, 8);
	in->reglist = (uint16_t)bits(enc, 7, 0);
	flag_if(in, !l || !(in->reglist >> in->rn & 1), INSN_W);
	return in->reglist != 0;
}

/* PUSH (STMDB SP!, M = LR) and POP (LDM SP!, P = PC). */
bool decode_t16_push_pop(struct insn *in, uint32_t enc)
{
	bool l = bit(enc, 11);

	in->op = l ? OP_LDM : OP_STMDB;
	in->rn = 13;
	in->reglist = (uint16_t)(bits(enc, 7, 0) | bit(enc, 8) << (l ? 15 : 14));
	in->flags |= INSN_W;
	return in->reglist != 0;
}

/* ---- Thumb, 32-bit ---- */

/* The op of a single load/store from hw1: S (bit 24), size (22:21), L (20). */
static unsigned t32_ldst_op(uint32_t enc, bool unpriv)
{
	unsigned size = bits(enc, 22, 21);

	return size == 3 ? OP_UNDEF : ldst_ops[unpriv][bit(enc, 24)][size][bit(enc, 20)];
}

/* Literal loads (Rn = 1111): Align(PC, 4) +/- imm12. */
bool decode_t32_ldst_lit(struct insn *in, uint32_t enc)
{
	in->op = (uint16_t)t32_ldst_op(enc, false);
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rn = 15;
	set_imm(in, bits(enc, 11, 0));
	set_index(in, true, bit(enc, 23), false);
	return in->op != OP_UNDEF;
}

/* Common start of the Rn-based forms: Rn = 1111 is the literal form of a load,
 * and UNDEFINED for a store. Returns false when the caller should stop, with
 * *ok the decode result. */
static bool t32_ldst_start(struct insn *in, uint32_t enc, bool unpriv, bool *ok)
{
	in->op = (uint16_t)t32_ldst_op(enc, unpriv);
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)bits(enc, 19, 16);
	if (in->rn != 15)
		return true;
	*ok = is_load(in->op) && decode_t32_ldst_lit(in, enc);
	return false;
}

bool decode_t32_ldst_imm12(struct insn *in, uint32_t enc)
{
	bool ok;

	if (!t32_ldst_start(in, enc, false, &ok))
		return ok;
	set_imm(in, bits(enc, 11, 0));
	set_index(in, true, true, false);
	return true;
}

/* imm8 with bits 11:8 = 1PUW; 1110 is the unprivileged form, P=0 W=0 UNDEFINED. */
bool decode_t32_ldst_imm8(struct insn *in, uint32_t enc)
{
	bool p = bit(enc, 10), u = bit(enc, 9), w = bit(enc, 8);
	bool unpriv = p && u && !w;
	bool ok;

	if (!t32_ldst_start(in, enc, unpriv, &ok))
		return ok;
	set_imm(in, bits(enc, 7, 0));
	set_index(in, p, u, w);
	return p || w;
}

bool decode_t32_ldst_reg(struct insn *in, uint32_t enc)
{
	bool ok;

	if (!t32_ldst_start(in, enc, false, &ok))
		return ok;
	in->rm = (uint8_t)bits(enc, 3, 0);
	in->shift_type = SRTYPE_LSL;
	in->shift_amt = (uint8_t)bits(enc, 5, 4);
	set_index(in, true, true, false);
	return true;
}

/* Rt = 1111 in the byte and halfword load rows: PLD (S=0, bit 21 = 0), PLDW
 * (S=0, 1), PLI (S=1, 0), unallocated hint (S=1, 1). Rn = 1111 is the literal
 * form whatever the other bits. */
bool decode_t32_hint(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[2][2] = { { OP_PLD, OP_PLDW }, { OP_PLI, OP_MEMHINT } };

	in->op = ops[bit(enc, 24)][bit(enc, 21)];
	in->rn = (uint8_t)bits(enc, 19, 16);
	in->flags |= INSN_P;
	if (in->rn == 15 || bit(enc, 23)) {
		set_imm(in, bits(enc, 11, 0));
		flag_if(in, bit(enc, 23), INSN_U);
	} else if (bit(enc, 11)) {
		set_imm(in, bits(enc, 7, 0));
	} else {
		in->rm = (uint8_t)bits(enc, 3, 0);
		in->shift_type = SRTYPE_LSL;
		in->shift_amt = (uint8_t)bits(enc, 5, 4);
		in->flags |= INSN_U;
	}
	return true;
}

/* LDRD/STRD (immediate, literal) T1, imm8 scaled by 4. */
bool decode_t32_ldrd(struct insn *in, uint32_t enc)
{
	in->op = bit(enc, 20) ? OP_LDRD : OP_STRD;
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->ra = (uint8_t)bits(enc, 11, 8);
	in->rn = (uint8_t)bits(enc, 19, 16);
	set_imm(in, bits(enc, 7, 0) << 2);
	set_index(in, bit(enc, 24), bit(enc, 23), bit(enc, 21));
	return true;
}

/* Thumb exclusives: QEMU (v7) UNDEFs PC anywhere, SP as a data register, Rd
 * equal to Rn, Rt or Rt2, and LDREXD with Rt = Rt2. */
static bool t32_bad_reg(unsigned r)
{
	return r == 13 || r == 15;
}

bool decode_t32_ldrex(struct insn *in, uint32_t enc)
{
	in->op = OP_LDREX;
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)bits(enc, 19, 16);
	in->imm = bits(enc, 7, 0) << 2;
	return !t32_bad_reg(in->rd) && in->rn != 15;
}

bool decode_t32_strex(struct insn *in, uint32_t enc)
{
	in->op = OP_STREX;
	in->rd = (uint8_t)bits(enc, 11, 8);
	in->rm = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)bits(enc, 19, 16);
	in->imm = bits(enc, 7, 0) << 2;
	return !t32_bad_reg(in->rd) && !t32_bad_reg(in->rm) && in->rn != 15 &&
	       in->rd != in->rn && in->rd != in->rm;
}

bool decode_t32_ldrex_bhd(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[4] = { OP_LDREXB, OP_LDREXH, OP_UNDEF, OP_LDREXD };

	in->op = ops[bits(enc, 5, 4)];
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)bits(enc, 19, 16);
	if (t32_bad_reg(in->rd) || in->rn == 15)
		return false;
	if (in->op == OP_LDREXD) {
		in->ra = (uint8_t)bits(enc, 11, 8);
		return !t32_bad_reg(in->ra) && in->ra != in->rd;
	}
	return true;
}

bool decode_t32_strex_bhd(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[4] = { OP_STREXB, OP_STREXH, OP_UNDEF, OP_STREXD };

	in->op = ops[bits(enc, 5, 4)];
	in->rd = (uint8_t)bits(enc, 3, 0);
	in->rm = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)bits(enc, 19, 16);
	if (t32_bad_reg(in->rd) || t32_bad_reg(in->rm) || in->rn == 15 ||
	    in->rd == in->rn || in->rd == in->rm)
		return false;
	if (in->op == OP_STREXD) {
		in->ra = (uint8_t)bits(enc, 11, 8);
		return !t32_bad_reg(in->ra) && in->rd != in->ra;
	}
	return true;
}

bool decode_t32_tb(struct insn *in, uint32_t enc)
{
	in->op = bit(enc, 4) ? OP_TBH : OP_TBB;
	in->rn = (uint8_t)bits(enc, 19, 16);
	in->rm = (uint8_t)bits(enc, 3, 0);
	return true;
}

/* LDM/STM (IA) T2 and LDMDB/STMDB T1: QEMU UNDEFs an empty list, Rn = PC and
 * write-back with Rn in the list; it runs the other UNPREDICTABLE lists (one
 * register, SP, PC in a store, PC and LR in a load). */
bool decode_t32_ldm_stm(struct insn *in, uint32_t enc)
{
	bool l = bit(enc, 20), db = bit(enc, 24);
	unsigned list = bits(enc, 15, 0);

	in->op = l ? (db ? OP_LDMDB : OP_LDM) : (db ? OP_STMDB : OP_STM);
	in->rn = (uint8_t)bits(enc, 19, 16);
	in->reglist = (uint16_t)list;
	flag_if(in, bit(enc, 21), INSN_W);
	if (list == 0 || in->rn == 15)
		return false;
	return !(bit(enc, 21) && (list >> in->rn & 1));
}
