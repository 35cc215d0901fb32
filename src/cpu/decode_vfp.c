/*
 * Decode functions of the VFPv3 encodings (src/cpu/arm_vfp.inc, t32_vfp.inc).
 * ARM and Thumb encodings have the same bit layout (ARM ARM A7.5 - A7.9).
 *
 * Register numbers: a single-precision register is Vx:X (4 bits then the extra
 * bit), a double-precision register X:Vx; rd, rn, rm hold the number in the
 * precision the operand has. Flags: see vfp.h.
 */
#include "decode.h"
#include "vfp.h"

static unsigned sreg(uint32_t enc, unsigned v_lo, unsigned x_bit)
{
	return bits(enc, v_lo + 3, v_lo) << 1 | bit(enc, x_bit);
}

static unsigned dreg(uint32_t enc, unsigned v_lo, unsigned x_bit)
{
	return bit(enc, x_bit) << 4 | bits(enc, v_lo + 3, v_lo);
}

/* Vd (bits 15:12, D = 22), Vn (19:16, N = 7), Vm (3:0, M = 5). */
static unsigned vd(uint32_t enc, bool dp) { return dp ? dreg(enc, 12, 22) : sreg(enc, 12, 22); }
static unsigned vn(uint32_t enc, bool dp) { return dp ? dreg(enc, 16, 7) : sreg(enc, 16, 7); }
static unsigned vm(uint32_t enc, bool dp) { return dp ? dreg(enc, 0, 5) : sreg(enc, 0, 5); }

bool decode_vfp_3op(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[4][2] = {
		{ OP_VMLA, OP_VMLS }, { OP_VNMLS, OP_VNMLA },
		{ OP_VMUL, OP_VNMUL }, { OP_VADD, OP_VSUB },
	};
	bool dp = bit(enc, 8);
	in->op = bit(enc, 23) ? OP_VDIV : ops[bits(enc, 21, 20)][bit(enc, 6)];
	flag_if(in, dp, VFP_DP);
	in->rd = (uint8_t)vd(enc, dp);
	in->rn = (uint8_t)vn(enc, dp);
	in->rm = (uint8_t)vm(enc, dp);
	return true;
}

bool decode_vfp_2op(struct insn *in, uint32_t enc)
{
	static const uint16_t ops[2][2] = {
		{ OP_VMOV_REG, OP_VABS }, { OP_VNEG, OP_VSQRT },
	};
	bool dp = bit(enc, 8);
	in->op = ops[bit(enc, 16)][bit(enc, 7)];
	flag_if(in, dp, VFP_DP);
	in->rd = (uint8_t)vd(enc, dp);
	in->rm = (uint8_t)vm(enc, dp);
	return true;
}

/* VMOV (immediate), VFPv3: imm holds VFPExpandImm's value (for a double, its
 * high word), reglist the 8-bit encoded immediate. */
bool decode_vfp_vmov_imm(struct insn *in, uint32_t enc)
{
	bool dp = bit(enc, 8);
	unsigned imm8 = bits(enc, 19, 16) << 4 | bits(enc, 3, 0);
	in->op = OP_VMOV_IMM;
	flag_if(in, dp, VFP_DP);
	in->rd = (uint8_t)vd(enc, dp);
	in->imm = dp ? (uint32_t)(vfp_expand_imm(imm8, 64) >> 32)
		     : (uint32_t)vfp_expand_imm(imm8, 32);
	in->reglist = (uint16_t)imm8;
	in->flags |= INSN_IMM;
	return true;
}

/* VCMP{E} Vd, Vm and VCMP{E} Vd, #0.0 (bit 16). */
bool decode_vfp_cmp(struct insn *in, uint32_t enc)
{
	bool dp = bit(enc, 8);
	in->op = bit(enc, 7) ? OP_VCMPE : OP_VCMP;
	flag_if(in, dp, VFP_DP);
	in->rd = (uint8_t)vd(enc, dp);
	if (bit(enc, 16))
		in->flags |= VFP_CMP_ZERO;
	else
		in->rm = (uint8_t)vm(enc, dp);
	return true;
}

/* VCVT between double and single: VFP_DP when the source is double. */
bool decode_vfp_cvt_fp(struct insn *in, uint32_t enc)
{
	bool dp = bit(enc, 8);
	in->op = OP_VCVT_FP;
	flag_if(in, dp, VFP_DP);
	in->rd = (uint8_t)vd(enc, !dp);
	in->rm = (uint8_t)vm(enc, dp);
	return true;
}

/* VCVT, VCVTR between floating-point and integer: the integer is always in a
 * single-precision register; VFP_DP gives the floating-point operand's size. */
bool decode_vfp_cvt_int(struct insn *in, uint32_t enc)
{
	bool dp = bit(enc, 8);
	flag_if(in, dp, VFP_DP);
	if (bit(enc, 18)) {   /* to integer */
		in->op = bit(enc, 7) ? OP_VCVT_F2I : OP_VCVTR_F2I;
		flag_if(in, !bit(enc, 16), VFP_UNSIGNED);
		in->rd = (uint8_t)vd(enc, false);
		in->rm = (uint8_t)vm(enc, dp);
	} else {
		in->op = OP_VCVT_I2F;
		flag_if(in, !bit(enc, 7), VFP_UNSIGNED);
		in->rd = (uint8_t)vd(enc, dp);
		in->rm = (uint8_t)vm(enc, false);
	}
	return true;
}

/* VCVT between floating-point and fixed-point, in place in Vd: shift_amt holds
 * frac_bits, VFP_FIX32 a 32-bit (else 16-bit) fixed-point value. */
bool decode_vfp_cvt_fix(struct insn *in, uint32_t enc)
{
	bool dp = bit(enc, 8);
	unsigned size = bit(enc, 7) ? 32 : 16;
	unsigned imm5 = bits(enc, 3, 0) << 1 | bit(enc, 5);
	if (imm5 > size)
		return false;   /* frac_bits < 0: UNPREDICTABLE */
	in->op = bit(enc, 18) ? OP_VCVT_F2X : OP_VCVT_X2F;
	flag_if(in, dp, VFP_DP);
	flag_if(in, size == 32, VFP_FIX32);
	flag_if(in, bit(enc, 16), VFP_UNSIGNED);
	in->rd = in->rm = (uint8_t)vd(enc, dp);
	in->shift_amt = (uint8_t)(size - imm5);
	return true;
}

/* VCVTB, VCVTT: VFP_TOP for T, VFP_TO_HALF for single -> half. */
bool decode_vfp_cvt_half(struct insn *in, uint32_t enc)
{
	in->op = OP_VCVT_HALF;
	flag_if(in, bit(enc, 7), VFP_TOP);
	flag_if(in, bit(enc, 16), VFP_TO_HALF);
	in->rd = (uint8_t)vd(enc, false);
	in->rm = (uint8_t)vm(enc, false);
	return true;
}

/* VLDR, VSTR: imm = imm8 * 4, INSN_U to add it. */
bool decode_vfp_ldst(struct insn *in, uint32_t enc)
{
	bool dp = bit(enc, 8);
	in->op = bit(enc, 20) ? OP_VLDR : OP_VSTR;
	flag_if(in, dp, VFP_DP);
	flag_if(in, bit(enc, 20), VFP_LOAD);
	flag_if(in, bit(enc, 23), INSN_U);
	in->rd = (uint8_t)vd(enc, dp);
	in->rn = (uint8_t)bits(enc, 19, 16);
	in->imm = bits(enc, 7, 0) << 2;
	in->flags |= INSN_IMM;
	return true;
}

/* VLDM, VSTM (and VPUSH, VPOP): rd is the first register, reglist the number of
 * registers, imm the size of the block (imm8 * 4; with a double-precision odd
 * imm8, the FLDMX/FSTMX form, it includes the extra word). */
bool decode_vfp_ldm(struct insn *in, uint32_t enc)
{
	bool dp = bit(enc, 8);
	unsigned imm8 = bits(enc, 7, 0);
	unsigned regs = dp ? imm8 / 2 : imm8;
	unsigned d = vd(enc, dp);
	in->op = bit(enc, 20) ? OP_VLDM : OP_VSTM;
	flag_if(in, dp, VFP_DP);
	flag_if(in, bit(enc, 20), VFP_LOAD);
	flag_if(in, bit(enc, 24), INSN_P);
	flag_if(in, bit(enc, 23), INSN_U);
	flag_if(in, bit(enc, 21), INSN_W);
	in->rd = (uint8_t)d;
	in->rn = (uint8_t)bits(enc, 19, 16);
	in->reglist = (uint16_t)regs;
	in->imm = imm8 << 2;
	/* UNPREDICTABLE register counts and PC writeback: UNDEFINED, as QEMU. */
	if (regs == 0 || d + regs > 32 || (dp && regs > 16))
		return false;
	return !(in->rn == 15 && (in->flags & INSN_W));
}

/* VMOV between two core registers (rd = Rt, ra = Rt2) and a double register or
 * two consecutive single registers (rm). */
bool decode_vfp_vmov_rr(struct insn *in, uint32_t enc)
{
	bool dp = bit(enc, 8);
	in->op = dp ? OP_VMOV_RRD : OP_VMOV_RRSS;
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->ra = (uint8_t)bits(enc, 19, 16);
	in->rm = (uint8_t)vm(enc, dp);
	flag_if(in, bit(enc, 20), VFP_TO_CORE);
	flag_if(in, dp, VFP_DP);
	/* The UNPREDICTABLE forms (the PC, Rt = Rt2 as destinations, S31 as the
	 * first of two singles) run as QEMU runs them: see interp_vfp_mem.c. */
	return true;
}

/* VMOV between a core register (rd = Rt) and a single register (rn). */
bool decode_vfp_vmov_sr(struct insn *in, uint32_t enc)
{
	in->op = OP_VMOV_SR;
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)vn(enc, false);
	flag_if(in, bit(enc, 20), VFP_TO_CORE);
	return true;
}

/* VMOV.32 between a core register (rd = Rt) and a scalar Dn[x] (rn, imm = x). */
bool decode_vfp_vmov_scalar(struct insn *in, uint32_t enc)
{
	in->op = OP_VMOV_SCALAR;
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)dreg(enc, 16, 7);
	in->imm = bit(enc, 21);
	in->flags |= VFP_DP;
	flag_if(in, bit(enc, 20), VFP_TO_CORE);
	return true;
}

/* VMRS, VMSR: rn is the system register number, rd = Rt (VMRS with Rt = 15 is
 * the APSR_nzcv form). */
bool decode_vfp_sysreg(struct insn *in, uint32_t enc)
{
	in->op = bit(enc, 20) ? OP_VMRS : OP_VMSR;
	in->rd = (uint8_t)bits(enc, 15, 12);
	in->rn = (uint8_t)bits(enc, 19, 16);
	flag_if(in, bit(enc, 20), VFP_TO_CORE);
	return true;
}
